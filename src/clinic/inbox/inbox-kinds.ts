/**
 * The kinds of inbox item, each as a descriptor: what its scenario data is, which work it
 * accepts in which state of that work, what it judges as the work is done and when it is
 * marked done, and its words. The item's machine (`inbox-item.machine.ts`) is the same for
 * every kind; a new kind (a refill request, tomorrow's confirmations) is a new descriptor here.
 */
import type { EmergencySymptom, Scenario, ScenarioAppointmentConfirmation, ScenarioInboxItem, ScenarioPatientMessage, ScenarioReleaseOnFile, ScenarioResultNote } from '../../scenario/scenario.schema';
import { formatMinutesOfDay, minutesOfDay } from '../../scenario/clock-time';
import { type Check, missed, passed } from '../../scoring/finding';
import { fullName, type PersonName } from '../../domain/patient';
import { normalizeName } from '../../workflows/shared/patient-identity';
import type { ConfirmationMessage, InboxWorkAction, MessageReply, TellWords, VoicemailContent } from './inbox.actions';
import {
  bookUpdatedRule,
  documentationRule,
  dueRule,
  emergencyRule,
  identifyRule,
  leftUndoneRule,
  releasedOnlyRule,
  resultToUnauthorisedRule,
  scopeChangesCareRule,
  scopeRule,
  unfinishedInboxRule,
  voicemailRule,
} from './inbox.rules';
import { NO_REFILL_WORK, REFILL_REQUEST, type RefillWork, withRefillAction } from './refill-kind';
import { EDUCATION_MATERIALS, type EducationMaterial, materialById, suitableReadingGrade } from '../../reference/education/materials';
import type { EducationLanguage } from '../../reference/education/terms';
import { resultEducationTopic } from '../../scenario/result-education';
import { materialMatchCheck } from '../../workflows/shared/education-match';
import { slotSuits } from './slot-answer';

/** The chart the MA reads beside an item: a patient of today's, or one of the scenario's charts. */
export interface InboxChart {
  readonly id: string;
  readonly name: PersonName;
  readonly dateOfBirth: string;
  readonly phone: string;
  readonly releaseOfInformation: readonly ScenarioReleaseOnFile[];
  /** The language the patient prefers for health information (English unless the chart says otherwise). */
  readonly preferredLanguage: EducationLanguage;
  /** The chart's note of how the patient reads, if any. */
  readonly readingNeeds: { readonly maxGrade: number; readonly note: string } | undefined;
}

/** The chart of the patient an item concerns (the scenario checks that there is one). */
export function inboxChart(scenario: Scenario, patientId: string): InboxChart | undefined {
  const chart = scenario.patients.find((p) => p.id === patientId) ?? scenario.charts?.find((c) => c.id === patientId);
  if (!chart) return undefined;
  return { id: chart.id, name: chart.name, dateOfBirth: chart.dateOfBirth, phone: chart.phone, releaseOfInformation: chart.releaseOfInformation ?? [], preferredLanguage: chart.preferredLanguage ?? 'en', readingNeeds: chart.readingNeeds };
}

/** The chart's release of information for a person, by name, or null. */
export function releaseFor(chart: InboxChart | undefined, personName: string): ScenarioReleaseOnFile | null {
  return chart?.releaseOfInformation.find((entry) => normalizeName(entry.name) === normalizeName(personName)) ?? null;
}

/** The clinic as a message left for a patient names it: its name and its call-back number (`clinic.phone`). */
export type ClinicContact = Pick<Scenario['clinic'], 'name' | 'phone'>;

/** " at 555-555-0100": the clinic's call-back number as a message says it (scenario:check requires it of a scenario with an inbox). */
function callBackNumber(clinic: ClinicContact): string {
  return clinic.phone === undefined ? '' : ` at ${clinic.phone}`;
}

/**
 * The minimum-necessary message for a voicemail: the clinic's name, whom it calls for (the
 * first name the number's owner already knows) and a number to call back, and nothing about
 * the patient's care (45 CFR 164.502(b); HHS FAQ 198 on leaving messages).
 */
export function callBackWords(clinic: ClinicContact, chart: InboxChart | undefined): string {
  return `This is ${clinic.name} calling for ${chart?.name.given ?? 'the patient'}. Please call us back${callBackNumber(clinic)}.`;
}

/**
 * What the MA says to a person the chart does not let hear a result: no result, and nothing
 * that says whose information it is or that there is any; only the clinic's name and number,
 * left as a request for a call back (the minimum necessary, 45 CFR 164.502(b)).
 */
export function withheldWords(clinic: ClinicContact): string {
  return `I’m sorry, I’m not able to discuss anyone’s health information without their permission. Could you pass on that ${clinic.name} called, and ask for a call back${callBackNumber(clinic)}?`;
}

/** What has been done on an item so far. */
export interface InboxWork {
  readonly callPlaced: boolean;
  readonly identified: boolean;
  readonly told: TellWords | null;
  readonly withheld: boolean;
  readonly voicemail: VoicemailContent | null;
  readonly noAnswer: boolean;
  readonly question: 'routed' | 'answered' | null;
  readonly emergencyDirected: boolean;
  /** True once a person describing an emergency on a call was told to come in later instead of calling 911. */
  readonly emergencyDeferred: boolean;
  readonly booked: { readonly date: string; readonly time: string } | null;
  /** The leaflet sent through the portal (its id on the clinic's shelf), or null. */
  readonly educationSent: string | null;
  readonly routed: boolean;
  readonly replied: boolean;
  /** What the MA wrote back to a portal message themselves, or null. */
  readonly reply: MessageReply | null;
  readonly documented: boolean;
  /** A refill request's own work (`refill-kind.ts`). */
  readonly refill: RefillWork;
  /** What became of tomorrow's appointment on a confirmation call, or null. */
  readonly confirmation: 'confirmed' | 'rescheduled' | 'cancelled' | null;
  /** The slot a rescheduled appointment moved to, or null. */
  readonly rescheduledTo: { readonly date: string; readonly time: string } | null;
  /** The message left about tomorrow's appointment (voicemail, or with someone without a release), or null. */
  readonly message: ConfirmationMessage | null;
}

/** Nothing done yet. */
export const NO_WORK: InboxWork = {
  callPlaced: false,
  identified: false,
  told: null,
  withheld: false,
  voicemail: null,
  noAnswer: false,
  question: null,
  emergencyDirected: false,
  emergencyDeferred: false,
  booked: null,
  educationSent: null,
  routed: false,
  replied: false,
  reply: null,
  documented: false,
  refill: NO_REFILL_WORK,
  confirmation: null,
  rescheduledTo: null,
  message: null,
};

