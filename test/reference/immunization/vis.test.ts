import { describe, expect, it } from 'vitest';
import { VIS_EDITIONS, VIS_IDS, VIS_NEW_EDITION_GRACE, VIS_RULE, visEditionInForce, visEditionsOnShelf } from '../../../src/reference';

describe('VIS_EDITIONS', () => {
  it('covers every VIS id once', () => {
    expect(VIS_EDITIONS.map((v) => v.visId)).toEqual([...VIS_IDS]);
  });

  it.each([
    ['influenza-inactivated', ['2021-08-06', '2019-08-15', '2015-08-07', '2014-08-19']],
    ['tdap', ['2021-08-06', '2015-02-24']],
    ['dtap', ['2021-08-06', '2020-04-01', '2018-08-24', '2007-05-17']],
    ['mmr', ['2021-08-06', '2019-08-15', '2018-02-12', '2012-04-20']],
    ['hepatitis-b', ['2023-05-12', '2021-10-15', '2019-08-15', '2018-10-12', '2016-07-20']],
    ['pneumococcal-conjugate', ['2023-05-12', '2022-02-02', '2015-11-05']],
  ] as const)('%s has the editions %j, newest first, citing the CDC current-VIS page', (visId, editions) => {
    const vis = VIS_EDITIONS.find((v) => v.visId === visId);
    expect(vis?.editions).toEqual(editions);
    expect(vis?.source.id).toBe('cdcCurrentVisDates');
  });
});

describe('visEditionInForce', () => {
  it.each([
    ['influenza-inactivated', '2026-10-15', '2021-08-06'],
    ['hepatitis-b', '2023-05-11', '2021-10-15'],
    ['hepatitis-b', '2023-05-12', '2023-05-12'],
    ['mmr', '2019-01-01', '2018-02-12'],
    ['tdap', '2010-01-01', null],
  ] as const)('puts the %s edition in force on %s: %s', (visId, onDate, edition) => {
    expect(visEditionInForce(visId, onDate)).toBe(edition);
  });

  it('refuses a date that is not ISO', () => {
    expect(() => visEditionInForce('mmr', '10/15/2026')).toThrow(RangeError);
  });
});

describe('visEditionsOnShelf', () => {
  it('shelves the current edition and the one before it', () => {
    expect(visEditionsOnShelf('hepatitis-b')).toEqual(['2023-05-12', '2021-10-15']);
  });
});

describe('VIS_RULE and VIS_NEW_EDITION_GRACE', () => {
  it('requires the VIS before each dose, citing the VIS instructions', () => {
    expect(VIS_RULE.beforeEachDose).toBe(true);
    expect(VIS_RULE.source.id).toBe('visInstructions');
  });

  it('keeps the six-month grace as data that is not scored', () => {
    expect(VIS_NEW_EDITION_GRACE).toMatchObject({ months: 6, scored: false });
  });
});
