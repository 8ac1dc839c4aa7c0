/** The ordered 12-lead ECG, recorded at the ECG bed: the ECG workflow, as the game knows it. */
import { defineWorkflow } from '../workflow';
import { ECG_ACTION_SAMPLES, type EcgAction, ecgActionSchema } from './ecg.actions';
import { type EcgContext, ecgNow, ecgStillToDo, hasStandingEcgOrder } from './ecg.context';
import { ECG_ACTION_COSTS } from './ecg.costs';
import { ecgStepHint } from './ecg.hint';
import { ECG_ACTION_LABELS } from './ecg.labels';
import { ecgAvailableActions, ecgMachine, ecgUrgent, outstandingEcg, ecgAtDayEnd } from './ecg.machine';
import { ECG_PLAYER } from './ecg.player';
import { ECG_RULES } from './ecg.rules';

/** The ECG workflow. */
export const ecg = defineWorkflow<EcgAction>()({
  id: 'ecg',
  stage: 'orders',
  switch: 'ecg',
  hasWork: ecgStillToDo,
  standingOrder: hasStandingEcgOrder,
  machine: ecgMachine,
  actions: ecgActionSchema,
  samples: ECG_ACTION_SAMPLES,
  costs: ECG_ACTION_COSTS,
  labels: ECG_ACTION_LABELS,
  rules: ECG_RULES,
  availableActions: ecgAvailableActions,
  urgent: ecgUrgent,
  atDayEnd: ecgAtDayEnd,
  player: ECG_PLAYER,
  hint: ecgStepHint,
  view: {
    area: 'ecg-bed',
    badge: { act: 'Needs ECG', other: { text: 'At ECG bed', tone: 'wait' } },
    task: 'Record the ordered 12-lead ECG',
    now: ecgNow,
    queueOrder: 1,
  },
  outstandingOrders: (snapshot) => outstandingEcg(snapshot.context as EcgContext),
});
