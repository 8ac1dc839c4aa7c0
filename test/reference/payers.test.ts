import { describe, expect, it } from 'vitest';
import { claimCoverageType, findPayer, PAYER_IDS, payerFullName, payerName, planTypeName, payerAuthorizationCodes } from '../../src/reference/payers';

describe('the payer list’s names', () => {
  it('names a payer at the desk without the synthetic marker, and an unknown payer by its id', () => {
    expect(payerName('bluecross-ppo')).toBe('Blue Harbor PPO');
    expect(payerName('medicare-b')).toBe('Federal Seniors Plan B');
    expect(payerName('acme-health')).toBe('acme-health');
    expect(payerName('__proto__')).toBe('__proto__');
  });

  it('names a payer in the billing records with the synthetic marker, and says when a claim has none', () => {
    expect(payerFullName('bluecross-ppo')).toBe('Blue Harbor PPO (synthetic)');
    expect(payerFullName('medicaid')).toBe('State Community Care (synthetic stand-in for Medicaid)');
    expect(payerFullName(null)).toBe('No payer');
    expect(payerFullName('acme-health')).toBe('acme-health');
  });

  it('gives every listed payer a desk name that is its records name without the marker', () => {
    for (const id of PAYER_IDS) expect(payerFullName(id).startsWith(payerName(id))).toBe(true);
  });

  it('writes a plan type in words, and an unknown one in capitals', () => {
    expect(planTypeName('ppo')).toBe('PPO (preferred provider organization)');
    expect(planTypeName('medicare')).toBe('Original Medicare (Part B)');
    expect(planTypeName('xyz')).toBe('XYZ');
  });
});

describe('findPayer', () => {
  it('finds a listed payer by its id, and nothing for an id the list does not hold', () => {
    expect(findPayer('aetna-hmo')?.planType).toBe('hmo');
    expect(findPayer('acme-health')).toBeUndefined();
    expect(findPayer('toString')).toBeUndefined();
    expect(findPayer(null)).toBeUndefined();
  });
});

describe('claimCoverageType', () => {
  it.each([
    ['medicare-b', 'Medicare'],
    ['medicaid', 'Medicaid'],
    ['self-pay', 'None (self-pay)'],
    ['aetna-hmo', 'Group health plan (HMO)'],
    ['unitedhealth-epo', 'Group health plan (EPO)'],
    [null, '—'],
    ['acme-health', '—'],
  ])('ticks box 1 for %s as %s', (payerId, box) => expect(claimCoverageType(payerId)).toBe(box));
});

describe('payerAuthorizationCodes', () => {
  it('lists the codes a payer’s policy authorises in advance, and none for a payer the list does not know', () => {
    expect(payerAuthorizationCodes('aetna-hmo')).toEqual(['93000']);
    expect(payerAuthorizationCodes('bluecross-ppo')).toEqual([]);
    expect(payerAuthorizationCodes('constructor')).toEqual([]);
  });
});
