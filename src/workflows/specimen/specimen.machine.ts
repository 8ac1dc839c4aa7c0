/**
 * The lab station: specimen collection, CLIA-waived point-of-care tests and procedures for
 * the orders the provider wrote (vaccines are the medication workflow's), from the first action after the visit to the specimens
 * going to the lab.
 *
 * collecting (venipuncture: idle → tourniquetOn → needleIn → needleOut → idle; capillary
 * puncture, urine, swabs, kits, procedures in the context) → specimen.sent → done, or, when a
 * sent tube or microtube is unlabelled or mislabelled, awaitingLab → (the lab rejects it some
 * minutes later) → collecting again for the redraw or a new skin puncture.
 *
 * A point-of-care test shows its result only after its read time (a delayed event on the
 * clinic clock). A used sharp must go into the container, and a critical result to the
 * provider, before any other step.
 *
 * This file puts the station together: the steps every collection shares (hand hygiene,
 * identification, the requisition, gloves, sharps, the provider alert) and the machine;
 * each procedure's steps and guards are in their own file (`venipuncture.ts`,
 * `capillary-puncture.ts`, `one-step-procedures.ts`, `point-of-care.ts`,
 * `labels-and-sending.ts`), and what they all read in `specimen.context.ts`.
 */
import { type AnyMachineSnapshot, assign, enqueueActions, setup } from 'xstate';
import type { ProceduresRecord } from '../../domain/chart';
import { orderableTest } from '../../reference/tests';
import { MICROTUBE_IDS } from '../../reference/order-of-draw';
import {
  cleanHands as cleanHandsStep,
  identifyPatient as identifyPatientStep,
  UNNEEDED_ALERT_PROVIDER_MINUTES,
  unneededAlertCheck,
} from '../shared/patient-contact';
import type { WorkflowInput } from '../workflow';
import { inOrder, NO_CHANGE } from '../workflow-steps';
import type { ContainerId, SpecimenAction } from './specimen.actions';
import { kitShelf, LAB_REVIEW_MINUTES, TOURNIQUET_SECONDS } from './specimen.kits';
import { criticalResultCheck, glovesCheck, qualityControlCheck, requisitionCheck, sharpsCheck, specimenHandHygieneCheck, specimenIdentificationCheck } from './specimen.rules';
import { orderedTests, record, shownResult, type SpecimenContext, type SpecimenEvent, type SpecimenStep, subject } from './specimen.context';
import { CAPILLARY_GUARDS, bandageSite, fillMicrotube, punctureCapillary } from './capillary-puncture';
import { acceptAll, judgeSending, labelContainer, proceduresRecord, rejectedMicrotubes, rejectedTubes, rejectSpecimens, SENDING_GUARDS } from './labels-and-sending';
import { collectSwab, instructUrine, ONE_STEP_GUARDS, performProcedure } from './one-step-procedures';
import { lotControlledToday, POINT_OF_CARE_GUARDS, recordResult, runControl, showResult, specimenReady } from './point-of-care';
import { applyTourniquet, drawTube, insertNeedle, invertTube, releaseTourniquet, tubesForOrders, VENIPUNCTURE_GUARDS, withdrawNeedle } from './venipuncture';

export {
  type BenchTest,
  type ContainerLabel,
  type DrawnTube,
  type FilledMicrotube,
  orderedTests,
  type ReadTimeElapsed,
  type RejectedContainer,
  shownResult,
  type SpecimenContext,
  type SpecimenEvent,
} from './specimen.context';
export { outstandingOrders, rejectedMicrotubes, rejectedTubes } from './labels-and-sending';
export { tubesForOrders } from './venipuncture';
export { lotControlledToday } from './point-of-care';

const FIRST_STEP_WORDS: Record<string, string> = {
  'tourniquet.applied': 'the venipuncture was started',
  'capillary.punctured': 'the finger was punctured',
  'urine.instructed': 'the urine cup was handed over',
  'swab.collected': 'the swab was collected',
  'poct.test-run': 'the specimen was tested',
};

