/**
 * The note an inbox item leaves in the chart as the MA documents it: when, who was reached
 * (and whether two identifiers were checked), what was said, written or left, and what comes
 * next. It is composed from the work done, never typed, so it says what happened; the station
 * shows it before it is saved, and the item keeps the note as it was saved. What documenting
 * is worth is `inbox.documentation`'s (a call written in the chart), which this note does not
 * change.
 */
import type { ScenarioInboxItem } from '../../scenario/scenario.schema';
import { formatMinutesOfDay } from '../../scenario/clock-time';
import { fullName } from '../../domain/patient';
import { longDate } from '../../scenario/appointment-template';
import {
  answererOf,
  awaitingAnotherCall,
  awaitingCallBack,
  callBackWords,
  confirmationMessageWords,
  EMERGENCY_DEFERRED_WORDS,
  EMERGENCY_DIRECTION_WORDS,
  EMERGENCY_WORDS,
  gapsNow,
  type InboxWork,
  type JudgeAt,
  replyWords,
  withheldWords,
} from './inbox-kinds';
import { medicationLabel, patientMustBeTold, REFILL_DECISION_WORDS, REFILL_FACT_WORDS } from './refill-kind';

/**
 * Whether the two identifiers were checked on the call, as the note says it. A person told to
 * call 911 before they were identified was not asked: the emergency comes first, and the
 * direction says nothing about their care (no identity check is asked of it), so the note
 * says so rather than that a check was skipped.
 */
function identity(work: InboxWork): string {
  if (work.identified) return 'name and date of birth checked';
  return work.emergencyDirected ? 'identity not asked: the emergency direction (911) was given first' : 'identifiers not checked';
}

/** Who was reached on the call, and whether the two identifiers were checked: "Reached Helen Park (the patient); name and date of birth checked." */
function reached(at: JudgeAt, work: InboxWork): string {
  const item = at.item;
  if (item.kind === 'patient-message' || item.kind === 'refill-request') return `Reached the patient; ${identity(work)}.`;
  const answerer = answererOf(item, at.chart);
  if (item.answeredBy.kind === 'voicemail') return 'Reached voicemail.';
  if (item.answeredBy.kind === 'no-answer') return 'No answer, no voicemail.';
  const who = answerer.isPatient ? `${answerer.name} (the patient)` : `${answerer.name}, ${item.answeredBy.kind === 'person' ? item.answeredBy.relationship.toLowerCase() : 'caller'}${answerer.release ? ', on the release of information' : ', not on the release of information'}`;
  return `Reached ${who}; ${identity(work)}.`;
}

/** Words as the note quotes them. */
function quote(words: string): string {
  return `“${words}”`;
}

/** What was said, written or left, in the order it happened, each a sentence. */
function said(at: JudgeAt, work: InboxWork): string[] {
  const item = at.item;
  const clinic = at.scenario.clinic;
  const lines: string[] = [];
  switch (item.kind) {
    case 'result-note':
      if (work.emergencyDeferred && item.emergency !== undefined) lines.push(`Described ${EMERGENCY_WORDS[item.emergency]}: told ${quote(EMERGENCY_DEFERRED_WORDS)}`);
      if (work.emergencyDirected && item.emergency !== undefined) lines.push(`Described ${EMERGENCY_WORDS[item.emergency]}: told ${quote(EMERGENCY_DIRECTION_WORDS)} Provider told at once.`);
      if (work.told !== null) lines.push(`Result given: ${quote(work.told === 'as-released' ? item.released : `${item.released} That’s fine, nothing to worry about.`)}`);
      if (work.withheld) lines.push(`Result not given: ${quote(withheldWords(clinic))}`);
      if (work.question === 'routed') lines.push('The patient’s question was sent to the provider.');
      if (work.question === 'answered') lines.push('The patient’s question was answered by the MA.');
      if (work.voicemail !== null) lines.push(`Voicemail left: ${quote(work.voicemail === 'call-back-only' ? callBackWords(clinic, at.chart) : `This is ${clinic.name} calling about the ${item.test}: ${item.released}`)}`);
      if (work.noAnswer) lines.push('Recorded that nobody answered.');
      if (work.booked) lines.push(`Visit booked for ${longDate(work.booked.date)} at ${work.booked.time}.`);
      if (work.educationSent !== null) lines.push('Education material sent through the portal.');
      break;
    case 'patient-message':
      if (work.routed) lines.push(`Portal message “${item.subject}” sent to the provider.`);
      if (work.reply !== null) lines.push(`Replied through the portal: ${quote(replyWords(item, work.reply))}`);
      if (work.emergencyDirected) lines.push(`Called about the portal message: told ${quote(EMERGENCY_DIRECTION_WORDS)} Provider told at once.`);
      break;
    case 'appointment-confirmation': {
      const when = `${longDate(item.appointment.date)} at ${item.appointment.time}`;
      if (work.confirmation === 'confirmed') lines.push(`Appointment ${when} confirmed in the book.`);
      if (work.confirmation === 'cancelled') lines.push(`Appointment ${when} cancelled in the book; the slot is free.`);
      if (work.confirmation === 'rescheduled' && work.rescheduledTo) lines.push(`Appointment ${when} moved to ${longDate(work.rescheduledTo.date)} at ${work.rescheduledTo.time}; the old slot is free.`);
      if (work.message !== null) lines.push(`Message left: ${quote(confirmationMessageWords(item, at.chart, clinic, work.message))}`);
      if (work.noAnswer) lines.push('Recorded that nobody answered.');
      break;
    }
    case 'refill-request': {
      const refill = work.refill;
      if (refill.gathered.length > 0) lines.push(`Added to the request: ${refill.gathered.map((fact) => REFILL_FACT_WORDS[fact]).join(', ')}.`);
      if (refill.doseChanged) lines.push('Request changed to the doubled dose.');
      if (refill.routed) lines.push('Request sent to the prescriber.');
      if (refill.approvedByMa) lines.push('Refill approved by the MA.');
      if (work.question === 'routed') lines.push('The patient’s question about the dose was sent to the provider.');
      if (work.question === 'answered') lines.push('The patient’s question about the dose was answered by the MA.');
      if (refill.answered) lines.push(`Provider’s answer: ${REFILL_DECISION_WORDS[item.decision.kind]}: ${quote(item.decision.words)}`);
      if (refill.toldWhen) lines.push('Patient told the provider will answer.');
      if (refill.toldAnswer) lines.push('Patient told the provider’s answer.');
      if (work.booked) lines.push(`Visit booked for ${longDate(work.booked.date)} at ${work.booked.time}.`);
      break;
    }
  }
  return lines;
}

