/**
 * The wide panels of the front desk (check-in, checkout, the no-show and the phone): the
 * panel taken over for the form and the book, a station built from its form and its draft,
 * the button that acts on the slot chosen in an appointment book, and that book in a drop-down.
 */
import type { TraineeAction } from '../../../src/clinic/trainee-action';
import { element } from '../../dom';
import type { Station, StationContext, StationHost, StationInstance } from '../station';
import { appointmentBookGrid, type BookGridOptions, type BookGridState } from '../appointment-book-grid';
import { type BookCell, longDate } from '../front-desk-text';
import { buttonRow, keyedButton, type ButtonVariant } from './controls';
import { redraw } from './redraw';

/**
 * Takes over the panel for a form station: the wide layout the form and the book need
 * (when `wide`). The panel itself keeps mouse presses from the floor beneath. Returns the
 * undo, for close.
 */
export function claimPanel(host: StationHost, wide: boolean): () => void {
  const panel = host.body.closest<HTMLElement>('.station');
  if (!panel || !wide) return () => undefined;
  panel.classList.add('kit-wide');
  return () => panel.classList.remove('kit-wide');
}

/** How a form station keeps its draft and draws it (check-in, checkout). */
export interface FormStationSpec<Draft> {
  readonly machineId: string;
  readonly title: string;
  /** What the panel says when nobody is at this station. */
  readonly empty: string;
  /** The trainee's working copy for the patient, or null when there is nothing to do. */
  draftFor(context: StationContext): Draft | null;
  /** What the drawing depends on: the panel redraws only when it changes. */
  signature(context: StationContext, draft: Draft): string;
  render(host: StationHost, context: StationContext, draft: Draft, send: (action: TraineeAction) => void, redraw: () => void): void;
}

/** Who a draft is kept for: the station's target, as one string. */
function targetKey(context: StationContext): string {
  const { target } = context;
  return target.kind === 'patient' ? `patient:${target.patientId}` : target.kind === 'phone' ? `phone:${target.callId}` : `inbox:${target.itemId}`;
}

/**
 * A station built from its form: it keeps one draft for the patient, sends what its
 * buttons say (each takes a double click as one press), and redraws when the day changes
 * what it shows. The draft outlives the panel, for the day: closing the station (its Close
 * button, Escape in it or in the HUD, another station opened) loses nothing the trainee
 * typed, and reopening it shows the form as they left it.
 */
export function formStation<Draft>(spec: FormStationSpec<Draft>): Station {
  const drafts = new WeakMap<StationContext['session'], Map<string, Draft>>();
  const keptDraft = (context: StationContext): Draft | null => {
    const day = drafts.get(context.session) ?? new Map<string, Draft>();
    drafts.set(context.session, day);
    const key = targetKey(context);
    const kept = day.get(key);
    if (kept !== undefined) return kept;
    const draft = spec.draftFor(context);
    if (draft !== null) day.set(key, draft);
    return draft;
  };
  return {
    machineId: spec.machineId,
    title: spec.title,
    open(host, context): StationInstance {
      const release = claimPanel(host, true);
      let current = context;
      const send = (action: TraineeAction) => current.send(action);
      const draft = keptDraft(context);
      let shown = '';
      // The actions the domain lists open the form's buttons: a change in them redraws too.
      const look = (at: StationContext, of: Draft) => `${spec.signature(at, of)}|${at.patientView?.actions.join() ?? ''}`;
      const nextStep = () => host.body.querySelector<HTMLElement>('[data-next-step]');
      const draw = () => {
        if (!draft) return;
        shown = look(current, draft);
        const before = nextStep()?.dataset.nextStep;
        redraw(host.body, () => spec.render(host, current, draft, (action) => void send(action), draw));
        // A step that moves the work on to another part (marked `data-next-step` by the station) brings that
        // part into view, scrolling the body only as far as needed; a redraw within the same part moves nothing.
        const next = nextStep();
        if (before !== undefined && next && next.dataset.nextStep !== before) next.scrollIntoView({ block: 'nearest' });
      };
      if (draft) draw();
      else host.body.append(element('p', 'station-note', spec.empty));
      return {
        update(next) {
          current = next;
          if (draft && look(next, draft) !== shown) draw();
        },
        dispose: release,
      };
    },
  };
}