/** Before every step: a pending sharp or critical result is judged, and the tourniquet's clock runs. */
const beforeStep: SpecimenStep = (context, event) => {
  if (event.type === 'poct.read-time-elapsed') return NO_CHANGE;
  let changes: Partial<SpecimenContext> = NO_CHANGE;
  if (context.sharpPending !== null && !(event.type === 'provider.alerted' && context.criticalPending.length > 0)) {
    record(context.env, sharpsCheck(subject(context, { sharp: context.sharpPending, nextAction: event.type })));
    changes = { ...changes, sharpPending: null };
  }
  if (context.criticalPending.length > 0 && event.type !== 'provider.alerted') {
    for (const testId of context.criticalPending) {
      record(context.env, criticalResultCheck(subject(context, { testId, result: shownResult(context, testId), nextAction: event.type })));
    }
    changes = { ...changes, criticalPending: [] };
  }
  // Releasing ends the tourniquet's time; every other step while it is on adds to it.
  if (context.tourniquetOn && event.type !== 'tourniquet.released') {
    const seconds = TOURNIQUET_SECONDS.steps[event.type] ?? TOURNIQUET_SECONDS.other;
    changes = { ...changes, tourniquetSeconds: context.tourniquetSeconds + seconds };
  }
  return changes;
};

const judgeFirstContact: SpecimenStep = (context, event) => {
  if (context.contactJudged) return NO_CHANGE;
  const firstStep = FIRST_STEP_WORDS[event.type] ?? 'the collection was started';
  record(context.env, [
    specimenIdentificationCheck(subject(context, { identification: context.identification, firstStep })),
    requisitionCheck(subject(context, { checked: context.requisitionChecked, firstStep })),
    specimenHandHygieneCheck(subject(context, { handsCleaned: context.handsCleaned, firstStep })),
  ]);
  return { contactJudged: true };
};

const judgeFluidContact: SpecimenStep = (context, event) => {
  if (context.fluidContactJudged) return NO_CHANGE;
  record(context.env, glovesCheck(subject(context, { glovesDonned: context.glovesDonned, firstStep: FIRST_STEP_WORDS[event.type] ?? 'the specimen was handled' })));
  return { fluidContactJudged: true };
};

const cleanHands: SpecimenStep = cleanHandsStep;

const identifyPatient: SpecimenStep = identifyPatientStep;

const donGloves: SpecimenStep = () => ({ glovesDonned: true });

const checkRequisition: SpecimenStep = () => ({ requisitionChecked: true });

const disinfectSite: SpecimenStep = (_, event) => (event.type === 'site.disinfected' ? { siteDisinfected: event.airDried ? 'dry' : 'wet' } : NO_CHANGE);

/** Whether a skin puncture comes next, so its site may be cleaned: a venipuncture not yet under way (or its tourniquet on), or a capillary puncture due. */
function punctureAhead(context: SpecimenContext, venous: string): boolean {
  if (context.siteDisinfected !== null) return false;
  const venipuncture = (venous === 'idle' && context.tubesNeeded.some((id) => !context.accepted.includes(id)) && context.drawn.length === 0) || venous === 'tourniquetOn';
  const capillary = !context.capillaryPunctured && orderedTests(context).some((t) => t.kind === 'capillary-poc' || t.kind === 'capillary-lab');
  return venipuncture || capillary;
}

const disposeSharps: SpecimenStep = (context) => {
  if (context.sharpPending !== null) record(context.env, sharpsCheck(subject(context, { sharp: context.sharpPending, nextAction: 'sharps.disposed' })));
  return { sharpsOpen: [], sharpPending: null };
};

const alertProvider: SpecimenStep = (context) => {
  for (const testId of context.criticalPending) {
    record(context.env, criticalResultCheck(subject(context, { testId, result: shownResult(context, testId), nextAction: 'provider.alerted' })));
  }
  return { providerAlerted: true, criticalPending: [] };
};

/** An alert with nothing critical to tell: a minor finding, and the provider's minutes lost. */
const alertProviderNeedlessly: SpecimenStep = (context) => {
  const reported = context.criticalShown.map((testId) => `the ${orderableTest(testId).displayName} result`);
  record(context.env, unneededAlertCheck(subject(context, { where: 'lab', alreadyReported: reported })));
  context.env.interruptProvider?.(context.patient.arrival.providerId, UNNEEDED_ALERT_PROVIDER_MINUTES);
  return NO_CHANGE;
};

/** Whether an alert now tells the provider something: a critical result shown and not yet reported. */
export function specimenAlertNeeded(context: Pick<SpecimenContext, 'criticalPending' | 'providerAlerted' | 'criticalShown'>): boolean {
  return context.criticalPending.length > 0 || (!context.providerAlerted && context.criticalShown.length > 0);
}

