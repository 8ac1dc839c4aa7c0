/**
 * The appointment book as a keyboard grid: days across, the provider's slots down, each
 * cell saying what it is for the booking being made (free, booked and by whom, blocked and
 * why, closed, passed, too long for the time left), and each day's heading how many slots
 * are free for it. Every cell is the appointment book's own check (`slotStatus`) for the
 * booking; the grid only draws it. Arrow keys
 * move, Home and End go to the first and last day, Page Up and Page Down turn the week,
 * Enter (or Space) books the cell where the grid is given `onChoose` (else it only selects
 * it, and a button beside the grid books the selection); a click selects it. Every cell can
 * be chosen, booked or not: the workflow judges the choice.
 */
import type { Scenario, ScenarioProvider } from '../../src/scenario/scenario.schema';
import { daysBetween } from '../../src/reference/iso-date';
import { addDays, type BookEntry, type BookingAsk } from '../../src/workflows/shared/appointment-book';
import { element } from '../dom';
import { type BookCell, type BookPage, bookPage, longDate, shortDate } from './front-desk-text';
import './front-desk.css';

/** Where the grid stands; kept by the station so it survives redraws. */
export interface BookGridState {
  firstDate: string;
  selected: { date: string; time: string } | null;
  /** The trainee opened the book's drop-down: it stays open when the station redraws (a step taken on the call beside it). */
  open?: boolean;
}

/** How a grid is drawn. */
export interface BookGridOptions {
  readonly scenario: Scenario;
  readonly provider: ScenarioProvider;
  /** Appointments booked earlier today, shown as taken. */
  readonly madeToday: readonly BookEntry[];
  /** The booking the grid is for (visit type, earliest start): each cell shows whether the workflow takes it there. */
  readonly ask: BookingAsk;
  readonly state: BookGridState;
  readonly days: number;
  /** The grid's accessible name. */
  readonly label: string;
  /** Whether the trainee can turn the pages (weeks); false for a single day. */
  readonly turnable: boolean;
  /** A slot to mark as this patient's (an appointment already booked here). */
  readonly marked?: { readonly date: string; readonly time: string; readonly text: string } | null;
  /** Where the keyboard starts while nothing is selected, when on the page (the slot a caller asks for); else the first slot to come. */
  readonly startAt?: { readonly date: string; readonly time: string } | null;
  /** Prefix of the `data-key`s of the cells and page controls, so two grids on one panel keep focus apart (default `book`). */
  readonly keyPrefix?: string;
  /** Called with the chosen cell (Enter, Space); without it, Enter and Space only select the cell. */
  onChoose?(cell: BookCell): void;
  /** Called when the selection changes: with the cell selected, or null when a turn of the page cleared it. */
  onSelect?(cell: BookCell | null): void;
}

/** A drawn grid. */
export interface BookGrid {
  readonly root: HTMLElement;
  /** Draws the grid again (after the state changed from outside). */
  redraw(): void;
}

/** The least width of the book's columns, in rem (front-desk.css gives the time, closed and unbookable columns these widths). */
const BOOK_REM = { time: 3.5, closed: 3, unbookable: 4.5, open: 5.5 } as const;

/** True when the practice is closed all that day (a weekend), not merely a day passed or too soon for this booking. */
function closedDay(page: BookPage, column: number): boolean {
  return page.rows.every((row) => row[column]?.status.kind === 'closed');
}

/**
 * Where the keyboard starts on a page with nothing selected: the first slot the booking can
 * take, day by day, else the first not yet passed, else the page's first. (The playtest: on a
 * walk-in's day the keyboard started at 08:00, a slot long passed, while the list showed 10:00.)
 */