/** A selected slot of an appointment book. */
type SelectedSlot = { readonly date: string; readonly time: string } | null;

/** The button that acts on the selected slot, with the reason it is greyed said beside it. */
export interface SlotButton {
  /** The button's row and, under it, why it is greyed. */
  readonly root: HTMLElement;
  readonly button: HTMLButtonElement;
  /** Opens or greys the button for the selection now (the grid's `onSelect` calls it: a selection redraws no panel). */
  selectionChanged(): void;
}

/** What the button that acts on the selected slot needs. */
export interface SlotButtonOptions {
  readonly label: string;
  readonly key: string;
  readonly variant: ButtonVariant;
  /** The grid's selection, read when it changes. */
  selected(): SelectedSlot;
  /** Whether the domain lists the action now (`isListed`): when it does not, the button stays greyed, as `openWhen` greys it. */
  readonly open: boolean;
  /** Why the action is closed, said under the greyed button while `open` is false ("Done: …"); unsaid when not given. */
  readonly closedWhy?: string;
  act(date: string, time: string): void;
}

/** Why the slot button is greyed while the domain lists its action: nothing selected yet. */
export const PICK_A_SLOT_FIRST = 'Greyed until a slot is selected: pick one in the book above (a free one, the time you mean).';

/**
 * A button that acts on the slot selected in an appointment-book grid, greyed until a slot is
 * selected, with the reason said under it and pointed to by `aria-describedby` (issue 19's
 * playtest: a button that looked ready did nothing, or collapsed the book, with no slot picked).
 * The reason's line keeps its room once the button opens, so nothing under it moves.
 */
export function selectedSlotButton(options: SlotButtonOptions): SlotButton {
  const button = keyedButton(options.label, options.key, options.variant, () => {
    const slot = options.selected();
    if (slot) options.act(slot.date, slot.time);
  });
  const why = element('p', 'station-note kit-greyed-why', options.open ? PICK_A_SLOT_FIRST : (options.closedWhy ?? ''));
  why.id = `${options.key}-why`;
  const root = element('div', 'kit-slot-action');
  root.append(buttonRow(button));
  const selectionChanged = () => {
    const waiting = options.open && options.selected() === null;
    button.disabled = !options.open || waiting;
    const said = waiting || (!options.open && options.closedWhy !== undefined);
    if (said) button.setAttribute('aria-describedby', why.id);
    else button.removeAttribute('aria-describedby');
    why.classList.toggle('kit-greyed-why-gone', !said);
    why.setAttribute('aria-hidden', String(!said));
  };
  selectionChanged();
  if (options.open || options.closedWhy !== undefined) root.append(why);
  return { root, button, selectionChanged };
}

/**
 * Brings the row of `time` to the top of a book's scrolled list once the panel is laid out:
 * today's book opens at the first slot still to come, not at the day's start with the free
 * slots below the fold (issue 19's playtest). The grid itself scrolls only to its active cell,
 * and only while drawn out of the page.
 */
export function showBookRow(gridRoot: HTMLElement, time: string | null): void {
  if (time === null) return;
  requestAnimationFrame(() => {
    const scroller = gridRoot.querySelector<HTMLElement>('.fd-book-scroller');
    const row = gridRoot.querySelector<HTMLElement>(`td[data-time="${time}"]`)?.closest('tr');
    if (!scroller || !row) return;
    // The header row stays at the top as the list scrolls (sticky): the row goes just under it.
    const header = gridRoot.querySelector<HTMLElement>('thead')?.offsetHeight ?? 0;
    scroller.scrollTop += row.getBoundingClientRect().top - scroller.getBoundingClientRect().top - header;
  });
}

