/**
 * The lab station: specimen collection, CLIA-waived point-of-care tests and vaccines for
 * the orders the provider wrote, from the first action after the visit to the specimens
 * going to the lab.
 *
 * collecting (venipuncture: idle → tourniquetOn → needleIn → needleOut → idle; capillary
 * puncture, urine, swabs, kits, vaccines in the context) → specimen.sent → done, or, when a
 * sent tube or microtube is unlabelled or mislabelled, awaitingLab → (the lab rejects it some
 * minutes later) → collecting again for the redraw or a new skin puncture.
 *
 * A point-of-care test shows its result only after its read time (a delayed event on the
 * clinic clock). A used sharp must go into the container, and a critical result to the
 * provider, before any other step.
 */
import { type AnyMachineSnapshot, assign, enqueueActions, setup } from 'xstate';
import type { DayEnvironment } from '../../clinic/day-environment';
import type { PerformedService, ProceduresRecord } from '../../domain/chart';
import { isMicrotubeId, MICROTUBE_IDS, type MicrotubeId, type TubeId, TUBES } from '../../reference/order-of-draw';
import { orderableTest, type OrderableTest, type TestId, TESTS } from '../../reference/tests';
import type { Check } from '../../scoring/finding';
import type { WorkflowInput } from '../workflow';
import { inOrder, NO_CHANGE, type WorkflowStep } from '../workflow-steps';
import type { PatientIdentifiedAction } from '../vitals/vitals.actions';
import type { CheckSubject } from '../vitals/vitals.rules';
import { patientName } from '../vitals/vitals.machine';
import { UNNEEDED_ALERT_PROVIDER_MINUTES, unneededAlertCheck } from '../vitals/vitals.rules';
import type { ContainerId, SpecimenAction, SpecimenLabel, VenipunctureDevice } from './specimen.actions';
import { type KitLot, kitShelf, LAB_REVIEW_MINUTES, TOURNIQUET_SECONDS } from './specimen.kits';
import {
  capillaryOrderCheck,
  cleanCatchCheck,
  containerName,
  criticalResultCheck,
  glovesCheck,
  inversionsCheck,
  isCriticalResult,
  labelCheck,
  labelProblems,
  missingLabelCheck,
  orderOfDrawCheck,
  ordersCompleteCheck,
  qualityControlCheck,
  requisitionCheck,
  resultRecordingCheck,
  sharpsCheck,
  specimenHandHygieneCheck,
  specimenIdentificationCheck,
  tourniquetCheck,
  tubeChoiceCheck,
} from './specimen.rules';

/** The internal event of a point-of-care test's read time running out. */
export interface ReadTimeElapsed {
  readonly type: 'poct.read-time-elapsed';
  readonly testId: TestId;
}

/** Events the specimen machine receives: the trainee's actions and the read timers. */
export type SpecimenEvent = SpecimenAction | ReadTimeElapsed;

/** A tube drawn in the current venipuncture. */
export interface DrawnTube {
  readonly tube: TubeId;
  readonly atMinute: number;
  readonly inversions: number | null;
}

/** A microtube filled from the skin puncture. */
export interface FilledMicrotube {
  readonly tubeId: MicrotubeId;
  readonly atMinute: number;
}

/** A label written on a container, and whether it was right. */
export interface ContainerLabel {
  readonly container: ContainerId;
  readonly label: SpecimenLabel;
  readonly problems: readonly string[];
}

/** A container the lab refused, and why. */
export interface RejectedContainer {
  readonly container: TubeId | MicrotubeId;
  readonly reason: string;
}

/** A point-of-care test on the bench. */
export interface BenchTest {
  readonly testId: TestId;
  readonly lot: string;
  readonly startedAt: number;
  /** The read time has passed: the result shows. */
  readonly ready: boolean;
  readonly recorded: string | number | null;
}

