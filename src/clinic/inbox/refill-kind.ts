/**
 * The refill request as an inbox kind: the MA gathers from the chart what the provider
 * decides on, routes the request to the provider (never approving it, never changing the
 * dose), waits for the provider's answer on the clinic clock, tells the patient, books the
 * visit an overdue patient (or one the provider wants to see) needs, and documents it. A
 * controlled substance goes to the prescriber with its schedule and refill history.
 */
import type { DeaSchedule, Scenario, ScenarioRefillRequest } from '../../scenario/scenario.schema';
import { type Check, missed, passed } from '../../scoring/finding';
import { addMonths } from '../../workflows/shared/appointment-book';
import type { InboxWorkAction, RefillFact } from './inbox.actions';
import { identityCheck, type InboxChart, type InboxKind, type InboxWork, type JudgeAt, questionCheck } from './inbox-kinds';
import { slotSuits } from './slot-answer';
import { refillControlledRule, refillGatheredRule, refillOverdueVisitRule, refillPatientToldRule, refillRoutedRule, refillScopeRule } from './refill.rules';

/** What has been done on a refill request so far. */
export interface RefillWork {
  readonly gathered: readonly RefillFact[];
  readonly routed: boolean;
  readonly approvedByMa: boolean;
  readonly doseChanged: boolean;
  /** True once the provider's answer has come back. */
  readonly answered: boolean;
  readonly toldWhen: boolean;
  readonly toldAnswer: boolean;
}

/** Nothing done on a refill yet. */
export const NO_REFILL_WORK: RefillWork = { gathered: [], routed: false, approvedByMa: false, doseChanged: false, answered: false, toldWhen: false, toldAnswer: false };

/** The refill work after one more action (actions of other kinds leave it as it is). */
export function withRefillAction(work: RefillWork, action: InboxWorkAction): RefillWork {
  switch (action.type) {
    case 'refill.gathered':
      return { ...work, gathered: [...work.gathered, action.fact] };
    case 'refill.routed':
      return { ...work, routed: true };
    case 'refill.approved-by-ma':
      return { ...work, approvedByMa: true };
    case 'refill.dose-changed':
      return { ...work, doseChanged: true };
    case 'refill.patient-told':
      return action.news === 'when-to-expect' ? { ...work, toldWhen: true } : { ...work, toldAnswer: true };
    default:
      return work;
  }
}

/** The schedules whose prescriptions federal law lets be refilled at most five times in six months (21 CFR 1306.22(a)). */
const FIVE_REFILL_SCHEDULES: readonly DeaSchedule[] = ['III', 'IV'];

/** The chart facts the provider needs for this request, in the order an MA looks them up. */
export function neededFacts(item: ScenarioRefillRequest): RefillFact[] {
  return ['medication', 'last-visit', 'pharmacy', ...(item.medication.controlled ? (['refill-history'] as const) : []), ...(item.lastResult ? (['last-result'] as const) : [])];
}

/** True when, by the clinic's policy, the patient is overdue for a visit on the day of the scenario. */
export function isOverdue(item: ScenarioRefillRequest, scenario: Scenario): boolean {
  return addMonths(item.lastVisit, item.seenWithinMonths) < scenario.day.date;
}

/** True when the patient must hear the provider's answer from the clinic: they asked, the answer is not a plain approval, or they must come in. */
export function patientMustBeTold(item: ScenarioRefillRequest, scenario: Scenario): boolean {
  return item.requestedBy === 'patient' || item.decision.kind !== 'approve' || isOverdue(item, scenario);
}

/** True when the request calls for a visit: the patient is overdue, or the provider wants to see them. */
export function visitNeeded(item: ScenarioRefillRequest, scenario: Scenario): boolean {
  return item.decision.kind === 'needs-visit' || isOverdue(item, scenario);
}

/** The medication as the request names it: "Metformin 500 mg". */
export function medicationLabel(item: ScenarioRefillRequest): string {
  return `${item.medication.name} ${item.medication.strength}`;
}

/** The words for each fact the MA may add to the request. */
export const REFILL_FACT_WORDS: Readonly<Record<RefillFact, string>> = {
  medication: 'the medication, strength and directions',
  'last-visit': 'the date of the last visit',
  pharmacy: 'the pharmacy',
  'refill-history': 'the schedule, the date the prescription was issued and the refills used',
  'last-result': 'the last relevant result',
};

/** The words for the provider's decision. */
export const REFILL_DECISION_WORDS: Readonly<Record<ScenarioRefillRequest['decision']['kind'], string>> = {
  approve: 'Approved',
  deny: 'Declined',
  'needs-visit': 'Needs a visit',
};

function nameOf(at: { readonly chart: InboxChart | undefined; readonly item: ScenarioRefillRequest }): string {
  return at.chart ? `${at.chart.name.given} ${at.chart.name.family}` : at.item.patientId;
}

