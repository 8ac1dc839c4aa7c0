/**
 * The plan of the clinic floor in the game's logical pixels: where each area is, where
 * patients sit or stand in it, and the path between areas. Pure geometry; the floor scene
 * draws it and places patients with it.
 *
 * The floor fills the canvas left of the HUD's side panel and below its top bar:
 * the waiting room and the entrance on the left; exam rooms along the top; a corridor
 * with the lab station; the front desk and checkout along the bottom.
 */
import type { FloorArea } from '../src/session/day-view';

/** A point on the floor. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A rectangle on the floor. */
export interface Area {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The plan of a clinic with a given number of exam rooms. */
export interface FloorLayout {
  readonly bounds: Area;
  readonly waitingRoom: Area;
  readonly entrance: Area;
  readonly examRooms: readonly Area[];
  readonly corridor: Area;
  readonly lab: Area;
  readonly frontDesk: Area;
  readonly checkout: Area;
  /** Where patients come in and leave. */
  readonly door: Point;
  /** The chairs of the waiting room. */
  readonly seats: readonly Point[];
  /** Where a provider waits between visits. */
  readonly providerBase: Point;
}

/** The floor's place on the 1280×720 canvas. */
export const FLOOR_BOUNDS: Area = { x: 16, y: 76, width: 876, height: 628 };

const SPOT_GAP = 58;
/** How far apart providers wait at their workstation: wide enough for their name labels. */
const PROVIDER_GAP = 92;
/** Where a patient on an exam table lies (and the table stands), as shares of the room. */
export const EXAM_TABLE_SPOT = { x: 0.34, y: 0.6 } as const;

/** The plan for `examRooms` rooms (1–12). */
export function floorLayout(examRooms: number): FloorLayout {
  const b = FLOOR_BOUNDS;
  const leftWidth = 288;
  const waitingRoom: Area = { x: b.x, y: b.y, width: leftWidth, height: 440 };
  const entrance: Area = { x: b.x, y: b.y + 440, width: leftWidth, height: b.height - 440 };
  const right = b.x + leftWidth + 12;
  const rightWidth = b.x + b.width - right;
  const roomsHeight = 236;
  const columns = examRooms <= 4 ? examRooms : Math.ceil(examRooms / 2);
  const rows = examRooms <= 4 ? 1 : 2;
  const roomWidth = rightWidth / columns;
  const roomHeight = roomsHeight / rows;
  const rooms: Area[] = Array.from({ length: examRooms }, (_, index) => ({
    x: right + (index % columns) * roomWidth,
    y: b.y + Math.floor(index / columns) * roomHeight,
    width: roomWidth,
    height: roomHeight,
  }));
  const corridor: Area = { x: right, y: b.y + roomsHeight, width: rightWidth, height: 84 };
  const bottomTop = corridor.y + corridor.height;
  const lab: Area = { x: right + rightWidth * 0.55, y: bottomTop + 8, width: rightWidth * 0.45, height: 150 };
  const deskTop = b.y + b.height - 150;
  const frontDesk: Area = { x: right, y: deskTop, width: rightWidth * 0.52, height: 150 };
  const checkout: Area = { x: right + rightWidth * 0.55, y: deskTop + 8 + 0, width: rightWidth * 0.45, height: 142 };
  const seats: Point[] = [];
  for (let row = 0; row < 5; row++) {
    for (let column = 0; column < 4; column++) {
      seats.push({ x: waitingRoom.x + 48 + column * 64, y: waitingRoom.y + 96 + row * 70 });
    }
  }
  return {
    bounds: b,
    waitingRoom,
    entrance,
    examRooms: rooms,
    corridor,
    lab: { ...lab, height: deskTop - lab.y - 8 },
    frontDesk,
    checkout,
    door: { x: entrance.x + entrance.width / 2, y: b.y + b.height + 30 },
    seats,
    providerBase: { x: right + rightWidth * 0.27, y: bottomTop + 70 },
  };
}

/** Where the patient with `slot` (their order among those in the area) stands or sits in `area`. */
export function spotIn(layout: FloorLayout, area: FloorArea, slot: number, room: number | null): Point {
  switch (area) {
    case 'waiting-room':
      return layout.seats[slot % layout.seats.length] ?? centre(layout.waitingRoom);
    case 'front-desk':
      return queueSpot(layout.frontDesk, slot);
    case 'checkout':
      return queueSpot(layout.checkout, slot);
    case 'lab': {
      const lab = layout.lab;
      return { x: lab.x + 40 + (slot % 4) * SPOT_GAP, y: lab.y + lab.height - 28 - Math.floor(slot / 4) * 40 };
    }
    case 'exam-room': {
      const box = layout.examRooms[(room ?? 1) - 1] ?? layout.examRooms[0] ?? layout.corridor;
      return { x: box.x + box.width * EXAM_TABLE_SPOT.x, y: box.y + box.height * EXAM_TABLE_SPOT.y };
    }
    case 'entrance':
      // Low enough that a badge above the patient stays clear of the area's name.
      return { x: layout.entrance.x + layout.entrance.width / 2, y: layout.entrance.y + 100 };
    case 'outside':
    case 'gone':
      return layout.door;
  }
}

/** Where the provider at `index` in the scenario's list waits between visits. */
export function providerHome(layout: FloorLayout, index: number): Point {
  return { x: layout.providerBase.x + index * PROVIDER_GAP, y: layout.providerBase.y };
}

/** An area's name on the floor and where its top-left corner goes. */
export interface AreaLabel {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

/**
 * The names of the floor's areas, each in a corner no patient stands in, so that no badge
 * or name covers it: the top corner of areas where patients stand low (waiting room,
 * entrance, exam rooms, lab), the bottom corner beside the counter where they queue
 * along the top (front desk, checkout).
 */
export function areaLabels(layout: FloorLayout): AreaLabel[] {
  return [
    { text: 'Waiting room', x: layout.waitingRoom.x + 56, y: layout.waitingRoom.y + 14 },
    { text: 'Entrance', x: layout.entrance.x + 56, y: layout.entrance.y + 12 },
    { text: 'Corridor', x: layout.corridor.x + 16, y: layout.corridor.y + 10 },
    { text: 'Lab station', x: layout.lab.x + 12, y: layout.lab.y + 8 },
    { text: 'Front desk', x: layout.frontDesk.x + 12, y: layout.frontDesk.y + layout.frontDesk.height - 24 },
    { text: 'Checkout', x: layout.checkout.x + 12, y: layout.checkout.y + layout.checkout.height - 24 },
    { text: 'Providers', x: layout.providerBase.x - 70, y: layout.providerBase.y - 58 },
    ...layout.examRooms.map((room, index) => ({ text: `Exam ${index + 1}`, x: room.x + 10, y: room.y + 6 })),
  ];
}

/** Credentials whose holders the clinic calls "Dr." at work: physicians. */
const PHYSICIAN_CREDENTIALS: readonly string[] = ['MD', 'DO'];

/**
 * A provider's name as the floor shows it under their figure: a physician is "Dr." and
 * their family name ("Dr. Patel", never "Dr. Anika"); anyone else keeps their name, with
 * their credentials on a second line ("Isabel Reyes" over "FNP-C"), as a badge would.
 */
export function providerFloorName(provider: { readonly name: string; readonly credentials: string }): string {
  const titled = /^dr\.?\s+/i.test(provider.name);
  const name = provider.name.replace(/^dr\.?\s+/i, '').replace(/,.*$/, '').trim();
  const credentials = provider.credentials.trim();
  if (titled || PHYSICIAN_CREDENTIALS.includes(credentials.toUpperCase())) {
    const family = name.split(/\s+/).at(-1) ?? name;
    return `Dr. ${family}`;
  }
  return credentials === '' ? name : `${name}\n${credentials}`;
}

/** Where a provider stands while seeing the patient in `room`. */
export function providerSpot(layout: FloorLayout, room: number): Point {
  const box = layout.examRooms[room - 1] ?? layout.corridor;
  return { x: box.x + box.width * 0.7, y: box.y + box.height * 0.62 };
}

/** The points a walk from `from` to `to` passes: through the corridor or the entrance, never through a wall. */
export function route(layout: FloorLayout, from: Point, to: Point): Point[] {
  const points: Point[] = [];
  const corridorY = layout.corridor.y + layout.corridor.height / 2;
  const inRooms = (point: Point) => point.y < layout.corridor.y && point.x > layout.corridor.x - 4;
  const inWaiting = (point: Point) => point.x < layout.corridor.x - 4 && point.y < layout.entrance.y;
  const hall: Point = { x: layout.corridor.x - 8, y: corridorY };
  const lobby: Point = { x: layout.entrance.x + layout.entrance.width / 2, y: layout.entrance.y + 30 };
  if (inRooms(from)) points.push({ x: from.x, y: corridorY });
  if (inWaiting(from)) points.push({ x: from.x, y: layout.entrance.y - 30 }, lobby);
  if (from.y > layout.bounds.y + layout.bounds.height) points.push(lobby);
  if (inWaiting(to)) points.push(lobby, { x: to.x, y: layout.entrance.y - 30 });
  if (inRooms(to)) {
    if (!inRooms(from)) points.push(hall);
    points.push({ x: to.x, y: corridorY });
  }
  if (to.y > layout.bounds.y + layout.bounds.height) points.push(lobby);
  points.push(to);
  return points;
}

function queueSpot(area: Area, slot: number): Point {
  const perRow = Math.max(1, Math.floor((area.width - 40) / SPOT_GAP));
  return { x: area.x + 36 + (slot % perRow) * SPOT_GAP, y: area.y + 40 - Math.floor(slot / perRow) * 36 };
}

function centre(area: Area): Point {
  return { x: area.x + area.width / 2, y: area.y + area.height / 2 };
}