/** What the lab station knows. */
export interface SpecimenContext extends WorkflowInput {
  readonly handsCleaned: boolean;
  readonly glovesDonned: boolean;
  readonly identification: PatientIdentifiedAction | null;
  readonly requisitionChecked: boolean;
  readonly contactJudged: boolean;
  readonly fluidContactJudged: boolean;
  /** Venous tubes the current draw must fill (all of them, or the rejected ones for a redraw). */
  readonly tubesNeeded: readonly TubeId[];
  readonly device: VenipunctureDevice | null;
  readonly tourniquetOn: boolean;
  readonly tourniquetSeconds: number;
  readonly drawn: readonly DrawnTube[];
  readonly venipunctures: number;
  readonly labels: readonly ContainerLabel[];
  readonly urineCollectedAt: number | null;
  readonly capillaryOpen: boolean;
  /** This collection's skin puncture is done; a new one is due after the lab rejects a microtube. */
  readonly capillaryPunctured: boolean;
  /** Skin punctures made, for the bill (36416). */
  readonly capillaryPunctures: number;
  /** Microtubes filled from the current skin puncture, in the order they were filled. */
  readonly microtubes: readonly FilledMicrotube[];
  readonly swabs: readonly TestId[];
  readonly kits: readonly KitLot[];
  readonly controlsRun: readonly string[];
  readonly tests: readonly BenchTest[];
  readonly vaccinesGiven: readonly TestId[];
  /** Procedures done at the station (an ECG tracing, a pulse-oximetry reading). */
  readonly proceduresDone: readonly TestId[];
  readonly sharpsOpen: readonly string[];
  /** A sharp just used: the next step must be disposing of it. */
  readonly sharpPending: string | null;
  readonly criticalPending: readonly TestId[];
  readonly criticalShown: readonly TestId[];
  readonly providerAlerted: boolean;
  /** Tubes and microtubes the lab accepted. */
  readonly accepted: readonly (TubeId | MicrotubeId)[];
  /** What the lab rejected last, for the station to show while the trainee collects again. */
  readonly rejected: readonly RejectedContainer[];
  readonly redraws: number;
}

/** Each patient's ordered tests, looked up once: guards, the task list and the players ask on every step. */
const testsOrderedFor = new WeakMap<WorkflowInput['patient'], readonly OrderableTest[]>();

/** The ordered tests, from the catalogue. */
export function orderedTests(context: Pick<WorkflowInput, 'patient'>): readonly OrderableTest[] {
  const known = testsOrderedFor.get(context.patient);
  if (known) return known;
  const tests = Object.freeze(context.patient.orders.flatMap((order) => TESTS.filter((t) => t.id === order.testId)));
  testsOrderedFor.set(context.patient, tests);
  return tests;
}

/** The venous tubes the orders need, in order of draw. */
export function tubesForOrders(tests: readonly OrderableTest[]): TubeId[] {
  const ids = new Set(tests.filter((t) => t.kind === 'venous-lab' && t.tubeId !== undefined).map((t) => t.tubeId!));
  return TUBES.filter((t) => ids.has(t.id)).map((t) => t.id);
}

/** The result a point-of-care test shows: the scenario's, or negative when the scenario gives none. */
export function shownResult(context: Pick<WorkflowInput, 'patient'>, testId: TestId): string | number {
  return context.patient.orders.find((order) => order.testId === testId)?.result ?? 'negative';
}

/** A rule's input: who and when, with the rule's own details (assigned, not spread: V8 builds `{ ...subject, detail }` slowly). */
function subject<Details extends object>(context: SpecimenContext, details: Details): CheckSubject & Details {
  return Object.assign({ patientId: context.patient.id, patientName: patientName(context), minute: context.env.now() }, details);
}

function record(env: DayEnvironment, checks: Check | readonly Check[]): void {
  for (const check of Array.isArray(checks) ? checks : [checks]) env.journal.check(check);
}

const FIRST_STEP_WORDS: Record<string, string> = {
  'tourniquet.applied': 'the venipuncture was started',
  'capillary.punctured': 'the finger was punctured',
  'urine.instructed': 'the urine cup was handed over',
  'swab.collected': 'the swab was collected',
  'vaccine.administered': 'the vaccine was given',
  'poct.test-run': 'the specimen was tested',
};

/** Containers collected in this round that carry no label. */
function unlabelled(context: SpecimenContext): ContainerId[] {
  const collected: ContainerId[] = [
    ...context.drawn.map((d) => d.tube).filter((id) => id !== 'discard'),
    ...context.microtubes.map((m) => m.tubeId),
    ...(context.urineCollectedAt !== null ? ['urine-cup' as const] : []),
  ];
  return [...new Set(collected)].filter((container) => !context.labels.some((l) => l.container === container));
}