/** What federal law says about refilling this controlled prescription, for the finding's words. */
function controlledLaw(schedule: DeaSchedule): string {
  if (schedule === 'II') return 'A Schedule II prescription is never refilled (21 CFR 1306.12(a)), and only the prescriber may authorise one by phone, in an emergency (1306.11(d))';
  if (FIVE_REFILL_SCHEDULES.includes(schedule)) return `A Schedule ${schedule} prescription is refilled at most five times within six months of issue (21 CFR 1306.22(a)), and only the prescriber authorises a refill or a new prescription`;
  return 'Only the prescriber authorises a refill of a controlled substance';
}

function gatheredCheck(at: JudgeAt<ScenarioRefillRequest>, work: InboxWork): Check {
  const missing = neededFacts(at.item).filter((fact) => !work.refill.gathered.includes(fact));
  if (missing.length === 0) return passed(refillGatheredRule, at.item.patientId, at.minute);
  return missed(refillGatheredRule, {
    patientId: at.item.patientId,
    atMinute: at.minute,
    message: `The refill request for ${nameOf(at)}'s ${medicationLabel(at.item)} went to the provider without ${missing.map((fact) => REFILL_FACT_WORDS[fact]).join(', or ')}.`,
    remedy: `Before routing a refill, add from the chart ${neededFacts(at.item)
      .map((fact) => REFILL_FACT_WORDS[fact])
      .join(', ')}: the provider decides on them.`,
  });
}