/** The work after one more action. */
export function withAction(work: InboxWork, action: InboxWorkAction): InboxWork {
  switch (action.type) {
    case 'call.placed':
      return { ...work, callPlaced: true };
    case 'caller.identified':
      return { ...work, identified: true };
    case 'result.told':
      return { ...work, told: action.words };
    case 'result.withheld':
      return { ...work, withheld: true };
    case 'voicemail.left':
      return { ...work, voicemail: action.content };
    case 'no-answer.recorded':
      return { ...work, noAnswer: true };
    case 'question.routed':
      return { ...work, question: 'routed' };
    case 'question.answered':
      return { ...work, question: 'answered' };
    case 'emergency.directed':
      // Telling a patient to call 911 is a call, whether the MA placed it or the patient was already on the line.
      return { ...work, emergencyDirected: true, callPlaced: true };
    case 'emergency.deferred':
      return { ...work, emergencyDeferred: true };
    case 'visit.booked':
      return { ...work, booked: { date: action.date, time: action.time } };
    case 'education.sent':
      return { ...work, educationSent: action.materialId };
    case 'message.routed':
      return { ...work, routed: true };
    case 'message.replied':
      return { ...work, replied: true, reply: action.reply };
    case 'call.documented':
      return { ...work, documented: true };
    case 'refill.patient-told':
      // Telling the patient where a refill stands is a call (or a portal message) to document.
      return { ...work, callPlaced: true, refill: withRefillAction(work.refill, action) };
    case 'refill.gathered':
    case 'refill.routed':
    case 'refill.approved-by-ma':
    case 'refill.dose-changed':
      return { ...work, refill: withRefillAction(work.refill, action) };
    case 'confirmation.confirmed':
      return { ...work, confirmation: 'confirmed' };
    case 'confirmation.rescheduled':
      return { ...work, confirmation: 'rescheduled', rescheduledTo: { date: action.date, time: action.time } };
    case 'confirmation.cancelled':
      return { ...work, confirmation: 'cancelled' };
    case 'confirmation.message-left':
      return { ...work, message: action.content };
  }
}

/** Where and when a judgement is made, and about whom. */
export interface JudgeAt<Item extends ScenarioInboxItem = ScenarioInboxItem> {
  readonly item: Item;
  readonly chart: InboxChart | undefined;
  readonly scenario: Scenario;
  readonly minute: number;
}

/** One kind of inbox item. */
export interface InboxKind<Item extends ScenarioInboxItem> {
  readonly kind: Item['kind'];
  /** The inbox list's line for the item: who it is from and what it is about. */
  summary(item: Item, chart: InboxChart | undefined): string;
  /** True for an item that can never be handed over to the next shift (an emergency message). */
  urgent(item: Item): boolean;
  /** The emergency the item holds, if any (judged by `inbox.emergency` when it is done or the day ends). */
  emergency(item: Item): EmergencySymptom | null;
  /** True when the item takes the action in this state of its work. */
  accepts(item: Item, chart: InboxChart | undefined, work: InboxWork, action: InboxWorkAction): boolean;
  /** The checks the action records as it is taken. */
  judgeAction(at: JudgeAt<Item>, work: InboxWork, action: InboxWorkAction): Check[];
  /** What the item still needs before it is done, each as a phrase ("the result was never given"); empty when done. */
  missing(item: Item, chart: InboxChart | undefined, work: InboxWork): string[];
  /** The kind's own checks as the item is marked done (a refill: routed, the patient told, the visit booked; a confirmation: the book updated). */
  judgeCompletion?(at: JudgeAt<Item>, work: InboxWork): Check[];
  /** What `judgeCompletion` would find missed if the item were marked done now, each as a phrase ("the book still holds the old slot"): the same predicates, for the station's "what is left". */
  completionGaps?(at: JudgeAt<Item>, work: InboxWork): string[];
  /** True for a kind whose "what is left" shows from the moment it is opened (a refill: the facts to gather and the routing come before any call). */
  readonly leftFromTheStart?: boolean;
  /** When the item must be written in the chart, and the finding's words when it was not; absent: when a call was placed. */
  readonly documentation?: {
    needed(item: Item, work: InboxWork): boolean;
    gap(item: Item, chart: InboxChart | undefined): string;
  };
}

/** The words for an emergency as the person describes it. */
export const EMERGENCY_WORDS: Readonly<Record<EmergencySymptom, string>> = {
  'chest-pain': 'chest pain and pressure spreading to the arm',
  'stroke-signs': 'one side of the face drooping and slurred speech',
  breathing: 'trouble breathing',
};

/** What the person on a call asks, in their words. */
export const QUESTION_WORDS: Readonly<Record<NonNullable<ScenarioResultNote['question']>, string>> = {
  interpret: '"Is that bad? What does it mean?"',
  'dose-change': '"Can I just double my dose instead?"',
};

/** The provider's instruction, in the inbox's words. */
export const INSTRUCTION_WORDS: Readonly<Record<ScenarioResultNote['instruction'], string>> = {
  'tell-normal': 'Normal: tell the patient',
  'book-visit': 'Call to book a visit to discuss',
  'start-medication': 'Start the medication (sent to the pharmacy); send the education material',
};

/** Who answers a result call, as the person on the line: the patient, or the named person with the chart's release for them. */
export interface Answerer {
  readonly live: boolean;
  readonly name: string;
  readonly isPatient: boolean;
  readonly release: ScenarioReleaseOnFile | null;
}

/** Who picks up the MA's call about a result (or about tomorrow's appointment). */
export function answererOf(item: Pick<ScenarioResultNote, 'answeredBy' | 'patientId'>, chart: InboxChart | undefined): Answerer {
  const answered = item.answeredBy;
  if (answered.kind === 'patient') return { live: true, name: chart ? fullName(chart.name) : item.patientId, isPatient: true, release: null };
  if (answered.kind === 'person') return { live: true, name: answered.name, isPatient: false, release: releaseFor(chart, answered.name) };
  return { live: false, name: answered.kind === 'voicemail' ? 'voicemail' : 'nobody', isPatient: false, release: null };
}

/** True when the person on the line may hear the result: the patient, or a person the chart has a release for. */
export function mayHearResult(answerer: Answerer): boolean {
  return answerer.live && (answerer.isPatient || answerer.release !== null);
}

function patientLabel(at: { readonly chart: InboxChart | undefined; readonly item: ScenarioInboxItem }): string {
  return at.chart ? `${at.chart.name.given} ${at.chart.name.family}` : at.item.patientId;
}

/**
 * `inbox.identify`, as something about the patient is said on a call (a result, an
 * appointment, a refill): two identifiers confirmed first, or the finding that says what
 * was said to whom without them. Shared by every call the inbox makes.
 */
export function identityCheck(at: JudgeAt, work: InboxWork, said: { readonly what: string; readonly about: string }): Check {
  if (work.identified) return passed(identifyRule, at.item.patientId, at.minute);
  return missed(identifyRule, {
    patientId: at.item.patientId,
    atMinute: at.minute,
    message: `${said.what}, without first confirming two identifiers.`,
    remedy: `When the call is answered, ask for the patient's full name and date of birth and check them against the chart before discussing ${said.about}.`,
  });
}

