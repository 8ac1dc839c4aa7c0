/**
 * Draws the clinic floor in one flat style: floors and walls with Phaser Graphics,
 * furniture from the SVGs in `assets/images`, and the area names. Everything that does not
 * change during the day is baked once into one image (`canvas-bake.ts`) and laid behind the
 * game's transparent canvas: the browser composites it as it is, and WebGL draws only what
 * moves over it. Even a single full-canvas textured quad costs a software renderer (a
 * machine without a GPU) several times the frame budget, while the page compositor copies
 * a still picture almost for free. An occupied exam room shows its darker floor as a
 * second baked picture over its part of the plan. Returns the objects the scene animates
 * (the phone, the wall clock's hands) and changes (the occupied rooms), and the clickable areas.
 */
import { Scenes, type GameObjects, type Scene } from 'phaser';
import type { FloorArea } from '../src/session/day-view';
import { bakeAround, bakeTexture, originOf, tintedCopy, type Bakeable, type Reach } from './canvas-bake';
import { areaLabels, counters, doorX, DOOR_HALF_WIDTH, ecgBedSpot, EXAM_TABLE_SPOT, workstationBox, type Area, type FloorLayout } from './floor-layout';
import { TextureKeys } from './keys';
import { cssColour, FloorPalette, FontStack } from './theme';

/** A clickable part of the floor. */
export interface FloorZone {
  readonly area: FloorArea;
  /** The exam room number, for exam rooms. */
  readonly room: number | null;
  readonly zone: GameObjects.Zone;
}

/** The wall clock's hands, turned by `setClockHands`. */
export interface ClockHands {
  readonly hour: GameObjects.Image;
  readonly minute: GameObjects.Image;
}

/** What the scene keeps of the drawn floor. */
export interface FloorArt {
  readonly zones: readonly FloorZone[];
  /** The phone on the front desk: `showPhoneRinging` colours it. */
  readonly phone: GameObjects.Image;
  readonly clockHands: ClockHands;
  /** Each exam room's floor as it looks while the room is taken, shown (unhidden) over the free floor. */
  readonly takenRooms: readonly HTMLElement[];
  /** Each area's name as drawn, with a margin: what patients' badges and names keep clear of. */
  readonly labelBoxes: readonly Area[];
}

/** Clear space kept around an area's name. */
const LABEL_MARGIN = 3;

/** Keys of the textures the floor bakes; replaced each time a day starts. */
const FloorTextures = {
  plan: 'floor-plan',
  taken: 'floor-plan-taken',
  hourHand: 'floor-clock-hour',
  minuteHand: 'floor-clock-minute',
  phoneRinging: 'floor-phone-ringing',
} as const;

/** How far inside a room's rectangle its taken floor shows, clear of the walls drawn on its edges. */
const ROOM_INSET = 3;
const WALL = 6;

