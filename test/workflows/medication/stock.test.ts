import { describe, expect, it } from 'vitest';
import { storageExcursion } from '../../../src/reference/immunization';
import { clinicStock, DEFAULT_REFRIGERATOR_ID, defaultLot, defaultStock, usableVials, vialProblem } from '../../../src/workflows/medication/stock';
import { patient, scenario } from '../../support/scenario-builder';
import { immunizationDay } from './medication-support';

describe('the default vaccine stock', () => {
  const day = scenario([
    patient('p1', '08:00', { orders: [{ testId: 'influenza-vaccine' }, { testId: 'cbc' }] }),
    patient('p2', '08:30', { orders: [{ testId: 'tdap-vaccine' }, { testId: 'influenza-vaccine' }] }),
  ]);

  it('stocks one in-range refrigerator, read at the day’s start, and no freezer when nothing ordered is frozen', () => {
    const { units } = defaultStock(day);
    expect(units).toEqual([{ id: DEFAULT_REFRIGERATOR_ID, kind: 'refrigerator', label: 'Vaccine refrigerator', log: { currentC: 4.6, minC: 3.9, maxC: 5.8, readAt: '08:00' } }]);
    expect(storageExcursion('refrigerator', units[0]!.log)).toBe(false);
  });

  it('holds one in-date vial of each vaccine ordered that day, with the maker from the product table and a lot from the test id', () => {
    const { vials } = defaultStock(day);
    expect(vials).toEqual([
      { id: 'influenza-vaccine-1', testId: 'influenza-vaccine', unitId: 'fridge-1', manufacturer: 'Sanofi Pasteur', lot: defaultLot('influenza-vaccine'), expires: '2027-03-10', prefilledSyringe: false },
      { id: 'tdap-vaccine-1', testId: 'tdap-vaccine', unitId: 'fridge-1', manufacturer: 'Sanofi Pasteur', lot: defaultLot('tdap-vaccine'), expires: '2027-03-10', prefilledSyringe: false },
    ]);
    expect(defaultLot('influenza-vaccine')).toMatch(/^INF\d{4}$/);
    expect(defaultLot('influenza-vaccine')).not.toBe(defaultLot('tdap-vaccine'));
    for (const vial of vials) expect(vialProblem(defaultStock(day), vial, day.day.date)).toBeNull();
  });

  it('holds a tuberculin skin test in a Tubersol multi-dose vial opened that morning, good for 30 days', () => {
    const withTst = scenario([patient('p1', '08:00', { orders: [{ testId: 'tuberculin-skin-test' }] })]);
    expect(defaultStock(withTst).vials).toEqual([
      { id: 'tuberculin-skin-test-1', testId: 'tuberculin-skin-test', unitId: 'fridge-1', manufacturer: 'Sanofi Pasteur', lot: defaultLot('tuberculin-skin-test'), expires: '2027-03-10', multiDose: { openedOn: '2026-03-10', beyondUseDays: 30 }, prefilledSyringe: false },
    ]);
    expect(defaultLot('tuberculin-skin-test')).toMatch(/^TUB\d{4}$/);
  });

  it('is the scenario’s own stock when it names one', () => {
    const own = immunizationDay();
    expect(clinicStock(own)).toBe(own.clinic.medicationStock);
    expect(clinicStock(day)).toBe(clinicStock(day));
  });
});

describe('vialProblem', () => {
  const day = immunizationDay();
  const stock = clinicStock(day);
  const vial = (id: string) => stock.vials.find((v) => v.id === id)!;

  it.each([
    ['flu-good', null],
    ['flu-old', 'expired'],
    ['flu-back', 'storage-excursion'],
    ['tdap-old', 'expired'],
    ['mmr-back', 'storage-excursion'],
  ] as const)('reads %s as %s on the fixture’s day', (id, problem) => {
    expect(vialProblem(stock, vial(id), day.day.date)).toBe(problem);
  });

  it('finds a multi-dose vial past its beyond-use date unusable though its printed expiry is months away', () => {
    const opened = { ...vial('flu-good'), multiDose: { openedOn: '2026-02-01', beyondUseDays: 28 } };
    expect(vialProblem(stock, opened, day.day.date)).toBe('past-beyond-use-date');
  });

  it('offers only the usable vials of a vaccine', () => {
    expect(usableVials(stock, 'influenza-vaccine', day.day.date).map((v) => v.id)).toEqual(['flu-good']);
  });
});
