import { describe, expect, it } from 'vitest';
import {
  type Assignment,
  assignmentFile,
  assignmentIdFrom,
  assignmentLinkParams,
  makeAssignment,
  readAssignment,
  readAssignmentLink,
  readAssignmentParams,
} from '../../src/session/assignment';

const HASH = 'ab'.repeat(32);
const assignment: Assignment = makeAssignment({ id: 'k3m9x-7qv2a', scenarioId: 'externship-checkoff', scenarioHash: HASH, mode: 'practice', timed: false, seed: 123_456 });

function linkWith(params: [string, string][]): string {
  return `https://school.example/clinic/?scenario=externship-checkoff&${new URLSearchParams(params).toString()}`;
}

describe('assignmentIdFrom', () => {
  it('makes a readable id of ten letters from ten random bytes, without i, l, o or u', () => {
    expect(assignmentIdFrom(Uint8Array.from([0, 1, 2, 3, 31, 32, 63, 100, 200, 255]))).toBe('0123z-0z48z');
    for (let byte = 0; byte < 256; byte++) expect(assignmentIdFrom(new Uint8Array(10).fill(byte))).toMatch(/^[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}$/);
  });

  it('refuses too few bytes rather than make a short id', () => {
    expect(() => assignmentIdFrom([1, 2, 3])).toThrow(/needs 10 random bytes/);
  });
});

describe('makeAssignment', () => {
  it('times an assessment whatever was asked, as the game plays it', () => {
    expect(makeAssignment({ id: 'k3m9x-7qv2a', scenarioId: 'x', scenarioHash: HASH, mode: 'assessment', timed: false, seed: 1 }).settings).toEqual({ mode: 'assessment', timerEnabled: true });
  });
});

describe('an assignment link', () => {
  it('reads back the assignment it was written with', () => {
    expect(readAssignmentLink(linkWith(assignmentLinkParams(assignment)))).toEqual({ ok: true, assignment });
  });

  it('is found in the fragment of a custom scenario’s link too', () => {
    const fragment = new URLSearchParams([['scenario', 'c2NlbmFyaW8'], ...assignmentLinkParams(assignment)]).toString();
    expect(readAssignmentLink(`https://school.example/#${fragment}`)).toEqual({ ok: true, assignment });
  });

  it('is no assignment when the link carries none', () => {
    expect(readAssignmentParams(new URLSearchParams('scenario=first-day'))).toBeNull();
    expect(readAssignmentLink('https://school.example/?scenario=first-day')).toMatchObject({ ok: false, problems: [expect.stringContaining('carries no assignment')] });
  });

  it.each([
    ['seed', 'twelve', /the link's "seed" parameter/],
    ['seed', '99999999999', /the link's "seed" parameter/],
    ['timer', 'maybe', /the link's "timer" parameter/],
    ['mode', 'exam', /the link's "mode" parameter/],
    ['hash', 'abc', /the link's "hash" parameter: expected a SHA-256 content hash/],
    ['assignment', 'ASSIGNED', /the link's "assignment" parameter: expected an assignment id/],
  ])('names the parameter that is wrong: %s=%s', (key, value, problem) => {
    const params = assignmentLinkParams(assignment).map(([name, text]): [string, string] => [name, name === key ? value : text]);
    const read = readAssignmentLink(linkWith(params));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.some((line) => problem.test(line)), read.problems.join('\n')).toBe(true);
  });

  it('refuses an assessment that is untimed: the game never plays one', () => {
    const params = assignmentLinkParams({ ...assignment, settings: { mode: 'assessment', timerEnabled: false } });
    expect(readAssignmentLink(linkWith(params))).toEqual({ ok: false, problems: [`the link's "timer" parameter: assessment is always timed`] });
  });
});

describe('an assignment file', () => {
  const file = assignmentFile(assignment, 'Externship check-off', linkWith(assignmentLinkParams(assignment)));

  it('reads back the assignment, with or without a byte-order mark', () => {
    expect(readAssignment(JSON.stringify(file))).toEqual({ ok: true, assignment });
    expect(readAssignment(`\uFEFF${JSON.stringify(file, null, 2)}\n`)).toEqual({ ok: true, assignment });
  });

  it('is read from its link as well, given instead of the file', () => {
    expect(readAssignment(`  ${file.link}\n`)).toEqual({ ok: true, assignment });
  });

  it.each([
    ['not JSON', '{"format":', /^neither an assignment link nor an assignment file/],
    ['a result file', JSON.stringify({ format: 'clinic-day-result' }), /^format: not a Clinic Day assignment file/],
    ['an extra field', JSON.stringify({ ...file, seedChosenBy: 'trainee' }), /^\(file\): /],
    ['a seed out of range', JSON.stringify({ ...file, seed: -1 }), /^seed: /],
  ])('refuses %s, saying what is wrong', (_, text, problem) => {
    const read = readAssignment(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.some((line) => problem.test(line)), read.problems.join('\n')).toBe(true);
  });
});