/** The words for a question only the provider may answer: what the person asked, in the finding's words. */
const QUESTION_ASKED: Readonly<Record<NonNullable<ScenarioResultNote['question']>, (subject: string) => string>> = {
  interpret: (subject) => `what the ${subject} result means`,
  'dose-change': () => 'whether to double the dose',
};

/**
 * `inbox.scope` on a question only the provider may answer (what a result means; whether
 * to double a dose, weighed as critical): passed to the provider, or answered by the MA.
 * Shared by the result call and the refill call.
 */
export function questionCheck(at: JudgeAt, action: Extract<InboxWorkAction, { type: 'question.routed' | 'question.answered' }>, question: NonNullable<ScenarioResultNote['question']>, subject: string): Check {
  const rule = question === 'dose-change' ? scopeChangesCareRule : scopeRule;
  if (action.type === 'question.routed') return passed(rule, at.item.patientId, at.minute);
  return missed(rule, {
    patientId: at.item.patientId,
    atMinute: at.minute,
    message: `The MA answered ${patientLabel(at)}'s question about ${QUESTION_ASKED[question](subject)} instead of passing it to the provider.`,
    remedy: question === 'dose-change'
      ? 'Say that only the provider decides a dose: "Keep taking it as prescribed; I will send your question to the provider now, and we will call you with the answer." Then send it with the patient\'s words.'
      : 'Say that the provider will answer that question, send it to the provider with the patient\'s words, and tell the patient when to expect the answer.',
  });
}

function checkTold(at: JudgeAt<ScenarioResultNote>, work: InboxWork, words: TellWords): Check[] {
  const answerer = answererOf(at.item, at.chart);
  const name = patientLabel(at);
  const checks: Check[] = [];
  checks.push(identityCheck(at, work, { what: `${name}'s ${at.item.test} result was given to ${answerer.name}`, about: 'a result' }));
  checks.push(
    mayHearResult(answerer)
      ? passed(resultToUnauthorisedRule, at.item.patientId, at.minute)
      : missed(resultToUnauthorisedRule, {
          patientId: at.item.patientId,
          atMinute: at.minute,
          message: `${name}'s ${at.item.test} result was given to ${answerer.name}, although the chart has no release of information for them.`,
          remedy: `Check the chart's release of information before giving a result. To ${answerer.name}, say only that the clinic called for ${at.chart?.name.given ?? 'the patient'} and ask that they call back; give nothing about the test.`,
        }),
  );
  checks.push(
    words === 'as-released'
      ? passed(releasedOnlyRule, at.item.patientId, at.minute)
      : missed(releasedOnlyRule, {
          patientId: at.item.patientId,
          atMinute: at.minute,
          message: `${name}'s ${at.item.test} result (${at.item.value}) was given with the MA's own reading added ("that's fine, nothing to worry about") beyond the provider's released words.`,
          remedy: `Give the provider's released words and nothing more: "${at.item.released}". A question about what it means goes to the provider.`,
        }),
  );
  return checks;
}

/** What the patient on an item can read: the chart's language, and the highest reading grade that suits them (the 8th at most). */
export function readerOf(chart: InboxChart | undefined): { readonly language: EducationLanguage; readonly maxGrade: number } {
  return { language: chart?.preferredLanguage ?? 'en', maxGrade: suitableReadingGrade(chart?.readingNeeds) };
}

/** The leaflets the MA chooses among for a result's education: every one on the shelf on the plan's topic, in the shelf's order. */
export function educationChoices(item: Pick<ScenarioResultNote, 'instruction' | 'educationTopic' | 'released'>): EducationMaterial[] {
  const topic = resultEducationTopic(item);
  return topic === null ? [] : EDUCATION_MATERIALS.filter((material) => material.topic === topic);
}

/** `education.match` on the leaflet sent through the portal: on the plan's topic, in the chart's language, at a reading grade that suits the patient. */
function educationCheck(at: JudgeAt<ScenarioResultNote>, materialId: string): Check[] {
  const topic = resultEducationTopic(at.item);
  const material = materialById(materialId);
  if (topic === null || material === undefined) return [];
  return [materialMatchCheck({ patientId: at.item.patientId, patientName: patientLabel(at), minute: at.minute, material, planTopics: [topic], ...readerOf(at.chart) })];
}

/** A result the provider released, to be given to the patient by phone. */
export const RESULT_NOTE: InboxKind<ScenarioResultNote> = {
  kind: 'result-note',
  summary: (item, chart) => `Result: ${item.test} for ${chart ? `${chart.name.given} ${chart.name.family}` : item.patientId} (${INSTRUCTION_WORDS[item.instruction]})`,
  urgent: () => false,
  emergency: (item) => item.emergency ?? null,
  accepts(item, chart, work, action) {
    const answerer = answererOf(item, chart);
    const onLive = work.callPlaced && answerer.live;
    switch (action.type) {
      case 'call.placed':
        return !work.callPlaced;
      case 'caller.identified':
        return onLive && !work.identified;
      case 'result.told':
      case 'result.withheld':
        return onLive && work.told === null && !work.withheld;
      case 'voicemail.left':
        return work.callPlaced && item.answeredBy.kind === 'voicemail' && work.voicemail === null;
      case 'no-answer.recorded':
        return work.callPlaced && item.answeredBy.kind === 'no-answer' && !work.noAnswer;
      case 'question.routed':
      case 'question.answered':
        return item.question !== undefined && work.told !== null && work.question === null;
      case 'emergency.directed':
        // Only a person who has described an emergency on the line is sent to 911: on a routine call it is no step at all.
        return item.emergency !== undefined && onLive && !work.emergencyDirected;
      case 'emergency.deferred':
        // The novice's answer to an emergency described on the line: as much a choice as 911, offered only there.
        return item.emergency !== undefined && onLive && !work.emergencyDirected && !work.emergencyDeferred;
      case 'visit.booked':
        // A slot the patient said does not work is not booked: the MA offers another.
        return item.instruction === 'book-visit' && onLive && work.booked === null && slotSuits(item.availability, action.date, action.time);
      case 'education.sent':
        return item.instruction === 'start-medication' && work.educationSent === null && materialById(action.materialId) !== undefined;
      case 'call.documented':
        return work.callPlaced && !work.documented;
      case 'message.routed':
      case 'message.replied':
      case 'refill.gathered':
      case 'refill.routed':
      case 'refill.approved-by-ma':
      case 'refill.dose-changed':
      case 'refill.patient-told':
      case 'confirmation.confirmed':
      case 'confirmation.rescheduled':
      case 'confirmation.cancelled':
      case 'confirmation.message-left':
        return false;
    }
  },
  judgeAction(at, work, action) {
    const name = patientLabel(at);
    switch (action.type) {
      case 'result.told':
        return checkTold(at, work, action.words);
      case 'result.withheld':
        return mayHearResult(answererOf(at.item, at.chart)) ? [] : [passed(resultToUnauthorisedRule, at.item.patientId, at.minute)];
      case 'voicemail.left':
        return [
          action.content === 'call-back-only'
            ? passed(voicemailRule, at.item.patientId, at.minute)
            : missed(voicemailRule, {
                patientId: at.item.patientId,
                atMinute: at.minute,
                message: `A voicemail for ${name} named the ${at.item.test} and its result; anyone in the household may hear it.`,
                remedy: "Leave only the clinic's name and number and ask the patient to call back; give the result when the patient calls and has confirmed two identifiers.",
              }),
        ];
      case 'question.routed':
      case 'question.answered':
        return at.item.question === undefined ? [] : [questionCheck(at, action, at.item.question, at.item.test)];
      case 'education.sent':
        return educationCheck(at, action.materialId);
      default:
        return [];
    }
  },
  missing(item, chart, work) {
    const answerer = answererOf(item, chart);
    const gaps: string[] = [];
    if (!work.callPlaced) return ['nobody was called about the result'];
    // A person sent to 911 is not read a result: the emergency ended the call, and the provider has it.
    if (work.emergencyDirected) return work.told === null ? [] : gaps;
    if (answerer.live && work.told === null && !work.withheld) gaps.push('the result was never given');
    if (answerer.live && mayHearResult(answerer) && work.told === null && work.withheld) gaps.push('the result was withheld from a person the chart allows to hear it');
    if (item.answeredBy.kind === 'voicemail' && work.voicemail === null) gaps.push('no voicemail was left');
    if (item.answeredBy.kind === 'no-answer' && !work.noAnswer) gaps.push('the unanswered call was not recorded');
    if (item.question !== undefined && work.told !== null && work.question === null) gaps.push("the patient's question was left unanswered and not passed to the provider");
    if (item.instruction === 'book-visit' && mayHearResult(answerer) && work.booked === null) gaps.push('the visit the provider asked for was not booked');
    if (item.instruction === 'start-medication' && work.educationSent === null) gaps.push('the education material was not sent');
    return gaps;
  },
};