/**
 * Why the lab refuses a container, or null when it takes it: no label, or a wrong or
 * pre-written one. The reference lab's specimen-acceptance policy, the same for a tube and a
 * microtube (CAP GEN.40491; reference-lab requirements in the clinical reference).
 */
function rejectionReason(context: SpecimenContext, container: TubeId | MicrotubeId): string | null {
  const label = context.labels.find((l) => l.container === container);
  if (label === undefined) return 'no label';
  return label.problems.length > 0 ? label.problems.join('; ') : null;
}

/** Drawn tubes the lab will reject: no label, or a wrong or pre-written one. */
export function rejectedTubes(context: SpecimenContext): { tube: TubeId; reason: string }[] {
  return [...new Set(context.drawn.map((d) => d.tube))]
    .filter((id) => id !== 'discard' && !context.accepted.includes(id))
    .flatMap((id) => {
      const reason = rejectionReason(context, id);
      return reason === null ? [] : [{ tube: id, reason }];
    });
}

/** Microtubes of the current skin puncture the lab will reject, judged as the tubes are. */
export function rejectedMicrotubes(context: SpecimenContext): { microtube: MicrotubeId; reason: string }[] {
  return context.microtubes.flatMap(({ tubeId }) => {
    const reason = rejectionReason(context, tubeId);
    return reason === null ? [] : [{ microtube: tubeId, reason }];
  });
}

/** True when the orders include a test of this kind. */
function ordersKind(context: Pick<WorkflowInput, 'patient'>, kind: OrderableTest['kind']): boolean {
  return orderedTests(context).some((t) => t.kind === kind);
}

function undoneOrders(context: SpecimenContext, accepted: SpecimenContext['accepted']): TestId[] {
  return orderedTests(context)
    .filter((test) => !isPerformed(context, test, accepted))
    .map((test) => test.id);
}

function isPerformed(context: SpecimenContext, test: OrderableTest, accepted: SpecimenContext['accepted']): boolean {
  if (test.cliaWaivedPointOfCare) return context.tests.some((t) => t.testId === test.id && t.recorded !== null);
  switch (test.kind) {
    case 'venous-lab':
      return test.tubeId !== undefined && accepted.includes(test.tubeId);
    case 'capillary-lab':
      return test.microtubeId !== undefined && (context.microtubes.some((m) => m.tubeId === test.microtubeId) || accepted.includes(test.microtubeId));
    case 'vaccine':
      return context.vaccinesGiven.includes(test.id);
    case 'procedure':
      return context.proceduresDone.includes(test.id);
    case 'swab':
      return context.swabs.includes(test.id);
    case 'urine':
      return context.urineCollectedAt !== null;
    default:
      return false;
  }
}

function proceduresRecord(context: SpecimenContext): ProceduresRecord {
  const services: PerformedService[] = orderedTests(context).map((test) => ({
    testId: test.id,
    performed: isPerformed(context, test, context.accepted),
    result: context.tests.find((t) => t.testId === test.id)?.recorded ?? null,
  }));
  return { services, venipuncture: context.venipunctures > 0, capillaryPuncture: context.capillaryPunctures > 0, redraws: context.redraws };
}

function testOrdered(context: SpecimenContext, testId: unknown, predicate: (test: OrderableTest) => boolean): OrderableTest | null {
  return orderedTests(context).find((test) => test.id === testId && predicate(test)) ?? null;
}

function specimenReady(context: SpecimenContext, test: OrderableTest): boolean {
  if (test.kind === 'capillary-poc') return context.capillaryOpen;
  if (test.kind === 'urine') return context.urineCollectedAt !== null;
  if (test.kind === 'swab') return context.swabs.includes(test.id);
  return false;
}

/** One step of the lab station's bookkeeping for a trainee action. */
type SpecimenStep = WorkflowStep<SpecimenContext, SpecimenEvent>;

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

const cleanHands: SpecimenStep = () => ({ handsCleaned: true });

const donGloves: SpecimenStep = () => ({ glovesDonned: true });

const identifyPatient: SpecimenStep = (_, event) => (event.type === 'patient.identified' ? { identification: { type: event.type, question: event.question, identifiers: [...event.identifiers] } } : NO_CHANGE);

const checkRequisition: SpecimenStep = () => ({ requisitionChecked: true });

