/**
 * What the education workflow knows: the context its steps read and change, the plan and
 * the chart's notes it teaches from, how the patient answers a teach-back, and the helpers
 * that journal a check.
 */
import type { DayEnvironment } from '../../domain/day-environment';
import { displayName } from '../../domain/patient';
import { materialById, suitableReadingGrade } from '../../reference/education/materials';
import type { EducationLanguage, EducationTopic } from '../../reference/education/terms';
import type { ScenarioPatient, ScenarioPatientEducation } from '../../scenario/scenario.schema';
import type { Check } from '../../scoring/finding';
import type { CheckSubject } from '../shared/patient-contact';
import type { WorkflowInput } from '../workflow';
import type { WorkflowStep } from '../workflow-steps';
import type { EducationAction } from './education.actions';

/** Events the education machine receives: the trainee's actions. */
export type EducationEvent = EducationAction;

/** One leaflet given, and the topic it is on. */
export interface GivenMaterial {
  readonly materialId: string;
  readonly topic: EducationTopic;
}

/** One teach-back: the topic asked about, and whether the patient said it back rightly. */
export interface TeachBack {
  readonly topic: EducationTopic;
  readonly understood: boolean;
  readonly atMinute: number;
}

/** What the education workflow knows. */
export interface EducationContext extends WorkflowInput {
  /** The provider's plan for education. */
  readonly plan: ScenarioPatientEducation;
  /** The patient's preferred language, as the chart has it. */
  readonly language: EducationLanguage;
  /** The highest reading grade that suits the patient. */
  readonly maxGrade: number;
  /** The leaflets given, in order. */
  readonly given: readonly GivenMaterial[];
  /** The teach-backs, in order. */
  readonly teachBacks: readonly TeachBack[];
  /** The topics taught again after a teach-back that came out wrong. */
  readonly retaught: readonly EducationTopic[];
  /** What became of the patient's question: passed to the provider, answered by the MA, or not yet (null). */
  readonly questionHandled: 'routed' | 'answered' | null;
}

/** Whether the provider's plan gives the patient education: the education workflow's work. */
export function hasEducation(patient: ScenarioPatient): boolean {
  return patient.education !== undefined && patient.education.topics.length > 0;
}

/** The patient's preferred language for health information (English when the chart notes none). */
export function preferredLanguageOf(patient: ScenarioPatient): EducationLanguage {
  return patient.preferredLanguage ?? 'en';
}

/** The highest reading grade that suits the patient. */
export function maxGradeOf(patient: ScenarioPatient): number {
  return suitableReadingGrade(patient.readingNeeds);
}

/** The provider's plan for the patient's education (empty when there is none: the workflow then does not run, `hasEducation`). */
export function planOf(patient: ScenarioPatient): ScenarioPatientEducation {
  return patient.education ?? { topics: [] };
}

/** The last teach-back on a topic, or null. */
export function lastTeachBack(context: Pick<EducationContext, 'teachBacks'>, topic: EducationTopic): TeachBack | null {
  return context.teachBacks.findLast((teachBack) => teachBack.topic === topic) ?? null;
}

/** Whether a leaflet on the topic has been given. */
export function topicGiven(context: Pick<EducationContext, 'given'>, topic: EducationTopic): boolean {
  return context.given.some((given) => given.topic === topic);
}

/**
 * How the patient says the topic back: muddled at first where the scenario says so, right
 * once it has been taught again; right at once otherwise.
 */
export function saysBackRightly(context: Pick<EducationContext, 'plan' | 'retaught'>, topic: EducationTopic): boolean {
  return !(context.plan.muddledAtFirst ?? []).includes(topic) || context.retaught.includes(topic);
}

/** Whether the patient has asked their question: they ask it once the leaflet on its topic has been given. */
export function questionAsked(context: Pick<EducationContext, 'plan' | 'given'>): boolean {
  return context.plan.asksAbout !== undefined && topicGiven(context, context.plan.asksAbout);
}

/** Whether the patient's question waits for an answer. */
export function questionWaiting(context: Pick<EducationContext, 'plan' | 'given' | 'questionHandled'>): boolean {
  return questionAsked(context) && context.questionHandled === null;
}

/** The topic of a leaflet on the shelf (the schema lets only the shelf's ids in). */
export function topicOfMaterial(materialId: string): EducationTopic | null {
  return materialById(materialId)?.topic ?? null;
}

/** A rule's input: who and when, with the rule's own details. */
export function subject<Details extends object>(context: EducationContext, details: Details): CheckSubject & Details {
  return Object.assign({ patientId: context.patient.id, patientName: displayName(context.patient), minute: context.env.now() }, details);
}

/** Journals a step's checks: a pass as well as a miss. */
export function record(env: DayEnvironment, checks: Check | readonly Check[]): void {
  for (const check of Array.isArray(checks) ? checks : [checks]) env.journal.check(check);
}

/** One step of the education workflow's bookkeeping for a trainee action. */
export type EducationStep = WorkflowStep<EducationContext, EducationEvent>;

/** One guard of the education workflow: whether the event fits the context now. */
export type EducationGuard = (args: { readonly context: EducationContext; readonly event: EducationEvent }) => boolean;
