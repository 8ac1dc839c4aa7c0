/**
 * Scoring: pure functions from a played day (its checks, timeline and journeys) to the
 * result — accuracy, throughput, the total, the pass/fail gate, and a score per
 * competency. Nothing here reads a clock or a random source, so the same day always
 * scores the same, and a replayed log can be graded against a submitted result.
 */
import { journeyWaitMinutes } from './journey-wait';
import { CMA_DOMAINS, CMAA_DOMAINS, CCMA_DOMAINS, COMPETENCIES, type CompetencyId, CROSSWALK_VERSION } from '../reference/competencies';
import { OBSERVATION_MINUTES } from '../reference/immunization';
import { TESTS } from '../reference/tests';
import type { Scenario } from '../scenario/scenario.schema';
import type { TimelineEntry } from '../domain/day-environment';
import type { DayRecord, PatientJourney, SessionSettings } from './day-record';
import { dayChecks } from './day-rules';
import { citedFinding, type Check, type Finding, type Severity } from './finding';
import { practiseAdvice } from './practise-next';

/** The day's numbers behind the throughput score. */
export interface DayStats {
  readonly patientsScheduled: number;
  readonly patientsCompleted: number;
  readonly patientsLeftUnseen: number;
  /** Patients still in the clinic, or with their claim unsent, when the day ended. */
  readonly patientsUnfinished: number;
  readonly patientsNoShow: number;
  /** Patients who left check-in with an appointment for another time (not left unseen). */
  readonly patientsRebooked: number;
  readonly patientsPerHour: number;
  readonly targetPatientsPerHour: number;
  readonly meanWaitMinutes: number;
  readonly meanDoorToDoorMinutes: number;
  /** Minutes a provider was free while one of their patients was in the clinic waiting. */
  readonly providerIdleMinutes: number;
  readonly complaints: number;
  readonly dayMinutes: number;
  /** Inbox items the day held; absent for a day without an inbox. */
  readonly inboxItems?: number;
  /** Inbox items done or handed over by their due time; absent for a day without an inbox. */
  readonly inboxOnTime?: number;
}

/** A competency's score, and what to practise next when it is weak (what the rules missed there ask). */
export interface CompetencyScore {
  readonly id: CompetencyId;
  readonly name: string;
  readonly score: number;
  readonly checked: number;
  readonly missed: number;
  readonly practiseNext: string | null;
}

/** A certification outline domain's score, from the competencies the crosswalk maps to it. */
export interface OutlineDomainScore {
  readonly certification: 'CMA (AAMA)' | 'CCMA' | 'CMAA';
  readonly domainId: string;
  readonly name: string;
  readonly score: number;
  readonly checked: number;
}

/** Why the day passed or failed. */
export interface Gate {
  readonly passed: boolean;
  readonly reason: string;
}

/** The result of a day: what the debrief shows and the grader verifies. */
export interface DayResult {
  readonly scenarioId: string;
  readonly settings: SessionSettings;
  readonly passed: boolean;
  readonly gate: Gate;
  readonly score: { readonly total: number; readonly accuracy: number; readonly throughput: number };
  readonly stats: DayStats;
  /** Where the throughput score's points came from (`throughputParts`), for the debrief; absent in a result saved before it was kept. */
  readonly throughputParts?: readonly ThroughputPart[];
  readonly findings: readonly Finding[];
  readonly competencies: readonly CompetencyScore[];
  /** The competencies rolled up into the certification outlines' domains. */
  readonly outlines: { readonly crosswalkVersion: string; readonly domains: readonly OutlineDomainScore[] };
  readonly timeline: readonly TimelineEntry[];
  readonly journeys: readonly PatientJourney[];
  readonly checksCount: number;
}

/** Rounds to one decimal, so results print and compare cleanly. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/** Accuracy 0–100: one minus the missed weight over the checked weight (100 when nothing was checked). */
export function accuracyScore(checks: readonly Check[], weights: Readonly<Record<Severity, number>>): number {
  let checked = 0;
  let missed = 0;
  for (const check of checks) {
    const weight = weights[check.severity];
    checked += weight;
    if (!check.passed) missed += weight;
  }
  return checked === 0 ? 100 : round1(100 * (1 - missed / checked));
}


