/**
 * What the medication workflow knows: the context its steps read and change, the events it
 * receives (the trainee's actions and the observation chair's timers), the ordered vaccines,
 * the patient's build for the needle table, and the helpers that journal a check.
 */
import type { DayEnvironment } from '../../domain/day-environment';
import { displayName } from '../../domain/patient';
import { ageInMonths, ageInYears } from '../../reference/iso-date';
import { type InjectableProduct, injectableProduct, type PatientBuild } from '../../reference/immunization';
import { givenAtMedicationStation, type OrderableTest, type TestId, TESTS } from '../../reference/tests';
import type { Scenario, ScenarioPatient } from '../../scenario/scenario.schema';
import type { Check } from '../../scoring/finding';
import type { CheckSubject, PatientIdentifiedAction } from '../shared/patient-contact';
import type { WorkflowInput } from '../workflow';
import type { WorkflowStep } from '../workflow-steps';
import type {
  AdministrationRecordEntry,
  InjectionSite,
  InsertionAngle,
  LabelCheckMoment,
  MedicationAction,
  MedicationRoute,
  NeedleGauge,
  NeedleLength,
  OrderReturnReason,
} from './medication.actions';
import type { StockVial, VaccineStock } from './stock';

/** The internal events of the observation chair: a reaction at its minute, and the observation time over. */
export type ObservationEvent =
  | { readonly type: 'observation.patient-fainted' }
  | { readonly type: 'observation.anaphylaxis-sign' }
  | { readonly type: 'observation.time-elapsed' };

/** Events the medication machine receives: the trainee's actions and the observation timers. */
export type MedicationEvent = MedicationAction | ObservationEvent;

/** The dose in the syringe, drawn up and not yet given. */
export interface DrawnDose {
  readonly testId: TestId;
  readonly vialId: string;
  readonly volumeMl: number;
  readonly needle: { readonly gauge: NeedleGauge; readonly length: NeedleLength };
}

/** One dose given. */
export interface GivenDose {
  readonly testId: TestId;
  readonly vialId: string;
  readonly lot: string;
  readonly site: InjectionSite;
  readonly route: MedicationRoute;
  readonly angle: InsertionAngle;
  readonly atMinute: number;
  /** A tuberculin skin test's wheal: whether one rose, and whether the trainee looked (null for a vaccine). */
  readonly wheal: { readonly rises: boolean; readonly checked: boolean } | null;
}

/** Where the observation chair stands. */
export type ObservationState = 'not-started' | 'running' | 'elapsed' | 'ended';

/** What the medication workflow knows. */
export interface MedicationContext extends WorkflowInput {
  readonly handsCleaned: boolean;
  readonly identification: PatientIdentifiedAction | null;
  /** The hand-hygiene check was made (at the first dose drawn up). */
  readonly preparationJudged: boolean;
  /** The identification check was made (at the first injection). */
  readonly identityJudged: boolean;
  readonly stock: VaccineStock;
  readonly logsRead: readonly string[];
  readonly excursionsReported: readonly string[];
  readonly ordersReviewed: readonly TestId[];
  readonly returned: readonly { readonly testId: TestId; readonly reason: OrderReturnReason }[];
  readonly allergiesChecked: boolean;
  readonly labelReads: readonly { readonly vialId: string; readonly moment: LabelCheckMoment }[];
  readonly drawn: DrawnDose | null;
  readonly visGiven: readonly { readonly testId: TestId; readonly edition: string }[];
  readonly given: readonly GivenDose[];
  /** A syringe just used: the next step is judged (it must be the sharps container). */
  readonly sharpPending: boolean;
  /** A used syringe not yet in the sharps container. */
  readonly syringeInHand: boolean;
  readonly recorded: readonly { readonly testId: TestId; readonly record: AdministrationRecordEntry }[];
  readonly registryReported: readonly TestId[];
  readonly observation: ObservationState;
  /** A reaction showing that the trainee has not answered yet: the next step is judged. */
  readonly reactionPending: 'syncope' | 'anaphylaxis-sign' | null;
  /** The reaction that happened in the chair, if any. */
  readonly reaction: 'syncope' | 'anaphylaxis-sign' | null;
  readonly laidDown: boolean;
  readonly providerAlerted: boolean;
  /** Tuberculin skin tests read, with the diameter recorded. */
  readonly readings: readonly { readonly testId: TestId; readonly mm: number }[];
}

/** Each patient's ordered vaccines, looked up once: guards, the task list and the players ask on every step. */
const vaccinesOrderedFor = new WeakMap<ScenarioPatient, readonly OrderableTest[]>();

/** The patient's ordered vaccines and skin tests (what the medication station gives), from the catalogue, in the order written. */
export function orderedVaccines(context: Pick<WorkflowInput, 'patient'>): readonly OrderableTest[] {
  const known = vaccinesOrderedFor.get(context.patient);
  if (known) return known;
  const tests = Object.freeze(context.patient.orders.flatMap((order) => TESTS.filter((t) => t.id === order.testId && givenAtMedicationStation(t.kind))));
  vaccinesOrderedFor.set(context.patient, tests);
  return tests;
}