function firstToCome(page: BookPage): { date: string; time: string } {
  const cells = page.dates.flatMap((_, column) => page.rows.map((row) => row[column]).filter((cell): cell is BookCell => cell !== undefined));
  const cell = cells.find((each) => each.kind === 'free') ?? cells.find((each) => each.status.kind !== 'passed') ?? cells[0];
  return cell ? { date: cell.date, time: cell.time } : { date: page.dates[0] ?? '', time: page.times[0] ?? '' };
}

function cellKey(prefix: string, date: string, time: string): string {
  return `${prefix}:${date}:${time}`;
}

/** Builds the grid and its page controls. */
export function appointmentBookGrid(options: BookGridOptions): BookGrid {
  const { state } = options;
  const prefix = options.keyPrefix ?? 'book';
  const root = element('div', 'fd-book');
  const caption = element('p', 'fd-book-range');
  caption.setAttribute('aria-live', 'polite');
  const scroller = element('div', 'fd-book-scroller');

  // Whatever moves the selection tells the station, which says what is selected beside the
  // grid (the playtest: after "Go to date" the grid ticked one slot while the line under it
  // still named the one before, and "Book the selected slot" booked the ticked one).
  const selectionMoved = () => {
    const cell = state.selected ? cellAt(state.selected.date, state.selected.time) : undefined;
    if (cell) options.onSelect?.(cell);
  };

  /** Where the keyboard stands while nothing is selected: where the book was asked to start, and after a turn of the page the same weekday and time. */
  let focusAt: { date: string; time: string } | null = options.startAt ?? null;

  // A turn of the page shows another week; it never picks a slot there. A slot selected on the
  // week left behind is no longer offered, and what the patient said to it goes with it (the
  // playtester saw "Next week" select Friday 19 June 10:15, "✓ Free", the patient repeating his reply).
  const turn = (days: number) => {
    const from = state.selected ?? focusAt;
    state.firstDate = addDays(state.firstDate, days);
    focusAt = from ? { date: addDays(from.date, days), time: from.time } : null;
    const stays = state.selected !== null && state.selected.date >= state.firstDate && state.selected.date < addDays(state.firstDate, options.days);
    if (state.selected !== null && !stays) {
      state.selected = null;
      options.onSelect?.(null);
    }
    draw(true);
  };

  if (options.turnable) {
    const controls = element('div', 'fd-book-controls');
    const pageButton = (label: string, days: number) => {
      const node = element('button', 'button-quiet fd-book-turn', label);
      node.type = 'button';
      node.dataset.key = `${prefix}:turn:${days}`;
      node.addEventListener('click', () => turn(days));
      return node;
    };
    const goLabel = element('label', 'kit-field fd-book-go');
    goLabel.append(element('span', 'kit-field-label', 'Go to date'));
    const goInput = element('input', 'kit-input');
    goInput.type = 'date';
    goInput.min = '1900-01-01';
    goInput.max = '2199-12-31';
    goInput.dataset.key = `${prefix}:go-date`;
    goInput.addEventListener('change', () => {
      if (!/^(19|20|21)\d{2}-\d{2}-\d{2}$/.test(goInput.value)) return;
      const target = goInput.value;
      const offset = weekOffset(state.firstDate, target, options.days);
      state.firstDate = addDays(state.firstDate, offset);
      state.selected = { date: target, time: firstFreeTime(target, state.selected?.time ?? options.provider.template.opensAt) };
      selectionMoved();
      draw(false);
    });
    goLabel.append(goInput);
    controls.append(pageButton('◀ Previous week', -options.days), pageButton('Next week ▶', options.days), pageButton('4 weeks ▶▶', options.days * 4), goLabel);
    root.append(controls);
  }
  root.append(caption, scroller);

  function draw(focusSelected: boolean): void {
    const page = bookPage(options.scenario, options.provider, state.firstDate, options.days, options.ask, options.madeToday);
    const first = page.dates[0] ?? state.firstDate;
    const last = page.dates.at(-1) ?? state.firstDate;
    caption.textContent = options.days === 1 ? longDate(first) : `${longDate(first)} to ${longDate(last)}`;
    const inPage = state.selected !== null && page.dates.includes(state.selected.date) && page.times.includes(state.selected.time);
    const focusInPage = focusAt !== null && page.dates.includes(focusAt.date) && page.times.includes(focusAt.time);
    const active = inPage && state.selected ? state.selected : focusInPage && focusAt ? focusAt : firstToCome(page);

    const table = element('table', 'fd-book-grid');
    table.setAttribute('role', 'grid');
    table.setAttribute('aria-label', options.label);
    // Each open day's column is wide enough for a name to read whole ("Booked: L. Fairweather"); where the panel is narrower (large text, the inbox), the book scrolls sideways, the times staying put.
    const kinds = page.dates.map((_, column) => (closedDay(page, column) ? 'closed' : page.rows.some((row) => row[column]?.kind !== 'closed') ? 'open' : 'unbookable'));
    table.style.minWidth = `${BOOK_REM.time + kinds.reduce((sum, kind) => sum + BOOK_REM[kind], 0)}rem`;
    const head = element('thead');
    const headRow = element('tr');
    const corner = element('th', 'fd-book-corner', 'Time');
    corner.scope = 'col';
    headRow.append(corner);
    page.dates.forEach((date, column) => {
      // How many slots the book has left that day, as the domain marked them: a full day shows at a glance.
      const free = page.rows.filter((row) => row[column]?.kind === 'free').length;
      const open = page.rows.some((row) => row[column]?.kind !== 'closed');
      // A day the practice is closed (not one merely passed or too soon, whose cells say who is booked) is a narrow column that says so once, under its date: the open days get the room.
      const shut = closedDay(page, column);
      // A day with no slot to take (passed, or too soon for this booking) says so in each cell in a word or two: a narrower column too.
      const th = element('th', shut ? 'fd-book-day-closed' : open ? undefined : 'fd-book-day-unbookable', shortDate(date));
      th.scope = 'col';
      if (open) th.append(element('span', 'fd-book-free', free === 0 ? 'full' : `${free} free`));
      else if (shut) th.append(element('span', 'fd-book-free', 'closed'));
      th.setAttribute('aria-label', open ? `${longDate(date)}, ${free === 0 ? 'no free slot' : `${free} free slot${free === 1 ? '' : 's'}`}` : `${longDate(date)}${shut ? ', closed' : ''}`);
      headRow.append(th);
    });
    head.append(headRow);
    const body = element('tbody');
    const shutDates = new Set(page.dates.filter((_, column) => closedDay(page, column)));
    const shut = (date: string): boolean => shutDates.has(date);
    page.rows.forEach((row, rowIndex) => {
      const tr = element('tr');
      const th = element('th', 'fd-book-time', page.times[rowIndex] ?? '');
      th.scope = 'row';
      tr.append(th);
      for (const cell of row) {
        const marked = options.marked && options.marked.date === cell.date && options.marked.time === cell.time ? options.marked.text : null;
        const selected = state.selected !== null && state.selected.date === cell.date && state.selected.time === cell.time;
        const td = element('td', `fd-slot fd-slot-${cell.kind}${marked ? ' fd-slot-marked' : ''}`);
        td.setAttribute('role', 'gridcell');
        td.setAttribute('aria-selected', String(selected));
        td.dataset.key = cellKey(prefix, cell.date, cell.time);
        td.dataset.date = cell.date;
        td.dataset.time = cell.time;
        td.tabIndex = cell.date === active.date && cell.time === active.time ? 0 : -1;
        td.setAttribute('aria-label', `${longDate(cell.date)} ${cell.time}: ${marked ?? cell.text}${selected ? ', selected' : ''}`);
        // The cell is narrow: its words wrap to show whole, and show on hover too (and are read out from the label).
        td.title = marked ?? cell.text;
        // A closed day's column says "closed" under its date; its narrow cells keep the word for the title and the label.
        if (!shut(cell.date)) td.append(element('span', 'fd-slot-text', marked ?? cell.text));
        if (selected) td.prepend(element('span', 'fd-slot-check', '✓ '));
        td.addEventListener('click', () => select(cell, true));
        tr.append(td);
      }
      body.append(tr);
    });
    table.append(head, body);
    table.addEventListener('keydown', (event) => onKey(event, page.dates, page.times));
    // The book keeps its scroll across the redraw, and the cell taken scrolls only as far as it must
    // to be seen: a slot picked never slides from under the pointer (the playtest at text size 1.25).
    const { scrollLeft, scrollTop } = scroller;
    scroller.replaceChildren(table);
    scroller.scrollLeft = scrollLeft;
    scroller.scrollTop = scrollTop;
    const activeCell = scroller.querySelector<HTMLElement>('td[tabindex="0"]');
    if (focusSelected) activeCell?.focus({ preventScroll: true });
    activeCell?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  function cellAt(date: string, time: string): BookCell | undefined {
    const page = bookPage(options.scenario, options.provider, date, 1, options.ask, options.madeToday);
    return page.rows[page.times.indexOf(time)]?.[0];
  }

  /** The first free slot on `date` from `time` on (else from the day's start), or `time` when the day has none. */
  function firstFreeTime(date: string, time: string): string {
    const page = bookPage(options.scenario, options.provider, date, 1, options.ask, options.madeToday);
    const free = page.times.filter((_, row) => page.rows[row]?.[0]?.kind === 'free');
    return free.find((slot) => slot >= time) ?? free[0] ?? time;
  }

  function select(cell: BookCell, focus: boolean): void {
    state.selected = { date: cell.date, time: cell.time };
    options.onSelect?.(cell);
    draw(focus);
  }

  function onKey(event: KeyboardEvent, dates: readonly string[], times: readonly string[]): void {
    const target = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('td[role="gridcell"]') : null;
    if (!target) return;
    const date = target.dataset.date ?? '';
    const time = target.dataset.time ?? '';
    let column = dates.indexOf(date);
    let row = times.indexOf(time);
    switch (event.key) {
      case 'ArrowLeft':
        column -= 1;
        break;
      case 'ArrowRight':
        column += 1;
        break;
      case 'ArrowUp':
        row = Math.max(0, row - 1);
        break;
      case 'ArrowDown':
        row = Math.min(times.length - 1, row + 1);
        break;
      case 'Home':
        column = 0;
        break;
      case 'End':
        column = dates.length - 1;
        break;
      case 'PageUp':
      case 'PageDown':
        event.preventDefault();
        if (options.turnable) turn(event.key === 'PageUp' ? -options.days : options.days);
        return;
      case 'Enter':
      case ' ': {
        event.preventDefault();
        const cell = cellAt(date, time);
        if (!cell) return;
        if (!options.onChoose) {
          select(cell, true);
          return;
        }
        state.selected = { date, time };
        options.onChoose(cell);
        return;
      }
      default:
        return;
    }
    event.preventDefault();
    const nextTime = times[row] ?? time;
    if (column < 0 || column >= dates.length) {
      if (!options.turnable) return;
      const step = column < 0 ? -options.days : options.days;
      state.firstDate = addDays(state.firstDate, step);
      const nextDate = addDays(date, column < 0 ? -1 : 1);
      const cell = cellAt(nextDate, nextTime);
      if (cell) select(cell, true);
      return;
    }
    const cell = cellAt(dates[column] ?? date, nextTime);
    if (cell) select(cell, true);
  }

  draw(false);
  return { root, redraw: () => draw(false) };
}

/** Days to turn from `firstDate` so that `target` falls on the page of `days` days (whole pages, so a page keeps its first weekday). */
function weekOffset(firstDate: string, target: string, days: number): number {
  return Math.floor(daysBetween(firstDate, target) / days) * days;
}