const applyTourniquet: SpecimenStep = () => ({ tourniquetOn: true, tourniquetSeconds: TOURNIQUET_SECONDS.applied });

const insertNeedle: SpecimenStep = (_, event) => (event.type === 'needle.inserted' ? { device: event.device } : NO_CHANGE);

const drawTube: SpecimenStep = (context, event) => (event.type === 'tube.drawn' ? { drawn: [...context.drawn, { tube: event.tube, atMinute: context.env.now(), inversions: null }] } : NO_CHANGE);

const invertTube: SpecimenStep = (context, event) => {
  if (event.type !== 'tube.inverted') return NO_CHANGE;
  record(context.env, inversionsCheck(subject(context, { tube: event.tube, times: event.times })));
  return { drawn: context.drawn.map((d) => (d.tube === event.tube && d.inversions === null ? { ...d, inversions: event.times } : d)) };
};

const releaseTourniquet: SpecimenStep = () => ({ tourniquetOn: false });

const withdrawNeedle: SpecimenStep = (context) => {
  const drawn = context.drawn.map((d) => d.tube);
  record(context.env, [
    tourniquetCheck(subject(context, { seconds: context.tourniquetSeconds, releasedBeforeWithdrawal: !context.tourniquetOn })),
    orderOfDrawCheck(subject(context, { drawn, device: context.device ?? 'multi-sample-needle' })),
    tubeChoiceCheck(subject(context, { needed: context.tubesNeeded, drawn })),
  ]);
  return { tourniquetOn: false, venipunctures: context.venipunctures + 1, sharpsOpen: [...context.sharpsOpen, 'needle'], sharpPending: 'needle' };
};

const disposeSharps: SpecimenStep = (context) => {
  if (context.sharpPending !== null) record(context.env, sharpsCheck(subject(context, { sharp: context.sharpPending, nextAction: 'sharps.disposed' })));
  return { sharpsOpen: [], sharpPending: null };
};

/** Bandaging closes the puncture: the microtubes filled from it are judged against the capillary order. */
const bandageSite: SpecimenStep = (context) => {
  if (context.capillaryOpen && context.microtubes.length > 0) {
    record(context.env, capillaryOrderCheck(subject(context, { filled: context.microtubes.map((m) => m.tubeId) })));
  }
  return { capillaryOpen: false };
};

const fillMicrotube: SpecimenStep = (context, event) =>
  event.type === 'microtube.filled' ? { microtubes: [...context.microtubes, { tubeId: event.tubeId, atMinute: context.env.now() }] } : NO_CHANGE;

/** The patient as the chart now reads: the date of birth corrected at check-in, when it was. */
function chartedPatient(context: SpecimenContext): SpecimenContext['patient'] {
  const corrected = context.chart.registration?.correctedIdentity;
  return corrected ? { ...context.patient, dateOfBirth: corrected.dateOfBirth } : context.patient;
}

const labelContainer: SpecimenStep = (context, event) => {
  if (event.type !== 'specimen.labeled') return NO_CHANGE;
  const { container } = event;
  const collectedAtMinute =
    container === 'urine-cup'
      ? context.urineCollectedAt
      : isMicrotubeId(container)
        ? (context.microtubes.find((m) => m.tubeId === container)?.atMinute ?? null)
        : (context.drawn.find((d) => d.tube === container)?.atMinute ?? null);
  // A label is checked against the chart as check-in left it: corrected to the photo ID where the registration was wrong.
  const problems = labelProblems(event.label, { patient: chartedPatient(context), collectedAtMinute, labelledAtMinute: context.env.now() });
  record(context.env, labelCheck(subject(context, { container: event.container, problems })));
  return { labels: [...context.labels, { container: event.container, label: { ...event.label }, problems }] };
};

const punctureCapillary: SpecimenStep = (context) => ({
  capillaryOpen: true,
  capillaryPunctured: true,
  capillaryPunctures: context.capillaryPunctures + 1,
  sharpsOpen: [...context.sharpsOpen, 'lancet'],
  sharpPending: 'lancet',
});

const instructUrine: SpecimenStep = (context, event) => {
  if (event.type !== 'urine.instructed') return NO_CHANGE;
  const needed = orderedTests(context).some((t) => t.specimen === 'urine-clean-catch');
  record(context.env, cleanCatchCheck(subject(context, { needed, instructed: event.cleanCatch === true })));
  return { urineCollectedAt: context.env.now() };
};

