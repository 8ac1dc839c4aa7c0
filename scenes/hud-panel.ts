/**
 * The floor's HUD, in HTML over the canvas: a top bar with the clinic clock, pause, speed
 * and "Skip ahead" (timed play) or "Next event" (untimed practice), the running score
 * (practice only) and "End day" (once the clinic has closed, the time controls and "End day"
 * give way to "Clinic closed" and a button that opens the debrief); and a
 * side panel with, pinned at its top, the alerts that wait on the trainee (a ringing phone,
 * a critical value the provider has not heard of), then the queue (every patient the trainee
 * can act for, and the phone), a practice hint and the other alerts. Everything is a real button, so the whole day can be
 * played from the keyboard: Tab to a patient, Enter to open their station. Escape here does
 * what Escape does in the open panel (closes it, as its Close button), or with nothing open
 * takes the keyboard back to the floor, where its shortcuts work.
 */
import type { AlertView, DayView, QueueItem, RoomWait, RunningScore } from '../src/session/day-view';
import { type FeedbackItem, type FeedbackView, runningPoints, type ScoreChange, signedPoints } from '../src/session/feedback-view';
import { skipAheadBlocker, skipAheadDescription, type RunnerState } from './day-runner';
import { button, element, minutesText } from './dom';
import { SpeedKeys } from './keys';
import { SPEEDS, type Speed } from './settings';

/** What the HUD asks of the scene. */
export interface HudHandlers {
  onPause(paused: boolean): void;
  onSpeed(speed: Speed): void;
  onNextEvent(): void;
  onSkipAhead(): void;
  onEndDay(): void;
  onOpen(item: QueueItem): void;
  onSound(on: boolean): void;
  /** Opens the debrief: offered once the clinic has closed. */
  onOpenDebrief(): void;
  /** Opens the practice feedback log, at a finding when one is given. */
  onFeedback?(findingId: string | null): void;
  /** Escape pressed in the top bar or the side panel: close what is open, else back to the floor. */
  onEscape(): void;
}

/** One line of the queue, kept while its patient stays in the queue. */
interface QueueRow {
  readonly li: HTMLLIElement;
  current: QueueItem;
  /** The line's button, classed `queue-urgent` while the line is urgent. */
  readonly button: HTMLButtonElement;
  readonly name: HTMLElement;
  readonly task: HTMLElement;
  readonly wait: HTMLElement;
  readonly patience: HTMLElement;
  readonly fill: HTMLElement;
}

/** A patient waiting for a room while none is free: their name, the words and their wait, not actionable. */
function roomWaitLine(wait: RoomWait): HTMLLIElement {
  const li = element('li', 'queue-room-wait');
  li.dataset.key = `room-wait:${wait.patientId}`;
  li.append(
    element('span', 'queue-name', wait.label),
    element('span', 'queue-task', wait.text),
    element('span', 'queue-wait', wait.waitingMinutes === null ? '' : `waiting ${minutesText(wait.waitingMinutes)}`),
  );
  return li;
}

/**
 * What a queue line shows, as a string: when it changes the line is drawn again. The label
 * is part of it, since the inbox's line keeps its key while its count and next due time change.
 */
export function queueRowSignature(item: QueueItem): string {
  return `${item.key}|${item.label}|${item.task}|${item.urgent === true ? 'urgent' : ''}|${item.waitingMinutes === null ? '' : Math.floor(item.waitingMinutes)}`;
}

/**
 * What an alert's line shows, as a string: when it changes the line is drawn again. The words
 * are part of it, since at closing an unread message's alert keeps its id and changes its words
 * ("never opened"; the fourth playtest saw "(unread)" behind the closing notice).
 */
export function alertLineSignature(alert: Pick<AlertView, 'id' | 'text'>): string {
  return `${alert.id}|${alert.text}`;
}

