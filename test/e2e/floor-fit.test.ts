/**
 * The floor on a school laptop's screen: at 1280×720 and at 1366×768 (the playtest's, where
 * providers' names lay over each other and over patients' badges), no provider's name tag,
 * patient's badge or patient's name tag covers another's, and none of them lies outside the
 * floor or under the HUD's side panel. Checked on the bounding boxes of what the canvas
 * draws, in the page's pixels, at the moments of the expert's day when a provider starts
 * seeing a patient (the providers stand in the exam rooms beside them) and when the first
 * patients are on the floor (both providers at their workstation), on the bundled days with
 * the most patients, the smallest exam rooms (two rows) and the widest providers' names.
 *
 * The expert plays the day in Node; its actions are replayed into the page through the test
 * hook, with reduced motion so everyone stands where the plan put them.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SceneKeys } from '../../scenes/keys';
import { loadScenario, playDayForPeak, replayInPage, startPausedDay } from '../../scripts/busy-day';
import type { Scenario } from '../../src/scenario/scenario.schema';
import { Session, type ActionLogEntry } from '../../src/session/session';
import { openGamePage, type GamePage } from './support/browser';
import { nextFrames } from './support/screens';

const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
] as const;
/** The moments of a day looked at: the first patients on the floor, then each new provider's visit, up to this many. */
const MOMENTS = 5;

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** One thing the floor draws with words on it, in the page's pixels. */
interface Drawn {
  /** Whose it is: a patient's id, or a provider's texture key. */
  readonly owner: string;
  readonly part: 'badge' | 'name' | 'provider name';
  readonly box: Box;
}

function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The badges and name tags the floor draws now, in the page's pixels (the canvas scales the game's 1280×720 to the window). */
function drawnParts(page: Page): Promise<{ parts: Drawn[]; floor: Box; side: Box }> {
  return page.evaluate((key) => {
    const scene = window.__clinic!.game.scene.getScene(key);
    const canvas = window.__clinic!.game.canvas.getBoundingClientRect();
    const scale = canvas.width / window.__clinic!.game.scale.gameSize.width;
    const toPage = (box: { x: number; y: number; width: number; height: number }) => ({ x: canvas.x + box.x * scale, y: canvas.y + box.y * scale, width: box.width * scale, height: box.height * scale });
    type Token = { visible: boolean; x: number; y: number; patientId: string; list: { getBounds(): { x: number; y: number; width: number; height: number } }[]; size: { nameWidth: number; nameHeight: number } };
    type Figure = { visible: boolean; type: string; x: number; y: number; texture: { key: string }; getBounds(): { x: number; y: number; width: number; height: number } };
    const parts: { owner: string; part: 'badge' | 'name' | 'provider name'; box: { x: number; y: number; width: number; height: number } }[] = [];
    for (const object of scene.children.list as unknown[]) {
      if ((object as { visible: boolean }).visible !== true) continue;
      if (typeof object === 'object' && object !== null && 'patientId' in object) {
        const token = object as Token;
        const badge = token.list[2]!.getBounds();
        parts.push({ owner: token.patientId, part: 'badge', box: toPage(badge) });
        parts.push({ owner: token.patientId, part: 'name', box: toPage({ x: token.x - token.size.nameWidth / 2, y: token.y + 24, width: token.size.nameWidth, height: token.size.nameHeight }) });
        continue;
      }
      const figure = object as Figure;
      if (figure.type !== 'Image' || !figure.texture.key.startsWith('provider|')) continue;
      // The provider's name tag: the baked image below the figure (which stands on its point).
      const whole = figure.getBounds();
      parts.push({ owner: figure.texture.key, part: 'provider name', box: toPage({ x: whole.x, y: figure.y + 24, width: whole.width, height: whole.y + whole.height - figure.y - 24 }) });
    }
    const side = document.querySelector('.hud-side')!.getBoundingClientRect();
    return { parts, floor: toPage({ x: 16, y: 76, width: 876, height: 628 }), side: { x: side.x, y: side.y, width: side.width, height: side.height } };
  }, SceneKeys.ClinicFloor);
}