/** What `bookDropDown` needs: the book's words, its grid (without its state and handlers), the draft and what choosing a slot does. */
export interface BookDropDownOptions {
  /** The drop-down's summary ("Book the visit: open the appointment book"). */
  readonly summary: string;
  /** What to do when nothing is selected ("Pick a slot: arrow keys move, Enter books it."). */
  readonly pickHint: string;
  /** Said after the selected slot where Enter on the grid acts ("Enter, or the button below, moves the appointment there."), so a keyboard user is told before pressing it. */
  readonly selectedHint?: string;
  /** The button that acts on the selected slot: its label and key. */
  readonly button: { readonly label: string; readonly key: string };
  readonly grid: Omit<BookGridOptions, 'state' | 'days' | 'turnable' | 'label' | 'onChoose' | 'onSelect'>;
  readonly draft: { book: BookGridState; problem: string | null };
  /** Not needed by the book any more (its button greys until a slot is selected, so no press asks for a redraw); the inbox's books still pass it. */
  readonly redrawPanel?: () => void;
  /** What choosing a slot does (the button, and Enter on a cell unless `enterSelects`). */
  choose(date: string, time: string): void;
  /** Enter and Space on a cell only select it: the button alone acts (the inbox's books, where a keypress on the grid must not book). */
  readonly enterSelects?: boolean;
  /** Why the button's action is closed now (the call's request is done), said under the greyed button; a cell's Enter then only selects. Open when not given. */
  readonly closedWhy?: string;
  /** What was booked from this book, said in place of the selection once the booking is done ("Booked: … with Dr. …"): the book no longer offers a slot as selected. */
  readonly done?: string;
  /** What the patient on the phone says to the selected slot ("Tomás: “Thursday at 09:15? Yes, that works for me.”"), said after it as it is selected. */
  answer?(date: string, time: string): string;
}

/**
 * An appointment book a week wide in a drop-down (open while a slot is selected): the grid,
 * which slot is selected, the button that acts on it and the problem said of the last try,
 * until another slot is selected.
 */
export function bookDropDown(options: BookDropDownOptions): HTMLDetailsElement {
  const { draft } = options;
  const closed = options.closedWhy !== undefined;
  const details = element('details', 'fd-details');
  const summary = element('summary', 'fd-summary', options.summary);
  summary.dataset.key = 'open-book';
  details.append(summary);
  // Open while a slot is selected, or since the trainee opened it: a redraw for a step beside it
  // (the call's log, "Send the question to the provider") does not close the book on them (the fifth playtest).
  details.open = draft.book.selected !== null || draft.book.open === true;
  details.addEventListener('toggle', () => (draft.book.open = details.open));
  const chosen = element('p', 'fd-preview');
  chosen.setAttribute('aria-live', 'polite');
  const said = (): string => {
    if (options.done !== undefined) return options.done;
    const selected = draft.book.selected;
    if (!selected) return options.pickHint;
    return `Selected: ${longDate(selected.date)} at ${selected.time}.${options.selectedHint === undefined || options.enterSelects || closed ? '' : ` ${options.selectedHint}`}${options.answer ? ` ${options.answer(selected.date, selected.time)}` : ''}`;
  };
  const describe = () => {
    chosen.textContent = said();
    // Marked while it answers a slot picked (the inbox stands only that at the foot of its pane, never the pick hint).
    chosen.toggleAttribute('data-selected', options.done === undefined && draft.book.selected !== null);
  };
  describe();
  const problem = draft.problem ? element('p', 'kit-problem', draft.problem) : null;
  const act = selectedSlotButton({
    label: options.button.label,
    key: options.button.key,
    variant: 'quiet',
    selected: () => draft.book.selected,
    open: !closed,
    ...(closed ? { closedWhy: options.closedWhy } : {}),
    act: (date, time) => options.choose(date, time),
  });
  // A new slot selected is a new offer: the answer to the last one ("08:15 is too early…") goes, as the playtester expected.
  const select = () => {
    describe();
    act.selectionChanged();
    if (draft.problem === null) return;
    draft.problem = null;
    problem?.remove();
  };
  const grid = appointmentBookGrid({
    ...options.grid,
    state: draft.book,
    days: 7,
    label: `Appointment book of ${options.grid.provider.name}`,
    turnable: true,
    onSelect: select,
    ...(options.enterSelects || closed ? {} : { onChoose: (cell: BookCell) => options.choose(cell.date, cell.time) }),
  });
  details.append(grid.root, chosen, act.root);
  if (problem) details.append(problem);
  return details;
}
