/** Rooming and vital signs in the exam room: the vitals workflow, as the game knows it. */
import { defineWorkflow } from '../workflow';
import { VITALS_ACTION_SAMPLES, type VitalsAction, vitalsActionSchema } from './vitals.actions';
import { VITALS_ACTION_COSTS } from './vitals.costs';
import { vitalsStepHint } from './vitals.hint';
import { VITALS_ACTION_LABELS } from './vitals.labels';
import { vitalsAvailableActions, vitalsListedFirst, vitalsMachine, vitalsNow, vitalsUrgent } from './vitals.machine';
import { VITALS_PLAYER } from './vitals.player';
import { VITALS_RULES } from './vitals.rules';

/** The vitals workflow. */
export const vitals = defineWorkflow<VitalsAction>()({
  id: 'vitals',
  stage: 'rooming',
  switch: 'vitals',
  machine: vitalsMachine,
  actions: vitalsActionSchema,
  samples: VITALS_ACTION_SAMPLES,
  costs: VITALS_ACTION_COSTS,
  labels: VITALS_ACTION_LABELS,
  rules: VITALS_RULES,
  availableActions: vitalsAvailableActions,
  urgent: vitalsUrgent,
  listedFirst: vitalsListedFirst,
  player: VITALS_PLAYER,
  hint: vitalsStepHint,
  view: {
    area: 'exam-room',
    badge: { act: 'Ready for vitals', other: { text: 'In the room', tone: 'busy' } },
    task: 'Take vitals',
    now: vitalsNow,
    queueOrder: 1,
    hint: 'Take the vitals now: the provider sees the patient once the vitals are on the chart.',
  },
});
