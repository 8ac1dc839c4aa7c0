/**
 * The title screen, the briefing before a day and How to play, in the browser: what a fresh
 * browser offers, the list by difficulty, the per-day mode and timer, the clock standing
 * still until "Start the day" (from the title and from an assignment link), and a list
 * that stays usable with the settings open at every text size.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LogoAsset, SceneKeys } from '../../scenes/keys';
import { openGamePage, type GamePage } from './support/browser';
import { startFromBriefing } from './support/new-day';
import { type Box, boxOf, describePng, nextFrames, openDebrief, waitForScene } from './support/screens';

const ORIENTATION_ID = 'first-day';
const ORIENTATION_TITLE = 'First Day at Cedar Hollow';
/** The afternoon inbox day, whose title says it is an inbox day (its tag did; the playtest's title did not). */
const AFTERNOON_TITLE = 'An Afternoon at the Desk at Willow Creek: the Inbox';
const DEFAULT_SCENARIO_TITLE = 'A Short Morning at Maple Street';
const LOCKED_TITLE = 'Externship Check-off at Northfield';

/** Waits until the title scene runs: the page has loaded its assets and opened the picker. */
async function waitForTitleScene(page: Page): Promise<void> {
  await waitForScene(page, SceneKeys.Title);
  await page.getByRole('button', { name: 'New day' }).waitFor();
}

/** The running day's scenario, settings and clinic minute, or null when no day runs. */
function runningDay(page: Page): Promise<{ id: string; settings: { mode: string; timerEnabled: boolean }; minute: number; start: number } | null> {
  return page.evaluate(() => {
    const session = window.__clinic?.session();
    if (!session) return null;
    const [hours, minutes] = session.scenario.day.start.split(':').map(Number);
    return { id: session.scenario.id, settings: { ...session.settings }, minute: session.minute, start: (hours ?? 0) * 60 + (minutes ?? 0) };
  });
}

/** The open briefing (a form with "Start the day"). */
function briefing(page: Page) {
  return page.getByRole('form', { name: /./ }).filter({ has: page.getByRole('button', { name: 'Start the day' }) });
}

declare global {
  interface Window {
    /** Frames the game drew since the test last set it to 0. */
    framesDrawn?: number;
  }
}