/**
 * What the patient was told the clinic will come back with, and has not yet: the answer to a
 * question sent to the provider, the provider's answer to a refill request ("we will call you
 * with the answer"). The note's "Next" names it, never "Nothing further today".
 */
function pending(at: JudgeAt, work: InboxWork): string[] {
  const item = at.item;
  const given = at.chart?.name.given ?? 'the patient';
  const provider = at.scenario.providers.find((p) => p.id === ('providerId' in item ? item.providerId : undefined))?.name ?? 'the provider';
  switch (item.kind) {
    case 'result-note':
      return work.question === 'routed' ? [`${provider} to answer ${given}’s question, sent today; call ${given} with the answer`] : [];
    case 'patient-message':
      return work.routed ? [`${provider} to answer the message, sent today`] : [];
    case 'appointment-confirmation':
      return [];
    case 'refill-request':
      // A dose question sent to the provider is answered with the request: the call with the answer carries it.
      return work.refill.routed && !work.refill.answered ? [`${provider}’s answer to the request${patientMustBeTold(item, at.scenario) ? `; call ${given} with it` : ''}`] : [];
  }
}

/** What the item is, as the note's first words: "Call about the Hemoglobin A1c result", "Refill request: Metformin 1000 mg". */
function subject(item: ScenarioInboxItem): string {
  switch (item.kind) {
    case 'result-note':
      return `Call about the ${item.test} result`;
    case 'patient-message':
      return `Portal message “${item.subject}”`;
    case 'appointment-confirmation':
      return `Confirmation call for the appointment on ${longDate(item.appointment.date)} at ${item.appointment.time}`;
    case 'refill-request':
      return `Refill request: ${medicationLabel(item)}, from the ${item.requestedBy}`;
  }
}

/**
 * The chart note for the item as the work stands at `at.minute`: when, what, who was
 * reached, what was said or left, and what comes next: what the item waits for, what is
 * still to do (as `stepsLeft` says it), and what the patient was told the clinic will come
 * back with; "Nothing further today" only when there is none of these.
 */
export function chartNote(at: JudgeAt, work: InboxWork): string {
  const patient = at.chart ? fullName(at.chart.name) : at.item.patientId;
  const call = at.item.kind === 'result-note' || at.item.kind === 'appointment-confirmation' || work.callPlaced ? ` ${reached(at, work)}` : '';
  const waiting = awaitingCallBack(at.item, at.chart, at.scenario.clinic, work) ?? awaitingAnotherCall(at.item, at.chart, work);
  const gaps = gapsNow(at, work);
  const waits = pending(at, work);
  const next = [waiting, gaps.length > 0 ? `Still to do: ${gaps.join('; ')}.` : null, waits.length > 0 ? `Waiting for ${waits.join('; ')}.` : null].filter((line): line is string => line !== null);
  return `${formatMinutesOfDay(at.minute)} ${patient}. ${subject(at.item)}.${call} ${said(at, work).join(' ')} Next: ${next.length > 0 ? next.join(' ') : 'Nothing further today.'}`.replace(/ {2,}/g, ' ');
}