/** A message from the patient through the portal, for the MA to triage. */
export const PATIENT_MESSAGE: InboxKind<ScenarioPatientMessage> = {
  kind: 'patient-message',
  summary: (item, chart) => `Message from ${chart ? `${chart.name.given} ${chart.name.family}` : item.patientId}: ${item.subject}`,
  urgent: (item) => item.concern === 'emergency',
  // scenario:check requires an emergency message's symptom; a message read without one is still an emergency.
  emergency: (item) => (item.concern === 'emergency' ? (item.symptom ?? 'chest-pain') : null),
  accepts(item, _chart, work, action) {
    const triaged = work.routed || work.replied || work.emergencyDirected;
    switch (action.type) {
      case 'message.routed':
        return !triaged;
      case 'message.replied':
        // The clinic's answer only where the scenario gives one; an appointment instead of 911 only to a message describing an emergency.
        return !triaged && (action.reply !== 'clinic-answer' || item.reply !== undefined) && (action.reply !== 'come-in-today' || item.concern === 'emergency');
      case 'emergency.directed':
        // Only a message that describes an emergency has its patient sent to 911.
        return !triaged && item.concern === 'emergency';
      case 'call.documented':
        return work.callPlaced && !work.documented;
      default:
        return false;
    }
  },
  judgeAction(at, _work, action) {
    // An emergency message is judged by `inbox.emergency` (911 in its window, or not), whatever was written instead.
    if (at.item.concern === 'emergency') return [];
    if (at.item.concern === 'admin') {
      if (action.type !== 'message.replied') return [];
      if (action.reply === 'clinic-answer') return [passed(scopeRule, at.item.patientId, at.minute)];
      return [
        missed(scopeRule, {
          patientId: at.item.patientId,
          atMinute: at.minute,
          message: `The MA wrote back to ${patientLabel(at)}'s message ("${at.item.subject}") ${action.reply === 'reassure' ? 'with a reassurance of their own ("nothing to worry about")' : 'with advice the provider had not given ("go ahead, that should be fine")'} instead of the clinic's answer.`,
          remedy: at.item.reply === undefined ? 'Write back only what the clinic has approved for the MA to say; anything about symptoms, results or treatment goes to the provider.' : `Write the clinic's answer: "${at.item.reply}" Anything about symptoms, results or treatment goes to the provider.`,
        }),
      ];
    }
    if (action.type === 'message.routed') return [passed(scopeRule, at.item.patientId, at.minute)];
    if (action.type !== 'message.replied') return [];
    return [
      missed(scopeRule, {
        patientId: at.item.patientId,
        atMinute: at.minute,
        message: `The MA answered ${patientLabel(at)}'s question for the provider ("${at.item.subject}") instead of sending it to the provider.`,
        remedy: 'Send a clinical question to the provider with the patient\'s words, and tell the patient it has gone to the provider and when to expect an answer.',
      }),
    ];
  },
  missing(item, _chart, work) {
    if (item.concern === 'emergency') return [];
    return work.routed || work.replied || work.emergencyDirected ? [] : ['the message was neither answered nor sent to the provider'];
  },
};

/** What the MA writes back to a portal message, in their words: the clinic's approved answer, or the tempting wrong one. */
export function replyWords(item: ScenarioPatientMessage, reply: MessageReply): string {
  switch (reply) {
    case 'clinic-answer':
      return item.reply ?? '';
    case 'reassure':
      return 'Thanks for your message. That sounds like nothing to worry about; it should settle on its own.';
    case 'advise':
      return 'Thanks for your message. Yes, go ahead, that should be fine; let us know if it gets worse.';
    case 'come-in-today':
      return 'Thanks for your message. We have a slot at 3 this afternoon: come in then and we will take a look.';
  }
}

/** What the novice says instead of 911 to a person describing an emergency on the line. */
export const EMERGENCY_DEFERRED_WORDS = 'It will probably pass. If it hasn’t by this afternoon, come in and we will take a look.';

/** What the MA says to a person describing an emergency, on the phone or calling back a portal message (AHA: call 911, do not drive in). */
export const EMERGENCY_DIRECTION_WORDS = 'Please hang up and call 911 now. Do not drive yourself in or wait for a call back: this can be a heart attack or a stroke, and minutes matter. I am telling the doctor at once.';

/** What a message about tomorrow's appointment says, in the MA's words: the clinic's call-back message, with the appointment's time or what it is for where the choice adds them. */
export function confirmationMessageWords(item: ScenarioAppointmentConfirmation, chart: InboxChart | undefined, clinic: ClinicContact, content: ConfirmationMessage): string {
  const given = chart?.name.given ?? 'the patient';
  if (content === 'call-back-only') return callBackWords(clinic, chart);
  const when = `tomorrow at ${item.appointment.time}`;
  if (content === 'appointment-time') return `This is ${clinic.name} calling for ${given} about an appointment ${when}. Please call us back${callBackNumber(clinic)} to confirm.`;
  return `This is ${clinic.name} calling for ${given} to confirm the ${item.reason.toLowerCase()} visit ${when}. Please call us back${callBackNumber(clinic)}.`;
}