const collectSwab: SpecimenStep = (context, event) => (event.type === 'swab.collected' ? { swabs: [...context.swabs, event.testId] } : NO_CHANGE);

const runControl: SpecimenStep = (context, event) => (event.type === 'poct.control-run' ? { controlsRun: [...context.controlsRun, event.lot] } : NO_CHANGE);

const recordResult: SpecimenStep = (context, event) => {
  if (event.type !== 'poct.result-recorded') return NO_CHANGE;
  const shown = shownResult(context, event.testId);
  record(context.env, resultRecordingCheck(subject(context, { testId: event.testId, shown, recorded: event.result })));
  const critical = isCriticalResult(orderableTest(event.testId).criticalResult, shown);
  if (critical) {
    // The floor raises its critical-value alert from the day's timeline.
    context.env.journal.note({
      minute: context.env.now(),
      patientId: context.patient.id,
      kind: 'critical-value',
      text: `${context.patient.name.given} ${context.patient.name.family}: critical ${orderableTest(event.testId).displayName} result ${String(shown)} — tell the provider now`,
    });
  }
  return {
    tests: context.tests.map((t) => (t.testId === event.testId ? { ...t, recorded: event.result } : t)),
    ...(critical ? { criticalShown: [...context.criticalShown, event.testId], criticalPending: [...context.criticalPending, event.testId] } : {}),
  };
};

const giveVaccine: SpecimenStep = (context, event) =>
  event.type === 'vaccine.administered'
    ? { vaccinesGiven: [...context.vaccinesGiven, event.testId], sharpsOpen: [...context.sharpsOpen, 'vaccine needle'], sharpPending: 'vaccine needle' }
    : NO_CHANGE;

const performProcedure: SpecimenStep = (context, event) => (event.type === 'procedure.performed' ? { proceduresDone: [...context.proceduresDone, event.testId] } : NO_CHANGE);

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

/**
 * The ordered tests the lab station has not done yet: what the patient still needs if the
 * day ends now (a tube the lab has not accepted, a test not recorded, a vaccine not given).
 */
export function outstandingOrders(context: SpecimenContext): TestId[] {
  return undoneOrders(context, context.accepted);
}

/** Sending: every collected container must carry a label, every tube must have been mixed. */
const judgeSending: SpecimenStep = (context) => {
  const checks: Check[] = unlabelled(context).map((container) => missingLabelCheck(subject(context, { container })));
  for (const drawn of context.drawn) {
    if (drawn.tube !== 'discard' && drawn.inversions === null) checks.push(inversionsCheck(subject(context, { tube: drawn.tube, times: null })));
  }
  record(context.env, checks);
  return NO_CHANGE;
};

const acceptAll: SpecimenStep = (context) => {
  const accepted = [...new Set([...context.accepted, ...context.drawn.map((d) => d.tube).filter((id) => id !== 'discard'), ...context.microtubes.map((m) => m.tubeId)])];
  record(context.env, ordersCompleteCheck(subject(context, { undone: undoneOrders(context, accepted) })));
  return { accepted };
};

