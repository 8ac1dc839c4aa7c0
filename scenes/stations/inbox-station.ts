/**
 * The inbox: the EHR's task list by the phone. On the left, every item that has arrived
 * (from whom, about whom, when it came, when it is due, where it stands); beside it, the
 * open item with the chart (the patient, date of birth, phone, the release of information
 * on file) and the provider's released result and instruction, or the patient's message;
 * below, the call script or the triage as buttons built from choices, never free text. Who
 * answers and what they say is the scenario's; what each choice is worth is the domain's
 * (`src/clinic/inbox/`), which this panel never decides.
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { InboxItemContext } from '../../src/clinic/inbox/inbox-item.machine';
import { inboxVisitAsk, providerWait } from '../../src/clinic/inbox/inbox-item.machine';
import { EMERGENCY_WORDS, handOverNote, INSTRUCTION_WORDS, kindOf, needsDocumenting, QUESTION_WORDS } from '../../src/clinic/inbox/inbox-kinds';
import type { InboxEvent } from '../../src/clinic/inbox/inbox.actions';
import type { TraineeAction } from '../../src/clinic/trainee-action';
import type { ReleaseBasis } from '../../src/scenario/scenario.schema';
import { addDays } from '../../src/workflows/shared/appointment-book';
import { fullName } from '../../src/domain/patient';
import { element } from '../dom';
import type { BookGridState } from './appointment-book-grid';
import { buttonRow, doneMark, factList, keyedButton, paragraph, section, speech } from './kit/controls';
import { bookDropDown, claimPanel } from './kit/form-station';
import { redraw } from './kit/redraw';
import { longDate, mondayOf, usDate } from './front-desk-text';
import type { Station, StationContext, StationHost, StationInstance } from './station';
import { confirmationCall, confirmationNote, isConfirmation } from './inbox/confirmation-panel';
import { refillRequestSection, refillWork } from './inbox/refill-panel';
import { callAnswered, callLogBox, identifiersGiven, identityButton, questionButtons, questionReply } from './inbox/call-script';
import './front-desk.css';

const RELEASE_BASIS_NAMES: Readonly<Record<ReleaseBasis, string>> = {
  authorization: 'signed authorisation',
  'personal-representative': 'personal representative',
  'patient-agreement': 'patient’s documented agreement',
};

interface InboxDraft {
  /** The item shown beside the list: the one the station was opened for, then the one last chosen. */
  selected: string | null;
  book: BookGridState;
  problem: string | null;
}

function itemsOf(context: StationContext): AnyMachineSnapshot[] {
  return context.session.inboxSnapshots().filter((snapshot) => !snapshot.matches('scheduled'));
}

function statusOf(snapshot: AnyMachineSnapshot): string {
  const context = snapshot.context as InboxItemContext;
  if (snapshot.matches('done')) return 'Done';
  if (snapshot.matches('handedOver')) return 'Handed over';
  const wait = providerWait(context);
  const state = snapshot.matches({ open: 'working' }) ? 'Open' : wait ? `Waiting for ${wait.provider}: sent ${wait.sentAt}, answer expected by ${wait.answerBy}` : 'Waiting';
  return context.overdue ? `${state}, overdue` : state;
}

function inboxList(context: StationContext, selected: string | null, open: (itemId: string) => void): HTMLElement {
  const part = section('The inbox', { className: 'inbox-list' });
  const list = element('ul', 'inbox-items');
  list.setAttribute('aria-label', 'Inbox items');
  for (const snapshot of itemsOf(context)) {
    const { item, chart } = snapshot.context as InboxItemContext;
    const row = element('li', 'inbox-item');
    const name = chart ? `${chart.name.given} ${chart.name.family}` : item.patientId;
    const from =
      item.kind === 'patient-message'
        ? `From ${name} (portal)`
        : item.kind === 'appointment-confirmation'
          ? `Tomorrow’s book, ${name}`
          : item.kind === 'refill-request'
            ? `Refill request from ${item.requestedBy === 'pharmacy' ? item.pharmacy.name : `${name} (${item.channel})`}, for ${name}`
            : `From the provider, about ${name}`;
    const label = `${kindOf(item).summary(item, chart)}. ${from}. Arrived ${item.arrives}, due ${item.due}. ${statusOf(snapshot)}.`;
    const button = keyedButton(label, `inbox-item-${item.id}`, item.id === selected ? 'primary' : 'quiet', () => open(item.id));
    button.setAttribute('aria-current', String(item.id === selected));
    row.append(button);
    list.append(row);
  }
  if (list.childElementCount === 0) part.body.append(paragraph('Nothing has arrived yet.'));
  else part.body.append(list);
  return part.root;
}

