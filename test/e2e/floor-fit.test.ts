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
 * hook, with reduced motion so everyone stands where the plan put them. Below: the desk's queue
 * beside the ECG bed, and a patient sent on by the provider walking out with an alert.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SceneKeys } from '../../scenes/keys';
import { areaLabels, floorLayout, workstationBox, type Area, type AreaLabel } from '../../scenes/floor-layout';
import { FontStack } from '../../scenes/theme';
import { loadScenario, playDayForPeak, replayInPage, startPausedDay } from '../../scripts/busy-day';
import type { Scenario } from '../../src/scenario/scenario.schema';
import { Session, type ActionLogEntry } from '../../src/session/session';
import type { TraineeAction } from '../../src/clinic/trainee-action';
import { dayView } from '../../src/session/day-view';
import { expertTrainee } from '../../src/trainees/expert-trainee';
import { openGamePage, type GamePage } from './support/browser';
import { endDayToTitle } from './support/new-day';
import { nextFrames } from './support/screens';

/** Where the queue beside the ECG bed is screenshotted, to look at. */
const SCREENS = '/tmp/floor-fit-screens';
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
function drawnParts(page: Page, labels: readonly AreaLabel[] = []): Promise<{ parts: Drawn[]; floor: Box; side: Box; labels: Box[]; figures: { owner: string; box: Box }[] }> {
  return page.evaluate(({ key, names, font }) => {
    const scene = window.__clinic!.game.scene.getScene(key);
    const canvas = window.__clinic!.game.canvas.getBoundingClientRect();
    const scale = canvas.width / window.__clinic!.game.scale.gameSize.width;
    const toPage = (box: { x: number; y: number; width: number; height: number }) => ({ x: canvas.x + box.x * scale, y: canvas.y + box.y * scale, width: box.width * scale, height: box.height * scale });
    type Token = { visible: boolean; onFloor: boolean; x: number; y: number; patientId: string; list: { getBounds(): { x: number; y: number; width: number; height: number } }[]; size: { nameWidth: number; nameHeight: number } };
    type Figure = { visible: boolean; type: string; x: number; y: number; texture: { key: string }; getBounds(): { x: number; y: number; width: number; height: number } };
    const parts: { owner: string; part: 'badge' | 'name' | 'provider name'; box: { x: number; y: number; width: number; height: number } }[] = [];
    for (const object of scene.children.list as unknown[]) {
      if ((object as { visible: boolean }).visible !== true) continue;
      if (typeof object === 'object' && object !== null && 'patientId' in object) {
        const token = object as Token;
        // A patient walking out shows neither badge nor name.
        if (!token.onFloor) continue;
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
    // Each area's name as the floor draws it (floor-art.ts: bold capitals, 12 px, letter spacing 1.5), measured here.
    const labelBoxes = names.map((label) => {
      const text = (scene as unknown as { make: { text(config: object, add: boolean): { width: number; height: number; setLetterSpacing(spacing: number): { width: number; height: number; destroy(): void } } } }).make
        .text({ x: 0, y: 0, text: label.text.toUpperCase(), style: { fontFamily: font, fontSize: '12px', fontStyle: 'bold' } }, false)
        .setLetterSpacing(1.5);
      const box = toPage({ x: label.x, y: label.y, width: text.width, height: text.height });
      text.destroy();
      return box;
    });
    const figures = (scene.children.list as unknown[])
      .filter((object): object is { visible: boolean; x: number; y: number; patientId: string; onFloor: boolean } => typeof object === 'object' && object !== null && 'patientId' in object && (object as unknown as { onFloor: boolean }).onFloor)
      .map((token) => ({ owner: token.patientId, box: toPage({ x: token.x - 21, y: token.y - 21, width: 42, height: 45 }) }));
    return { parts, floor: toPage({ x: 16, y: 76, width: 876, height: 628 }), side: { x: side.x, y: side.y, width: side.width, height: side.height }, labels: labelBoxes, figures };
  }, { key: SceneKeys.ClinicFloor, names: labels, font: FontStack });
}

/** What covers an area's name: a patient's badge, name or figure, or a provider's name. */
function coveredLabels(found: Awaited<ReturnType<typeof drawnParts>>, labels: readonly AreaLabel[], where: string): string[] {
  const covering = [...found.parts.map((part) => ({ what: `${part.part} of ${part.owner}`, box: part.box })), ...found.figures.map((figure) => ({ what: `figure of ${figure.owner}`, box: figure.box }))];
  return found.labels.flatMap((label, index) => covering.filter((part) => intersects(part.box, label)).map((part) => `${where}: the ${part.what} covers the area name ${labels[index]!.text}`));
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

/** The laptop screen's page, shared by the busy days in turn: the second day is started from the title after "End day". */
let laptop: GamePage | null = null;

afterAll(async () => {
  await laptop?.close();
});

describe.each(['flu-season', 'whole-day'])('The floor of %s on a laptop screen', (scenarioId) => {
  let game: GamePage;
  let scenario: Scenario;
  let moments: number[];
  let log: readonly ActionLogEntry[];

  beforeAll(async () => {
    scenario = await loadScenario(`scenarios/${scenarioId}.yaml`);
    if (laptop === null) {
      laptop = await openGamePage(inject('gameUrl'), { viewport: VIEWPORTS[1], beforeLoad: (page) => page.emulateMedia({ reducedMotion: 'reduce' }) });
    } else {
      await laptop.page.setViewportSize(VIEWPORTS[1]);
      await endDayToTitle(laptop.page);
    }
    game = laptop;
    const day = await startPausedDay(game.page, scenarioId);
    log = playDayForPeak(scenario, day, 'expert').log;
    moments = momentsOf(scenario, day.seed, day.settings, log);
  });

  it('draws every provider’s name, patient’s badge and patient’s name clear of the others and of the areas’ names, on the floor and beside the side panel, at 1280×720 and 1366×768', async () => {
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
        const labels = areaLabels(floorLayout(scenario.clinic.examRooms));
        const drawn = await drawnParts(page, labels);
        const { parts, floor, side } = drawn;
        expect(parts.filter((part) => part.part === 'provider name').length).toBe(scenario.providers.length);
        const where = `${viewport.width}×${viewport.height} at minute ${minute}`;
        found.push(...problems(parts, floor, side, where), ...coveredLabels(drawn, labels, where));
      }
      providersSeeing = Math.max(providersSeeing, await page.evaluate(() => window.__clinic!.session()!.scenario.patients.filter((patient) => window.__clinic!.session()!.stageOf(patient.id) === 'with-provider').length));
    }
    expect(providersSeeing).toBeGreaterThan(0);
    expect(found).toEqual([]);
    expect(game.consoleErrors).toEqual([]);
  });
});

/** Each patient token's state: shown on the floor, walking out, or gone; with its badge's and name's visibility and its place. */
function tokens(page: Page): Promise<{ id: string; visible: boolean; onFloor: boolean; badge: boolean; x: number; y: number }[]> {
  return page.evaluate((key) => {
    const scene = window.__clinic!.game.scene.getScene(key);
    type Token = { visible: boolean; onFloor: boolean; x: number; y: number; patientId: string; list: { visible: boolean }[] };
    return (scene.children.list as unknown[])
      .filter((object): object is Token => typeof object === 'object' && object !== null && 'patientId' in object)
      .map((token) => ({ id: token.patientId, visible: token.visible, onFloor: token.onFloor, badge: token.list[2]!.visible, x: token.x, y: token.y }));
  }, SceneKeys.ClinicFloor);
}

describe('Patients leaving the floor', () => {
  let game: GamePage;

  beforeAll(async () => {
    // The busy days' page is done with: closed, so nothing else runs beside this page.
    await laptop?.close();
    laptop = null;
    // Motion on: the walk out is what the playtest saw.
    game = await openGamePage(inject('gameUrl'), { viewport: VIEWPORTS[0] });
    await startPausedDay(game.page, 'default-morning');
  });

  afterAll(async () => {
    await game.close();
  });

  it('takes a patient who left unseen off the floor and out of the queue, with no badge of a step she no longer waits for', async () => {
    const { page } = game;
    // Nobody checks anyone in: the clock runs to the first patient leaving unseen.
    const left = await page.evaluate(() => {
      const session = window.__clinic!.session()!;
      const leaving = () => session.record().timeline.find((entry) => entry.kind === 'left-unseen');
      // The floor draws each step, as the running clock would: patients come in, wait at the desk, and one gives up.
      while (!leaving() && session.waitForNextEvent()) window.__clinic!.refresh();
      const entry = leaving()!;
      return { id: entry.patientId!, name: session.scenario.patients.find((patient) => patient.id === entry.patientId)!.name.family };
    });
    await nextFrames(page);
    const leaver = (await tokens(page)).find((token) => token.id === left.id)!;
    expect(leaver.onFloor).toBe(false);
    expect(leaver.badge).toBe(false);
    expect(await page.locator('.hud-queue .queue-item', { hasText: left.name }).count()).toBe(0);
    // Out of the door, and gone.
    await expect.poll(async () => (await tokens(page)).find((token) => token.id === left.id)!.visible, { timeout: 30_000 }).toBe(false);
    expect(game.consoleErrors).toEqual([]);
  });

  it('draws at closing what the day says of each patient: those who left unseen after the trainee ended the day walk out and are gone, none still “Waiting to check in” (the playtests at 17:00), every name and badge apart', async () => {
    const { page } = game;
    await page.evaluate(() => {
      const session = window.__clinic!.session()!;
      // Patients arrive and wait: the floor fills.
      while (session.minute < 9 * 60 + 20 && session.waitForNextEvent()) {
        // Each step runs the clock to the next thing due.
      }
      window.__clinic!.refresh();
    });
    // Everyone at their place: no one moves between two looks.
    const still = async (): Promise<boolean> => {
      const first = JSON.stringify(await tokens(page));
      await nextFrames(page);
      return first === JSON.stringify(await tokens(page));
    };
    await expect.poll(still, { timeout: 30_000 }).toBe(true);
    const before = (await tokens(page)).filter((token) => token.onFloor);
    expect(before.length).toBeGreaterThan(1);
    // "End day": the rest of the day plays out at once, without the trainee.
    const gone = await page.evaluate((ids) => {
      const session = window.__clinic!.session()!;
      session.finish();
      window.__clinic!.refresh();
      return ids.filter((id) => ['left-unseen', 'done', 'rebooked'].includes(session.stageOf(id) ?? ''));
    }, before.map((token) => token.id));
    // Nobody was checked in: everyone waiting at the desk gave up before closing.
    expect(gone).toEqual(before.map((token) => token.id));
    await nextFrames(page);
    const leaving = await tokens(page);
    for (const id of gone) expect(leaving.find((token) => token.id === id), id).toMatchObject({ onFloor: false, badge: false });
    // Out of the door, and gone: the door is left clear.
    await expect.poll(async () => (await tokens(page)).filter((token) => token.visible).map((token) => token.id), { timeout: 30_000 }).toEqual([]);
    const { parts, floor, side } = await drawnParts(page);
    expect(problems(parts, floor, side, 'at closing')).toEqual([]);
  });
});

/**
 * The front desk's queue while a patient lies on the ECG bed (issue 19's fourth playtest at
 * 09:18: "Waiting to check in" under the bed, over its bay's wall). Douglas Whitaker is
 * checked in, roomed and taken to the bed by the expert; nobody else is seen, so the
 * morning's next patients queue at the desk. At both laptop sizes and at the normal and the
 * largest text, no badge, name or figure but his lies on the bay, the lab or the providers'
 * workstation, or on an area's name.
 */
describe('The front desk\'s queue beside the ECG bed', () => {
  const DOUGLAS = 'douglas-whitaker';

  for (const textSize of ['Normal', 'Larger'] as const) {
    it(`keeps two or more waiting to check in off the bay, the lab, the workstation and the areas' names, text ${textSize}, at 1280×720 and 1366×768`, async () => {
      const game = await openGamePage(inject('gameUrl'), { viewport: VIEWPORTS[1], beforeLoad: (page) => page.emulateMedia({ reducedMotion: 'reduce' }) });
      try {
        const { page } = game;
        await page.waitForFunction(() => window.__clinic?.game.scene.isActive('title') === true);
        page.setDefaultTimeout(30_000);
        const settings = page.locator('details.settings-details');
        if (!(await settings.evaluate((node) => (node as HTMLDetailsElement).open))) await page.locator('summary.settings-summary').click();
        await page.getByRole('combobox', { name: 'Text size' }).selectOption({ label: textSize });
        const scenario = await loadScenario('scenarios/whole-day.yaml');
        const day = await startPausedDay(page, 'whole-day');
        const mirror = Session.start(scenario, { seed: day.seed, settings: day.settings });
        const expert = expertTrainee();
        const areaOf = (id: string) => dayView(mirror).patients.find((patient) => patient.id === id)!.area;
        const queueing = () => dayView(mirror).patients.filter((patient) => patient.area === 'front-desk').length;
        await douglasOnlyUntil(page, mirror, expert, () => areaOf(DOUGLAS) === 'ecg-bed' && queueing() >= 2, () => areaOf(DOUGLAS) === 'ecg-bed');
        await page.evaluate(() => window.__clinic!.refresh());
        const layout = floorLayout(scenario.clinic.examRooms);
        const labels = areaLabels(layout);
        const walls: readonly (readonly [string, Area])[] = [['the ECG bay', layout.ecgBed], ['the lab', layout.lab], ['the workstation', workstationBox(layout)]];
        const found: string[] = [];
        let queued = 0;
        for (const viewport of VIEWPORTS) {
          await page.setViewportSize(viewport);
          await nextFrames(page);
          await nextFrames(page);
          mkdirSync(SCREENS, { recursive: true });
          await page.screenshot({ path: `${SCREENS}/desk-queue-ecg-bed-${viewport.width}x${viewport.height}-text-${textSize}.png` });
          const drawn = await drawnParts(page, labels);
          const where = `${viewport.width}×${viewport.height}, text ${textSize}`;
          // The floor's own boxes in the page's pixels, as drawnParts scales the floor.
          const scale = drawn.floor.width / 876;
          const toPage = (box: Area) => ({ x: drawn.floor.x + (box.x - 16) * scale, y: drawn.floor.y + (box.y - 76) * scale, width: box.width * scale, height: box.height * scale });
          // The patients' parts (the providers wait at their workstation).
          const others = [...drawn.parts.filter((part) => part.part !== 'provider name').map((part) => ({ what: `${part.part} of ${part.owner}`, owner: part.owner, box: part.box })), ...drawn.figures.map((figure) => ({ what: `figure of ${figure.owner}`, owner: figure.owner, box: figure.box }))].filter((part) => part.owner !== DOUGLAS);
          for (const [name, wall] of walls) found.push(...others.filter((part) => intersects(part.box, toPage(wall))).map((part) => `${where}: the ${part.what} lies on ${name}`));
          found.push(...problems(drawn.parts, drawn.floor, drawn.side, where), ...coveredLabels(drawn, labels, where));
          queued = Math.max(queued, dayView(mirror).patients.filter((patient) => patient.area === 'front-desk').length);
        }
        expect(queued).toBeGreaterThanOrEqual(2);
        expect(found).toEqual([]);
        expect(game.consoleErrors).toEqual([]);
      } finally {
        await game.close();
      }
    });
  }
});

/**
 * A patient sent on from the visit (issue 19's fourth playtest: Douglas Whitaker vanished
 * from Exam 2 with no word, and the tester learned from the billing note that he went by
 * ambulance to the emergency department). The expert sees him through; once he leaves, his
 * token walks out without its badge, and the alerts say when, how, where and why.
 */
describe('A patient sent on by the provider', () => {
  const DOUGLAS = 'douglas-whitaker';

  it('walks Douglas Whitaker out and says in the alerts that he left by ambulance for the emergency department, and why', async () => {
    const game = await openGamePage(inject('gameUrl'), { viewport: VIEWPORTS[1] });
    try {
      const { page } = game;
      page.setDefaultTimeout(30_000);
      const scenario = await loadScenario('scenarios/whole-day.yaml');
      const day = await startPausedDay(page, 'whole-day');
      const mirror = Session.start(scenario, { seed: day.seed, settings: day.settings });
      const expert = expertTrainee();
      const departed = () => mirror.record().timeline.some((entry) => entry.kind === 'departed' && entry.patientId === DOUGLAS);
      await douglasOnlyUntil(page, mirror, expert, departed, () => false);
      await page.evaluate(() => window.__clinic!.refresh());
      const alert = page.locator('.hud-alerts li.alert-departed', { hasText: 'Douglas Whitaker' });
      await alert.waitFor();
      expect(await alert.innerText()).toMatch(/^\d\d:\d\d · Douglas Whitaker left by ambulance for the emergency department \(the provider's plan: suspected heart attack\)$/);
      mkdirSync(SCREENS, { recursive: true });
      await page.screenshot({ path: `${SCREENS}/douglas-sent-on.png` });
      const token = await tokens(page);
      expect(token.find((one) => one.id === DOUGLAS)).toMatchObject({ onFloor: false, badge: false });
      expect(game.consoleErrors).toEqual([]);
    } finally {
      await game.close();
    }
  });
});

/**
 * Plays the expert's moves for Douglas Whitaker alone, on the page's day and on `mirror` (the
 * same day headless, to ask the expert), everyone else left waiting, until `done`; while
 * `holdStill`, no move is made and the clock runs on to the next event.
 */
async function douglasOnlyUntil(page: Page, mirror: Session, expert: ReturnType<typeof expertTrainee>, done: () => boolean, holdStill: () => boolean): Promise<void> {
  while (!done()) {
    expect(mirror.isOver).toBe(false);
    const move = holdStill() ? null : expert.nextMove(mirror);
    if (move === null || move.patientId !== 'douglas-whitaker') {
      mirror.waitForNextEvent();
      await page.evaluate(() => window.__clinic!.session()!.waitForNextEvent());
      continue;
    }
    expect(mirror.act(move.patientId, move.action).accepted).toBe(true);
    expect(await page.evaluate(([patientId, action]) => window.__clinic!.session()!.act(patientId, action as TraineeAction).accepted, [move.patientId, move.action] as const)).toBe(true);
  }
}
