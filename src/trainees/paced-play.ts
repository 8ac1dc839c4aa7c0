/**
 * A scripted trainee at a person's pace, headless: how much of a day a person who plays as
 * well as the scripted trainee, but thinks before every decision, can finish on the clock.
 *
 * The pace is the browser's person-pace model (`test/e2e/support/person-pace.ts`) on the
 * clinic clock alone:
 *
 * - A **decision** is a look at the floor with no station open, after which the trainee
 *   chooses what to do next. The clinic clock runs on the floor, so the seconds spent
 *   deciding pass on it: `secondsPerDecision` real seconds at the scenario's seconds per
 *   clinic minute and the chosen speed (at 10 s a clinic minute and 1×, 4 s is 0.4 of a
 *   clinic minute). Only then does the trainee choose (a call may have come in meanwhile).
 * - A move done in the station already open (the same patient's, call's or inbox item's,
 *   in the same workflow) needs no new decision: the trainee is inside it, where the clinic
 *   clock stands still however long the fields take (the design's time model), so the
 *   fields cost no clinic minutes.
 * - A **wait**: after a decision with nothing to do, the clock runs to the next thing that
 *   happens, as on the floor.
 *
 * Deterministic: the same scenario, trainee, seed and pace make the same day.
 */
import type { TraineeAction } from '../clinic/trainee-action';
import type { Scenario } from '../scenario/scenario.schema';
import { formatMinutesOfDay, minutesOfDay } from '../scenario/clock-time';
import { type DayResult, scoreDay } from '../scoring/score';
import { Session, type SessionSettings } from '../session/session';
import type { Move, ScriptedTrainee } from './trainee';

/** The least real time, in seconds, a person takes over one decision on the floor: the browser tests' `PERSON_PACE_MS` (2,000 ms). */
export const PERSON_PACE_SECONDS = 2;

/** The paces, in seconds per decision, whose figures the README and the whole day's header give (and its test checks). */
export const REPORTED_PACES = [2, 4, 8] as const;

/** How a paced day is played. */
export interface PaceOptions {
  readonly seed: number;
  /** Real seconds a person thinks before every decision on the floor. */
  readonly secondsPerDecision: number;
  /** The clock's speed (1 for 1×): real seconds per clinic minute are the scenario's divided by it. */
  readonly speed?: number;
  readonly settings?: SessionSettings;
}

/** What a paced day took on the clinic clock. */
export interface PaceCount {
  /** Accepted moves. */
  readonly moves: number;
  /** Looks at the floor before choosing. */
  readonly decisions: number;
  /** Times the trainee had nothing to do and waited for the next event. */
  readonly waits: number;
  /** Clinic minutes that passed while the trainee decided. */
  readonly decisionMinutes: number;
  /** Clinic minutes that passed while the trainee waited with nothing to do. */
  readonly waitMinutes: number;
}

/** The station a move is done in: the patient's (in the workflow under way), the call's or the inbox item's. */
function stationOf(session: Session, move: Move): string {
  const action: TraineeAction = move.action;
  if ('callId' in action && typeof action.callId === 'string') return `phone:${action.callId}`;
  if ('itemId' in action && typeof action.itemId === 'string') return `inbox:${action.itemId}`;
  if (move.patientId === null) return 'floor';
  if (action.type === 'patient.roomed') return `patient:${move.patientId}:encounter`;
  return `patient:${move.patientId}:${session.workflowSnapshot(move.patientId)?.machine.id ?? 'encounter'}`;
}

/** The trainee's next move, if the session would take it now. */
function validMove(trainee: ScriptedTrainee, session: Session): Move | null {
  const move = trainee.nextMove(session);
  return move !== null && session.canAct(move.patientId, move.action) ? move : null;
}

/**
 * Plays the day to its end with `trainee`, letting `secondsPerDecision` of a person's
 * thinking pass on the clinic clock before every decision on the floor. Returns the
 * finished session and what the pace cost.
 */
export function playDayPaced(scenario: Scenario, trainee: ScriptedTrainee, options: PaceOptions): { readonly session: Session; readonly pace: PaceCount } {
  const session = Session.start(scenario, options.settings ? { seed: options.seed, settings: options.settings } : { seed: options.seed });
  const minutesPerDecision = (options.secondsPerDecision / scenario.timer.secondsPerMinute) * (options.speed ?? 1);
  let open: string | null = null;
  let moves = 0;
  let decisions = 0;
  let waits = 0;
  let decisionMinutes = 0;
  let waitMinutes = 0;
  while (!session.isOver) {
    let move = validMove(trainee, session);
    if (move !== null && open !== null && stationOf(session, move) === open) {
      session.act(move.patientId, move.action);
      moves += 1;
      continue;
    }
    // Back on the floor: look, and only then choose (the clock runs while the trainee looks).
    open = null;
    const before = session.minute;
    session.advanceTo(before + minutesPerDecision);
    decisions += 1;
    decisionMinutes += session.minute - before;
    if (session.isOver) break;
    move = validMove(trainee, session);
    if (move !== null) {
      open = stationOf(session, move);
      session.act(move.patientId, move.action);
      moves += 1;
      continue;
    }
    const waitedFrom = session.minute;
    session.waitForNextEvent();
    waits += 1;
    waitMinutes += session.minute - waitedFrom;
  }
  return { session, pace: { moves, decisions, waits, decisionMinutes, waitMinutes } };
}