/** Draws the floor of `layout`. */
export function drawFloor(scene: Scene, layout: FloorLayout, textScale: number): FloorArt {
  // Everything drawn into `art` is baked below and then destroyed.
  const art: Bakeable[] = [];
  const keep = <T extends Bakeable>(object: T): T => {
    art.push(object);
    return object;
  };
  const g = keep(scene.add.graphics());
  const { bounds } = layout;
  const { width, height } = scene.scale.gameSize;
  g.fillStyle(FloorPalette.outside, 1).fillRect(0, 0, width, height);
  g.fillStyle(FloorPalette.shadow, 0.08).fillRoundedRect(bounds.x + 4, bounds.y + 6, bounds.width, bounds.height, 10);
  g.fillStyle(FloorPalette.floor, 1).fillRoundedRect(bounds.x, bounds.y, bounds.width, bounds.height, 10);
  tiles(g, bounds);

  fillArea(g, layout.waitingRoom, FloorPalette.waiting);
  g.fillStyle(FloorPalette.rug, 1).fillRoundedRect(layout.waitingRoom.x + 28, layout.waitingRoom.y + 66, layout.waitingRoom.width - 56, 360, 18);
  fillArea(g, layout.entrance, FloorPalette.corridor);
  g.fillStyle(FloorPalette.wallLight, 0.5).fillRoundedRect(layout.door.x - 60, layout.entrance.y + layout.entrance.height - 46, 120, 34, 6);
  fillArea(g, layout.corridor, FloorPalette.corridor);
  fillArea(g, layout.lab, FloorPalette.lab);
  fillArea(g, layout.ecgBed, FloorPalette.exam);
  fillArea(g, layout.frontDesk, FloorPalette.desk);
  fillArea(g, layout.checkout, FloorPalette.desk);

  const roomFloors = keep(scene.add.graphics());
  for (const room of layout.examRooms) fillArea(roomFloors, room, FloorPalette.exam);

  const walls = keep(scene.add.graphics());
  walls.lineStyle(WALL, FloorPalette.wall, 1);
  walls.strokeRoundedRect(bounds.x, bounds.y, bounds.width, bounds.height, 10);
  // The waiting room's wall to the corridor, open to the entrance.
  walls.lineBetween(layout.corridor.x - 6, bounds.y, layout.corridor.x - 6, layout.corridor.y);
  walls.lineBetween(layout.corridor.x - 6, layout.corridor.y + layout.corridor.height, layout.corridor.x - 6, layout.entrance.y);
  walls.lineStyle(3, FloorPalette.wallLight, 1).lineBetween(bounds.x, layout.entrance.y, layout.corridor.x - 6, layout.entrance.y);
  for (const room of layout.examRooms) {
    walls.lineStyle(4, FloorPalette.wall, 1).strokeRect(room.x, room.y, room.width, room.height);
    // A door onto the corridor.
    const door = doorX(room);
    walls.lineStyle(6, FloorPalette.exam, 1).lineBetween(door - DOOR_HALF_WIDTH, room.y + room.height, door + DOOR_HALF_WIDTH, room.y + room.height);
    walls.lineStyle(3, FloorPalette.door, 1).lineBetween(door - DOOR_HALF_WIDTH, room.y + room.height, door - DOOR_HALF_WIDTH, room.y + room.height - 24);
  }
  walls.lineStyle(3, FloorPalette.wallLight, 1).strokeRoundedRect(layout.lab.x, layout.lab.y, layout.lab.width, layout.lab.height, 8);
  walls.lineStyle(3, FloorPalette.wallLight, 1).strokeRoundedRect(layout.ecgBed.x, layout.ecgBed.y, layout.ecgBed.width, layout.ecgBed.height, 8);
  // The entrance: sliding doors in the outer wall.
  walls.lineStyle(WALL + 2, FloorPalette.outside, 1).lineBetween(layout.door.x - 40, bounds.y + bounds.height, layout.door.x + 40, bounds.y + bounds.height);
  walls.lineStyle(4, 0x9fc9d6, 1).lineBetween(layout.door.x - 40, bounds.y + bounds.height, layout.door.x - 4, bounds.y + bounds.height);
  walls.lineBetween(layout.door.x + 4, bounds.y + bounds.height, layout.door.x + 40, bounds.y + bounds.height);

  for (const seat of layout.seats) keep(scene.add.image(seat.x, seat.y + 4, TextureKeys.Chair));
  keep(scene.add.image(layout.waitingRoom.x + 30, layout.waitingRoom.y + 30, TextureKeys.Plant));
  keep(scene.add.image(layout.waitingRoom.x + layout.waitingRoom.width - 30, layout.waitingRoom.y + layout.waitingRoom.height - 30, TextureKeys.Plant));
  keep(scene.add.image(layout.entrance.x + 30, layout.entrance.y + 36, TextureKeys.Plant));
  const furniture = keep(scene.add.graphics());
  layout.examRooms.forEach((room) => {
    keep(scene.add.image(room.x + room.width * EXAM_TABLE_SPOT.x, room.y + room.height * EXAM_TABLE_SPOT.y, TextureKeys.ExamTable)).setScale(Math.min(1, (room.height - 30) / 96));
    furniture.fillStyle(FloorPalette.wall, 0.9).fillCircle(room.x + room.width * 0.7, room.y + room.height * 0.62, 9);
    furniture.fillStyle(FloorPalette.wallLight, 1).fillRoundedRect(room.x + room.width - 26, room.y + 12, 16, room.height - 40, 4);
  });
  // The ECG bed, where its patient lies (`ecgBedSpot`), as an exam table in its bay.
  const bed = ecgBedSpot(layout);
  keep(scene.add.image(bed.x, bed.y, TextureKeys.ExamTable)).setScale(0.8);
  // The bench, the desk and the counter keep to the right, clear of their area's name.
  keep(scene.add.image(layout.lab.x + layout.lab.width - 72, layout.lab.y + 40, TextureKeys.LabBench)).setScale(0.8);
  // Where the plan keeps patients off them (`counters`).
  const { desk, counter } = counters(layout);
  const deskX = desk.x + desk.width / 2;
  const deskY = desk.y + desk.height / 2;
  const deskWidth = desk.width;
  keep(scene.add.image(deskX, deskY, TextureKeys.Desk)).setDisplaySize(desk.width, desk.height);
  keep(scene.add.image(counter.x + counter.width / 2, counter.y + counter.height / 2, TextureKeys.Desk)).setDisplaySize(counter.width, counter.height);
  const workstation = keep(scene.add.graphics());
  const box = workstationBox(layout);
  workstation.fillStyle(FloorPalette.wallLight, 0.35).fillRoundedRect(box.x, box.y, box.width, box.height, 12);
  workstation.fillStyle(FloorPalette.door, 1).fillRoundedRect(layout.providerBase.x - 56, layout.providerBase.y - 34, 140, 22, 5);
  workstation.fillStyle(FloorPalette.label, 1).fillRoundedRect(layout.providerBase.x - 40, layout.providerBase.y - 32, 26, 16, 3).fillRoundedRect(layout.providerBase.x + 20, layout.providerBase.y - 32, 26, 16, 3);

  const label = (text: string, x: number, y: number) =>
    keep(
      scene.add
        .text(x, y, text.toUpperCase(), { fontFamily: FontStack, fontSize: `${Math.round(12 * textScale)}px`, fontStyle: 'bold', color: cssColour(FloorPalette.label), resolution: 2 })
        .setLetterSpacing(1.5)
        .setAlpha(0.85),
    );
  const labelBoxes = areaLabels(layout).map(({ text, x, y }) => {
    const drawn = label(text, x, y);
    return { x: x - LABEL_MARGIN, y: y - LABEL_MARGIN, width: drawn.width + 2 * LABEL_MARGIN, height: drawn.height + 2 * LABEL_MARGIN };
  });

  // The clinic clock on the waiting room wall.
  const clockCentre = { x: layout.waitingRoom.x + layout.waitingRoom.width - 36, y: layout.waitingRoom.y + 30 };
  const face = keep(scene.add.graphics());
  face.fillStyle(0xffffff, 1).fillCircle(clockCentre.x, clockCentre.y, 20);
  face.lineStyle(3, FloorPalette.wall, 1).strokeCircle(clockCentre.x, clockCentre.y, 20);
  for (let hour = 0; hour < 12; hour++) {
    const angle = (hour / 12) * Math.PI * 2;
    face.fillStyle(FloorPalette.wall, 1).fillCircle(clockCentre.x + Math.sin(angle) * 15, clockCentre.y - Math.cos(angle) * 15, hour % 3 === 0 ? 2 : 1);
  }

  const plan = bakeTexture(scene, FloorTextures.plan, { x: 0, y: 0, width, height }, art);
  const planUrl = plan.canvas.toDataURL('image/png');
  scene.textures.remove(plan);
  // Each room's floor while taken, baked with everything drawn over it, shown over the free floor.
  roomFloors.clear();
  for (const room of layout.examRooms) fillArea(roomFloors, room, FloorPalette.examTaken);
  const takenRooms = layout.examRooms.map((room) => {
    const piece: Area = { x: room.x + ROOM_INSET, y: room.y + ROOM_INSET, width: room.width - 2 * ROOM_INSET, height: room.height - 2 * ROOM_INSET };
    const taken = bakeTexture(scene, FloorTextures.taken, piece, art);
    const url = taken.canvas.toDataURL('image/png');
    scene.textures.remove(taken);
    return { piece, url };
  });
  for (const object of art) object.destroy();
  const backdrop = showBackdrop(scene, { width, height }, planUrl, takenRooms);

  const phone = scene.add.image(deskX + deskWidth / 2 - 30, deskY - 4, TextureKeys.Phone).setScale(0.7);
  tintedCopy(scene, TextureKeys.Phone, FloorTextures.phoneRinging, cssColour(FloorPalette.ringUpset));
  const clockHands = drawClockHands(scene, clockCentre);

  const zones: FloorZone[] = [
    zone(scene, layout.waitingRoom, 'waiting-room', null),
    zone(scene, layout.frontDesk, 'front-desk', null),
    zone(scene, layout.lab, 'lab', null),
    zone(scene, layout.ecgBed, 'ecg-bed', null),
    zone(scene, layout.checkout, 'checkout', null),
    ...layout.examRooms.map((room, index) => zone(scene, room, 'exam-room', index + 1)),
  ];
  return { zones, phone, clockHands, takenRooms: backdrop.rooms, labelBoxes };
}

