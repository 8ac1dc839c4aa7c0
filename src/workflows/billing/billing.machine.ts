/**
 * The billing workflow: one visit's revenue cycle, in small, after the patient has left.
 *
 * coding → reviewing (correct, scrub, submit — or bill the patient directly when the visit
 * is self-pay or eligibility came back inactive) → awaiting the payer → paid (post the
 * remittance) or denied (work the denial: correct and resubmit, bill the patient, or write
 * it off) → done.
 *
 * The claim starts as the practice system fills it from the chart: patient data, the
 * coverage as registered at check-in (so a member id mistyped at intake is on it), the
 * provider's and the clinic's NPIs. The coding, modifiers and pointers are the trainee's.
 * The coding rules are judged on the claim as first sent; the payer answers on the clinic
 * clock after `payerResponseMinutes` (the payer's response days compressed to 10–20
 * minutes so the answer comes within the day). Just before closing, work still undone — a
 * denial not worked, a corrected claim not sent again, a remittance not posted — is a finding
 * (a claim never sent at all is the day's own `flow.unfinished-claim`).
 */
import { type AnyMachineSnapshot, assign, enqueueActions, setup } from 'xstate';
import type { BillingRecord } from '../../domain/chart';
import { minutesOfDay } from '../../scenario/clock-time';
import type { Check } from '../../scoring/finding';
import type { WorkflowInput, WorkflowOutput } from '../workflow';
import type { BillingAction, ClaimCoding, DenialResolution } from './billing.actions';
import {
  checkClaimData,
  checkDenialWorked,
  checkDiagnosisPointers,
  checkEcgCode,
  checkEmLevel,
  checkIcd10Specificity,
  checkModifier25,
  checkPreventiveVisit,
  checkModifierQw,
  checkPatientStatement,
  checkPaymentPosting,
  checkUnfinishedAtDayEnd,
  checkUnpostedAtDayEnd,
  checkVaccineAdministration,
  claimFinished,
  type CodingFacts,
  type UnfinishedWork,
} from './billing.rules';
import { buildClaim, type ClaimHeader, type Cms1500Claim, type ExpectedClaim, expectedClaim, registeredHeader, sameCoding } from './claim';
import { scrubClaim, type ScrubEdit } from './claim-scrubber';
import {
  adjudicate,
  type Denial,
  type DenialReason,
  expectedPosting,
  expectedResolution,
  patientStatementCents,
  type PayerAnswer,
  payerResponseMinutes,
  type Remittance,
} from './payer-adjudication';
import { displayName } from '../../domain/patient';

/**
 * How long before closing the end-of-day check runs: one simulated second, so it is judged
 * while the clinic's actors still run (closing stops them).
 */
export const DAY_END_LEAD_MINUTES = 1 / 60;

/** The billing workflow's context: the claim as it stands and what has happened to it. */
export interface BillingContext extends WorkflowInput {
  readonly expected: ExpectedClaim;
  readonly header: ClaimHeader;
  readonly coding: ClaimCoding | null;
  readonly claim: Cms1500Claim | null;
  /** Bumped by each change to the claim, so a scrub is known to be current. */
  readonly version: number;
  readonly scrubbedVersion: number | null;
  /** The scrubber's edits on the version it last checked. */
  readonly edits: readonly ScrubEdit[];
  readonly submissions: readonly Cms1500Claim[];
  readonly denial: Denial | null;
  /** A denial being corrected for resubmission, judged when the claim goes out again. */
  readonly correcting: Denial | null;
  readonly remittance: Remittance | null;
  readonly codingJudged: boolean;
  readonly dayEndJudged: boolean;
  readonly outcome: BillingRecord | null;
}

type Event<T extends BillingAction['type']> = Extract<BillingAction, { type: T }>;

function record(context: BillingContext, check: Check | null): void {
  if (check) context.env.journal.check(check);
}

