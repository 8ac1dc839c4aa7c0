/**
 * The renderer the game draws with (`scenes/renderer-choice.ts`): WebGL behind a GPU, the 2D
 * canvas where WebGL would be software, as on this test machine (SwiftShader). The same day's
 * floor, drawn by each, must look the same to a trainee, and the phone that rings must turn
 * red in both (the 2D canvas has no tint: it shows a coloured copy of the phone).
 */
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SceneKeys } from '../../scenes/keys';
import { chooseRenderer } from '../../scenes/renderer-choice';
import { openGamePage, type GamePage } from './support/browser';
import { startNewDay } from './support/new-day';
import { waitForScene } from './support/screens';

const DAY = 'A Short Morning at Maple Street';
/** Phaser's renderer types. */
const CANVAS = 1;
const WEBGL = 2;

function withRenderer(url: string, renderer: string): string {
  const address = new URL(url);
  address.searchParams.set('renderer', renderer);
  return address.toString();
}

/**
 * Opens the game at `url` and starts the untimed day: the clock does not move until the
 * trainee acts, and with reduced motion the first patient stands where the plan puts her
 * rather than somewhere along her walk in.
 */
async function floorOf(url: string): Promise<GamePage> {
  const game = await openGamePage(url, { viewport: { width: 1280, height: 720 } });
  await game.page.emulateMedia({ reducedMotion: 'reduce' });
  await waitForScene(game.page, SceneKeys.Title);
  await startNewDay(game.page, DAY, { timer: 'untimed' });
  await waitForScene(game.page, SceneKeys.ClinicFloor);
  return game;
}

function rendererType(game: GamePage): Promise<number> {
  return game.page.evaluate(() => window.__clinic!.game.renderer.type);
}

/** The floor's canvas as the page shows it. */
async function floorPicture(game: GamePage): Promise<PNG> {
  const box = await game.page.evaluate(() => {
    const { x, y, width, height } = window.__clinic!.game.canvas.getBoundingClientRect();
    return { x, y, width, height };
  });
  return PNG.sync.read(await game.page.screenshot({ clip: box }));
}

describe('The renderer', () => {
  let chosen: GamePage;
  let webgl: GamePage;

  beforeAll(async () => {
    chosen = await floorOf(inject('gameUrl'));
    webgl = await floorOf(withRenderer(inject('gameUrl'), 'webgl'));
  });

  afterAll(async () => {
    await chosen?.close();
    await webgl?.close();
  });

  it('is the one chosen for this browser\'s WebGL, and ?renderer=webgl asks for WebGL', async () => {
    const name = await chosen.page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl');
      if (gl === null) return null;
      const debug = gl.getExtension('WEBGL_debug_renderer_info');
      return String(gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    });
    const expected = chooseRenderer('', name).choice === 'webgl' ? WEBGL : CANVAS;
    expect(await rendererType(chosen)).toBe(expected);
    expect(await rendererType(webgl)).toBe(WEBGL);
  });

  it('draws the same floor on the 2D canvas as in WebGL', async () => {
    const canvas = await floorOf(withRenderer(inject('gameUrl'), 'canvas'));
    try {
      expect(await rendererType(canvas)).toBe(CANVAS);
      const [a, b] = [await floorPicture(canvas), await floorPicture(webgl)];
      expect([a.width, a.height]).toEqual([b.width, b.height]);
      let unlike = 0;
      for (let offset = 0; offset < a.data.length; offset += 4) {
        const most = Math.max(...[0, 1, 2].map((channel) => Math.abs((a.data[offset + channel] ?? 0) - (b.data[offset + channel] ?? 0))));
        if (most > 16) unlike += 1;
      }
      // Edges may be smoothed a little differently (0.005 % of the pixels when this test was
      // written); a missing, misplaced or miscoloured object would differ by far more.
      expect(unlike / (a.width * a.height)).toBeLessThan(0.001);
      expect(canvas.consoleErrors).toEqual([]);
    } finally {
      await canvas.close();
    }
  });

  it('has a red phone for when it rings, in either renderer', async () => {
    for (const game of [chosen, webgl]) {
      const [plain, ringing] = await game.page.evaluate(() => {
        const textures = window.__clinic!.game.textures;
        const centre = (key: string) => {
          const frame = textures.getFrame(key);
          const colour = textures.getPixel(Math.floor(frame.width / 2), Math.floor(frame.height / 2), key);
          return colour === null ? null : { r: colour.red, g: colour.green, b: colour.blue };
        };
        return [centre('phone'), centre('floor-phone-ringing')];
      });
      expect(plain).not.toBeNull();
      expect(ringing).not.toBeNull();
      expect(ringing!.r).toBeGreaterThan(ringing!.g + 40);
      expect(ringing!.r).toBeGreaterThan(ringing!.b + 40);
      expect(Math.abs(plain!.r - plain!.g)).toBeLessThan(40);
    }
    expect(chosen.consoleErrors).toEqual([]);
    expect(webgl.consoleErrors).toEqual([]);
  });
});
