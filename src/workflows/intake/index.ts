/** Check-in at the front desk: the intake workflow, as the game knows it. */
import { defineWorkflow } from '../workflow';
import { INTAKE_ACTION_SAMPLES, type IntakeAction, intakeActionSchema } from './intake.actions';
import { INTAKE_ACTION_COSTS } from './intake.costs';
import { intakeStepHint } from './intake.hint';
import { INTAKE_ACTION_LABELS } from './intake.labels';
import { intakeAvailableActions, intakeListedFirst, intakeMachine } from './intake.machine';
import { INTAKE_PLAYER } from './intake.player';
import { INTAKE_RULES } from './intake.rules';

/** The check-in workflow. */
export const intake = defineWorkflow<IntakeAction>()({
  id: 'intake',
  stage: 'check-in',
  switch: 'intake',
  machine: intakeMachine,
  actions: intakeActionSchema,
  samples: INTAKE_ACTION_SAMPLES,
  costs: INTAKE_ACTION_COSTS,
  labels: INTAKE_ACTION_LABELS,
  rules: INTAKE_RULES,
  availableActions: intakeAvailableActions,
  listedFirst: intakeListedFirst,
  player: INTAKE_PLAYER,
  hint: intakeStepHint,
  view: {
    area: 'front-desk',
    badge: { act: 'Waiting to check in', other: { text: 'Checking in', tone: 'busy' } },
    task: 'Check in',
    queueOrder: 1,
    hint: 'Check the new arrival in: have them state two identifiers before anything else.',
  },
});
