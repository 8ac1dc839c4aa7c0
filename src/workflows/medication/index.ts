/** The ordered vaccines, given in the exam room: the medication workflow, as the game knows it. */
import { defineWorkflow } from '../workflow';
import { MEDICATION_ACTION_SAMPLES, type MedicationAction, medicationActionSchema } from './medication.actions';
import { hasVaccineOrder, type MedicationContext } from './medication.context';
import { MEDICATION_ACTION_COSTS } from './medication.costs';
import { medicationStepHint } from './medication.hint';
import { MEDICATION_ACTION_LABELS } from './medication.labels';
import { medicationAvailableActions, medicationMachine, medicationUrgent, outstandingVaccines, medicationAtDayEnd } from './medication.machine';
import { MEDICATION_PLAYER } from './medication.player';
import { MEDICATION_RULES } from './medication.rules';

/** The medication workflow. */
export const medication = defineWorkflow<MedicationAction>()({
  id: 'medication',
  stage: 'orders',
  switch: 'medication',
  hasWork: hasVaccineOrder,
  machine: medicationMachine,
  actions: medicationActionSchema,
  samples: MEDICATION_ACTION_SAMPLES,
  costs: MEDICATION_ACTION_COSTS,
  labels: MEDICATION_ACTION_LABELS,
  rules: MEDICATION_RULES,
  availableActions: medicationAvailableActions,
  urgent: medicationUrgent,
  atDayEnd: medicationAtDayEnd,
  player: MEDICATION_PLAYER,
  hint: medicationStepHint,
  view: {
    area: 'lab',
    badge: { act: 'Needs injection', other: { text: 'Observation', tone: 'busy' } },
    task: 'Vaccine or TB skin test ordered',
    queueOrder: 1,
  },
  // The ECG comes after the vaccines, in the same stage: while they are given it is still owed.
  outstandingOrders: (snapshot) => [...outstandingVaccines(snapshot.context as MedicationContext), ...(snapshot.context as MedicationContext).patient.orders.filter((order) => order.testId === 'ecg').map((order) => order.testId)],
});
