/**
 * The side panel at its fullest (session 21's playtest at 1280×720, text size "Larger"): the
 * whole day at 13:45 with nothing done (a long Needs you, routine alerts), a critical
 * finding's card and "Done: …" notices at the panel's foot, the front desk open. The playtester
 * saw the Alerts heading lie over the last Needs-you line ("On the call with Samuel Reed" cut
 * in half) and a Done notice cover the alerts. Now nothing in the panel lies over anything
 * else: Needs you scrolls within its own area, which ends above the Alerts heading, the alerts
 * show whole under it, and the notices take their own place at the foot. Checked at both
 * laptop screens and at text sizes 1 and 1.25; the page's time is held (Playwright's clock)
 * so the notices stay while the panel is measured.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SceneKeys } from '../../scenes/keys';
import { TEXT_SCALE } from '../../scenes/settings';
import { openGamePage, type GamePage } from './support/browser';
import { startPausedDay } from './support/new-day';
import { PageTime } from './support/page-time';
import { LAPTOP_SCREENS, waitForScene, WHOLE_DAY_TITLE } from './support/screens';

const SHOTS = '/tmp/side-panel-fit-screens';

/**
 * What in the side panel lies over or cuts something else: its parts (what cannot wait, the
 * headings, Needs you's area, the hint, the alerts' area, each notice and the finding's card at
 * the foot) over one another or outside the panel; Needs you's area shorter than its first line;
 * an alert's line not whole in view (cut by the foot or by its own area's edge).
 */
function sidePanelProblems(page: Page): Promise<string[]> {
  return page.locator('.hud-side').evaluate((side) => {
    const problems: string[] = [];
    const shown = (node: Element | null): node is HTMLElement => node instanceof HTMLElement && node.getClientRects().length > 0;
    const name = (node: Element) => `${node.className} “${(node.textContent ?? '').trim().slice(0, 40)}”`;
    const panel = side.getBoundingClientRect();
    // What of a part shows: its box, less what the boxes that scroll it (inside the panel) clip away.
    const visible = (node: HTMLElement) => {
      const r = node.getBoundingClientRect();
      let { top, bottom } = r;
      for (let clip = node.parentElement; clip !== null && clip !== side; clip = clip.parentElement) {
        if (getComputedStyle(clip).overflowY === 'visible') continue;
        const box = clip.getBoundingClientRect();
        top = Math.max(top, box.top);
        bottom = Math.min(bottom, box.bottom);
      }
      return { left: r.left, right: r.right, top, bottom };
    };
    const parts = [
      ...side.querySelectorAll('.hud-urgent, .hud-side-list > .hud-heading, .hud-queue, .hud-hint, .hud-side-list > .hud-alerts, .hud-side-foot .toast, .hud-side-foot .feedback-card'),
    ]
      .filter(shown)
      .map((node) => ({ node, box: visible(node) }))
      .filter((part) => part.box.bottom > part.box.top);
    for (const { node, box } of parts) {
      if (box.top < panel.top - 1 || box.bottom > panel.bottom + 1 || box.left < panel.left - 1 || box.right > panel.right + 1) problems.push(`${name(node)} runs outside the panel`);
    }
    for (const [i, a] of parts.entries()) {
      for (const b of parts.slice(i + 1)) {
        if (a.node.contains(b.node) || b.node.contains(a.node)) continue;
        const p = a.box;
        const q = b.box;
        if (p.left < q.right - 1 && q.left < p.right - 1 && p.top < q.bottom - 1 && q.top < p.bottom - 1) problems.push(`${name(a.node)} lies over ${name(b.node)}`);
      }
    }
    const queue = side.querySelector<HTMLElement>('.hud-queue')!;
    const first = queue.firstElementChild;
    if (shown(first) && queue.clientHeight < first.getBoundingClientRect().height) problems.push(`Needs you shows ${queue.clientHeight} px, less than its first line`);
    // Each alert's line lies whole inside every box that clips it (its own list, the side list, the panel).
    const alerts = side.querySelector<HTMLElement>('.hud-side-list > .hud-alerts')!;
    const firstAlert = alerts.firstElementChild;
    if (shown(firstAlert)) {
      const line = firstAlert.getBoundingClientRect();
      for (let clip: HTMLElement | null = alerts; clip !== null && clip !== side.parentElement; clip = clip.parentElement) {
        if (getComputedStyle(clip).overflowY === 'visible') continue;
        const box = clip.getBoundingClientRect();
        if (line.top < box.top - 1 || line.bottom > box.bottom + 1) problems.push(`the alert ${name(firstAlert)} is cut by ${clip.className} (${Math.round(line.top)}..${Math.round(line.bottom)} in ${Math.round(box.top)}..${Math.round(box.bottom)})`);
      }
    }
    return problems;
  });
}

