/**
 * The rules of the day itself, judged when the day ends: nobody leaves without being seen,
 * the phone is answered, and every step each patient's visit needed is done. Unfinished
 * work is missed work, one finding for one mistake: a patient still waiting for a room at
 * closing missed their vital signs, an order never collected is a missed order, a claim
 * never sent is a missed claim, each at the step where the patient stopped and with its
 * own severity, passed for the patients whose step was done; a patient who left unseen is
 * the one left-unseen finding. These are the
 * time-management mistakes of a beginner (work piling up, patients left waiting), scored
 * beside the workflows' own rules.
 */
import { SOURCES, checked } from '../reference/source';
import { givenAtMedicationStation, type OrderableTest, TESTS } from '../reference/tests';
import { formatMinutesOfDay } from '../scenario/clock-time';
import type { EncounterStage, WaitStep } from '../clinic/encounter.machine';
import { unfinishedInboxRule } from '../clinic/inbox/inbox.rules';
import type { DayRecord, PatientJourney } from './day-record';
import { type Check, defineRule, missed, passed, type Rule } from './finding';

const cmsLeftWithoutBeingSeen = SOURCES.cmsOp22LeftWithoutBeingSeen;

const aamaCmaOutline = checked(SOURCES.aamaCmaOutline2021, 'Administrative: scheduling and patient flow; General: communication, including telephone techniques.');

export const leftUnseenRule = defineRule({
  id: 'flow.left-unseen',
  competency: 'patient-flow',
  severity: 'major',
  title: 'No patient leaves without being seen',
  why: 'A patient who leaves before the provider sees them goes without care and often does not come back; waiting rooms are watched for exactly this.',
  source: cmsLeftWithoutBeingSeen,
});

export const phoneAnsweredRule = defineRule({
  id: 'communication.phone-answered',
  competency: 'communication',
  severity: 'minor',
  title: 'Answer the phone before it goes to voicemail',
  why: 'Calls are patients, relatives and payers who need the clinic; a call that goes to voicemail leaves them waiting and means more work later.',
  source: aamaCmaOutline,
});

const unfinishedWorkNote = 'Unfinished work is missed work: each step a patient still needed when the day ended counts as missed.';

export const unfinishedCheckInRule = defineRule({
  id: 'flow.unfinished-check-in',
  competency: 'patient-flow',
  severity: 'major',
  title: 'Check in every patient who arrives',
  why: 'Until a patient is checked in, their identity, coverage and forms are unverified and nothing else for them can start: a patient still at the desk at closing has had no care at all.',
  source: checked(SOURCES.aamaCmaOutline2021, `Administrative: patient reception and registration; scheduling and patient flow. ${unfinishedWorkNote}`),
});

export const unfinishedVitalsRule = defineRule({
  id: 'flow.unfinished-vitals',
  competency: 'patient-flow',
  severity: 'major',
  title: 'Room every checked-in patient and take their vital signs',
  why: "Vital signs are the provider's first look at the patient; a patient never roomed was never assessed, and an abnormal or critical value goes unnoticed. It weighs as much as a vital sign left out at rooming (major).",
  source: checked(SOURCES.nhaCcma2022, `Patient intake and vitals. ${unfinishedWorkNote}`),
});

export const unfinishedOrderRule = defineRule({
  id: 'flow.unfinished-order',
  competency: 'patient-flow',
  severity: 'major',
  title: "Carry out every order the provider writes: each specimen, point-of-care test, vaccine and procedure",
  why: 'An order not carried out is a result the provider is waiting for, a diagnosis that may be missed or delayed, or a dose not given; the patient has to come back for it. It weighs as much as an order left out at the lab station (major).',
  source: checked(SOURCES.nhaCcma2022, `Phlebotomy; testing and laboratory procedures; general patient care (injections). ${unfinishedWorkNote}`),
});

export const unfinishedCheckoutRule = defineRule({
  id: 'flow.unfinished-checkout',
  competency: 'patient-flow',
  severity: 'major',
  title: 'Book the follow-up or referral the provider asked for before the patient leaves',
  why: 'A follow-up or referral that is not booked is how patients fall out of care: the provider asked for it, and few patients arrange it themselves once they have gone home.',
  source: checked(SOURCES.nhaCmaa2021, `Scheduling; patient encounter (checkout). ${unfinishedWorkNote}`),
});