/** Minutes each provider spent free while a patient of theirs was in the clinic, not yet seen. */
export function providerIdleMinutes(scenario: Scenario, timeline: readonly TimelineEntry[], journeys: readonly PatientJourney[], endMinute: number): number {
  const entered = new Map<string, number>();
  const ended = new Map<string, number>();
  for (const entry of timeline) {
    if (entry.patientId === null) continue;
    if (entry.kind === 'provider-entered') entered.set(entry.patientId, entry.minute);
    if (entry.kind === 'visit-ended') ended.set(entry.patientId, entry.minute);
  }
  const byId = new Map(journeys.map((journey) => [journey.patientId, journey]));
  let idle = 0;
  for (const provider of scenario.providers) {
    const patients = scenario.patients.filter((patient) => patient.arrival.providerId === provider.id);
    const start = Math.min(...patients.map((patient) => byId.get(patient.id)?.arrivedAt ?? Infinity));
    // Each patient's spans, worked out once rather than for every minute of the day.
    const visits: { from: number; to: number }[] = [];
    const waits: { from: number; seenAt: number | undefined; leftAt: number }[] = [];
    for (const patient of patients) {
      const from = entered.get(patient.id);
      if (from !== undefined) visits.push({ from, to: ended.get(patient.id) ?? endMinute });
      const journey = byId.get(patient.id);
      if (!journey || journey.arrivedAt === null) continue;
      const leftAt = journey.outcome === 'left-unseen' || journey.outcome === 'rebooked' ? (journey.departedAt ?? endMinute) : endMinute;
      waits.push({ from: journey.arrivedAt, seenAt: from, leftAt });
    }
    for (let minute = Number.isFinite(start) ? start : endMinute; minute < endMinute; minute++) {
      const busy = visits.some((visit) => visit.from <= minute && minute < visit.to);
      if (busy) continue;
      const someoneWaiting = waits.some((wait) => wait.from <= minute && (wait.seenAt === undefined || minute < wait.seenAt) && minute < wait.leftAt);
      if (someoneWaiting) idle++;
    }
  }
  return idle;
}

/**
 * True when the patient's visit is finished: every step of it done, the claim included
 * (sent to the payer). What is left of that claim's revenue cycle when the day ends (a payer's
 * answer still to come, a remittance to post, a denial to work, a statement to send) is back-office
 * work the billing workflow scores as its own findings; it does not make the visit unfinished
 * (the orientation day's playtest: the trainee checked the patient out and sent the claim, and
 * the debrief said "0 patients completed").
 */
export function visitCompleted(journey: PatientJourney): boolean {
  return journey.outcome === 'completed' || (journey.outcome === null && journey.arrivedAt !== null && journey.stage === 'billing' && journey.claimSent === true);
}

