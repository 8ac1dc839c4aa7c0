/**
 * What the ECG workflow knows: the context its steps read and change, the ordered ECG and how
 * the scenario says it plays out, and the helpers that journal a check.
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { DayEnvironment } from '../../domain/day-environment';
import type { EncounterChart } from '../../domain/chart';
import type { EcgTracing } from '../../reference/ecg';
import { displayName } from '../../domain/patient';
import type { ScenarioOrderEcg, ScenarioPatient } from '../../scenario/scenario.schema';
import type { Check } from '../../scoring/finding';
import type { CheckSubject, PatientIdentifiedAction } from '../shared/patient-contact';
import type { StageNow, WorkflowInput } from '../workflow';
import type { WorkflowStep } from '../workflow-steps';
import type {
  ArtefactRemedy,
  EcgAction,
  EcgArtefact,
  EcgElectrode,
  EcgMachineSex,
  ElectrodeSite,
  Gain,
  HandoverUrgency,
  PaperSpeed,
  PatientPosition,
  SkinPrepStep,
} from './ecg.actions';

/** The test id of the 12-lead ECG in the catalogue. */
export const ECG_TEST_ID = 'ecg';

/** Events the ECG machine receives: the trainee's actions. */
export type EcgEvent = EcgAction;

/** The patient's data as typed on the machine's screen. */
export interface EnteredPatientData {
  readonly name: string;
  readonly dateOfBirth: string;
  readonly sex: EcgMachineSex;
}

/** One tracing the machine recorded: what it shows (the station draws it), and what the trainee named on it. */
export interface RecordedTracing {
  readonly tracing: EcgTracing;
  readonly atMinute: number;
  /** The patient's data on the machine when it was recorded (printed on the tracing), or null. */
  readonly patientData: EnteredPatientData | null;
  /** What the trainee named on it, or null while unchecked. */
  readonly named: EcgArtefact | 'none' | null;
}

/** What the ECG workflow knows. */
export interface EcgContext extends WorkflowInput {
  /** How the order plays out, defaults applied (a calm patient, no interference, routine, read in house). */
  readonly order: ScenarioOrderEcg;
  /** The patient came from rooming paused for the standing order, before the vital signs were recorded (`WorkflowInput.resumeFrom`). */
  readonly beforeVitals: boolean;
  readonly handsCleaned: boolean;
  readonly identification: PatientIdentifiedAction | null;
  readonly explained: boolean;
  readonly privacy: boolean;
  readonly position: PatientPosition | null;
  /** Every skin-preparation step done so far. */
  readonly skinPrep: readonly SkinPrepStep[];
  readonly placements: Readonly<Partial<Record<EcgElectrode, ElectrodeSite>>>;
  readonly settings: { readonly paperSpeed: PaperSpeed; readonly gain: Gain } | null;
  readonly patientData: EnteredPatientData | null;
  /** The preparation, hand-hygiene and identification checks were made (at the first electrode). */
  readonly contactJudged: boolean;
  /** The tracings recorded, oldest first. */
  readonly tracings: readonly RecordedTracing[];
  /** Something changed (an electrode, a setting, a remedy) since the last tracing: it no longer shows what is on the patient. */
  readonly tracingStale: boolean;
  readonly remedies: readonly ArtefactRemedy[];
  readonly handedOver: HandoverUrgency | null;
  /** What the tracing handed to the provider still showed. */
  readonly artefactsOnFinal: readonly EcgArtefact[];
  readonly explainedToPatient: boolean;
  readonly electrodesRemoved: boolean;
  readonly providerAlerted: boolean;
}

/** The ECG order's play-out when it says nothing: a calm patient, no interference, read in house, normal sinus, routine. */
export const PLAIN_ECG_ORDER: ScenarioOrderEcg = Object.freeze({
  patientState: 'calm',
  interference: false,
  needsHairClipped: false,
  hasLotion: false,
  rhythm: 'normal-sinus',
  urgent: false,
  interpretation: 'in-house',
});

/** Whether the patient has an ECG order: the ECG workflow's work. */
export function hasEcgOrder(patient: ScenarioPatient): boolean {
  return patient.orders.some((order) => order.testId === ECG_TEST_ID);
}

/** Whether the ECG is still to do: ordered, and not already recorded on the standing order before the visit. */
export function ecgStillToDo(patient: ScenarioPatient, chart: EncounterChart): boolean {
  return hasEcgOrder(patient) && chart.ecg === undefined;
}

/** Whether the patient's ECG order is the clinic's standing order, recorded right after rooming, before the provider's visit. */
export function hasStandingEcgOrder(patient: ScenarioPatient): boolean {
  return patient.orders.some((order) => order.testId === ECG_TEST_ID && order.ecg?.standing === true);
}

/** How the patient's ECG order plays out (the first ECG order's, defaults where it says nothing). */
export function ecgOrderOf(patient: ScenarioPatient): ScenarioOrderEcg {
  return patient.orders.find((order) => order.testId === ECG_TEST_ID)?.ecg ?? PLAIN_ECG_ORDER;
}

/** The last tracing recorded, or null. */
export function lastTracing(context: Pick<EcgContext, 'tracings'>): RecordedTracing | null {
  return context.tracings.at(-1) ?? null;
}

/** Whether electrodes are on the patient now. */
export function electrodesOn(context: Pick<EcgContext, 'placements' | 'electrodesRemoved'>): boolean {
  return !context.electrodesRemoved && Object.keys(context.placements).length > 0;
}

/**
 * Where the patient at the ECG bed stands once the tracing is in the provider's hands: the
 * electrodes still to come off, or the bed to finish at (the playtest: the card still said
 * "Record the ordered 12-lead ECG" after the hand-over). Null before the hand-over, when the
 * stage's own words say it.
 */
export function ecgNow(snapshot: AnyMachineSnapshot): StageNow | null {
  if (!snapshot.matches('working')) return null;
  const context = snapshot.context as EcgContext;
  if (context.handedOver === null) return null;
  return electrodesOn(context)
    ? { task: 'Tracing with the provider: take the electrodes off, then finish', badge: 'Finish ECG' }
    : { task: 'Tracing with the provider: finish at the ECG bed', badge: 'Finish ECG' };
}

/** A rule's input: who and when, with the rule's own details. */
export function subject<Details extends object>(context: EcgContext, details: Details): CheckSubject & Details {
  return Object.assign({ patientId: context.patient.id, patientName: displayName(context.patient), minute: context.env.now() }, details);
}

/** Journals a step's checks: a pass as well as a miss. */
export function record(env: DayEnvironment, checks: Check | readonly Check[]): void {
  for (const check of Array.isArray(checks) ? checks : [checks]) env.journal.check(check);
}

/** One step of the ECG workflow's bookkeeping for a trainee action. */
export type EcgStep = WorkflowStep<EcgContext, EcgEvent>;

/** One guard of the ECG workflow: whether the event fits the context now. */
export type EcgGuard = (args: { readonly context: EcgContext; readonly event: EcgEvent }) => boolean;
