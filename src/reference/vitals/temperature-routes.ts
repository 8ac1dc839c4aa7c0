/**
 * Temperature by route: which routes suit which ages, and the fever threshold of each route.
 *
 * The game's authority is the AAP-member paediatric advice of Barton Schmitt (Pediatric Care
 * Advice, as published by Children's Hospital Colorado); NICE NG143, which differs for the
 * under-fives (no oral or rectal, no forehead), is kept as a second set a program may choose.
 * Neither source gives a conversion between routes: each gives a threshold per route (Schmitt)
 * or none by route (NICE), so a reading is judged by its own route's threshold as read.
 */
import { SOURCES, checked, type Source, type Sourced } from '../source';
import { TEMPERATURE_ROUTES, type TemperatureRoute } from './terms';

/** Authorities whose route-by-age rules the reference carries. */
export const TEMPERATURE_ROUTE_AUTHORITIES = ['aap-schmitt', 'nice-ng143'] as const;
/** One authority. */
export type TemperatureRouteAuthority = (typeof TEMPERATURE_ROUTE_AUTHORITIES)[number];

/**
 * One route's ages by one authority: the route suits a patient aged `minAgeMonths` or more
 * and, when `maxAgeMonths` is not null, `maxAgeMonths` or less (whole months of age).
 */
export interface TemperatureRouteRule extends Sourced {
  readonly authority: TemperatureRouteAuthority;
  readonly route: TemperatureRoute;
  readonly minAgeMonths: number;
  readonly maxAgeMonths: number | null;
  readonly note: string;
}

const schmitt = SOURCES.schmittFeverTakeTemperature;
const nice = SOURCES.niceNg143Fever;

/** Which temperature routes suit which ages, by authority. */
export const TEMPERATURE_ROUTE_AGES: readonly TemperatureRouteRule[] = [
  {
    authority: 'aap-schmitt',
    route: 'rectal',
    minAgeMonths: 0,
    maxAgeMonths: 59,
    note: 'The most accurate route; taught for birth to 4 years (under 4 or 5 years). Under 3 months an armpit reading above 37.2 °C is re-checked rectally or on the forehead.',
    source: checked(schmitt, 'Rectal: "Age: birth to 4 years old"; "under 4 or 5 years old: rectal … accurate". Mayo Clinic agrees (mayoClinicThermometerAges).'),
  },
  {
    authority: 'aap-schmitt',
    route: 'oral',
    minAgeMonths: 48,
    maxAgeMonths: null,
    note: 'Safe by mouth from about 4 years, when a child can hold the thermometer under the tongue.',
    source: checked(schmitt, 'Oral: "Age 4 years and older: safe to take the temp orally" (the current Colorado edition says over 4 or 5 years); Mayo Clinic: by age 4.'),
  },
  {
    authority: 'aap-schmitt',
    route: 'axillary',
    minAgeMonths: 0,
    maxAgeMonths: null,
    note: 'The least accurate route, useful for screening at any age; the safest under 3 months, where a high reading is re-checked rectally.',
    source: checked(schmitt, 'Armpit: "useful for screening at any age".'),
  },
  {
    authority: 'aap-schmitt',
    route: 'tympanic',
    minAgeMonths: 6,
    maxAgeMonths: null,
    note: 'Ear temperatures are not accurate before 6 months of age.',
    source: checked(schmitt, 'Ear: "not accurate before 6 months of age"; "an ear thermometer can be used after 6 months old". Mayo Clinic and KidsHealth agree.'),
  },
  {
    authority: 'aap-schmitt',
    route: 'temporal',
    minAgeMonths: 0,
    maxAgeMonths: null,
    note: 'Forehead (temporal artery) readings are the next most accurate after rectal, including under 3 months.',
    source: checked(schmitt, 'Forehead: "the next most accurate"; "forehead temps are accurate under 3 months of age" (the older edition: "may also be accurate").'),
  },
  {
    authority: 'nice-ng143',
    route: 'rectal',
    minAgeMonths: 60,
    maxAgeMonths: null,
    note: 'Not used routinely from 0 to 5 years.',
    source: checked(nice, 'Recommendation 1.1.1.'),
  },
  {
    authority: 'nice-ng143',
    route: 'oral',
    minAgeMonths: 60,
    maxAgeMonths: null,
    note: 'Not used routinely from 0 to 5 years.',
    source: checked(nice, 'Recommendation 1.1.1.'),
  },
  {
    authority: 'nice-ng143',
    route: 'axillary',
    minAgeMonths: 0,
    maxAgeMonths: null,
    note: 'An electronic thermometer in the axilla at any age under 5 (the only route under 4 weeks).',
    source: checked(nice, 'Recommendations 1.1.2 and 1.1.3.'),
  },
  {
    authority: 'nice-ng143',
    route: 'tympanic',
    minAgeMonths: 1,
    maxAgeMonths: null,
    note: 'Infra-red tympanic from 4 weeks (counted here as from 1 month of age).',
    source: checked(nice, 'Recommendation 1.1.3 says 4 weeks; the game counts whole months, so 1 month.'),
  },
  {
    authority: 'nice-ng143',
    route: 'temporal',
    minAgeMonths: 60,
    maxAgeMonths: null,
    note: 'No forehead thermometer is among the methods NICE lists for the under-fives; forehead chemical thermometers are unreliable.',
    source: checked(nice, 'Recommendations 1.1.3 and 1.1.5: the infra-red temporal artery thermometer is not listed for under 5s (our reading).'),
  },
];