function chartSection(item: InboxItemContext): HTMLElement {
  const part = section('The chart', { className: 'fd-chart' });
  const chart = item.chart;
  if (!chart) {
    part.body.append(paragraph('No chart found for this item.'));
    return part.root;
  }
  part.body.append(
    factList([
      ['Patient', fullName(chart.name)],
      ['Date of birth', usDate(chart.dateOfBirth)],
      ['Phone', chart.phone],
    ]),
  );
  const release = element('div', 'fd-release');
  release.dataset.key = 'release-on-file';
  release.append(element('p', 'kit-field-label', 'Release of information on file'));
  if (chart.releaseOfInformation.length === 0) release.append(element('p', 'fd-line', 'Nobody: the chart names no one the clinic may discuss this patient’s health information with.'));
  else {
    const list = element('ul', 'fd-services');
    for (const entry of chart.releaseOfInformation) list.append(element('li', undefined, `${entry.name} (${entry.relationship}) — ${RELEASE_BASIS_NAMES[entry.basis]}`));
    release.append(list);
  }
  part.body.append(release);
  return part.root;
}

function itemSection(context: StationContext, item: InboxItemContext): HTMLElement {
  if (isConfirmation(item)) return confirmationNote(context, item);
  const { item: data } = item;
  const part = section(data.kind === 'result-note' ? 'The result note' : 'The message', { className: 'inbox-note' });
  if (data.kind === 'result-note') {
    const provider = context.session.scenario.providers.find((p) => p.id === data.providerId);
    part.body.append(
      factList([
        ['Test', data.test],
        ['Result', data.value],
        ['Released by', provider?.name ?? data.providerId],
        ['Instruction', INSTRUCTION_WORDS[data.instruction]],
        ['Released words (all you may say)', data.released],
      ]),
    );
  } else if (data.kind === 'patient-message') {
    part.body.append(factList([['Subject', data.subject]]), paragraph(data.text, 'inbox-message-text'));
  }
  return part.root;
}

/** The call as it has gone: the MA's lines and the person's answers, from the work done. */
function callLog(item: InboxItemContext, clinicName: string): HTMLElement | null {
  const { item: data, work, chart } = item;
  if (data.kind !== 'result-note' || !work.callPlaced) return null;
  const log = callLogBox();
  const answerer = callAnswered(log, data, chart, 'I can take a message, or just tell me.');
  const given = chart?.name.given ?? 'the patient';
  if (answerer.live && data.emergency !== undefined) log.append(speech('them', answerer.name, `Before you go on: since this morning I have had ${EMERGENCY_WORDS[data.emergency]}. It will pass, won’t it?`));
  if (work.identified) identifiersGiven(log, answerer, chart);
  if (work.told !== null) log.append(speech('you', 'You', work.told === 'as-released' ? data.released : `${data.released} That’s fine, nothing to worry about.`));
  // Nothing in the line may confirm that the patient is the clinic's: not whose information it is, nor that there is any.
  if (work.withheld) log.append(speech('you', 'You', 'I’m sorry, I’m not able to discuss anyone’s health information without their permission. All I can do is leave a message asking for a call back.'));
  if (data.question !== undefined && work.told !== null) log.append(speech('them', answerer.name, QUESTION_WORDS[data.question]));
  const reply = data.question === undefined ? null : questionReply(work, data.question);
  if (reply !== null) log.append(speech('you', 'You', reply));
  if (work.emergencyDirected) log.append(speech('you', 'You', 'Hang up and call 911 now. I am telling the doctor at once.'));
  if (work.voicemail !== null) log.append(speech('you', 'You', work.voicemail === 'call-back-only' ? `This is ${clinicName} calling for ${given}. Please call us back.` : `This is ${clinicName} calling for ${given} about the ${data.test}: ${data.released}`));
  return log;
}

