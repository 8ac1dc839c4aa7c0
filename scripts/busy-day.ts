/**
 * Brings a day in the browser to a chosen moment, for the scripts that measure or photograph
 * the game (`npm run bench:browser`, `npm run screenshots`): starts a scenario from the title
 * as a trainee would, finds in Node where the day is busiest (the most patients on the
 * floor), and replays the actions that lead there into the page's session through the test
 * hook (`window.__clinic`, test-mode builds only).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parseScenarioText } from '../src/scenario/scenario-loader';
import type { Scenario } from '../src/scenario/scenario.schema';
import { areaOf } from '../src/session/day-view';
import { Session, type ActionLogEntry, type SessionSettings } from '../src/session/session';
import { expertTrainee } from '../src/trainees/expert-trainee';
import { PROJECT_ROOT } from './built-game';

/** How long a slow machine may take to load the game or switch scenes. */
export const PAGE_TIMEOUT_MS = 120_000;

/** Who plays a day in Node: the expert trainee, or nobody (patients arrive, wait and leave). */
export type DayPlayer = 'expert' | 'idle';

/** A day played to its end in Node, with its busiest moment. */
export interface PlayedDay {
  readonly player: DayPlayer;
  /** The clinic minute with the most patients on the floor (the first such, if several). */
  readonly peakMinute: number;
  readonly peakOnFloor: number;
  /** Every action of the day, in order. */
  readonly log: readonly ActionLogEntry[];
}

/** The seed and settings of the day the page is playing. */
export interface PageDay {
  readonly seed: number;
  readonly settings: SessionSettings;
}

/** Loads and validates a scenario file (a path relative to the project root). */
export async function loadScenario(file: string): Promise<Scenario> {
  const result = parseScenarioText(await readFile(join(PROJECT_ROOT, file), 'utf8'), file);
  if (!result.ok) throw new Error(`${file} does not load: ${result.problems.map((problem) => problem.message).join('; ')}`);
  return result.scenario;
}

/** The patients who are in the clinic now: arrived and not gone. */
export function patientsOnFloor(session: Session): number {
  return session.scenario.patients.filter((patient) => {
    const stage = session.stageOf(patient.id);
    if (stage === undefined) return false;
    const area = areaOf(stage);
    return area !== 'outside' && area !== 'gone';
  }).length;
}

/** Plays the day to its end with `player` and notes when the most patients were on the floor. */
export function playDayForPeak(scenario: Scenario, day: PageDay, player: DayPlayer): PlayedDay {
  const session = Session.start(scenario, { seed: day.seed, settings: day.settings });
  const expert = player === 'expert' ? expertTrainee() : null;
  let peakMinute = session.minute;
  let peakOnFloor = patientsOnFloor(session);
  while (!session.isOver) {
    const move = expert?.nextMove(session) ?? null;
    if (move === null || !session.act(move.patientId, move.action).accepted) session.waitForNextEvent();
    const onFloor = patientsOnFloor(session);
    if (onFloor > peakOnFloor) {
      peakOnFloor = onFloor;
      peakMinute = session.minute;
    }
  }
  return { player, peakMinute, peakOnFloor, log: session.log };
}

/** `HH:MM` of a clinic minute (minutes since midnight, possibly fractional). */
export function clockTime(minute: number): string {
  const whole = Math.floor(minute);
  return `${String(Math.floor(whole / 60)).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`;
}

/**
 * Starts a new day of `scenarioId` from the title as a trainee would (the scenario, then
 * "New day", then "Start the day" on its briefing), pauses the clock, and returns the day's seed and settings.
 */
export async function startPausedDay(page: Page, scenarioId: string): Promise<PageDay> {
  await page.waitForFunction(() => window.__clinic?.game.scene.isActive('title') === true, undefined, { timeout: PAGE_TIMEOUT_MS });
  await page.locator(`input[name="scenario"][value="${scenarioId}"]`).check();
  await page.getByRole('button', { name: 'New day' }).click();
  await page.getByRole('button', { name: 'Start the day' }).click();
  await page.waitForFunction(() => (window.__clinic?.session() ?? null) !== null, undefined, { timeout: PAGE_TIMEOUT_MS });
  await page.getByRole('button', { name: 'Pause' }).click();
  return page.evaluate(() => {
    const session = window.__clinic?.session();
    if (!session) throw new Error('no day is running');
    return { seed: session.seed, settings: session.settings };
  });
}

/**
 * Replays `log` into the page's session (each action at its logged minute), then lets the
 * clock run on to `minute`; returns the clinic minute reached. The floor shows the new state
 * the next time its clock ticks.
 */
export function replayInPage(page: Page, log: readonly ActionLogEntry[], minute: number): Promise<number> {
  return page.evaluate(
    ({ entries, until }) => {
      const session = window.__clinic?.session();
      if (!session) throw new Error('no day is running');
      for (const entry of entries) {
        session.advanceTo(entry.minute);
        const outcome = session.act(entry.patientId, entry.action);
        if (!outcome.accepted) throw new Error(`action ${entry.seq} (${entry.action.type}) was refused: ${outcome.reason}`);
      }
      session.advanceTo(until);
      return session.minute;
    },
    { entries: log, until: minute },
  );
}