/** What is wrong with the drawn parts: any two of different owners that overlap, any outside the floor or under the side panel. */
function problems(parts: readonly Drawn[], floor: Box, side: Box, where: string): string[] {
  const found: string[] = [];
  parts.forEach((part, index) => {
    const name = `${part.part} of ${part.owner}`;
    for (const other of parts.slice(index + 1)) {
      if (other.owner !== part.owner && intersects(part.box, other.box)) found.push(`${where}: the ${name} overlaps the ${other.part} of ${other.owner}`);
    }
    const inside = part.box.x >= floor.x - 0.5 && part.box.y >= floor.y - 0.5 && part.box.x + part.box.width <= floor.x + floor.width + 0.5 && part.box.y + part.box.height <= floor.y + floor.height + 0.5;
    if (!inside) found.push(`${where}: the ${name} leaves the floor`);
    if (intersects(part.box, side)) found.push(`${where}: the ${name} lies under the side panel`);
  });
  return found;
}

/** The minutes worth looking at in the expert's day: the first with a patient on the floor, then each at which a provider starts seeing a patient. */
function momentsOf(scenario: Scenario, seed: number, settings: Session['settings'], log: readonly ActionLogEntry[]): number[] {
  const session = Session.start(scenario, { seed, settings });
  const moments: number[] = [];
  let next = 0;
  let seen = new Set<string>();
  let anyone = false;
  for (let minute = session.minute + 1; !session.isOver && moments.length < MOMENTS; minute += 1) {
    while (next < log.length && log[next]!.minute < minute) {
      const entry = log[next]!;
      session.advanceTo(entry.minute);
      session.act(entry.patientId, entry.action);
      next += 1;
    }
    if (session.isOver) break;
    session.advanceTo(minute);
    const stages = scenario.patients.map((patient) => ({ id: patient.id, stage: session.stageOf(patient.id) }));
    const visits = new Set(stages.filter((patient) => patient.stage === 'with-provider').map((patient) => patient.id));
    const onFloor = stages.some((patient) => patient.stage !== undefined && patient.stage !== 'expected');
    if ((onFloor && !anyone) || [...visits].some((id) => !seen.has(id))) moments.push(minute);
    anyone ||= onFloor;
    seen = visits;
  }
  return moments;
}

describe.each(['flu-season', 'whole-day'])('The floor of %s on a laptop screen', (scenarioId) => {
  let game: GamePage;
  let scenario: Scenario;
  let moments: number[];
  let log: readonly ActionLogEntry[];

  beforeAll(async () => {
    scenario = await loadScenario(`scenarios/${scenarioId}.yaml`);
    game = await openGamePage(inject('gameUrl'), { viewport: VIEWPORTS[1], beforeLoad: (page) => page.emulateMedia({ reducedMotion: 'reduce' }) });
    const day = await startPausedDay(game.page, scenarioId);
    log = playDayForPeak(scenario, day, 'expert').log;
    moments = momentsOf(scenario, day.seed, day.settings, log);
  });

  afterAll(async () => {
    await game.close();
  });

  it('draws every provider’s name, patient’s badge and patient’s name clear of the others, on the floor and beside the side panel, at 1280×720 and 1366×768', async () => {
    const { page } = game;
    // The day looked at has providers seeing patients, and is looked at more than once.
    expect(moments.length).toBeGreaterThanOrEqual(3);
    const found: string[] = [];
    let replayed = 0;
    let providersSeeing = 0;
    for (const minute of moments) {
      const entries = log.slice(replayed).filter((entry) => entry.minute < minute);
      replayed += entries.length;
      await replayInPage(page, entries, minute);
      await page.evaluate(() => window.__clinic!.refresh());
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport);
        await nextFrames(page);
        const { parts, floor, side } = await drawnParts(page);
        expect(parts.filter((part) => part.part === 'provider name').length).toBe(scenario.providers.length);
        found.push(...problems(parts, floor, side, `${viewport.width}×${viewport.height} at minute ${minute}`));
      }
      providersSeeing = Math.max(providersSeeing, await page.evaluate(() => window.__clinic!.session()!.scenario.patients.filter((patient) => window.__clinic!.session()!.stageOf(patient.id) === 'with-provider').length));
    }
    expect(providersSeeing).toBeGreaterThan(0);
    expect(found).toEqual([]);
    expect(game.consoleErrors).toEqual([]);
  });
});
