/**
 * The billing station's form model, without the DOM: the CMS-1500 as the trainee fills it
 * (a draft of plain strings), turned into the coding and corrections the billing workflow
 * reads, and back; amounts typed in dollars; which box a scrubber edit concerns; and the
 * key that tells a double click from a new action.
 *
 * Form mechanics only: what the codes, modifiers and amounts should be is the workflow's
 * to judge.
 */
import type { TraineeAction } from '../../src/clinic/trainee-action';
import { type ClaimCoding, DIAGNOSIS_LETTERS, type DiagnosisPointer, type PaymentPosting } from '../../src/workflows/billing/billing.actions';
import { CMS1500_LIMITS, type ClaimHeader } from '../../src/workflows/billing/claim';
import type { ScrubEdit } from '../../src/workflows/billing/claim-scrubber';
import type { BillingContext } from '../../src/workflows/billing/billing.machine';
import type { BadgeTone } from '../../src/session/day-view';
import { parseDollars } from '../../src/domain/money';

/** The billing workflow's states, as the station names them. */
export type ClaimState = 'coding' | 'reviewing' | 'awaitingPayer' | 'denied' | 'billingPatient' | 'paid' | 'done';

/** Each claim state in the station's words: the status line, the subtitle and the patient card say the same. */
export const CLAIM_STATE_TEXT: Readonly<Record<ClaimState, string>> = {
  coding: 'To code',
  reviewing: 'Coded — review, scrub and send',
  awaitingPayer: 'Awaiting payer',
  denied: 'Denied — to work',
  billingPatient: 'To bill the patient',
  paid: 'Paid — remittance to post',
  done: 'Finished',
};

/**
 * The badge on the billing station's patient card: the claim's own state, so a paid claim
 * never reads "to submit"; tinted to act on while the trainee has work on it, and as waiting
 * or finished otherwise.
 */
export function claimBadge(state: ClaimState): { readonly text: string; readonly tone: BadgeTone } {
  const tone: BadgeTone = state === 'awaitingPayer' ? 'wait' : state === 'done' ? 'done' : state === 'denied' ? 'alert' : 'act';
  return { text: CLAIM_STATE_TEXT[state], tone };
}

/**
 * Whether the form shows a resubmission code (box 22): only a corrected claim being prepared
 * after a denial, or one already sent again, carries it; a first claim, sent or not, has none.
 */
export function isResubmission(context: Pick<BillingContext, 'correcting' | 'submissions'>): boolean {
  return context.correcting !== null || context.submissions.length > 1;
}

/** Service lines the paper form has room for (box 24, lines 1–6). */
export const FORM_SERVICE_LINES = 6;

/** One service line as typed (box 24). */
export interface LineDraft {
  readonly code: string;
  /** Box 24D: up to four modifiers. */
  readonly modifiers: readonly string[];
  /** Box 24E: the letters as typed, e.g. "AB". */
  readonly pointers: string;
  /** Box 24G, as typed. */
  readonly units: string;
}

/** The fields of the CMS-1500 the trainee fills or corrects. */
export interface ClaimDraft {
  /** Box 1a. */
  readonly memberId: string;
  /** Box 23. */
  readonly priorAuthorizationNumber: string;
  /** Box 21 A–L. */
  readonly diagnoses: readonly string[];
  readonly lines: readonly LineDraft[];
}

/** An empty service line. */
export function emptyLine(): LineDraft {
  return { code: '', modifiers: ['', '', '', ''], pointers: '', units: '' };
}

/** The form as the claim stands: the header's 1a and 23, and the coding (or empty boxes). */
export function draftFrom(coding: ClaimCoding | null, header: Pick<ClaimHeader, 'memberId' | 'priorAuthorizationNumber'>): ClaimDraft {
  const diagnoses = Array.from({ length: CMS1500_LIMITS.diagnoses }, (_, index) => coding?.diagnoses[index] ?? '');
  const lines = Array.from({ length: Math.max(FORM_SERVICE_LINES, coding?.lines.length ?? 0) }, (_, index): LineDraft => {
    const entry = coding?.lines[index];
    if (!entry) return emptyLine();
    const modifiers = Array.from({ length: CMS1500_LIMITS.modifiersPerLine }, (_unused, m) => entry.modifiers[m] ?? '');
    return { code: entry.code, modifiers, pointers: entry.pointers.join(''), units: String(entry.units) };
  });
  return { memberId: header.memberId ?? '', priorAuthorizationNumber: header.priorAuthorizationNumber ?? '', diagnoses, lines };
}

/** Box 24E as typed, reduced to the letters A–L, upper case, at most four. */
export function cleanPointers(typed: string): string {
  return [...typed.toUpperCase()]
    .filter((char) => (DIAGNOSIS_LETTERS as readonly string[]).includes(char))
    .slice(0, CMS1500_LIMITS.pointersPerLine)
    .join('');
}

function isLetter(char: string): char is DiagnosisPointer {
  return (DIAGNOSIS_LETTERS as readonly string[]).includes(char);
}

/**
 * The coding the form says. Blank diagnosis boxes are closed up (a claim lists A, B, C…
 * without gaps) and each pointer follows its diagnosis to its new letter; a pointer at a
 * blank box points at nothing and is left out. Blank service lines are left out; blank
 * units count as one.
 */
