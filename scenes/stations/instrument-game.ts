/**
 * A small Phaser game that a station owns for its instruments (the blood-pressure gauge,
 * the tube tray): created when the panel opens, destroyed when it closes. It draws on a
 * 2D canvas (no second WebGL context beside the floor's), takes no keyboard, mouse or
 * touch input (the HTML panel owns every control), and scales to its box in the panel.
 * Its loop sleeps while nothing moves, so a still instrument costs the page no frames.
 */
import { CANVAS, Game, type GameObjects, Scale, Scene } from 'phaser';
import { element } from '../dom';

/** A scene of an instrument canvas: drawn on demand, its game loop asleep while nothing moves. */
export abstract class InstrumentScene extends Scene {
  #framesLeft = 2;

  /** True while the scene animates (the loop stays awake). */
  protected abstract get animating(): boolean;

  /** Advances an animation; called every frame while awake. */
  protected abstract tick(time: number): void;

  /** Wakes the loop to present what was just drawn. */
  protected presentSoon(): void {
    this.#framesLeft = 2;
    const loop = this.sys?.game?.loop;
    if (loop?.started && !loop.running) loop.wake(true);
  }

  override update(time: number): void {
    this.tick(time);
    if (this.animating) return;
    this.#framesLeft -= 1;
    // Sleeping after the frame that presented the last drawing.
    if (this.#framesLeft < 0) this.sys.game.loop.sleep();
  }
}

/**
 * An instrument scene that does not move: it draws its view from scratch when shown (one
 * Graphics, and the texts of the last drawing, destroyed on each redraw), then sleeps.
 */
export abstract class StillPictureScene<View> extends InstrumentScene {
  protected view: View;
  protected graphics?: GameObjects.Graphics;
  protected texts: GameObjects.Text[] = [];

  constructor(key: string, initial: View) {
    super({ key });
    this.view = initial;
  }

  create(): void {
    this.graphics = this.add.graphics();
    this.draw();
  }

  /** Shows the view as it is now. */
  show(view: View): void {
    this.view = view;
    if (this.graphics) this.draw();
    this.presentSoon();
  }

  protected get animating(): boolean {
    return false;
  }

  protected tick(): void {
    // The picture is still: it is redrawn when shown.
  }

  /** Draws the view from scratch. */
  protected abstract draw(): void;
}

/** A station's instrument canvas. */
export interface InstrumentGame {
  /** The box the canvas lives in; the station puts it where it wants it in the panel. */
  readonly host: HTMLElement;
  /**
   * Fits the canvas to its box again after the next layout: for a box the station moves
   * into the panel after the game booted (a resize observer does not see a box that was
   * already the size it is attached at).
   */
  refit(): void;
  /** Stops and removes the game. Safe to call more than once. */
  destroy(): void;
}

/** Starts `scene` in a `width`×`height` canvas inside a new box with class `className`. */
export function mountInstrumentGame(scene: InstrumentScene, options: { width: number; height: number; className: string; label: string }): InstrumentGame {
  const host = element('div', `instrument-host ${options.className}`);
  host.style.aspectRatio = `${options.width} / ${options.height}`;
  // The canvas is a picture; its text equivalent is the live text the station writes beside it.
  host.setAttribute('role', 'img');
  host.setAttribute('aria-label', options.label);
  const game = new Game({
    type: CANVAS,
    parent: host,
    width: options.width,
    height: options.height,
    transparent: true,
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    scale: { mode: Scale.FIT, autoCenter: Scale.CENTER_HORIZONTALLY },
    scene: [scene],
  });
  let destroyed = false;
  const fit = () => {
    if (!destroyed && host.clientWidth > 0) game.scale.refresh();
  };
  // The box may have no size when the game boots (the panel adds it later): fit again whenever it changes.
  const resize = new ResizeObserver(fit);
  resize.observe(host);
  return {
    host,
    refit() {
      requestAnimationFrame(fit);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      resize.disconnect();
      game.destroy(true);
      host.remove();
    },
  };
}
