/**
 * What the lab-station panel offers and how it turns the trainee's entries into actions:
 * tube names (cap colour and additive), moving a tube in the draw order, the label as
 * typed → `SpecimenLabel`, the tests' billing codes with our short descriptions, and the
 * point-of-care read timer. Pure: no DOM, no rule.
 */
import { cptEntry } from '../../src/reference/cpt-hcpcs';
import { daysBetween, formatUsDate, isIsoDate, readWrittenDate } from '../../src/reference/iso-date';
import { MICROTUBES, type CapColour, type MicrotubeId, TUBES, type TubeId } from '../../src/reference/order-of-draw';
import type { OrderableTest } from '../../src/reference/tests';
import { formatMinutesOfDay } from '../../src/scenario/clock-time';
import type { SpecimenLabel, VenipunctureDevice } from '../../src/workflows/specimen/specimen.actions';

/** Every tube in the supply drawer, in the drawer's own order (alphabetical by cap, never the order of draw). */
export const SUPPLY_TUBES: readonly TubeId[] = TUBES.map((t) => t.id).toSorted((a, b) => tubeName(a).localeCompare(tubeName(b)));

/** A tube's name as the panel says it: cap colour and additive, e.g. "Lavender (EDTA)". */
export function tubeName(id: TubeId): string {
  return TUBES.find((t) => t.id === id)?.displayName ?? id;
}

/**
 * Every microtube on the capillary tray, alphabetical by name (never the capillary order):
 * all are offered while the puncture is open and none is marked as the right one.
 */
export const SUPPLY_MICROTUBES: readonly { id: MicrotubeId; label: string }[] = MICROTUBES.map((m) => ({ id: m.id, label: m.displayName })).toSorted((a, b) => a.label.localeCompare(b.label));

/** A tube's cap colour. */
export function capColour(id: TubeId): CapColour {
  return TUBES.find((t) => t.id === id)?.capColour ?? 'clear';
}

/** The cap's colour in words, whole, for the tray's caption under each tube ("Light blue", never "Light"). */
const CAP_WORDS: Readonly<Record<TubeId, string>> = {
  'blood-culture': 'Culture',
  discard: 'Discard',
  'light-blue-citrate': 'Light blue',
  'red-serum': 'Red',
  'gold-sst': 'Gold',
  'green-heparin': 'Green',
  'lavender-edta': 'Lavender',
  'grey-fluoride': 'Grey',
};

/** The cap of a tube in words, for the drawn tray's caption ("Lavender", "Light blue"). */
export function capWord(id: TubeId): string {
  return CAP_WORDS[id];
}

/** The additive in a word or two, for the tube's caption (at most `TRAY_CAPTION_CHARS` characters). */
const ADDITIVE_WORDS: Readonly<Record<TubeId, string>> = {
  'blood-culture': 'Culture',
  discard: 'No additive',
  'light-blue-citrate': 'Citrate',
  'red-serum': 'Clot activ.',
  'gold-sst': 'SST gel',
  'green-heparin': 'Heparin',
  'lavender-edta': 'EDTA',
  'grey-fluoride': 'Fluoride',
};

/** The additive of a tube in a word or two, for the drawn tray's caption ("Citrate"). */
export function additiveWord(id: TubeId): string {
  return ADDITIVE_WORDS[id];
}

/**
 * The most characters a line of the tray's caption holds: the tubes stand 74 logical pixels
 * apart, and an 11-pixel bold line of this many characters is narrower than that, so no
 * caption runs into its neighbour's, on any screen (the picture scales as a whole).
 */
export const TRAY_CAPTION_CHARS = 11;

/** The devices on the tray. */
export const DEVICE_CHOICES: readonly { value: VenipunctureDevice; label: string }[] = [
  { value: 'multi-sample-needle', label: 'Multi-sample needle on a tube holder' },
  { value: 'butterfly', label: 'Butterfly (winged) set with tubing' },
];

/** The list with the item at `index` moved by `delta` places (clamped at the ends). */
export function moveItem<T>(list: readonly T[], index: number, delta: number): T[] {
  const moved = [...list];
  const target = Math.max(0, Math.min(list.length - 1, index + delta));
  if (index < 0 || index >= list.length || target === index) return moved;
  const [item] = moved.splice(index, 1);
  moved.splice(target, 0, item as T);
  return moved;
}

/** The list with `item` moved to just before the item at `targetIndex` (a drop). */
export function dropItem<T>(list: readonly T[], item: T, targetIndex: number): T[] {
  const without = list.filter((x) => x !== item);
  const at = Math.max(0, Math.min(without.length, targetIndex));
  return [...without.slice(0, at), item, ...without.slice(at)];
}

/** A label as the trainee filled it in. */
export interface LabelDraft {
  readonly fullName: string;
  readonly secondKind: 'date-of-birth' | 'mrn';
  readonly secondValue: string;
  /** As the chart writes dates, MM/DD/YYYY (an ISO date reads too). */
  readonly date: string;
  /** HH:MM. */
  readonly time: string;
  readonly initials: string;
}

/** An empty label. */
export const EMPTY_LABEL: LabelDraft = { fullName: '', secondKind: 'date-of-birth', secondValue: '', date: '', time: '', initials: '' };

/** The one way the lab and the ECG bed write a date, the chart's: 2026-03-10 → "3/10/2026". */
export function clinicDateText(iso: string): string {
  return formatUsDate(iso);
}

/** How a date field asks to be filled in, the chart's way. */
export const DATE_PLACEHOLDER = 'MM/DD/YYYY';