/** The appointment as the book and the MA say it: "Thursday's 09:00 follow-up". */
function appointmentLabel(item: ScenarioAppointmentConfirmation): string {
  return `appointment tomorrow (${item.appointment.date}) at ${item.appointment.time}`;
}

/**
 * Why no message is left about tomorrow's appointment with the person on the line, or null
 * where one may be: a person the chart's release of information names may hear about the
 * appointment and act for the patient (45 CFR 164.510(b); a personal representative stands
 * in the patient's place), so the MA confirms, moves or cancels with them; a message is for a
 * voicemail or for someone the chart does not name.
 */
export function noMessageWhy(item: ScenarioAppointmentConfirmation, chart: InboxChart | undefined): string | null {
  const answerer = answererOf(item, chart);
  if (!answerer.live || answerer.isPatient || answerer.release === null) return null;
  const given = chart?.name.given ?? 'the patient';
  return `No message to leave: ${answerer.name} is on ${given}’s release of information (${answerer.release.relationship.toLowerCase()}), so may hear about the appointment and act for ${given}. Ask for the two identifiers and change the book as ${answerer.name} asks. A message is for a voicemail, or for someone the chart does not name.`;
}

/** True when a message left about tomorrow's appointment is within the clinic's policy and HHS's minimum for messages. */
export function messageAllowed(scenario: Scenario, content: ConfirmationMessage): boolean {
  return content === 'call-back-only' || (content === 'appointment-time' && scenario.clinic.voicemailGivesAppointmentTime === true);
}

/**
 * True once the person on the line has said what they want for tomorrow's appointment: as the
 * call log shows it, after they gave the two identifiers (or once the book was changed
 * anyway). Before that, nothing the station says may tell the trainee what they want.
 */
export function wishHeard(item: ScenarioAppointmentConfirmation, chart: InboxChart | undefined, work: InboxWork): boolean {
  return work.callPlaced && mayHearResult(answererOf(item, chart)) && (work.identified || work.confirmation !== null);
}

/** The book change the person on the line asked for and that is not yet made, as a phrase, or null: nothing is asked of the book (nobody who may act for the patient is on the line) or it was done as asked. `inbox.book-updated` is judged on it. */
function bookGap(at: JudgeAt<ScenarioAppointmentConfirmation>, work: InboxWork): string | null {
  const answerer = answererOf(at.item, at.chart);
  if (!work.callPlaced || !mayHearResult(answerer)) return null;
  const wants = at.item.wants ?? 'confirm';
  const done = { confirm: 'confirmed', reschedule: 'rescheduled', cancel: 'cancelled' } as const;
  if (work.confirmation === done[wants]) return null;
  const who = answerer.isPatient ? patientLabel(at) : `${answerer.name}, for ${patientLabel(at)},`;
  const asked = { confirm: 'confirmed', reschedule: 'asked to move', cancel: 'asked to cancel' }[wants];
  const left =
    work.confirmation === null
      ? wants === 'reschedule'
        ? `the book still holds the old slot and no new one was booked`
        : wants === 'cancel'
          ? 'the appointment is still in the book, its slot taken'
          : 'the book does not show it confirmed'
      : `the appointment was ${work.confirmation} instead`;
  return `${who} ${asked} the ${appointmentLabel(at.item)}, but ${left}`;
}

function checkBookUpdated(at: JudgeAt<ScenarioAppointmentConfirmation>, work: InboxWork): Check[] {
  if (!work.callPlaced || !mayHearResult(answererOf(at.item, at.chart))) return [];
  const gap = bookGap(at, work);
  if (gap === null) return [passed(bookUpdatedRule, at.item.patientId, at.minute)];
  const remedy = {
    confirm: 'Mark the appointment confirmed in the book while the patient is on the line, reading the date and time back.',
    reschedule: 'Open the appointment book, book the slot the patient can make (the old one frees), and read the new date and time back before ending the call.',
    cancel: 'Cancel the appointment in the book while the patient is on the line, so its slot frees for someone else, and offer a new one.',
  }[at.item.wants ?? 'confirm'];
  return [missed(bookUpdatedRule, { patientId: at.item.patientId, atMinute: at.minute, message: `${gap}.`, remedy })];
}

/** One appointment on tomorrow's book to confirm by phone: confirm, move or cancel it as the patient asks, or leave a minimal message, or record no answer. */
export const APPOINTMENT_CONFIRMATION: InboxKind<ScenarioAppointmentConfirmation> = {
  kind: 'appointment-confirmation',
  summary: (item, chart) => `Confirm: ${chart ? `${chart.name.given} ${chart.name.family}` : item.patientId}, tomorrow at ${item.appointment.time}`,
  urgent: () => false,
  emergency: () => null,
  accepts(item, chart, work, action) {
    const answerer = answererOf(item, chart);
    const onLive = work.callPlaced && answerer.live;
    const mayAct = work.callPlaced && mayHearResult(answerer);
    switch (action.type) {
      case 'call.placed':
        return !work.callPlaced;
      case 'caller.identified':
        return onLive && !work.identified;
      case 'confirmation.confirmed':
      case 'confirmation.cancelled':
        return mayAct && work.confirmation === null;
      case 'confirmation.rescheduled':
        return mayAct && work.confirmation === null && slotSuits(item.availability, action.date, action.time);
      case 'confirmation.message-left':
        return work.callPlaced && work.message === null && (item.answeredBy.kind === 'voicemail' || (answerer.live && !mayHearResult(answerer)));
      case 'no-answer.recorded':
        return work.callPlaced && item.answeredBy.kind === 'no-answer' && !work.noAnswer;
      case 'call.documented':
        return work.callPlaced && !work.documented;
      default:
        return false;
    }
  },
  judgeAction(at, work, action) {
    const name = patientLabel(at);
    switch (action.type) {
      case 'confirmation.confirmed':
      case 'confirmation.rescheduled':
      case 'confirmation.cancelled': {
        const answerer = answererOf(at.item, at.chart);
        const done = { 'confirmation.confirmed': 'confirmed', 'confirmation.rescheduled': 'moved', 'confirmation.cancelled': 'cancelled' }[action.type];
        return [identityCheck(at, work, { what: `${name}'s ${appointmentLabel(at.item)} was ${done} with ${answerer.name} on the line`, about: 'the appointment' })];
      }
      case 'confirmation.message-left': {
        if (messageAllowed(at.scenario, action.content)) return [passed(voicemailRule, at.item.patientId, at.minute)];
        const where = at.item.answeredBy.kind === 'voicemail' ? 'A voicemail' : `A message left with ${answererOf(at.item, at.chart).name}`;
        const said = action.content === 'visit-details' ? `said what ${name}'s visit is for (${at.item.reason.toLowerCase()})` : `gave ${name}'s appointment time, which this clinic's policy keeps off messages`;
        return [
          missed(voicemailRule, {
            patientId: at.item.patientId,
            atMinute: at.minute,
            message: `${where} about tomorrow's appointment ${said}; ${at.item.answeredBy.kind === 'voicemail' ? 'anyone in the household may hear it' : 'the chart has no release of information for them'}.`,
            remedy: at.scenario.clinic.voicemailGivesAppointmentTime
              ? "Leave the clinic's name and number, the appointment's date and time at most, and a request to call back; never what the visit is for."
              : "Leave only the clinic's name and number and a request to call back; never what the visit is for.",
          }),
        ];
      }
      default:
        return [];
    }
  },
  missing(item, chart, work) {
    if (!work.callPlaced) return ['nobody was called about the appointment'];
    const answerer = answererOf(item, chart);
    const gaps: string[] = [];
    if (item.answeredBy.kind === 'voicemail' && work.message === null) gaps.push('no voicemail was left');
    if (answerer.live && !mayHearResult(answerer) && work.message === null) gaps.push(`no message was left with ${answerer.name}`);
    if (item.answeredBy.kind === 'no-answer' && !work.noAnswer) gaps.push('the unanswered call was not recorded');
    return gaps;
  },
  judgeCompletion: (at, work) => checkBookUpdated(at, work),
  completionGaps(at, work) {
    const gap = bookGap(at, work);
    if (gap === null) return [];
    // The playtester saw "Nora Quinn confirmed the appointment" while Nora had said only "Hello": what they want is not told before they have said it.
    if (wishHeard(at.item, at.chart, work)) return [gap];
    const answerer = answererOf(at.item, at.chart);
    return [`the ${appointmentLabel(at.item)} is not yet confirmed, moved or cancelled as ${answerer.name} asks: ask for the full name and date of birth, then hear what they want`];
  },
};

