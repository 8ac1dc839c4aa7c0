/** The provider's orders at the lab station (specimens, point-of-care tests, procedures): the specimen workflow, as the game knows it. Vaccines are the medication workflow's. */
import { givenAtMedicationStation, TESTS } from '../../reference/tests';
import type { ScenarioPatient } from '../../scenario/scenario.schema';
import { SHARED_STEP_SAMPLES } from '../shared/shared-actions';
import { defineWorkflow } from '../workflow';
import { SPECIMEN_ACTION_SAMPLES, type SpecimenAction, specimenActionSchema } from './specimen.actions';
import { ECG_TEST_ID } from './specimen.context';
import { SPECIMEN_ACTION_COSTS } from './specimen.costs';
import { specimenStepHint } from './specimen.hint';
import { SPECIMEN_ACTION_LABELS } from './specimen.labels';
import { outstandingOrders, type SpecimenContext, specimenAlertNeeded, specimenAvailableActions, specimenMachine } from './specimen.machine';
import { SPECIMEN_PLAYER } from './specimen.player';
import { SPECIMEN_RULES } from './specimen.rules';

/** The patient's vaccine, skin-test and ECG orders (test ids): the medication and ECG workflows', not the lab station's. */
function laterOrders(patient: ScenarioPatient): string[] {
  return patient.orders.filter((order) => order.testId === ECG_TEST_ID || TESTS.some((test) => test.id === order.testId && givenAtMedicationStation(test.kind))).map((order) => order.testId);
}

/** The specimen workflow. */
export const specimen = defineWorkflow<SpecimenAction>()({
  id: 'specimen',
  stage: 'orders',
  switch: 'specimen',
  hasWork: (patient) => laterOrders(patient).length < patient.orders.length,
  machine: specimenMachine,
  // The lab's own samples lack the steps it shares with rooming, and the send.
  actions: specimenActionSchema,
  samples: [...SPECIMEN_ACTION_SAMPLES, ...SHARED_STEP_SAMPLES, { type: 'specimen.sent' }],
  costs: SPECIMEN_ACTION_COSTS,
  labels: SPECIMEN_ACTION_LABELS,
  rules: SPECIMEN_RULES,
  availableActions: specimenAvailableActions,
  urgent: (snapshot) => (snapshot.matches('collecting') && specimenAlertNeeded(snapshot.context as SpecimenContext) ? ['provider.alerted'] : []),
  player: SPECIMEN_PLAYER,
  hint: specimenStepHint,
  view: {
    area: 'lab',
    badge: { act: 'Needs specimen', other: { text: 'At the lab', tone: 'busy' } },
    task: 'Collect specimens',
    queueOrder: 1,
    hint: 'Collect the ordered specimens before the patient leaves the clinic.',
  },
  // The vaccines and the ECG come after the lab station, in the same stage: while it runs they are all still owed.
  outstandingOrders: (snapshot) => [...outstandingOrders(snapshot.context as SpecimenContext), ...laterOrders((snapshot.context as SpecimenContext).patient)],
});