export function codingFromDraft(draft: ClaimDraft): ClaimCoding {
  const letterMap = new Map<string, DiagnosisPointer>();
  const diagnoses: string[] = [];
  draft.diagnoses.forEach((typed, index) => {
    const code = typed.trim().toUpperCase();
    if (code === '') return;
    const from = DIAGNOSIS_LETTERS[index];
    const to = DIAGNOSIS_LETTERS[diagnoses.length];
    if (from && to) letterMap.set(from, to);
    diagnoses.push(code);
  });
  const lines = draft.lines
    .filter((line) => line.code.trim() !== '')
    .map((line) => {
      const units = Number.parseInt(line.units.trim(), 10);
      const pointers = [...cleanPointers(line.pointers)]
        .filter(isLetter)
        .map((letter) => letterMap.get(letter))
        .filter((letter): letter is DiagnosisPointer => letter !== undefined);
      return {
        code: line.code.trim().toUpperCase(),
        modifiers: line.modifiers.map((modifier) => modifier.trim().toUpperCase()).filter((modifier) => modifier !== ''),
        pointers,
        units: Number.isFinite(units) && units > 0 ? units : 1,
      };
    });
  return { diagnoses, lines };
}

/** A claim correction for what differs between the form and the claim as it stands; null when nothing does. */
export function correctionFromDraft(
  draft: ClaimDraft,
  saved: { coding: ClaimCoding | null; memberId: string | null; priorAuthorizationNumber: string | null },
): Extract<TraineeAction, { type: 'claim.corrected' }> | null {
  const coding = codingFromDraft(draft);
  const memberId = draft.memberId.trim();
  const authorization = draft.priorAuthorizationNumber.trim();
  const codingChanged = saved.coding === null || JSON.stringify(coding) !== JSON.stringify(saved.coding);
  const memberChanged = memberId !== (saved.memberId ?? '');
  const authorizationChanged = authorization !== (saved.priorAuthorizationNumber ?? '');
  if (!codingChanged && !memberChanged && !authorizationChanged) return null;
  return {
    type: 'claim.corrected',
    ...(codingChanged ? { coding } : {}),
    ...(memberChanged ? { memberId } : {}),
    ...(authorizationChanged ? { priorAuthorizationNumber: authorization } : {}),
  };
}

/** The posting fields in the order the form asks for them, with their labels. */
export const POSTING_FIELDS: readonly { readonly key: keyof PaymentPosting; readonly label: string }[] = [
  { key: 'allowedCents', label: 'Allowed amount' },
  { key: 'adjustmentCents', label: 'Contractual adjustment' },
  { key: 'copayCents', label: 'Copay' },
  { key: 'coinsuranceCents', label: 'Coinsurance' },
  { key: 'deductibleCents', label: 'Deductible' },
  { key: 'patientBalanceCents', label: 'Patient balance' },
];

/** The posting the trainee typed, or the labels of the fields that are not amounts. */
export function postingFromInputs(typed: Readonly<Record<keyof PaymentPosting, string>>): { posting: PaymentPosting } | { invalid: string[] } {
  const invalid: string[] = [];
  const cents: Partial<Record<keyof PaymentPosting, number>> = {};
  for (const { key, label } of POSTING_FIELDS) {
    const value = parseDollars(typed[key]);
    if (value === null) invalid.push(label);
    else cents[key] = value;
  }
  if (invalid.length > 0) return { invalid };
  return {
    posting: {
      allowedCents: cents.allowedCents ?? 0,
      adjustmentCents: cents.adjustmentCents ?? 0,
      copayCents: cents.copayCents ?? 0,
      coinsuranceCents: cents.coinsuranceCents ?? 0,
      deductibleCents: cents.deductibleCents ?? 0,
      patientBalanceCents: cents.patientBalanceCents ?? 0,
    },
  };
}

/** The CMS-1500 box a scrubber edit concerns, as the edit list labels it: "Box 21B", "Box 24D, line 2". */
export function scrubEditBox(edit: ScrubEdit): string {
  const onLine = (edit.box === '24D' || edit.box === '24E' || edit.box === '24G') && edit.line !== undefined;
  return `Box ${edit.box}${edit.diagnosis ?? ''}${onLine ? `, line ${edit.line}` : ''}`;
}

/** The form field a scrubber edit points the trainee to, by the ids `claimFieldId` gives. */
export function scrubEditField(edit: ScrubEdit): string | null {
  const index = (edit.line ?? 1) - 1;
  switch (edit.box) {
    case '21':
      return claimFieldId('dx', edit.diagnosis === undefined ? 0 : DIAGNOSIS_LETTERS.indexOf(edit.diagnosis));
    case '1a':
      return claimFieldId('member', 0);
    case '23':
      return claimFieldId('auth', 0);
    case '24D':
      return edit.kind === 'invalid-code' ? claimFieldId('code', index) : claimFieldId('modifier', index);
    case '24E':
      return claimFieldId('pointers', index);
    case '24G':
      return claimFieldId('units', index);
    case '24':
      return claimFieldId('code', 0);
    case '24J':
    case '33a':
      return null;
  }
}

/** The kinds of field on the claim form. */
export type ClaimFieldKind = 'dx' | 'member' | 'auth' | 'code' | 'modifier' | 'pointers' | 'units';

/** A stable id for a field of the claim form (`index`: the diagnosis box or the service line). */
export function claimFieldId(kind: ClaimFieldKind, index: number): string {
  return `claim-${kind}-${index}`;
}

/**
 * What tells a double click from a new action: the action itself and the claim's state when
 * it was sent. The same key twice in a row is the same click twice.
 */
export function actionKey(action: TraineeAction, claimState: string): string {
  return `${claimState}|${JSON.stringify(action)}`;
}
