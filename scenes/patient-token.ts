/**
 * A patient on the floor, seen from above: a round figure in their shirt colour, their
 * first name underneath, their status badge above, and a ring that warms from green to
 * red as their patience runs out. The token walks between areas (or jumps there, with
 * reduced motion); clicking it opens the patient's station.
 */
import { GameObjects, type Scene, type Tweens } from 'phaser';
import type { BadgeTone, PatientView } from '../src/session/day-view';
import { route, type FloorLayout, type Point } from './floor-layout';
import { cssColour, FloorPalette, FontStack, PeopleColours } from './theme';

/** Pixels per second a patient walks at. */
const WALK_SPEED = 170;
const RING_RADIUS = 19;

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

/** One patient's token. */
export class PatientToken extends GameObjects.Container {
  readonly patientId: string;
  readonly #figure: GameObjects.Graphics;
  readonly #ring: GameObjects.Graphics;
  readonly #name: GameObjects.Text;
  readonly #badge: GameObjects.Container;
  readonly #badgeBack: GameObjects.Graphics;
  readonly #badgeText: GameObjects.Text;
  #walk: Tweens.TweenChain | Tweens.Tween | null = null;
  #destination: Point | null = null;
  #badgeKey = '';

  constructor(scene: Scene, view: PatientView, index: number, textScale: number) {
    super(scene, 0, 0);
    this.patientId = view.id;
    this.#ring = scene.add.graphics();
    this.#figure = scene.add.graphics();
    drawFigure(this.#figure, index);
    this.#name = scene.add
      .text(0, 24, view.name.split(' ')[0] ?? view.name, { fontFamily: FontStack, fontSize: `${Math.round(13 * textScale)}px`, color: cssColour(FloorPalette.label), fontStyle: 'bold', resolution: 2 })
      .setOrigin(0.5, 0);
    this.#badgeBack = scene.add.graphics();
    this.#badgeText = scene.add
      .text(0, 0, '', { fontFamily: FontStack, fontSize: `${Math.round(11 * textScale)}px`, color: '#ffffff', fontStyle: 'bold', resolution: 2 })
      .setOrigin(0.5, 0.5);
    this.#badge = scene.add.container(0, -34, [this.#badgeBack, this.#badgeText]);
    this.add([this.#ring, this.#figure, this.#name, this.#badge]);
    this.setSize(44, 64);
    this.setInteractive({ useHandCursor: true });
    this.setVisible(false);
    scene.add.existing(this);
  }

  /** Shows the patient's badge and wait ring; `raised` lifts the badge clear of a neighbour's. */
  show(view: PatientView, raised: boolean): void {
    this.#badge.setY(raised ? -52 : -34);
    const key = `${view.badge.tone}|${view.badge.text}`;
    if (key !== this.#badgeKey) {
      this.#badgeKey = key;
      this.#badgeText.setText(view.badge.text);
      const width = this.#badgeText.width + 14;
      const height = this.#badgeText.height + 6;
      this.#badgeBack.clear().fillStyle(BADGE_COLOURS[view.badge.tone], 1).fillRoundedRect(-width / 2, -height / 2, width, height, height / 2);
    }
    this.#ring.clear();
    if (view.patience !== null) {
      const used = 1 - view.patience;
      this.#ring.lineStyle(4, FloorPalette.wallLight, 0.35).strokeCircle(0, 0, RING_RADIUS);
      this.#ring.lineStyle(4, ringColour(view.patience), 1);
      this.#ring.beginPath();
      this.#ring.arc(0, 0, RING_RADIUS, -Math.PI / 2, -Math.PI / 2 + Math.max(0.05, view.patience) * Math.PI * 2, false);
      this.#ring.strokePath();
      if (view.restless) this.#ring.fillStyle(ringColour(view.patience), 0.16 + used * 0.2).fillCircle(0, 0, RING_RADIUS - 2);
    }
  }

  /** Walks (or jumps) to `to`; `onArrive` runs when there. */
  walkTo(layout: FloorLayout, to: Point, animate: boolean, onArrive?: () => void): void {
    if (this.#destination && this.#destination.x === to.x && this.#destination.y === to.y) return;
    this.#destination = to;
    this.#walk?.stop();
    this.#walk = null;
    if (!animate) {
      this.setPosition(to.x, to.y);
      onArrive?.();
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
        onArrive?.();
      },
    });
  }

  /** Places the token without walking (a first appearance). */
  placeAt(point: Point): void {
    this.#walk?.stop();
    this.#walk = null;
    this.#destination = point;
    this.setPosition(point.x, point.y);
  }
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
