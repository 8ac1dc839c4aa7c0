/**
 * The floor draws a patient where the day says she is from the moment she is called to her
 * room (session 21's playtest on the whole day: Margaret, the day's first patient, was drawn in
 * the waiting room after she was called, while she walked round by the entrance and the
 * corridor). Margaret is brought to the waiting room by the scripted expert's own moves through
 * the test hook; the trainee calls her from her line in Needs you with the keyboard, at the
 * playtests' 1280×720 and text size 1.25, motion on.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SceneKeys } from '../../scenes/keys';
import { floorLayout } from '../../scenes/floor-layout';
import type { GamePage } from './support/browser';
import { expertUntilStage, loadScenario } from './support/exam-room';
import { openWholeDayLargeAt } from './support/inbox';
import { nextFrames } from './support/screens';

const MARGARET = 'margaret-oyelaran';

/** Where Margaret's token is drawn now, in the floor's own coordinates. */
function margaretDrawnAt(page: GamePage['page']): Promise<{ x: number; y: number; visible: boolean }> {
  return page.evaluate(
    ({ key, id }) => {
      const scene = window.__clinic!.game.scene.getScene(key);
      const token = (scene.children.list as unknown as { patientId?: string; x: number; y: number; visible: boolean }[]).find((object) => object.patientId === id)!;
      return { x: token.x, y: token.y, visible: token.visible };
    },
    { key: SceneKeys.ClinicFloor, id: MARGARET },
  );
}

/** True when the point lies in the area. */
function inside(at: { x: number; y: number }, area: { x: number; y: number; width: number; height: number }): boolean {
  return at.x >= area.x && at.x <= area.x + area.width && at.y >= area.y && at.y <= area.y + area.height;
}

describe('A patient called to her exam room, on the floor', () => {
  let game: GamePage;

  beforeAll(async () => {
    game = await openWholeDayLargeAt(inject('gameUrl'), 8 * 60);
  });

  afterAll(async () => {
    await game?.page.evaluate(() => (document.documentElement.style.fontSize = ''));
    await game?.close();
  });

  it('is drawn inside her room from the moment she is called, not in the waiting room', async () => {
    const { page } = game;
    const scenario = await loadScenario('scenarios/whole-day.yaml');
    await expertUntilStage(page, scenario, MARGARET, 'waiting-for-room');
    await page.evaluate(() => window.__clinic!.refresh());
    const layout = floorLayout(scenario.clinic.examRooms);
    // Where she sits now: in the waiting room (the walk from the desk done).
    await expect.poll(async () => inside(await margaretDrawnAt(page), layout.waitingRoom), { timeout: 30_000 }).toBe(true);

    const line = page.locator('.hud-queue .queue-item', { hasText: 'Margaret Oyelaran' });
    await line.focus();
    await page.keyboard.press('Enter');
    const call = page.getByRole('dialog').locator('button[data-key^="call:"]').first();
    await call.waitFor();
    await call.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await page.evaluate((id) => window.__clinic!.session()!.stageOf(id), MARGARET)).toBe('rooming');
    await nextFrames(page);
    const drawn = await margaretDrawnAt(page);
    expect(drawn.visible).toBe(true);
    expect(inside(drawn, layout.examRooms[0]!), `drawn at ${Math.round(drawn.x)},${Math.round(drawn.y)}`).toBe(true);
  });
});