function callScript(context: StationContext, item: InboxItemContext, act: (action: InboxEvent) => void, draft: InboxDraft, redrawPanel: () => void): HTMLElement {
  if (isConfirmation(item)) return confirmationCall(context, item, act, draft, redrawPanel);
  const { item: data, work } = item;
  const itemId = data.id;
  if (data.kind === 'refill-request') return refillWork(context, item, act, () => visitBooking(context, item, act, draft, redrawPanel));
  const part = section(data.kind === 'result-note' ? 'The call' : 'Triage');
  if (data.kind === 'patient-message') {
    part.body.append(
      buttonRow(
        keyedButton('Send the message to the provider', 'message-routed', 'quiet', () => act({ type: 'message.routed', itemId })),
        keyedButton('Reply to the patient yourself', 'message-replied', 'quiet', () => act({ type: 'message.replied', itemId })),
        keyedButton('Call the patient: 911 now, and alert the provider', 'emergency-directed', 'quiet', () => act({ type: 'emergency.directed', itemId })),
      ),
    );
    if (work.routed) part.body.append(doneMark('Sent to the provider.'));
    if (work.replied) part.body.append(doneMark('Replied to the patient.'));
    if (work.emergencyDirected) part.body.append(doneMark('The patient was told to call 911; the provider was told.'));
    return part.root;
  }
  if (data.kind !== 'result-note') return part.root;
  if (!work.callPlaced) {
    part.body.append(buttonRow(keyedButton(`Call ${item.chart ? fullName(item.chart.name) : 'the patient'} (${item.chart?.phone ?? ''})`, 'call-placed', 'primary', () => act({ type: 'call.placed', itemId }))));
    return part.root;
  }
  const log = callLog(item, context.session.scenario.clinic.name);
  if (log) part.body.append(log);
  part.body.append(
    buttonRow(
      identityButton(itemId, act),
      keyedButton('Give the released words', 'result-told', 'quiet', () => act({ type: 'result.told', itemId, words: 'as-released' })),
      keyedButton('Give the result and reassure: “that’s fine”', 'result-told-reading', 'quiet', () => act({ type: 'result.told', itemId, words: 'own-reading' })),
      keyedButton('Decline: ask the patient to call back', 'result-withheld', 'quiet', () => act({ type: 'result.withheld', itemId })),
    ),
    buttonRow(
      keyedButton('Voicemail: name and number, please call back', 'voicemail-minimal', 'quiet', () => act({ type: 'voicemail.left', itemId, content: 'call-back-only' })),
      keyedButton('Voicemail: leave the result', 'voicemail-details', 'quiet', () => act({ type: 'voicemail.left', itemId, content: 'result-details' })),
      keyedButton('Record that nobody answered', 'no-answer', 'quiet', () => act({ type: 'no-answer.recorded', itemId })),
    ),
    buttonRow(
      ...questionButtons(itemId, act),
      keyedButton('Tell them to call 911 now, and alert the provider', 'emergency-directed', 'quiet', () => act({ type: 'emergency.directed', itemId })),
    ),
  );
  if (data.instruction === 'start-medication') part.body.append(buttonRow(keyedButton('Send the education material through the portal', 'education-sent', 'quiet', () => act({ type: 'education.sent', itemId }))));
  if (data.instruction === 'book-visit') part.body.append(visitBooking(context, item, act, draft, redrawPanel));
  return part.root;
}

function visitBooking(context: StationContext, item: InboxItemContext, act: (action: InboxEvent) => void, draft: InboxDraft, redrawPanel: () => void): HTMLElement {
  const { item: data, work } = item;
  const box = element('div', 'inbox-booking');
  if (data.kind !== 'result-note' && data.kind !== 'refill-request') return box;
  const ask = inboxVisitAsk(context.session.scenario, data);
  const provider = context.session.scenario.providers.find((p) => p.id === data.providerId);
  if (!ask || !provider) return box;
  if (work.booked) {
    box.append(doneMark(`Visit booked on ${longDate(work.booked.date)} at ${work.booked.time}.`));
    return box;
  }
  const book = (date: string, time: string) => act({ type: 'visit.booked', itemId: data.id, date, time });
  const details = bookDropDown({
    summary: 'Book the visit: open the appointment book',
    pickHint: 'Pick a slot: arrow keys move, Enter books it.',
    button: { label: 'Book the selected slot', key: 'book-visit' },
    grid: { scenario: context.session.scenario, provider, madeToday: context.session.bookingsMadeToday, ask },
    draft,
    redrawPanel,
    choose: book,
  });
  box.append(details);
  return box;
}

