/**
 * What to practise next, from the day's findings, not from a fixed line per competency: for a
 * competency with misses, the rules the trainee missed there (weightiest first); for the day,
 * the competency that cost the most points, the workflows its misses came from, and a scenario that practises it
 * (chosen from the scenarios the caller knows, by what their instructors say they practise).
 */
import type { CompetencyId } from '../reference/competencies';
import type { Scenario } from '../scenario/scenario.schema';
import { workflowRuns } from '../workflows/workflow';
import { WORKFLOWS, type WorkflowId } from '../workflows/workflows';
import { DAY_RULES, phoneAnsweredRule } from './day-rules';
import type { Check, Finding, Severity } from './finding';
import { ruleById } from './rule-catalog';
import type { CompetencyScore } from './score';

/** How hard a scenario is, as its instructor rates it. */
type Difficulty = Scenario['instructor']['difficulty'];

/** How many missed rules a competency's advice names: the weightiest, so the line stays readable. */
export const PRACTISE_RULES_SHOWN = 3;

/** Where the trainee does each workflow's work, in the words of the floor. */
const WORKFLOW_PLACES: Readonly<Record<WorkflowId, string>> = {
  intake: 'the front desk (check-in)',
  vitals: 'the exam room (rooming and vital signs)',
  specimen: 'the lab station (specimens and point-of-care tests)',
  medication: 'the medication station (vaccines and skin tests)',
  ecg: 'the ECG station',
  education: 'patient education',
  scheduling: 'checkout (booking follow-ups)',
  'no-show': 'the no-show list',
  billing: 'billing (coding, claims and denials)',
};

const FLOOR = 'the clinic floor (the queue and the waiting room)';
const PHONE = 'the phone (calls coming in)';
const REFERRALS = 'checkout (referrals)';

/**
 * Rules whose work is not where their workflow's station is: a booking asked for on the phone
 * is phone work; a referral is checkout work only on a day with a patient to refer.
 */
const PLACE_OF_RULE_APART: ReadonlyMap<string, string> = new Map([
  ['scheduling.phone-request', PHONE],
  ['scheduling.referral', REFERRALS],
  // Calling a patient from the waiting room is floor work, on any day with patients.
  ['privacy.waiting-room-call', FLOOR],
  // The day's own "work left undone" rules are practised where that work is done, not on the
  // floor: a day left with its claims unsent sends the trainee to a day with billing, not to
  // any day at all (the playtest was sent from the orientation day to the inbox afternoon).
  // An unfinished order may be a specimen, a vaccine or an ECG: it stays the floor's.
  ['flow.unfinished-check-in', WORKFLOW_PLACES.intake],
  ['flow.unfinished-vitals', WORKFLOW_PLACES.vitals],
  ['flow.unfinished-checkout', WORKFLOW_PLACES.scheduling],
  ['flow.unfinished-claim', WORKFLOW_PLACES.billing],
]);
const INBOX = 'the inbox (results, refills, messages and calls)';

/** The place each rule's work is done: its workflow's station, the floor (the phone for answering it) for the day's own rules, the inbox for the rest. */
const PLACE_OF_RULE: ReadonlyMap<string, string> = new Map([
  ...DAY_RULES.map((rule) => [rule.id, rule.id === phoneAnsweredRule.id ? PHONE : FLOOR] as const),
  ...WORKFLOWS.flatMap((workflow) => workflow.rules.map((rule) => [rule.id, WORKFLOW_PLACES[workflow.id]] as const)).toReversed(),
  ...PLACE_OF_RULE_APART,
]);

/** Where the work of a rule is done (a rule the workflows and the day do not own is the inbox's). */
export function placeOfRule(ruleId: string): string {
  return PLACE_OF_RULE.get(ruleId) ?? INBOX;
}

/**
 * The places where a scenario's day has work (as `placeOfRule` names them): the floor always
 * (the queue, the waiting room); the phone when calls come in; each workflow's station where one of its patients
 * needs that workflow, and referrals at checkout where a patient is to be referred (its switch on and work for it on the patient's orders; the no-show list
 * only for a patient who does not come); the inbox only when the day has inbox items. What the
 * day really holds, whatever its instructor lists: "Practise next" names a day only if it holds
 * the work the trainee missed.
 */
export function workPlacesOf(scenario: Scenario): string[] {
  const places = new Set<string>([FLOOR]);
  if (scenario.events.some((event) => event.kind === 'phone-call')) places.add(PHONE);
  for (const workflow of WORKFLOWS) {
    const needed = scenario.patients.some(
      (patient) => workflowRuns(workflow, scenario, patient) && (workflow.stage !== 'no-show' || (patient.arrival.kind === 'scheduled' && patient.arrival.noShow)),
    );
    if (needed) places.add(WORKFLOW_PLACES[workflow.id]);
  }
  if (scenario.patients.some((patient) => patient.referral !== undefined)) places.add(REFERRALS);
  if ((scenario.inbox?.length ?? 0) > 0) places.add(INBOX);
  return [...places];
}

