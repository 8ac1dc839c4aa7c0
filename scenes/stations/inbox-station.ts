/**
 * The inbox: the EHR's task list by the phone. On the left, as tall as the panel, every item
 * that has arrived (from whom, about whom, when it came, when it is due, where it stands),
 * scrolled to keep the open one in view; beside it, the open item: the provider's released
 * result and instruction, or the patient's message, the chart (the patient, date of birth,
 * phone, the release of information on file), then the call script or the triage as buttons
 * built from choices, never free text, and the item's finish. Once an item is done, set
 * aside or handed over, the next one to work takes its place (or a clear "nothing open").
 * Who answers and what they say is the scenario's; what each choice is worth, and which
 * choices there are at all, is the domain's (`src/clinic/inbox/`), which this panel never decides.
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { InboxItemContext } from '../../src/clinic/inbox/inbox-item.machine';
import { arrivalNote, inboxVisitAsk, providerWait } from '../../src/clinic/inbox/inbox-item.machine';
import { chartNote } from '../../src/clinic/inbox/chart-note';
import { confirmationStanding } from '../../src/clinic/inbox/tomorrow-book';
import { answererOf, callBackWords, onTheLine, type ClinicContact, educationChoices, EMERGENCY_DEFERRED_WORDS, EMERGENCY_DIRECTION_WORDS, EMERGENCY_WORDS, gapsNow, replyWords, readerOf, handOverNote, INSTRUCTION_WORDS, kindOf, needsDocumenting, QUESTION_WORDS, stepsLeft, withheldWords } from '../../src/clinic/inbox/inbox-kinds';
import { type InboxEvent, MESSAGE_REPLIES } from '../../src/clinic/inbox/inbox.actions';
import type { ReleaseBasis } from '../../src/scenario/scenario.schema';
import { addDays } from '../../src/workflows/shared/appointment-book';
import { minutesOfDay } from '../../src/scenario/clock-time';
import { materialById, readingLevelWords } from '../../src/reference/education/materials';
import { LANGUAGE_NAMES } from '../../src/reference/education/terms';
import { fullName } from '../../src/domain/patient';
import { canFocus, element, followFocusPlan } from '../dom';
import type { BookGridState } from './appointment-book-grid';
import { buttonRow, doneMark, factList, greyedWhy, keyedButton, paragraph, section, speech, step as stepSection } from './kit/controls';
import { bookDropDown, claimPanel } from './kit/form-station';
import { redraw } from './kit/redraw';
import { longDate, mondayOf, usDate } from './front-desk-text';
import type { Station, StationContext, StationHost, StationInstance } from './station';
import type { Session } from '../../src/session/session';
import { confirmationCall, confirmationNote, isConfirmation } from './inbox/confirmation-panel';
import { refillRequestSection, refillWork } from './inbox/refill-panel';
import { callAnswered, callLogBox, choices, deliberate, emergencyChoice, identifiersGiven, identityButton, type InboxAct, nobodyOnTheLineWhy, questionButtons, questionReply, slotOnThePhone, withDoneMark, workButton } from './inbox/call-script';
import './front-desk.css';
import './inbox/inbox-station.css';

const RELEASE_BASIS_NAMES: Readonly<Record<ReleaseBasis, string>> = {
  authorization: 'signed authorisation',
  'personal-representative': 'personal representative',
  'patient-agreement': 'patient’s documented agreement',
};

interface InboxDraft {
  /** The item shown beside the list: the one the station was opened for, then the one last chosen or next to work; null: nothing open. */
  selected: string | null;
  book: BookGridState;
  problem: string | null;
  /** Items left for another while someone was on the line: "On hold" on return, until the trainee takes a step on them again. */
  held: Set<string>;
}

function itemsOf(context: StationContext): AnyMachineSnapshot[] {
  return context.session.inboxSnapshots().filter((snapshot) => !snapshot.matches('scheduled'));
}

/** The item's state in the list; `onHold`: it was left with someone on its call's line (`onTheLine`). */
function statusOf(snapshot: AnyMachineSnapshot, onHold = false): string {
  const context = snapshot.context as InboxItemContext;
  if (snapshot.matches('done')) return 'Done';
  if (snapshot.matches('handedOver')) return 'Handed over';
  const wait = providerWait(context);
  const state = onHold ? 'On hold' : snapshot.matches({ open: 'working' }) ? 'Open' : wait ? `Waiting for ${wait.provider}: sent ${wait.sentAt}, answer expected by ${wait.answerBy}` : context.openedAt === null ? 'Unread' : context.setAside ? 'Set aside' : 'Waiting';
  return context.overdue ? `${state}, overdue` : state;
}

