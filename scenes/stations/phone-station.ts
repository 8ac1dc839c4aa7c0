/**
 * The phone: a ringing call to answer, then the whole conversation. The caller says who
 * they are and what they want; the chart beside shows the patient and the release of
 * information on file (who the clinic may share with, and on what footing). Asked who
 * they are, a caller's identity is checked — which the panel says is not permission; the
 * domain's privacy rule says whether they may be told. The trainee may give or decline results,
 * confirm, cancel or reschedule the appointment (with the book) and end the call. Every
 * choice is offered; the phone call machine judges them (privacy, the caller's request).
 * A results call whose visit did not take place (the patient left unseen) has no result:
 * the chart says so, giving results is greyed with why, and the trainee tells the caller
 * there is none and may book the visit again from the book.
 */
import { appointmentStillOpen, callerFacts, callMayBookVisit, noResultOnFile, type PhoneCallContext, rescheduleCallAsk, rescheduleWish, rescheduleWishSlot, type VisitNotHeld } from '../../src/clinic/phone-call.machine';
import { mayReceiveResults } from '../../src/workflows/shared/privacy';
import type { TraineeAction } from '../../src/clinic/trainee-action';
import type { ReleaseBasis, ScenarioPatient, ScenarioProvider } from '../../src/scenario/scenario.schema';
import { addDays } from '../../src/workflows/shared/appointment-book';

import { element } from '../dom';
import type { BookGridOptions, BookGridState } from './appointment-book-grid';
import { deskPhoneArt } from './front-desk-art';
import { buttonRow, doneMark, factList, greyedWhy, keyedButton, section, speech } from './kit/controls';
import { bookDropDown, claimPanel, showBookRow } from './kit/form-station';
import { redraw } from './kit/redraw';
import { callerOpening, longDate, mondayOf, usDate } from './front-desk-text';
import type { Station, StationContext, StationHost, StationInstance } from './station';
import { displayName, fullName } from '../../src/domain/patient';
import './front-desk.css';

const CALLER_KINDS: Readonly<Record<PhoneCallContext['call']['caller'], string>> = {
  relative: 'says they are family',
  patient: 'says they are the patient',
  payer: 'the insurance company',
  pharmacy: 'the pharmacy',
};

const RELEASE_BASIS_NAMES: Readonly<Record<ReleaseBasis, string>> = {
  authorization: 'signed authorisation',
  'personal-representative': 'personal representative',
  'patient-agreement': 'patient’s documented agreement',
};

/** What became of a visit that did not take place, said after the patient's given name ("Imani left before being seen"). */
const VISIT_NOT_HELD_WORDS: Readonly<Record<VisitNotHeld, string>> = {
  'left-unseen': 'left before being seen',
  'no-show': 'did not come to the appointment',
  rebooked: 'left check-in with an appointment for another day',
};

interface PhoneDraft {
  book: BookGridState;
  problem: string | null;
}

function callOf(context: StationContext): PhoneCallContext | null {
  const snapshot = context.snapshot;
  if (!snapshot || context.target.kind !== 'phone') return null;
  const call = snapshot.context as PhoneCallContext;
  return call.call ? call : null;
}

function stateOf(context: StationContext): string {
  return typeof context.snapshot?.value === 'string' ? context.snapshot.value : 'ended';
}

function chartSection(patient: ScenarioPatient, call: PhoneCallContext, context: StationContext): HTMLElement {
  const part = section('The chart', { className: 'fd-chart' });
  const scenario = context.session.scenario;
  const provider = scenario.providers.find((p) => p.id === patient.arrival.providerId);
  const onFile = patient.releaseOfInformation ?? [];
  part.body.append(
    factList([
      ['Patient', fullName(patient.name)],
      ['Date of birth', usDate(patient.dateOfBirth)],
      ['Phone', patient.phone],
      ['Appointment', appointmentFact(context, patient, call, provider?.name ?? patient.arrival.providerId)],
      ...visitNotHeldFacts(call),
    ]),
  );
  const release = element('div', 'fd-release');
  release.dataset.key = 'release-on-file';
  release.append(element('p', 'kit-field-label', 'Release of information on file'));
  if (onFile.length === 0) release.append(element('p', 'fd-line', 'Nobody: the chart names no one the clinic may discuss this patient’s health information with.'));
  else {
    const list = element('ul', 'fd-services');
    for (const entry of onFile) list.append(element('li', undefined, `${entry.name} (${entry.relationship}) — ${RELEASE_BASIS_NAMES[entry.basis]}`));
    release.append(list);
  }
  part.body.append(release);
  return part.root;
}