describe('The title screen', () => {
  let game: GamePage;

  beforeAll(async () => {
    game = await openGamePage(inject('gameUrl'));
    await waitForTitleScene(game.page);
  });

  afterAll(async () => {
    await game?.close();
  });

  it('opens a fresh browser on the orientation day, selected and focused, and offers How to play', async () => {
    const { page } = game;
    expect(await page.getByRole('radio', { name: ORIENTATION_TITLE, exact: true }).isChecked()).toBe(true);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe(ORIENTATION_ID);
    const welcome = page.getByRole('region', { name: 'New to Clinic Day?' });
    expect(await welcome.isVisible()).toBe(true);
    expect(await welcome.getByRole('button', { name: 'Read How to play' }).isVisible()).toBe(true);
    expect(await welcome.locator('.title-welcome-text').textContent()).toBe(`The orientation day, ${ORIENTATION_TITLE}, is selected: untimed, with hints. Read How to play first: it takes two minutes.`);
  });

  it('says in the welcome which day is selected as the selection moves, never the orientation day when another is', async () => {
    const { page } = game;
    const text = page.getByRole('region', { name: 'New to Clinic Day?' }).locator('.title-welcome-text');
    await page.getByRole('radio', { name: AFTERNOON_TITLE, exact: true }).check();
    await expect.poll(() => text.textContent()).toBe(`${AFTERNOON_TITLE} is selected. The orientation day, ${ORIENTATION_TITLE}, is untimed, with hints: the one to start with. Read How to play first: it takes two minutes.`);
    expect(await text.textContent()).not.toContain(`${ORIENTATION_TITLE}, is selected`);
    await page.getByRole('radio', { name: ORIENTATION_TITLE, exact: true }).check();
    await expect.poll(() => text.textContent()).toMatch(/^The orientation day, .*, is selected: untimed, with hints\./);
  });

  it('lists the scenarios easiest first, each with its difficulty, its length and patient count', async () => {
    const { page } = game;
    const values = await page.getByRole('radio').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(values[0]).toBe(ORIENTATION_ID);
    const metas = await page.locator('label.scenario-option .scenario-meta').allInnerTexts();
    expect(metas.length).toBeGreaterThan(5);
    const rank: Record<string, number> = { Introductory: 0, Intermediate: 1, Advanced: 2 };
    const ranks = metas.map((meta) => {
      const match = /^(?:Quick · )?(Introductory|Intermediate|Advanced) · (?:A morning|An afternoon|A full day), \d\d:\d\d–\d\d:\d\d · \d+ patients?(?: · \d+ inbox items?)?$/.exec(meta);
      expect(match, meta).not.toBeNull();
      return rank[match?.[1] ?? ''] ?? -1;
    });
    expect(ranks).toEqual(ranks.toSorted((a, b) => a - b));
    expect(new Set(ranks).size).toBe(3);
    // An inbox day says so in its tag (the playtest read "3 patients" and took the afternoon for three visits).
    const afternoon = page.getByRole('radio', { name: AFTERNOON_TITLE, exact: true });
    expect(await page.locator(`[id="${await afternoon.getAttribute('aria-describedby')}"] .scenario-meta`).innerText()).toMatch(/ · 3 patients · \d+ inbox items$/);
  });

  it('keeps the instructor’s tools behind a link, apart from the trainee’s choices', async () => {
    const { page } = game;
    expect(await page.getByLabel('Import a scenario file (YAML or JSON)').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Copy assignment link' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Instructor tools' }).click();
    await page.getByRole('heading', { name: 'Instructor tools', level: 2 }).waitFor();
    expect(await page.getByLabel('Import a scenario file (YAML or JSON)').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Copy assignment link' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Back to the title' }).click();
    await page.getByRole('button', { name: 'New day' }).waitFor();
  });

  it('shows How to play from the title, and goes back to the scenarios', async () => {
    const { page } = game;
    await page.getByRole('button', { name: 'How to play', exact: true }).click();
    const howTo = page.getByRole('region', { name: 'How to play' });
    await howTo.waitFor();
    const tabs = howTo.getByRole('tab');
    expect(await tabs.allInnerTexts()).toEqual(['Your day', 'The floor and the queue', 'Stations', 'The clock and the speeds', 'Practice and assessment', 'Findings and the debrief']);
    expect(await howTo.getByRole('tabpanel').innerText()).toContain('Start the day');
    // By keyboard: Down goes to the next topic, End to the last.
    await tabs.first().focus();
    await page.keyboard.press('ArrowDown');
    expect(await howTo.getByRole('tabpanel').getByRole('heading', { level: 3 }).innerText()).toBe('The floor and the queue');
    await page.keyboard.press('End');
    expect(await howTo.getByRole('tabpanel').getByRole('heading', { level: 3 }).innerText()).toBe('Findings and the debrief');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Findings and the debrief');
    await page.getByRole('button', { name: 'Back to the scenarios' }).click();
    await page.getByRole('button', { name: 'New day' }).waitFor();
  });

  it('moves between scenarios with Up and Down, and Enter opens the chosen day’s briefing', async () => {
    const { page } = game;
    const radios = page.getByRole('radio');
    const values = await radios.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    const titles = await page.locator('label.scenario-option .scenario-title').allInnerTexts();
    const focusedValue = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value);
    await page.getByRole('radio', { name: ORIENTATION_TITLE, exact: true }).focus();

    await page.keyboard.press('ArrowDown');
    expect(await focusedValue()).toBe(values[1]);
    expect(await radios.nth(1).isChecked()).toBe(true);
    await page.keyboard.press('ArrowUp');
    expect(await focusedValue()).toBe(values[0]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: titles[1], level: 2 }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Start the day');
    expect(await runningDay(page)).toBeNull();
    await page.getByRole('button', { name: 'Back to the scenarios' }).click();
    expect(await page.getByRole('radio', { name: titles[1], exact: true }).isChecked()).toBe(true);
  });

  it('starts the orientation day untimed, as it declares, and nothing runs before "Start the day"', async () => {
    const { page } = game;
    await page.getByText(ORIENTATION_TITLE, { exact: true }).click();
    await page.getByRole('button', { name: 'New day' }).click();
    const panel = briefing(page);
    await panel.waitFor();
    expect(await panel.getByRole('heading', { level: 2 }).innerText()).toBe(ORIENTATION_TITLE);
    // The briefing lies clear of the game's name and its line on the canvas (the playtest saw it cover them).
    const titleRight = await page.evaluate((key) => {
      const scene = window.__clinic!.game.scene.getScene(key)!;
      const canvas = document.querySelector('#game canvas')!.getBoundingClientRect();
      const scale = canvas.width / scene.scale.gameSize.width;
      const rights = ['title-name', 'title-tagline'].map((name) => (scene.children.getByName(name) as unknown as { getBounds(): { right: number } }).getBounds().right);
      return canvas.left + Math.max(...rights) * scale;
    }, SceneKeys.Title);
    expect((await panel.boundingBox())!.x).toBeGreaterThanOrEqual(titleRight);
    expect(await panel.getByRole('checkbox', { name: /^Untimed/ }).isChecked()).toBe(true);
    expect(await panel.getByRole('radio', { name: 'Practice', exact: true }).isChecked()).toBe(true);
    const objectives = panel.getByRole('region', { name: 'What you practise today' }).getByRole('listitem');
    expect(await objectives.count()).toBeGreaterThan(2);
    const scored = await panel.getByRole('region', { name: 'What is scored' }).innerText();
    for (const part of ['Accuracy', 'Throughput']) expect(scored).toContain(part);
    const passes = await panel.getByRole('region', { name: 'How the day passes' }).innerText();
    for (const part of ['critical finding fails the day', 'Every visit must be finished', 'pass mark of 70']) expect(passes).toContain(part);
    // Reading the briefing takes as long as it takes: no day exists yet, so no clock runs.
    await page.waitForTimeout(3000);
    expect(await runningDay(page)).toBeNull();
    expect(await page.evaluate((key) => window.__clinic?.game.scene.isActive(key), SceneKeys.Title)).toBe(true);

    await panel.getByRole('button', { name: 'Start the day' }).click();
    await waitForScene(page, SceneKeys.ClinicFloor);
    const day = await runningDay(page);
    expect(day?.id).toBe(ORIENTATION_ID);
    expect(day?.settings).toEqual({ mode: 'practice', timerEnabled: false });
    expect(await page.getByRole('button', { name: 'Next event', exact: true }).isVisible()).toBe(true);
  });

  it('starts a timed day’s clock only at "Start the day", and keeps a timer changed on the briefing for that day only', async () => {
    const { page } = game;
    await page.getByRole('button', { name: 'End day' }).click();
    await page.getByRole('dialog', { name: 'End the day now?' }).getByRole('button', { name: 'End day' }).click();
    await openDebrief(page);
    await page.getByRole('button', { name: 'Choose another' }).click();
    await waitForTitleScene(page);

    await page.getByText(DEFAULT_SCENARIO_TITLE, { exact: true }).click();
    await page.getByRole('button', { name: 'New day' }).click();
    const panel = briefing(page);
    await panel.waitFor();
    // The default morning is timed; at 1× two real seconds are a clinic minute, so a clock
    // running behind the briefing would be two minutes on after four seconds.
    expect(await panel.getByRole('checkbox', { name: /^Untimed/ }).isChecked()).toBe(false);
    await page.waitForTimeout(4000);
    await panel.getByRole('button', { name: 'Start the day' }).click();
    await waitForScene(page, SceneKeys.ClinicFloor);
    const started = await runningDay(page);
    expect(started?.settings).toEqual({ mode: 'practice', timerEnabled: true });
    expect((started?.minute ?? Number.NaN) - (started?.start ?? 0)).toBeLessThanOrEqual(1);

    await page.getByRole('button', { name: 'End day' }).click();
    await page.getByRole('dialog', { name: 'End the day now?' }).getByRole('button', { name: 'End day' }).click();
    await openDebrief(page);
    await page.getByRole('button', { name: 'Retry this scenario' }).click();
    await briefing(page).waitFor();
    await startFromBriefing(page, { timer: 'untimed' });
    await waitForScene(page, SceneKeys.ClinicFloor);
    expect((await runningDay(page))?.settings).toEqual({ mode: 'practice', timerEnabled: false });

    // The choice was for that day: the next visit's briefing offers the scenario's own again.
    await page.reload({ waitUntil: 'load' });
    await waitForTitleScene(page);
    await page.getByText(DEFAULT_SCENARIO_TITLE, { exact: true }).click();
    await page.getByRole('button', { name: 'New day' }).click();
    await briefing(page).waitFor();
    expect(await briefing(page).getByRole('checkbox', { name: /^Untimed/ }).isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Back to the scenarios' }).click();
  });

  it('shows a locked scenario’s mode and timer without offering them', async () => {
    const { page } = game;
    await page.getByText(LOCKED_TITLE, { exact: true }).click();
    await page.getByRole('button', { name: 'New day' }).click();
    const panel = briefing(page);
    await panel.waitFor();
    expect(await panel.getByRole('radio', { name: 'Practice', exact: true }).count()).toBe(0);
    expect(await panel.getByRole('checkbox', { name: /^Untimed/ }).count()).toBe(0);
    expect(await panel.innerText()).toContain('Your instructor set this day: assessment, timed.');
    await panel.getByRole('button', { name: 'Back to the scenarios' }).click();
  });

  it('offers the trainee’s settings, which hold no mode or timer', async () => {
    const { page } = game;
    await page.locator('summary.settings-summary').click();
    for (const name of ['1×', '2×', '4×']) expect(await page.getByRole('radio', { name, exact: true }).isEnabled()).toBe(true);
    for (const name of ['Sound', 'Reduced motion']) expect(await page.getByRole('checkbox', { name }).isVisible()).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Text size' }).isVisible()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Assessment', exact: true }).count()).toBe(0);
    expect(await page.getByRole('checkbox', { name: /Untimed/ }).count()).toBe(0);
  });

  it('draws the title art on the canvas', async () => {
    const { page } = game;
    const box = await page.locator('#game canvas').boundingBox();
    expect(box).not.toBeNull();
    if (!box) return;
    expect(box.width / box.height).toBeCloseTo(16 / 9, 1);
    // Let the game loop present at least two frames after the scene's create().
    await nextFrames(page);
    // The left half of the canvas: the logo, the name and the clinic, outside the HTML panel.
    const png = await page.screenshot({ clip: { x: box.x, y: box.y, width: box.width / 2, height: box.height } });
    const { distinctColours, shareUnlikeCorner } = describePng(png);
    expect(distinctColours).toBeGreaterThan(32);
    expect(shareUnlikeCorner).toBeGreaterThan(0.1);
    // The logo (the favicon's art, `LogoAsset`) loaded as a texture of its own size, not Phaser's stand-in for a missing file.
    const logo = await page.evaluate((key) => {
      const textures = window.__clinic?.game.textures;
      const source = textures?.exists(key) ? textures.get(key).getSourceImage() : null;
      return source ? { width: source.width, height: source.height } : null;
    }, LogoAsset.key);
    expect(logo).toEqual({ width: LogoAsset.width, height: LogoAsset.height });
  });

  it('draws no frames while the title is still, and draws again as soon as the trainee moves the pointer', async () => {
    const { page } = game;
    const asleep = () => page.waitForFunction(() => window.__clinic?.game.loop.running === false);
    await asleep();
    await page.evaluate(() => {
      window.framesDrawn = 0;
      window.__clinic?.game.events.on('postrender', (renderer: unknown) => renderer && (window.framesDrawn = (window.framesDrawn ?? 0) + 1));
    });
    // Asleep, the loop draws one frame a second at most (its safety net): none are wasted on a still picture.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => window.framesDrawn)).toBeLessThanOrEqual(1);
    await page.evaluate(() => (window.framesDrawn = 0));
    await page.mouse.move(200, 200);
    await page.waitForFunction(() => (window.framesDrawn ?? 0) >= 2);
    // Still again after the pointer stops.
    await asleep();
  });

  it('logs no console errors', () => {
    expect(game.consoleErrors).toEqual([]);
  });

  it('requests nothing outside its own origin', () => {
    expect(game.foreignRequests).toEqual([]);
  });
});

