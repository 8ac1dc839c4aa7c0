/**
 * What every call the inbox makes shares, on the screen: the call's log with who answers
 * (the patient, another person, a voicemail, nobody) and the two identifiers asked and
 * given; and the choices every call offers, asking for the two identifiers and passing a
 * question only the provider may answer to the provider (or answering it). The result call,
 * the confirmation call and the refill call back draw these; what each choice is worth is
 * the domain's (`src/clinic/inbox/inbox-kinds.ts`).
 */
import { answererOf, type Answerer, type InboxChart } from '../../../src/clinic/inbox/inbox-kinds';
import type { InboxEvent } from '../../../src/clinic/inbox/inbox.actions';
import { slotAnswer } from '../../../src/clinic/inbox/slot-answer';
import type { ScenarioPatientAvailability, ScenarioResultNote } from '../../../src/scenario/scenario.schema';
import { fullName } from '../../../src/domain/patient';
import { element } from '../../dom';
import { buttonRow, type ButtonVariant, keyedButton, openWhen, rowReason, rowStatus, speech } from '../kit/controls';
import { usDate } from '../front-desk-text';

/** How the inbox's panels send an action, and ask the domain (`Session.canAct`, the item's own guard) whether it would take it now. */
export interface InboxAct {
  (action: InboxEvent): void;
  can(action: InboxEvent): boolean;
}

/**
 * A button that sends one inbox action, shown disabled while the item would not take it
 * (the step is done, or does not fit the call as it stands): the one source of which step
 * is open is the domain's, and a keyboard user's focus moves on past a step once it is done.
 */
export function workButton(label: string, key: string, variant: ButtonVariant, act: InboxAct, action: InboxEvent): HTMLButtonElement {
  return openWhen(
    keyedButton(label, key, variant, () => act(action)),
    act.can(action),
  );
}

/** Marks a control the panel never moves focus to by itself (the emergency button, setting an item aside): the trainee chooses it deliberately. */
export function deliberate<T extends HTMLElement>(control: T): T {
  control.dataset.focusSkip = '';
  return control;
}

/**
 * A row of choices that are alternatives to one another (what to say on the line, what to
 * do with a message, how the item ends), under a label that takes the panel's focus after a
 * step (`tabindex=-1`): focus never picks one of them, whichever is right, and Tab reaches
 * them in their fixed order. A group of its own for assistive technology, named by the label.
 */
export function choices(label: string, key: string, ...buttons: readonly (HTMLElement | null)[]): HTMLElement {
  const group = element('div', 'inbox-choices');
  group.dataset.choices = '';
  group.setAttribute('role', 'group');
  const heading = element('p', 'kit-field-label inbox-choices-label', label);
  heading.id = `inbox-choices-${key}`;
  heading.tabIndex = -1;
  heading.dataset.key = `choices-${key}`;
  group.setAttribute('aria-labelledby', heading.id);
  group.append(heading, buttonRow(...buttons));
  return group;
}

/**
 * The choice to send the person to 911 and alert the provider: offered only where the domain
 * takes it (the person on the line, or the message, described an emergency), in its place
 * among the other choices (focus never goes to it by itself); kept, disabled, once it is
 * done. Null anywhere else: on a routine call it is no step at all.
 */
export function emergencyChoice(label: string, itemId: string, act: InboxAct, done: boolean): HTMLButtonElement | null {
  const action: InboxEvent = { type: 'emergency.directed', itemId };
  if (act.can(action)) return workButton(label, 'emergency-directed', 'danger', act, action);
  return done ? deliberate(workButton(label, 'emergency-directed', 'quiet', act, action)) : null;
}

/** An empty call log, read by a screen reader as "The call" (or as `name`: "Your reply"). */
export function callLogBox(name = 'The call'): HTMLElement {
  const log = element('div', 'fd-conversation');
  log.setAttribute('role', 'log');
  log.setAttribute('aria-label', name);
  return log;
}

/**
 * How the call is answered, into `log`: the voicemail's greeting, the line ringing out, the
 * patient, or another person, who says `offer` ("I can take a message, or just tell me").
 * Returns who is on the line.
 */
export function callAnswered(log: HTMLElement, item: Pick<ScenarioResultNote, 'answeredBy' | 'patientId'>, chart: InboxChart | undefined, offer: string): Answerer {
  const answerer = answererOf(item, chart);
  const given = chart?.name.given ?? 'the patient';
  const answered = item.answeredBy;
  if (answered.kind === 'voicemail') log.append(speech('them', 'Voicemail', `You have reached ${chart ? fullName(chart.name) : 'this number'}. Please leave a message.`));
  else if (answered.kind === 'no-answer') log.append(speech('them', 'The line', 'It rings out: nobody answers, and there is no voicemail.'));
  else if (answered.kind === 'patient') log.append(speech('them', answerer.name, `Hello, this is ${given}.`));
  else log.append(speech('them', answered.name, `Hello? This is ${answered.name}, ${given}’s ${answered.relationship.toLowerCase()}. ${given} is out; ${offer}`));
  return answerer;
}