/** The throughput numbers of a played day. */
export function dayStats(record: DayRecord): DayStats {
  const { scenario, journeys } = record;
  const completed = journeys.filter(visitCompleted);
  const arrived = journeys.filter((journey) => journey.arrivedAt !== null);
  const dayMinutes = Math.max(1, record.endMinute - record.startMinute);
  const doorToDoor = journeys.filter((journey) => journey.arrivedAt !== null && journey.departedAt !== null && journey.outcome !== 'left-unseen' && journey.outcome !== 'rebooked');
  return {
    patientsScheduled: scenario.patients.filter((patient) => patient.arrival.kind === 'scheduled').length,
    patientsCompleted: completed.length,
    patientsLeftUnseen: journeys.filter((journey) => journey.outcome === 'left-unseen').length,
    patientsUnfinished: journeys.filter((journey) => journey.arrivedAt !== null && journey.outcome === null && !visitCompleted(journey)).length,
    patientsNoShow: journeys.filter((journey) => journey.outcome === 'no-show').length,
    patientsRebooked: journeys.filter((journey) => journey.outcome === 'rebooked').length,
    patientsPerHour: round1(completed.length / (dayMinutes / 60)),
    targetPatientsPerHour: scenario.day.targetPatientsPerHour,
    meanWaitMinutes: round1(arrived.length === 0 ? 0 : arrived.reduce((sum, journey) => sum + journeyWaitMinutes(journey), 0) / arrived.length),
    meanDoorToDoorMinutes: round1(
      doorToDoor.length === 0 ? 0 : doorToDoor.reduce((sum, journey) => sum + (journey.departedAt! - journey.arrivedAt!), 0) / doorToDoor.length,
    ),
    providerIdleMinutes: providerIdleMinutes(scenario, record.timeline, journeys, record.endMinute),
    complaints: journeys.reduce((sum, journey) => sum + journey.complaints, 0),
    dayMinutes,
    ...(record.inbox === undefined
      ? {}
      : {
          inboxItems: record.inbox.length,
          inboxOnTime: record.inbox.filter((item) => item.settledAt !== null && item.settledAt <= item.dueMinute).length,
        }),
  };
}

/** Share of the day's throughput a day with an inbox gives to its items done by their due time. */
export const INBOX_THROUGHPUT_SHARE = 0.25;

/**
 * Throughput 0–100: patients per hour against the target (40 %), mean wait against the
 * scenario's patience (30 %), door-to-door time against the visit's own length plus a
 * 45-minute allowance, and the observation period after a vaccine where the day gives one
 * (15 %), and provider utilisation while patients waited (15 %); less
 * up to 60 points for the share of patients who left unseen, up to 40 for the share whose
 * visits were unfinished when the day ended (they were at least seen to, or still may be,
 * so they weigh less than a patient lost), and up to 20 for complaints (one per patient
 * takes all 20), so a busy day and a quiet one are judged alike. Patients sent home with
 * an appointment for another time are not expected to be seen today. A day with an inbox
 * gives a quarter of the score to the share of its items done (or handed over) by their
 * due time.
 */
export function throughputScore(stats: DayStats, record: DayRecord): number {
  const patients = patientThroughput(throughputFactors(stats, record));
  // Inbox items done by their due time count as patients done count; a day without an inbox keeps the patients' score alone.
  if (stats.inboxItems === undefined || stats.inboxItems === 0) return patients;
  const inbox = (100 * (stats.inboxOnTime ?? 0)) / stats.inboxItems;
  return round1(clamp((1 - INBOX_THROUGHPUT_SHARE) * patients + INBOX_THROUGHPUT_SHARE * inbox, 0, 100));
}

/** The parts of the patients' throughput, each 0–1 (`rate`…`utilisation`) or a share of the patients expected (the rest); null when no patient was expected. */
interface ThroughputFactors {
  readonly rate: number;
  readonly wait: number;
  readonly door: number;
  readonly utilisation: number;
  readonly leftUnseen: number;
  readonly unfinished: number;
  readonly complaints: number;
}