function mdmSummary(context: BillingContext): string {
  const note = context.patient.note;
  const parts: string[] = [context.patient.newPatient ? 'new patient' : 'established patient'];
  const mdm = note.medicalDecisionMaking;
  if (mdm) parts.push(`problems ${mdm.problems}, data ${mdm.data}, risk ${mdm.risk}`);
  if (note.totalMinutes !== undefined) parts.push(`${note.totalMinutes} minutes total`);
  return parts.join('; ');
}

function codingFacts(context: BillingContext, coding: ClaimCoding): CodingFacts {
  return {
    patientId: context.patient.id,
    patientName: displayName(context.patient),
    minute: context.env.now(),
    date: context.scenario.day.date,
    coding,
    expected: context.expected,
  };
}

/** Judges the coding rules once, on the claim as first sent (or billed to the patient). */
function judgeCoding(context: BillingContext): void {
  if (context.codingJudged || context.coding === null) return;
  const facts = codingFacts(context, context.coding);
  record(context, checkIcd10Specificity(facts));
  record(context, checkEmLevel({ ...facts, mdmSummary: mdmSummary(context) }));
  record(context, checkPreventiveVisit(facts));
  record(context, checkModifier25(facts));
  record(context, checkModifierQw(facts));
  record(context, checkDiagnosisPointers(facts));
  record(context, checkVaccineAdministration(facts));
  record(context, checkEcgCode(facts));
}

function answerFor(context: BillingContext, claim: Cms1500Claim, earlier: readonly Cms1500Claim[]): PayerAnswer {
  return adjudicate(claim, { truth: context.expected.truth, expected: context.expected, earlierSubmissions: earlier });
}

/**
 * The payer's answer to the last claim sent, kept per list of claims sent (a new list on each
 * submission) and the claim's facts: the payer's response asks it twice, in its guard and its
 * action, and adjudication reads the whole claim.
 */
const lastAnswers = new WeakMap<readonly Cms1500Claim[], { readonly expected: BillingContext['expected']; readonly answer: PayerAnswer | null }>();

function lastAnswer(context: BillingContext): PayerAnswer | null {
  const known = lastAnswers.get(context.submissions);
  if (known !== undefined && known.expected === context.expected) return known.answer;
  const last = context.submissions.at(-1);
  const answer = last ? answerFor(context, last, context.submissions.slice(0, -1)) : null;
  lastAnswers.set(context.submissions, { expected: context.expected, answer });
  return answer;
}

function authorizationOnFile(context: BillingContext): boolean {
  return context.expected.registered.priorAuthorizationNumber !== null;
}

function resolutionFor(context: BillingContext, denial: Denial) {
  return expectedResolution(denial.reason, authorizationOnFile(context));
}

/** The `billing.denial-worked` check for working `denial` by `resolution` (a resubmission says whether it is still denied). */
function denialWorkedCheck(context: BillingContext, denial: Denial, resolution: DenialResolution, stillDenied?: boolean): Check {
  return checkDenialWorked({
    patientId: context.patient.id,
    patientName: displayName(context.patient),
    minute: context.env.now(),
    reason: denial.reason,
    carc: denial.carc,
    resolution,
    expectedResolution: resolutionFor(context, denial),
    ...(stillDenied === undefined ? {} : { stillDenied }),
  });
}

function finishedRecord(context: BillingContext, outcome: BillingRecord['outcome'], patientBalanceCents: number): BillingRecord {
  return {
    outcome,
    chargeCents: context.claim?.totalChargeCents ?? 0,
    payerPaidCents: outcome === 'paid' ? (context.remittance?.paidCents ?? 0) : 0,
    patientBalanceCents,
    submissions: context.submissions.length,
  };
}

// The review's guards, shared with `billingAvailableActions`.
function needsScrub(context: BillingContext): boolean {
  return context.claim !== null && context.scrubbedVersion !== context.version;
}

