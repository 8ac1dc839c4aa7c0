import { describe, expect, it } from 'vitest';
import {
  FEVER_BY_ROUTE,
  TEMPERATURE_ROUTE_OFFSETS,
  fahrenheitToCelsius,
  isFeverByRoute,
  suitableTemperatureRoutes,
  temperatureRouteSuits,
} from '../../../src/reference';

describe('temperatureRouteSuits (Schmitt, AAP-member paediatric advice)', () => {
  it.each([
    ['tympanic', 4, false, 'ear temperatures are not accurate before 6 months'],
    ['tympanic', 6, true, 'an ear thermometer can be used after 6 months'],
    ['tympanic', 20, true, 'a toddler'],
    ['rectal', 0, true, 'the most accurate, birth to 4 years'],
    ['rectal', 59, true, 'under 5 years'],
    ['rectal', 60, false, 'past 4 years old'],
    ['oral', 30, false, 'a toddler cannot hold it under the tongue'],
    ['oral', 48, true, 'from 4 years'],
    ['axillary', 1, true, 'screening at any age'],
    ['axillary', 500, true, 'an adult'],
    ['temporal', 1, true, 'forehead temps are accurate under 3 months'],
  ] as const)('%s at %i months: suits is %s (%s)', (route, ageMonths, suits, _why) => {
    const verdict = temperatureRouteSuits(route, ageMonths);
    expect(verdict.suits).toBe(suits);
    expect(verdict.source.id).toBe('schmittFeverTakeTemperature');
  });

  it('lists the routes that suit a 20-month-old: no oral', () => {
    expect(suitableTemperatureRoutes(20)).toEqual(['tympanic', 'temporal', 'axillary', 'rectal']);
  });

  it('lists the routes that suit a 3-month-old: no ear, no mouth', () => {
    expect(suitableTemperatureRoutes(3)).toEqual(['temporal', 'axillary', 'rectal']);
  });
});

describe('temperatureRouteSuits (NICE NG143)', () => {
  it.each([
    ['axillary', 0, true],
    ['tympanic', 0, false],
    ['tympanic', 1, true],
    ['rectal', 20, false],
    ['oral', 59, false],
    ['oral', 60, true],
    ['temporal', 30, false],
  ] as const)('%s at %i months: suits is %s', (route, ageMonths, suits) => {
    const verdict = temperatureRouteSuits(route, ageMonths, 'nice-ng143');
    expect(verdict.suits).toBe(suits);
    expect(verdict.source.id).toBe('niceNg143Fever');
  });
});

describe('FEVER_BY_ROUTE', () => {
  it.each([
    ['rectal', 38.0, 100.4],
    ['temporal', 38.0, 100.4],
    ['tympanic', 38.0, 100.4],
    ['oral', 37.8, 100],
    ['axillary', 37.2, 99],
  ] as const)('%s: fever at or above %f °C (%f °F)', (route, celsius, fahrenheit) => {
    expect(FEVER_BY_ROUTE[route]).toMatchObject({ atOrAboveC: celsius, atOrAboveF: fahrenheit });
    expect(fahrenheitToCelsius(fahrenheit)).toBe(celsius);
  });

  it.each([
    ['axillary', 37.3, true],
    ['axillary', 37.1, false],
    ['oral', 37.8, true],
    ['oral', 37.7, false],
    ['rectal', 37.9, false],
    ['rectal', 38.0, true],
    ['tympanic', 37.99, true],
  ] as const)('%s reading %f °C is a fever: %s', (route, celsius, fever) => {
    expect(isFeverByRoute(route, celsius)).toBe(fever);
  });

  it('carries no offsets between routes: none was confirmed', () => {
    expect(TEMPERATURE_ROUTE_OFFSETS.confirmed).toBe(false);
    expect(TEMPERATURE_ROUTE_OFFSETS.source.note).toMatch(/No paediatric authority found gives a conversion/);
  });
});
