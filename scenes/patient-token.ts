/**
 * A patient on the floor, seen from above: a round figure in their shirt colour, their
 * first name underneath, their status badge above, and a ring that warms from green to
 * red as their patience runs out. The token walks between areas (or jumps there, with
 * reduced motion); clicking it opens the patient's station.
 *
 * Figures are drawn in order of their place on the floor (the lower, the nearer), and the
 * names above every figure and badge: a patient walking past another never hides their name.
 */
import { GameObjects, type Scene, Scenes, type Tweens } from 'phaser';
import type { BadgeTone, PatientView } from '../src/session/day-view';
import { bakeAround, bakeTexture, centred } from './canvas-bake';
import { BADGE_Y, NAME_Y, route, type FloorLayout, type Point, type TokenSize } from './floor-layout';
import { cssColour, FloorPalette, FontStack, PeopleColours } from './theme';

/** Pixels per second a patient walks at. */
const WALK_SPEED = 170;
const RING_RADIUS = 19;
/** The wait ring is drawn in this many steps of patience (each under 3 px of its arc). */
const RING_STEPS = 48;
const RING_TEXTURE_SIZE = 2 * RING_RADIUS + 6;
/** How far above a figure's middle its art begins (the hair). */
export const FIGURE_TOP = 16;
/** How far below a figure's middle its name begins (the floor's plan reserves that much for the figure). */
const NAME_TOP = NAME_Y;
/** The depth of the patients' names: above every figure and badge (whose depth is their place on the floor), below the end-of-day banner. */
export const NAME_DEPTH = 9_000;

const BADGE_COLOURS: Readonly<Record<BadgeTone, number>> = {
  act: FloorPalette.badgeAct,
  wait: FloorPalette.badgeWait,
  busy: FloorPalette.badgeBusy,
  done: FloorPalette.badgeDone,
  alert: FloorPalette.badgeAlert,
};

/** The colour of the wait ring for patience left (1 calm green … 0 red). */
export function ringColour(patience: number): number {
  const calm = FloorPalette.ringCalm;
  const mid = FloorPalette.ringRestless;
  const upset = FloorPalette.ringUpset;
  return patience > 0.5 ? mix(mid, calm, (patience - 0.5) * 2) : mix(upset, mid, patience * 2);
}

function mix(from: number, to: number, share: number): number {
  const channel = (shift: number) => {
    const a = (from >> shift) & 0xff;
    const b = (to >> shift) & 0xff;
    return Math.round(a + (b - a) * share) << shift;
  };
  return channel(16) | channel(8) | channel(0);
}

/**
 * One patient's token. Its parts are baked textures (`canvas-bake.ts`): the figure and the
 * name once, the badge only when it changes, from textures shared by every token (a badge by
 * its tone and text), and the wait ring as one frame of an atlas of every step of patience
 * baked at the day's start (a step on is a change of frame, nothing drawn), so a frame
 * draws four quads per patient and no Graphics. The name is not in the container, which
 * draws at one depth, but follows it on the names' depth after each frame's movement.
 */
export class PatientToken extends GameObjects.Container {
  readonly patientId: string;
  readonly #ring: GameObjects.Image;
  readonly #badge: GameObjects.Image;
  readonly #name: GameObjects.Image;
  readonly #textScale: number;
  #walk: Tweens.TweenChain | Tweens.Tween | null = null;
  #destination: Point | null = null;
  /** What runs when the walk under way ends (the last `walkTo`'s, even for the same destination). */
  #onArrive: (() => void) | null = null;
  /** True while the patient walks out of the clinic: the figure alone, with no badge, ring or name. */
  #leaving = false;
  /** True while the name follows the figure every frame (while it walks). */
  #following = false;