/** The HUD of the floor. */
export class HudPanel {
  readonly #bar: HTMLElement;
  readonly #side: HTMLElement;
  readonly #clock: HTMLElement;
  readonly #progress: HTMLElement;
  readonly #pause: HTMLButtonElement;
  readonly #speeds: Map<Speed, HTMLButtonElement>;
  /** Says the clock stands still while the trainee works in a station (timed play). */
  readonly #held: HTMLElement;
  readonly #nextEvent: HTMLButtonElement;
  readonly #skipAhead: HTMLButtonElement;
  readonly #skipAheadWhy: HTMLElement;
  /** The time controls and "End day": offered while the day runs, taken away once the clinic has closed. */
  readonly #dayControls: readonly HTMLElement[];
  /** Where the time controls were, once the clinic has closed: what comes next, and the button to it. */
  readonly #closed: HTMLElement;
  readonly #closedVerdict: HTMLElement;
  readonly #openDebrief: HTMLButtonElement;
  readonly #score: HTMLElement;
  readonly #scoreChange: HTMLButtonElement;
  readonly #feedbackButton: HTMLButtonElement;
  #changeFindingId: string | null = null;
  #feedbackSignature = '';
  /** The hint of the step an open station is on; null: the floor's own hint. */
  #stepHint: string | null = null;
  /** The floor's hint from the last view (null where the day gives none). */
  #floorHint: string | null = null;
  readonly #sound: HTMLButtonElement;
  readonly #queue: HTMLUListElement;
  readonly #foot: HTMLElement;
  readonly #closing: HTMLElement;
  readonly #urgent: HTMLElement;
  readonly #urgentList: HTMLUListElement;
  readonly #alerts: HTMLUListElement;
  /** The routine alerts' heading, a button that brings them into view: kept at the list's foot while they are below it. */
  readonly #alertsJump: HTMLButtonElement;
  /** Says each new alert that waits on the trainee, once, to a screen reader (an assertive live region). */
  readonly #urgentNews: HTMLElement;
  /** The urgent alerts already said there. */
  readonly #urgentSaid = new Set<string>();
  /** The alerts whose words the live region holds now. */
  #urgentSaying: readonly string[] = [];
  readonly #hint: HTMLElement;
  readonly #handlers: HudHandlers;
  readonly #rows = new Map<string, QueueRow>();
  readonly #empty = element('li', 'queue-empty');
  /** What the queue shows, as text; null before the first render, so the first one always draws (an empty queue too). */
  #queueSignature: string | null = null;
  /** What the alert lists show; null before the first render, so the first one always draws ("No alerts." too). */
  #alertSignature: string | null = null;
  #urgentSignature: string | null = null;
  #scoreSignature = '';

