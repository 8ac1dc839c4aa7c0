/**
 * The HUD's newest words as a person sees them, at 1280×720 and 1366×768 (issue 19): the
 * running score before anything is judged ("Score so far —, nothing judged yet"), the
 * two-line "Clock waits: station open" beside the speeds with End day still in the bar
 * while a station is open, and the front desk's afternoon greeting. Each state is
 * screenshotted (in `/tmp/hud-fit-screens`, to look at) and measured: every control and
 * line inside the bar, none over another, none cut; and the whole day's timed bar at its
 * fullest (a station open, the day failed, the score's longest change, two findings), where
 * the playtest saw the clinic's name and "Feedback (2)" cut at 1366×768.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SceneKeys } from '../../scenes/keys';
import { openGamePage, type GamePage } from './support/browser';
import { loadScenario } from './support/exam-room';
import { leaveInbox, press } from './support/inbox';
import { endDayToTitle, startNewDay, startPausedDay } from './support/new-day';
import { PageTime } from './support/page-time';
import { nextFrames, waitForScene } from './support/screens';
import { openQueueItem } from './support/set-up';
import { TEXT_SCALE } from '../../scenes/settings';
import type { TraineeAction } from '../../src/clinic/trainee-action';
import { answeredRefills } from '../../src/session/day-view';
import { replaySession } from '../../src/session/session';
import { expertTrainee } from '../../src/trainees/expert-trainee';

const SCREENS = '/tmp/hud-fit-screens';
const DEFAULT_TITLE = 'A Short Morning at Maple Street';
const AFTERNOON_TITLE = 'An Afternoon at the Desk at Willow Creek: the Inbox';
const WHOLE_DAY_TITLE = 'A Full Day at Willow Creek';
const MARCUS = { id: 'marcus-johnson', name: 'Marcus Johnson' };
const TEXT_SCALES = Object.values(TEXT_SCALE).filter((scale) => scale > 1);
const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
] as const;

/**
 * The Needs you lines whose task is cut through a line of its text: a line of glyphs that
 * neither lies whole inside the task's box nor wholly below it (clamped away). Each line is
 * the union of the boxes of the characters on it.
 */
function cutQueueLines(page: Page): Promise<string[]> {
  return page.locator('.hud-queue').evaluate((queue) =>
    [...queue.querySelectorAll<HTMLElement>('.queue-task')].flatMap((task) => {
      const box = task.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(task);
      const lines: { top: number; bottom: number }[] = [];
      for (const rect of range.getClientRects()) {
        if (rect.width === 0) continue;
        const line = lines.find((seen) => Math.abs(seen.top - rect.top) < rect.height / 2);
        if (line) line.bottom = Math.max(line.bottom, rect.bottom);
        else lines.push({ top: rect.top, bottom: rect.bottom });
      }
      const cut = lines.filter((line) => line.top < box.bottom - 0.5 && line.bottom > box.bottom + 0.5);
      return cut.map((line) => `“${(task.textContent ?? '').slice(0, 40)}…” a line at ${line.top.toFixed(1)}..${line.bottom.toFixed(1)}, the box ends at ${box.bottom.toFixed(1)}`);
    }),
  );
}

/** What does not fit in the top bar: parts outside it, parts over each other, text cut, the bar scrolling. */
function barProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const bar = document.querySelector<HTMLElement>('.hud-bar')!;
    const box = bar.getBoundingClientRect();
    if (bar.scrollWidth > bar.clientWidth + 1) problems.push(`the bar scrolls: ${bar.scrollWidth} > ${bar.clientWidth}`);
    const shown = (node: Element) => node instanceof HTMLElement && node.getClientRects().length > 0 && getComputedStyle(node).visibility !== 'hidden';
    const name = (node: Element) => `${node.className} "${(node.textContent ?? '').trim().slice(0, 30)}"`;
    const parts = [...bar.querySelectorAll('.hud-clock, button:not(.hud-score-change), .hud-held, .hud-score, .hud-untimed')].filter(shown);
    for (const part of parts) {
      const r = part.getBoundingClientRect();
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) problems.push(`${name(part)} is outside the bar`);
    }
    for (const [i, a] of parts.entries()) {
      for (const b of parts.slice(i + 1)) {
        if (a.contains(b) || b.contains(a)) continue;
        const p = a.getBoundingClientRect();
        const q = b.getBoundingClientRect();
        if (p.left < q.right - 1 && q.left < p.right - 1 && p.top < q.bottom - 1 && q.top < p.bottom - 1) problems.push(`${name(a)} overlaps ${name(b)}`);
      }
    }
    // Text cut: a line wider or taller than its box (the clinic's name ends in an ellipsis by design, its whole in the tooltip).
    for (const text of [...bar.querySelectorAll('button, .hud-held, .hud-score-label, .hud-score-value, .hud-score-detail, .hud-time, .hud-closing')].filter(shown)) {
      const node = text as HTMLElement;
      if (node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1) problems.push(`${name(node)} is cut`);
    }
    return problems;
  });
}