describe('The title before the game has loaded', () => {
  it('is usable while Phaser is still on its way: a day can be chosen and started, and starts once the game has loaded', async () => {
    // Phaser (most of the game's bytes) is held back, as a slow school network would.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let releaseBriefing: () => void = () => {};
    const briefingHeld = new Promise<void>((resolve) => (releaseBriefing = resolve));
    const game = await openGamePage(inject('gameUrl'), {
      beforeLoad: async (page) => {
        await page.route(/\/assets\/phaser-[^/]*\.js$/, async (route) => {
          await held;
          await route.continue();
        });
        // The briefing's code too, until the screen has been seen saying it is on its way.
        await page.route(/\/assets\/briefing-panel-[^/]*\.js$/, async (route) => {
          await briefingHeld;
          await route.continue();
        });
      },
    });
    try {
      const { page } = game;
      await page.getByText(ORIENTATION_TITLE, { exact: true }).click();
      await page.getByRole('button', { name: 'New day' }).click();
      // Never a blank screen after a press: a note stands where the briefing will open.
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Loading the day’s briefing' }).count()).toBe(1);
      releaseBriefing();
      const panel = briefing(page);
      await panel.waitFor();
      expect(await page.getByText('Loading the day’s briefing').count()).toBe(0);
      await panel.getByRole('button', { name: 'Start the day' }).click();
      // No game yet: the choice waits for it, on the briefing, which says so.
      expect(await page.evaluate(() => window.__clinic === undefined)).toBe(true);
      expect(await panel.getByRole('status').innerText()).toMatch(/still loading/);
      release();
      await waitForScene(page, SceneKeys.ClinicFloor);
      expect((await runningDay(page))?.id).toBe(ORIENTATION_ID);
      expect(await panel.count()).toBe(0);
      expect(game.consoleErrors).toEqual([]);
    } finally {
      release();
      releaseBriefing();
      await game.close();
    }
  });
});

