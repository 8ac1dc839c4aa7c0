/**
 * The game's loop sleeps while nothing on its canvas moves, as the instruments' small games
 * do (`stations/instrument-game.ts`): a title, a debrief, a floor whose clock stands still
 * behind an open station or in an untimed day show the same picture frame after frame, and
 * drawing it again sixty times a second costs a slow laptop without a graphics chip most of
 * a core (measured on the test machine's software renderer: 1.2 CPU-seconds per second on the
 * title, none asleep).
 *
 * Awake, the loop runs as Phaser runs it. After a few frames in which nothing moves fast
 * (no tween, no scene starting, nothing a scene's own `motion` calls fast), it sleeps. It
 * wakes at once when the trainee does anything on the page (pointer, key, wheel, focus,
 * resize) but inside a panel whose presses reach the canvas through a scene (a station,
 * `QUIET_OVER_CANVAS`), when a scene asks for frames (`drawSoon`), when a scene starts or stops, and when
 * something starts to move fast. While it sleeps, a light step every `HEARTBEAT_MS` runs the
 * scenes without drawing (their timers, queued scene changes) and draws one frame each
 * `DRAW_EVERY_HEARTBEATS`, so that nothing it was not told about stays undrawn for long; a
 * scene that moves slowly (the wall clock's hands, a sixth of a degree a second at 1×) is
 * drawn at every light step instead, ten frames a second.
 */
import { Core, Scenes, type Game, type Scene } from 'phaser';

/** Frames drawn after the last change before the loop sleeps (the change, and the frame that presents it). */
const FRAMES_AFTER_CHANGE = 3;
/** How often the sleeping loop steps its scenes without drawing, in milliseconds. */
const HEARTBEAT_MS = 100;
/** Every this many light steps, the sleeping loop draws one frame anyway. */
const DRAW_EVERY_HEARTBEATS = 10;
/** What the trainee does on the page that may change what the canvas shows. */
const WAKING_EVENTS = ['pointerdown', 'pointermove', 'pointerup', 'pointercancel', 'wheel', 'keydown', 'keyup', 'focusin', 'input', 'change', 'resize'] as const;
/** The game event a scene emits to have what it just changed drawn (`drawSoon`). */
const DRAW_SOON = 'clinic.drawsoon';
/**
 * Marks an HTML panel over the canvas whose presses change the canvas only through a scene
 * (which asks to be drawn, `drawSoon`): pressing there does not wake the loop. A station is
 * one: a press in it goes to the day, and the floor behind draws what changed, after the
 * frame that shows the press (measured throttled 4×: the floor drawn again for every press
 * in a station, unchanged, was most of the time from a press to its painted frame).
 */
export const QUIET_OVER_CANVAS = 'data-quiet-over-canvas';

/** How a scene moves by itself: `fast` needs every frame (a shaking phone), `slow` ten a second (a clock's hands). */
export type Motion = 'still' | 'slow' | 'fast';

/** A scene that moves by itself beyond its tweens (a running clock, a ringing phone). */
export interface MovingScene {
  /** How the scene changes what it shows from frame to frame on its own, now. */
  readonly motion: Motion;
}

/** Asks the game's loop to draw what a scene just changed (it may be asleep). */
export function drawSoon(game: Game): void {
  game.events.emit(DRAW_SOON);
}

/** Lets `game`'s loop sleep while its canvas is still, from now on. */
export function sleepWhileStill(game: Game): StillLoop {
  return new StillLoop(game);
}