/** Closes the open station with Escape, as a trainee does, if one is open. */
async function closeStation(page: Page): Promise<void> {
  const station = page.locator('[role="dialog"].station');
  if ((await station.count()) === 0) return;
  await station.press('Escape');
  await station.waitFor({ state: 'detached' });
}

/**
 * One page per size, its days played in turn (the default morning, then the whole day, then
 * the afternoon), each new day started from the title after "End day": what is measured is
 * the HUD of the day in play, and a fresh page for each would only load the game again.
 */
describe('the HUD at the sizes people play at', () => {
  for (const viewport of VIEWPORTS) {
    const size = `${viewport.width}x${viewport.height}`;

    describe(`at ${size}`, () => {
      let game: GamePage;

      beforeAll(async () => {
        game = await openGamePage(inject('gameUrl'), { viewport });
        await waitForScene(game.page, SceneKeys.Title);
        game.page.setDefaultTimeout(30_000);
      });

      afterAll(async () => {
        await game?.close();
      });

      it(`fits the score before anything is judged and the two-line "Clock waits" with End day at ${size}`, async () => {
        const { page } = game;
        await startPausedDay(page, DEFAULT_TITLE, { mode: 'practice', timer: 'timed' });
        const score = page.locator('.hud-score');
        await expect.poll(() => score.innerText()).toMatch(/Score so far\s*—\s*nothing judged yet/);
        mkdirSync(SCREENS, { recursive: true });
        await page.screenshot({ path: `${SCREENS}/score-unjudged-${size}.png` });
        expect(await barProblems(page)).toEqual([]);

        await page.evaluate((id) => {
          const session = window.__clinic!.session()!;
          for (let i = 0; i < 40 && session.stageOf(id) === 'expected'; i += 1) session.waitForNextEvent();
          window.__clinic!.refresh();
        }, MARCUS.id);
        // Every control of the bar, measured before a station opens and while it is open: none may move (the playtest's "Skip ahead" jumped about 110 px).
        const after = () => page.locator('.hud-bar').evaluate((bar) => [...bar.querySelectorAll('button, .hud-score')].filter((node) => node instanceof HTMLElement && !node.hidden && node.getClientRects().length > 0).map((node) => {
          const box = node.getBoundingClientRect();
          return `${(node.textContent ?? '').trim().slice(0, 20)} ${Math.round(box.left)},${Math.round(box.top)} ${Math.round(box.width)}x${Math.round(box.height)}`;
        }));
        const closed = await after();
        expect(closed.some((line) => line.startsWith('Skip ahead'))).toBe(true);
        const item = page.locator('.hud-queue .queue-item', { hasText: MARCUS.name });
        await item.click();
        await page.locator('[role="dialog"].station').waitFor();
        const held = page.locator('.hud-held');
        await held.waitFor();
        expect(await held.innerText()).toBe('Clock waits: station open');
        expect(await after()).toEqual(closed);
        await page.screenshot({ path: `${SCREENS}/clock-stopped-${size}.png` });
        expect(await page.locator('.hud-bar').getByRole('button', { name: 'End day' }).isVisible()).toBe(true);
        expect(await barProblems(page)).toEqual([]);
      });

      it(`keeps the speed buttons where they are when Pause turns to Resume and back at ${size} (the playtest's 17 px push)`, async () => {
        const { page } = game;
        // The default morning of the test before, back on the floor.
        await closeStation(page);
        const bar = page.locator('.hud-bar');
        const places = () => bar.evaluate((node) => [...node.querySelectorAll('.hud-pause, .hud-speed, .hud-next')].map((button) => {
          const box = button.getBoundingClientRect();
          return `${Math.round(box.left)},${Math.round(box.width)}`;
        }));
        const pause = bar.locator('.hud-pause');
        const showing = await pause.textContent();
        const before = await places();
        await pause.click();
        const other = showing === 'Pause' ? 'Resume' : 'Pause';
        await expect.poll(() => pause.textContent()).toBe(other);
        // The button's name is its one shown word: the width-keeping copy is not read out.
        expect(await bar.getByRole('button', { name: other, exact: true }).count()).toBe(1);
        expect(await places()).toEqual(before);
        await pause.click();
        await expect.poll(() => pause.textContent()).toBe(showing);
        expect(await places()).toEqual(before);
      });

      it(`fits the whole day's timed bar at ${size} with a station open and the day failed: the clinic's whole name, and every button's words (the playtest's cut "Feedback (2")`, async () => {
        const { page } = game;
        await closeStation(page);
        await endDayToTitle(page);
        await startPausedDay(page, WHOLE_DAY_TITLE, { mode: 'practice', timer: 'timed' });
        await failTheDayAtTheDesk(page);
        await page.locator('.hud-queue .queue-item').first().click();
        await page.locator('[role="dialog"].station').waitFor();
        await page.locator('.hud-held').waitFor();
        await page.screenshot({ path: `${SCREENS}/whole-day-failed-${size}.png` });
        expect(await barProblems(page)).toEqual([]);
        const clinic = await page.locator('.hud-clinic').evaluate((node) => ({ text: node.textContent, whole: node.scrollWidth <= node.clientWidth }));
        expect(clinic).toEqual({ text: 'Willow Creek Family Practice', whole: true });
        expect(await page.locator('.hud-feedback').evaluate((node) => ({ text: node.textContent, whole: node.scrollWidth <= node.clientWidth }))).toEqual({ text: 'Feedback (2)', whole: true });
        // The same bar at the settings' largest text (the root's size, as the settings set it): a helper saw "Skip ahead" over the score at 1280×720.
        try {
          for (const scale of TEXT_SCALES) {
            await page.evaluate((percent) => (document.documentElement.style.fontSize = percent), `${scale * 100}%`);
            await nextFrames(page);
            await page.screenshot({ path: `${SCREENS}/whole-day-failed-${size}-text-${scale}.png` });
            expect(await barProblems(page), `text size ${scale}`).toEqual([]);
            // The clinic's name whole, on one line or two, where the bar has room beside the speeds (the third playtest saw "Willow Creek Fam…" at 1.25).
            expect(await page.locator('.hud-clinic').evaluate((node) => ({ text: node.textContent, whole: node.scrollWidth <= node.clientWidth && node.scrollHeight <= node.clientHeight + 1 })), `text size ${scale}`).toEqual({
              text: 'Willow Creek Family Practice',
              whole: true,
            });
            expect(await cutQueueLines(page), `text size ${scale}`).toEqual([]);
            // The newest finding's buttons at the side panel's foot keep their words on one line each.
            const broken = await page.locator('.feedback-floor .feedback-card-actions button').evaluateAll((buttons) =>
              buttons.filter((node) => node.getClientRects().length > 0 && node.getBoundingClientRect().height > 2.2 * parseFloat(getComputedStyle(node).fontSize)).map((node) => node.textContent),
            );
            expect(broken, `text size ${scale}`).toEqual([]);
          }
        } finally {
          await page.evaluate(() => (document.documentElement.style.fontSize = '100%'));
        }
      });

      it(`shows the front desk's afternoon greeting whole at ${size}`, async () => {
        const { page } = game;
        await closeStation(page);
        await endDayToTitle(page);
        await startPausedDay(page, AFTERNOON_TITLE);
        // The first patient who comes to the desk (the afternoon's first arrival).
        const name = await page.evaluate(() => {
          const session = window.__clinic!.session()!;
          for (let i = 0; i < 60; i += 1) {
            const task = session.available().find((t) => t.stage === 'check-in' && t.patientId !== null);
            if (task) {
              window.__clinic!.refresh();
              return session.scenario.patients.find((p) => p.id === task.patientId)!.name;
            }
            session.waitForNextEvent();
          }
          throw new Error('nobody came to the desk');
        });
        await page.locator('.hud-queue .queue-item', { hasText: name.family }).first().click();
        const station = page.locator('[role="dialog"].station');
        const greeting = station.locator('.kit-speech', { hasText: 'Good afternoon' });
        await greeting.waitFor();
        await greeting.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${SCREENS}/afternoon-greeting-${size}.png` });
        const fit = await greeting.evaluate((node) => {
          const line = node.getBoundingClientRect();
          const body = node.closest('.station-body')!.getBoundingClientRect();
          return {
            inside: line.left >= body.left - 1 && line.right <= body.right + 1,
            inViewport: line.top >= 0 && line.bottom <= window.innerHeight,
            cut: node.scrollWidth > node.clientWidth + 1,
          };
        });
        expect(fit).toEqual({ inside: true, inViewport: true, cut: false });
        expect(await barProblems(page)).toEqual([]);
      });

      it('logs no console errors and requests nothing outside its own origin', () => {
        expect(game.consoleErrors).toEqual([]);
        expect(game.foreignRequests).toEqual([]);
      });
    });
  }
});

/**
 * The side panel at the larger text with alerts and toasts showing (issue 19's second
 * playtest, 1280×720, text 1.25): Evelyn Hart's answered refill, long in the provider's words,
 * first in Needs you, and the Inbox's line under it hidden by the Alerts heading and the
 * toasts at the panel's foot. The page's time is held (Playwright's clock) so the toasts stay
 * while the panel is measured.
 */
describe('Needs you beside the alerts and the toasts at the larger text', () => {
  for (const viewport of VIEWPORTS) {
    const size = `${viewport.width}x${viewport.height}`;

    it(`keeps the first two lines of Needs you in view at ${size}, text 1 to 1.25, with two toasts at the panel's foot, and the untimed bar shows the clinic's whole name`, async () => {
      let time: PageTime | null = null;
      const game = await openGamePage(inject('gameUrl'), { viewport, beforeLoad: async (page) => void (time = await PageTime.install(page)) });
      try {
        const { page } = game;
        await waitForScene(page, SceneKeys.Title);
        page.setDefaultTimeout(30_000);
        // Untimed practice, as the playtester played: the clock waits for the trainee.
        await startNewDay(page, AFTERNOON_TITLE, { mode: 'practice', timer: 'untimed' });
        await waitForScene(page, SceneKeys.ClinicFloor);
        // The expert works the afternoon, in the page and in a mirror, until Evelyn's refill comes back answered, one result left in the inbox (the playtest's side panel).
        const scenario = await loadScenario('scenarios/afternoon-inbox.yaml');
        const day = await page.evaluate(() => {
          const session = window.__clinic!.session()!;
          return { seed: session.seed, settings: session.settings, log: session.log.map((entry) => ({ ...entry })) };
        });
        const mirror = replaySession(scenario, day.seed, day.settings, day.log);
        const answered = () => answeredRefills(mirror).some((refill) => refill.itemId === 'rx-hart-atorvastatin');
        const expert = expertTrainee();
        while (!answered()) {
          expect(mirror.isOver).toBe(false);
          const move = expert.nextMove(mirror);
          // Walter Brooks's result (in at 15:15, due 16:45) is left in the inbox, as the playtester left it.
          if (move === null || ('itemId' in move.action && move.action.itemId === 'res-brooks-lipids')) {
            mirror.waitForNextEvent();
            await page.evaluate(() => window.__clinic!.nextEvent());
            continue;
          }
          expect(mirror.act(move.patientId, move.action).accepted).toBe(true);
          expect(await page.evaluate(([patientId, action]) => window.__clinic!.act(patientId, action as TraineeAction).accepted, [move.patientId, move.action] as const)).toBe(true);
        }
        await page.evaluate(() => window.__clinic!.refresh());
        await page.locator('.hud-queue .queue-item', { hasText: 'Refill answered: Atorvastatin' }).waitFor();
        const lines = await page.locator('.hud-queue > li').allInnerTexts();
        expect(lines[0]).toContain('Refill answered');
        expect(lines.length).toBeGreaterThanOrEqual(2);
        await time!.hold();
        // Two toasts, as a trainee makes them: Evelyn's item opened (an answered refill opens in work from Needs you), and set aside.
        const station = await openQueueItem(page, 'Refill answered');
        await press(station, 'inbox-set-aside');
        await leaveInbox(page);
        await expect.poll(() => page.locator('.hud-side-foot .toast').count()).toBe(2);
        const hidden: Record<string, string[]> = {};
        const cutLines: Record<string, string[]> = {};
        const bar: Record<string, { clinic: string | null; whole: boolean; problems: string[] }> = {};
        for (const scale of Object.values(TEXT_SCALE)) {
          await page.evaluate((percent) => (document.documentElement.style.fontSize = percent), `${scale * 100}%`);
          await page.locator('.hud-side-list').evaluate((list) => list.scrollTo(0, 0));
          await page.screenshot({ path: `${SCREENS}/needs-you-toasts-${size}-text-${scale}.png` });
          // The untimed bar has room for the clinic's whole name (the playtest saw "Willow Creek Fam…"), and every control still fits.
          bar[`text ${scale}`] = {
            ...(await page.locator('.hud-clinic').evaluate((node) => ({ clinic: node.textContent, whole: node.scrollWidth <= node.clientWidth }))),
            problems: await barProblems(page),
          };
          cutLines[`text ${scale}`] = await cutQueueLines(page);
          hidden[`text ${scale}`] = await page.locator('.hud-side-list').evaluate((list) => {
            // What the list shows: its box, less the Alerts heading where it sticks at the foot.
            const box = list.getBoundingClientRect();
            const heading = list.querySelector('.hud-alerts-heading')!.getBoundingClientRect();
            const bottom = Math.min(box.bottom, heading.top);
            return [...list.querySelectorAll('.hud-queue > li')].slice(0, 2).flatMap((line) => {
              const shown = line.getBoundingClientRect();
              return shown.top >= box.top - 1 && shown.bottom <= bottom + 1 ? [] : [`${line.querySelector('.queue-name')!.textContent} at ${Math.round(shown.top)}..${Math.round(shown.bottom)}, list ${Math.round(box.top)}..${Math.round(bottom)}`];
            });
          });
        }
        await page.evaluate(() => (document.documentElement.style.fontSize = '100%'));
        expect(bar).toEqual(Object.fromEntries(Object.values(TEXT_SCALE).map((scale) => [`text ${scale}`, { clinic: 'Willow Creek Family Practice', whole: true, problems: [] }])));
        expect(hidden).toEqual(Object.fromEntries(Object.values(TEXT_SCALE).map((scale) => [`text ${scale}`, []])));
        // The refill's long answer is clamped to whole lines at every size: none cut through its glyphs (the third playtest at 1.25).
        expect(cutLines).toEqual(Object.fromEntries(Object.values(TEXT_SCALE).map((scale) => [`text ${scale}`, []])));
      } finally {
        await game.close();
      }
    });
  }
});

/**
 * How the running score's lines sit: the left column's lines (the label with "Day failed",
 * the detail, the last change) stacked close, one under the other, flush left; the score in
 * the column beside them; nothing over anything else.
 */
function scoreBlockProblems(page: Page): Promise<string[]> {
  return page.locator('.hud-score').evaluate((score) => {
    const problems: string[] = [];
    const part = (selector: string) => {
      const node = score.querySelector<HTMLElement>(selector);
      return node && node.getClientRects().length > 0 && !node.hidden ? { name: selector.slice(1), box: node.getBoundingClientRect() } : null;
    };
    const head = part('.hud-score-head') ?? part('.hud-score-label');
    const left = [head, part('.hud-score-detail'), part('.hud-score-change')].filter((shown) => shown !== null);
    const right = [part('.hud-score-value')].filter((shown) => shown !== null);
    const failed = part('.hud-score-failed');
    const label = part('.hud-score-label');
    for (const [i, line] of left.entries()) {
      const above = left[i - 1];
      if (above === undefined) continue;
      const gap = line.box.top - above.box.bottom;
      if (gap > 3 || gap < -1) problems.push(`${line.name} is ${gap.toFixed(1)} px under ${above.name}`);
      if (Math.abs(line.box.left - left[0]!.box.left) > 1) problems.push(`${line.name} is not flush with ${left[0]!.name}`);
    }
    if (failed && head && (failed.box.left < head.box.left - 1 || failed.box.right > head.box.right + 1 || failed.box.top < head.box.top - 1 || failed.box.bottom > head.box.bottom + 1)) problems.push('Day failed is not on the label\'s line');
    const all = [label, failed, part('.hud-score-detail'), part('.hud-score-change'), ...right].filter((shown) => shown !== null);
    for (const [i, a] of all.entries()) {
      for (const b of all.slice(i + 1)) {
        if (a.box.left < b.box.right - 1 && b.box.left < a.box.right - 1 && a.box.top < b.box.bottom - 1 && b.box.top < a.box.bottom - 1) problems.push(`${a.name} overlaps ${b.name}`);
      }
    }
    return problems;
  });
}

/**
 * The top bar after a failed day is closed (issue 19's fourth playtest: "Score so far", the
 * total, "accuracy 76.1 · flow 0", "Day failed" and "−23.6 accuracy: critical finding"
 * misaligned and cramped beside the closing notice).
 */
describe('the running score after a failed day is closed', () => {
  for (const viewport of VIEWPORTS) {
    const size = `${viewport.width}x${viewport.height}`;

    it(`reads as three close lines, "Day failed" on the label's, beside the score at ${size}, text 1 to 1.25`, async () => {
      const game = await openGamePage(inject('gameUrl'), { viewport });
      try {
        const { page } = game;
        await waitForScene(page, SceneKeys.Title);
        page.setDefaultTimeout(30_000);
        await startPausedDay(page, WHOLE_DAY_TITLE, { mode: 'practice', timer: 'timed' });
        await failTheDayAtTheDesk(page);
        await page.getByRole('button', { name: 'End day' }).click();
        await page.getByRole('dialog', { name: 'End the day now?' }).getByRole('button', { name: 'End day' }).click();
        await page.locator('dialog.closing-notice[open]').getByRole('button', { name: 'Open the debrief' }).waitFor();
        await expect.poll(() => page.locator('.hud-score-detail').innerText()).toMatch(/^accuracy [\d.]+ · flow \d+/);
        mkdirSync(SCREENS, { recursive: true });
        const problems: Record<string, string[]> = {};
        try {
          for (const scale of Object.values(TEXT_SCALE)) {
            await page.evaluate((percent) => (document.documentElement.style.fontSize = percent), `${scale * 100}%`);
            await nextFrames(page);
            await page.screenshot({ path: `${SCREENS}/closed-failed-${size}-text-${scale}.png` });
            problems[`text ${scale}`] = [...(await barProblems(page)), ...(await scoreBlockProblems(page))];
          }
        } finally {
          await page.evaluate(() => (document.documentElement.style.fontSize = '100%'));
        }
        expect(problems).toEqual(Object.fromEntries(Object.values(TEXT_SCALE).map((scale) => [`text ${scale}`, []])));
        expect(game.consoleErrors).toEqual([]);
      } finally {
        await game.close();
      }
    });
  }
});

/** The first patient at the desk, confirmed on a yes-or-no appointment time: a critical finding fails the day, and the score's change is its longest. */
async function failTheDayAtTheDesk(page: Page): Promise<void> {
  await page.evaluate(() => {
    const session = window.__clinic!.session()!;
    for (let i = 0; i < 40 && !session.available().some((task) => task.stage === 'check-in'); i += 1) session.waitForNextEvent();
    const patientId = session.available().find((task) => task.stage === 'check-in')!.patientId;
    session.act(patientId, { type: 'patient.greeted' });
    session.act(patientId, { type: 'identity.asked', question: 'appointment-time', style: 'yes-no' });
    session.act(patientId, { type: 'identity.confirmed' });
    window.__clinic!.refresh();
  });
  await page.locator('.hud-score-failed').waitFor();
}
