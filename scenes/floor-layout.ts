/**
 * The plan of the clinic floor in the game's logical pixels: where each area is, where
 * patients sit or stand in it, and the path between areas. Pure geometry; the floor scene
 * draws it and places patients with it.
 *
 * The floor fills the canvas left of the HUD's side panel and below its top bar:
 * the waiting room and the entrance on the left; exam rooms along the top; a corridor
 * with the lab station; the front desk and checkout along the bottom.
 *
 * `placeOccupants` puts the patients on it so that no two badges, names or figures
 * overlap, nothing covers an area's name or a waiting provider, and every part of every
 * token stays inside the floor.
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

/** The waiting room's chairs: two columns far enough apart for two badges side by side, rows far enough apart for a badge under a name. */
const SEAT_COLUMNS = 2;
const SEAT_ROWS = 4;
const SEAT_GAP = { x: 144, y: 96 } as const;
/** How far apart providers wait at their workstation: wide enough for their name labels. */
const PROVIDER_GAP = 92;
/** Where a patient on an exam table lies (and the table stands), as shares of the room. */
export const EXAM_TABLE_SPOT = { x: 0.34, y: 0.6 } as const;

/**
 * Room left under a patient at the door for their first name at the largest text size (18 px
 * high at 1×, 1.25× at the largest, and a margin): a patient coming in or going out
 * stands on the doormat with their name whole, never cut off by the outer wall.
 */
const DOOR_NAME_ROOM = 28;

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
  for (let row = 0; row < SEAT_ROWS; row++) {
    for (let column = 0; column < SEAT_COLUMNS; column++) {
      seats.push({ x: waitingRoom.x + 72 + SEAT_GAP.x * column, y: waitingRoom.y + 100 + row * SEAT_GAP.y });
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
    door: { x: entrance.x + entrance.width / 2, y: b.y + b.height - NAME_Y - DOOR_NAME_ROOM },
    seats,
    providerBase: { x: right + rightWidth * 0.27, y: bottomTop + 70 },
  };
}

/**
 * Where the first patient of an area stands or sits: the first chair, the head of a
 * counter's queue, the lab's bench, the exam table of `room`. `placeOccupants` places the
 * others from there.
 */
