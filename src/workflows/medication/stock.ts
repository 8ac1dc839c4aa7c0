/**
 * The clinic's vaccine stock for the day: the scenario's own (`clinic.medicationStock`), or,
 * where the scenario writes none, a default one the game builds: one refrigerator reading in
 * range, a freezer only if an ordered vaccine is kept frozen, and one in-date single-dose vial
 * of each vaccine any patient is ordered, with a lot number made from the test id and the
 * maker from the reference's product table, expiring a year after the scenario's day. A
 * tuberculin skin test comes in a multi-dose vial: the default one was opened that morning.
 */
import { type InjectableProduct, injectableProduct, storageExcursion, tuberculinProduct, vialUnusable } from '../../reference/immunization';
import { givenAtMedicationStation, type TestId, TESTS } from '../../reference/tests';
import type { MedicationStock, Scenario } from '../../scenario/scenario.schema';
import type { z } from '../../scenario/zod';

/** The clinic's vaccine stock: storage units and the vials in them. */
export type VaccineStock = z.output<typeof MedicationStock>;
/** One storage unit and its min/max log. */
export type StorageUnitRecord = VaccineStock['units'][number];
/** One vial (or prefilled syringe) of the stock. */
export type StockVial = VaccineStock['vials'][number];

/** The default refrigerator's id. */
export const DEFAULT_REFRIGERATOR_ID = 'fridge-1';
/** The default freezer's id. */
export const DEFAULT_FREEZER_ID = 'freezer-1';

/**
 * The default refrigerator's min/max log: 4.6 °C now, 3.9 to 5.8 °C since the last reading,
 * inside the 2–8 °C range and near its 5 °C middle (a design choice, checked against the
 * reference's range by `storageExcursion`).
 */
const DEFAULT_REFRIGERATOR_LOG = { currentC: 4.6, minC: 3.9, maxC: 5.8 } as const;
/** The default freezer's log: −20 °C now, −22 to −18 °C since the last reading, inside −50 to −15 °C. */
const DEFAULT_FREEZER_LOG = { currentC: -20, minC: -22, maxC: -18 } as const;

/** A four-digit number from the test id, so the same vaccine always gets the same lot. */
function lotDigits(testId: string): string {
  let hash = 17;
  for (const char of testId) hash = (hash * 31 + char.charCodeAt(0)) % 10_000;
  return String(hash).padStart(4, '0');
}

/** The default lot number of a vaccine: the first letters of its name and four digits, e.g. INF4821. */
export function defaultLot(testId: TestId): string {
  const letters = testId.replace(/-vaccine$/, '').replace(/-/g, '').slice(0, 3).toUpperCase();
  return `${letters}${lotDigits(testId)}`;
}

/** The date a year after `date` (29 February goes to 28 February). */
function aYearAfter(date: string): string {
  const [year, month, day] = date.split('-') as [string, string, string];
  const next = String(Number(year) + 1).padStart(4, '0');
  return month === '02' && day === '29' ? `${next}-02-28` : `${next}-${month}-${day}`;
}

function unitFor(product: InjectableProduct): string {
  return product.storage === 'freezer' ? DEFAULT_FREEZER_ID : DEFAULT_REFRIGERATOR_ID;
}

/** The default stock for a scenario: what the clinic holds when the scenario names no stock of its own. */
export function defaultStock(scenario: Scenario): VaccineStock {
  const ordered = new Set(scenario.patients.flatMap((patient) => patient.orders.map((order) => order.testId)));
  const products = TESTS.filter((test) => givenAtMedicationStation(test.kind) && ordered.has(test.id)).flatMap((test) => {
    const product = injectableProduct(test.id);
    return product === null ? [] : [product];
  });
  const readAt = scenario.day.start;
  const units: StorageUnitRecord[] = [{ id: DEFAULT_REFRIGERATOR_ID, kind: 'refrigerator', label: 'Vaccine refrigerator', log: { ...DEFAULT_REFRIGERATOR_LOG, readAt } }];
  if (products.some((product) => product.storage === 'freezer')) {
    units.push({ id: DEFAULT_FREEZER_ID, kind: 'freezer', label: 'Vaccine freezer', log: { ...DEFAULT_FREEZER_LOG, readAt } });
  }
  const expires = aYearAfter(scenario.day.date);
  const vials: StockVial[] = products.map((product) => {
    const tuberculin = tuberculinProduct(product.testId);
    return {
      id: `${product.testId}-1`,
      testId: product.testId,
      unitId: unitFor(product),
      manufacturer: product.manufacturer,
      lot: defaultLot(product.testId),
      expires,
      ...(tuberculin === null ? {} : { multiDose: { openedOn: scenario.day.date, beyondUseDays: tuberculin.openedVialDays } }),
      prefilledSyringe: false,
    };
  });
  return { units, vials };
}

/** Each scenario's stock, built once: every encounter of the day reads the same shelves. */
const stockOf = new WeakMap<Scenario, VaccineStock>();

/** The clinic's stock for the day: the scenario's, or the default. */
export function clinicStock(scenario: Scenario): VaccineStock {
  const own = scenario.clinic.medicationStock;
  if (own !== undefined) return own;
  const known = stockOf.get(scenario);
  if (known) return known;
  const stock = defaultStock(scenario);
  stockOf.set(scenario, stock);
  return stock;
}

/** The storage unit a vial sits in. */
export function unitOf(stock: VaccineStock, vial: StockVial): StorageUnitRecord | undefined {
  return stock.units.find((unit) => unit.id === vial.unitId);
}

/** Whether a unit's log shows a temperature excursion (a reading outside its range). */
export function unitInExcursion(unit: StorageUnitRecord): boolean {
  return storageExcursion(unit.kind, unit.log);
}

/** Why a vial may not be given on the day: expired, past its beyond-use date, or from a unit with an excursion; null when it may. */
export function vialProblem(stock: VaccineStock, vial: StockVial, onDate: string): 'expired' | 'past-beyond-use-date' | 'storage-excursion' | null {
  const dating = vialUnusable(vial, onDate);
  if (dating !== null) return dating;
  const unit = unitOf(stock, vial);
  return unit !== undefined && unitInExcursion(unit) ? 'storage-excursion' : null;
}

/** The vials of a vaccine that may be given on the day (in date, within the beyond-use date, from a unit in range). */
export function usableVials(stock: VaccineStock, testId: string, onDate: string): readonly StockVial[] {
  return stock.vials.filter((vial) => vial.testId === testId && vialProblem(stock, vial, onDate) === null);
}