export const specimenMachine = setup({
  types: {} as { input: WorkflowInput; context: SpecimenContext; events: SpecimenEvent; output: { procedures: ProceduresRecord } },
  delays: { labReview: LAB_REVIEW_MINUTES },
  guards: {
    notIdentified: ({ context }) => context.identification === null,
    requisitionOpen: ({ context }) => !context.requisitionChecked,
    glovesOff: ({ context }) => !context.glovesDonned,
    hasSharps: ({ context }) => context.sharpsOpen.length > 0,
    hasUnreportedCritical: ({ context }) => specimenAlertNeeded(context),
    punctureAhead: ({ context }) => context.siteDisinfected === null,
    siteDue: ({ context }) => punctureAhead(context, 'idle'),
    ...VENIPUNCTURE_GUARDS,
    ...CAPILLARY_GUARDS,
    ...ONE_STEP_GUARDS,
    ...POINT_OF_CARE_GUARDS,
    ...SENDING_GUARDS,
  },
  // One assign per trainee action: its steps, in order (the read timer and the lab's verdict are their own).
  actions: {
    cleanHands: assign(({ context, event }) => inOrder(context, event, [beforeStep, cleanHands])),
    donGloves: assign(({ context, event }) => inOrder(context, event, [beforeStep, donGloves])),
    identifyPatient: assign(({ context, event }) => inOrder(context, event, [beforeStep, identifyPatient])),
    checkRequisition: assign(({ context, event }) => inOrder(context, event, [beforeStep, checkRequisition])),
    disinfectSite: assign(({ context, event }) => inOrder(context, event, [beforeStep, disinfectSite])),
    invertTube: assign(({ context, event }) => inOrder(context, event, [beforeStep, invertTube])),
    disposeSharps: assign(({ context, event }) => inOrder(context, event, [beforeStep, disposeSharps])),
    bandageSite: assign(({ context, event }) => inOrder(context, event, [beforeStep, bandageSite])),
    labelContainer: assign(({ context, event }) => inOrder(context, event, [beforeStep, labelContainer])),
    punctureCapillary: assign(({ context, event }) => inOrder(context, event, [beforeStep, judgeFirstContact, judgeFluidContact, punctureCapillary])),
    fillMicrotube: assign(({ context, event }) => inOrder(context, event, [beforeStep, fillMicrotube])),
    instructUrine: assign(({ context, event }) => inOrder(context, event, [beforeStep, judgeFirstContact, instructUrine])),
    collectSwab: assign(({ context, event }) => inOrder(context, event, [beforeStep, judgeFirstContact, judgeFluidContact, collectSwab])),
    runControl: assign(({ context, event }) => inOrder(context, event, [beforeStep, runControl])),
    prepareTestRun: assign(({ context, event }) => inOrder(context, event, [beforeStep, judgeFluidContact])),
    recordResult: assign(({ context, event }) => inOrder(context, event, [beforeStep, recordResult])),
    performProcedure: assign(({ context, event }) => inOrder(context, event, [beforeStep, judgeFirstContact, performProcedure])),
    alertProvider: assign(({ context, event }) => inOrder(context, event, [beforeStep, alertProvider])),
    alertProviderNeedlessly: assign(({ context, event }) => inOrder(context, event, [beforeStep, alertProviderNeedlessly])),
    applyTourniquet: assign(({ context, event }) => inOrder(context, event, [beforeStep, judgeFirstContact, judgeFluidContact, applyTourniquet])),
    sendForReview: assign(({ context, event }) => inOrder(context, event, [beforeStep, judgeSending])),
    sendAndAccept: assign(({ context, event }) => inOrder(context, event, [beforeStep, judgeSending, acceptAll])),
    insertNeedle: assign(({ context, event }) => inOrder(context, event, [beforeStep, insertNeedle])),
    releaseTourniquet: assign(({ context, event }) => inOrder(context, event, [beforeStep, releaseTourniquet])),
    drawTube: assign(({ context, event }) => inOrder(context, event, [beforeStep, drawTube])),
    withdrawNeedle: assign(({ context, event }) => inOrder(context, event, [beforeStep, withdrawNeedle])),
    runTest: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'poct.test-run') return;
      const test = orderableTest(event.testId);
      const lot = context.kits.find((k) => k.testId === event.testId && k.lot === event.lot)!;
      if (test.needsQualityControl) {
        record(context.env, qualityControlCheck(subject(context, { testId: test.id, lot, controlRun: lotControlledToday(context, test.id, lot.lot), onDate: context.scenario.day.date })));
      }
      enqueue.assign({ tests: [...context.tests, { testId: test.id, lot: lot.lot, startedAt: context.env.now(), ready: false, recorded: null }] });
      enqueue.raise({ type: 'poct.read-time-elapsed', testId: test.id }, { delay: test.readTimeMinutes ?? 0, id: `read:${test.id}` });
    }),
    showResult: assign(({ context, event }) => showResult(context, event)),
    rejectSpecimens: assign(({ context, event }) => rejectSpecimens(context, event)),
  },
}).createMachine({
  id: 'specimen',
  context: ({ input }) => {
    const tests = orderedTests(input);
    return {
      // The input field by field: V8 builds a literal that opens with a spread and adds many fields very slowly.
      scenario: input.scenario,
      patient: input.patient,
      env: input.env,
      chart: input.chart,
      handsCleaned: false,
      glovesDonned: false,
      identification: null,
      requisitionChecked: false,
      siteDisinfected: null,
      contactJudged: false,
      fluidContactJudged: false,
      tubesNeeded: tubesForOrders(tests),
      device: null,
      tourniquetOn: false,
      tourniquetSeconds: 0,
      drawn: [],
      venipunctures: 0,
      labels: [],
      urineCollectedAt: null,
      capillaryOpen: false,
      capillaryPunctured: false,
      capillaryPunctures: 0,
      microtubes: [],
      swabs: [],
      kits: kitShelf(
        tests.filter((t) => t.cliaWaivedPointOfCare).map((t) => t.id),
        input.scenario.day.date,
        input.env.random,
      ),
      controlsRun: [],
      tests: [],
      proceduresDone: [],
      sharpsOpen: [],
      sharpPending: null,
      criticalPending: [],
      criticalShown: [],
      providerAlerted: false,
      accepted: [],
      rejected: [],
      redraws: 0,
    };
  },
  initial: 'collecting',
  states: {
    collecting: {
      initial: 'idle',
      on: {
        'hands.cleaned': { actions: 'cleanHands' },
        'gloves.donned': { guard: 'glovesOff', actions: 'donGloves' },
        'patient.identified': { guard: 'notIdentified', actions: 'identifyPatient' },
        'requisition.checked': { guard: 'requisitionOpen', actions: 'checkRequisition' },
        'tube.inverted': { guard: 'canInvert', actions: 'invertTube' },
        'sharps.disposed': { guard: 'hasSharps', actions: 'disposeSharps' },
        'site.bandaged': { guard: 'capillaryOpen', actions: 'bandageSite' },
        'specimen.labeled': { guard: 'canLabel', actions: 'labelContainer' },
        'capillary.punctured': { guard: 'capillaryDue', actions: 'punctureCapillary' },
        'microtube.filled': { guard: 'canFillMicrotube', actions: 'fillMicrotube' },
        'urine.instructed': { guard: 'urineDue', actions: 'instructUrine' },
        'swab.collected': { guard: 'swabDue', actions: 'collectSwab' },
        'poct.control-run': { guard: 'canRunControl', actions: 'runControl' },
        'poct.test-run': { guard: 'canRunTest', actions: ['prepareTestRun', 'runTest'] },
        'poct.read-time-elapsed': { actions: 'showResult' },
        'poct.result-recorded': { guard: 'canRecordResult', actions: 'recordResult' },
        'procedure.performed': { guard: 'procedureDue', actions: 'performProcedure' },
        'provider.alerted': [{ guard: 'hasUnreportedCritical', actions: 'alertProvider' }, { actions: 'alertProviderNeedlessly' }],
      },
      states: {
        idle: {
          on: {
            'tourniquet.applied': { guard: 'venipunctureDue', target: 'tourniquetOn', actions: 'applyTourniquet' },
            'site.disinfected': { guard: 'siteDue', actions: 'disinfectSite' },
            'specimen.sent': [
              { guard: 'labWillReject', target: '#specimen.awaitingLab', actions: 'sendForReview' },
              { guard: 'nothingRunning', target: '#specimen.done', actions: 'sendAndAccept' },
            ],
          },
        },
        tourniquetOn: {
          on: {
            'needle.inserted': { target: 'needleIn', actions: 'insertNeedle' },
            'site.disinfected': { guard: 'punctureAhead', actions: 'disinfectSite' },
            'tourniquet.released': { target: 'idle', actions: 'releaseTourniquet' },
          },
        },
        needleIn: {
          on: {
            'tube.drawn': { guard: 'isTube', actions: 'drawTube' },
            'tourniquet.released': { guard: 'tourniquetOn', actions: 'releaseTourniquet' },
            'needle.withdrawn': { target: 'needleOut', actions: 'withdrawNeedle' },
          },
        },
        needleOut: {
          on: {
            'site.bandaged': { target: 'idle', actions: 'bandageSite' },
          },
        },
      },
    },
    awaitingLab: {
      after: { labReview: { target: 'collecting', actions: 'rejectSpecimens' } },
    },
    done: { type: 'final' },
  },
  output: ({ context }) => ({ procedures: proceduresRecord(context) }),
});

