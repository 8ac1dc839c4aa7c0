import { describe, expect, it } from 'vitest';
import type { ClaimCoding } from '../../src/workflows/billing/billing.actions';
import type { ScrubEdit } from '../../src/workflows/billing/claim-scrubber';
import {
  actionKey,
  claimBadge,
  cleanPointers,
  codingFromDraft,
  correctionFromDraft,
  draftFrom,
  emptyLine,
  FORM_SERVICE_LINES,
  isResubmission,
  postingFromInputs,
  scrubEditBox,
  scrubEditField,
} from '../../scenes/stations/claim-form-model';

const CODING: ClaimCoding = {
  diagnoses: ['I10', 'R73.03', 'Z23'],
  lines: [
    { code: '99214', modifiers: ['25'], pointers: ['A', 'B'], units: 1 },
    { code: '90471', modifiers: [], pointers: ['C'], units: 1 },
  ],
};
const HEADER = { memberId: 'BHP-448120', priorAuthorizationNumber: null };

describe('The claim form model', () => {
  it('fills twelve diagnosis boxes and six service lines from a coding, and reads the same coding back', () => {
    const draft = draftFrom(CODING, HEADER);
    expect(draft.diagnoses).toHaveLength(12);
    expect(draft.lines).toHaveLength(FORM_SERVICE_LINES);
    expect(draft.lines[0]).toEqual({ code: '99214', modifiers: ['25', '', '', ''], pointers: 'AB', units: '1' });
    expect(draft.memberId).toBe('BHP-448120');
    expect(draft.priorAuthorizationNumber).toBe('');
    expect(codingFromDraft(draft)).toEqual(CODING);
  });

  it('starts empty before the visit is coded', () => {
    const draft = draftFrom(null, { memberId: null, priorAuthorizationNumber: null });
    expect(draft.diagnoses.every((code) => code === '')).toBe(true);
    expect(draft.lines.every((line) => line.code === '')).toBe(true);
    expect(codingFromDraft(draft)).toEqual({ diagnoses: [], lines: [] });
  });

  it('closes up blank diagnosis boxes and moves each pointer with its diagnosis', () => {
    const draft = {
      memberId: '',
      priorAuthorizationNumber: '',
      diagnoses: ['i10', '', ' z23 ', ...Array.from({ length: 9 }, () => '')],
      lines: [{ code: ' 90471 ', modifiers: ['', '', '', ''], pointers: 'cb', units: '' }, emptyLine()],
    };
    expect(codingFromDraft(draft)).toEqual({ diagnoses: ['I10', 'Z23'], lines: [{ code: '90471', modifiers: [], pointers: ['B'], units: 1 }] });
  });

  it('keeps the modifiers the trainee typed, right or wrong, in upper case', () => {
    const draft = draftFrom(CODING, HEADER);
    const lines = draft.lines.map((line, index) => (index === 1 ? { ...line, modifiers: ['25', 'qw', '', ''] } : line));
    expect(codingFromDraft({ ...draft, lines }).lines[1]?.modifiers).toEqual(['25', 'QW']);
  });

  it('reduces box 24E to at most four letters A–L', () => {
    expect(cleanPointers('a, b')).toBe('AB');
    expect(cleanPointers('ABMZCDE')).toBe('ABCD');
    expect(cleanPointers('123')).toBe('');
  });

  it('corrects only what changed, and nothing when nothing did', () => {
    const draft = draftFrom(CODING, HEADER);
    expect(correctionFromDraft(draft, { coding: CODING, memberId: 'BHP-448120', priorAuthorizationNumber: null })).toBeNull();
    expect(correctionFromDraft({ ...draft, memberId: 'BHP-448121' }, { coding: CODING, memberId: 'BHP-448120', priorAuthorizationNumber: null })).toEqual({
      type: 'claim.corrected',
      memberId: 'BHP-448121',
    });
    const recoded = { ...draft, diagnoses: draft.diagnoses.map((code, i) => (i === 1 ? 'R73.09' : code)) };
    const correction = correctionFromDraft(recoded, { coding: CODING, memberId: 'BHP-448120', priorAuthorizationNumber: null });
    expect(correction?.coding?.diagnoses).toEqual(['I10', 'R73.09', 'Z23']);
    expect(correction && 'memberId' in correction).toBe(false);
  });

  it('posts what was typed, or names the fields that are not amounts', () => {
    const typed = { allowedCents: '206.50', adjustmentCents: '88.50', copayCents: '25', coinsuranceCents: '0', deductibleCents: '0', patientBalanceCents: '0' };
    expect(postingFromInputs(typed)).toEqual({
      posting: { allowedCents: 20650, adjustmentCents: 8850, copayCents: 2500, coinsuranceCents: 0, deductibleCents: 0, patientBalanceCents: 0 },
    });
    expect(postingFromInputs({ ...typed, copayCents: '', deductibleCents: 'x' })).toEqual({ invalid: ['Copay', 'Deductible'] });
  });
});