function throughputFactors(stats: DayStats, record: DayRecord): ThroughputFactors | null {
  const { patience } = record.scenario.day;
  const expected = stats.patientsScheduled + record.scenario.patients.filter((p) => p.arrival.kind === 'walk-in').length - stats.patientsNoShow - stats.patientsRebooked;
  if (expected === 0) return null;
  const rate = clamp(stats.patientsPerHour / stats.targetPatientsPerHour, 0, 1);
  const relaxed = patience.complainAfterMinutes / 2;
  const wait = clamp(1 - (stats.meanWaitMinutes - relaxed) / Math.max(1, patience.leaveAfterMinutes - relaxed), 0, 1);
  const seen = record.journeys.filter((journey) => visitCompleted(journey) && journey.arrivedAt !== null && journey.departedAt !== null);
  const door =
    seen.length === 0
      ? 0
      : seen.reduce((sum, journey) => {
          const patient = record.scenario.patients.find((p) => p.id === journey.patientId);
          const visit = patient?.visitMinutes ?? 15;
          // The observation chair after a vaccine is time the patient must spend, not time the clinic lost.
          const observed = record.scenario.workflows.medication && patient !== undefined && patient.orders.some((order) => TESTS.some((t) => t.id === order.testId && t.kind === 'vaccine'));
          return sum + clamp((visit + 45 + (observed ? OBSERVATION_MINUTES : 0)) / Math.max(1, journey.departedAt! - journey.arrivedAt!), 0, 1);
        }, 0) / seen.length;
  const busyMinutes = record.scenario.patients.reduce((sum, patient) => {
    const journey = record.journeys.find((j) => j.patientId === patient.id);
    return sum + (journey !== undefined && visitCompleted(journey) ? patient.visitMinutes : 0);
  }, 0);
  const utilisation = busyMinutes + stats.providerIdleMinutes === 0 ? 0 : busyMinutes / (busyMinutes + stats.providerIdleMinutes);
  const arrived = Math.max(1, expected);
  return {
    rate,
    wait,
    door,
    utilisation,
    leftUnseen: stats.patientsLeftUnseen / arrived,
    unfinished: stats.patientsUnfinished / arrived,
    complaints: Math.min(1, stats.complaints / arrived),
  };
}

function patientThroughput(factors: ThroughputFactors | null): number {
  if (factors === null) return 100;
  const { rate, wait, door, utilisation } = factors;
  const score = 100 * (0.4 * rate + 0.3 * wait + 0.15 * door + 0.15 * utilisation) - 60 * factors.leftUnseen - 40 * factors.unfinished - 20 * factors.complaints;
  return round1(clamp(score, 0, 100));
}

/** One line of where the throughput score's points came from: points earned of the most a part gives, or points taken off (`outOf` null). */
export interface ThroughputPart {
  readonly part: 'rate' | 'wait' | 'door' | 'utilisation' | 'left-unseen' | 'unfinished' | 'complaints' | 'inbox';
  readonly points: number;
  readonly outOf: number | null;
}

/**
 * Where the throughput score's points came from, as `throughputScore` weighs them, in points
 * of the day's 100 (on a day with an inbox, the patients' parts are scaled to their three
 * quarters and the inbox's items on time give the last quarter). For the debrief: a trainee
 * sees which part cost them, not only the total.
 */
export function throughputParts(stats: DayStats, record: DayRecord): ThroughputPart[] {
  const factors = throughputFactors(stats, record);
  const hasInbox = stats.inboxItems !== undefined && stats.inboxItems > 0;
  const scale = hasInbox ? 1 - INBOX_THROUGHPUT_SHARE : 1;
  const earned = (part: ThroughputPart['part'], weight: number, factor: number): ThroughputPart => ({ part, points: round1(scale * weight * factor), outOf: round1(scale * weight) });
  const lost = (part: ThroughputPart['part'], weight: number, factor: number): ThroughputPart => ({ part, points: round1(scale * weight * factor), outOf: null });
  const parts: ThroughputPart[] =
    factors === null
      ? []
      : [
          earned('rate', 40, factors.rate),
          earned('wait', 30, factors.wait),
          earned('door', 15, factors.door),
          earned('utilisation', 15, factors.utilisation),
          ...(factors.leftUnseen > 0 ? [lost('left-unseen', 60, factors.leftUnseen)] : []),
          ...(factors.unfinished > 0 ? [lost('unfinished', 40, factors.unfinished)] : []),
          ...(factors.complaints > 0 ? [lost('complaints', 20, factors.complaints)] : []),
        ];
  if (hasInbox) parts.push({ part: 'inbox', points: round1(100 * INBOX_THROUGHPUT_SHARE * ((stats.inboxOnTime ?? 0) / stats.inboxItems!)), outOf: 100 * INBOX_THROUGHPUT_SHARE });
  return parts;
}

/** The checks of each competency, in the day's order: the competency and outline scores both read them. */
function checksByCompetency(checks: readonly Check[]): Map<string, Check[]> {
  const byCompetency = new Map<string, Check[]>();
  for (const check of checks) {
    const own = byCompetency.get(check.competency);
    if (own) own.push(check);
    else byCompetency.set(check.competency, [check]);
  }
  return byCompetency;
}

