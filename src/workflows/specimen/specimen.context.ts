/**
 * What the lab station knows, and how its steps are written: the context every procedure
 * of the station reads and changes, the events it receives, the ordered tests, and the
 * helpers that journal a check. Each procedure keeps its steps and guards in its own file
 * (venipuncture, capillary puncture, point-of-care tests, the one-step procedures, labels
 * and sending); `specimen.machine.ts` puts them together.
 */
import type { DayEnvironment } from '../../domain/day-environment';
import type { MicrotubeId, TubeId } from '../../reference/order-of-draw';
import { givenAtMedicationStation, type OrderableTest, type TestId, TESTS } from '../../reference/tests';
import type { Check } from '../../scoring/finding';
import { type CheckSubject, type PatientIdentifiedAction, } from '../shared/patient-contact';
import type { WorkflowInput } from '../workflow';
import type { WorkflowStep } from '../workflow-steps';
import type { ContainerId, SpecimenAction, SpecimenLabel, VenipunctureDevice } from './specimen.actions';
import type { KitLot } from './specimen.kits';
import { displayName } from '../../domain/patient';

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
  /** The site of the next puncture cleaned with alcohol, and whether it was left to dry; null until then, and again after each puncture. */
  readonly siteDisinfected: 'dry' | 'wet' | null;
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
  /** Procedures done at the station (a pulse-oximetry reading). */
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

/** The test id of the 12-lead ECG: the ECG workflow's, not the lab station's. */
export const ECG_TEST_ID = 'ecg';

/** The ordered tests the lab station does, from the catalogue (vaccines are the medication workflow's, the ECG the ECG workflow's). */
export function orderedTests(context: Pick<WorkflowInput, 'patient'>): readonly OrderableTest[] {
  const known = testsOrderedFor.get(context.patient);
  if (known) return known;
  const tests = Object.freeze(context.patient.orders.flatMap((order) => TESTS.filter((t) => t.id === order.testId && !givenAtMedicationStation(t.kind) && t.id !== ECG_TEST_ID)));
  testsOrderedFor.set(context.patient, tests);
  return tests;
}

/** The result a point-of-care test shows: the scenario's, or negative when the scenario gives none. */
export function shownResult(context: Pick<WorkflowInput, 'patient'>, testId: TestId): string | number {
  return context.patient.orders.find((order) => order.testId === testId)?.result ?? 'negative';
}

/** A rule's input: who and when, with the rule's own details (assigned, not spread: V8 builds `{ ...subject, detail }` slowly). */
export function subject<Details extends object>(context: SpecimenContext, details: Details): CheckSubject & Details {
  return Object.assign({ patientId: context.patient.id, patientName: displayName(context.patient), minute: context.env.now() }, details);
}

/** Journals a step's checks: a pass as well as a miss. */
export function record(env: DayEnvironment, checks: Check | readonly Check[]): void {
  for (const check of Array.isArray(checks) ? checks : [checks]) env.journal.check(check);
}

/** True when the orders include a test of this kind. */
export function ordersKind(context: Pick<WorkflowInput, 'patient'>, kind: OrderableTest['kind']): boolean {
  return orderedTests(context).some((t) => t.kind === kind);
}

/** The ordered test with this id that fits the predicate, or null (an id the orders do not hold is null too). */
export function testOrdered(context: SpecimenContext, testId: unknown, predicate: (test: OrderableTest) => boolean): OrderableTest | null {
  return orderedTests(context).find((test) => test.id === testId && predicate(test)) ?? null;
}

/** One step of the lab station's bookkeeping for a trainee action. */
export type SpecimenStep = WorkflowStep<SpecimenContext, SpecimenEvent>;

/** One guard of the lab station: whether the event fits the context now. */
export type SpecimenGuard = (args: { readonly context: SpecimenContext; readonly event: SpecimenEvent }) => boolean;