/** A request to refill a prescription, from the pharmacy or the patient. */
export const REFILL_REQUEST: InboxKind<ScenarioRefillRequest> = {
  kind: 'refill-request',
  summary: (item, chart) => `Refill: ${medicationLabel(item)} for ${chart ? `${chart.name.given} ${chart.name.family}` : item.patientId} (from the ${item.requestedBy})`,
  urgent: () => false,
  emergency: () => null,
  accepts(item, _chart, work, action) {
    const refill = work.refill;
    const answeredByMa = refill.routed || refill.approvedByMa;
    switch (action.type) {
      case 'refill.gathered':
        return !answeredByMa && neededFacts(item).includes(action.fact) && !refill.gathered.includes(action.fact);
      case 'refill.routed':
      case 'refill.approved-by-ma':
        return !answeredByMa;
      case 'refill.dose-changed':
        return item.asks === 'double-dose' && !answeredByMa && !refill.doseChanged;
      case 'refill.patient-told':
        // "We will let you know" is for a patient who asked; a pharmacy's request is answered to the pharmacy by the prescriber's own prescription or refusal.
        return action.news === 'when-to-expect' ? item.requestedBy === 'patient' && refill.routed && !refill.answered && !refill.toldWhen : refill.answered && !refill.toldAnswer;
      case 'caller.identified':
        // On the call back: with the request routed (or answered by the MA), before or during telling the patient.
        return answeredByMa && !work.identified;
      case 'question.routed':
      case 'question.answered':
        // "Can I take two a day?": the patient's question, answered when the request is dealt with.
        return item.asks === 'double-dose' && work.question === null;
      case 'visit.booked':
        return item.visitTypeId !== undefined && refill.toldAnswer && work.booked === null && slotSuits(item.availability, action.date, action.time);
      case 'call.documented':
        return (answeredByMa || work.callPlaced) && !work.documented;
      default:
        return false;
    }
  },
  judgeAction(at, work, action) {
    const controlled = at.item.medication.controlled;
    switch (action.type) {
      case 'refill.routed':
        return [
          gatheredCheck(at, work),
          ...(work.refill.doseChanged ? [] : [passed(refillScopeRule, at.item.patientId, at.minute)]),
          ...(controlled ? [passed(refillControlledRule, at.item.patientId, at.minute)] : []),
        ];
      case 'refill.approved-by-ma': {
        const checks: Check[] = [
          missed(refillScopeRule, {
            patientId: at.item.patientId,
            atMinute: at.minute,
            message: `The MA approved ${nameOf(at)}'s refill of ${medicationLabel(at.item)} instead of sending it to the provider.`,
            remedy: 'Gather the chart facts and route the request to the prescriber; pass on only the answer the prescriber gives, word for word.',
          }),
        ];
        if (controlled) {
          checks.push(
            missed(refillControlledRule, {
              patientId: at.item.patientId,
              atMinute: at.minute,
              message: `${nameOf(at)}'s ${medicationLabel(at.item)} is a Schedule ${controlled.schedule} controlled substance, and the MA approved its refill. ${controlledLaw(controlled.schedule)}.`,
              remedy: 'Route a controlled-substance request to the prescriber with its schedule, the date the prescription was issued and the refills used; never authorise or phone one in.',
            }),
          );
        }
        return checks;
      }
      case 'refill.patient-told':
        // The first time the patient hears where the refill stands: two identifiers first, as on every call.
        return work.refill.toldWhen || work.refill.toldAnswer ? [] : [identityCheck(at, work, { what: `The ${medicationLabel(at.item)} refill was discussed with ${nameOf(at)}`, about: 'a prescription' })];
      case 'question.routed':
      case 'question.answered':
        return [questionCheck(at, action, 'dose-change', medicationLabel(at.item))];
      case 'refill.dose-changed':
        return [
          missed(refillScopeRule, {
            patientId: at.item.patientId,
            atMinute: at.minute,
            message: `${nameOf(at)} asked to take a double dose of ${medicationLabel(at.item)}, and the MA changed the request to the doubled dose.`,
            remedy: 'Send the request as prescribed, with the patient\'s question in their words, to the provider; tell the patient to keep taking it as prescribed until the provider answers.',
          }),
        ];
      default:
        return [];
    }
  },
  missing(item, _chart, work) {
    const gaps = work.refill.routed && !work.refill.answered ? ['the provider has not answered yet: set it aside until the answer comes'] : [];
    if (item.asks === 'double-dose' && work.question === null) gaps.push("the patient's question about doubling the dose was neither sent to the provider nor answered");
    return gaps;
  },
  judgeCompletion(at, work) {
    const { item, minute } = at;
    const refill = work.refill;
    const checks: Check[] = [
      refill.routed
        ? passed(refillRoutedRule, item.patientId, minute)
        : missed(refillRoutedRule, {
            patientId: item.patientId,
            atMinute: minute,
            message: `The refill request for ${nameOf(at)}'s ${medicationLabel(item)} was closed without going to the provider${refill.approvedByMa ? ' (the MA answered it instead)' : ''}.`,
            remedy: 'Route every refill request to the prescriber, and close it only once the answer has been carried out.',
          }),
    ];
    if (!refill.routed || !refill.answered) return checks;
    if (patientMustBeTold(item, at.scenario)) {
      checks.push(
        refill.toldAnswer
          ? passed(refillPatientToldRule, item.patientId, minute)
          : missed(refillPatientToldRule, {
              patientId: item.patientId,
              atMinute: minute,
              message: `The provider answered the refill request for ${nameOf(at)}'s ${medicationLabel(item)} (${REFILL_DECISION_WORDS[item.decision.kind].toLowerCase()}), and nobody told ${at.chart?.name.given ?? 'the patient'}.`,
              remedy: `Call the patient with the provider's words: "${item.decision.words}"`,
            }),
      );
    }
    if (visitNeeded(item, at.scenario)) {
      const why = isOverdue(item, at.scenario) ? `was last seen on ${item.lastVisit}, more than ${item.seenWithinMonths} months ago (the clinic's policy)` : 'must be seen, the provider answered';
      checks.push(
        work.booked
          ? passed(refillOverdueVisitRule, item.patientId, minute)
          : missed(refillOverdueVisitRule, {
              patientId: item.patientId,
              atMinute: minute,
              message: `${nameOf(at)} ${why}, and no visit was booked.`,
              remedy: 'While the patient is on the line with the provider\'s answer, offer the visit and book it in the appointment book.',
            }),
      );
    }
    return checks;
  },
  completionGaps(at, work) {
    const { item } = at;
    const refill = work.refill;
    const provider = at.scenario.providers.find((p) => p.id === item.providerId)?.name ?? 'the provider';
    const given = at.chart?.name.given ?? 'the patient';
    // The predicates `judgeCompletion` judges on: routed; once answered, the patient told and the visit booked.
    if (!refill.routed) {
      // What the provider needs is gathered before the request goes (`refill.gathered` judges it as it is routed).
      const toGather = refill.approvedByMa ? [] : neededFacts(item).filter((fact) => !refill.gathered.includes(fact));
      return [
        ...(toGather.length === 0 ? [] : [`still to add to the request from the chart: ${toGather.map((fact) => REFILL_FACT_WORDS[fact]).join(', ')}`]),
        `the request has not gone to ${provider}${refill.approvedByMa ? ' (you approved it yourself)' : ''}`,
      ];
    }
    if (!refill.answered) return [];
    const gaps: string[] = [];
    if (patientMustBeTold(item, at.scenario) && !refill.toldAnswer) gaps.push(`${given} has not been told ${provider}’s answer`);
    if (visitNeeded(item, at.scenario) && !work.booked) gaps.push(`the visit ${given} needs is not booked`);
    return gaps;
  },
  leftFromTheStart: true,
  documentation: {
    needed: (_item, work) => work.refill.routed || work.refill.approvedByMa || work.callPlaced,
    gap: (item, chart) => `The refill request for ${chart ? `${chart.name.given} ${chart.name.family}` : item.patientId}'s ${medicationLabel(item)} was not written in the chart.`,
  },
};