/** The lab-station actions that fit the workflow's current state, for the task list and the scripted trainees. */
export function specimenAvailableActions(snapshot: AnyMachineSnapshot): SpecimenAction['type'][] {
  if (!snapshot.matches('collecting')) return [];
  const context = snapshot.context as SpecimenContext;
  const tests = orderedTests(context);
  const actions: SpecimenAction['type'][] = ['hands.cleaned'];
  if (!context.glovesDonned) actions.push('gloves.donned');
  if (context.identification === null) actions.push('patient.identified');
  if (!context.requisitionChecked) actions.push('requisition.checked');
  const venous = (snapshot.value as { collecting: string }).collecting;
  // Not with a needle in the arm or its site still to bandage: the machine takes the pad only before a puncture.
  if ((venous === 'idle' || venous === 'tourniquetOn') && punctureAhead(context, venous)) actions.push('site.disinfected');
  if (venous === 'idle' && context.tubesNeeded.some((id) => !context.accepted.includes(id)) && context.drawn.length === 0) actions.push('tourniquet.applied');
  if (venous === 'tourniquetOn') actions.push('needle.inserted', 'tourniquet.released');
  if (venous === 'needleIn') actions.push('tube.drawn', 'needle.withdrawn', ...(context.tourniquetOn ? (['tourniquet.released'] as const) : []));
  if (venous === 'needleOut' || context.capillaryOpen) actions.push('site.bandaged');
  if (context.drawn.some((d) => d.inversions === null && d.tube !== 'discard')) actions.push('tube.inverted');
  if (context.sharpsOpen.length > 0) actions.push('sharps.disposed');
  if (unlabeledContainers(context).length > 0) actions.push('specimen.labeled');
  const capillaryLab = tests.some((t) => t.kind === 'capillary-lab');
  if (!context.capillaryPunctured && (capillaryLab || tests.some((t) => t.kind === 'capillary-poc'))) actions.push('capillary.punctured');
  if (context.capillaryOpen && capillaryLab && MICROTUBE_IDS.some((id) => !context.microtubes.some((m) => m.tubeId === id) && !context.accepted.includes(id))) {
    actions.push('microtube.filled');
  }
  if (context.urineCollectedAt === null && tests.some((t) => t.kind === 'urine')) actions.push('urine.instructed');
  if (tests.some((t) => t.kind === 'swab' && !context.swabs.includes(t.id))) actions.push('swab.collected');
  // As the guards have it: a control for a kit lot not yet controlled; a test not yet run, from a kit, on a specimen in hand.
  if (tests.some((t) => t.needsQualityControl && context.kits.some((k) => k.testId === t.id && !lotControlledToday(context, t.id, k.lot)))) actions.push('poct.control-run');
  if (tests.some((t) => t.cliaWaivedPointOfCare && !context.tests.some((run) => run.testId === t.id) && context.kits.some((k) => k.testId === t.id) && specimenReady(context, t))) {
    actions.push('poct.test-run');
  }
  if (context.tests.some((t) => t.ready && t.recorded === null)) actions.push('poct.result-recorded');
  if (tests.some((t) => t.kind === 'procedure' && !context.proceduresDone.includes(t.id))) actions.push('procedure.performed');
  // Always taken: a needless alert is the trainee's to make, and is judged (`urgent` says when one is needed).
  actions.push('provider.alerted');
  // The lab takes the specimens once nothing is running (a kit reading, an open puncture), as `nothingRunning` and `labWillReject` have it.
  const settled = context.tests.every((t) => t.ready) && !context.capillaryOpen;
  if (venous === 'idle' && settled && (!context.tourniquetOn || rejectedTubes(context).length > 0 || rejectedMicrotubes(context).length > 0)) actions.push('specimen.sent');
  return actions;
}

/** The containers that `canLabel` would take a label for now: the ordered urine cup, the filled microtubes, the needed and drawn tubes, each not yet labeled. */
function unlabeledContainers(context: SpecimenContext): ContainerId[] {
  const containers: ContainerId[] = [
    ...(orderedTests(context).some((t) => t.kind === 'urine') ? (['urine-cup'] as const) : []),
    ...context.microtubes.map((m) => m.tubeId),
    ...context.tubesNeeded,
    ...context.drawn.map((d) => d.tube),
  ];
  return [...new Set(containers)].filter((container) => container !== 'discard' && !context.labels.some((l) => l.container === container));
}