/** Whether `route` suits a patient of `ageMonths` (whole months), by the chosen authority, and why. */
export function temperatureRouteSuits(
  route: TemperatureRoute,
  ageMonths: number,
  authority: TemperatureRouteAuthority = 'aap-schmitt',
): { suits: boolean; note: string } & Sourced {
  const rule = TEMPERATURE_ROUTE_AGES.find((r) => r.authority === authority && r.route === route);
  if (rule === undefined) throw new RangeError(`No ${authority} rule for the ${route} route`);
  const suits = ageMonths >= rule.minAgeMonths && (rule.maxAgeMonths === null || ageMonths <= rule.maxAgeMonths);
  return { suits, note: rule.note, source: rule.source };
}

/** The routes that suit a patient of `ageMonths`, in station order. */
export function suitableTemperatureRoutes(ageMonths: number, authority: TemperatureRouteAuthority = 'aap-schmitt'): TemperatureRoute[] {
  return TEMPERATURE_ROUTES.filter((route) => temperatureRouteSuits(route, ageMonths, authority).suits);
}

const feverNote =
  'Fever: rectal, forehead or ear ≥ 38.0 °C (100.4 °F); oral ≥ 37.8 °C (100 °F); armpit ≥ 37.2 °C (99 °F). Authorities differ: the Canadian Paediatric Society (2015, as tabulated by PedsCases) gives normal upper limits of rectal 38.0, ear 38.0, oral 37.5 and axillary 37.5 °C.';

/** The fever threshold of each route (Schmitt, AAP-member paediatric advice), in °C and °F. */
export const FEVER_BY_ROUTE: Readonly<Record<TemperatureRoute, { atOrAboveC: number; atOrAboveF: number } & Sourced>> = {
  rectal: { atOrAboveC: 38.0, atOrAboveF: 100.4, source: checked(schmitt, feverNote) },
  temporal: { atOrAboveC: 38.0, atOrAboveF: 100.4, source: checked(schmitt, feverNote) },
  tympanic: { atOrAboveC: 38.0, atOrAboveF: 100.4, source: checked(schmitt, feverNote) },
  oral: { atOrAboveC: 37.8, atOrAboveF: 100, source: checked(schmitt, feverNote) },
  axillary: { atOrAboveC: 37.2, atOrAboveF: 99, source: checked(schmitt, feverNote) },
};

/** Whether a reading of `celsius` by `route` is a fever by that route's threshold (compared to 0.1 °C). */
export function isFeverByRoute(route: TemperatureRoute, celsius: number): boolean {
  // Rounded to the thermometer's 0.1 °C so that a converted 100.4 °F compares equal to 38.0.
  return Math.round(celsius * 10) / 10 >= FEVER_BY_ROUTE[route].atOrAboveC;
}

const offsetSource: Source = checked(
  schmitt,
  'No paediatric authority found gives a conversion (an offset to add) between routes: Schmitt gives a threshold for each route instead, NICE none by route. Offsets were found only in secondary text (a pharmacotherapy text copy: rectal about 0.6 °C above oral, oral about 0.6 °C above axillary; consumer pages: oral 0.5–1 °F below rectal, armpit 1–1.5 °F below) and are not used.',
);

/** Whether the reference carries offsets between routes: it does not (see the source note). */
export const TEMPERATURE_ROUTE_OFFSETS = {
  confirmed: false,
  rule: 'Read each route as measured and judge it by its own fever threshold.',
  source: offsetSource,
} as const;
