/**
 * The inbox's confirmation call: tomorrow's appointment (when, with whom, the visit type,
 * and what it is for, which the chart holds and no message ever says), the call as it goes,
 * and the script as buttons: ask for two identifiers, confirm the appointment, move it
 * through the appointment book (the old slot frees), cancel it, leave a message (the
 * clinic's name and number; that and the time; or that and what the visit is for), or
 * record that nobody answered. What each choice is worth is the domain's
 * (`src/clinic/inbox/inbox-kinds.ts`); this panel only draws and sends.
 */
import type { InboxItemContext } from '../../../src/clinic/inbox/inbox-item.machine';
import { answererOf, type ClinicContact, confirmationMessageWords, noMessageWhy, wishHeard } from '../../../src/clinic/inbox/inbox-kinds';
import { confirmationStanding } from '../../../src/clinic/inbox/tomorrow-book';
import { callAnswered, callLogBox, choices, identifiersGiven, identityButton, type InboxAct, slotOnThePhone, workButton } from './call-script';
import type { ScenarioAppointmentConfirmation } from '../../../src/scenario/scenario.schema';
import { fromTheDayAfter, visitTypeOf } from '../../../src/workflows/shared/appointment-book';
import { fullName } from '../../../src/domain/patient';
import { element } from '../../dom';
import type { BookGridState } from '../appointment-book-grid';
import { buttonRow, doneMark, factList, greyedWhy, section, speech } from '../kit/controls';
import { bookDropDown } from '../kit/form-station';
import { longDate } from '../front-desk-text';
import type { StationContext } from '../station';

/** What the station keeps between redraws for a confirmation: the book's page and selection, and a problem to show. */
export interface ConfirmationDraft {
  book: BookGridState;
  problem: string | null;
}

type Confirmation = InboxItemContext & { readonly item: ScenarioAppointmentConfirmation };

/** True for a confirmation item's context. */
export function isConfirmation(item: InboxItemContext): item is Confirmation {
  return item.item.kind === 'appointment-confirmation';
}

function providerOf(context: StationContext, item: ScenarioAppointmentConfirmation) {
  return context.session.scenario.providers.find((p) => p.id === item.appointment.providerId);
}

/** The appointment to confirm, beside the chart. */
export function confirmationNote(context: StationContext, item: Confirmation): HTMLElement {
  const data = item.item;
  const provider = providerOf(context, data);
  const visitType = provider ? visitTypeOf(provider, data.appointment.visitTypeId) : undefined;
  const part = section('Tomorrow’s appointment', { className: 'inbox-note' });
  const policy = context.session.scenario.clinic.voicemailGivesAppointmentTime
    ? 'Messages may give the clinic’s name and number and the appointment’s date and time; never what the visit is for.'
    : 'Messages give only the clinic’s name and number and ask for a call back.';
  part.body.append(
    factList([
      ['When', `${longDate(data.appointment.date)} at ${data.appointment.time}`],
      ['With', provider?.name ?? data.appointment.providerId],
      ['Visit', visitType?.name ?? data.appointment.visitTypeId],
      ['For (chart only)', data.reason],
      ['Clinic policy on messages', policy],
      // Once the call has changed it, tomorrow's book as it now stands: the old slot free, or the new one.
      ...(item.work.confirmation === null ? [] : [['In the book now', confirmationStanding(item.work)] as const]),
    ]),
  );
  return part.root;
}

/** What the person on the line wants, in their words: the patient's own, or said for them by a person on the release. */
const WISH_WORDS = {
  confirm: (time: string, forWhom: string | null) => (forWhom === null ? `Yes, I’ll be there at ${time}.` : `Yes, ${forWhom} will be there at ${time}.`),
  reschedule: (time: string, forWhom: string | null) => `${forWhom === null ? 'I' : forWhom} can’t make ${time} tomorrow after all. Can we move it to another day?`,
  cancel: (_time: string, forWhom: string | null) => (forWhom === null ? 'I need to cancel it, I’m afraid. I’ll call when I’m back in town.' : `${forWhom} needs to cancel it, I’m afraid. We’ll call to book again.`),
} as const;

function callLog(item: Confirmation, clinic: ClinicContact): HTMLElement {
  const { item: data, work, chart } = item;
  const log = callLogBox();
  const answerer = callAnswered(log, data, chart, 'can I take a message?');
  const given = chart?.name.given ?? 'the patient';
  if (work.identified) identifiersGiven(log, answerer, chart);
  if (wishHeard(data, chart, work) && data.wants !== undefined) {
    log.append(speech('you', 'You', `I’m calling to confirm ${answerer.isPatient ? 'your' : `${given}’s`} appointment tomorrow at ${data.appointment.time}.`), speech('them', answerer.name, WISH_WORDS[data.wants](data.appointment.time, answerer.isPatient ? null : given)));
  }
  if (work.confirmation === 'confirmed') log.append(speech('you', 'You', `You’re confirmed for tomorrow at ${data.appointment.time}. See you then.`));
  if (work.confirmation === 'cancelled') log.append(speech('you', 'You', 'I’ve cancelled tomorrow’s appointment. Call us when you’d like a new one.'));
  if (work.rescheduledTo) log.append(speech('you', 'You', `I’ve moved it to ${longDate(work.rescheduledTo.date)} at ${work.rescheduledTo.time}.`));
  if (work.message !== null) log.append(speech('you', 'You', confirmationMessageWords(data, chart, clinic, work.message)));
  return log;
}