/**
 * The rules that score lateness: a visit or a check-in, an order, a checkout or a claim
 * left unfinished at closing, a patient who left unseen, a phone not answered in time, an
 * inbox item handled after its due time or left undone.
 */
export const LATENESS_RULES: readonly string[] = [
  'flow.left-unseen',
  'flow.unfinished-check-in',
  'flow.unfinished-vitals',
  'flow.unfinished-order',
  'flow.unfinished-checkout',
  'flow.unfinished-claim',
  'communication.phone-answered',
  'inbox.due',
  'inbox.left-undone',
];

/** A paced day's outcome: could a person at this pace finish the day? */
export interface PaceReport extends PaceCount {
  readonly scenarioId: string;
  readonly secondsPerDecision: number;
  readonly speed: number;
  /** Every visit finished and nothing lateness-scored. */
  readonly finished: boolean;
  /** The clinic time the day ended (closing, or earlier when everything was done). */
  readonly endedAt: string;
  /** The clinic time the trainee's last action began. */
  readonly lastActionAt: string;
  /** Clinic minutes between the day's end and closing when it finished early with everything done; 0 otherwise. */
  readonly minutesToSpare: number;
  readonly visitsUnfinished: number;
  readonly leftUnseen: number;
  /** Lateness findings, by rule id. */
  readonly lateness: Readonly<Record<string, number>>;
  readonly findings: number;
  readonly total: number;
  readonly passed: boolean;
}

/** Sums up a paced day (its session, what the pace cost and its scored result): did a person at this pace finish it? */
export function paceSummary(scenario: Scenario, session: Session, pace: PaceCount, result: DayResult, secondsPerDecision: number, speed = 1): PaceReport {
  const lateness: Record<string, number> = {};
  for (const finding of result.findings) {
    if (LATENESS_RULES.includes(finding.ruleId)) lateness[finding.ruleId] = (lateness[finding.ruleId] ?? 0) + 1;
  }
  const last = session.log.at(-1);
  const finished = result.stats.patientsUnfinished === 0 && result.stats.patientsLeftUnseen === 0 && Object.keys(lateness).length === 0;
  return {
    scenarioId: scenario.id,
    secondsPerDecision,
    speed,
    ...pace,
    // Hundredths: the clock moves in fractions of a minute, and the sums carry float noise.
    decisionMinutes: Math.round(pace.decisionMinutes * 100) / 100,
    waitMinutes: Math.round(pace.waitMinutes * 100) / 100,
    finished,
    endedAt: formatMinutesOfDay(session.minute),
    lastActionAt: formatMinutesOfDay(last?.minute ?? minutesOfDay(scenario.day.start)),
    minutesToSpare: finished ? Math.max(0, Math.floor(session.closingMinute - session.minute)) : 0,
    visitsUnfinished: result.stats.patientsUnfinished,
    leftUnseen: result.stats.patientsLeftUnseen,
    lateness,
    findings: result.findings.length,
    total: result.score.total,
    passed: result.passed,
  };
}

/** Plays the day at a pace and sums up whether a person at that pace finishes it. */
export function paceReport(scenario: Scenario, trainee: ScriptedTrainee, options: PaceOptions): PaceReport {
  const { session, pace } = playDayPaced(scenario, trainee, options);
  const report = paceSummary(scenario, session, pace, scoreDay(session.record()), options.secondsPerDecision, options.speed ?? 1);
  session.dispose();
  return report;
}

/** One line for a person to read: the pace and what became of the day. */
export function paceLine(report: PaceReport): string {
  const late = Object.entries(report.lateness).map(([rule, count]) => `${rule} ×${count}`);
  return (
    `${report.scenarioId} at ${report.secondsPerDecision} s a decision (${report.speed}×): ` +
    `${report.finished ? `finished with ${report.minutesToSpare} ${report.minutesToSpare === 1 ? 'minute' : 'minutes'} to spare` : 'NOT finished'}; ended ${report.endedAt}, last action ${report.lastActionAt}; ` +
    `${report.decisions} decisions (${Math.round(report.decisionMinutes)} clinic minutes), ${report.moves} moves, ${Math.round(report.waitMinutes)} clinic minutes waiting with nothing to do; ` +
    `${report.visitsUnfinished} visits unfinished, ${report.leftUnseen} left unseen; ` +
    `lateness findings: ${late.length === 0 ? 'none' : late.join(', ')}; ` +
    `${report.findings} findings in all; total ${report.total}, ${report.passed ? 'passed' : 'not passed'}`
  );
}