/**
 * The patient's appointment as the chart shows it: today's, until this call moves it; then the
 * slot it took, with the one it left, as the book shows them.
 */
function appointmentFact(context: StationContext, patient: ScenarioPatient, call: PhoneCallContext, providerName: string): string {
  const today = `${longDate(context.session.scenario.day.date)} at ${patient.arrival.time}`;
  const booked = call.requestDone && call.call.request === 'reschedule' ? bookingOfCall(context, patient) : undefined;
  return booked ? `${longDate(booked.date)} at ${booked.time} with ${providerName} (moved on this call from ${today})` : `${today} with ${providerName}`;
}

/** A results call's visit that did not take place, as the chart shows it: how it ended, and that no result is on file. */
function visitNotHeldFacts(call: PhoneCallContext): [string, string][] {
  const missed = noResultOnFile(call);
  if (missed === null) return [];
  return [
    ['Visit', `Not held: ${VISIT_NOT_HELD_WORDS[missed]}`],
    ['Results on file', 'None: no test was done'],
  ];
}

/** Where the caller stands, once asked who they are: identity checked, and whether the chart lets the clinic share with them. */
function standing(call: PhoneCallContext, patient: ScenarioPatient | null): HTMLElement {
  const facts = callerFacts(call);
  const given = patient?.name.given ?? 'the patient';
  const box = element('div', 'fd-response');
  box.setAttribute('role', 'status');
  box.dataset.key = 'caller-standing';
  box.append(element('p', 'fd-line', `Identity: ${call.call.callerName} gave ${given}’s full name and date of birth. That shows who is calling; it is not permission to share.`));
  const may = mayReceiveResults(facts);
  const text =
    call.call.caller === 'patient'
      ? `The caller is ${given}: ${given}’s own information may be discussed.`
      : facts.releaseOnFile
        ? `Release on file for the caller: ${facts.releaseOnFile.name} (${facts.releaseOnFile.relationship}), ${RELEASE_BASIS_NAMES[facts.releaseOnFile.basis]}.`
        : `Release on file for ${call.call.callerName}: none.`;
  box.append(element('p', `fd-response-status ${may ? 'fd-status-ok' : 'fd-status-bad'}`, text));
  return box;
}

function conversation(patient: ScenarioPatient | null, call: PhoneCallContext, context: StationContext): HTMLElement {
  const log = element('div', 'fd-conversation');
  log.setAttribute('role', 'log');
  log.setAttribute('aria-label', 'The call');
  log.append(
    speech('you', 'You', `${context.session.scenario.clinic.name}, front desk. How can I help you?`),
    speech('them', call.call.callerName, callerOpening(call.call, patient, context.session.scenario)),
  );
  if (call.callerVerified && patient) {
    log.append(
      speech('you', 'You', `Before we go on, can you give me the patient’s full name and date of birth?`),
      speech('them', call.call.callerName, callerGivesDetails(call, patient)),
    );
  }
  const given = patient?.name.given ?? 'the patient';
  const missed = call.visitNotHeld;
  if (call.noResultTold && missed !== null) log.append(speech('you', 'You', `There’s no result for ${given}: ${given} ${VISIT_NOT_HELD_WORDS[missed]} today, so no test was done. We can book ${given} a visit.`));
  else if (call.resultsDisclosed === true) log.append(speech('you', 'You', `I have ${given}’s results here; let me read them to you.`));
  if (call.resultsDisclosed === false) log.append(speech('you', 'You', `I’m sorry, I can’t share ${patient?.name.given ?? 'the patient'}’s information. I’ll ask ${patient?.name.given ?? 'them'} to call you back.`));
  const done = patient ? requestDoneWords(patient, call, context) : null;
  if (done) log.append(speech('you', 'You', done.said));
  return log;
}

/**
 * What was done on the call about the appointment, said to the caller in the call's log and
 * recorded under the appointment (a reschedule names the slot it left and the one it took; the
 * fifth playtest saw only a passing "Done:" toast). Null until the caller's request is done.
 */