/** Puts the game's loop to sleep while its canvas is still; `dispose` for good (the game stays awake). */
export class StillLoop {
  readonly #game: Game;
  readonly #window: Window;
  readonly #wake = (): void => this.wake();
  /** What the trainee does on the page wakes the loop, but not inside a panel marked `QUIET_OVER_CANVAS`. */
  readonly #wakeOnEvent = (event: Event): void => {
    if (event.target instanceof Element && event.target.closest(`[${QUIET_OVER_CANVAS}]`) !== null) return;
    this.wake();
  };
  #framesLeft = FRAMES_AFTER_CHANGE;
  #heartbeat: number | null = null;
  #beats = 0;
  /** Scenes whose start and create wake the loop. */
  readonly #watched = new WeakSet<Scene>();
  #lastStep = 0;

  constructor(game: Game, target: Window = window) {
    this.#game = game;
    this.#window = target;
    game.events.on(Core.Events.POST_RENDER, this.#afterFrame, this);
    game.events.on(DRAW_SOON, this.#wake);
    for (const type of WAKING_EVENTS) target.addEventListener(type, this.#wakeOnEvent, { capture: true, passive: true });
  }

  /** True while the loop sleeps. */
  get asleep(): boolean {
    return this.#heartbeat !== null;
  }

  /** Draws frames again from now, until the canvas is still for a few of them. */
  wake(): void {
    this.#framesLeft = FRAMES_AFTER_CHANGE;
    if (this.#heartbeat === null) return;
    this.#window.clearInterval(this.#heartbeat);
    this.#heartbeat = null;
    // Never inside what woke it: a focus or a draw request can come from within a step (a
    // scene's create() focusing its panel), and Phaser's wake steps at once, which would run
    // the scene manager's queue again before it is cleared (a scene created twice).
    queueMicrotask(() => {
      const loop = this.#game.loop;
      if (this.#heartbeat !== null || !loop.started || loop.running) return;
      // No long first delta for what starts to move now.
      loop.resetDelta();
      loop.wake();
    });
  }

  /** Stops watching: the loop runs on as Phaser runs it. */
  dispose(): void {
    this.wake();
    this.#game.events.off(Core.Events.POST_RENDER, this.#afterFrame, this);
    this.#game.events.off(DRAW_SOON, this.#wake);
    for (const type of WAKING_EVENTS) this.#window.removeEventListener(type, this.#wakeOnEvent, { capture: true });
  }

  /** After each drawn frame (a light step has no renderer): sleep once the canvas has been still long enough. */
  #afterFrame(renderer: unknown): void {
    if (renderer === null || this.asleep) return;
    if (this.#motion() === 'fast') {
      this.#framesLeft = FRAMES_AFTER_CHANGE;
      return;
    }
    this.#framesLeft -= 1;
    if (this.#framesLeft > 0) return;
    // Inside the loop's own step: stopping it here ends its frame chain cleanly.
    this.#watchScenes();
    this.#game.loop.sleep();
    this.#beats = 0;
    this.#lastStep = this.#window.performance.now();
    this.#heartbeat = this.#window.setInterval(() => this.#beat(), HEARTBEAT_MS);
  }

  /** A light step while asleep: the scenes' timers and queued changes run; a start, a stop or fast movement wakes the loop. */
  #beat(): void {
    if (this.#motion() === 'fast') {
      this.wake();
      return;
    }
    this.#watchScenes();
    const now = this.#window.performance.now();
    this.#beats += 1;
    // A drawn step (the loop's own, its delta smoothed as Phaser smooths it), or a light one with the real time gone.
    if (this.#motion() === 'slow' || this.#beats % DRAW_EVERY_HEARTBEATS === 0) this.#game.loop.tick();
    else this.#game.headlessStep(now, Math.min(now - this.#lastStep, HEARTBEAT_MS));
    this.#lastStep = now;
    if (this.#motion() === 'fast') this.wake();
  }

  /** A scene that starts, is created or stops (in a light step too) has a new picture to draw. */
  #watchScenes(): void {
    for (const scene of this.#game.scene.scenes) {
      if (this.#watched.has(scene)) continue;
      this.#watched.add(scene);
      for (const event of [Scenes.Events.START, Scenes.Events.CREATE, Scenes.Events.SHUTDOWN, Scenes.Events.WAKE]) scene.sys.events.on(event, this.#wake);
    }
  }

  /** The fastest motion of any scene: fast while one is being started or runs a tween, else what the scenes say. */
  #motion(): Motion {
    let slow = false;
    for (const scene of this.#game.scene.scenes) {
      const { status } = scene.sys.settings;
      // Being started (not merely added: a scene added and not yet started waits at INIT, as the debrief does all day).
      if (status >= Scenes.START && status < Scenes.RUNNING) return 'fast';
      if (!scene.sys.isActive()) continue;
      if (scene.tweens.getTweens().length > 0) return 'fast';
      const own = motionOf(scene);
      if (own === 'fast') return 'fast';
      slow ||= own === 'slow';
    }
    return slow ? 'slow' : 'still';
  }
}

function motionOf(scene: Scene): Motion {
  return 'motion' in scene ? (scene as Scene & MovingScene).motion : 'still';
}