  constructor(layer: HTMLElement, view: DayView, sound: boolean, handlers: HudHandlers) {
    this.#handlers = handlers;
    this.#bar = element('header', 'hud-bar');
    this.#bar.setAttribute('aria-label', 'Clinic controls');

    const clockBox = element('div', 'hud-clock');
    const clinic = element('span', 'hud-clinic', view.clinicName);
    clinic.title = view.clinicName;
    clockBox.append(clinic);
    this.#clock = element('span', 'hud-time');
    this.#clock.setAttribute('aria-label', 'Clinic time');
    // Closing time near: how long is left, beside the time (the floor also says it, once, in a notice).
    this.#closing = element('span', 'hud-closing');
    this.#closing.hidden = true;
    const timeLine = element('span', 'hud-time-line');
    timeLine.append(this.#clock, this.#closing);
    const track = element('span', 'hud-progress');
    track.setAttribute('aria-hidden', 'true');
    this.#progress = element('span', 'hud-progress-fill');
    track.append(this.#progress);
    clockBox.append(timeLine, track);

    const controls = element('div', 'hud-controls');
    this.#pause = button('Pause', 'hud-button hud-pause', () => handlers.onPause(this.#pause.getAttribute('aria-pressed') !== 'true'));
    this.#pause.setAttribute('aria-pressed', 'false');
    // As wide as its longer label whichever it shows, so "Resume" does not push the speeds along (playtest: 17 px).
    this.#pause.dataset['widest'] = 'Resume';
    const speedGroup = element('div', 'hud-speeds');
    speedGroup.setAttribute('role', 'group');
    speedGroup.setAttribute('aria-label', 'Speed');
    this.#speeds = new Map(
      SPEEDS.map((speed) => {
        const node = button(`${speed}×`, 'hud-button hud-speed', () => handlers.onSpeed(speed));
        node.setAttribute('aria-label', `Speed ${speed}×`);
        node.setAttribute('aria-keyshortcuts', SpeedKeys[speed].key);
        speedGroup.append(node);
        return [speed, node] as const;
      }),
    );
    // The clock waits while the trainee reads and thinks; each step taken still costs its clinic minutes (the final playtest read "stopped" as frozen while a step moved it on).
    this.#held = element('span', 'hud-held', 'Clock waits: station open');
    this.#held.title = 'The clock waits while you read and think at a station; each step you take costs its minutes (the "Done" notes say how many).';
    this.#held.hidden = true;
    speedGroup.append(this.#held);
    this.#nextEvent = button('Next event', 'hud-button hud-next', () => handlers.onNextEvent());
    this.#nextEvent.setAttribute('aria-keyshortcuts', 'N');
    // Unavailable while something waits, but never `disabled`: the button keeps its place
    // in the Tab order and keeps focus, so a keyboard or screen-reader user can hear why.
    this.#skipAhead = button('Skip ahead', 'hud-button hud-next', () => handlers.onSkipAhead());
    this.#skipAhead.setAttribute('aria-keyshortcuts', 'N');
    this.#skipAheadWhy = element('span', 'visually-hidden');
    this.#skipAheadWhy.id = 'hud-skip-ahead-why';
    this.#skipAhead.setAttribute('aria-describedby', this.#skipAheadWhy.id);
    // After closing nothing runs the clock or ends the day any more (the playtest saw Resume, the speeds and End day doing nothing): the bar says the clinic is closed and leads to the debrief (session 21's playtest found no way on there).
    this.#closed = element('div', 'hud-closed');
    this.#openDebrief = button('Open the debrief', 'hud-button hud-open-debrief', () => handlers.onOpenDebrief());
    // Why the day did not pass, in the debrief seal's few words, whole on hover and for a screen reader (session 22's playtest: the bar said nothing of a day failed on the pass mark).
    this.#closedVerdict = element('span', 'hud-closed-verdict');
    this.#closedVerdict.hidden = true;
    this.#closed.append(element('span', 'hud-closed-words', 'Clinic closed:'), this.#openDebrief, this.#closedVerdict);
    this.#closed.hidden = true;
    if (view.timed) {
      this.#nextEvent.hidden = true;
      controls.append(this.#pause, speedGroup, this.#skipAhead, this.#skipAheadWhy, this.#closed);
    } else {
      this.#skipAhead.hidden = true;
      controls.append(element('span', 'hud-untimed', 'Untimed: the clock waits for you'), this.#nextEvent, this.#closed);
    }
    this.#sound = button(sound ? 'Sound on' : 'Sound off', 'hud-button', () => handlers.onSound(this.#sound.getAttribute('aria-pressed') !== 'true'));
    this.#sound.setAttribute('aria-pressed', String(sound));

    this.#score = element('div', 'hud-score');
    this.#score.hidden = !view.practice;
    // What last changed the score, linked to its finding in the log; practice only.
    this.#scoreChange = button('', 'hud-score-change', () => handlers.onFeedback?.(this.#changeFindingId));
    this.#scoreChange.hidden = true;
    this.#feedbackButton = button('Feedback (0)', 'hud-button hud-feedback', () => handlers.onFeedback?.(null));
    this.#feedbackButton.setAttribute('aria-haspopup', 'dialog');
    this.#feedbackButton.hidden = !view.practice || handlers.onFeedback === undefined;
    const endDay = button('End day', 'hud-button hud-end', () => handlers.onEndDay());
    this.#dayControls = [...controls.children].filter((node): node is HTMLElement => node instanceof HTMLElement && node !== this.#closed && !node.hidden).concat(endDay);
    this.#bar.append(clockBox, controls, this.#score, this.#feedbackButton, this.#sound, endDay);

    this.#side = element('aside', 'hud-side');
    this.#side.setAttribute('aria-label', 'Patients and alerts');
    // Above the queue and sticky: however long the queue, what cannot wait stays in view.
    this.#urgent = element('section', 'hud-urgent');
    this.#urgent.setAttribute('aria-labelledby', 'hud-urgent-heading');
    this.#urgent.hidden = true;
    // Named as alerts, where a trainee looks for them (the playtest missed an emergency portal message under "Act now" alone).
    const urgentHeading = element('h2', 'hud-heading hud-urgent-heading', 'Alerts: act now');
    urgentHeading.id = 'hud-urgent-heading';
    this.#urgentList = element('ul', 'hud-alerts hud-urgent-list');
    this.#urgentNews = element('p', 'visually-hidden hud-urgent-news');
    this.#urgentNews.setAttribute('role', 'alert');
    this.#urgent.append(urgentHeading, this.#urgentList);
    const queueHeading = element('h2', 'hud-heading', 'Needs you');
    queueHeading.id = 'hud-queue-heading';
    this.#queue = element('ul', 'hud-queue');
    this.#queue.setAttribute('aria-labelledby', queueHeading.id);
    // The alerts have their own area under their heading, below Needs you (which scrolls in its
    // own): the session 20 playtest never scrolled down to them, the session 21 one saw a sticky
    // heading lie over the last Needs-you card. The heading's button, with their count, brings
    // the keyboard to them; the list takes the focus so that the keyboard scrolls it when it
    // holds more than its area shows.
    const alertHeading = element('h2', 'hud-heading hud-alerts-heading');
    alertHeading.id = 'hud-alerts-heading';
    this.#alertsJump = button('Alerts', 'hud-alerts-jump', () => {
      this.#alerts.scrollIntoView({ block: 'nearest' });
      this.#alerts.focus({ preventScroll: true });
    });
    alertHeading.append(this.#alertsJump);
    this.#alerts = element('ul', 'hud-alerts');
    this.#alerts.setAttribute('aria-labelledby', alertHeading.id);
    this.#alerts.tabIndex = 0;
    this.#hint = element('p', 'hud-hint');
    this.#hint.hidden = true;
    // The list scrolls on its own above the foot, where findings and toasts show: a pop-up
    // takes its own room at the panel's foot and never lies over a patient's line.
    const list = element('div', 'hud-side-list');
    list.append(this.#urgent, queueHeading, this.#queue, this.#hint, alertHeading, this.#alerts);
    this.#foot = element('div', 'hud-side-foot');
    // Outside the section that hides when nothing is urgent: a live region must be in the page before what it says.
    this.#side.append(list, this.#foot, this.#urgentNews);
    for (const region of [this.#bar, this.#side]) {
      region.addEventListener('keydown', (event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        handlers.onEscape();
      });
    }
    layer.append(this.#bar, this.#side);
  }

  /**
   * Shows the runner's state. The runner reports on every clinic minute; each part of the
   * HUD is written only when what it shows has changed, so the page is not laid out and
   * repainted for nothing while the day runs.
   */
  render(state: RunnerState): void {
    const { view } = state;
    setText(this.#clock, view.clock.text);
    const closing = closingSoonText(view.clock.minutesToClose, view.isOver);
    if (this.#closing.hidden !== (closing === null)) this.#closing.hidden = closing === null;
    setText(this.#closing, closing ?? '');
    const progress = `${Math.round(view.clock.progress * 100)}%`;
    if (this.#progress.style.width !== progress) this.#progress.style.width = progress;
    setText(this.#pause, state.paused ? 'Resume' : 'Pause');
    setAttribute(this.#pause, 'aria-pressed', String(state.paused));
    for (const [speed, node] of this.#speeds) setAttribute(node, 'aria-pressed', String(speed === state.speed));
    const hide = !(state.held && view.timed && !view.isOver);
    if (this.#held.hidden !== hide) this.#held.hidden = hide;
    if (this.#closed.hidden === view.isOver) {
      this.#closed.hidden = !view.isOver;
      for (const node of this.#dayControls) node.hidden = view.isOver;
    }
    this.#renderSkipAhead(view);
    const score = view.score;
    const scoreSignature = score ? `${Math.round(score.total)}|${runningPoints(score.accuracy)}|${Math.round(score.throughput)}|${score.failedByCritical}|${score.started}|${score.flowStarted}` : '';
    if (score && scoreSignature !== this.#scoreSignature) {
      // Before anything is judged the numbers would only be the empty day's: the score waits for the first step.
      this.#score.replaceChildren(
        score.failedByCritical ? scoreHead(failedMark()) : scoreLabel(),
        element('span', 'hud-score-value', score.started ? String(Math.round(score.total)) : '—'),
        scoreDetailElement(score),
        this.#scoreChange,
      );
    }
    this.#scoreSignature = scoreSignature;
    this.#renderQueue(view);
    this.#renderAlerts(view);
    this.#floorHint = view.hint;
    this.#showHint();
  }

  /** The hint: the open station's step, else the floor's; none where the day gives no hints. */
  #showHint(): void {
    const hint = this.#floorHint === null ? null : (this.#stepHint ?? this.#floorHint);
    if (this.#hint.hidden !== (hint === null)) this.#hint.hidden = hint === null;
    setText(this.#hint, hint === null ? '' : `Hint: ${hint}`);
  }

  /**
   * Practice feedback beside the running score: how many findings so far (the log's
   * button) and what last changed the score, linked to its finding. Null (assessment)
   * shows nothing.
   */
  renderFeedback(feedback: FeedbackView | null): void {
    const change = feedback?.lastChange ?? null;
    const signature = feedback === null ? '' : `${feedback.items.length}|${change?.text ?? ''}|${change?.findingId ?? ''}`;
    if (signature === this.#feedbackSignature) return;
    this.#feedbackSignature = signature;
    const count = feedback?.items.length ?? 0;
    this.#feedbackButton.textContent = `Feedback (${count})`;
    this.#changeFindingId = change?.findingId ?? null;
    this.#scoreChange.hidden = change === null;
    const short = change === null ? '' : shortChange(change, feedback?.items ?? []);
    this.#scoreChange.textContent = short;
    this.#scoreChange.title = change?.text ?? '';
    // The words shown come first in the name (what a speech-input user says to press it), then the whole sentence.
    this.#scoreChange.setAttribute('aria-label', change === null ? '' : `Last score change: ${short}. ${change.text}${change.findingId === null ? '' : '. Open it in the feedback log'}`);
    if (change !== null && change.accuracy < 0) this.#scoreChange.dataset.down = '';
    else delete this.#scoreChange.dataset.down;
  }

  /** While a station is open, the hint of its step (the same words the station shows); null gives the floor's hint back. */
  setStepHint(hint: string | null): void {
    if (this.#stepHint === hint) return;
    this.#stepHint = hint;
    this.#showHint();
  }

  /** The bar, once the clinic has closed: the one part of the floor still live after the closing notice is put away. */
  get bar(): HTMLElement {
    return this.#bar;
  }

  /**
   * Once the clinic has closed, why the day did not pass beside the way to the debrief: `short`
   * shown ("Not passed: below the pass mark of 70"), `whole` (the debrief banner's line) on hover
   * and for a screen reader; null for a day that passed.
   */
  showVerdict(verdict: { readonly short: string; readonly whole: string } | null): void {
    this.#closedVerdict.hidden = verdict === null;
    this.#closedVerdict.title = verdict?.whole ?? '';
    this.#closedVerdict.replaceChildren(...(verdict === null ? [] : [document.createTextNode(verdict.short), element('span', 'visually-hidden', ` (${verdict.whole})`)]));
  }

  /** The bar's "Open the debrief", shown once the clinic has closed. */
  get openDebriefButton(): HTMLButtonElement {
    return this.#openDebrief;
  }

  /** The button that opens the feedback log, to give focus back to. */
  get feedbackButton(): HTMLButtonElement {
    return this.#feedbackButton;
  }

  /** Shows whether sound is on. */
  setSound(on: boolean): void {
    this.#sound.textContent = on ? 'Sound on' : 'Sound off';
    this.#sound.setAttribute('aria-pressed', String(on));
  }

  /** The first line of "Needs you" the trainee can open, or null when nobody is there. */
  firstQueueButton(): HTMLButtonElement | null {
    return this.#queue.querySelector<HTMLButtonElement>('button.queue-item:not([disabled])');
  }

  /** The queue button of an item, to give focus to. */
  queueButton(key: string): HTMLButtonElement | null {
    return this.#queue.querySelector<HTMLButtonElement>(`button[data-key="${CSS.escape(key)}"]`);
  }

  /** Where the floor's toasts and its newest finding go: the foot of the side panel, below the queue and clear of every station and patient. */
  get toastHost(): HTMLElement {
    return this.#foot;
  }

  /** Removes the HUD. */
  dispose(): void {
    this.#bar.remove();
    this.#side.remove();
  }

  #renderSkipAhead(view: DayView): void {
    const blocker = skipAheadBlocker({ isOver: view.isOver, waiting: view.queue });
    setAttribute(this.#skipAhead, 'aria-disabled', String(blocker !== null));
    const why = skipAheadDescription({ isOver: view.isOver, waiting: view.queue });
    setText(this.#skipAheadWhy, why);
    setAttribute(this.#skipAhead, 'title', why);
  }

  #renderQueue(view: DayView): void {
    // The day's end is part of it: an empty queue then says the clinic is closed.
    const items = view.queue.map(queueRowSignature);
    const waits = view.roomWaits.map((wait) => `${wait.patientId}|${wait.waitingMinutes === null ? '' : Math.floor(wait.waitingMinutes)}`);
    const signature = `${view.isOver ? 'closed' : 'open'};${items.join(';')};${waits.join(';')}`;
    if (signature === this.#queueSignature) return;
    this.#queueSignature = signature;
    // Keyed update: a line keeps its button while its patient stays in the queue, so focus,
    // hover and a click in progress survive the clock ticking.
    const wanted = new Set(view.queue.map((item) => item.key));
    for (const [key, row] of this.#rows) {
      if (wanted.has(key)) continue;
      row.li.remove();
      this.#rows.delete(key);
    }
    this.#empty.remove();
    for (const line of this.#queue.querySelectorAll('.queue-room-wait')) line.remove();
    view.queue.forEach((item, index) => {
      const row = this.#rows.get(item.key) ?? this.#newRow(item);
      this.#rows.set(item.key, row);
      const patient = item.patientId === null ? undefined : view.patients.find((p) => p.id === item.patientId);
      row.current = item;
      // Only what changed is written: a line whose patient has not moved is not laid out again.
      setText(row.name, item.label);
      setText(row.task, item.task);
      // The task shows three lines at most (the stylesheet): the whole of it on hover, and in the line's name to a screen reader.
      setAttribute(row.task, 'title', item.task);
      // An urgent line (a red flag at the desk, the chest-pain ECG, the rest of that patient's check-in and rooming) in the urgent alerts' colours: it comes first, after the phone.
      row.button.classList.toggle('queue-urgent', item.urgent === true);
      setText(row.wait, item.waitingMinutes === null ? '' : `waiting ${minutesText(item.waitingMinutes)}`);
      const waitClass = `queue-wait${patient?.restless ? ' queue-wait-late' : ''}`;
      if (row.wait.className !== waitClass) row.wait.className = waitClass;
      const patience = patient?.patience ?? null;
      if (row.patience.hidden !== (patience === null)) row.patience.hidden = patience === null;
      const width = `${Math.round((patience ?? 0) * 100)}%`;
      if (row.fill.style.width !== width) row.fill.style.width = width;
      const level = patience === null ? '' : patience > 0.6 ? 'calm' : patience > 0.3 ? 'restless' : 'upset';
      if (row.fill.dataset.level !== level) row.fill.dataset.level = level;
      if (this.#queue.children[index] !== row.li) this.#queue.insertBefore(row.li, this.#queue.children[index] ?? null);
    });
    if (view.queue.length === 0) {
      this.#empty.textContent = view.isOver ? 'The clinic is closed.' : 'Nobody needs you right now.';
      this.#queue.append(this.#empty);
    }
    // Under the work, not buttons: the patients waiting for a room while none is free, kept in sight with their wait.
    this.#queue.append(...view.roomWaits.map((wait) => roomWaitLine(wait)));
  }

  #newRow(item: QueueItem): QueueRow {
    const li = element('li');
    const node = button('', `queue-item queue-${item.stage === 'phone' ? 'phone' : 'patient'}`, () => this.#handlers.onOpen(row.current));
    const row: QueueRow = {
      li,
      current: item,
      button: node,
      name: element('span', 'queue-name', item.label),
      task: element('span', 'queue-task'),
      wait: element('span', 'queue-wait'),
      patience: element('span', 'queue-patience'),
      fill: element('span', 'queue-patience-fill'),
    };
    node.dataset.key = item.key;
    row.patience.setAttribute('aria-hidden', 'true');
    row.patience.append(row.fill);
    node.append(row.name, row.task, row.wait, row.patience);
    li.append(node);
    return row;
  }

  #renderAlerts(view: DayView): void {
    const urgent = view.alerts.filter((alert) => alert.awaits !== null);
    const others = view.alerts.filter((alert) => alert.awaits === null);
    const urgentSignature = urgent.map((alert) => `${alert.id}|${queueItemOf(view, alert)?.key ?? ''}`).join(';');
    if (urgentSignature !== this.#urgentSignature) {
      this.#urgentSignature = urgentSignature;
      this.#urgentList.replaceChildren(...urgent.map((alert) => this.#urgentItem(alert, queueItemOf(view, alert))));
      this.#urgent.hidden = urgent.length === 0;
      // As the critical value and the ringing phone, an emergency in a message is said as it lands, once.
      const fresh = urgent.filter((alert) => !this.#urgentSaid.has(alert.id));
      for (const alert of fresh) this.#urgentSaid.add(alert.id);
      if (fresh.length > 0) {
        this.#urgentNews.textContent = fresh.map((alert) => `Alert, act now: ${alert.text}.`).join(' ');
        this.#urgentSaying = fresh.map((alert) => alert.id);
      } else if (this.#urgentSaying.some((id) => !urgent.some((alert) => alert.id === id))) {
        // Once an alert it said is dealt with, the region no longer holds it (a screen reader reading the page would still find it).
        this.#urgentNews.textContent = '';
        this.#urgentSaying = [];
      }
    }
    const signature = others.map(alertLineSignature).join(';');
    if (signature === this.#alertSignature) return;
    this.#alertSignature = signature;
    this.#alerts.replaceChildren(...others.map((alert) => element('li', `alert alert-${alert.kind}`, alert.text)));
    this.#alertsJump.textContent = others.length === 0 ? 'Alerts' : `Alerts (${others.length})`;
    if (others.length === 0) this.#alerts.append(element('li', 'queue-empty', 'No alerts.'));
  }

  /** An alert that waits on the trainee: a button to the station where it is dealt with, when there is one to open. */
  #urgentItem(alert: AlertView, item: QueueItem | undefined): HTMLLIElement {
    const li = element('li');
    li.dataset.alert = alert.id;
    if (!item) {
      li.className = `alert alert-urgent alert-${alert.kind}`;
      li.textContent = alert.text;
      return li;
    }
    li.append(button(alert.text, `alert alert-urgent alert-${alert.kind} alert-button`, () => this.#handlers.onOpen(item)));
    return li;
  }
}

/** The queue line whose station deals with an alert: the call's, the inbox's (opening the alert's item), or the patient's. */
function queueItemOf(view: DayView, alert: AlertView): QueueItem | undefined {
  if (alert.itemId !== undefined) {
    const inbox = view.queue.find((item) => item.key === 'inbox');
    return inbox && { ...inbox, itemId: alert.itemId };
  }
  const key = alert.kind === 'phone' && alert.callId !== null ? `phone:${alert.callId}` : `patient:${alert.patientId ?? ''}`;
  return view.queue.find((item) => item.key === key);
}

/** Sets a node's text only when it differs, so an unchanged line is not laid out again. */
function setText(node: HTMLElement, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

function setAttribute(node: HTMLElement, name: string, value: string): void {
  if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}

/** Clinic minutes before closing time from which the HUD counts down (and the floor gives its first notice). */
export const CLOSING_SOON_MINUTES = 30;

/** What the HUD says beside the time while closing time is near ("Closes in 12 min"), or null. */
export function closingSoonText(minutesToClose: number, isOver: boolean): string | null {
  if (isOver || minutesToClose > CLOSING_SOON_MINUTES) return null;
  return minutesToClose === 0 ? 'Closing now' : `Closes in ${minutesToClose} min`;
}

/** The line under the running score; while the flow waits for finished work, it says when it will count. */
function scoreDetailElement(score: RunningScore): HTMLElement {
  const detail = element('span', 'hud-score-detail', scoreDetail(score));
  if (score.started && !score.flowStarted) {
    detail.title = FLOW_WAITS;
    // The tooltip is the mouse's; a screen reader hears the same words after the line.
    detail.append(element('span', 'visually-hidden', ` (${FLOW_WAITS.toLowerCase()})`));
  }
  return detail;
}

/** Why the bar shows "flow —" early in the day. */
export const FLOW_WAITS = 'Flow counts once a visit or inbox item is finished';

/** The bar's line under the running score: accuracy as `runningPoints` prints it (so it agrees with the change beside it), and flow. */
export function scoreDetail(score: { readonly accuracy: number; readonly throughput: number; readonly started: boolean; readonly flowStarted: boolean }): string {
  if (!score.started) return 'nothing judged yet';
  return `accuracy ${runningPoints(score.accuracy)} · flow ${score.flowStarted ? Math.round(score.throughput) : '—'}`;
}

/**
 * What last changed the score, short enough to read whole on one line of the bar: the
 * points and, in a few words, what brought them (a finding by its severity; the steps done
 * right; a visit or call). The whole sentence is the button's label and tooltip, and the
 * finding itself is one click away in the log.
 */
export function shortChange(change: ScoreChange, items: readonly FeedbackItem[]): string {
  const points = `${signedPoints(change.accuracy)} accuracy`;
  const finding = change.findingId === null ? undefined : items.find((item) => item.id === change.findingId);
  if (finding) return change.accuracy > 0 ? `${points}, but a finding` : `${points}: ${finding.severity} finding`;
  const steps = /: (an? |\d+ )?steps? done right$/.exec(change.text);
  if (steps) return `${points}: ${steps[0].slice(2).replace(' done right', ' right')}`;
  return change.accuracy < 0 ? `${points}: visit or call lost` : `${points}: visit or call done`;
}

/** The mark beside the running score once a critical finding has failed the day: short in the bar, whole for a screen reader and on hover. */
function scoreLabel(): HTMLElement {
  return element('span', 'hud-score-label', 'Score so far');
}

/** The score's first line with "Day failed" on it: the label and the mark as one cell of the block. */
function scoreHead(mark: HTMLElement): HTMLElement {
  const head = element('span', 'hud-score-head');
  head.append(scoreLabel(), mark);
  return head;
}

function failedMark(): HTMLElement {
  const why = 'A critical finding fails this day whatever the score; practise on, and read it in the feedback log and the debrief.';
  const mark = element('span', 'hud-score-failed', 'Day failed');
  mark.title = why;
  mark.append(element('span', 'visually-hidden', `: ${why}`));
  return mark;
}