export const unfinishedClaimRule = defineRule({
  id: 'flow.unfinished-claim',
  competency: 'patient-flow',
  severity: 'major',
  title: 'Code and send the claim for every visit',
  why: "An unsent claim is income the clinic does not get while the payer's filing limit runs; claims left for later pile up and go out late or never. It weighs as much as an error that gets a claim denied (major).",
  source: checked(SOURCES.aamaCmaOutline2021, `Administrative: coding and billing, the revenue cycle. ${unfinishedWorkNote}`),
});

/** Where each stage stands in a visit, for telling which steps were behind the patient when the day ended. */
const STAGE_ORDER: Readonly<Record<EncounterStage, number>> = {
  expected: 0,
  'check-in': 1,
  'waiting-for-room': 2,
  rooming: 3,
  'standing-order': 3.5,
  'ready-for-provider': 4,
  'with-provider': 5,
  orders: 6,
  checkout: 7,
  billing: 8,
  done: 9,
  'left-unseen': 0,
  'no-show': 0,
  rebooked: 0,
};

const STAGE_AT_CLOSING: Readonly<Record<EncounterStage, string>> = {
  expected: 'not yet arrived',
  'check-in': 'still waiting at the front desk',
  'waiting-for-room': 'still waiting for an exam room',
  rooming: 'still in rooming',
  'standing-order': 'still at the ECG bed on the standing order, before the provider’s visit',
  'ready-for-provider': 'still waiting for the provider',
  'with-provider': 'still with the provider',
  orders: 'still waiting at the lab station',
  checkout: 'still waiting at checkout',
  billing: 'gone home, the claim still to send',
  done: 'done',
  'left-unseen': 'gone without being seen',
  'no-show': 'not come',
  rebooked: 'gone with an appointment for another time',
};

/** The furthest a patient got: for one who left unseen, the place they were waiting when they gave up. */
function furthestStage(journey: PatientJourney): EncounterStage {
  if (journey.outcome === 'completed') return 'done';
  if (journey.outcome !== 'left-unseen') return journey.stage;
  const step = journey.waits.at(-1)?.step;
  return step === 'provider' ? 'ready-for-provider' : step === 'room' ? 'waiting-for-room' : 'check-in';
}

const ORDER_VERBS: Readonly<Record<OrderableTest['kind'], string>> = {
  'venous-lab': 'drawn and sent',
  'capillary-poc': 'run',
  'capillary-lab': 'collected and sent',
  urine: 'collected',
  swab: 'collected',
  procedure: 'performed',
  vaccine: 'given',
  'skin-test': 'placed',
  'skin-test-reading': 'read',
};

function orderWords(testId: string): string {
  const test = TESTS.find((t) => t.id === testId);
  return test ? `${test.displayName} was never ${ORDER_VERBS[test.kind]}` : `${testId} order was never carried out`;
}

/** One step of a patient's visit, as the day's end judges it: its rule, whether it was done, and the words of its finding. */
interface VisitStep {
  readonly rule: Rule;
  readonly done: boolean;
  readonly what: string;
  readonly remedy: string;
  /** The order the step carries out, for an order's step. */
  readonly testId?: string;
}

/**
 * The steps of each patient's visit, checked when the day ends: passed where the step was
 * done; where it was not, one mistake is one finding. A patient still in the clinic at
 * closing (or with the claim unsent) stopped at one step: that step is missed (each order
 * not done, where they stopped at the lab station), and the steps beyond it, which could
 * not start before it, are neither passed nor missed (a patient never checked in was not
 * "never roomed" as well). A patient who left unseen is the one `flow.left-unseen` finding:
 * the steps they never reached are not findings of their own. Only the steps the scenario's
 * workflows give the trainee, and only for patients who came and were not sent home with
 * another appointment; there is no claim for a patient who left unseen (no visit to bill).
 */