function canSubmit(context: BillingContext): boolean {
  return context.expected.billTo === 'payer' && context.claim !== null && context.scrubbedVersion === context.version;
}

function billsPatientDirectly(context: BillingContext): boolean {
  return context.expected.billTo === 'patient' && context.claim !== null;
}

export const billingMachine = setup({
  types: {} as { input: WorkflowInput; context: BillingContext; events: BillingAction; output: WorkflowOutput },
  delays: {
    payerResponse: ({ context }) => payerResponseMinutes(context.header.payerId),
    dayEnd: ({ context }) => Math.max(0, minutesOfDay(context.scenario.day.end) - DAY_END_LEAD_MINUTES - context.env.now()),
  },
  guards: {
    changesClaim: ({ context, event }) => {
      const correction = event as Event<'claim.corrected'>;
      const codingChanges = correction.coding !== undefined && (context.coding === null || !sameCoding(correction.coding, context.coding));
      const memberChanges = correction.memberId !== undefined && correction.memberId !== context.header.memberId;
      const authChanges = correction.priorAuthorizationNumber !== undefined && correction.priorAuthorizationNumber !== context.header.priorAuthorizationNumber;
      return codingChanges || memberChanges || authChanges;
    },
    needsScrub: ({ context }) => needsScrub(context),
    canSubmit: ({ context }) => canSubmit(context),
    billsPatientDirectly: ({ context }) => billsPatientDirectly(context),
    payerPays: ({ context }) => lastAnswer(context)?.kind === 'paid',
    resolvesByResubmitting: ({ event }) => (event as Event<'denial.worked'>).resolution === 'resubmit',
    resolvesByBillingPatient: ({ event }) => (event as Event<'denial.worked'>).resolution === 'bill-patient',
    notJudgedAtDayEnd: ({ context }) => !context.dayEndJudged,
  },
  actions: {
    recordCoding: assign(({ context, event }) => {
      const coding = (event as Event<'claim.coded'>).coding;
      return { coding, claim: buildClaim(context.header, coding), version: context.version + 1 };
    }),
    applyCorrection: assign(({ context, event }) => {
      const correction = event as Event<'claim.corrected'>;
      const header: ClaimHeader = {
        ...context.header,
        ...(correction.memberId === undefined ? {} : { memberId: correction.memberId }),
        ...(correction.priorAuthorizationNumber === undefined ? {} : { priorAuthorizationNumber: correction.priorAuthorizationNumber }),
      };
      const coding = correction.coding ?? context.coding;
      return { header, coding, claim: coding ? buildClaim(header, coding) : null, version: context.version + 1 };
    }),
    runScrubber: assign(({ context }) => ({
      edits: context.claim ? scrubClaim(context.claim, context.patient) : [],
      scrubbedVersion: context.version,
    })),
    judgeSubmission: enqueueActions(({ context, enqueue }) => {
      const claim = context.claim;
      if (!claim || context.coding === null) return;
      if (!context.codingJudged) {
        judgeCoding(context);
        record(context, checkClaimData({ ...codingFacts(context, context.coding), header: context.header }));
      }
      if (context.correcting) {
        const answer = answerFor(context, claim, context.submissions);
        const denial = context.correcting;
        const stillDenied = answer.kind === 'denied' && (answer.denial.reason === denial.reason || answer.denial.reason === 'duplicate');
        record(context, denialWorkedCheck(context, denial, 'resubmit', stillDenied));
      }
      enqueue.assign({ submissions: [...context.submissions, claim], codingJudged: true, correcting: null, denial: null, edits: [] });
    }),
    receiveRemittance: assign(({ context }) => {
      const answer = lastAnswer(context);
      return answer?.kind === 'paid' ? { remittance: answer.remittance } : {};
    }),
    receiveDenial: assign(({ context }) => {
      const answer = lastAnswer(context);
      if (answer?.kind !== 'denied') return {};
      // The floor raises its "denial back" alert from the day's timeline.
      context.env.journal.note({
        minute: context.env.now(),
        patientId: context.patient.id,
        kind: 'claim-denied',
        text: `${displayName(context.patient)}'s claim was denied — work the denial`,
      });
      return { denial: answer.denial };
    }),
    judgeResolution: ({ context, event }) => {
      const denial = context.denial;
      if (!denial) return;
      const resolution = (event as Event<'denial.worked'>).resolution;
      record(context, denialWorkedCheck(context, denial, resolution));
    },
    startCorrecting: assign(({ context }) => ({ correcting: context.denial, denial: null })),
    judgeStatement: enqueueActions(({ context, event, enqueue }) => {
      const claim = context.claim;
      if (!claim || context.coding === null) return;
      if (!context.codingJudged) judgeCoding(context);
      const billed = (event as Event<'patient.billed'>).amountCents;
      record(
        context,
        checkPatientStatement({
          patientId: context.patient.id,
          patientName: displayName(context.patient),
          minute: context.env.now(),
          billedCents: billed,
          expectedCents: patientStatementCents(claim, context.expected.registered.copayCollectedCents),
        }),
      );
      enqueue.assign({ codingJudged: true, outcome: finishedRecord(context, 'patient-billed', billed) });
    }),
    judgePosting: enqueueActions(({ context, event, enqueue }) => {
      const remittance = context.remittance;
      if (!remittance) return;
      const posted = (event as Event<'payment.posted'>).posting;
      record(
        context,
        checkPaymentPosting({
          patientId: context.patient.id,
          patientName: displayName(context.patient),
          minute: context.env.now(),
          posted,
          expected: expectedPosting(remittance, context.expected.registered.copayCollectedCents),
        }),
      );
      enqueue.assign({ outcome: finishedRecord(context, 'paid', posted.patientBalanceCents) });
    }),
    writeOff: assign(({ context }) => ({ outcome: finishedRecord(context, 'written-off', 0) })),
    recordFinished: ({ context }) => record(context, claimFinished(context.patient.id, context.env.now())),
    judgeUnfinished: enqueueActions(({ context, enqueue }, params: { work: UnfinishedWork | 'not-submitted' | 'remittance' | 'statement' }) => {
      const common = { patientId: context.patient.id, patientName: displayName(context.patient), minute: context.env.now() };
      if (params.work === 'remittance' || params.work === 'statement') {
        record(context, checkUnpostedAtDayEnd({ ...common, what: params.work }));
      } else if (params.work === 'not-submitted') {
        // A claim never sent is the day's own unfinished-claim finding; only a denied claim corrected and not sent again is this workflow's.
        const denial = context.correcting;
        if (context.submissions.length > 0) record(context, checkUnfinishedAtDayEnd({ ...common, work: 'not-resubmitted', ...(denial ? { denial } : {}) }));
      } else {
        const denial: { reason: DenialReason; carc: string } | undefined = context.denial ?? undefined;
        record(context, checkUnfinishedAtDayEnd({ ...common, work: params.work, ...(denial ? { denial } : {}) }));
      }
      enqueue.assign({ dayEndJudged: true });
    }),
  },
}).createMachine({
  id: 'billing',
  context: ({ input }) => {
    const expected = expectedClaim(input.scenario, input.patient, input.chart);
    return {
      // The input field by field: V8 builds a literal that opens with a spread and adds many fields very slowly.
      scenario: input.scenario,
      patient: input.patient,
      env: input.env,
      chart: input.chart,
      expected,
      header: registeredHeader(input.scenario, input.patient, expected.registered),
      coding: null,
      claim: null,
      version: 0,
      scrubbedVersion: null,
      edits: [],
      submissions: [],
      denial: null,
      correcting: null,
      remittance: null,
      codingJudged: false,
      dayEndJudged: false,
      outcome: null,
    };
  },
  initial: 'coding',
  states: {
    coding: {
      after: { dayEnd: { guard: 'notJudgedAtDayEnd', actions: { type: 'judgeUnfinished', params: { work: 'not-submitted' } } } },
      on: { 'claim.coded': { target: 'reviewing', actions: 'recordCoding' } },
    },
    reviewing: {
      after: { dayEnd: { guard: 'notJudgedAtDayEnd', actions: { type: 'judgeUnfinished', params: { work: 'not-submitted' } } } },
      on: {
        'claim.corrected': { guard: 'changesClaim', actions: 'applyCorrection' },
        'claim.scrubbed': { guard: 'needsScrub', actions: 'runScrubber' },
        'claim.submitted': { guard: 'canSubmit', target: 'awaitingPayer', actions: 'judgeSubmission' },
        'patient.billed': { guard: 'billsPatientDirectly', target: 'done', actions: 'judgeStatement' },
      },
    },
    awaitingPayer: {
      after: {
        payerResponse: [
          { guard: 'payerPays', target: 'paid', actions: 'receiveRemittance' },
          { target: 'denied', actions: 'receiveDenial' },
        ],
      },
    },
    denied: {
      after: { dayEnd: { guard: 'notJudgedAtDayEnd', actions: { type: 'judgeUnfinished', params: { work: 'denial-unworked' } } } },
      on: {
        'denial.worked': [
          { guard: 'resolvesByResubmitting', target: 'reviewing', actions: 'startCorrecting' },
          { guard: 'resolvesByBillingPatient', target: 'billingPatient', actions: 'judgeResolution' },
          { target: 'done', actions: ['judgeResolution', 'writeOff'] },
        ],
      },
    },
    billingPatient: {
      after: { dayEnd: { guard: 'notJudgedAtDayEnd', actions: { type: 'judgeUnfinished', params: { work: 'statement' } } } },
      on: { 'patient.billed': { target: 'done', actions: 'judgeStatement' } },
    },
    paid: {
      after: { dayEnd: { guard: 'notJudgedAtDayEnd', actions: { type: 'judgeUnfinished', params: { work: 'remittance' } } } },
      on: { 'payment.posted': { target: 'done', actions: 'judgePosting' } },
    },
    done: { type: 'final', entry: 'recordFinished' },
  },
  output: ({ context }) => (context.outcome ? { billing: context.outcome } : {}),
});