describe('An assignment link', () => {
  it('opens the orientation day’s briefing, untimed, and starts its day only at "Start the day"', async () => {
    const game = await openGamePage(new URL(`?scenario=${ORIENTATION_ID}`, inject('gameUrl')).href);
    try {
      const { page } = game;
      await waitForScene(page, SceneKeys.Title);
      const panel = briefing(page);
      await panel.waitFor();
      expect(await panel.getByRole('heading', { level: 2 }).innerText()).toBe(ORIENTATION_TITLE);
      expect(await panel.getByRole('checkbox', { name: /^Untimed/ }).isChecked()).toBe(true);
      await page.waitForTimeout(2000);
      expect(await runningDay(page)).toBeNull();
      await panel.getByRole('button', { name: 'Start the day' }).click();
      await waitForScene(page, SceneKeys.ClinicFloor);
      expect((await runningDay(page))?.settings).toEqual({ mode: 'practice', timerEnabled: false });
      expect(game.consoleErrors).toEqual([]);
    } finally {
      await game.close();
    }
  });
});

/** The HUD's speed button pressed now: the speed the day's clock runs at. */
function hudSpeed(page: Page): Promise<string[]> {
  return page.locator('.hud-speed[aria-pressed="true"]').allInnerTexts();
}

/** Ends the day from the HUD and goes back to the title. */
async function endDayToTitle(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'End day' }).click();
  await page.getByRole('dialog', { name: 'End the day now?' }).getByRole('button', { name: 'End day' }).click();
  await openDebrief(page);
  await page.getByRole('button', { name: 'Choose another' }).click();
  await waitForTitleScene(page);
}