/** Near closing, a routine item's hand-over: the note the domain writes (what is still needed), and the button that leaves it. */
function handOver(context: StationContext, item: InboxItemContext, act: (action: InboxEvent) => void): HTMLElement | null {
  const actions = context.session.available().find((task) => task.itemId === item.item.id)?.actions ?? [];
  if (!actions.includes('inbox.handed-over')) return null;
  const box = element('div', 'inbox-hand-over');
  box.dataset.key = 'hand-over-note';
  box.append(
    element('p', 'kit-field-label', 'Hand-over note for the provider and the next shift'),
    paragraph(handOverNote(item.item, item.chart, item.work)),
    buttonRow(keyedButton('Hand over to the provider and the next shift, with this note', 'inbox-handed-over', 'quiet', () => act({ type: 'inbox.handed-over', itemId: item.item.id }))),
  );
  return box;
}

function finishing(context: StationContext, item: InboxItemContext, snapshot: AnyMachineSnapshot, act: (action: InboxEvent) => void): HTMLElement {
  const itemId = item.item.id;
  const part = section('Finish');
  if (!snapshot.matches({ open: 'working' })) {
    part.body.append(doneMark(statusOf(snapshot) === 'Done' ? 'This item is done.' : `This item was handed over to the provider and the next shift. The note: ${item.handOverNote ?? ''}`));
    return part.root;
  }
  part.body.append(
    buttonRow(
      needsDocumenting(item.item, item.work) ? keyedButton(item.item.kind === 'refill-request' ? 'Document the refill in the chart' : 'Document the call in the chart', 'call-documented', 'quiet', () => act({ type: 'call.documented', itemId })) : null,
      keyedButton('Mark the item done', 'inbox-completed', 'primary', () => act({ type: 'inbox.completed', itemId })),
      keyedButton('Set it aside for later', 'inbox-set-aside', 'quiet', () => act({ type: 'inbox.set-aside', itemId })),
    ),
  );
  if (item.work.documented) part.body.append(doneMark('The call is documented.'));
  const handing = handOver(context, item, act);
  if (handing) part.body.append(handing);
  return part.root;
}

function render(host: StationHost, context: StationContext, draft: InboxDraft, sender: (action: TraineeAction) => void, redrawPanel: () => void): void {
  const target = context.target;
  const act = (action: InboxEvent): void => sender(action);
  if (draft.selected === null && target.kind === 'inbox') draft.selected = target.itemId;
  const selected = draft.selected;
  const snapshot = selected === null ? undefined : context.session.inboxSnapshot(selected);
  const columns = element('div', 'fd-phone-columns');
  const choose = (itemId: string) => {
    draft.selected = itemId;
    draft.book.selected = null;
    draft.problem = null;
    // Choosing a waiting item opens it; one already open, or finished, is only shown.
    if (context.session.inboxSnapshot(itemId)?.matches({ open: 'waiting' })) act({ type: 'inbox.opened', itemId });
    else redrawPanel();
  };
  columns.append(inboxList(context, selected, choose));
  host.body.append(columns);
  if (!snapshot || snapshot.matches('scheduled')) {
    host.setSubtitle('Choose an item');
    return;
  }
  const item = snapshot.context as InboxItemContext;
  host.setSubtitle(kindOf(item.item).summary(item.item, item.chart));
  const side = element('div', 'fd-phone-talk');
  side.append(item.item.kind === 'refill-request' ? refillRequestSection(context, item, act) : itemSection(context, item), chartSection(item));
  columns.append(side);
  if (snapshot.matches({ open: 'waiting' })) {
    host.body.append(buttonRow(keyedButton('Open this item', 'inbox-opened', 'primary', () => act({ type: 'inbox.opened', itemId: item.item.id }))));
    const handing = handOver(context, item, act);
    if (handing) host.body.append(handing);
    return;
  }
  if (snapshot.matches({ open: 'working' })) host.body.append(callScript(context, item, act, draft, redrawPanel));
  host.body.append(finishing(context, item, snapshot, act));
}

/** The inbox station, keyed by the inbox item machine's id. */
export const inboxStation: Station = {
  machineId: 'inboxItem',
  title: 'Inbox',
  open(host, context): StationInstance {
    const release = claimPanel(host, true);
    let current = context;
    const sender = (action: TraineeAction) => current.send(action);
    const draft: InboxDraft = { selected: null, book: { firstDate: mondayOf(addDays(context.session.scenario.day.date, 1)), selected: null }, problem: null };
    const signature = (c: StationContext) =>
      JSON.stringify([
        draft.selected,
        c.session.inboxSnapshots().map((snapshot) => [snapshot.value, (snapshot.context as InboxItemContext).work, (snapshot.context as InboxItemContext).overdue]),
        draft.problem,
      ]);
    let shown = '';
    const draw = () => {
      shown = signature(current);
      redraw(host.body, () => render(host, current, draft, (action) => void sender(action), draw));
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