function requestDoneWords(patient: ScenarioPatient, call: PhoneCallContext, context: StationContext): { readonly said: string; readonly record: string } | null {
  if (!call.requestDone) return null;
  const { scenario } = context.session;
  const whose = call.call.caller === 'patient' ? 'your' : `${patient.name.given}’s`;
  const was = `${longDate(scenario.day.date)} at ${patient.arrival.time}`;
  switch (call.call.request) {
    case 'results': {
      const booking = context.session.bookingsMadeToday.findLast((entry) => entry.byPhone?.patientId === patient.id);
      if (!booking) return null;
      const visit = `${longDate(booking.date)} at ${booking.time}`;
      return { said: `I’ve booked ${patient.name.given} a visit on ${visit}.`, record: `Booked: a visit on ${visit}, as the visit today did not take place.` };
    }
    case 'reschedule': {
      const booking = context.session.bookingsMadeToday.findLast((entry) => entry.byPhone?.patientId === patient.id);
      if (!booking) return null;
      const now = `${longDate(booking.date)} at ${booking.time}`;
      return { said: `I’ve moved ${whose} appointment from ${was} to ${now}.`, record: `Moved: the appointment from ${was} to ${now}.` };
    }
    case 'cancel':
      return { said: `I’ve cancelled ${whose} appointment on ${was}.`, record: `Cancelled: the appointment on ${was}.` };
    case 'confirm':
      return { said: `I’ve confirmed ${whose} appointment on ${was}.`, record: `Confirmed: the appointment on ${was}.` };
    default:
      return null;
  }
}

/** The caller's answer when asked who they are and for the patient's details: a relative also says who they are. */
function callerGivesDetails(call: PhoneCallContext, patient: ScenarioPatient): string {
  const details = `${fullName(patient.name)}, born ${usDate(patient.dateOfBirth)}`;
  if (call.call.caller === 'patient') return `It’s me — ${details}.`;
  const relation = patient.emergencyContact && patient.emergencyContact.name === call.call.callerName ? ` — I’m ${patient.name.given}’s ${patient.emergencyContact.relationship.toLowerCase()}` : '';
  return `I’m ${call.call.callerName}${relation}. ${details}. I know everything about ${patient.name.given}, you can tell me.`;
}

function render(host: StationHost, context: StationContext, draft: PhoneDraft, send: (action: TraineeAction) => void, redrawPanel: () => void): void {
  const call = callOf(context);
  const target = context.target;
  if (!call || target.kind !== 'phone') {
    host.body.append(element('p', 'station-note', 'The line is quiet.'));
    return;
  }
  const { callId } = target;
  const state = stateOf(context);
  const patient = context.patient;
  host.setSubtitle(state === 'ringing' ? 'Ringing' : state === 'inCall' ? `On the line: ${call.call.callerName}` : state === 'missed' ? 'Missed call' : 'Call over');

  const top = element('div', 'fd-phone-top');
  const art = deskPhoneArt(state === 'ringing' ? 'ringing' : state === 'inCall' ? 'talking' : 'idle');
  const who = element('div', 'fd-phone-who');
  who.append(element('p', 'patient-card-name', call.call.callerName), element('p', 'patient-card-meta', state === 'ringing' ? 'Incoming call' : `Caller ${CALLER_KINDS[call.call.caller]}`));
  top.append(art, who);
  host.body.append(top);

  if (state === 'ringing') {
    host.body.append(buttonRow(keyedButton('Answer the phone', 'answer', 'primary', () => send({ type: 'phone.answered', callId }))));
    return;
  }
  if (state === 'missed') {
    host.body.append(element('p', 'station-note', `The call from ${call.call.callerName} went to voicemail.`));
    return;
  }
  if (state !== 'inCall') {
    host.body.append(conversation(patient, call, context), doneMark('The call is over.'));
    return;
  }

  const columns = element('div', 'fd-phone-columns');
  const talk = element('div', 'fd-phone-talk');
  talk.append(conversation(patient, call, context));
  columns.append(talk);
  if (patient) columns.append(chartSection(patient, call, context));
  host.body.append(columns);

  const verify = section('Who is calling');
  verify.body.append(buttonRow(keyedButton('Ask who is calling, and for the patient’s full name and date of birth', 'verify-caller', 'quiet', () => send({ type: 'caller.verified', callId }))));
  if (call.callerVerified) verify.body.append(standing(call, patient));
  host.body.append(verify.root);

  host.body.append(resultsSection(call, patient, callId, send));
  // Once the call has booked, the slot is taken, no longer offered: the book says what was booked, not "Selected: …".
  if (call.requestDone) draft.book.selected = null;
  host.body.append(call.call.request === 'results' && callMayBookVisit(call) ? visitSection(context, patient, call, draft, callId, send, redrawPanel) : appointmentSection(context, patient, call, draft, callId, send, redrawPanel));

  const finish = section('End the call');
  finish.body.append(buttonRow(keyedButton('End the call', 'hang-up', 'primary', () => send({ type: 'phone.closed', callId }))));
  host.body.append(finish.root);
}