/**
 * Puts the baked plan, and each room's taken floor (hidden), behind the scene's transparent
 * canvas until the scene shuts down. Placed in shares of the canvas, so they scale with it.
 */
function showBackdrop(scene: Scene, size: { width: number; height: number }, planUrl: string, rooms: readonly { piece: Area; url: string }[]): { rooms: HTMLElement[] } {
  const canvas = scene.game.canvas;
  const backdrop = document.createElement('div');
  backdrop.className = 'floor-backdrop';
  backdrop.setAttribute('aria-hidden', 'true');
  const picture = (url: string, area: Area): HTMLImageElement => {
    const image = document.createElement('img');
    image.alt = '';
    image.src = url;
    image.style.left = `${(area.x / size.width) * 100}%`;
    image.style.top = `${(area.y / size.height) * 100}%`;
    image.style.width = `${(area.width / size.width) * 100}%`;
    image.style.height = `${(area.height / size.height) * 100}%`;
    return image;
  };
  backdrop.append(picture(planUrl, { x: 0, y: 0, ...size }));
  const taken = rooms.map(({ piece, url }) => {
    const image = picture(url, piece);
    image.hidden = true;
    return image;
  });
  backdrop.append(...taken);
  canvas.before(backdrop);
  scene.events.once(Scenes.Events.SHUTDOWN, () => backdrop.remove());
  return { rooms: taken };
}

