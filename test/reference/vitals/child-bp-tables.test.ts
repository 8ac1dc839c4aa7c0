import { describe, expect, it } from 'vitest';
import { CHILD_BP_SEXES, CHILD_BP_TABLES, HEIGHT_PERCENTILE_COLUMNS, type ChildBpSex, type ChildBpTableRow } from '../../../src/reference';

function rowOf(sex: ChildBpSex, ageYears: number): ChildBpTableRow {
  const row = CHILD_BP_TABLES.find((r) => r.sex === sex && r.ageYears === ageYears);
  if (row === undefined) throw new Error(`no row for ${sex} ${ageYears}`);
  return row;
}

function published(row: ChildBpTableRow, line: 'p50' | 'p90' | 'p95' | 'p95plus12'): number[] {
  return [...row[line].systolic, ...row[line].diastolic];
}

const UPTODATE = 'UpToDate graphic 63856, Blood pressure levels for males by age and height percentile (Flynn 2017 Table 4)';
const SCREENING = 'AAP 2017 simplified screening table (90th percentile at the 5th height percentile), as reproduced by BLK paediatric practice';
const PEDIOOLS = 'pediools aap-blood-pressure-data.json, commit 583f7f39 (AAP 2017 Tables 4 and 5)';

describe('CHILD_BP_TABLES', () => {
  it('has one row for each sex and each age from 1 to 17', () => {
    expect(CHILD_BP_TABLES).toHaveLength(34);
    for (const sex of CHILD_BP_SEXES) {
      expect(CHILD_BP_TABLES.filter((r) => r.sex === sex).map((r) => r.ageYears)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    }
  });

  it.each(CHILD_BP_TABLES.map((r) => [r.sex, r.ageYears, r] as const))(
    '%s aged %i: seven rising heights, and every 50th < 90th < 95th < 95th + 12 (which is the 95th plus 12)',
    (_sex, _age, row) => {
      expect(row.heightCm).toHaveLength(HEIGHT_PERCENTILE_COLUMNS.length);
      row.heightCm.slice(1).forEach((h, i) => expect(h).toBeGreaterThan(row.heightCm[i] ?? Infinity));
      const p50 = published(row, 'p50');
      const p90 = published(row, 'p90');
      const p95 = published(row, 'p95');
      const plus12 = published(row, 'p95plus12');
      expect(p50).toHaveLength(14);
      p50.forEach((v, i) => {
        expect(v).toBeLessThan(p90[i] ?? -Infinity);
        expect(p90[i]).toBeLessThanOrEqual(p95[i] ?? -Infinity);
        expect(plus12[i]).toBe((p95[i] ?? NaN) + 12);
      });
      expect(row.source.id).toBe('aap2017PediatricBp');
      expect(row.verified).toBeUndefined();
    },
  );

  it.each([
    // sex, age, line, the published 7 systolic then 7 diastolic values, where they were read
    ['male', 1, 'p50', [85, 85, 86, 86, 87, 88, 88, 40, 40, 40, 41, 41, 42, 42], UPTODATE],
    ['male', 1, 'p95plus12', [114, 114, 115, 115, 116, 117, 117, 66, 66, 67, 67, 68, 69, 69], UPTODATE],
    ['male', 2, 'p90', [100, 100, 101, 102, 103, 103, 104, 55, 55, 56, 56, 57, 58, 58], UPTODATE],
    ['male', 3, 'p95', [106, 106, 107, 107, 108, 109, 109, 60, 61, 61, 62, 63, 64, 64], UPTODATE],
    ['male', 4, 'p95plus12', [119, 119, 120, 120, 121, 122, 122, 75, 76, 77, 78, 79, 79, 80], UPTODATE],
    ['male', 12, 'p90', [113, 114, 115, 117, 119, 121, 122, 75, 75, 75, 75, 75, 76, 76], PEDIOOLS],
    ['male', 16, 'p95', [130, 131, 133, 134, 135, 136, 137, 80, 81, 83, 84, 85, 86, 86], PEDIOOLS],
    ['female', 1, 'p95', [101, 102, 102, 103, 104, 105, 105, 59, 59, 60, 60, 61, 62, 62], PEDIOOLS],
    ['female', 7, 'p90', [106, 106, 107, 109, 110, 111, 112, 68, 68, 69, 70, 71, 72, 72], PEDIOOLS],
    ['female', 11, 'p50', [98, 99, 101, 102, 104, 105, 106, 60, 60, 60, 61, 62, 63, 64], PEDIOOLS],
    ['female', 17, 'p95', [125, 125, 126, 127, 128, 128, 128, 80, 80, 80, 81, 82, 82, 82], PEDIOOLS],
  ] as const)('%s aged %i, %s line, matches the published row (%#: %s)', (sex, age, line, values, _where) => {
    expect(published(rowOf(sex, age), line)).toEqual(values);
  });

  it.each([
    ['male', 1, [77.2, 78.3, 80.2, 82.4, 84.6, 86.7, 87.9], UPTODATE],
    ['male', 5, [104.4, 106.2, 109.1, 112.4, 115.7, 118.6, 120.3], UPTODATE],
    ['female', 6, [110, 111.8, 114.9, 118.4, 122.1, 125.6, 127.7], PEDIOOLS],
    ['female', 13, [148.1, 150.6, 154.7, 159.2, 163.7, 167.8, 170.2], PEDIOOLS],
  ] as const)('%s aged %i: heights in cm match the published columns (%s)', (sex, age, heights, _where) => {
    expect(rowOf(sex, age).heightCm).toEqual(heights);
  });

  // The simplified screening table is the 90th percentile at the 5th height percentile.
  it.each([
    ['male', 1, 98, 52], ['male', 2, 100, 55], ['male', 3, 101, 58], ['male', 4, 102, 60], ['male', 5, 103, 63], ['male', 6, 105, 66],
    ['male', 7, 106, 68], ['male', 8, 107, 69], ['male', 9, 107, 70], ['male', 10, 108, 72], ['male', 11, 110, 74], ['male', 12, 113, 75],
    ['female', 1, 98, 54], ['female', 2, 101, 58], ['female', 3, 102, 60], ['female', 4, 103, 62], ['female', 5, 104, 64], ['female', 6, 105, 67],
    ['female', 7, 106, 68], ['female', 8, 107, 69], ['female', 9, 108, 71], ['female', 10, 109, 72], ['female', 11, 111, 74], ['female', 12, 114, 75],
  ] as const)(`%s aged %i: the 5th-height-percentile 90th is %i/%i, as in the ${SCREENING}`, (sex, age, systolic, diastolic) => {
    const row = rowOf(sex, age);
    expect([row.p90.systolic[0], row.p90.diastolic[0]]).toEqual([systolic, diastolic]);
  });
});