/**
 * How to play, the settings at each size and text size, and the speed a new day starts at:
 * none needs a browser fresh from the start, so they share one page, in turn (the window
 * resized to each size a test is about, the text size put back to Normal after).
 */
describe('How to play, the settings and the starting speed, on one page', () => {
  let game: GamePage;

  beforeAll(async () => {
    game = await openGamePage(inject('gameUrl'));
    await waitForTitleScene(game.page);
  });

  afterAll(async () => {
    await game?.close();
  });

  it('shows every topic of How to play whole at 1280×720 and 1366×768, none cut off at the panel’s edge', async () => {
    const { page } = game;
    await page.getByRole('button', { name: 'How to play', exact: true }).click();
    const howTo = page.getByRole('region', { name: 'How to play' });
    const tabs = howTo.getByRole('tab');
    // The panel loads when first asked for.
    await tabs.first().waitFor();
    expect(await tabs.count()).toBe(6);
    const cut: string[] = [];
    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 1366, height: 768 },
    ]) {
      await page.setViewportSize(viewport);
      for (let index = 0; index < (await tabs.count()); index += 1) {
        await tabs.nth(index).click();
        // The topic's text against the box it shows in: nothing past its bottom or right edge, and the box inside the window.
        const fit = await howTo.getByRole('tabpanel').evaluate((topic) => {
          const box = topic.getBoundingClientRect();
          return { overflowY: topic.scrollHeight - topic.clientHeight, overflowX: topic.scrollWidth - topic.clientWidth, bottom: box.bottom, right: box.right, width: window.innerWidth, height: window.innerHeight };
        });
        if (fit.overflowY > 1 || fit.overflowX > 1 || fit.bottom > fit.height || fit.right > fit.width) cut.push(`${viewport.width}×${viewport.height} ${await tabs.nth(index).innerText()}: ${JSON.stringify(fit)}`);
      }
    }
    expect(cut).toEqual([]);
    await page.getByRole('button', { name: 'Back to the scenarios' }).click();
    await page.getByRole('button', { name: 'New day' }).waitFor();
  });

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1366, height: 768 },
  ]) {
    it(`finds the settings from the top of the title at ${viewport.width}×${viewport.height}, and keeps the text size where it was as it changes (the playtest: at the list's foot, then jumped away)`, async () => {
      const { page } = game;
      await page.setViewportSize(viewport);
      await page.locator('details.settings-details').evaluate((node) => ((node as HTMLDetailsElement).open = false));
      await page.locator('.scenario-picker-body').evaluate((node) => node.scrollTo(0, 0));
      const inWindow = (box: Box) => box.y >= 0 && box.y + box.height <= viewport.height;
      const reveal = page.locator('.scenario-picker-top').getByRole('button', { name: 'Settings', exact: true });
      expect(inWindow(await boxOf(reveal))).toBe(true);
      await reveal.click();
      const select = page.getByRole('combobox', { name: 'Text size' });
      const problems: string[] = [];
      const inBody = async (where: string) => {
        const body = await boxOf(page.locator('.scenario-picker-body'));
        const box = await boxOf(select);
        if (!inWindow(box) || box.y < body.y - 1 || box.y + box.height > body.y + body.height + 1) problems.push(`${where}: the text size at y ${Math.round(box.y)}, the list ${Math.round(body.y)}..${Math.round(body.y + body.height)}`);
        return box.y;
      };
      await inBody('opened');
      expect(await page.evaluate(() => document.activeElement?.classList.contains('settings-summary'))).toBe(true);
      for (const size of ['Larger', 'Large', 'Normal']) {
        const before = await inBody(`before ${size}`);
        await select.selectOption({ label: size });
        await nextFrames(page);
        const after = await inBody(`after ${size}`);
        // Where it was, under the pointer that chose; or, where the larger text leaves the list less room, moved the least that shows it whole.
        const body = await boxOf(page.locator('.scenario-picker-body'));
        const kept = Math.min(before, body.y + body.height - (await boxOf(select)).height);
        // Smaller text shortens the list: scrolled to its end, it can hold the control no higher.
        const atEnd = await page.locator('.scenario-picker-body').evaluate((node) => node.scrollTop >= node.scrollHeight - node.clientHeight - 1);
        if (Math.abs(after - kept) > 2 && !(atEnd && after > kept)) problems.push(`${size}: the text size moved from y ${Math.round(before)} to ${Math.round(after)}, not ${Math.round(kept)}`);
      }
      expect(problems).toEqual([]);
    });
  }

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1024, height: 768 },
  ]) {
    it(`keeps the scenario list usable and the instructor link whole at ${viewport.width}×${viewport.height} with the settings open, at every text size`, async () => {
      const { page } = game;
      await page.setViewportSize(viewport);
      const settings = page.locator('details.settings-details');
      if (!(await settings.evaluate((node) => (node as HTMLDetailsElement).open))) await page.locator('summary.settings-summary').click();
      for (const size of ['Normal', 'Large', 'Larger']) {
        await page.getByRole('combobox', { name: 'Text size' }).selectOption({ label: size });
        await nextFrames(page);
        const boxes = await page.evaluate(() => {
          const buttons = [...document.querySelectorAll('button')];
          const [panel, body, link, newDay] = [
            document.querySelector('.scenario-picker'),
            document.querySelector('.scenario-picker-body'),
            buttons.find((node) => node.textContent === 'Instructor tools'),
            buttons.find((node) => node.textContent === 'New day'),
          ].map((node) => node?.getBoundingClientRect().toJSON() as { top: number; bottom: number; left: number; right: number; height: number } | undefined);
          const options = [...document.querySelectorAll<HTMLElement>('label.scenario-option')];
          return {
            panel,
            body,
            link,
            newDay,
            clippedOptions: options.filter((option) => option.scrollHeight > option.clientHeight + 1).length,
            optionCount: options.length,
            viewport: { width: window.innerWidth, height: window.innerHeight },
          };
        });
        const where = `${viewport.width}×${viewport.height}, ${size} text`;
        const { panel, body, link, newDay } = boxes;
        if (!panel || !body || !link || !newDay) throw new Error(`the title's panel is incomplete at ${where}`);
        expect(boxes.viewport, where).toEqual(viewport);
        // The scrolling part shows more than a line: at least one whole scenario and the next one's title.
        expect(body.height, where).toBeGreaterThan(140);
        expect(boxes.clippedOptions, where).toBe(0);
        expect(boxes.optionCount, where).toBeGreaterThan(5);
        for (const [name, control] of [
          ['the instructor link', link],
          ['New day', newDay],
        ] as const) {
          expect(control.top, `${name} at ${where}`).toBeGreaterThanOrEqual(panel.top);
          expect(control.bottom, `${name} at ${where}`).toBeLessThanOrEqual(panel.bottom);
          expect(control.left, `${name} at ${where}`).toBeGreaterThanOrEqual(panel.left);
          expect(control.right, `${name} at ${where}`).toBeLessThanOrEqual(panel.right);
          expect(control.bottom, `${name} at ${where}`).toBeLessThanOrEqual(boxes.viewport.height);
        }
        // Every scenario can still be chosen: the last one scrolls into view and takes a click.
        const last = page.locator('label.scenario-option').last();
        await last.click();
        expect(await last.locator('input').isChecked(), where).toBe(true);
      }
      await page.getByRole('combobox', { name: 'Text size' }).selectOption({ label: 'Normal' });
      expect(game.consoleErrors).toEqual([]);
    });
  }

  it('starts each day at the speed the chooser shows, whatever speed the last day ended at', async () => {
    const { page } = game;
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByText(DEFAULT_SCENARIO_TITLE, { exact: true }).click();
    await page.getByRole('button', { name: 'New day' }).click();
    expect(await briefing(page).getByRole('radio', { name: '1×', exact: true }).isChecked()).toBe(true);
    await startFromBriefing(page);
    await waitForScene(page, SceneKeys.ClinicFloor);
    expect(await hudSpeed(page)).toEqual(['1×']);
    // During the day the trainee runs the clock at 4×: that day only.
    await page.getByRole('button', { name: 'Speed 4×' }).click();
    expect(await hudSpeed(page)).toEqual(['4×']);
    await endDayToTitle(page);

    // The title's chooser and the next briefing show 1×, and the next day runs at 1×.
    expect(await page.locator('input[name="speed"]:checked').inputValue()).toBe('1');
    await page.getByText(DEFAULT_SCENARIO_TITLE, { exact: true }).click();
    await page.getByRole('button', { name: 'New day' }).click();
    const chooser = briefing(page).getByRole('group', { name: 'Clock speed' });
    expect(await chooser.getByRole('radio', { name: '1×', exact: true }).isChecked()).toBe(true);
    // Chosen on the briefing: the day starts at it, and the title shows it afterwards.
    await chooser.getByRole('radio', { name: '2×', exact: true }).check();
    await startFromBriefing(page);
    await waitForScene(page, SceneKeys.ClinicFloor);
    expect(await hudSpeed(page)).toEqual(['2×']);
    await page.getByRole('button', { name: 'Speed 0.5×' }).click();
    await endDayToTitle(page);
    expect(await page.locator('input[name="speed"]:checked').inputValue()).toBe('2');
    expect(game.consoleErrors).toEqual([]);
  });
});

