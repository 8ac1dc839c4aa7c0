/**
 * Draws the clinic floor in one flat style: floors and walls with Phaser Graphics,
 * furniture from the SVGs in `assets/images`, and the area names. Returns the objects the
 * scene animates (the phone, the wall clock) and the clickable areas.
 */
import type { GameObjects, Scene } from 'phaser';
import type { FloorArea } from '../src/session/day-view';
import type { Area, FloorLayout } from './floor-layout';
import { TextureKeys } from './keys';
import { cssColour, FloorPalette, FontStack } from './theme';

/** A clickable part of the floor. */
export interface FloorZone {
  readonly area: FloorArea;
  /** The exam room number, for exam rooms. */
  readonly room: number | null;
  readonly zone: GameObjects.Zone;
}

/** What the scene keeps of the drawn floor. */
export interface FloorArt {
  readonly zones: readonly FloorZone[];
  readonly phone: GameObjects.Image;
  readonly clockHands: GameObjects.Graphics;
  readonly clockCentre: { readonly x: number; readonly y: number };
  readonly roomFloors: readonly GameObjects.Graphics[];
}

const WALL = 6;

/** Draws the floor of `layout`. */
export function drawFloor(scene: Scene, layout: FloorLayout, textScale: number): FloorArt {
  const g = scene.add.graphics();
  const { bounds } = layout;
  g.fillStyle(FloorPalette.outside, 1).fillRect(0, 0, scene.scale.gameSize.width, scene.scale.gameSize.height);
  g.fillStyle(FloorPalette.shadow, 0.08).fillRoundedRect(bounds.x + 4, bounds.y + 6, bounds.width, bounds.height, 10);
  g.fillStyle(FloorPalette.floor, 1).fillRoundedRect(bounds.x, bounds.y, bounds.width, bounds.height, 10);
  tiles(g, bounds);

  fillArea(g, layout.waitingRoom, FloorPalette.waiting);
  g.fillStyle(FloorPalette.rug, 1).fillRoundedRect(layout.waitingRoom.x + 28, layout.waitingRoom.y + 66, layout.waitingRoom.width - 56, 360, 18);
  fillArea(g, layout.entrance, FloorPalette.corridor);
  g.fillStyle(FloorPalette.wallLight, 0.5).fillRoundedRect(layout.door.x - 60, layout.entrance.y + layout.entrance.height - 46, 120, 34, 6);
  fillArea(g, layout.corridor, FloorPalette.corridor);
  fillArea(g, layout.lab, FloorPalette.lab);
  fillArea(g, layout.frontDesk, FloorPalette.desk);
  fillArea(g, layout.checkout, FloorPalette.desk);

  const roomFloors = layout.examRooms.map((room) => {
    const floor = scene.add.graphics();
    fillArea(floor, room, FloorPalette.exam);
    return floor;
  });

  const walls = scene.add.graphics();
  walls.lineStyle(WALL, FloorPalette.wall, 1);
  walls.strokeRoundedRect(bounds.x, bounds.y, bounds.width, bounds.height, 10);
  // The waiting room's wall to the corridor, open to the entrance.
  walls.lineBetween(layout.corridor.x - 6, bounds.y, layout.corridor.x - 6, layout.corridor.y);
  walls.lineBetween(layout.corridor.x - 6, layout.corridor.y + layout.corridor.height, layout.corridor.x - 6, layout.entrance.y);
  walls.lineStyle(3, FloorPalette.wallLight, 1).lineBetween(bounds.x, layout.entrance.y, layout.corridor.x - 6, layout.entrance.y);
  for (const room of layout.examRooms) {
    walls.lineStyle(4, FloorPalette.wall, 1).strokeRect(room.x, room.y, room.width, room.height);
    // A door onto the corridor.
    walls.lineStyle(6, FloorPalette.exam, 1).lineBetween(room.x + room.width / 2 - 18, room.y + room.height, room.x + room.width / 2 + 18, room.y + room.height);
    walls.lineStyle(3, FloorPalette.door, 1).lineBetween(room.x + room.width / 2 - 18, room.y + room.height, room.x + room.width / 2 - 18, room.y + room.height - 24);
  }
  walls.lineStyle(3, FloorPalette.wallLight, 1).strokeRoundedRect(layout.lab.x, layout.lab.y, layout.lab.width, layout.lab.height, 8);
  // The entrance: sliding doors in the outer wall.
  walls.lineStyle(WALL + 2, FloorPalette.outside, 1).lineBetween(layout.door.x - 40, bounds.y + bounds.height, layout.door.x + 40, bounds.y + bounds.height);
  walls.lineStyle(4, 0x9fc9d6, 1).lineBetween(layout.door.x - 40, bounds.y + bounds.height, layout.door.x - 4, bounds.y + bounds.height);
  walls.lineBetween(layout.door.x + 4, bounds.y + bounds.height, layout.door.x + 40, bounds.y + bounds.height);

  for (const seat of layout.seats) scene.add.image(seat.x, seat.y + 4, TextureKeys.Chair);
  scene.add.image(layout.waitingRoom.x + 30, layout.waitingRoom.y + 30, TextureKeys.Plant);
  scene.add.image(layout.waitingRoom.x + layout.waitingRoom.width - 30, layout.waitingRoom.y + layout.waitingRoom.height - 30, TextureKeys.Plant);
  scene.add.image(layout.entrance.x + 30, layout.entrance.y + 36, TextureKeys.Plant);
  layout.examRooms.forEach((room) => {
    const table = scene.add.image(room.x + room.width * 0.34, room.y + room.height * 0.55, TextureKeys.ExamTable);
    table.setScale(Math.min(1, (room.height - 30) / 96));
    const stool = scene.add.graphics();
    stool.fillStyle(FloorPalette.wall, 0.9).fillCircle(room.x + room.width * 0.7, room.y + room.height * 0.62, 9);
    const counter = scene.add.graphics();
    counter.fillStyle(FloorPalette.wallLight, 1).fillRoundedRect(room.x + room.width - 26, room.y + 12, 16, room.height - 40, 4);
  });
  scene.add.image(layout.lab.x + layout.lab.width / 2, layout.lab.y + 40, TextureKeys.LabBench);
  const deskY = layout.frontDesk.y + layout.frontDesk.height - 38;
  scene.add.image(layout.frontDesk.x + layout.frontDesk.width / 2, deskY, TextureKeys.Desk).setDisplaySize(Math.min(220, layout.frontDesk.width - 24), 56);
  scene.add.image(layout.checkout.x + layout.checkout.width / 2, layout.checkout.y + layout.checkout.height - 32, TextureKeys.Desk).setDisplaySize(Math.min(200, layout.checkout.width - 24), 50);
  const workstation = scene.add.graphics();
  workstation.fillStyle(FloorPalette.wallLight, 0.35).fillRoundedRect(layout.providerBase.x - 80, layout.providerBase.y - 64, 200, 104, 12);
  workstation.fillStyle(FloorPalette.door, 1).fillRoundedRect(layout.providerBase.x - 60, layout.providerBase.y - 34, 160, 22, 5);
  workstation.fillStyle(FloorPalette.label, 1).fillRoundedRect(layout.providerBase.x - 40, layout.providerBase.y - 32, 26, 16, 3).fillRoundedRect(layout.providerBase.x + 20, layout.providerBase.y - 32, 26, 16, 3);
  const phone = scene.add.image(layout.frontDesk.x + layout.frontDesk.width / 2 + 60, deskY - 4, TextureKeys.Phone).setScale(0.7);

  const label = (text: string, x: number, y: number) =>
    scene.add
      .text(x, y, text.toUpperCase(), { fontFamily: FontStack, fontSize: `${Math.round(12 * textScale)}px`, fontStyle: 'bold', color: cssColour(FloorPalette.label), resolution: 2 })
      .setLetterSpacing(1.5)
      .setAlpha(0.85);
  label('Waiting room', layout.waitingRoom.x + 56, layout.waitingRoom.y + 14);
  label('Entrance', layout.entrance.x + 56, layout.entrance.y + 12);
  label('Corridor', layout.corridor.x + 16, layout.corridor.y + 10);
  label('Lab station', layout.lab.x + 12, layout.lab.y + layout.lab.height - 22);
  label('Front desk', layout.frontDesk.x + 12, layout.frontDesk.y + 8);
  label('Checkout', layout.checkout.x + 12, layout.checkout.y + 8);
  label('Providers', layout.providerBase.x - 70, layout.providerBase.y - 58);
  layout.examRooms.forEach((room, index) => label(`Exam ${index + 1}`, room.x + 10, room.y + 8));

  // The clinic clock on the waiting room wall.
  const clockCentre = { x: layout.waitingRoom.x + layout.waitingRoom.width - 36, y: layout.waitingRoom.y + 30 };
  const face = scene.add.graphics();
  face.fillStyle(0xffffff, 1).fillCircle(clockCentre.x, clockCentre.y, 20);
  face.lineStyle(3, FloorPalette.wall, 1).strokeCircle(clockCentre.x, clockCentre.y, 20);
  for (let hour = 0; hour < 12; hour++) {
    const angle = (hour / 12) * Math.PI * 2;
    face.fillStyle(FloorPalette.wall, 1).fillCircle(clockCentre.x + Math.sin(angle) * 15, clockCentre.y - Math.cos(angle) * 15, hour % 3 === 0 ? 2 : 1);
  }
  const clockHands = scene.add.graphics();

  const zones: FloorZone[] = [
    zone(scene, layout.waitingRoom, 'waiting-room', null),
    zone(scene, layout.frontDesk, 'front-desk', null),
    zone(scene, layout.lab, 'lab', null),
    zone(scene, layout.checkout, 'checkout', null),
    ...layout.examRooms.map((room, index) => zone(scene, room, 'exam-room', index + 1)),
  ];
  return { zones, phone, clockHands, clockCentre, roomFloors };
}