/** The two identifiers asked for and given, into `log`, once the MA has asked. */
export function identifiersGiven(log: HTMLElement, answerer: Pick<Answerer, 'name' | 'isPatient'>, chart: InboxChart | undefined): void {
  if (!chart) return;
  const details = `${fullName(chart.name)}, born ${usDate(chart.dateOfBirth)}`;
  log.append(speech('you', 'You', 'Can you give me the full name and date of birth?'), speech('them', answerer.name, answerer.isPatient ? `${details}.` : `${answerer.name}. ${chart.name.given} is ${details}.`));
}

/**
 * A step's button and, once the step is done (`done`: what became of it), a done mark beside
 * it in the row ("✓ Asked: name and date of birth given") that also describes the button, as
 * the exam room marks a reading taken: the playtester saw these buttons only greyed, with no
 * reason. A button greyed for another reason (the step does not fit the call) has no mark.
 */
export function withDoneMark(button: HTMLButtonElement, itemId: string, done: string | null, as: 'done' | 'reason' = 'done'): HTMLElement[] {
  if (done === null) return [button];
  // A step closed because its alternative was taken says why, with no check mark: it was not chosen.
  const mark = as === 'done' ? rowStatus(done) : rowReason(done);
  mark.id = `inbox-done-${itemId}-${button.dataset.key ?? ''}`;
  button.setAttribute('aria-describedby', mark.id);
  return [button, mark];
}

/** The choice to ask for two identifiers (in `label`'s words where the call must be placed first: a call back on a refill), marked once they are given. */
export function identityButton(itemId: string, act: InboxAct, identified: boolean, label = 'Ask for the full name and date of birth'): HTMLElement[] {
  return withDoneMark(workButton(label, 'caller-identified', 'quiet', act, { type: 'caller.identified', itemId }), itemId, identified ? 'Asked: name and date of birth given' : null);
}

/** The choices on a question only the provider may answer: send it to the provider, or answer it yourself; the one taken marked done, and the other given the reason it is closed (no check mark). */
export function questionButtons(itemId: string, act: InboxAct, question: 'routed' | 'answered' | null): HTMLElement[] {
  const routed = workButton('Send the question to the provider', 'question-routed', 'quiet', act, { type: 'question.routed', itemId });
  const answered = workButton('Answer the question yourself', 'question-answered', 'quiet', act, { type: 'question.answered', itemId });
  return [
    ...(question === 'answered' ? withDoneMark(routed, itemId, 'Not sent: you answered it yourself', 'reason') : withDoneMark(routed, itemId, question === 'routed' ? 'Sent to the provider' : null)),
    ...(question === 'routed' ? withDoneMark(answered, itemId, 'Sent to the provider: not yours to answer', 'reason') : withDoneMark(answered, itemId, question === 'answered' ? 'Answered it yourself' : null)),
  ];
}

/**
 * Why the choices for a person on the line are greyed on a call nobody answered in person:
 * the voicemail took it, or the line rang out. Null while someone is on the line.
 */
export function nobodyOnTheLineWhy(item: Pick<ScenarioResultNote, 'answeredBy'>): string | null {
  if (item.answeredBy.kind === 'voicemail') return 'Greyed: the voicemail answered, so nobody is on the line to identify, tell or ask. Leave a message under “Voicemail, or nobody there”.';
  if (item.answeredBy.kind === 'no-answer') return 'Greyed: the line rang out, so nobody is on it to identify, tell or ask. Record it under “Voicemail, or nobody there”.';
  return null;
}

/** What the MA says to a question on a call: that it goes to the provider, or an answer of their own (about a dose, or a result). */
export function questionReply(work: { readonly question: 'routed' | 'answered' | null }, question: NonNullable<ScenarioResultNote['question']>): string | null {
  if (work.question === 'routed') return question === 'dose-change' ? 'Keep taking it as prescribed for now: only the provider decides a dose. I will send your question to the provider today, and we will call you with the answer.' : 'That is a question for the provider: I will send it to them today, and we will call you with the answer.';
  if (work.question === 'answered') return question === 'dose-change' ? 'Yes, you can take two a day until you see the doctor.' : 'No, that’s fine, nothing to worry about.';
  return null;
}

/**
 * Booking a slot on the phone: the person on the line answers each slot offered
 * (`answer`, shown as it is selected), and `choose` books it, or, for a slot that does not
 * suit them, leaves their answer as the panel's problem and books nothing, so the trainee
 * chooses again.
 */
export function slotOnThePhone(
  speaker: string,
  availability: ScenarioPatientAvailability | undefined,
  act: InboxAct,
  actionAt: (date: string, time: string) => InboxEvent,
  draft: { problem: string | null },
  redrawPanel: () => void,
): { answer(date: string, time: string): string; choose(date: string, time: string): void } {
  const answer = (date: string, time: string): string => `${speaker}: “${slotAnswer(availability, date, time).words}”`;
  const choose = (date: string, time: string): void => {
    const action = actionAt(date, time);
    if (!act.can(action) && !slotAnswer(availability, date, time).suits) {
      draft.problem = `${answer(date, time)} Choose another slot.`;
      redrawPanel();
      return;
    }
    act(action);
  };
  return { answer, choose };
}
