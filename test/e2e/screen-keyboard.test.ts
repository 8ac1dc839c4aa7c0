/**
 * The screen a person works through with the keyboard (issue 19), focused, no whole day:
 *
 * - A station action that disables itself, or is drawn again by the redraw that follows it,
 *   hands focus to the next sensible control (another action of its group, or the panel's
 *   heading), never to `<body>` and never to a text field the trainee did not choose: at the
 *   front desk (greeting Marcus) and in the exam room (identifying him).
 * - Escape in the HUD closes the open station, as its Close button does, and with nothing
 *   open takes the keyboard back to the floor, whose shortcuts then work.
 * - At closing time the closing notice is modal: focus stays in it, the floor and the HUD
 *   are `inert`, a press on the floor or the queue opens no station beneath it, and its
 *   button opens the debrief.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SceneKeys } from '../../scenes/keys';
import { openGamePage, type GamePage } from './support/browser';
import { expertUntilMove, loadScenario, openExamRoom } from './support/exam-room';
import { startPausedDay } from './support/new-day';
import { waitForScene } from './support/screens';

const DEFAULT_TITLE = 'A Short Morning at Maple Street';
const MARCUS = { id: 'marcus-johnson', name: 'Marcus Johnson' };

/** Where keyboard focus is now, as the checks need it. */
function focusNow(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    const station = document.querySelector('[role="dialog"].station');
    return {
      onBody: active === null || active === document.body,
      inStation: station?.contains(active) ?? false,
      key: active?.dataset.key ?? null,
      heading: active?.classList.contains('panel-heading') ?? false,
      disabled: active?.matches(':disabled') ?? false,
      textEntry: active?.matches('input:not([type="radio"]):not([type="checkbox"]), textarea, select') ?? false,
    };
  });
}

/** The values of every text field of the open station, by key. */
function fieldValues(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[role="dialog"].station input:not([type="radio"]):not([type="checkbox"]), [role="dialog"].station textarea')].map((node) => [
        node.dataset.key ?? '',
        node.value,
      ]),
    ),
  );
}

/** The data-keys of the other actions in the pressed control's group, read before it is pressed. */
function groupKeys(page: Page, key: string): Promise<string[]> {
  return page.evaluate((pressed) => {
    const node = document.querySelector<HTMLElement>(`[role="dialog"].station [data-key="${CSS.escape(pressed)}"]`);
    const group = node?.parentElement?.closest('[role="group"], .station-actions, fieldset, section');
    return group ? [...group.querySelectorAll<HTMLElement>('button[data-key]')].map((b) => b.dataset.key!).filter((k) => k !== pressed) : [];
  }, key);
}

/** Presses a station control with Enter and checks where focus went: same group or heading; never body, never a text field; keys typed next change no field. */
async function pressAndCheckFocus(page: Page, key: string, done: () => Promise<boolean>): Promise<void> {
  const station = page.locator('[role="dialog"].station');
  const others = await groupKeys(page, key);
  await station.locator(`[data-key="${key}"]`).focus();
  await page.keyboard.press('Enter');
  await expect.poll(done).toBe(true);
  // The redraw and the focus keeper have run once the control has gone or disabled itself.
  await expect.poll(() => page.evaluate((k) => !document.querySelector<HTMLButtonElement>(`[role="dialog"].station [data-key="${k}"]:not(:disabled)`), key)).toBe(true);
  await expect.poll(async () => (await focusNow(page)).inStation).toBe(true);
  const focus = await focusNow(page);
  expect(focus.onBody).toBe(false);
  expect(focus.textEntry).toBe(false);
  expect(focus.disabled).toBe(false);
  expect(focus.heading || others.includes(focus.key ?? '')).toBe(true);
  // The playtester's next typing went into "Given name": here it goes into no field.
  const before = await fieldValues(page);
  await page.keyboard.type('zq');
  expect(await fieldValues(page)).toEqual(before);
}

