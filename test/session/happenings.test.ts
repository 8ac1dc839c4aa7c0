import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../src/domain/day-environment';
import { happeningsBetween } from '../../src/session/happenings';

const timeline: TimelineEntry[] = [
  { minute: 540, patientId: 'p1', kind: 'arrived', text: 'Ann Lee arrived' },
  { minute: 541, patientId: 'p1', kind: 'checked-in', text: 'Ann Lee checked in' },
  { minute: 542.5, patientId: 'p2', kind: 'phone-rang', text: 'The phone rings: Sam Lee (relative)' },
  { minute: 542.5, patientId: 'p3', kind: 'result-ready', text: 'Bo Kim: the Rapid strep A antigen test is ready to read' },
  { minute: 544, patientId: 'p2', kind: 'complained', text: 'Cy Park complained about waiting for rooming' },
];

describe('happeningsBetween', () => {
  it('announces what fell due after the last minute heard and up to now, in order, with its clinic time', () => {
    expect(happeningsBetween(timeline, 540, 544).map((happening) => happening.text)).toEqual([
      '09:02 · The phone rings: Sam Lee (relative)',
      '09:02 · Bo Kim: the Rapid strep A antigen test is ready to read',
      '09:04 · Cy Park complained about waiting for rooming',
    ]);
  });

  it('leaves out the trainee’s own steps and what was announced before', () => {
    expect(happeningsBetween(timeline, 539, 541).map((happening) => happening.kind)).toEqual(['arrived']);
    expect(happeningsBetween(timeline, 544, 560)).toEqual([]);
  });

  it('announces a patient leaving the clinic to a trainee at work in a station, with how and why (the playtest: Douglas Whitaker left without a word)', () => {
    const leaving: TimelineEntry[] = [{ minute: 545, patientId: 'p4', kind: 'departed', text: "Douglas Whitaker left by ambulance for the emergency department (the provider's plan: suspected heart attack)" }];
    expect(happeningsBetween(leaving, 544, 546).map((happening) => happening.text)).toEqual([
      "09:05 · Douglas Whitaker left by ambulance for the emergency department (the provider's plan: suspected heart attack)",
    ]);
  });
});