export function unfinishedWorkChecks(record: DayRecord): Check[] {
  const { workflows } = record.scenario;
  const checks: Check[] = [];
  for (const journey of record.journeys) {
    if (journey.arrivedAt === null || journey.outcome === 'rebooked' || journey.outcome === 'no-show') continue;
    const patient = record.scenario.patients.find((p) => p.id === journey.patientId);
    if (!patient) continue;
    const reached = STAGE_ORDER[furthestStage(journey)];
    const leftUnseen = journey.outcome === 'left-unseen';
    const atMinute = leftUnseen ? (journey.departedAt ?? record.endMinute) : record.endMinute;
    // The steps in the order of a visit, each group one place the patient can stop at (every order is done at the same station).
    const groups: VisitStep[][] = [];
    if (workflows.intake) {
      groups.push([
        {
          rule: unfinishedCheckInRule,
          done: reached > STAGE_ORDER['check-in'],
          what: `${journey.name} was never checked in`,
          remedy: 'Check in each arriving patient promptly: nothing else for them can start until it is done, so the desk comes before work that can wait.',
        },
      ]);
    }
    if (workflows.vitals) {
      groups.push([
        {
          rule: unfinishedVitalsRule,
          done: reached > STAGE_ORDER.rooming,
          // In the exam room when the day ended: roomed, its rooming not finished (the second playtest read "never roomed" of a patient it had roomed).
          what: reached === STAGE_ORDER.rooming ? `${journey.name} was roomed, but rooming was never finished, so the vital signs were not all taken` : `${journey.name} was never roomed, so no vital signs were taken`,
          remedy: 'Room the longest-waiting patient as soon as an exam room is free, and finish rooming before starting optional work: the provider sees a patient once rooming is done (only an urgent tracing brings them sooner, and rooming is finished with them there).',
        },
      ]);
    }
    const orders: VisitStep[] = [];
    for (const order of patient.orders) {
      // A vaccine or skin test is the medication workflow's, the ECG the ECG workflow's, every other order the lab station's: each counts where its workflow is on.
      const kind = TESTS.find((t) => t.id === order.testId)?.kind;
      const medication = kind !== undefined && givenAtMedicationStation(kind);
      const ecg = order.testId === 'ecg';
      if (!(medication ? workflows.medication : ecg ? workflows.ecg : workflows.specimen)) continue;
      orders.push({
        rule: unfinishedOrderRule,
        done: !journey.outstandingOrders.includes(order.testId),
        what: `${journey.name}'s ${orderWords(order.testId)}`,
        testId: order.testId,
        remedy:
          kind === 'vaccine'
            ? 'Give the ordered vaccines as soon as the provider has written them, with the VIS and the observation period, before anything that can wait.'
            : medication
              ? 'Place (or read) the ordered tuberculin skin test as soon as the provider has written it, before anything that can wait.'
              : ecg
                ? 'Record the ordered ECG as soon as the provider has written it and put the tracing in the provider’s hands, at once when it is urgent.'
                : "Go to the lab station as soon as the provider's orders are written, and collect, test and send before anything that can wait.",
      });
    }
    if (orders.length > 0) groups.push(stillAtOrderStation(journey, orders) ? [ordersNotFinished(journey, orders)] : orders);
    if (workflows.scheduling && (patient.followUp !== undefined || patient.referral !== undefined)) {
      const what = patient.followUp !== undefined ? 'follow-up appointment' : `referral to ${patient.referral!.specialty}`;
      groups.push([
        {
          rule: unfinishedCheckoutRule,
          done: reached > STAGE_ORDER.checkout,
          what: `${journey.name}'s ${what} was never booked`,
          remedy: 'See each patient through checkout and book what the provider asked for before they leave; a visit that needs a follow-up is not finished without it.',
        },
      ]);
    }
    if (workflows.billing && !leftUnseen) {
      groups.push([
        {
          rule: unfinishedClaimRule,
          done: reached > STAGE_ORDER.billing || journey.claimSent === true,
          what: `${journey.name}'s claim was never sent`,
          remedy: 'Code and send each claim as the patient leaves, or in the first quiet minutes after; do not leave claims for the end of the day.',
        },
      ]);
    }
    const why = `${STAGE_AT_CLOSING[journey.stage]} when the day ended at ${formatMinutesOfDay(atMinute)}`;
    // Where the patient stopped: the first group with a step not done. A patient who left unseen stopped nowhere the day scores apart from their leaving.
    const stoppedAt = leftUnseen ? -1 : groups.findIndex((group) => group.some((step) => !step.done));
    groups.forEach((group, index) => {
      for (const step of group) {
        if (step.done) checks.push(passed(step.rule, journey.patientId, atMinute));
        else if (index === stoppedAt) checks.push(missed(step.rule, { patientId: journey.patientId, atMinute, message: `${step.what} (${why}).`, remedy: step.remedy }));
      }
    });
  }
  return checks;
}