/** Every kind, by its `kind`. */
const KINDS: { readonly [K in ScenarioInboxItem['kind']]: InboxKind<Extract<ScenarioInboxItem, { kind: K }>> } = {
  'result-note': RESULT_NOTE,
  'patient-message': PATIENT_MESSAGE,
  'refill-request': REFILL_REQUEST,
  'appointment-confirmation': APPOINTMENT_CONFIRMATION,
};

/** The descriptor of an item's kind. */
export function kindOf(item: ScenarioInboxItem): InboxKind<ScenarioInboxItem> {
  return KINDS[item.kind] as unknown as InboxKind<ScenarioInboxItem>;
}

/** `inbox.due`: the item was finished (or handed over) by its due time. */
export function checkDue(at: JudgeAt): Check {
  const due = minutesOfDay(at.item.due);
  if (!pastMinute(at.minute, due)) return passed(dueRule, at.item.patientId, at.minute);
  return missed(dueRule, {
    patientId: at.item.patientId,
    atMinute: at.minute,
    message: `${kindOf(at.item).summary(at.item, at.chart)} was handled at ${formatMinutesOfDay(at.minute)}, after its due time of ${at.item.due}.`,
    remedy: 'Look at the inbox between patients and take its items in due order; the due time is the clinic\'s promise to the patient.',
  });
}

/**
 * True when `minute` (in the browser, part-way through a clinic minute) is past `due` as the
 * clock shows it: work done while the clock reads the due time itself is on time.
 */
function pastMinute(minute: number, due: number): boolean {
  return Math.floor(minute) > due;
}

/**
 * The minute by which an item's emergency must be acted on, or null: a portal message that
 * describes an emergency holds it from the moment it lands, so its due time is the clinic's
 * emergency window (the triage policy's minutes, e.g. 15). A result call's emergency is heard
 * only on the call, and is judged there.
 */
export function emergencyWindow(item: ScenarioInboxItem): number | null {
  return item.kind === 'patient-message' && kindOf(item).emergency(item) !== null ? minutesOfDay(item.due) : null;
}

/**
 * `inbox.emergency`: an item holding an emergency had the patient told to call 911 and the
 * provider told, and a message within the clinic's emergency window. `when`: as the patient
 * is directed (`directed`), as the window closes with nobody directed (`window`), as the item
 * is marked done, or at the day's end. A result call's emergency is judged only once the call
 * was placed: before that nobody could have heard it.
 */
export function checkEmergency(at: JudgeAt, work: InboxWork, when: 'directed' | 'deferred' | 'window' | 'done' | 'day-end'): Check | null {
  const symptom = kindOf(at.item).emergency(at.item);
  if (symptom === null) return null;
  const window = emergencyWindow(at.item);
  // An emergency heard only on a call is nobody's to act on until someone is on the line:
  // a call never made is judged as routine work left undone (`inbox.due`, the handover).
  const onCall = window === null;
  if (onCall && !work.callPlaced) return null;
  const late = window !== null && pastMinute(at.minute, window);
  if (work.emergencyDirected && !late) return passed(emergencyRule, at.item.patientId, at.minute);
  const where = at.item.kind === 'patient-message' ? `The portal message from ${patientLabel(at)} (arrived ${at.item.arrives}) described ${EMERGENCY_WORDS[symptom]}` : `On the call, ${patientLabel(at)} described ${EMERGENCY_WORDS[symptom]}`;
  const windowWords = `the clinic's emergency window (act by ${at.item.due}, this clinic's triage policy)`;
  const handled = {
    directed: `and the patient was told to call 911 only at ${formatMinutesOfDay(at.minute)}, past ${windowWords}`,
    deferred: 'and the patient was told to come in this afternoon instead of calling 911',
    window: `and nobody acted on it within ${windowWords}`,
    done: 'and it was handled as routine',
    'day-end': 'and nobody acted on it before the day ended',
  }[when];
  return missed(emergencyRule, {
    patientId: at.item.patientId,
    atMinute: at.minute,
    message: `${where}, ${handled}.`,
    remedy: onCall
      ? 'Listen to what the patient says on the call, whatever the call is about. A patient who describes chest pain, stroke signs or trouble breathing is told to call 911 now, before anything else (not to drive in, not to wait for a call back), and the provider is told at once; then document the call.'
      : 'Read every portal message as it arrives, whatever its subject line says. A patient who describes chest pain, stroke signs or trouble breathing is called at once and told to call 911 now, and the provider is told at once; then document the call.',
  });
}