function rescheduling(context: StationContext, item: Confirmation, act: InboxAct, draft: ConfirmationDraft, redrawPanel: () => void): HTMLElement {
  const data = item.item;
  const box = element('div', 'inbox-booking');
  const provider = providerOf(context, data);
  if (!provider) return box;
  // A slot the patient said does not work is not taken: their answer stays, and the trainee chooses again.
  const { answer, choose: move } = slotOnThePhone(
    answererOf(data, item.chart).name,
    data.availability,
    act,
    (date, time) => ({ type: 'confirmation.rescheduled', itemId: data.id, date, time }),
    draft,
    redrawPanel,
  );
  const details = bookDropDown({
    summary: 'Move it: open the appointment book',
    pickHint: 'Pick a slot: arrow keys move, Enter selects it; then “Move the appointment to the selected slot”.',
    button: { label: 'Move the appointment to the selected slot', key: 'confirmation-rescheduled' },
    enterSelects: true,
    grid: {
      scenario: context.session.scenario,
      provider,
      madeToday: context.session.bookingsMadeToday,
      ask: { providerId: provider.id, visitTypeId: data.appointment.visitTypeId, notBefore: fromTheDayAfter(context.session.scenario.day.date) },
      marked: { date: data.appointment.date, time: data.appointment.time, text: 'this visit now' },
    },
    draft,
    redrawPanel,
    choose: move,
    answer,
  });
  box.append(details);
  return box;
}

/** The confirmation call: the call button, then the call as it goes and its script. */
export function confirmationCall(context: StationContext, item: Confirmation, act: InboxAct, draft: ConfirmationDraft, redrawPanel: () => void): HTMLElement {
  const { item: data, work, chart } = item;
  const itemId = data.id;
  const part = section('The call');
  if (!work.callPlaced) {
    part.body.append(buttonRow(workButton(`Call ${chart ? fullName(chart.name) : 'the patient'} (${chart?.phone ?? ''})`, 'call-placed', 'primary', act, { type: 'call.placed', itemId })));
    return part.root;
  }
  part.body.append(callLog(item, context.session.scenario.clinic));
  const live = data.answeredBy.kind === 'patient' || data.answeredBy.kind === 'person';
  const messageButtons = [
    workButton('Message: name and number, please call back', 'message-call-back', 'quiet', act, { type: 'confirmation.message-left', itemId, content: 'call-back-only' }),
    workButton('Message: name, number and the appointment time', 'message-time', 'quiet', act, { type: 'confirmation.message-left', itemId, content: 'appointment-time' }),
    workButton('Message: the appointment and what it is for', 'message-details', 'quiet', act, { type: 'confirmation.message-left', itemId, content: 'visit-details' }),
  ];
  const messages = choices('Leave a message', 'message', ...messageButtons);
  // The playtester, Ruth Osei's daughter on the line, saw the messages greyed with no reason: the domain's reason shows, and each button is described by it.
  const why = greyedWhy(noMessageWhy(data, chart), `inbox-no-message-${itemId}`, messageButtons);
  if (why !== null) {
    why.dataset.key = 'no-message-why';
    messages.append(why);
  }
  if (live && work.confirmation === null) {
    part.body.append(
      choices(
        'On the line',
        'line',
        ...identityButton(itemId, act, work.identified),
        workButton('Confirm the appointment', 'confirmation-confirmed', 'quiet', act, { type: 'confirmation.confirmed', itemId }),
        workButton('Cancel it in the book', 'confirmation-cancelled', 'quiet', act, { type: 'confirmation.cancelled', itemId }),
      ),
      rescheduling(context, item, act, draft, redrawPanel),
    );
  }
  if (work.confirmation !== null) part.body.append(doneMark(work.confirmation === 'confirmed' ? 'Confirmed in the book.' : work.confirmation === 'cancelled' ? 'Cancelled: the slot is free.' : 'Moved in the book: the old slot is free.'));
  if ((data.answeredBy.kind === 'person' || data.answeredBy.kind === 'voicemail') && work.message === null) part.body.append(messages);
  if (data.answeredBy.kind === 'no-answer') {
    if (work.noAnswer) part.body.append(doneMark('No answer recorded.'));
    else part.body.append(buttonRow(workButton('Record that nobody answered', 'no-answer', 'quiet', act, { type: 'no-answer.recorded', itemId })));
  }
  return part.root;
}