/** Whether the patient has an order for a vaccine or a skin test: the medication workflow's work. */
export function hasVaccineOrder(patient: ScenarioPatient): boolean {
  return patient.orders.some((order) => TESTS.some((t) => t.id === order.testId && givenAtMedicationStation(t.kind)));
}

/** Whether an order is the reading of a skin test placed at an earlier visit. */
export function isReading(testId: string): boolean {
  return TESTS.some((t) => t.id === testId && t.kind === 'skin-test-reading');
}

/**
 * What the reading shows: the induration (the scenario's order result, in mm) and the redness
 * around it (a design value: 8 mm wider where there is induration, a faint 6 mm flush where there is none).
 */
export function readingFindings(patient: ScenarioPatient, testId: TestId): { indurationMm: number; rednessMm: number } {
  const result = orderOf(patient, testId)?.result;
  const indurationMm = typeof result === 'number' ? result : 0;
  return { indurationMm, rednessMm: indurationMm > 0 ? indurationMm + 8 : 6 };
}

/** Whether an order is a skin test (the tuberculin skin test) rather than a vaccine. */
export function isSkinTest(testId: string): boolean {
  return TESTS.some((t) => t.id === testId && t.kind === 'skin-test');
}

/** The order of a vaccine, as the scenario writes it. */
export function orderOf(patient: ScenarioPatient, testId: TestId): ScenarioPatient['orders'][number] | undefined {
  return patient.orders.find((order) => order.testId === testId);
}

/** How the order reaches the MA: signed, verbal or unsigned (signed where the scenario says nothing). */
export function orderForm(patient: ScenarioPatient, testId: TestId): 'signed' | 'verbal' | 'unsigned' {
  return orderOf(patient, testId)?.administration?.form ?? 'signed';
}

/** The product of an ordered vaccine or skin test; the reference has one for each of the catalogue. */
export function productOf(testId: TestId): InjectableProduct {
  const product = injectableProduct(testId);
  if (product === null) throw new RangeError(`No vaccine product for ${testId}`);
  return product;
}

/** The patient's age and build on the scenario's day, as the needle table reads them. */
export function patientBuild(scenario: Scenario, patient: ScenarioPatient): PatientBuild {
  return { ageMonths: ageInMonths(patient.dateOfBirth, scenario.day.date), sex: patient.sex, weightKg: patient.vitals.weightKg };
}

/** The patient's age in completed years on the scenario's day. */
export function ageYears(scenario: Scenario, patient: ScenarioPatient): number {
  return ageInYears(patient.dateOfBirth, scenario.day.date);
}

/** A vial of the stock by id. */
export function vialById(context: Pick<MedicationContext, 'stock'>, vialId: string): StockVial | undefined {
  return context.stock.vials.find((vial) => vial.id === vialId);
}

/** Whether a dose still stands: any vaccine given, or a skin test unless its wheal was looked at and none had risen (it has to be placed again). */
export function doseStands(dose: GivenDose): boolean {
  return dose.wheal === null || !dose.wheal.checked || dose.wheal.rises;
}

/** Whether a vaccine's order is settled: given (a skin test: placed with a wheal, or not yet looked at) or sent back. */
export function settled(context: Pick<MedicationContext, 'given' | 'returned' | 'readings'>, testId: TestId): boolean {
  if (context.readings.some((r) => r.testId === testId)) return true;
  const last = context.given.findLast((dose) => dose.testId === testId);
  return (last !== undefined && doseStands(last)) || context.returned.some((r) => r.testId === testId);
}

/** The last dose given of an order (a skin test placed again has two). */
export function lastDoseOf(context: Pick<MedicationContext, 'given'>, testId: TestId): GivenDose | undefined {
  return context.given.findLast((dose) => dose.testId === testId);
}

/** The ordered vaccines not yet given nor sent back. */
export function openVaccines(context: Pick<MedicationContext, 'patient' | 'given' | 'returned' | 'readings'>): readonly OrderableTest[] {
  return orderedVaccines(context).filter((test) => !settled(context, test.id));
}

/** A rule's input: who and when, with the rule's own details. */
export function subject<Details extends object>(context: MedicationContext, details: Details): CheckSubject & Details {
  return Object.assign({ patientId: context.patient.id, patientName: displayName(context.patient), minute: context.env.now() }, details);
}

/** Journals a step's checks: a pass as well as a miss. */
export function record(env: DayEnvironment, checks: Check | readonly Check[]): void {
  for (const check of Array.isArray(checks) ? checks : [checks]) env.journal.check(check);
}

/** One step of the medication workflow's bookkeeping for a trainee action. */
export type MedicationStep = WorkflowStep<MedicationContext, MedicationEvent>;

/** One guard of the medication workflow: whether the event fits the context now. */
export type MedicationGuard = (args: { readonly context: MedicationContext; readonly event: MedicationEvent }) => boolean;