/**
 * The clinic minute a written date and time stand for, counted from the midnight that
 * starts the clinic day (a label dated the day before gives a negative minute); null when
 * the date or time cannot be read, or the date is not a real calendar date (2/30/2026).
 * The date is read as the chart writes it (3/10/2026) or as an ISO date (2026-03-10).
 */
export function writtenMinute(date: string, time: string, clinicDate: string): number | null {
  const written = readWrittenDate(date);
  const clock = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (written === null || !isIsoDate(clinicDate) || !clock) return null;
  const hours = Number(clock[1]);
  const minutes = Number(clock[2]);
  if (hours > 23 || minutes > 59) return null;
  return daysBetween(clinicDate, written) * 1440 + hours * 60 + minutes;
}

/** The label to send, or what stops it being written (a date or time that cannot be read). */
export function labelFromDraft(draft: LabelDraft, clinicDate: string): { label: SpecimenLabel } | { problem: string } {
  const minute = writtenMinute(draft.date, draft.time, clinicDate);
  if (minute === null) return { problem: `Write the date as ${DATE_PLACEHOLDER} and the time as HH:MM.` };
  return {
    label: {
      fullName: draft.fullName.trim(),
      secondIdentifier: { kind: draft.secondKind, value: draft.secondValue.trim() },
      collectedAtMinute: minute,
      initials: draft.initials.trim(),
    },
  };
}

/** A clinic minute as a label or a tube shows it ("09:12"). */
export function clockText(minute: number): string {
  return formatMinutesOfDay(minute);
}

/** A test's codes with our short descriptions: "87880-QW Strep A antigen test, rapid". */
export function codeLines(test: OrderableTest): string[] {
  const lines = test.codes.map((billed) => {
    const modifiers = billed.modifiers?.length ? `-${billed.modifiers.join('-')}` : '';
    const description = cptEntry(billed.code)?.shortDescription ?? test.displayName;
    return `${billed.code}${modifiers} ${description}`;
  });
  if (test.collectionCode) lines.push(`${test.collectionCode} ${cptEntry(test.collectionCode)?.shortDescription ?? 'Specimen collection'}`);
  return lines;
}

/** Whole clinic minutes left before a test started at `startedAt` can be read (0 once readable). */
export function readMinutesLeft(startedAt: number, readTimeMinutes: number, now: number): number {
  return Math.max(0, Math.ceil(startedAt + readTimeMinutes - now));
}

/**
 * Why the trainee may not wait at the bench for a kit's read timer now, or null when they may.
 * The wait is the floor's own ("Next event"): the clinic clock runs to the next thing due, which
 * must be this read timer itself; it is refused, as "Skip ahead" is, while other work waits for
 * the trainee (`otherWork`, the floor's reason), and while something else falls due sooner.
 */
export function readWaitBlocker(check: { readonly readyAt: number; readonly nextDue: number | undefined; readonly otherWork: string | null }): string | null {
  if (check.otherWork !== null) return `${check.otherWork} Go back to the floor; the read timer keeps running.`;
  if (check.nextDue !== undefined && check.nextDue < check.readyAt - 1e-6) {
    return `Something else at the clinic falls due at ${formatMinutesOfDay(check.nextDue)}, before the read time: go back to the floor; the read timer keeps running.`;
  }
  return null;
}

/** A result the trainee typed: a number when it reads as one ("6.1"), else the words as typed. */
export function typedResult(text: string): string | number {
  const cleaned = text.trim();
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : cleaned;
}

/** Where the venipuncture stands, as the domain lists what may be done next. */
export interface VenipunctureStage {
  readonly tourniquetOn: boolean;
  readonly needleIn: boolean;
  readonly needleOut: boolean;
  readonly tubesDrawn: number;
}

/**
 * Whether the supply drawer is in reach: from before the tourniquet until the needle comes
 * out. In a real draw the tubes are set out first and stay at hand, so a tube forgotten on
 * the tray can still be reached for with the needle in.
 */
export function supplyDrawerInReach(stage: VenipunctureStage): boolean {
  return !stage.needleOut && (stage.tourniquetOn || stage.needleIn || stage.tubesDrawn === 0);
}

/**
 * Why the tourniquet or the needle cannot go on yet: the tray is empty. The tubes are set out
 * before the tourniquet goes on (it may stay on no longer than a minute), and a needle with
 * no tube to fill draws nothing. Null when there is a tube on the tray.
 */
export function emptyTrayProblem(tray: readonly TubeId[], step: 'tourniquet' | 'needle'): string | null {
  if (tray.length > 0) return null;
  return step === 'tourniquet'
    ? 'The tray is empty: set out the tubes the orders need from the supply drawer first, before the tourniquet goes on (it may stay on no longer than a minute).'
    : 'The tray is empty: set out the tubes the orders need from the supply drawer before you insert the needle, or there is nothing to fill.';
}

/** The tourniquet's clock as the bench shows it. */
export interface TourniquetClockView {
  readonly label: string;
  /** Seconds on the bar: the application under way, or none while the tourniquet is off. */
  readonly seconds: number;
  readonly max: number;
}

/**
 * The tourniquet's clock, per application: while it is on, the seconds of this application
 * (the domain starts each one afresh); once released, the bar is empty and the last
 * application's time is said in words, so a new application never seems to start from it.
 */
export function tourniquetClockView(tourniquet: { readonly on: boolean; readonly seconds: number }, limitSeconds: number): TourniquetClockView {
  if (tourniquet.on) return { label: `Tourniquet on: ${tourniquet.seconds} s (this application)`, seconds: tourniquet.seconds, max: Math.max(limitSeconds, tourniquet.seconds) };
  return { label: tourniquet.seconds > 0 ? `Tourniquet off (the last application lasted ${tourniquet.seconds} s)` : 'Tourniquet off', seconds: 0, max: limitSeconds };
}