describe('The side panel at its fullest, at the laptop screens and both text sizes', () => {
  let game: GamePage;
  let time: PageTime | null = null;

  beforeAll(async () => {
    game = await openGamePage(inject('gameUrl'), { viewport: LAPTOP_SCREENS[0], beforeLoad: async (page) => void (time = await PageTime.install(page)) });
    await waitForScene(game.page, SceneKeys.Title);
    game.page.setDefaultTimeout(30_000);
  });

  afterAll(async () => {
    await game?.page.evaluate(() => (document.documentElement.style.fontSize = ''));
    await game?.close();
  });

  it('keeps Needs you, the Alerts heading, the alerts, the Done notices and the finding’s card each in its own place, none over another', async () => {
    const { page } = game;
    await startPausedDay(page, WHOLE_DAY_TITLE, { mode: 'practice', timer: 'timed' });
    // Mid-afternoon with nothing done: everyone who came is still at the desk, and the inbox has filled. One patient is confirmed on a yes-or-no appointment time: a critical finding, whose card stays at the foot.
    await page.evaluate(() => {
      const session = window.__clinic!.session()!;
      session.advanceTo(13 * 60 + 45);
      const patientId = session.available().find((task) => task.stage === 'check-in')!.patientId;
      session.act(patientId, { type: 'patient.greeted' });
      session.act(patientId, { type: 'identity.asked', question: 'appointment-time', style: 'yes-no' });
      session.act(patientId, { type: 'identity.confirmed' });
      window.__clinic!.refresh();
    });
    await page.locator('.feedback-floor .feedback-card').first().waitFor();
    await time!.hold();
    // Two Done notices, as a trainee makes them at the desk of the next patient to check in.
    const next = page.locator('.hud-queue .queue-item', { hasText: 'Check in' }).first();
    await next.click();
    const desk = page.locator('[role="dialog"].station');
    await desk.waitFor();
    await desk.getByRole('button', { name: 'Greet the patient' }).click();
    await desk.getByRole('button', { name: 'Ask', exact: true }).click();
    await expect.poll(() => page.locator('.hud-side-foot .toast').count()).toBe(2);
    expect(await page.locator('.hud-queue > li').count(), 'a long Needs you').toBeGreaterThanOrEqual(4);
    expect(await page.locator('.hud-side-list > .hud-alerts li.alert').count(), 'routine alerts').toBeGreaterThanOrEqual(1);
    mkdirSync(SHOTS, { recursive: true });
    const problems: Record<string, string[]> = {};
    const overflowing: Record<string, boolean> = {};
    for (const screen of LAPTOP_SCREENS) {
      await page.setViewportSize(screen);
      for (const scale of [1, TEXT_SCALE.larger]) {
        await page.evaluate((percent) => (document.documentElement.style.fontSize = percent), `${scale * 100}%`);
        const at = `${screen.width}x${screen.height}-text-${scale}`;
        await page.screenshot({ path: `${SHOTS}/side-panel-${at}.png` });
        problems[at] = await sidePanelProblems(page);
        // More lines than the panel has room for, or what is measured would be an easy panel.
        overflowing[at] = await page.locator('.hud-side').evaluate((side) => [...side.querySelectorAll('.hud-side-list, .hud-queue')].some((box) => box.scrollHeight > box.clientHeight + 1));
      }
    }
    expect(problems).toEqual({ '1280x720-text-1': [], '1280x720-text-1.25': [], '1366x768-text-1': [], '1366x768-text-1.25': [] });
    expect(overflowing['1280x720-text-1.25'], 'Needs you longer than its room at 1280×720, text 1.25').toBe(true);
    // The alerts' own area scrolls from the keyboard: their heading's button brings the focus to the list.
    await page.locator('.hud-alerts-jump').click();
    expect(await page.evaluate(() => document.activeElement?.matches('.hud-side-list > .hud-alerts') ?? false), 'the alerts list focused from its heading').toBe(true);
    expect(game.consoleErrors).toEqual([]);
  });
});
