/**
 * What the debrief panel shows, read off the page, and the headless day a page's day is
 * compared with: shared by the whole-day tests that end on the debrief.
 */
import type { Page } from 'playwright-core';
import type { Scenario } from '../../../src/scenario/scenario.schema';
import { scoreDay, type DayResult } from '../../../src/scoring/score';
import type { Session, SessionSettings } from '../../../src/session/session';
import { playDay } from '../../../src/trainees/play-day';
import type { ScriptedTrainee } from '../../../src/trainees/trainee';

/** What the debrief panel shows. */
export interface DebriefShown {
  readonly heading: string;
  readonly verdict: string;
  readonly scores: Record<string, number>;
  readonly findings: { severity: string; message: string }[];
  readonly patients: string[];
  readonly competencies: number;
}

/** Reads the debrief panel once it is on the page. */
export async function readDebrief(page: Page): Promise<DebriefShown> {
  const panel = page.locator('section.debrief');
  await panel.waitFor();
  const scores: Record<string, number> = {};
  for (const group of await panel.locator('.debrief-score').all()) {
    scores[await group.locator('dt').innerText()] = Number(await group.locator('dd').innerText());
  }
  const findings = await panel.locator('.finding').evaluateAll((items) =>
    items.map((item) => ({ severity: item.querySelector('.severity')?.textContent ?? '', message: item.querySelector('.finding-message')?.textContent ?? '' })),
  );
  return {
    heading: await panel.locator('#debrief-heading').innerText(),
    verdict: await panel.locator('.debrief-verdict').innerText(),
    scores,
    findings,
    patients: await panel.locator('.journey-table tbody th').allInnerTexts(),
    competencies: await panel.locator('.competency').count(),
  };
}

/** The headless day of `trainee` on the page's seed and settings. */
export function headlessResult(scenario: Scenario, trainee: ScriptedTrainee, seed: number, settings: SessionSettings): { result: DayResult; session: Session } {
  const session = playDay(scenario, trainee, { seed, settings });
  return { result: scoreDay(session.record()), session };
}