/** A line as a sentence: a full stop added unless it already ends in one, a question or an exclamation ("Appointment tomorrow?", never "tomorrow?."). */
function sentence(line: string): string {
  return /[.?!]$/.test(line) ? line : `${line}.`;
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
    const { work } = snapshot.context as InboxItemContext;
    // Tomorrow's appointment as the book now holds it, once the call has changed it.
    const inBook = item.kind === 'appointment-confirmation' && work.confirmation !== null ? ` In the book now: ${confirmationStanding(work)}.` : '';
    // A call left for another item keeps its person waiting: the list says so (the playtester left Tomás on the line through an emergency).
    const onHold = item.id !== selected && snapshot.status === 'active' && onTheLine({ item, chart, scenario: context.session.scenario, minute: context.session.minute }, work) !== null;
    const label = `${sentence(kindOf(item).summary(item, chart))} ${from}. Arrived ${item.arrives}, due ${item.due}. ${statusOf(snapshot, onHold)}.${inBook}`;
    const button = keyedButton(label, `inbox-item-${item.id}`, item.id === selected ? 'primary' : 'quiet', () => open(item.id));
    if (snapshot.status !== 'active') {
      // Done at a glance, not only by "Done." at the end of a long line: a leading check mark and muted lines (the playtester's list).
      button.dataset.settled = '';
      const mark = element('span', 'inbox-settled-mark', '✓ ');
      mark.setAttribute('aria-hidden', 'true');
      button.prepend(mark);
    }
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

/** " (555-555-0100)": the clinic's call-back number as a choice shows it. */
function clinicPhone(context: StationContext): string {
  const { phone } = context.session.scenario.clinic;
  return phone === undefined ? '' : ` (${phone})`;
}

/**
 * What is left on the item in work, as the domain says it (`stepsLeft`: what it waits for,
 * what is missing, documenting, marking done; what setting it aside or handing it over
 * means), above the finish: the playtester, a result rightly withheld, could not tell
 * whether to document, mark it done or call again, set it aside, and it went overdue.
 */
function stepsLeftBox(context: StationContext, item: InboxItemContext): HTMLElement | null {
  const scenario = context.session.scenario;
  const lines = stepsLeft({ item: item.item, chart: item.chart, scenario, minute: context.session.minute }, item.work, minutesOfDay(scenario.day.end));
  if (lines.length === 0) return null;
  const box = element('div', 'inbox-steps-left');
  box.dataset.key = 'steps-left';
  box.append(element('p', 'kit-field-label', 'What is left on this item'));
  const list = element('ul', 'fd-services');
  for (const line of lines) list.append(element('li', undefined, line));
  box.append(list);
  return box;
}

/** The call as it has gone: the MA's lines and the person's answers, from the work done. */
function callLog(item: InboxItemContext, clinic: ClinicContact): HTMLElement | null {
  const { item: data, work, chart } = item;
  if (data.kind !== 'result-note' || !work.callPlaced) return null;
  const log = callLogBox();
  const answerer = callAnswered(log, data, chart, 'I can take a message, or just tell me.');
  const given = chart?.name.given ?? 'the patient';
  if (answerer.live && data.emergency !== undefined) log.append(speech('them', answerer.name, `Before you go on: since this morning I have had ${EMERGENCY_WORDS[data.emergency]}. It will pass, won’t it?`));
  if (work.identified) identifiersGiven(log, answerer, chart);
  if (work.told !== null) log.append(speech('you', 'You', work.told === 'as-released' ? data.released : `${data.released} That’s fine, nothing to worry about.`));
  // Nothing in the line may confirm that the patient is the clinic's: not whose information it is, nor that there is any.
  if (work.withheld) log.append(speech('you', 'You', withheldWords(clinic)));
  if (data.question !== undefined && work.told !== null) log.append(speech('them', answerer.name, QUESTION_WORDS[data.question]));
  const reply = data.question === undefined ? null : questionReply(work, data.question);
  if (reply !== null) log.append(speech('you', 'You', reply));
  if (work.emergencyDeferred) log.append(speech('you', 'You', EMERGENCY_DEFERRED_WORDS));
  if (work.emergencyDirected) log.append(speech('you', 'You', EMERGENCY_DIRECTION_WORDS));
  if (work.voicemail !== null) log.append(speech('you', 'You', work.voicemail === 'call-back-only' ? callBackWords(clinic, chart) : `This is ${clinic.name} calling for ${given} about the ${data.test}: ${data.released}`));
  return log;
}

function callScript(context: StationContext, item: InboxItemContext, act: InboxAct, draft: InboxDraft, redrawPanel: () => void): HTMLElement {
  if (isConfirmation(item)) return confirmationCall(context, item, act, draft, redrawPanel);
  const { item: data, work } = item;
  const itemId = data.id;
  if (data.kind === 'refill-request') return refillWork(context, item, act, () => visitBooking(context, item, act, draft, redrawPanel));
  const part = section(data.kind === 'result-note' ? 'The call' : 'Triage');
  if (data.kind === 'patient-message') {
    // Each way to write back shows what it writes: the clinic's answer where the scenario gives one, and the answers a novice is tempted by; which are open is the domain's.
    const replies = MESSAGE_REPLIES.filter((reply) => reply !== 'clinic-answer' || data.reply !== undefined).map((reply) => {
      const action: InboxEvent = { type: 'message.replied', itemId, reply };
      return act.can(action) || work.reply === reply ? workButton(`Write back: “${replyWords(data, reply)}”`, `message-replied:${reply}`, 'quiet', act, action) : null;
    });
    part.body.append(
      choices(
        'What to do with the message',
        'message',
        workButton('Send the message to the provider', 'message-routed', 'quiet', act, { type: 'message.routed', itemId }),
        ...replies,
        emergencyChoice('Call the patient now: “Hang up and call 911 now; do not drive in”, and alert the provider', itemId, act, work.emergencyDirected),
      ),
    );
    if (work.routed) part.body.append(doneMark('Sent to the provider.'));
    if (work.reply !== null) {
      const log = callLogBox('Your reply');
      log.append(speech('you', 'You wrote', replyWords(data, work.reply)));
      part.body.append(log, doneMark('Replied to the patient through the portal.'));
    }
    if (work.emergencyDirected) {
      const log = callLogBox();
      log.append(speech('you', 'You', EMERGENCY_DIRECTION_WORDS));
      part.body.append(log, doneMark('The patient was told to call 911; the provider was told.'));
    }
    return part.root;
  }
  if (data.kind !== 'result-note') return part.root;
  if (!work.callPlaced) {
    part.body.append(buttonRow(workButton(`Call ${item.chart ? fullName(item.chart.name) : 'the patient'} (${item.chart?.phone ?? ''})`, 'call-placed', 'primary', act, { type: 'call.placed', itemId })));
    return part.root;
  }
  const log = callLog(item, context.session.scenario.clinic);
  if (log) part.body.append(log);
  const onTheLineChoices = choices(
    'On the line',
    'line',
    ...identityButton(itemId, act, work.identified),
    // The one taken is marked done beside its greyed button, as the identifiers are.
    ...withDoneMark(workButton('Give the released words', 'result-told', 'quiet', act, { type: 'result.told', itemId, words: 'as-released' }), itemId, work.told === 'as-released' ? 'Given: the provider’s released words' : null),
    ...withDoneMark(workButton('Give the result and reassure: “that’s fine”', 'result-told-reading', 'quiet', act, { type: 'result.told', itemId, words: 'own-reading' }), itemId, work.told === 'own-reading' ? 'Given, with your own “that’s fine”' : null),
    ...withDoneMark(workButton(`Decline, and ask only for a call back${clinicPhone(context)}`, 'result-withheld', 'quiet', act, { type: 'result.withheld', itemId }), itemId, work.withheld ? 'Declined: asked only for a call back' : null),
  );
  // The playtester saw these greyed on a voicemail with no reason: the reason shows under them, and describes each.
  const why = greyedWhy(nobodyOnTheLineWhy(data), `inbox-nobody-on-line-${itemId}`, [...onTheLineChoices.querySelectorAll('button')]);
  if (why !== null) {
    why.dataset.key = 'nobody-on-line-why';
    onTheLineChoices.append(why);
  }
  part.body.append(
    onTheLineChoices,
    choices(
      'Voicemail, or nobody there',
      'no-one',
      workButton(`Voicemail: the clinic’s name and number${clinicPhone(context)}, please call back`, 'voicemail-minimal', 'quiet', act, { type: 'voicemail.left', itemId, content: 'call-back-only' }),
      workButton('Voicemail: leave the result', 'voicemail-details', 'quiet', act, { type: 'voicemail.left', itemId, content: 'result-details' }),
      workButton('Record that nobody answered', 'no-answer', 'quiet', act, { type: 'no-answer.recorded', itemId }),
    ),
    choices(
      'What they ask or tell you',
      'asked',
      ...questionButtons(itemId, act, work.question),
      // Beside 911, what a novice says to a person who describes an emergency: offered only where the domain takes it, and kept once said.
      act.can({ type: 'emergency.deferred', itemId }) || work.emergencyDeferred ? workButton(`Tell them: “${EMERGENCY_DEFERRED_WORDS}”`, 'emergency-deferred', 'quiet', act, { type: 'emergency.deferred', itemId }) : null,
      emergencyChoice('Tell them: “Hang up and call 911 now; do not drive in”, and alert the provider', itemId, act, work.emergencyDirected),
    ),
  );
  if (data.instruction === 'start-medication') part.body.append(educationChoice(item, act));
  if (data.instruction === 'book-visit') part.body.append(visitBooking(context, item, act, draft, redrawPanel));
  return part.root;
}

/**
 * The education the provider's plan sends through the portal, as a choice of leaflets from
 * the clinic's shelf on the plan's topic (each with its language and reading grade), beside
 * the chart's language and reading level; once sent, the leaflet that went. Which one fits is
 * the domain's to judge (`education.match`); the playtester was only told by a toast.
 */
function educationChoice(item: InboxItemContext, act: InboxAct): HTMLElement {
  const { item: data, work, chart } = item;
  const box = element('div', 'inbox-education');
  if (data.kind !== 'result-note') return box;
  const reader = readerOf(chart);
  box.append(
    factList([
      ['Plan', INSTRUCTION_WORDS[data.instruction]],
      ['Preferred language', LANGUAGE_NAMES[reader.language]],
      ['Reading level', readingLevelWords(chart?.readingNeeds)],
    ]),
  );
  const sent = work.educationSent === null ? undefined : materialById(work.educationSent);
  if (sent) {
    box.append(doneMark(`Sent through the portal: “${sent.title}”, in ${LANGUAGE_NAMES[sent.language]}, written at grade ${sent.readingGrade}.`));
    return box;
  }
  const leaflets = educationChoices(data).map((material) =>
    workButton(`${material.title} — ${LANGUAGE_NAMES[material.language]}, grade ${material.readingGrade}`, `education-sent-${material.id}`, 'quiet', act, { type: 'education.sent', itemId: data.id, materialId: material.id }),
  );
  box.append(choices('Send the education material through the portal: which leaflet', 'education', ...leaflets));
  return box;
}

function visitBooking(context: StationContext, item: InboxItemContext, act: InboxAct, draft: InboxDraft, redrawPanel: () => void): HTMLElement {
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
  // The person on the line answers the slot offered; one that does not suit them is not booked, and the trainee chooses again.
  const speaker = data.kind === 'result-note' ? answererOf(data, item.chart).name : item.chart ? fullName(item.chart.name) : 'The patient';
  const { answer, choose: book } = slotOnThePhone(speaker, data.availability, act, (date, time) => ({ type: 'visit.booked', itemId: data.id, date, time }), draft, redrawPanel);
  const details = bookDropDown({
    summary: 'Book the visit: open the appointment book',
    pickHint: 'Pick a slot: arrow keys move, Enter selects it; then “Book the selected slot”.',
    button: { label: 'Book the selected slot', key: 'book-visit' },
    enterSelects: true,
    grid: { scenario: context.session.scenario, provider, madeToday: context.session.bookingsMadeToday, ask },
    draft,
    redrawPanel,
    choose: book,
    answer,
  });
  box.append(details);
  return box;
}

/** Near closing, a routine item's hand-over: the note the domain writes (what is still needed), and the button that leaves it. */
function handOver(context: StationContext, item: InboxItemContext, act: InboxAct): HTMLElement | null {
  const actions = context.session.available().find((task) => task.itemId === item.item.id)?.actions ?? [];
  if (!actions.includes('inbox.handed-over')) return null;
  const box = element('div', 'inbox-hand-over');
  box.dataset.key = 'hand-over-note';
  box.append(
    element('p', 'kit-field-label', 'Hand-over note for the provider and the next shift'),
    paragraph(handOverNote({ item: item.item, chart: item.chart, scenario: context.session.scenario, minute: context.session.minute }, item.work)),
    buttonRow(deliberate(workButton('Hand over to the provider and the next shift, with this note', 'inbox-handed-over', 'quiet', act, { type: 'inbox.handed-over', itemId: item.item.id }))),
  );
  return box;
}

/**
 * Which of the finish's steps the item is at, if any: set aside while the provider decides a
 * refill; documented once a call (or a refill) needs writing up; marked done once nothing it
 * asked for is missing. Null while the step is still in the work above (the call's next line).
 */
function finishStep(context: StationContext, item: InboxItemContext): 'set-aside' | 'document' | 'complete' | null {
  if (providerWait(item) !== null) return 'set-aside';
  const at = { item: item.item, chart: item.chart, scenario: context.session.scenario, minute: context.session.minute };
  // The book still to change as the patient asked, a refill's answer still to give: the call's next line, not the finish.
  if ((kindOf(item.item).completionGaps?.(at, item.work) ?? []).length > 0) return null;
  if (needsDocumenting(item.item, item.work) && !item.work.documented) return 'document';
  return gapsNow(at, item.work).length === 0 ? 'complete' : null;
}

function finishing(context: StationContext, item: InboxItemContext, snapshot: AnyMachineSnapshot, act: InboxAct): HTMLElement {
  const itemId = item.item.id;
  const part = section('Finish');
  if (!snapshot.matches({ open: 'working' })) {
    part.body.append(doneMark(statusOf(snapshot) === 'Done' ? 'This item is done.' : `This item was handed over to the provider and the next shift. The note: ${item.handOverNote ?? ''}`));
    return part.root;
  }
  // The filled button is the step the item is at: never "Mark the item done" while it waits to be set aside.
  const at = finishStep(context, item);
  const refill = item.item.kind === 'refill-request';
  const setAside = workButton('Set it aside for later', 'inbox-set-aside', at === 'set-aside' ? 'primary' : 'quiet', act, { type: 'inbox.set-aside', itemId });
  part.body.append(
    choices(
      'Finish the item',
      'finish',
      needsDocumenting(item.item, item.work) ? workButton(refill ? 'Document the refill in the chart' : 'Document the call in the chart', 'call-documented', at === 'document' ? 'primary' : 'quiet', act, { type: 'call.documented', itemId }) : null,
      workButton('Mark the item done', 'inbox-completed', at === 'complete' ? 'primary' : 'quiet', act, { type: 'inbox.completed', itemId }),
      at === 'set-aside' ? setAside : deliberate(setAside),
    ),
  );
  // The note is shown before it is saved (the playtester pressed "Document" and saw nothing of what went in), and as it was saved after.
  const documenting = needsDocumenting(item.item, item.work) && !item.work.documented;
  if (documenting || item.chartNote !== null) {
    const box = element('div', 'inbox-chart-note');
    box.dataset.key = 'chart-note';
    box.id = `inbox-chart-note-${itemId}`;
    const at = { item: item.item, chart: item.chart, scenario: context.session.scenario, minute: context.session.minute };
    box.append(element('p', 'kit-field-label', documenting ? 'The note that goes in the chart' : 'The note in the chart'), paragraph(item.chartNote ?? chartNote(at, item.work), 'kit-text inbox-chart-note-text'));
    part.body.append(box);
    part.body.querySelector('button[data-key="call-documented"]')?.setAttribute('aria-describedby', box.id);
  }
  if (item.work.documented) part.body.append(doneMark(refill ? 'The refill request is documented in the chart.' : 'The call is documented.'));
  const left = stepsLeftBox(context, item);
  if (left) part.body.prepend(left);
  const handing = handOver(context, item, act);
  if (handing) part.body.append(handing);
  return part.root;
}

/** The actions after which the item is settled or put down, and focus goes to the next item in the list. */
const PUT_DOWN: ReadonlySet<InboxEvent['type']> = new Set(['inbox.completed', 'inbox.set-aside', 'inbox.handed-over']);

/** What the panel knew of the focus as a step was taken: the control pressed, the keyed controls of the item's work in order, and whether the step put the item down. */
interface StepTaken {
  readonly key: string | undefined;
  readonly keys: readonly string[];
  readonly putDown: boolean;
}

/** Every keyed element of the item's work, in document order: everything in the panel but the inbox list. */
function workKeyed(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[data-key]')].filter((node) => node.closest('.inbox-list') === null);
}

/** The controls of `scope` the panel may move focus to by itself: actions that can take focus now, never one chosen only deliberately (911 on a call where it is done, setting aside an item that could go on, hand over). */
function stepControls(scope: HTMLElement): HTMLElement[] {
  return [...scope.querySelectorAll<HTMLElement>('button, summary')].filter((node) => node.closest('.inbox-list') === null && node.dataset.focusSkip === undefined && canFocus(node));
}

/**
 * The groups of choices of the open item, in their fixed on-screen order: each row of
 * alternatives under its label (`choices`), the appointment book's drop-down, and every other
 * row of actions (placing the call, opening the item, adding a fact to a refill request).
 */
function choiceGroups(root: HTMLElement): HTMLElement[] {
  const pane = root.querySelector<HTMLElement>('.inbox-pane');
  if (!pane) return [];
  const all = [...pane.querySelectorAll<HTMLElement>('[data-choices], details, .station-actions')];
  return all.filter((node) => !all.some((outer) => outer !== node && outer.contains(node)));
}

/** Where focus goes in a group that has something to do: a row of alternatives' label (so focus picks none of them), else the row's first control in its order; null when nothing in it can be done now. */
function groupTarget(group: HTMLElement): HTMLElement | null {
  const controls = stepControls(group);
  if (controls.length === 0) return null;
  const label = group.dataset.choices === undefined ? null : group.querySelector<HTMLElement>('.inbox-choices-label');
  return label && canFocus(label) ? label : (controls[0] ?? null);
}

/** 1 for an inbox task whose item is open, in work (it lists "Mark the item done"). */
function inWork(actions: readonly string[]): number {
  return Number(actions.includes('inbox.completed'));
}

/**
 * The item to show once the open one is put down: of the items the trainee can work now
 * (as the day lists them: not one waiting on the provider's answer), the one already in work,
 * else the earliest due (the inbox's order of work), in the list's order between equals; null
 * when none is left.
 */
function nextItem(session: Session, putDown: string): string | null {
  const due = (itemId: string) => (session.inboxSnapshot(itemId)?.context as InboxItemContext | undefined)?.item.due ?? '23:59';
  const workable = session
    .available()
    .filter((task) => task.stage === 'inbox' && task.itemId !== undefined && task.itemId !== putDown && (task.actions.includes('inbox.opened') || task.actions.includes('inbox.completed')));
  return workable.toSorted((a, b) => inWork(b.actions) - inWork(a.actions) || due(a.itemId!).localeCompare(due(b.itemId!)))[0]?.itemId ?? null;
}

type FocusTarget = { readonly node: HTMLElement; readonly group: HTMLElement };

/** The target of the first group, of `groups` in order, that has something to do now. */
function first(groups: readonly HTMLElement[]): FocusTarget | null {
  for (const group of groups) {
    const node = groupTarget(group);
    if (node) return { node, group };
  }
  return null;
}

/**
 * Where focus goes after a step on the item, so a keyboard user goes on from where they were
 * instead of from the panel's heading, and never onto one of their choices: the control
 * pressed while it is still open (choosing a slot, a toggle); else the group of choices the
 * step was taken in while something in it can still be done, else the next such group in the
 * fixed on-screen order (the call's next row, the finish), else the first. In a row of
 * alternatives focus goes to its label, elsewhere to the row's first control: the same
 * control whatever the right choice is. After the item is done, set aside or handed over,
 * the first group of the item shown next ("Open and read this item"), or, with nothing left,
 * "Close the inbox".
 */
function nextStepTarget(root: HTMLElement, step: StepTaken): FocusTarget | null {
  const groups = choiceGroups(root);
  if (step.putDown) return first(groups);
  const keyed = workKeyed(root);
  const pressed = step.key === undefined ? undefined : keyed.find((node) => node.dataset.key === step.key);
  if (pressed && canFocus(pressed) && pressed.matches('button, summary')) return { node: pressed, group: groups.find((group) => group.contains(pressed)) ?? pressed };
  // Where the pressed control was: itself if still drawn (disabled), else the last keyed control before it that still is.
  const at = step.key === undefined ? -1 : step.keys.indexOf(step.key);
  const anchorKey = pressed ? step.key : step.keys.slice(0, Math.max(at, 0)).findLast((key) => keyed.some((node) => node.dataset.key === key));
  const anchor = anchorKey === undefined ? undefined : keyed.find((node) => node.dataset.key === anchorKey);
  if (anchor === undefined) return first(groups);
  const own = groups.filter((group) => group.contains(anchor));
  const after = groups.filter((group) => !group.contains(anchor) && anchor.compareDocumentPosition(group) & Node.DOCUMENT_POSITION_FOLLOWING);
  const before = groups.filter((group) => !own.includes(group) && !after.includes(group));
  return first([...own, ...after, ...before]);
}

/** Focuses the target and brings its group into view (the choices may be below the fold of the open item's pane). With no target, the panel's focus keeper (`keepFocusIn`) gives focus to the panel's heading, never to the page. */
function focusNextStep(root: HTMLElement, target: FocusTarget | null): void {
  if (!target || !followFocusPlan([{ node: target.node, key: target.node.dataset.key }], root)) return;
  target.group.scrollIntoView({ block: 'nearest' });
  target.node.scrollIntoView({ block: 'nearest' });
}

/** Whether the step taken opened an item: its "Open and read this item", or its line in the list. */
function openedBy(step: StepTaken): boolean {
  return step.key === 'inbox-opened' || (step.key?.startsWith('inbox-item-') ?? false);
}

/**
 * Brings an item just opened into view from its top: what it says comes before what to do with
 * it (at text size 1.25 the playtest saw Rosa Delgado's chest-pain message scrolled away above
 * its five replies, "nothing to worry about" in view before the symptoms). The keyboard stays on
 * the first thing to do (`focusNextStep`), just below.
 */
function readFromTheTop(root: HTMLElement): void {
  root.querySelector<HTMLElement>('.inbox-pane .inbox-note')?.scrollIntoView({ block: 'start' });
}

/** Scrolls the inbox list, and only the list, so the open item's line is in view. */
function keepOpenItemInView(root: HTMLElement): void {
  const list = root.querySelector<HTMLElement>('.inbox-items');
  const open = list?.querySelector<HTMLElement>('button[aria-current="true"]');
  if (!list || !open) return;
  const top = open.getBoundingClientRect().top - list.getBoundingClientRect().top + list.scrollTop;
  const bottom = top + open.offsetHeight;
  if (top < list.scrollTop) list.scrollTop = top;
  else if (bottom > list.scrollTop + list.clientHeight) list.scrollTop = bottom - list.clientHeight;
}

/** With nothing open: what is left, and the way back to the floor. */
function nothingOpen(context: StationContext, close: () => void): HTMLElement {
  const waiting = context.session.available().filter((task) => task.stage === 'inbox').length;
  const words =
    waiting === 0
      ? 'Nothing is left to work in the inbox: every item that has come in is done, handed over, or with the provider until the answer comes back.'
      : 'What is left in the list is set aside or waits on the provider’s answer: choose it in the list when you are ready to work it.';
  return stepSection('Nothing open', [paragraph(words), buttonRow(keyedButton('Close the inbox', 'inbox-close', 'primary', close))], { className: 'inbox-note' });
}

function render(host: StationHost, context: StationContext, draft: InboxDraft, act: InboxAct, redrawPanel: () => void, showChosen: () => void): void {
  const selected = draft.selected;
  const snapshot = selected === null ? undefined : context.session.inboxSnapshot(selected);
  const columns = element('div', 'inbox-columns');
  const choose = (itemId: string) => {
    holdIfOnTheLine(context, draft);
    draft.selected = itemId;
    draft.book.selected = null;
    draft.book.open = false;
    draft.problem = null;
    // Choosing a waiting item opens it; one already open, or finished, is only shown.
    if (context.session.inboxSnapshot(itemId)?.matches({ open: 'waiting' })) act({ type: 'inbox.opened', itemId });
    else showChosen();
  };
  const pane = element('div', 'inbox-pane');
  pane.dataset.item = selected ?? '';
  columns.append(inboxList(context, selected, choose), pane);
  host.body.append(columns);
  if (!snapshot || snapshot.matches('scheduled')) {
    host.setSubtitle(selected === null ? 'Nothing open' : 'Choose an item');
    pane.append(nothingOpen(context, () => host.close()));
    return;
  }
  const item = snapshot.context as InboxItemContext;
  host.setSubtitle(kindOf(item.item).summary(item.item, item.chart));
  if (item.openedAt === null) {
    // Not read yet: what it holds shows once it is opened, so the day knows it was read (and its unread mark goes).
    pane.append(stepSection('Not read yet', [paragraph('Open the item to read it, with the chart beside it.')], { className: 'inbox-note' }));
  } else pane.append(item.item.kind === 'refill-request' ? refillRequestSection(context, item, act) : itemSection(context, item), chartSection(item));
  if (snapshot.matches({ open: 'waiting' })) {
    pane.append(buttonRow(workButton(item.openedAt === null ? 'Open and read this item' : 'Open this item', 'inbox-opened', 'primary', act, { type: 'inbox.opened', itemId: item.item.id })));
    const handing = handOver(context, item, act);
    if (handing) pane.append(handing);
    return;
  }
  const waiting = draft.held.has(item.item.id) ? onTheLine({ item: item.item, chart: item.chart, scenario: context.session.scenario, minute: context.session.minute }, item.work) : null;
  if (waiting !== null) pane.append(onHoldNote(waiting));
  if (snapshot.matches({ open: 'working' })) pane.append(callScript(context, item, act, draft, redrawPanel));
  pane.append(finishing(context, item, snapshot, act));
}

/** True for a refill request set down to wait for the provider, whose answer has come back: it is to be worked now. */
function answerBack(snapshot: AnyMachineSnapshot | undefined): boolean {
  if (snapshot?.matches({ open: 'waiting' }) !== true) return false;
  const { item, work } = snapshot.context as InboxItemContext;
  return item.kind === 'refill-request' && work.refill.answered;
}

/** Marks the item shown as left on hold when the trainee leaves it while someone is on its line. */
function holdIfOnTheLine(context: StationContext, draft: InboxDraft): void {
  const shown = draft.selected === null ? undefined : context.session.inboxSnapshot(draft.selected);
  if (!shown || shown.status !== 'active') return;
  const { item, chart, work } = shown.context as InboxItemContext;
  if (onTheLine({ item, chart, scenario: context.session.scenario, minute: context.session.minute }, work) !== null) draft.held.add(item.id);
}

/** On return to a call left on hold: who has been waiting, and what to do first. Unscored. */
function onHoldNote(waiting: string): HTMLElement {
  const note = paragraph(`On hold: ${waiting} has been waiting on the line while you were away. Thank them for holding, then go on with the call.`, 'kit-text inbox-on-hold');
  note.dataset.key = 'on-hold';
  note.setAttribute('role', 'status');
  return note;
}

/** The scroll of the list and of the open item's pane, kept across a redraw (the pane's only while it shows the same item). */
function keepScroll(root: HTMLElement): () => void {
  const list = root.querySelector<HTMLElement>('.inbox-items')?.scrollTop ?? 0;
  const pane = root.querySelector<HTMLElement>('.inbox-pane');
  const shown = pane?.dataset.item;
  const paneTop = pane?.scrollTop ?? 0;
  return () => {
    const listNow = root.querySelector<HTMLElement>('.inbox-items');
    if (listNow) listNow.scrollTop = list;
    const paneNow = root.querySelector<HTMLElement>('.inbox-pane');
    if (paneNow && paneNow.dataset.item === shown) paneNow.scrollTop = paneTop;
  };
}

/**
 * A book the trainee opens (its summary clicked, or Enter or Space on it): the summary goes to
 * the top of what scrolls, so the week has the room below it. Where the week has no room beside
 * the list, the list goes above the item and the station scrolls as one (`inbox-station.css`):
 * without this the summary just pressed would be left out of view as the layout changes.
 */
function bringOpenedBookUp(event: MouseEvent): void {
  const summary = event.target instanceof Element ? event.target.closest<HTMLElement>('summary[data-key="open-book"]') : null;
  const details = summary?.parentElement;
  if (!summary || !(details instanceof HTMLDetailsElement) || details.open) return;
  requestAnimationFrame(() => {
    if (details.open && summary.isConnected) summary.scrollIntoView({ block: 'start' });
  });
}

/**
 * A book opened or closed changes the layout without a redraw: where the list goes above the
 * item, it shrinks to a strip of a few lines, and the open item's line is kept in view there
 * (session 21's playtest at 1280×720, text 1.25, saw the strip scrolled to other items).
 */
function keepOpenLineOnToggle(event: Event): void {
  if (!(event.target instanceof HTMLDetailsElement) || !event.target.matches('details.fd-details')) return;
  const body = event.target.closest<HTMLElement>('.station-body');
  if (body) keepOpenItemInView(body);
}

/** The inbox station, keyed by the inbox item machine's id. */
export const inboxStation: Station = {
  machineId: 'inboxItem',
  title: 'Inbox',
  open(host, context): StationInstance {
    const release = claimPanel(host, true);
    const panel = host.body.closest<HTMLElement>('.station');
    panel?.classList.add('inbox-station');
    let current = context;
    const draft: InboxDraft = {
      selected: context.target.kind === 'inbox' ? context.target.itemId : null,
      book: { firstDate: mondayOf(addDays(context.session.scenario.day.date, 1)), selected: null },
      problem: null,
      held: new Set(),
    };
    const signature = (c: StationContext) =>
      JSON.stringify([
        draft.selected,
        c.session.inboxSnapshots().map((snapshot) => [snapshot.value, (snapshot.context as InboxItemContext).work, (snapshot.context as InboxItemContext).overdue]),
        draft.problem,
      ]);
    let shown = '';
    /** The step just taken, until the redraw it brings has moved focus on. */
    let taken: StepTaken | null = null;
    const note = (putDown: boolean): void => {
      const active = document.activeElement instanceof HTMLElement && host.body.contains(document.activeElement) ? document.activeElement : null;
      taken = { key: active?.dataset.key, keys: workKeyed(host.body).map((node) => node.dataset.key!), putDown };
    };
    const act: InboxAct = Object.assign(
      (action: InboxEvent): void => {
        note(PUT_DOWN.has(action.type));
        // A step on the call taken off hold: the person is being spoken to again (opening the item again is not yet a step on the call).
        if (action.type !== 'inbox.opened') draft.held.delete(action.itemId);
        if (!current.send(action).accepted) taken = null;
      },
      { can: (action: InboxEvent) => current.session.canAct(null, action) },
    );
    const draw = () => {
      const step = taken;
      taken = null;
      // The item put down (done, set aside, handed over) gives its place to the next one to work.
      const putDown = step?.putDown === true && draft.selected !== null && current.session.inboxSnapshot(draft.selected)?.matches({ open: 'working' }) !== true;
      if (putDown && draft.selected !== null) {
        holdIfOnTheLine(current, draft);
        draft.selected = nextItem(current.session, draft.selected);
        draft.book.selected = null;
        draft.book.open = false;
        draft.problem = null;
      }
      shown = signature(current);
      const restoreScroll = keepScroll(host.body);
      redraw(host.body, () =>
        render(host, current, draft, act, draw, () => {
          note(false);
          draw();
        }),
      );
      restoreScroll();
      // The call's transcript scrolls inside its box: its newest line is kept in view (the playtest saw it cut off at the box's foot).
      for (const log of host.body.querySelectorAll<HTMLElement>('.fd-conversation[role="log"]')) log.scrollTop = log.scrollHeight;
      keepOpenItemInView(host.body);
      if (step !== null) focusNextStep(host.body, nextStepTarget(host.body, { ...step, putDown }));
      if (step !== null && !putDown && openedBy(step)) readFromTheTop(host.body);
      // Where the panel's first focus goes when it opens: the item's first group with something to do, not the top of the list.
      host.body.querySelector('[data-autofocus]')?.removeAttribute('data-autofocus');
      nextStepTarget(host.body, { key: undefined, keys: [], putDown: true })?.node.setAttribute('data-autofocus', '');
      // An item's arrival, announced above the panel, has been dealt with once the item is opened.
      const opened = new Set(
        current.session
          .inboxSnapshots()
          .filter((snapshot) => (snapshot.context as InboxItemContext).openedAt !== null)
          .map((snapshot) => arrivalNote(snapshot.context as InboxItemContext)),
      );
      host.settleNews((line) => [...opened].some((text) => line.endsWith(` · ${text}`)));
    };
    // A refill whose provider's answer came back, opened from its own line in Needs you, opens
    // in work as choosing it in the list would: the answer and its next step show at once, not
    // an "Open this item" at the foot of the pane (the playtester's Harold Kim).
    if (draft.selected !== null && answerBack(context.session.inboxSnapshot(draft.selected))) act({ type: 'inbox.opened', itemId: draft.selected });
    draw();
    // Escape does what the trainee means: with an item shown, it closes the item's pane and the
    // keyboard waits on that item's line of the list; with none, it goes on to the panel, which
    // closes the inbox. The playtester, one item open, expected Escape to put the item down.
    const onEscape = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented || draft.selected === null) return;
      event.preventDefault();
      event.stopPropagation();
      const itemId = draft.selected;
      holdIfOnTheLine(current, draft);
      draft.selected = null;
      draft.book.selected = null;
      draft.book.open = false;
      draft.problem = null;
      draw();
      host.body.querySelector<HTMLElement>(`button[data-key="inbox-item-${CSS.escape(itemId)}"]`)?.focus();
    };
    host.body.addEventListener('keydown', onEscape);
    host.body.addEventListener('click', bringOpenedBookUp);
    // Toggle does not bubble: caught on its way down.
    host.body.addEventListener('toggle', keepOpenLineOnToggle, true);
    return {
      update(next) {
        current = next;
        if (signature(next) !== shown) draw();
      },
      dispose() {
        host.body.removeEventListener('keydown', onEscape);
        host.body.removeEventListener('click', bringOpenedBookUp);
        host.body.removeEventListener('toggle', keepOpenLineOnToggle, true);
        panel?.classList.remove('inbox-station');
        release();
      },
    };
  },
};