describe('the screen with the keyboard', () => {
  let game: GamePage;
  let page: Page;

  beforeAll(async () => {
    game = await openGamePage(inject('gameUrl'));
    page = game.page;
    await waitForScene(page, SceneKeys.Title);
    page.setDefaultTimeout(30_000);
    await startPausedDay(page, DEFAULT_TITLE);
    await page.evaluate((id) => {
      const session = window.__clinic!.session()!;
      for (let i = 0; i < 40 && session.stageOf(id) === 'expected'; i += 1) session.waitForNextEvent();
      window.__clinic!.refresh();
    }, MARCUS.id);
  });

  afterAll(async () => {
    await game?.close();
  });

  it('gives focus to the heading or the next action when the front desk greeting disables itself, not to a text field', async () => {
    const item = page.locator('.hud-queue .queue-item', { hasText: MARCUS.name });
    await item.focus();
    await page.keyboard.press('Enter');
    await page.locator('[role="dialog"].station [data-key="greet"]').waitFor();
    const greeted = () => page.evaluate((id) => window.__clinic!.session()!.log.some((e) => e.patientId === id && e.action.type === 'patient.greeted'), MARCUS.id);
    await pressAndCheckFocus(page, 'greet', greeted);
  });

  it('closes the front desk with Escape from the HUD and loses nothing chosen in it: reopened, the form is as it was left', async () => {
    const station = page.locator('[role="dialog"].station');
    const question = station.locator('[data-key="identity-question:date-of-birth"]');
    await question.check();
    await page.locator('.hud-queue .queue-item', { hasText: MARCUS.name }).focus();
    await page.keyboard.press('Escape');
    await station.waitFor({ state: 'detached' });
    await page.keyboard.press('Enter');
    await station.waitFor();
    expect(await station.locator('[data-key="identity-question:date-of-birth"]').isChecked()).toBe(true);
  });

  it('does the same in the exam room when identifying the patient takes the step away', async () => {
    const scenario = await loadScenario('scenarios/default-morning.yaml');
    await expertUntilMove(page, scenario, MARCUS.id, (action) => action.type === 'patient.identified');
    const room = await openExamRoom(page, MARCUS.name);
    await room.locator('[data-key="id-question:open"]').check();
    await room.locator('[data-key="id:full-name"]').check();
    await room.locator('[data-key="id:date-of-birth"]').check();
    const identified = () => page.evaluate((id) => window.__clinic!.session()!.log.some((e) => e.patientId === id && e.action.type === 'patient.identified'), MARCUS.id);
    await pressAndCheckFocus(page, 'identify', identified);
  });

  it('closes the open station with Escape from the top bar, and with nothing open gives the keyboard back to the floor', async () => {
    const station = page.locator('[role="dialog"].station');
    expect(await station.count()).toBe(1);
    const pause = page.locator('.hud-bar').getByRole('button', { name: 'Resume' });
    await pause.focus();
    await page.keyboard.press('Escape');
    await station.waitFor({ state: 'detached' });
    // Closed as its Close button closes it: the clock runs on the floor again, and the trainee's place in the bar is kept.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Resume');
    expect(await page.locator('.hud-held').isHidden()).toBe(true);
    // Nothing open: Escape goes to the floor, where P (pause) works again.
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('game');
    // The floor takes the keys once it has seen focus land (a frame later): as a person's next key would, P comes after that.
    await expect.poll(() => page.evaluate(() => window.__clinic?.game.scene.getScene('clinic-floor')?.input.keyboard?.enabled)).toBe(true);
    await page.keyboard.press('p');
    await expect.poll(() => page.locator('.hud-bar').getByRole('button', { name: 'Pause', exact: true }).count()).toBe(1);
    await page.keyboard.press('p');
    await expect.poll(() => page.locator('.hud-bar').getByRole('button', { name: 'Resume', exact: true }).count()).toBe(1);
    // On a control of the top bar (the button just pressed), P works too: the briefing's "Pause (P)" holds wherever the trainee is but in a station or a field.
    await page.locator('.hud-bar').getByRole('button', { name: 'Resume', exact: true }).focus();
    await page.keyboard.press('p');
    await expect.poll(() => page.locator('.hud-bar').getByRole('button', { name: 'Pause', exact: true }).count()).toBe(1);
    await page.keyboard.press('p');
    await expect.poll(() => page.locator('.hud-bar').getByRole('button', { name: 'Resume', exact: true }).count()).toBe(1);
  });

  it('shows the closing notice as a modal: focus kept in it, the floor inert, no station opened beneath it', async () => {
    // The notice's pause before the debrief is held still, so the test looks at it as long as it needs.
    await page.evaluate((key) => {
      window.__clinic!.game.scene.getScene(key).time.paused = true;
      window.__clinic!.session()!.finish();
      window.__clinic!.refresh();
    }, SceneKeys.ClinicFloor);
    const notice = page.getByRole('dialog', { name: /The clinic is closed/ });
    await notice.waitFor();
    const inert = await page.evaluate(() => ({
      game: (document.getElementById('game') as HTMLElement).inert,
      bar: (document.querySelector('.hud-bar') as HTMLElement).inert,
      side: (document.querySelector('.hud-side') as HTMLElement).inert,
    }));
    expect(inert).toEqual({ game: true, bar: true, side: true });
    expect(await page.evaluate(() => document.activeElement?.closest('.closing-notice') !== null)).toBe(true);
    for (let i = 0; i < 4; i += 1) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('.closing-notice') !== null || document.activeElement === document.body)).toBe(true);
    }
    // Presses on the floor's rooms and on the queue beneath the notice open nothing.
    const viewport = page.viewportSize()!;
    for (const [x, y] of [
      [viewport.width * 0.2, viewport.height * 0.5],
      [viewport.width * 0.5, viewport.height * 0.3],
      [viewport.width * 0.85, viewport.height * 0.3],
    ] as const) {
      await page.mouse.click(x, y);
    }
    expect(await page.locator('[role="dialog"].station').count()).toBe(0);
    await notice.getByRole('button', { name: 'Open the debrief' }).press('Enter');
    await waitForScene(page, SceneKeys.Debrief);
    expect(await page.locator('.closing-notice').count()).toBe(0);
  });
});