/**
 * The results' choices: give them, decline, or — when the visit did not take place — tell
 * the caller there is none, giving them greyed with why (nothing is on file to give).
 */
function resultsSection(call: PhoneCallContext, patient: ScenarioPatient | null, callId: string, send: (action: TraineeAction) => void): HTMLElement {
  const results = section('Results');
  const missed = noResultOnFile(call);
  const given = patient?.name.given ?? 'the patient';
  const disclose = keyedButton('Give the results', 'disclose', 'quiet', () => send({ type: 'results.disclosed', callId }));
  const withhold = keyedButton('Decline: promise a call back from the patient', 'withhold', 'quiet', () => send({ type: 'results.withheld', callId }));
  if (missed === null) results.body.append(buttonRow(disclose, withhold));
  else {
    disclose.disabled = true;
    const none = keyedButton('Tell the caller there is no result: the visit did not take place', 'no-result', 'quiet', () => send({ type: 'results.none-on-file', callId }));
    results.body.append(buttonRow(none, disclose, withhold));
    const why = greyedWhy(`Greyed: there are no results to give. ${given} ${VISIT_NOT_HELD_WORDS[missed]}, so no test was done.`, 'phone-results-why', [disclose]);
    if (why) results.body.append(why);
  }
  if (call.resultsDisclosed !== null) {
    results.body.append(doneMark(call.noResultTold ? 'Told the caller there is no result, and why.' : call.resultsDisclosed ? 'Results given to the caller.' : 'Results not shared; call-back promised.'));
  }
  return results.root;
}

/** The drop-down's `done` words when the call has booked, else nothing: the selection shows as before. */
function doneWith(words: string | undefined): { done?: string } {
  return words === undefined ? {} : { done: words };
}

/** The booking this call made in the book (the move, or the visit booked on a results call), or undefined. */
function bookingOfCall(context: StationContext, patient: ScenarioPatient) {
  return context.session.bookingsMadeToday.findLast((entry) => entry.byPhone?.patientId === patient.id);
}

/**
 * The phone's book for the call: it opens on the week the caller asks for, the keyboard on the
 * slot nearest what they asked (selecting nothing: the trainee picks); the patient's appointment
 * is marked, the one to move until the call books, then the one the call booked.
 */
function callBookGrid(context: StationContext, patient: ScenarioPatient, provider: ScenarioProvider, call: PhoneCallContext): Omit<BookGridOptions, 'state' | 'days' | 'turnable' | 'label' | 'onChoose' | 'onSelect'> {
  const { scenario } = context.session;
  const madeToday = context.session.bookingsMadeToday;
  const booked = call.requestDone ? bookingOfCall(context, patient) : undefined;
  const moving = call.call.request === 'reschedule' && patient.arrival.kind === 'scheduled';
  const marked = booked
    ? { date: booked.date, time: booked.time, text: `Booked on this call: ${displayName(patient)}` }
    : moving
      ? { date: scenario.day.date, time: patient.arrival.time, text: `To move: ${displayName(patient)}` }
      : null;
  return { scenario, provider, madeToday, ask: rescheduleCallAsk(scenario, patient), startAt: booked ?? rescheduleWishSlot(scenario, patient, madeToday), marked };
}

/**
 * What the book says under it once the call has booked (in place of "Selected: …", the slot
 * being taken, not offered): the slot and with whom, and for a move the slot given back.
 */
function bookedWords(context: StationContext, patient: ScenarioPatient, provider: ScenarioProvider, call: PhoneCallContext): string | undefined {
  const booked = call.requestDone ? bookingOfCall(context, patient) : undefined;
  if (!booked) return undefined;
  const freed = call.call.request === 'reschedule' ? ` ${patient.name.given}’s appointment on ${longDate(context.session.scenario.day.date)} at ${patient.arrival.time} is freed.` : '';
  return `Booked: ${longDate(booked.date)} at ${booked.time} with ${provider.name}.${freed}`;
}

