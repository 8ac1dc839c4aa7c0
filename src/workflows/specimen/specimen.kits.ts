/**
 * The point-of-care kits on the lab-station shelf, and the tourniquet's clock. Each waived
 * test has two lots: last shipment's box, expired a few days before the clinic day and
 * still at the front of the shelf, and the current lot. Lot numbers and dates come from
 * the day's seeded generator, so every patient of the day sees the same shelf.
 */
import type { SeededRandom } from '../../domain/random';
import { SOURCES, checked } from '../../reference/source';
import type { TestId } from '../../reference/tests';
import { addDays } from '../../reference/iso-date';

/** One lot of a test kit (or meter strips) and the day it expires. */
export interface KitLot {
  readonly testId: TestId;
  readonly lot: string;
  /** ISO date: the kit may be used through this day. */
  readonly expires: string;
}


/** True when the lot may still be used on `onDate`. */
export function isInDate(lot: KitLot, onDate: string): boolean {
  return lot.expires >= onDate;
}

/**
 * Each test's two lots, by the day's generator, its state, the date and the test: the
 * lots are a function of these, so they are drawn once per day and not for every patient.
 */
const lotsDrawn = new WeakMap<SeededRandom, Map<string, readonly KitLot[]>>();

function lotsOf(testId: TestId, dayDate: string, random: SeededRandom): readonly KitLot[] {
  let drawn = lotsDrawn.get(random);
  if (!drawn) {
    drawn = new Map();
    lotsDrawn.set(random, drawn);
  }
  const key = `${random.state} ${dayDate} ${testId}`;
  const known = drawn.get(key);
  if (known) return known;
  const stream = random.fork(`kit:${testId}`);
  const prefix = testId.replace(/[^a-z]/g, '').slice(0, 3).toUpperCase();
  const oldLot = stream.integer(1000, 4999);
  const lots: readonly KitLot[] = [
    { testId, lot: `${prefix}-${oldLot}`, expires: addDays(dayDate, -stream.integer(2, 20)) },
    { testId, lot: `${prefix}-${oldLot + stream.integer(1, 400)}`, expires: addDays(dayDate, stream.integer(60, 270)) },
  ];
  drawn.set(key, lots);
  return lots;
}

/** The shelf for the tests ordered: per test, the expired lot first, then the current one. */
export function kitShelf(testIds: readonly TestId[], dayDate: string, random: SeededRandom): KitLot[] {
  return [...new Set(testIds)].flatMap((testId) => lotsOf(testId, dayDate, random));
}

/**
 * Seconds each step takes while the tourniquet is on: the clinic clock runs in minutes, so
 * the tourniquet's minute is counted in these steps instead.
 */
export const TOURNIQUET_SECONDS = {
  applied: 30,
  steps: { 'site.disinfected': 30, 'needle.inserted': 10, 'tube.drawn': 8, 'tube.inverted': 5, 'specimen.labeled': 20 } as Readonly<Record<string, number>>,
  other: 10,
  limit: 60,
  source: checked(
    SOURCES.clinicDayDesignEstimate,
    'Vein selection about 30 s, the alcohol rubbed on and dried about 30 s more when it is done with the tourniquet on, insertion 10 s, a vacuum tube fills in 5–10 s; the 60-second limit is the CLSI rule quoted by LabCE and CLSI PRE02 summaries.',
  ),
} as const;

/**
 * How long a kit lot's controls hold: the clinic day. Waived tests' schedules run by the day
 * of testing (glucose, hemoglobin) or by the lot (A1c, and the swab kits' usual inserts),
 * never by the patient; a lot controlled once today is controlled for every patient tested
 * with it today, which is as strict as the daily schedules and stricter than the per-lot ones.
 */
export const QUALITY_CONTROL_HOLDS = {
  for: 'the clinic day',
  source: checked(SOURCES.ncslphWaivedQualityControl, 'The game holds a lot\'s controls for the day it was run; it scores a test on a lot with no controls run that day.'),
} as const;

/**
 * Which controls a test's lot is checked with. A meter or analyser that reads a number (the
 * fingerstick glucose, the point-of-care A1c) is checked with two levels of control material,
 * a low (level 1) and a high (level 2), each read against its range; a kit that reads yes or no
 * (strep, flu, COVID, hCG, the urine dipstick) with a positive and a negative control.
 */
export const QUANTITATIVE_CONTROLS = {
  tests: new Set<TestId>(['glucose-poc', 'a1c-poc']) as ReadonlySet<TestId>,
  source: checked(
    SOURCES.rocheAccuChekInformIiControls,
    'Glucose: Level 1 (low) and Level 2 (high) control solutions; the NCSLPH waived QC table likewise gives glucose and hemoglobin "2 levels" and the qualitative kits (urine hCG, rapid strep) "positive and negative". The A1c analyser is taken as the same kind (a number read against a range); its own insert was not read.',
  ),
} as const;

/** The controls a lot of this test is run with, in words: "level 1 (low) and level 2 (high)" or "positive and negative". */
export function controlLevels(testId: TestId): string {
  return QUANTITATIVE_CONTROLS.tests.has(testId) ? 'level 1 (low) and level 2 (high)' : 'positive and negative';
}

/** What the controls show when they read as expected, in words for the kit's shelf. */
export function controlsAsExpected(testId: TestId): string {
  return QUANTITATIVE_CONTROLS.tests.has(testId) ? 'level 1 (low) and level 2 (high) read within their ranges' : 'positive and negative read as expected';
}

/** Minutes after sending until the reference lab rejects a mislabelled specimen. */
export const LAB_REVIEW_MINUTES = 10;
