import { describe, expect, it } from 'vitest';
import { centsToDollars, dollarsToCents, formatDollars, parseDollars } from '../../src/domain/money';

describe('money in cents', () => {
  it.each([
    ['25', 2500],
    ['25.5', 2550],
    ['$1,234.05', 123405],
    ['0', 0],
    [' 91.00 ', 9100],
  ])('reads %j as %i cents', (typed, cents) => {
    expect(parseDollars(typed)).toBe(cents);
  });

  it.each(['', 'abc', '-5', '1.234', '12,5.00.1', '1e3', 'Infinity', 'NaN'])('refuses %j as an amount', (typed) => {
    expect(parseDollars(typed)).toBeNull();
  });

  it('writes cents as dollars with cents, as the desk and the billing office show them', () => {
    expect(formatDollars(2500)).toBe('$25.00');
    expect(formatDollars(123405)).toBe('$1,234.05');
    expect(formatDollars(0)).toBe('$0.00');
    expect(formatDollars(-3900)).toBe('−$39.00');
  });

  it('turns a scenario’s dollars into whole cents and back into the dollars an action carries', () => {
    expect(dollarsToCents(25)).toBe(2500);
    expect(dollarsToCents(12.5)).toBe(1250);
    expect(dollarsToCents(0.1 + 0.2)).toBe(30);
    expect(centsToDollars(3333)).toBe(33.33);
    for (const cents of [0, 1, 999, 2500, 3333, 123405]) expect(dollarsToCents(centsToDollars(cents))).toBe(cents);
  });
});
