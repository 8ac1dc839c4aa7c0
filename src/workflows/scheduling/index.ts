/**
 * The appointment book's two workflows, as the game knows them: checkout (the follow-up and
 * the referral the provider ordered) and the no-show (marking a patient who did not come).
 */
import { defineWorkflow } from '../workflow';
import { type NoShowAction, noShowActionSchema, SCHEDULING_ACTION_SAMPLES, type SchedulingAction, schedulingActionSchema } from './scheduling.actions';
import { NO_SHOW_ACTION_COSTS, SCHEDULING_ACTION_COSTS } from './scheduling.costs';
import { noShowStepHint, schedulingStepHint } from './scheduling.hint';
import { NO_SHOW_ACTION_LABELS, SCHEDULING_ACTION_LABELS } from './scheduling.labels';
import { schedulingAvailableActions, schedulingMachine } from './scheduling.machine';
import { noShowAvailableActions, noShowMachine } from './no-show.machine';
import { NO_SHOW_PLAYER, SCHEDULING_PLAYER } from './scheduling.player';
import { noShowRule, SCHEDULING_RULES } from './scheduling.rules';

const isNoShowAction = (action: SchedulingAction | NoShowAction): action is NoShowAction => action.type === 'no-show.marked';

/** The checkout workflow: it runs only for a patient with a follow-up or a referral to make. */
export const scheduling = defineWorkflow<SchedulingAction>()({
  id: 'scheduling',
  stage: 'checkout',
  switch: 'scheduling',
  hasWork: (patient) => patient.followUp !== undefined || patient.referral !== undefined,
  machine: schedulingMachine,
  actions: schedulingActionSchema,
  samples: SCHEDULING_ACTION_SAMPLES.filter((action): action is SchedulingAction => !isNoShowAction(action)),
  costs: SCHEDULING_ACTION_COSTS,
  labels: SCHEDULING_ACTION_LABELS,
  rules: SCHEDULING_RULES.filter((rule) => rule !== noShowRule),
  availableActions: schedulingAvailableActions,
  player: SCHEDULING_PLAYER,
  hint: schedulingStepHint,
  view: {
    area: 'checkout',
    badge: { act: 'Ready for checkout', other: { text: 'At checkout', tone: 'busy' } },
    task: 'Check out',
    queueOrder: 1,
    hint: 'Book the follow-up at checkout, within the interval the provider asked for.',
  },
});

/**
 * The no-show workflow: it runs for every patient who does not come (with the scheduling
 * switch off, its machine leaves the book to other staff), so it has no switch of its own.
 */
export const noShow = defineWorkflow<NoShowAction>()({
  id: 'no-show',
  stage: 'no-show',
  switch: null,
  machine: noShowMachine,
  actions: noShowActionSchema,
  samples: SCHEDULING_ACTION_SAMPLES.filter(isNoShowAction),
  costs: NO_SHOW_ACTION_COSTS,
  labels: NO_SHOW_ACTION_LABELS,
  rules: [noShowRule],
  availableActions: noShowAvailableActions,
  player: NO_SHOW_PLAYER,
  hint: noShowStepHint,
  view: {
    area: 'gone',
    badge: { act: 'No-show', other: { text: 'No-show', tone: 'done' } },
    task: 'No-show',
    queueOrder: 4,
  },
});
