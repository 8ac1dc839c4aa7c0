/**
 * Money as the clinic keeps it: whole cents, so sums and comparisons are exact. Amounts a
 * scenario or an action states in dollars come in through `dollarsToCents`; a screen turns
 * cents into "$1,234.50" only to show them, and reads what the trainee types with
 * `parseDollars`.
 */

/** Cents in a dollar. */
export const CENTS_PER_DOLLAR = 100;

/** An amount in dollars (as a scenario states it, 12.5) in whole cents (1250). */
export function dollarsToCents(dollars: number): number {
  return Math.round(dollars * CENTS_PER_DOLLAR);
}

/** Whole cents as the dollar amount an action carries (1250 → 12.5). */
export function centsToDollars(cents: number): number {
  return cents / CENTS_PER_DOLLAR;
}

/** An amount typed in dollars ("25", "25.00", "$1,234.50") in cents; null when it is not an amount. */
export function parseDollars(typed: string): number | null {
  const text = typed.trim().replace(/^\$/, '').replaceAll(',', '').trim();
  if (!/^\d+(\.\d{0,2})?$/.test(text)) return null;
  const [whole = '0', fraction = ''] = text.split('.');
  return Number.parseInt(whole, 10) * 100 + Number.parseInt(fraction.padEnd(2, '0') || '0', 10);
}

/** Cents as dollars for the screen: "$1,234.50", "−$39.00". */
export function formatDollars(cents: number): string {
  const sign = cents < 0 ? '−' : '';
  const abs = Math.abs(cents);
  const dollars = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}$${dollars}.${String(abs % 100).padStart(2, '0')}`;
}