describe('Scrubber edits on the form', () => {
  const cases: [ScrubEdit, string, string | null][] = [
    [{ kind: 'invalid-diagnosis', box: '21', diagnosis: 'B', message: 'Diagnosis B R73 is a category header, not billable.' }, 'Box 21B', 'claim-dx-1'],
    [{ kind: 'misplaced-modifier-25', box: '24D', line: 5, message: 'Line 5: modifier 25 belongs on the E/M line only, not on 90471.' }, 'Box 24D, line 5', 'claim-modifier-4'],
    [{ kind: 'invalid-code', box: '24D', line: 2, message: 'Line 2: 99201 is deleted before 2026-03-10.' }, 'Box 24D, line 2', 'claim-code-1'],
    [{ kind: 'bad-pointer', box: '24E', line: 3, message: 'Line 3: pointers F must name up to four different diagnoses that are in box 21.' }, 'Box 24E, line 3', 'claim-pointers-2'],
    [{ kind: 'too-many-units', box: '24G', line: 1, message: 'Line 1: 36415 is billed once per encounter however many tubes were drawn.' }, 'Box 24G, line 1', 'claim-units-0'],
    [{ kind: 'missing-member-id', box: '1a', message: "Box 1a: the insured's member id is missing." }, 'Box 1a', 'claim-member-0'],
    [{ kind: 'missing-authorization', box: '23', line: 2, message: 'Box 23: this payer needs a prior authorisation number for 93000.' }, 'Box 23', 'claim-auth-0'],
    [{ kind: 'missing-npi', box: '33a', message: 'Box 33a: the billing provider NPI is missing.' }, 'Box 33a', null],
    [{ kind: 'too-many-diagnoses', box: '21', message: 'Box 21 holds at most 12 diagnoses (A–L); this claim has 13.' }, 'Box 21', 'claim-dx-0'],
    [{ kind: 'no-service-lines', box: '24', message: 'Box 24 has no service line.' }, 'Box 24', 'claim-code-0'],
    [{ kind: 'missing-npi', box: '24J', message: 'Box 24J: the rendering provider NPI is missing.' }, 'Box 24J', null],
  ];
  it.each(cases)('names the box of %j', (edit, box, field) => {
    expect(scrubEditBox(edit)).toBe(box);
    expect(scrubEditField(edit)).toBe(field);
  });
});

describe('The double-click key', () => {
  it('is the same for the same action on the same claim, and differs when either changes', () => {
    const scrub = { type: 'claim.scrubbed' } as const;
    expect(actionKey(scrub, 'reviewing|2')).toBe(actionKey({ type: 'claim.scrubbed' }, 'reviewing|2'));
    expect(actionKey(scrub, 'reviewing|2')).not.toBe(actionKey(scrub, 'reviewing|3'));
    expect(actionKey(scrub, 'reviewing|2')).not.toBe(actionKey({ type: 'claim.submitted' }, 'reviewing|2'));
  });
});

describe('The claim’s state on the form and the card', () => {
  const claim = { header: {} } as never;
  const denial = { carc: '16' } as never;

  it('prints a resubmission code only on a corrected claim, never on a first claim sent, paid or denied', () => {
    expect(isResubmission({ correcting: null, submissions: [] })).toBe(false);
    expect(isResubmission({ correcting: null, submissions: [claim] })).toBe(false);
    expect(isResubmission({ correcting: denial, submissions: [claim] })).toBe(true);
    expect(isResubmission({ correcting: null, submissions: [claim, claim] })).toBe(true);
  });

  it('says what the claim awaits on the patient card, so a paid claim is not “to submit”', () => {
    expect(claimBadge('paid')).toEqual({ text: 'Paid — remittance to post', tone: 'act' });
    expect(claimBadge('awaitingPayer')).toEqual({ text: 'Awaiting payer', tone: 'wait' });
    expect(claimBadge('denied')).toEqual({ text: 'Denied — to work', tone: 'alert' });
    expect(claimBadge('done')).toEqual({ text: 'Finished', tone: 'done' });
  });
});