export function firstSpotIn(layout: FloorLayout, area: FloorArea, room: number | null): Point {
  switch (area) {
    case 'waiting-room':
      return layout.seats[0] ?? centre(layout.waitingRoom);
    case 'front-desk':
      return { x: layout.frontDesk.x + 36, y: layout.frontDesk.y + 40 };
    case 'checkout':
      return { x: layout.checkout.x + 36, y: layout.checkout.y + 40 };
    case 'lab':
      return { x: layout.lab.x + 40, y: layout.lab.y + layout.lab.height - 28 };
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

/** Where a provider stands while seeing the patient in `room`, as a rule (beside the table). */
export function providerSpot(layout: FloorLayout, room: number): Point {
  const box = layout.examRooms[room - 1] ?? layout.corridor;
  return { x: box.x + box.width * 0.7, y: box.y + box.height * 0.62 };
}

/** The box a provider's figure and name cover at `at` (their name under 7.5 px a character, on one or two lines, at the text size). */
export function providerBox(at: Point, shownName: string, textScale: number): Area {
  const lines = shownName.split('\n');
  const width = Math.max(42, Math.max(...lines.map((line) => line.length)) * 7.5 * textScale);
  return { x: at.x - width / 2, y: at.y - 21, width, height: 21 + NAME_Y + lines.length * 16 * textScale };
}

/**
 * Where a provider stands in `room` beside the patient there, clear of the patient's badge,
 * figure and name tag (`patient`: their boxes), so the doctor's name tag never lies on the
 * patient's: the usual spot beside the table if it is clear, else the nearest clear one in
 * the room; in a room too small for that (two rows of rooms), where they cover least.
 */
export function providerSpotBeside(layout: FloorLayout, room: number, patient: readonly Area[], shownName: string, textScale: number): Point {
  const usual = providerSpot(layout, room);
  const box = layout.examRooms[room - 1];
  if (!box) return usual;
  const inRoom = (area: Area) => area.x >= box.x && area.y >= box.y && area.x + area.width <= box.x + box.width && area.y + area.height <= box.y + box.height;
  // How much of the patient's token the provider would cover there: none is clear.
  const covered = (at: Point) => {
    const mine = providerBox(at, shownName, textScale);
    return patient.reduce((sum, other) => sum + (overlapping(mine, other) ? overlapArea(mine, other) + 1 : 0), 0);
  };
  let best = usual;
  let least = covered(usual);
  for (const at of byNearness(gridOver(box, AREA_STEP), usual)) {
    if (least === 0) break;
    if (!inRoom(providerBox(at, shownName, textScale))) continue;
    const cover = covered(at);
    if (cover < least) [best, least] = [at, cover];
  }
  return best;
}

function overlapArea(a: Area, b: Area): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return Math.max(0, width) * Math.max(0, height);
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

function centre(area: Area): Point {
  return { x: area.x + area.width / 2, y: area.y + area.height / 2 };
}

/** How far above a patient's point the middle of their badge sits, as a rule. */
export const BADGE_Y = -34;
/** How far below a patient's point their name tag begins. */
export const NAME_Y = 24;
/** A patient's figure with its wait ring, around their point. */
const FIGURE_REACH = { left: -21, top: -21, right: 21, bottom: NAME_Y } as const;
/** Clear space kept between two tokens' parts. */
const TOKEN_GAP = 4;
/** Steps of the grid of places tried in an area, and on the rest of the floor. */
const AREA_STEP = 12;
const FLOOR_STEP = 16;
/** Moving up or down an area costs this much more than along it: a queue fills a row before it starts another. */
const ROW_COST = 3;

/** The drawn size of a patient's badge and name tag (they grow with the text size). */
export interface TokenSize {
  readonly badgeWidth: number;
  readonly badgeHeight: number;
  readonly nameWidth: number;
  readonly nameHeight: number;
}

/** A patient to place on the floor. */
export interface Occupant {
  readonly id: string;
  readonly area: FloorArea;
  readonly room: number | null;
  readonly size: TokenSize;
}

/** Where a patient's token goes, and where its badge's middle sits above that point (a negative offset). */
export interface TokenPlacement extends Point {
  readonly badgeY: number;
}

/** What else is on the floor that a token must not cover. */
export interface FloorObstacles {
  /** The text size multiplier the floor is drawn at (area names and providers' names grow with it). */
  readonly textScale: number;
  /** The providers' names as the floor shows them (`providerFloorName`), in the scenario's order. */
  readonly providerNames: readonly string[];
}

/** The boxes a token covers at `place`: its badge, its figure and its name tag. */
export function tokenBoxes(place: TokenPlacement, size: TokenSize): Area[] {
  return [
    { x: place.x - size.badgeWidth / 2, y: place.y + place.badgeY - size.badgeHeight / 2, width: size.badgeWidth, height: size.badgeHeight },
    { x: place.x + FIGURE_REACH.left, y: place.y + FIGURE_REACH.top, width: FIGURE_REACH.right - FIGURE_REACH.left, height: FIGURE_REACH.bottom - FIGURE_REACH.top },
    { x: place.x - size.nameWidth / 2, y: place.y + NAME_Y, width: size.nameWidth, height: size.nameHeight },
  ];
}

/**
 * Generous boxes around what the floor draws besides the patients: each area's name (bold
 * capitals, under 10 px a character and 16 px high at the default text size) and each
 * waiting provider with their name (under 7.5 px a character, on one or two lines).
 */
export function floorObstacleBoxes(layout: FloorLayout, obstacles: FloorObstacles): Area[] {
  const scale = obstacles.textScale;
  const labels = areaLabels(layout).map((label) => ({ x: label.x, y: label.y, width: label.text.length * 10 * scale, height: 16 * scale }));
  const providers = obstacles.providerNames.map((name, index) => {
    const home = providerHome(layout, index);
    const lines = name.split('\n');
    const width = Math.max(42, Math.max(...lines.map((line) => line.length)) * 7.5 * scale);
    return { x: home.x - width / 2, y: home.y - 21, width, height: 21 + NAME_Y + lines.length * 16 * scale };
  });
  return [...labels, ...providers];
}

/**
 * Places every patient on the floor (those outside or gone are left out): a patient in an
 * exam room on its table, the others in their area — on a chair, in the queue at a counter,
 * at the lab — at the first place, in the area's order of preference, where none of their
 * token's parts overlaps another's, an area's name or a waiting provider, and all of it is
 * inside the floor; with the badge raised over a neighbour's where that makes room. When an
 * area is full, the patient stands on the nearest clear part of the floor outside exam rooms.
 * Patients are placed in the order given, so the same day places them the same way.
 */
export function placeOccupants(layout: FloorLayout, occupants: readonly Occupant[], obstacles: FloorObstacles): Map<string, TokenPlacement> {
  const taken: Area[] = floorObstacleBoxes(layout, obstacles);
  const placements = new Map<string, TokenPlacement>();
  const place = (occupant: Occupant, placement: TokenPlacement) => {
    placements.set(occupant.id, placement);
    taken.push(...tokenBoxes(placement, occupant.size));
  };
  // The exam rooms first: a roomed patient has nowhere else to be. On the table if there is
  // room there, else as near it as there is, in the room.
  for (const occupant of occupants) {
    if (occupant.area !== 'exam-room') continue;
    const table = firstSpotIn(layout, 'exam-room', occupant.room);
    const room = layout.examRooms[(occupant.room ?? 1) - 1] ?? layout.corridor;
    const found = firstFit(layout, [table, ...byNearness(gridOver(room, AREA_STEP), table)], occupant.size, taken);
    place(occupant, found ?? { ...insideFloor(layout, table, occupant.size), badgeY: BADGE_Y });
  }
  for (const occupant of occupants) {
    if (occupant.area === 'exam-room' || occupant.area === 'outside' || occupant.area === 'gone') continue;
    const found = firstFit(layout, areaCandidates(layout, occupant.area), occupant.size, taken) ?? firstFit(layout, floorCandidates(layout, firstSpotIn(layout, occupant.area, null)), occupant.size, taken);
    place(occupant, found ?? { ...insideFloor(layout, firstSpotIn(layout, occupant.area, null), occupant.size), badgeY: BADGE_Y });
  }
  return placements;
}

/** The badge's heights to try: over the figure, then raised clear of a neighbour's badge at the usual height. */
function badgeLevels(size: TokenSize): number[] {
  return [BADGE_Y, BADGE_Y - size.badgeHeight - TOKEN_GAP];
}

function firstFit(layout: FloorLayout, candidates: Iterable<Point>, size: TokenSize, taken: readonly Area[]): TokenPlacement | null {
  for (const point of candidates) {
    for (const badgeY of badgeLevels(size)) {
      const placement = { x: point.x, y: point.y, badgeY };
      if (fits(layout, placement, size, taken)) return placement;
    }
  }
  return null;
}

function fits(layout: FloorLayout, placement: TokenPlacement, size: TokenSize, taken: readonly Area[]): boolean {
  const bounds = layout.bounds;
  return tokenBoxes(placement, size).every(
    (box) =>
      box.x >= bounds.x &&
      box.y >= bounds.y &&
      box.x + box.width <= bounds.x + bounds.width &&
      box.y + box.height <= bounds.y + bounds.height &&
      taken.every((other) => !overlapping(box, other)),
  );
}

function overlapping(a: Area, b: Area): boolean {
  return a.x < b.x + b.width + TOKEN_GAP && b.x < a.x + a.width + TOKEN_GAP && a.y < b.y + b.height + TOKEN_GAP && b.y < a.y + a.height + TOKEN_GAP;
}

/** The point moved the least distance that brings the whole token inside the floor. */
function insideFloor(layout: FloorLayout, point: Point, size: TokenSize): Point {
  const bounds = layout.bounds;
  const halfWidth = Math.max(size.badgeWidth, size.nameWidth, FIGURE_REACH.right - FIGURE_REACH.left) / 2;
  const top = Math.min(BADGE_Y - size.badgeHeight / 2, FIGURE_REACH.top);
  const bottom = NAME_Y + size.nameHeight;
  return {
    x: Math.min(Math.max(point.x, bounds.x + halfWidth), bounds.x + bounds.width - halfWidth),
    y: Math.min(Math.max(point.y, bounds.y - top), bounds.y + bounds.height - bottom),
  };
}

/** The places an area offers, best first: its chairs, then a grid over it nearest the area's first place first, along rows before across them. */
function areaCandidates(layout: FloorLayout, area: FloorArea): Point[] {
  const box = areaBox(layout, area);
  const grid = byNearness(gridOver(box, AREA_STEP), firstSpotIn(layout, area, null));
  return area === 'waiting-room' ? [...layout.seats, ...grid] : grid;
}

/** Every place on the floor outside the exam rooms, nearest `anchor` first: where the overflow of a full area stands. */
function* floorCandidates(layout: FloorLayout, anchor: Point): Generator<Point> {
  const outsideRooms = gridOver(layout.bounds, FLOOR_STEP).filter((point) => !layout.examRooms.some((room) => within(room, point)));
  yield* byNearness(outsideRooms, anchor);
}

function areaBox(layout: FloorLayout, area: FloorArea): Area {
  switch (area) {
    case 'waiting-room':
      return layout.waitingRoom;
    case 'front-desk':
      return layout.frontDesk;
    case 'checkout':
      return layout.checkout;
    case 'lab':
      return layout.lab;
    case 'exam-room':
      return layout.corridor;
    case 'entrance':
    case 'outside':
    case 'gone':
      return layout.entrance;
  }
}

function gridOver(box: Area, step: number): Point[] {
  const points: Point[] = [];
  for (let y = box.y; y <= box.y + box.height; y += step) {
    for (let x = box.x; x <= box.x + box.width; x += step) points.push({ x, y });
  }
  return points;
}

function byNearness(points: readonly Point[], anchor: Point): Point[] {
  const cost = (point: Point) => Math.abs(point.x - anchor.x) + ROW_COST * Math.abs(point.y - anchor.y);
  return [...points].sort((a, b) => cost(a) - cost(b) || a.y - b.y || a.x - b.x);
}

function within(box: Area, point: Point): boolean {
  return point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y && point.y <= box.y + box.height;
}