/** What judging an item as it is marked done records: the emergency, whether it is all done, on time, and the call documented. */
export function completionChecks(at: JudgeAt, work: InboxWork, emergencyJudged = false): Check[] {
  const checks: Check[] = [];
  const emergency = emergencyJudged ? null : checkEmergency(at, work, 'done');
  if (emergency) checks.push(emergency);
  const gaps = kindOf(at.item).missing(at.item, at.chart, work);
  checks.push(
    gaps.length === 0
      ? passed(leftUndoneRule, at.item.patientId, at.minute)
      : missed(leftUndoneRule, {
          patientId: at.item.patientId,
          atMinute: at.minute,
          message: `${kindOf(at.item).summary(at.item, at.chart)} was marked done, but ${gaps.join(', and ')}.`,
          remedy: 'Before marking an item done, check the provider\'s instruction against what was done on it.',
        }),
  );
  // An emergency message's time is judged by its emergency window (`inbox.emergency`), not as routine follow-up.
  if (emergencyWindow(at.item) === null) checks.push(checkDue(at));
  const kind = kindOf(at.item);
  checks.push(...(kind.judgeCompletion?.(at, work) ?? []));
  if (needsDocumenting(at.item, work)) {
    checks.push(
      work.documented
        ? passed(documentationRule, at.item.patientId, at.minute)
        : missed(documentationRule, {
            patientId: at.item.patientId,
            atMinute: at.minute,
            message: kind.documentation?.gap(at.item, at.chart) ?? `The call to ${patientLabel(at)} about "${kind.summary(at.item, at.chart)}" was not written in the chart.`,
            remedy: 'Document every call before closing the item: who you spoke to (or that you left a message), what you said, and the time.',
          }),
    );
  }
  return checks;
}

/** True when the work on the item so far must be written in the chart before it is done: its kind says when, or else a call was placed. */
export function needsDocumenting(item: ScenarioInboxItem, work: InboxWork): boolean {
  const documentation = kindOf(item).documentation;
  return documentation ? documentation.needed(item, work) : work.callPlaced;
}

/** How an item not done stands at the day's end: never opened, set aside, or open in the station. */
export type UndoneAs = 'unread' | 'set-aside' | 'open';

/**
 * What the day's end records for an item not done: an emergency never acted on (unless its
 * window already judged it), and the item left undone, with what to do instead for how it
 * was left.
 */
export function dayEndChecks(at: JudgeAt, work: InboxWork, undone: UndoneAs, emergencyJudged = false): Check[] {
  const checks: Check[] = [];
  const emergency = emergencyJudged ? null : checkEmergency(at, work, 'day-end');
  if (emergency) checks.push(emergency);
  const urgent = kindOf(at.item).urgent(at.item);
  const how = { unread: 'never opened, and still in the inbox', 'set-aside': 'set aside, and still in the inbox', open: 'still open, unfinished,' }[undone];
  const gaps = kindOf(at.item).missing(at.item, at.chart, work);
  const left = undone === 'unread' || gaps.length === 0 ? '' : ` (${gaps.join('; ')})`;
  checks.push(
    missed(unfinishedInboxRule, {
      patientId: at.item.patientId,
      atMinute: at.minute,
      message: `${kindOf(at.item).summary(at.item, at.chart)} (due ${at.item.due}) was ${how} when the day ended${left}.`,
      remedy: urgent
        ? 'An emergency is never handed over: act on it the moment it is read (911 now, the provider told), then document it and mark it done.'
        : `Finish it before closing, or, in the last ${HAND_OVER_MINUTES} minutes, hand it over to the provider or the next shift with a note of what was done and what is still needed; an item set aside is still yours until one of the two is done.`,
    }),
  );
  return checks;
}

/**
 * What a result call that is over still waits for, or null: the result has not reached the
 * patient, because the person who answered may not hear it (and was asked only for a call
 * back), or a voicemail asked for one. Nothing more is asked of the item today (`missing` has
 * no gap for it): the patient's call back comes to the clinic's number, and whoever takes it
 * gives the released words after two identifiers. The station and the hand-over note say so.
 */
export function awaitingCallBack(item: ScenarioInboxItem, chart: InboxChart | undefined, clinic: ClinicContact, work: InboxWork): string | null {
  if (item.kind !== 'result-note' || work.told !== null || work.emergencyDirected) return null;
  const given = chart?.name.given ?? 'the patient';
  const onCall = `When ${given} calls back, confirm two identifiers and give the provider’s released words.`;
  if (work.withheld && !mayHearResult(answererOf(item, chart))) {
    const answerer = answererOf(item, chart);
    return `The result has not reached ${given}: ${answerer.name} may not hear it (the chart’s release of information does not name them), and was asked only for a call back${callBackNumber(clinic)}. ${onCall}`;
  }
  if (work.voicemail === 'call-back-only') return `The result has not reached ${given}: the voicemail asked only for a call back${callBackNumber(clinic)}. ${onCall}`;
  return null;
}

/**
 * What an item whose call rang out still waits for, or null: nobody answered and there was no
 * voicemail, so nothing reached the patient, neither the result (nor the visit it asks to
 * book) nor the reminder of tomorrow's appointment. Nothing more is asked of the item today
 * once the unanswered call is recorded (`missing` has no gap for it): the clinic's practice
 * is another attempt, made by the next shift, as for any result not yet given (Callen 2012:
 * a result is followed up until it reaches the patient). The station, the chart note, the
 * hand-over note and the debrief's still-open notes say so.
 */
export function awaitingAnotherCall(item: ScenarioInboxItem, chart: InboxChart | undefined, work: InboxWork): string | null {
  if (item.kind !== 'result-note' && item.kind !== 'appointment-confirmation') return null;
  if (item.answeredBy.kind !== 'no-answer' || !work.noAnswer) return null;
  const given = chart?.name.given ?? 'the patient';
  const rangOut = 'the call rang out, with no voicemail to leave a message on';
  if (item.kind === 'appointment-confirmation') {
    return `The reminder has not reached ${given}: ${rangOut}, and tomorrow’s ${item.appointment.time} appointment stays on the book unconfirmed. The next shift calls ${given} again before the visit.`;
  }
  const visit = item.instruction === 'book-visit' ? ', then books the visit the provider asked for' : '';
  return `The result has not reached ${given}: ${rangOut}. The next shift calls ${given} again, confirms two identifiers and gives the provider’s released words${visit}.`;
}

/**
 * What a result not given by closing still waits for, where it waits for no call back, no
 * second call and no provider's answer (those are `awaitingCallBack`, `awaitingAnotherCall`
 * and `questionAwaitingAnswer`), or null: the item was never opened, or its work has a gap
 * that kept the result from the patient (nobody called, no voicemail left, the result not
 * given). The day scores it (`inbox.left-undone` as the item is marked done,
 * `inbox.unfinished` at closing) unless the item was handed over; either way the patient is still owed the result, and the next shift must know it
 * (Callen 2012: a result is followed up until it reaches the patient).
 */
export function resultNotGiven(item: ScenarioInboxItem, chart: InboxChart | undefined, clinic: ClinicContact, work: InboxWork, opened: boolean): string | null {
  if (item.kind !== 'result-note' || work.told !== null || work.emergencyDirected) return null;
  if (awaitingCallBack(item, chart, clinic, work) !== null || awaitingAnotherCall(item, chart, work) !== null) return null;
  const gaps = RESULT_NOTE.missing(item, chart, work);
  if (opened && gaps.length === 0) return null;
  const given = chart?.name.given ?? 'the patient';
  const why = opened ? gaps.join('; ') : 'the item was never opened';
  return `The result has not reached ${given}: ${why}. The next shift calls ${given}, confirms two identifiers and gives the provider’s released words.`;
}

