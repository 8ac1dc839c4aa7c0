/**
 * Vaccine storage: the refrigerator and freezer ranges, what a min/max log reading outside
 * them means, what to do about it, and when a vial is past its expiry or beyond-use date
 * (CDC Vaccine Storage and Handling Toolkit).
 */
import { daysBetween, isIsoDate, parseIsoDate, type IsoDate } from '../iso-date';
import { SOURCES, checked, type Sourced } from '../source';
import type { StorageUnitKind } from './terms';

/** The temperature range each kind of unit must hold, in °C inclusive. */
export const STORAGE_RANGES: Readonly<Record<StorageUnitKind, { readonly minC: number; readonly maxC: number; readonly text: string } & Sourced>> = {
  refrigerator: {
    minC: 2,
    maxC: 8,
    text: 'Refrigerated vaccines between 2 °C and 8 °C (36–46 °F); aim for about 5 °C.',
    source: checked(SOURCES.cdcStorageHandlingToolkit, 'Checked: 2–8 °C (36–46 °F), thermostat at mid-range about 5 °C (CDC toolkit text as excerpted by AAHA; Florida DOH and SmartSense agree).'),
  },
  freezer: {
    minC: -50,
    maxC: -15,
    text: 'Frozen vaccines between −50 °C and −15 °C (−58 °F to +5 °F).',
    source: checked(SOURCES.cdcStorageHandlingToolkit, 'Checked: −50 to −15 °C (−58 to +5 °F) (K2 Scientific, Medi-Products and SmartSense quoting the CDC toolkit; Maryland VFC: a freezer above −15 °C is an excursion).'),
  },
};

/** A unit's min/max log: the temperature now and the lowest and highest since the last reading. */
export interface StorageLogReading {
  readonly currentC: number;
  readonly minC: number;
  readonly maxC: number;
}

/** True if any of the log's readings lies outside the unit's range: a temperature excursion. */
export function storageExcursion(kind: StorageUnitKind, log: StorageLogReading): boolean {
  const range = STORAGE_RANGES[kind];
  return [log.currentC, log.minC, log.maxC].some((t) => t < range.minC || t > range.maxC);
}

/** What to do on a temperature excursion, in order. */
export const EXCURSION_RESPONSE: Sourced & { readonly steps: readonly string[]; readonly neverGive: true; readonly neverDiscard: true } = {
  steps: [
    'Stop giving vaccines from the unit.',
    'Label the affected stock “Do Not Use” and keep it in the cold chain (a working unit at the right temperature).',
    'Tell the vaccine coordinator or supervisor at once.',
    'Document the readings, the time out of range and what was done.',
    'Contact the manufacturer or the immunization program before using or discarding the stock.',
  ],
  neverGive: true,
  neverDiscard: true,
  source: checked(
    SOURCES.cdcStorageHandlingToolkit,
    'Checked through copies of the toolkit’s excursion steps (SmartSense, 2024 edition; Vaxopedia; RxInsider) and Immunize.org (reviewed 2023-07-26): any out-of-range reading is an excursion; label the vaccine “do not use”, keep it stored properly, do not discard it before the manufacturer or program says so, and contact them.',
  ),
};

/** Why a vial may not be used on a date, or null when it may. */
export type VialUnusable = 'expired' | 'past-beyond-use-date';

/** The last day a printed expiry allows: a full date is used through that day; a year-month through the month's last day. */
export function lastDayOfExpiry(expires: string): IsoDate | null {
  if (isIsoDate(expires)) return expires;
  const match = /^(\d{4})-(\d{2})$/.exec(expires);
  if (match === null) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return `${match[1]}-${match[2]}-${String(last).padStart(2, '0')}`;
}

/** The expiry and beyond-use rule, for the debrief. */
export const VIAL_DATING_RULE: Sourced & { readonly text: string } = {
  text: 'Never give expired vaccine. A full expiry date is good through the end of that day; a month and year through the last day of that month. A multidose vial with a beyond-use date (e.g. 28 days after first puncture) is discarded after it, even before the printed expiry.',
  source: checked(
    SOURCES.immunizeOrgAskTheExperts,
    'Checked: multidose vials are used to the printed expiry unless the manufacturer sets a beyond-use date after puncture (some influenza vials 28 days); the end-of-day and end-of-month reading of expiry dates from CDC as quoted by ATHNA (cdcExpiryDateRule, secondary).',
  ),
};

/** The vial fields the dating rule reads. */
export interface VialDating {
  readonly expires: IsoDate;
  readonly multiDose?: { readonly openedOn: IsoDate; readonly beyondUseDays: number };
}

/**
 * Whether a vial may be given on `onDate`: null if it may, else why not. The beyond-use
 * date counts `beyondUseDays` from the first puncture and, taking the stricter reading of
 * "within N days", allows the day of puncture plus N − 1 days.
 */
export function vialUnusable(vial: VialDating, onDate: IsoDate): VialUnusable | null {
  if (parseIsoDate(onDate) === null) throw new RangeError(`onDate is not an ISO date (YYYY-MM-DD): ${onDate}`);
  const lastDay = lastDayOfExpiry(vial.expires);
  if (lastDay === null || onDate > lastDay) return 'expired';
  if (vial.multiDose !== undefined && daysBetween(vial.multiDose.openedOn, onDate) >= vial.multiDose.beyondUseDays) return 'past-beyond-use-date';
  return null;
}