/** What the caller asked for, beside the book while the trainee looks for it (her words scroll away above). */
function callerAsks(context: StationContext, patient: ScenarioPatient, call: PhoneCallContext): HTMLElement | null {
  if (call.call.request !== 'reschedule' || patient.arrival.kind !== 'scheduled') return null;
  const wish = rescheduleWish(context.session.scenario, patient);
  const line = element('p', 'fd-book-ask', `${call.call.callerName} asks for: next week, ${longDate(wish.fromDate)} or later that week, around ${wish.nearTime}.`);
  line.dataset.key = 'caller-asks';
  return line;
}

/**
 * A results call whose visit did not take place: the visit offered again, booked from the
 * book (the patient's own visit type, from the day after), once. Nothing to confirm or
 * cancel: today's appointment is over.
 */
function visitSection(context: StationContext, patient: ScenarioPatient | null, call: PhoneCallContext, draft: PhoneDraft, callId: string, send: (action: TraineeAction) => void, redrawPanel: () => void): HTMLElement {
  const part = section('A visit', { done: !appointmentStillOpen(call) });
  const provider = patient ? context.session.scenario.providers.find((p) => p.id === patient.arrival.providerId) : undefined;
  if (provider && patient) {
    const closedWhy = appointmentStillOpen(call) ? undefined : 'Greyed: the visit was booked on this call (below); a call books it once.';
    const details = bookDropDown({
      summary: 'Book a visit: open the appointment book',
      pickHint: 'Pick a slot: arrow keys move, Enter books the visit there.',
      selectedHint: 'Enter, or the button below, books the visit there.',
      button: { label: 'Book the visit in the selected slot', key: 'reschedule' },
      grid: callBookGrid(context, patient, provider, call),
      draft,
      redrawPanel,
      choose: (date, time) => send({ type: 'appointment.rescheduled', callId, date, time }),
      ...(closedWhy === undefined ? {} : { closedWhy }),
      ...doneWith(bookedWords(context, patient, provider, call)),
    });
    keepBookHeadInView(details);
    part.body.append(details);
  }
  if (call.requestDone && patient) part.body.append(doneMark(requestDoneWords(patient, call, context)?.record ?? 'Visit booked.'));
  return part.root;
}

/** What was done to the appointment on this call, by the caller's request, for the greyed buttons' note. */
const REQUEST_DONE_WORDS: Readonly<Partial<Record<PhoneCallContext['call']['request'], string>>> = {
  reschedule: 'moved',
  cancel: 'cancelled',
  confirm: 'confirmed',
};

/**
 * The appointment's choices: confirm, cancel or move it (with the book). Once the caller's
 * request is done they grey, with why said under them (session 21's playtest: "Move the
 * appointment" stayed ready after the move), as other finished steps do.
 */
function appointmentSection(context: StationContext, patient: ScenarioPatient | null, call: PhoneCallContext, draft: PhoneDraft, callId: string, send: (action: TraineeAction) => void, redrawPanel: () => void): HTMLElement {
  const part = section('The appointment', { done: !appointmentStillOpen(call) });
  const closedWhy = appointmentStillOpen(call) ? undefined : `Greyed: the appointment was ${REQUEST_DONE_WORDS[call.call.request] ?? 'dealt with'} on this call, as the caller asked (below); a call changes it once.`;
  const confirm = keyedButton('Confirm the appointment', 'confirm-appointment', 'quiet', () => send({ type: 'appointment.confirmed', callId }));
  const cancel = keyedButton('Cancel the appointment', 'cancel-appointment', 'quiet', () => send({ type: 'appointment.cancelled', callId }));
  confirm.disabled = closedWhy !== undefined;
  cancel.disabled = closedWhy !== undefined;
  part.body.append(buttonRow(confirm, cancel));
  const why = greyedWhy(closedWhy ?? null, 'phone-appointment-why', [confirm, cancel]);
  if (why) part.body.append(why);
  const provider = patient ? context.session.scenario.providers.find((p) => p.id === patient.arrival.providerId) : undefined;
  if (provider && patient) {
    const reschedule = (date: string, time: string) => send({ type: 'appointment.rescheduled', callId, date, time });
    const details = bookDropDown({
      summary: 'Reschedule: open the appointment book',
      pickHint: 'Pick a slot: arrow keys move, Enter moves the appointment there.',
      // The pick hint goes once a slot is selected; Enter still moves the appointment, so the selection says so (issue 19's playtest).
      selectedHint: 'Enter, or the button below, moves the appointment there.',
      button: { label: 'Move the appointment to the selected slot', key: 'reschedule' },
      grid: callBookGrid(context, patient, provider, call),
      draft,
      redrawPanel,
      choose: reschedule,
      ...(closedWhy === undefined ? {} : { closedWhy }),
      ...doneWith(bookedWords(context, patient, provider, call)),
    });
    const asks = callerAsks(context, patient, call);
    if (asks) details.querySelector('summary')?.after(asks);
    keepBookHeadInView(details);
    part.body.append(details);
  }
  if (call.requestDone) part.body.append(doneMark(patient ? (requestDoneWords(patient, call, context)?.record ?? 'Done as the caller asked.') : 'Done as the caller asked.'));
  return part.root;
}