  constructor(scene: Scene, view: PatientView, index: number, textScale: number) {
    super(scene, 0, 0);
    this.patientId = view.id;
    this.#textScale = textScale;
    const ring = ringTexture(scene, view.patience ?? 1, view.restless);
    this.#ring = scene.add.image(0, 0, ring.key, ring.frame).setVisible(view.patience !== null);
    const figure = scene.add.image(0, 0, figureTexture(scene, index));
    figure.setOrigin(0.5, FIGURE_TOP / figure.height);
    this.#badge = scene.add.image(0, BADGE_Y, badgeTexture(scene, view.badge.tone, view.badge.text, textScale));
    this.add([this.#ring, figure, this.#badge]);
    this.#name = scene.add.image(0, NAME_TOP, nameTexture(scene, view, textScale)).setOrigin(0.5, 0).setDepth(NAME_DEPTH).setVisible(false);
    this.setSize(44, 64);
    this.setInteractive({ useHandCursor: true });
    this.setVisible(false);
    scene.add.existing(this);
    this.once(GameObjects.Events.DESTROY, () => {
      this.#setFollowing(false);
      this.#name.destroy();
    });
  }

  /**
   * While the token walks, its name follows it every frame, after the tweens have moved the
   * token (so the name never trails it); standing still, nothing runs for it per frame.
   */
  #setFollowing(on: boolean): void {
    if (this.#following === on) return;
    this.#following = on;
    if (on) this.scene.events.on(Scenes.Events.POST_UPDATE, this.#follow, this);
    else this.scene?.events.off(Scenes.Events.POST_UPDATE, this.#follow, this);
  }

  /** Keeps the name under the figure, shown as the figure is, and the figure in order of its place on the floor. */
  #follow(): void {
    const name = this.#name;
    const shown = this.visible && !this.#leaving;
    if (name.visible !== shown) name.setVisible(shown);
    if (!shown) return;
    if (name.x !== this.x || name.y !== this.y + NAME_TOP) name.setPosition(this.x, this.y + NAME_TOP);
    if (name.alpha !== this.alpha) name.setAlpha(this.alpha);
    if (this.depth !== this.y) this.setDepth(this.y);
  }

  /** How large the badge and the name tag are drawn, for the floor's plan to keep them clear of others. */
  get size(): TokenSize {
    return { badgeWidth: this.#badge.width, badgeHeight: this.#badge.height, nameWidth: this.#name.width, nameHeight: this.#name.height };
  }

  /** Puts the badge's middle `y` above the figure's point (a negative offset), as the floor's plan placed it. */
  setBadgeY(y: number): void {
    if (this.#badge.y !== y) this.#badge.setY(y);
  }

  /** Shows the patient's badge and wait ring. */
  show(view: PatientView): void {
    const badge = badgeTexture(this.scene, view.badge.tone, view.badge.text, this.#textScale);
    if (this.#badge.texture.key !== badge) this.#badge.setTexture(badge);
    if (!this.#badge.visible) this.#badge.setVisible(true);
    if (view.patience === null) {
      this.#ring.setVisible(false);
      return;
    }
    const ring = ringTexture(this.scene, view.patience, view.restless);
    if (this.#ring.frame.name !== ring.frame) this.#ring.setFrame(ring.frame);
    if (!this.#ring.visible) this.#ring.setVisible(true);
  }

  /**
   * Walks (or jumps) to `to`; `onArrive` runs when there. Already there, it runs at once;
   * already on the way there, when the walk under way ends.
   */
  walkTo(layout: FloorLayout, to: Point, animate: boolean, onArrive?: () => void): void {
    this.#onArrive = onArrive ?? null;
    if (this.#destination && this.#destination.x === to.x && this.#destination.y === to.y) {
      // A patient standing where they are sent is there: a patient leaving from the doormat still leaves.
      if (this.#walk === null) this.#arrive();
      return;
    }
    this.#destination = to;
    this.#walk?.stop();
    this.#walk = null;
    if (!animate) {
      this.setPosition(to.x, to.y);
      this.#arrive();
      this.#setFollowing(false);
      this.#follow();
      return;
    }
    const points = route(layout, { x: this.x, y: this.y }, to);
    let from: Point = { x: this.x, y: this.y };
    const steps = points.map((point) => {
      const distance = Math.hypot(point.x - from.x, point.y - from.y);
      from = point;
      return { x: point.x, y: point.y, duration: Math.max(60, (distance / WALK_SPEED) * 1000), ease: 'Sine.InOut' };
    });
    this.#walk = this.scene.tweens.chain({
      targets: this,
      tweens: steps,
      onComplete: () => {
        this.#walk = null;
        this.#arrive();
        this.#setFollowing(false);
        this.#follow();
      },
    });
    this.#setFollowing(true);
  }

  #arrive(): void {
    const onArrive = this.#onArrive;
    this.#onArrive = null;
    onArrive?.();
  }

  /**
   * The patient has left the clinic (gone home, or left unseen): the figure alone walks out
   * of the door and is gone. No badge says a step they no longer wait for, and no name tag
   * crowds the others' while several leave at once.
   */
  leave(layout: FloorLayout, door: Point, animate: boolean): void {
    this.#leaving = true;
    this.#badge.setVisible(false);
    this.#ring.setVisible(false);
    this.#follow();
    this.walkTo(layout, door, animate, () => this.setVisible(false));
  }

  /** True while the patient is on the floor (shown, and not walking out). */
  get onFloor(): boolean {
    return this.visible && !this.#leaving;
  }

  /** Shows the token at `point` without walking (a first appearance). */
  appearAt(point: Point): void {
    this.#walk?.stop();
    this.#walk = null;
    this.#onArrive = null;
    this.#leaving = false;
    this.#badge.setVisible(true);
    this.#setFollowing(false);
    this.#destination = point;
    this.setPosition(point.x, point.y);
    this.setVisible(true).setAlpha(1);
    this.#follow();
  }
}

/** The texture of a patient's figure (by their place in the scenario, which picks the colours), shared by every token with the same one. */
function figureTexture(scene: Scene, index: number): string {
  const key = `patient-figure|${index}`;
  if (scene.textures.exists(key)) return key;
  bakeAround(scene, key, { left: -19, top: -FIGURE_TOP, right: 19, bottom: NAME_TOP }, (graphics) => {
    drawFigure(graphics, index);
    return [];
  });
  return key;
}

/** The texture of a patient's first name, as it shows under their figure. */
function nameTexture(scene: Scene, view: PatientView, textScale: number): string {
  const firstName = view.name.split(' ')[0] ?? view.name;
  const key = `patient-name|${textScale}|${firstName}`;
  if (scene.textures.exists(key)) return key;
  const name = scene.make
    .text({ x: 0, y: 0, text: firstName, style: { fontFamily: FontStack, fontSize: `${Math.round(13 * textScale)}px`, color: cssColour(FloorPalette.label), fontStyle: 'bold', resolution: 2 } }, false)
    .setOrigin(0.5, 0);
  const width = Math.ceil(name.width + 10);
  const height = Math.ceil(name.height + 2);
  // On a pale tag of the floor's colour, so a name over another patient's badge still reads as a name.
  bakeAround(scene, key, { left: -width / 2, top: -1, right: width / 2, bottom: height }, (graphics) => {
    graphics.fillStyle(FloorPalette.floor, 0.9).fillRoundedRect(-width / 2, -1, width, height + 1, 6);
    return [name];
  });
  return key;
}

/** The texture of a status badge, shared by every token showing the same one. */
function badgeTexture(scene: Scene, tone: BadgeTone, text: string, textScale: number): string {
  const key = `patient-badge|${tone}|${textScale}|${text}`;
  if (scene.textures.exists(key)) return key;
  const label = scene.make.text({ x: 0, y: 0, text, style: { fontFamily: FontStack, fontSize: `${Math.round(11 * textScale)}px`, color: '#ffffff', fontStyle: 'bold', resolution: 2 } }, false).setOrigin(0.5, 0.5);
  const width = label.width + 14;
  const height = label.height + 6;
  bakeAround(scene, key, centred(Math.ceil(width) + 2, Math.ceil(height) + 2), (graphics) => {
    graphics.fillStyle(BADGE_COLOURS[tone], 1).fillRoundedRect(-width / 2, -height / 2, width, height, height / 2);
    return [label];
  });
  return key;
}

/** The texture of every wait ring: one frame per step of patience, calm and restless, baked together once. */
const RING_ATLAS = 'patient-rings';
/** Rings per row of the atlas. */
const RING_ATLAS_COLUMNS = 14;

/** The frame of a wait ring in the atlas, by step of patience and restlessness. */
function ringFrame(step: number, restless: boolean): string {
  return `${step}|${restless ? 'restless' : 'calm'}`;
}

/**
 * Bakes every wait ring at once, into one texture with a frame each, the first time a token
 * needs one: a ring that empties by a step as the clock runs then only changes the frame its
 * image shows, never draws a ring or uploads a texture in the middle of the day.
 */
function ringAtlas(scene: Scene): string {
  if (scene.textures.exists(RING_ATLAS)) return RING_ATLAS;
  const cells: { readonly step: number; readonly restless: boolean }[] = [];
  for (const restless of [false, true]) for (let step = 0; step <= RING_STEPS; step++) cells.push({ step, restless });
  const rows = Math.ceil(cells.length / RING_ATLAS_COLUMNS);
  const rings = scene.make.graphics({}, false);
  cells.forEach(({ step, restless }, index) => {
    const x = (index % RING_ATLAS_COLUMNS) * RING_TEXTURE_SIZE + RING_TEXTURE_SIZE / 2;
    const y = Math.floor(index / RING_ATLAS_COLUMNS) * RING_TEXTURE_SIZE + RING_TEXTURE_SIZE / 2;
    const shown = step / RING_STEPS;
    const colour = ringColour(shown);
    rings.lineStyle(4, FloorPalette.wallLight, 0.35).strokeCircle(x, y, RING_RADIUS);
    rings.lineStyle(4, colour, 1);
    rings.beginPath();
    rings.arc(x, y, RING_RADIUS, -Math.PI / 2, -Math.PI / 2 + Math.max(0.05, shown) * Math.PI * 2, false);
    rings.strokePath();
    if (restless) rings.fillStyle(colour, 0.16 + (1 - shown) * 0.2).fillCircle(x, y, RING_RADIUS - 2);
  });
  const atlas = bakeTexture(scene, RING_ATLAS, { x: 0, y: 0, width: RING_ATLAS_COLUMNS * RING_TEXTURE_SIZE, height: rows * RING_TEXTURE_SIZE }, [rings]);
  rings.destroy();
  cells.forEach(({ step, restless }, index) => {
    atlas.add(ringFrame(step, restless), 0, (index % RING_ATLAS_COLUMNS) * RING_TEXTURE_SIZE, Math.floor(index / RING_ATLAS_COLUMNS) * RING_TEXTURE_SIZE, RING_TEXTURE_SIZE, RING_TEXTURE_SIZE);
  });
  return RING_ATLAS;
}

/** The atlas frame of a wait ring for patience left (its step of `RING_STEPS`). */
function ringTexture(scene: Scene, patience: number, restless: boolean): { readonly key: string; readonly frame: string } {
  const step = Math.round(Math.min(1, Math.max(0, patience)) * RING_STEPS);
  return { key: ringAtlas(scene), frame: ringFrame(step, restless) };
}

function drawFigure(graphics: GameObjects.Graphics, index: number): void {
  const shirt = PeopleColours.shirts[index % PeopleColours.shirts.length] ?? 0x6f8fcf;
  const skin = PeopleColours.skins[(index * 5 + 1) % PeopleColours.skins.length] ?? 0xd9a77c;
  const hair = PeopleColours.hair[(index * 3 + 2) % PeopleColours.hair.length] ?? 0x3b2a20;
  graphics.fillStyle(FloorPalette.shadow, 0.16).fillEllipse(0, 14, 34, 12);
  graphics.fillStyle(shirt, 1).fillEllipse(0, 4, 30, 22);
  graphics.fillStyle(darken(shirt), 1).fillEllipse(-13, 6, 8, 12).fillEllipse(13, 6, 8, 12);
  graphics.fillStyle(skin, 1).fillCircle(0, -4, 9);
  graphics.fillStyle(hair, 1).slice(0, -4, 9.5, Math.PI * 1.05, Math.PI * 1.95, false).fillPath();
}

function darken(colour: number): number {
  return mix(colour, 0x000000, 0.18);
}