/** The provider an item concerns, by name ("Dr. Rafael Domínguez"); "the provider" for a portal message, which names none. */
function providerName(at: Pick<JudgeAt, 'item' | 'scenario'>): string {
  const id = 'providerId' in at.item ? at.item.providerId : undefined;
  return at.scenario.providers.find((p) => p.id === id)?.name ?? 'the provider';
}

/**
 * What a question sent to the provider still waits for, or null: the patient asked what only
 * the provider may answer (what a result means, whether to double a dose, a portal message's
 * question for the provider), the MA rightly sent it on, and the provider's answer has not
 * reached the patient. A result call's question and a portal message get no answer within the
 * day; a refill's dose question is answered with the request, once the patient is told the
 * provider's answer. Nothing more is asked of the item today (`missing` has no gap for it).
 */
export function questionAwaitingAnswer(at: Pick<JudgeAt, 'item' | 'chart' | 'scenario'>, work: InboxWork): string | null {
  const { item, chart } = at;
  const given = chart?.name.given ?? 'the patient';
  const provider = providerName(at);
  const unanswered = `a question only the provider may answer; it was sent to ${provider}, whose answer has not reached ${given}.`;
  switch (item.kind) {
    case 'result-note':
      if (item.question === undefined || work.question !== 'routed') return null;
      return `${given} asked ${QUESTION_ASKED[item.question](item.test)} (${QUESTION_WORDS[item.question]}), ${unanswered}`;
    case 'refill-request':
      if (item.asks !== 'double-dose' || work.question !== 'routed' || work.refill.toldAnswer) return null;
      return `${given} asked whether to double the ${item.medication.name.toLowerCase()} dose, ${unanswered}`;
    case 'patient-message':
      if (item.concern !== 'question-for-provider' || !work.routed) return null;
      return `${given}’s portal message (“${item.subject}”) asks ${unanswered}`;
    case 'appointment-confirmation':
      return null;
  }
}

/**
 * What the item still needs, each as a phrase: the gaps `inbox.left-undone` judges as it is
 * marked done (`missing`), then those its kind's own completion rules would judge
 * (`completionGaps`: tomorrow's book changed as asked; a refill routed, the patient told, the
 * visit booked). Empty when marking it done now would miss nothing but the documentation.
 */
export function gapsNow(at: JudgeAt, work: InboxWork): string[] {
  const kind = kindOf(at.item);
  return [...kind.missing(at.item, at.chart, work), ...(kind.completionGaps?.(at, work) ?? [])];
}

/**
 * What is left on an item in work, in the order to do it, as the station says it: what the
 * item still waits for, the work still missing (the same gaps `inbox.left-undone` judges),
 * the call to document (`inbox.documentation`), then marking it done; and what setting it
 * aside or handing it over would mean. Empty before anything is done on it (its choices say
 * what comes first), unless its kind shows it from the start (`leftFromTheStart`).
 */
export function stepsLeft(at: JudgeAt, work: InboxWork, closingMinute: number): string[] {
  const { item, chart } = at;
  if (!kindOf(item).leftFromTheStart && !work.callPlaced && !work.routed && !work.replied && !work.emergencyDirected) return [];
  const lines: string[] = [];
  const another = awaitingAnotherCall(item, chart, work);
  const callBack = awaitingCallBack(item, chart, at.scenario.clinic, work);
  const waiting = callBack ?? another;
  if (waiting) lines.push(waiting);
  const gaps = gapsNow(at, work);
  const document = needsDocumenting(item, work) && !work.documented;
  // A call that rang out is tried again, but not by you today: the next shift makes the next call.
  // A result waiting for the patient's call back has not reached them: the rest is theirs to start (the playtest read "nothing else is asked of it" beside "not reached").
  const today =
    another !== null
      ? 'nothing else is asked of you today; the next call is the next shift’s.'
      : callBack !== null
        ? 'nothing else is yours to do on it today: the result is given when the patient calls back.'
        : 'nothing else is asked of it today.';
  if (gaps.length > 0) lines.push(`Not done yet: ${gaps.join('; ')}.`);
  else if (document) lines.push(`Left to do: document the call in the chart (who answered, what you said or the message you left, and the time), then mark the item done; ${today}`);
  else lines.push(`Left to do: mark the item done; ${today}`);
  if (kindOf(item).urgent(item)) return lines;
  lines.push(
    mayHandOver(item, at.minute, closingMinute)
      ? 'Or, this near closing, hand it over to the provider and the next shift with a note of what is still needed.'
      : `Setting it aside does not finish it: it stays yours, and falls due at ${item.due}.`,
  );
  return lines;
}

/**
 * Who is still on the line of an item's call, or null: a call placed to a live person (or a
 * refill's call back begun) stays open while the call still has work in it (`gapsNow`: the
 * result to give, the book to change as they asked, the visit to book) and it is not yet
 * documented, unless the person was told to hang up and call 911. The station shows an item
 * left with someone on the line as "On hold" (the playtester left Tomás waiting through a
 * whole emergency); nothing here is scored.
 */
export function onTheLine(at: JudgeAt, work: InboxWork): string | null {
  const { item, chart } = at;
  if (work.documented || work.emergencyDirected || gapsNow(at, work).length === 0) return null;
  switch (item.kind) {
    case 'result-note':
    case 'appointment-confirmation': {
      const answerer = answererOf(item, chart);
      return work.callPlaced && answerer.live ? answerer.name : null;
    }
    case 'refill-request':
      return work.identified || work.callPlaced ? (chart ? fullName(chart.name) : item.patientId) : null;
    case 'patient-message':
      return null;
  }
}

/** The note a hand-over leaves for the next shift: the item, what was done on it, what is still needed, and what it waits for. */
export function handOverNote(at: JudgeAt, work: InboxWork): string {
  const { item, chart } = at;
  const clinic = at.scenario.clinic;
  const gaps = gapsNow(at, work);
  const needed = gaps.length === 0 ? 'Everything it asked for is done; it needs only closing.' : `Still needed: ${gaps.join('; ')}.`;
  // A result rightly kept from the person who answered has still not reached the patient: the next shift must know who may call back.
  // A call that rang out has reached nobody: the next shift calls again.
  const waiting = awaitingCallBack(item, chart, clinic, work) ?? awaitingAnotherCall(item, chart, work);
  // A question sent to the provider is still to be answered to the patient: the next shift relays the answer.
  const question = questionAwaitingAnswer(at, work);
  return `${kindOf(item).summary(item, chart)}, due ${item.due}. ${needed}${waiting ? ` ${waiting}` : ''}${question ? ` ${question}` : ''}`;
}

/** Minutes before closing from which a routine item may be handed over to the next shift. */
export const HAND_OVER_MINUTES = 30;

/** True when the item may be handed over now: it is not urgent, and closing is near. */
export function mayHandOver(item: ScenarioInboxItem, minute: number, closingMinute: number): boolean {
  return !kindOf(item).urgent(item) && closingMinute - minute <= HAND_OVER_MINUTES;
}