/** Redraws the clock's hands for a clinic minute (minutes since midnight, with fraction). */
export function drawClockHands(hands: GameObjects.Graphics, centre: { x: number; y: number }, minute: number): void {
  const hourAngle = ((minute / 60) % 12) / 12 * Math.PI * 2;
  const minuteAngle = ((minute % 60) / 60) * Math.PI * 2;
  hands.clear();
  hands.lineStyle(3, FloorPalette.shadow, 1).lineBetween(centre.x, centre.y, centre.x + Math.sin(hourAngle) * 9, centre.y - Math.cos(hourAngle) * 9);
  hands.lineStyle(2, FloorPalette.badgeAct, 1).lineBetween(centre.x, centre.y, centre.x + Math.sin(minuteAngle) * 15, centre.y - Math.cos(minuteAngle) * 15);
  hands.fillStyle(FloorPalette.shadow, 1).fillCircle(centre.x, centre.y, 2);
}

function zone(scene: Scene, area: Area, kind: FloorArea, room: number | null): FloorZone {
  const node = scene.add.zone(area.x, area.y, area.width, area.height).setOrigin(0, 0).setInteractive({ useHandCursor: true });
  return { area: kind, room, zone: node };
}

function fillArea(g: GameObjects.Graphics, area: Area, colour: number): void {
  g.fillStyle(colour, 1).fillRect(area.x, area.y, area.width, area.height);
}

function tiles(g: GameObjects.Graphics, bounds: Area): void {
  g.lineStyle(1, FloorPalette.floorTile, 1);
  for (let x = bounds.x + 40; x < bounds.x + bounds.width; x += 40) g.lineBetween(x, bounds.y, x, bounds.y + bounds.height);
  for (let y = bounds.y + 40; y < bounds.y + bounds.height; y += 40) g.lineBetween(bounds.x, y, bounds.x + bounds.width, y);
}