/**
 * Keeps the book's week and its day headers in the station's view: when the trainee opens the
 * book, the station's body scrolls as little as it must to show it (whole when it fits, from its
 * top when not), and after a slot is picked or the week turned, the day headers are never left
 * above the body's top edge, under the station's title (session 21's playtest, 1280×720 at
 * text size 1.25: the headers sat under the title bar).
 */
function keepBookHeadInView(details: HTMLDetailsElement): void {
  const reveal = (whole: boolean) =>
    requestAnimationFrame(() => {
      const body = details.closest<HTMLElement>('.station-body');
      const book = details.querySelector<HTMLElement>('.fd-book');
      const head = details.querySelector<HTMLElement>('.fd-book-scroller');
      if (!body || !book || !head || !details.open) return;
      const view = body.getBoundingClientRect();
      const top = (whole ? book : head).getBoundingClientRect().top;
      const bottom = book.getBoundingClientRect().bottom;
      if (top < view.top) body.scrollTop += top - view.top;
      else if (whole && bottom > view.bottom) body.scrollTop += Math.min(bottom - view.bottom, top - view.top);
    });
  // The book's list scrolls to the row where the keyboard stands (the time the caller asked for), as it opens and as it is drawn again open.
  const showActiveRow = () => showBookRow(details, details.querySelector<HTMLElement>('td[tabindex="0"]')?.dataset.time ?? null);
  if (details.open) showActiveRow();
  let opening = false;
  details.querySelector('summary')?.addEventListener('click', () => (opening = !details.open));
  details.addEventListener('toggle', () => {
    if (opening && details.open) {
      showActiveRow();
      reveal(true);
    }
    opening = false;
  });
  // A picked slot or a turned week scrolls the cell into view: the headers come back with it.
  for (const type of ['click', 'keyup'] as const) details.addEventListener(type, (event) => {
    if (event.target instanceof Element && event.target.closest('.fd-book')) reveal(false);
  });
}

/** The phone station, keyed by the phone call machine's id. */
export const phoneStation: Station = {
  machineId: 'phoneCall',
  title: 'Phone',
  open(host, context): StationInstance {
    const release = claimPanel(host, true);
    let current = context;
    const send = (action: TraineeAction) => current.send(action);
    // The book opens on the week the caller asks for (her words say it), not on her appointment's: that slot is today's, already in the chart and her words.
    const { scenario } = context.session;
    const asked = context.patient ? rescheduleWish(scenario, context.patient).fromDate : addDays(scenario.day.date, 7);
    const draft: PhoneDraft = { book: { firstDate: mondayOf(asked), selected: null }, problem: null };
    const signature = (c: StationContext) => {
      const call = callOf(c);
      return JSON.stringify([stateOf(c), call?.callerVerified, call?.resultsDisclosed, call?.noResultTold, call?.visitNotHeld, call?.requestDone, draft.problem, c.hints]);
    };
    let shown = '';
    const draw = () => {
      shown = signature(current);
      redraw(host.body, () => render(host, current, draft, (action) => void send(action), draw));
    };
    draw();
    return {
      update(next) {
        current = next;
        if (signature(next) !== shown) draw();
      },
      dispose: release,
    };
  },
};