/** The ids of the rules missed among `checks`, weightiest first (count × severity weight), ties in the order first missed. */
export function missedRulesByWeight(checks: readonly Check[], weights: Readonly<Record<Severity, number>>): string[] {
  const weight = new Map<string, number>();
  for (const check of checks) if (!check.passed) weight.set(check.ruleId, (weight.get(check.ruleId) ?? 0) + weights[check.severity]);
  return [...weight.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

/** A competency's advice from its misses: what each rule missed there asks, weightiest first; null when nothing was missed. */
export function practiseAdvice(checks: readonly Check[], weights: Readonly<Record<Severity, number>>): string | null {
  const titles = missedRulesByWeight(checks, weights)
    .slice(0, PRACTISE_RULES_SHOWN)
    .map((id) => ruleById(id)?.title ?? id);
  return titles.length === 0 ? null : `${titles.join('. ')}.`;
}

/** A scenario as the practise advice sees it: what its instructor says it practises, and how hard it is. */
export interface PractiseScenario {
  readonly id: string;
  readonly title: string;
  readonly difficulty: Difficulty;
  /** The instructor's competencies, most practised first (`instructor.competencies`). */
  readonly competencies: readonly string[];
  /** Where the day has work (`workPlacesOf`). */
  readonly places: readonly string[];
}

/** The day's advice: the competency that cost the most points, the rules missed there, and where that work is done. */
export interface PractiseNext {
  readonly competencyId: CompetencyId;
  readonly competencyName: string;
  readonly score: number;
  /** The titles of the rules missed in that competency, weightiest first. */
  readonly rules: readonly string[];
  /** Where that work is done (a station, the floor or the inbox), in the order of the rules. */
  readonly places: readonly string[];
}

/**
 * The competency that cost the day the most points (the most weight missed: a critical finding
 * weighs more than a major, a major more than a minor; on a tie, the lower score, then the more
 * misses, then the competency met first in a clinic day), with the rules its findings missed and
 * where that work is done. Null when nothing was missed. Not the lowest score: one minor miss
 * in a competency checked twice scores 50, and a day whose visits were left unfinished (two
 * major misses of patient flow) was sent to practise the inbox (the playtest).
 */
export function practiseNext(result: { readonly competencies: readonly CompetencyScore[]; readonly findings: readonly Finding[] }): PractiseNext | null {
  const weak = result.competencies.filter((competency) => competency.missed > 0);
  if (weak.length === 0) return null;
  const lost = new Map<string, number>();
  for (const finding of result.findings) lost.set(finding.competency, (lost.get(finding.competency) ?? 0) + SEVERITY_ORDER[finding.severity]);
  const lostOf = (competency: CompetencyScore): number => lost.get(competency.id) ?? 0;
  // `competencies` comes strongest first, and among equal scores in spine order: the last of the lowest is not the first met, so pick explicitly.
  const weakest = weak.reduce((low, competency) =>
    lostOf(competency) > lostOf(low) || (lostOf(competency) === lostOf(low) && (competency.score < low.score || (competency.score === low.score && competency.missed > low.missed))) ? competency : low,
  );
  const findings = result.findings.filter((finding) => finding.competency === weakest.id);
  const byWeight = new Map<string, number>();
  for (const finding of findings) byWeight.set(finding.ruleId, (byWeight.get(finding.ruleId) ?? 0) + SEVERITY_ORDER[finding.severity]);
  const ruleIds = [...byWeight.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  return {
    competencyId: weakest.id,
    competencyName: weakest.name,
    score: weakest.score,
    rules: ruleIds.slice(0, PRACTISE_RULES_SHOWN).map((id) => ruleById(id)?.title ?? id),
    places: [...new Set(ruleIds.map(placeOfRule))],
  };
}

/** A finding's weight for ranking the rules of one competency (the findings do not carry the scenario's weights; the default order is kept). */
const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { critical: 10, major: 3, minor: 1 };

const DIFFICULTY_ORDER: Readonly<Record<Difficulty, number>> = { introductory: 0, intermediate: 1, advanced: 2 };

/**
 * The scenario to practise a competency in: one whose instructor lists it and whose day holds
 * the work where the trainee missed it (`places`, from `PractiseNext`: every one of them if a
 * day holds them all, else the first, the weightiest miss's); among those, one at most a step
 * harder than the day just played (an introductory day's trainee is not sent to an advanced
 * day while an intermediate one practises the work), then one without an inbox unless the
 * work missed was the inbox's, then the one that puts the competency
 * first among what it practises (then the more focused, listing fewer competencies; then the
 * easier; then another scenario before the one just played). Null
 * when none does: a day that lists the competency but has none of that work (a morning with
 * no inbox, for a miss in the inbox) is never named.
 */
export function practiseScenario<S extends PractiseScenario>(competency: CompetencyId, scenarios: readonly S[], playedId?: string, places: readonly string[] = []): S | null {
  const played = scenarios.find((scenario) => scenario.id === playedId);
  // A day more than one step harder than the one just played is named only when no easier one practises the work.
  const tooHard = (scenario: S): number => (played ? Math.max(0, DIFFICULTY_ORDER[scenario.difficulty] - DIFFICULTY_ORDER[played.difficulty] - 1) : 0);
  // A day with an inbox gives most of its minutes to the inbox: named for work missed elsewhere only when no day without one practises it (the playtest: a day of unfinished visits was sent to the inbox afternoon).
  const inboxApart = (scenario: S): number => (scenario.places.includes(INBOX) && !places.includes(INBOX) ? 1 : 0);
  const rank = (scenario: S): readonly number[] => [
    tooHard(scenario),
    inboxApart(scenario),
    scenario.competencies.indexOf(competency),
    scenario.competencies.length,
    DIFFICULTY_ORDER[scenario.difficulty],
    scenario.id === playedId ? 1 : 0,
  ];
  const listing = scenarios.filter((scenario) => scenario.competencies.includes(competency));
  const holdingAll = listing.filter((scenario) => places.every((place) => scenario.places.includes(place)));
  const first = places[0];
  const candidates = holdingAll.length > 0 || first === undefined ? holdingAll : listing.filter((scenario) => scenario.places.includes(first));
  const order = (a: S, b: S): number => {
    const [ra, rb] = [rank(a), rank(b)];
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
    return a.id.localeCompare(b.id);
  };
  return [...candidates].sort(order)[0] ?? null;
}