/** Scores per competency, strongest first; only competencies the day checked. */
export function competencyScores(checks: readonly Check[], weights: Readonly<Record<Severity, number>>, byCompetency = checksByCompetency(checks)): CompetencyScore[] {
  const scores: CompetencyScore[] = [];
  for (const competency of COMPETENCIES) {
    const own = byCompetency.get(competency.id);
    if (!own) continue;
    const score = accuracyScore(own, weights);
    const missed = own.filter((check) => !check.passed).length;
    // The advice follows the findings: what the rules missed in this competency ask, not a fixed line for the competency.
    scores.push({ id: competency.id, name: competency.displayName, score, checked: own.length, missed, practiseNext: practiseAdvice(own, weights) });
  }
  return scores.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/** Each outline domain with the competencies the crosswalk maps to it, in outline order (fixed reference data: built once). */
const OUTLINE_DOMAINS = [
  { certification: 'CMA (AAMA)' as const, domains: CMA_DOMAINS, key: 'cma' as const },
  { certification: 'CCMA' as const, domains: CCMA_DOMAINS, key: 'ccma' as const },
  { certification: 'CMAA' as const, domains: CMAA_DOMAINS, key: 'cmaa' as const },
].flatMap(({ certification, domains, key }) =>
  domains.map((domain) => ({
    certification,
    domain,
    mapped: COMPETENCIES.filter((c) => (c.crosswalk[key] as readonly string[]).includes(domain.id)).map((c) => c.id),
  })),
);

/**
 * Scores per certification outline domain: each domain is scored on the checks of the
 * competencies the crosswalk maps to it (domains the day did not touch are left out).
 */
export function outlineScores(checks: readonly Check[], weights: Readonly<Record<Severity, number>>, byCompetency = checksByCompetency(checks)): OutlineDomainScore[] {
  const scores: OutlineDomainScore[] = [];
  for (const { certification, domain, mapped } of OUTLINE_DOMAINS) {
    const own = mapped.flatMap((competency) => byCompetency.get(competency) ?? []);
    if (own.length === 0) continue;
    scores.push({ certification, domainId: domain.id, name: domain.name, score: accuracyScore(own, weights), checked: own.length });
  }
  return scores;
}

/** How much of the day's work was finished, against what the scenario requires. */
export interface WorkDone {
  /** Patients whose visits were finished, claim included (`visitCompleted`). */
  readonly completed: number;
  /** Patients the day had to see: those who came and were not sent home with another appointment. */
  readonly expected: number;
  /** The scenario's `scoring.requiredCompletion`: the share of expected patients who must be finished. */
  readonly requiredShare: number;
}

/**
 * Visits that must be finished for the day to pass: the required share of the expected
 * patients, rounded up, and never fewer than one when anyone came (a day with no visit
 * finished cannot pass, whatever the scenario sets).
 */
export function requiredVisits(work: WorkDone): number {
  if (work.expected === 0) return 0;
  return Math.max(1, Math.ceil(work.expected * work.requiredShare - 1e-9));
}

/** The work of a played day, for the gate. */
export function workDone(record: DayRecord): WorkDone {
  const came = record.journeys.filter((journey) => journey.arrivedAt !== null && journey.outcome !== 'rebooked' && journey.outcome !== 'no-show');
  return {
    completed: came.filter(visitCompleted).length,
    expected: came.length,
    requiredShare: record.scenario.scoring.requiredCompletion,
  };
}

/**
 * The pass/fail gate: any critical finding fails the day, whatever the total; then the
 * work the scenario requires must be done (unfinished work is never made up for by a good
 * score on what was done); then the pass mark.
 */
export function gate(findings: readonly Finding[], total: number, passMark: number, work?: WorkDone): Gate {
  const critical = findings.find((finding) => finding.severity === 'critical');
  if (critical) return { passed: false, reason: `Failed: a critical finding fails the day whatever the score (${critical.ruleId}: ${critical.message})` };
  if (work) {
    const required = requiredVisits(work);
    if (work.completed < required) {
      const asked = required === work.expected ? 'every visit' : `${required} of the ${work.expected} visits`;
      const done = work.completed === 0 ? 'no visit was finished' : `only ${work.completed} of ${work.expected} visits ${work.completed === 1 ? 'was' : 'were'} finished`;
      return { passed: false, reason: `Failed: ${done}, and this day needs ${asked} finished (every step the patient needed done), whatever the score` };
    }
  }
  if (total < passMark) return { passed: false, reason: `Failed: the total ${total} is below the pass mark of ${passMark}` };
  const finished = work && work.expected > 0 ? `, ${work.completed} of ${work.expected} visits finished` : '';
  return { passed: true, reason: `Passed: no critical finding${finished}, and the total ${total} reaches the pass mark of ${passMark}` };
}

/**
 * The day's pass rules in plain words, in the order `gate` applies them, for the briefing:
 * no critical finding; the visits the scenario requires finished; the pass mark. The words
 * come from the same numbers the gate uses.
 */
export function passRules(scenario: Pick<Scenario, 'scoring'>): string[] {
  const { passMark, requiredCompletion } = scenario.scoring;
  const share = Math.round(requiredCompletion * 100);
  const visits =
    requiredCompletion >= 1
      ? 'Every visit must be finished (every step each patient needs, the claim included), whatever the total: one patient left unfinished at closing fails the day.'
      : `At least ${share} % of the visits must be finished (every step each patient needs, the claim included), whatever the total; fewer fails the day.`;
  return ['Any critical finding fails the day, whatever the total.', visits, `Then the total must reach the pass mark of ${passMark}.`];
}

/** A day's score without its roll-ups by competency and outline: what the running score in practice needs. */
export interface DayTotals {
  readonly checks: readonly Check[];
  /** The findings, in the order of the minutes they were made. */
  readonly findings: readonly Finding[];
  readonly score: { readonly total: number; readonly accuracy: number; readonly throughput: number };
  readonly stats: DayStats;
  readonly gate: Gate;
}

/** The checks, findings, accuracy, throughput, total and gate of a played day, as `scoreDay` gives them. */
export function dayTotals(record: DayRecord): DayTotals {
  const { scoring } = record.scenario;
  const checks = [...record.checks, ...dayChecks(record)];
  const findings = checks.flatMap((check) => (check.finding ? [check.finding] : [])).sort((a, b) => a.atMinute - b.atMinute);
  const accuracy = accuracyScore(checks, scoring.severityWeights);
  const stats = dayStats(record);
  const throughput = throughputScore(stats, record);
  const weightSum = scoring.weights.accuracy + scoring.weights.throughput;
  const total = round1((accuracy * scoring.weights.accuracy + throughput * scoring.weights.throughput) / (weightSum === 0 ? 1 : weightSum));
  return { checks, findings, score: { total, accuracy, throughput }, stats, gate: gate(findings, total, scoring.passMark, workDone(record)) };
}

/** The result of a played day. */
export function scoreDay(record: DayRecord): DayResult {
  const { scoring } = record.scenario;
  const { checks, findings, score, stats, gate: verdict } = dayTotals(record);
  const byCompetency = checksByCompetency(checks);
  return {
    scenarioId: record.scenario.id,
    settings: record.settings,
    passed: verdict.passed,
    gate: verdict,
    score,
    stats,
    throughputParts: throughputParts(stats, record),
    // Cited without the reference data's notes, as the browser build has them (`citedFinding`).
    findings: findings.map(citedFinding),
    competencies: competencyScores(checks, scoring.severityWeights, byCompetency),
    outlines: { crosswalkVersion: CROSSWALK_VERSION, domains: outlineScores(checks, scoring.severityWeights, byCompetency) },
    timeline: record.timeline,
    journeys: record.journeys,
    checksCount: checks.length,
  };
}