/** The clock's two hands, each baked once and turned about the clock's centre. */
function drawClockHands(scene: Scene, centre: { x: number; y: number }): ClockHands {
  const hourReach: Reach = { left: -3, top: -11, right: 3, bottom: 3 };
  bakeAround(scene, FloorTextures.hourHand, hourReach, (hands) => {
    hands.lineStyle(3, FloorPalette.shadow, 1).lineBetween(0, 0, 0, -9);
    return [];
  });
  const minuteReach: Reach = { left: -3, top: -17, right: 3, bottom: 3 };
  bakeAround(scene, FloorTextures.minuteHand, minuteReach, (hands) => {
    hands.lineStyle(2, FloorPalette.badgeAct, 1).lineBetween(0, 0, 0, -15);
    hands.fillStyle(FloorPalette.shadow, 1).fillCircle(0, 0, 2);
    return [];
  });
  return {
    hour: scene.add.image(centre.x, centre.y, FloorTextures.hourHand).setOrigin(...originOf(hourReach)),
    minute: scene.add.image(centre.x, centre.y, FloorTextures.minuteHand).setOrigin(...originOf(minuteReach)),
  };
}

/** Shows the phone red while it rings, and as it is otherwise. */
export function showPhoneRinging(phone: GameObjects.Image, ringing: boolean): void {
  const key = ringing ? FloorTextures.phoneRinging : TextureKeys.Phone;
  if (phone.texture.key !== key) phone.setTexture(key);
}

/** Turns the clock's hands to a clinic minute (minutes since midnight, with fraction). */
export function setClockHands(hands: ClockHands, minute: number): void {
  hands.hour.setRotation((((minute / 60) % 12) / 12) * Math.PI * 2);
  hands.minute.setRotation(((minute % 60) / 60) * Math.PI * 2);
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