/**
 * True when the claim went to the payer: awaiting its answer, or answered (paid, denied, or to
 * be billed to the patient). The trainee sent it, so the visit's claim is not "never sent";
 * what is left (an answer to wait for, a remittance to post, a denial to work, a corrected
 * claim to send again, or a statement to send) is this workflow's own, judged by it at the
 * day's end. A claim still being coded or reviewed before its first submission has not gone.
 */
export function claimWentOut(snapshot: AnyMachineSnapshot): boolean {
  if (snapshot.matches('reviewing')) return (snapshot.context as BillingContext).submissions.length > 0;
  return ['awaitingPayer', 'paid', 'denied', 'billingPatient'].some((state) => snapshot.matches(state));
}

/** The billing action types that fit the machine's current state. */
export function billingAvailableActions(snapshot: AnyMachineSnapshot): BillingAction['type'][] {
  if (snapshot.status !== 'active') return [];
  switch (snapshot.value) {
    case 'coding':
      return ['claim.coded'];
    case 'reviewing': {
      const context = snapshot.context as BillingContext;
      const actions: BillingAction['type'][] = ['claim.corrected'];
      if (needsScrub(context)) actions.push('claim.scrubbed');
      if (canSubmit(context)) actions.push('claim.submitted');
      if (billsPatientDirectly(context)) actions.push('patient.billed');
      return actions;
    }
    case 'denied':
      return ['denial.worked'];
    case 'billingPatient':
      return ['patient.billed'];
    case 'paid':
      return ['payment.posted'];
    default:
      return [];
  }
}