/**
 * Whether the patient was still at an order station when the day ended with no order named
 * as still to do: the station's work stops with the day, and what it still owed is not in the
 * record (the playtest: a rapid strep test left running at 12:00, and the debrief named the
 * claim). The visit stopped at the orders all the same, not at a step after them.
 */
function stillAtOrderStation(journey: PatientJourney, orders: readonly VisitStep[]): boolean {
  return journey.outcome === null && journey.stage === 'orders' && orders.every((step) => step.done);
}

/** The one step where such a visit stopped: the patient's orders, not finished at their station. */
function ordersNotFinished(journey: PatientJourney, orders: readonly VisitStep[]): VisitStep {
  const names = orders.map((step) => TESTS.find((t) => t.id === step.testId)?.displayName ?? step.testId ?? 'order');
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
  return {
    rule: unfinishedOrderRule,
    done: false,
    what: `${journey.name}'s ${list} ${names.length === 1 ? 'was' : 'were'} never finished at the station`,
    remedy: orders[0]!.remedy,
  };
}

/** Where a patient who left unseen was waiting when they gave up, for their one finding. */
const WAITED_FOR: Readonly<Record<WaitStep, string>> = {
  'check-in': 'to be checked in',
  room: 'for an exam room',
  provider: 'for the provider',
  orders: 'at the lab station',
  checkout: 'at checkout',
};

/**
 * The day's own checks, derived from the played day: whether each patient who came was
 * seen (a patient who left unseen is this one finding, whatever steps they never reached),
 * the steps of each visit (`unfinishedWorkChecks`), and the phone.
 */
export function dayChecks(record: DayRecord): Check[] {
  const checks: Check[] = [];
  for (const journey of record.journeys) {
    // A patient sent home from check-in with an appointment was not left unseen: the walk-in and eligibility rules judge that.
    if (journey.arrivedAt === null || journey.outcome === 'rebooked') continue;
    if (journey.outcome === 'left-unseen') {
      const at = journey.departedAt ?? record.endMinute;
      const last = journey.waits.at(-1);
      const waited = last === undefined ? '' : `, after waiting ${Math.round(last.to - last.from)} min ${WAITED_FOR[last.step]}`;
      checks.push(
        missed(leftUnseenRule, {
          patientId: journey.patientId,
          atMinute: at,
          message: `${journey.name} left at ${formatMinutesOfDay(at)} without being seen${waited}.`,
          remedy: 'Keep an eye on who has waited longest; room and prepare the longest-waiting patient first, and tell a waiting patient how long it will be.',
        }),
      );
      continue;
    }
    checks.push(passed(leftUnseenRule, journey.patientId, journey.arrivedAt));
  }
  checks.push(...unfinishedWorkChecks(record));
  for (const entry of record.timeline) {
    if (entry.kind === 'phone-answered') checks.push(passed(phoneAnsweredRule, entry.patientId, entry.minute));
    if (entry.kind === 'phone-missed') {
      checks.push(
        missed(phoneAnsweredRule, {
          patientId: entry.patientId,
          atMinute: entry.minute,
          message: `${entry.text} at ${formatMinutesOfDay(entry.minute)}.`,
          remedy: 'Answer a ringing phone within a few rings; if you are with a patient, excuse yourself briefly or ask the caller to hold.',
        }),
      );
    }
  }
  return checks;
}

/**
 * The rules of unfinished work, whose findings the debrief gathers under "work left undone":
 * each patient's visit where it stopped (the step still needed at closing, or the patient
 * gone unseen), and the inbox items still open at closing.
 */
export const UNFINISHED_WORK_RULES: readonly Rule[] = [leftUnseenRule, unfinishedCheckInRule, unfinishedVitalsRule, unfinishedOrderRule, unfinishedCheckoutRule, unfinishedClaimRule, unfinishedInboxRule];

const UNFINISHED_WORK_IDS: ReadonlySet<string> = new Set(UNFINISHED_WORK_RULES.map((rule) => rule.id));

/** True for a finding of work a patient still needed when the day ended. */
export function isUnfinishedWork(finding: { readonly ruleId: string }): boolean {
  return UNFINISHED_WORK_IDS.has(finding.ruleId);
}

/** The day's rules, for the rule catalogue. */
export const DAY_RULES = [leftUnseenRule, unfinishedCheckInRule, unfinishedVitalsRule, unfinishedOrderRule, unfinishedCheckoutRule, unfinishedClaimRule, phoneAnsweredRule] as const;