export const specimenMachine = setup({
  types: {} as { input: WorkflowInput; context: SpecimenContext; events: SpecimenEvent; output: { procedures: ProceduresRecord } },
  delays: { labReview: LAB_REVIEW_MINUTES },
  guards: {
    notIdentified: ({ context }) => context.identification === null,
    requisitionOpen: ({ context }) => !context.requisitionChecked,
    glovesOff: ({ context }) => !context.glovesDonned,
    venipunctureDue: ({ context }) => context.tubesNeeded.some((id) => !context.accepted.includes(id)) && context.drawn.length === 0,
    isTube: ({ event }) => event.type === 'tube.drawn' && TUBES.some((t) => t.id === event.tube),
    tourniquetOn: ({ context }) => context.tourniquetOn,
    canInvert: ({ context, event }) =>
      event.type === 'tube.inverted' && typeof event.times === 'number' && context.drawn.some((d) => d.tube === event.tube && d.inversions === null && d.tube !== 'discard'),
    canLabel: ({ context, event }) => {
      if (event.type !== 'specimen.labeled' || typeof event.label !== 'object' || event.label === null) return false;
      if (context.labels.some((l) => l.container === event.container)) return false;
      if (event.container === 'urine-cup') return orderedTests(context).some((t) => t.kind === 'urine');
      if (isMicrotubeId(event.container)) return context.microtubes.some((m) => m.tubeId === event.container);
      return event.container !== 'discard' && (context.tubesNeeded.includes(event.container) || context.drawn.some((d) => d.tube === event.container));
    },
    capillaryDue: ({ context }) => !context.capillaryPunctured && (ordersKind(context, 'capillary-poc') || ordersKind(context, 'capillary-lab')),
    /** Any microtube on the tray may be filled once from an open puncture; a citrate "microtube" does not exist. */
    canFillMicrotube: ({ context, event }) =>
      event.type === 'microtube.filled' &&
      context.capillaryOpen &&
      ordersKind(context, 'capillary-lab') &&
      isMicrotubeId(event.tubeId) &&
      !context.microtubes.some((m) => m.tubeId === event.tubeId) &&
      !context.accepted.includes(event.tubeId),
    capillaryOpen: ({ context }) => context.capillaryOpen,
    urineDue: ({ context }) => context.urineCollectedAt === null && orderedTests(context).some((t) => t.kind === 'urine'),
    swabDue: ({ context, event }) => event.type === 'swab.collected' && !context.swabs.includes(event.testId) && testOrdered(context, event.testId, (t) => t.kind === 'swab') !== null,
    canRunControl: ({ context, event }) =>
      event.type === 'poct.control-run' &&
      testOrdered(context, event.testId, (t) => t.needsQualityControl) !== null &&
      context.kits.some((k) => k.testId === event.testId && k.lot === event.lot) &&
      !context.controlsRun.includes(event.lot),
    canRunTest: ({ context, event }) => {
      if (event.type !== 'poct.test-run') return false;
      const test = testOrdered(context, event.testId, (t) => t.cliaWaivedPointOfCare);
      return (
        test !== null &&
        !context.tests.some((t) => t.testId === event.testId) &&
        context.kits.some((k) => k.testId === event.testId && k.lot === event.lot) &&
        specimenReady(context, test)
      );
    },
    canRecordResult: ({ context, event }) =>
      event.type === 'poct.result-recorded' && (typeof event.result === 'string' || typeof event.result === 'number') && context.tests.some((t) => t.testId === event.testId && t.ready && t.recorded === null),
    vaccineDue: ({ context, event }) =>
      event.type === 'vaccine.administered' && !context.vaccinesGiven.includes(event.testId) && testOrdered(context, event.testId, (t) => t.kind === 'vaccine') !== null,
    procedureDue: ({ context, event }) =>
      event.type === 'procedure.performed' && !context.proceduresDone.includes(event.testId) && testOrdered(context, event.testId, (t) => t.kind === 'procedure') !== null,
    hasSharps: ({ context }) => context.sharpsOpen.length > 0,
    hasUnreportedCritical: ({ context }) => specimenAlertNeeded(context),
    nothingRunning: ({ context }) => context.tests.every((t) => t.ready) && !context.capillaryOpen && !context.tourniquetOn,
    labWillReject: ({ context }) => context.tests.every((t) => t.ready) && !context.capillaryOpen && (rejectedTubes(context).length > 0 || rejectedMicrotubes(context).length > 0),
  },
  // One assign per trainee action: its steps, in order (the read timer and the lab's verdict are their own).
  actions: {
    cleanHands: assign(({ context, event }) => inOrder(context, event, [beforeStep, cleanHands])),
    donGloves: assign(({ context, event }) => inOrder(context, event, [beforeStep, donGloves])),
    identifyPatient: assign(({ context, event }) => inOrder(context, event, [beforeStep, identifyPatient])),
    checkRequisition: assign(({ context, event }) => inOrder(context, event, [beforeStep, checkRequisition])),
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
    giveVaccine: assign(({ context, event }) => inOrder(context, event, [beforeStep, judgeFirstContact, giveVaccine])),
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
        record(context.env, qualityControlCheck(subject(context, { testId: test.id, lot, controlRun: context.controlsRun.includes(lot.lot), onDate: context.scenario.day.date })));
      }
      enqueue.assign({ tests: [...context.tests, { testId: test.id, lot: lot.lot, startedAt: context.env.now(), ready: false, recorded: null }] });
      enqueue.raise({ type: 'poct.read-time-elapsed', testId: test.id }, { delay: test.readTimeMinutes ?? 0, id: `read:${test.id}` });
    }),
    showResult: assign(({ context, event }) => {
      if (event.type !== 'poct.read-time-elapsed') return {};
      // On the timeline, so the trainee hears of it wherever they are working.
      context.env.journal.note({
        minute: context.env.now(),
        patientId: context.patient.id,
        kind: 'result-ready',
        text: `${context.patient.name.given} ${context.patient.name.family}: the ${orderableTest(event.testId).displayName} is ready to read`,
      });
      return { tests: context.tests.map((t) => (t.testId === event.testId ? { ...t, ready: true } : t)) };
    }),
    /**
     * The lab's verdict: the well-labelled tubes and microtubes are kept; a rejected tube must
     * be drawn again, a rejected microtube collected from a new skin puncture.
     */
    rejectSpecimens: assign(({ context }) => {
      const tubes = rejectedTubes(context);
      const microtubes = rejectedMicrotubes(context);
      const rejected: RejectedContainer[] = [...tubes.map((r) => ({ container: r.tube, reason: r.reason })), ...microtubes.map((r) => ({ container: r.microtube, reason: r.reason }))];
      const rejectedIds: ContainerId[] = rejected.map((r) => r.container);
      const keep = [...context.drawn.map((d) => d.tube).filter((id) => id !== 'discard'), ...context.microtubes.map((m) => m.tubeId)].filter((id) => !rejectedIds.includes(id));
      const what = [...tubes.map((r) => `the ${containerName(r.tube)} tube (${r.reason})`), ...microtubes.map((r) => `the ${containerName(r.microtube)} (${r.reason})`)].join(' and ');
      const again = [...(tubes.length > 0 ? ['must be redrawn'] : []), ...(microtubes.length > 0 ? ['needs a new skin puncture'] : [])].join(' and ');
      context.env.journal.note({ minute: context.env.now(), patientId: context.patient.id, kind: 'action', text: `${patientName(context)}: the lab rejected ${what}; the patient ${again}.` });
      return {
        accepted: [...new Set([...context.accepted, ...keep])],
        rejected,
        tubesNeeded: tubes.length > 0 ? tubes.map((r) => r.tube) : context.tubesNeeded,
        drawn: [],
        device: null,
        tourniquetSeconds: 0,
        microtubes: [],
        ...(microtubes.length > 0 ? { capillaryPunctured: false } : {}),
        labels: context.labels.filter((l) => !rejectedIds.includes(l.container)),
        redraws: context.redraws + 1,
      };
    }),
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
      vaccinesGiven: [],
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
        'vaccine.administered': { guard: 'vaccineDue', actions: 'giveVaccine' },
        'procedure.performed': { guard: 'procedureDue', actions: 'performProcedure' },
        'provider.alerted': [{ guard: 'hasUnreportedCritical', actions: 'alertProvider' }, { actions: 'alertProviderNeedlessly' }],
      },
      states: {
        idle: {
          on: {
            'tourniquet.applied': { guard: 'venipunctureDue', target: 'tourniquetOn', actions: 'applyTourniquet' },
            'specimen.sent': [
              { guard: 'labWillReject', target: '#specimen.awaitingLab', actions: 'sendForReview' },
              { guard: 'nothingRunning', target: '#specimen.done', actions: 'sendAndAccept' },
            ],
          },
        },
        tourniquetOn: {
          on: {
            'needle.inserted': { target: 'needleIn', actions: 'insertNeedle' },
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
  if (tests.some((t) => t.needsQualityControl && context.kits.some((k) => k.testId === t.id && !context.controlsRun.includes(k.lot)))) actions.push('poct.control-run');
  if (tests.some((t) => t.cliaWaivedPointOfCare && !context.tests.some((run) => run.testId === t.id) && context.kits.some((k) => k.testId === t.id) && specimenReady(context, t))) {
    actions.push('poct.test-run');
  }
  if (context.tests.some((t) => t.ready && t.recorded === null)) actions.push('poct.result-recorded');
  if (tests.some((t) => t.kind === 'vaccine' && !context.vaccinesGiven.includes(t.id))) actions.push('vaccine.administered');
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
