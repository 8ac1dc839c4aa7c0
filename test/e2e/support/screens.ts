/**
 * Helpers the browser tests share: waiting for a scene through the test hook, telling a
 * screenshot with real content from a blank one, and an element's box on the page.
 */
import { PNG } from 'pngjs';
import type { Frame, Locator, Page } from 'playwright-core';
import { SceneKeys, type SceneKey } from '../../../scenes/keys';

/** How long a slow machine may take to load the game or switch scenes. */
export const READY_TIMEOUT_MS = 120_000;

/** The school laptops' screens every fit test checks: 1280×720 and 1366×768. */
export const LAPTOP_SCREENS = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
] as const;

/** The bundled default day's title on the scenario list. */
export const WHOLE_DAY_TITLE = 'A Full Day at Willow Creek';

/** Waits until the scene with `key` runs. */
export async function waitForScene(page: Page, key: SceneKey): Promise<void> {
  await page.waitForFunction((sceneKey) => window.__clinic?.game.scene.isActive(sceneKey) === true, key, { timeout: READY_TIMEOUT_MS });
}

/**
 * Opens the debrief as a trainee does at closing time: presses "Open the debrief" on the
 * closing notice (which waits for them), then waits until the debrief runs. A day whose
 * debrief opened without the notice (none to press) is waited for alone.
 */
export async function openDebrief(page: Page | Frame): Promise<void> {
  await page.waitForFunction(
    (sceneKey) => window.__clinic?.game.scene.isActive(sceneKey) === true || document.querySelector('dialog.closing-notice[open]') !== null,
    SceneKeys.Debrief,
    { timeout: READY_TIMEOUT_MS },
  );
  const button = page.locator('dialog.closing-notice[open]').getByRole('button', { name: 'Open the debrief' });
  if ((await button.count()) > 0) await button.click();
  await page.waitForFunction((sceneKey) => window.__clinic?.game.scene.isActive(sceneKey) === true, SceneKeys.Debrief, { timeout: READY_TIMEOUT_MS });
}

/** The number of distinct RGB colours in a PNG, and the share of pixels unlike its corner pixel. */
export function describePng(png: Buffer): { distinctColours: number; shareUnlikeCorner: number } {
  const image = PNG.sync.read(png);
  const colours = new Set<number>();
  const { data } = image;
  const corner = ((data[0] ?? 0) << 16) | ((data[1] ?? 0) << 8) | (data[2] ?? 0);
  let unlikeCorner = 0;
  for (let offset = 0; offset < data.length; offset += 4) {
    const colour = ((data[offset] ?? 0) << 16) | ((data[offset + 1] ?? 0) << 8) | (data[offset + 2] ?? 0);
    colours.add(colour);
    if (colour !== corner) unlikeCorner += 1;
  }
  return { distinctColours: colours.size, shareUnlikeCorner: unlikeCorner / (image.width * image.height) };
}

/** Lets the game loop present two more frames. */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** An element's box on the page, in CSS pixels. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The element's box on the page; throws when it is not laid out (hidden or detached). */
export async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('the element is not laid out');
  return box;
}

/** What a control's description says (`aria-describedby`): the text of the elements it names, as a screen reader reads it after the name. */
export function descriptionOf(control: Locator): Promise<string> {
  return control.evaluate((node) =>
    (node.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim(),
  );
}

/**
 * The cells and headings of an appointment book (a table) that a trainee cannot read whole:
 * words that run past the cell's box (wider or taller than it shows), or a word broken
 * across lines ("B / oo / ok" in a column too narrow for it). Each as its date, time and text.
 * `cells` picks other parts to read the same way (a panel's headings, lines and buttons, a station's done marks, a note).
 */
export function unreadableCells(table: Locator, cells = 'td, th'): Promise<string[]> {
  return table.evaluate((root, selector) =>
    [...root.querySelectorAll<HTMLElement>(selector)].flatMap((cell) => {
      const runsPast = cell.scrollWidth > cell.clientWidth + 1 || cell.scrollHeight > cell.clientHeight + 1;
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      let broken = false;
      for (let node = walker.nextNode(); node !== null && !broken; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const word of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          // A word on one line may come as several boxes (one per run of glyphs); on two lines, a box starts below the first one's middle.
          const boxes = [...range.getClientRects()].filter((rect) => rect.width > 0);
          if (boxes.some((box) => box.top > boxes[0]!.top + boxes[0]!.height / 2)) broken = true;
        }
      }
      return runsPast || broken ? [`${cell.dataset.date ?? ''} ${cell.dataset.time ?? ''} “${cell.innerText.replace(/\s+/g, ' ')}”${broken ? ' (a word broken)' : ''}`] : [];
    }),
    cells,
  );
}