describe('A long briefing at the larger text size', () => {
  let game: GamePage;

  beforeAll(async () => {
    game = await openGamePage(inject('gameUrl'), { viewport: { width: 1280, height: 720 } });
    await waitForScene(game.page, SceneKeys.Title);
  });

  afterAll(async () => {
    await game?.close();
  });

  it('shows that the day’s details scroll: a shadow where more lies below (the playtest at 1.25 took “What you practise today” for empty)', async () => {
    const { page } = game;
    await page.evaluate(() => (document.documentElement.style.fontSize = '125%'));
    await page.getByText('A Full Day at Willow Creek', { exact: true }).click();
    await page.getByRole('button', { name: 'New day' }).click();
    const body = briefing(page).locator('.briefing-body');
    await body.waitFor();
    const seen = await body.evaluate((node) => ({ scrolls: node.scrollHeight > node.clientHeight + 1, background: getComputedStyle(node).backgroundImage, attachment: getComputedStyle(node).backgroundAttachment }));
    expect(seen.scrolls).toBe(true);
    // The covers scroll with the content ("local") and the shadows stay at the edges ("scroll"): the bottom shadow shows while more lies below.
    expect(seen.background).toMatch(/radial-gradient.*radial-gradient/);
    expect(seen.attachment.split(',').map((part) => part.trim())).toEqual(['local', 'local', 'scroll', 'scroll']);
  });
});
