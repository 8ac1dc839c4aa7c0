/**
 * The plan of the clinic floor in the game's logical pixels: where each area is, where
 * patients sit or stand in it, and the path between areas. Pure geometry; the floor scene
 * draws it and places patients with it.
 *
 * The floor fills the canvas left of the HUD's side panel and below its top bar:
 * the waiting room and the entrance on the left; exam rooms along the top; a corridor;
 * under it the ECG bed's bay, the providers' workstation and the lab station; the front
 * desk and checkout along the bottom.
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
  /** The ECG bed's bay, under the corridor's left end: the bed, its name, and room for the patient on it. */
  readonly ecgBed: Area;
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
/** How far apart providers wait at their workstation at least; wider names stand further apart (`providerHome`). */
const PROVIDER_GAP = 92;
/** Clear space between two waiting providers' name tags. */
const PROVIDER_NAME_GAP = 12;
/** Where a patient on an exam table lies (and the table stands), as shares of the room. */
export const EXAM_TABLE_SPOT = { x: 0.34, y: 0.6 } as const;

/**
 * Room left under a patient at the door for their first name at the largest text size (18 px
 * high at 1×, 1.25× at the largest, and a margin): a patient coming in or going out
 * stands on the doormat with their name whole, never cut off by the outer wall.
 */
const DOOR_NAME_ROOM = 28;

/** Clear floor between the lab's outline (3 px, drawn on its edge) and the outer wall (6 px, on the floor's edge). */
export const LAB_WALL_GAP = 10;

/** How wide the ECG bed's bay is: the patient's widest badge there ("Finish ECG") at text size 1.25, inside its outline. */
const ECG_BAY_WIDTH = 116;
/** Clear floor between the ECG bed's bay and the providers' workstation. */
const ECG_BAY_GAP = 12;
/** How far the providers' workstation reaches left of where the first provider waits (its right edge is `WORKSTATION_RIGHT` past it). */
export const WORKSTATION_LEFT = 70;
export const WORKSTATION_RIGHT = 104;

/** How thick the floor art draws the walls (`floor-art.ts`'s WALL). */
const WALL_THICKNESS = 6;

/**
 * The waiting room's wall to the corridor as the floor art draws it (6 px, on the line 6 px
 * left of the corridor, above and below the corridor's opening), as boxes no badge, figure or
 * name tag may cover. The playtest at text size 1.25 saw the badge of a patient on the second
 * column of chairs drawn across it. (The light line to the entrance is the room's open
 * threshold, walked across; it is not a wall a token must keep off.)
 */
export function waitingRoomWalls(layout: FloorLayout): Area[] {
  const x = layout.corridor.x - 6 - WALL_THICKNESS / 2;
  const top = layout.bounds.y;
  const belowCorridor = layout.corridor.y + layout.corridor.height;
  return [
    { x, y: top, width: WALL_THICKNESS, height: layout.corridor.y - top },
    { x, y: belowCorridor, width: WALL_THICKNESS, height: layout.entrance.y - belowCorridor },
  ];
}

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
  // Its outline kept clear of the outer wall (the playtest at 1366×768: the lab's box touched the wall).
  const lab: Area = { x: right + rightWidth * 0.55, y: bottomTop + 8, width: rightWidth * 0.45 - LAB_WALL_GAP, height: 150 };
  const deskTop = b.y + b.height - 150;
  // Below the corridor's left end, clear of the waiting room's wall (the playtest saw the ECG patient drawn over the lab's name).
  const ecgBed: Area = { x: right + 4, y: bottomTop + 8, width: ECG_BAY_WIDTH, height: deskTop - 8 - (bottomTop + 8) };
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
    ecgBed,
    frontDesk,
    checkout,
    door: { x: entrance.x + entrance.width / 2, y: b.y + b.height - NAME_Y - DOOR_NAME_ROOM },
    seats,
    // The workstation between the ECG bed's bay and the lab.
    providerBase: { x: ecgBed.x + ecgBed.width + ECG_BAY_GAP + WORKSTATION_LEFT, y: bottomTop + 70 },
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
    case 'ecg-bed':
      return ecgBedSpot(layout);
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

/** Where the patient lies on the ECG bed (and the bed stands): the middle of its bay, low enough that the badge clears the bay's name. */
export function ecgBedSpot(layout: FloorLayout): Point {
  return { x: layout.ecgBed.x + layout.ecgBed.width / 2, y: layout.ecgBed.y + layout.ecgBed.height - 56 };
}

/**
 * Where the provider at `index` in the scenario's list waits between visits: side by side
 * at the workstation, far enough apart that their name tags (as `obstacles` gives them) never
 * touch; without `obstacles`, a fixed step.
 */
export function providerHome(layout: FloorLayout, index: number, obstacles?: FloorObstacles): Point {
  let x = layout.providerBase.x;
  for (let next = 1; next <= index; next++) {
    x += obstacles ? Math.max(PROVIDER_GAP, (providerWidth(providerTag(obstacles, next - 1)) + providerWidth(providerTag(obstacles, next))) / 2 + PROVIDER_NAME_GAP) : PROVIDER_GAP;
  }
  return { x, y: layout.providerBase.y };
}

/** The providers' workstation as the floor draws it, around `providerBase`. */
export function workstationBox(layout: FloorLayout): Area {
  return { x: layout.providerBase.x - WORKSTATION_LEFT, y: layout.providerBase.y - 64, width: WORKSTATION_LEFT + WORKSTATION_RIGHT, height: 104 };
}

/**
 * What the floor draws with an outline of its own between the corridor and the counters:
 * the ECG bed's bay, the lab and the providers' workstation. A patient who is not at one of
 * them stands clear of it (the playtest saw the front desk's queue with "Waiting to check
 * in" over the bay's wall); the bay's patient and the lab's are placed inside their own first.
 */
function walledAreas(layout: FloorLayout): Area[] {
  return [layout.ecgBed, layout.lab, workstationBox(layout)];
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
 * exam rooms, lab), the bottom corner beside the counter where they queue along the top
 * (front desk, checkout), and the entrance's bottom corner left of the door, off the way
 * in and out (at its top corner, patients walking to and from the waiting room crossed it).
 */
export function areaLabels(layout: FloorLayout): AreaLabel[] {
  return [
    { text: 'Waiting room', x: layout.waitingRoom.x + 56, y: layout.waitingRoom.y + 14 },
    { text: 'Entrance', x: layout.entrance.x + 12, y: layout.entrance.y + layout.entrance.height - 24 },
    { text: 'Corridor', x: layout.corridor.x + 16, y: layout.corridor.y + 10 },
    { text: 'Lab station', x: layout.lab.x + 12, y: layout.lab.y + 8 },
    { text: 'ECG bed', x: layout.ecgBed.x + 10, y: layout.ecgBed.y + 8 },
    { text: 'Front desk', x: layout.frontDesk.x + 12, y: layout.frontDesk.y + layout.frontDesk.height - 24 },
    { text: 'Checkout', x: layout.checkout.x + 12, y: layout.checkout.y + layout.checkout.height - 24 },
    { text: 'Providers', x: layout.providerBase.x - WORKSTATION_LEFT + 10, y: layout.providerBase.y - 58 },
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

/** The drawn size of a provider's name tag under their figure. */
export interface ProviderTag {
  readonly width: number;
  readonly height: number;
}

/**
 * A generous estimate of a provider's name tag where it has not been measured: under
 * 7.5 px a character, 16 px a line, at the text size. The floor measures the tags it draws
 * (`FloorObstacles.providerTags`): a font wider than the estimate must not make names touch.
 */
export function estimatedProviderTag(shownName: string, textScale: number): ProviderTag {
  const lines = shownName.split('\n');
  return { width: Math.max(...lines.map((line) => line.length)) * 7.5 * textScale, height: lines.length * 16 * textScale };
}

/** The provider at `index`'s name tag: as measured, else as estimated. */
function providerTag(obstacles: FloorObstacles, index: number): ProviderTag {
  return obstacles.providerTags?.[index] ?? estimatedProviderTag(obstacles.providerNames[index] ?? '', obstacles.textScale);
}

function providerWidth(tag: ProviderTag): number {
  return Math.max(42, tag.width);
}

/** The box a provider's figure and name tag cover together at `at`. */
export function providerBox(at: Point, tag: ProviderTag): Area {
  const width = providerWidth(tag);
  return { x: at.x - width / 2, y: at.y - 21, width, height: 21 + NAME_Y + tag.height };
}

/** The boxes a provider covers at `at`: their figure, and their name tag under it. */
export function providerBoxes(at: Point, tag: ProviderTag): Area[] {
  return [
    { x: at.x + FIGURE_REACH.left, y: at.y + FIGURE_REACH.top, width: FIGURE_REACH.right - FIGURE_REACH.left, height: FIGURE_REACH.bottom - FIGURE_REACH.top },
    { x: at.x - tag.width / 2, y: at.y + NAME_Y, width: tag.width, height: tag.height },
  ];
}

/** How far above the desk's top a patient walking past it keeps their point: their name tag (under the point) clears the desk. */
const COUNTER_CLEARANCE = 60;

/**
 * The points a walk from `from` to `to` passes: through the corridor or the entrance, never
 * through a wall, and along the queue's row above the desk and the counter, never across them.
 */
export function route(layout: FloorLayout, from: Point, to: Point): Point[] {
  const points: Point[] = [];
  const corridorY = layout.corridor.y + layout.corridor.height / 2;
  const inRooms = (point: Point) => point.y < layout.corridor.y && point.x > layout.corridor.x - 4;
  const inWaiting = (point: Point) => point.x < layout.corridor.x - 4 && point.y < layout.entrance.y;
  const atCounters = (point: Point) => point.x > layout.corridor.x - 4 && point.y > layout.lab.y + layout.lab.height;
  const pastCounters = counters(layout).desk.y - COUNTER_CLEARANCE;
  const hall: Point = { x: layout.corridor.x - 8, y: corridorY };
  const lobby: Point = { x: layout.entrance.x + layout.entrance.width / 2, y: layout.entrance.y + 30 };
  // Up to the row above the desk, and along it to the counters' left end before going anywhere else.
  if (atCounters(from) && from.y > pastCounters) points.push({ x: from.x, y: pastCounters });
  if (atCounters(from) && !atCounters(to)) points.push({ x: layout.frontDesk.x, y: Math.min(from.y, pastCounters) });
  // In and out of an exam room by its door (the playtest saw a patient walk up through the wall to the table).
  const roomOf = (point: Point) => layout.examRooms.find((room) => within(room, point));
  const leaving = inRooms(from) ? roomOf(from) : undefined;
  const entering = inRooms(to) ? roomOf(to) : undefined;
  if (leaving && leaving !== entering) points.push({ x: doorX(leaving), y: doorStep(leaving) }, { x: doorX(leaving), y: corridorY });
  else if (inRooms(from) && !entering) points.push({ x: from.x, y: corridorY });
  if (inWaiting(from)) points.push({ x: from.x, y: layout.entrance.y - 30 }, lobby);
  if (from.y > layout.bounds.y + layout.bounds.height) points.push(lobby);
  if (inWaiting(to)) points.push(lobby, { x: to.x, y: layout.entrance.y - 30 });
  if (entering && entering !== leaving) {
    if (!inRooms(from)) points.push(hall);
    points.push({ x: doorX(entering), y: corridorY }, { x: doorX(entering), y: doorStep(entering) });
  } else if (inRooms(to) && !entering) {
    if (!inRooms(from)) points.push(hall);
    points.push({ x: to.x, y: corridorY });
  }
  if (to.y > layout.bounds.y + layout.bounds.height) points.push(lobby);
  if (atCounters(to) && !atCounters(from)) points.push({ x: layout.frontDesk.x, y: Math.min(to.y, pastCounters) });
  if (atCounters(to) && to.y > pastCounters) points.push({ x: to.x, y: pastCounters });
  points.push(to);
  return points;
}

/** Half the width of an exam room's door, drawn in the middle of its wall to the corridor (`floor-art.ts`). */
export const DOOR_HALF_WIDTH = 18;

/** The middle of an exam room's door. */
export function doorX(room: Area): number {
  return room.x + room.width / 2;
}

/** Just inside an exam room's door, where a walk turns towards the table. */
function doorStep(room: Area): number {
  return room.y + room.height - 24;
}

/** Just inside the door of exam room `room` (1-based): where a patient called to it is first drawn. */
export function roomEntrance(layout: FloorLayout, room: number): Point {
  const box = layout.examRooms[room - 1] ?? layout.examRooms[0] ?? layout.corridor;
  return { x: doorX(box), y: doorStep(box) };
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
  /** The providers' name tags as drawn, in the same order; estimated from the names where not given. */
  readonly providerTags?: readonly ProviderTag[];
  /** The areas' names as drawn (`areaLabels`, measured); estimated from their text where not given. */
  readonly labelBoxes?: readonly Area[];
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
 * Boxes around what the floor draws besides the patients: the waiting room's wall to the
 * corridor (`waitingRoomWalls`), each area's name (as measured
 * where drawn, else estimated: bold capitals, about 10 px a character and 16 px high at the
 * default text size), each
 * waiting provider with their name tag, and the front desk's desk and the checkout's
 * counter (a patient drawn over the desk hid it and the phone on it: the playtest).
 */
export function floorObstacleBoxes(layout: FloorLayout, obstacles: FloorObstacles): Area[] {
  const scale = obstacles.textScale;
  const labels = obstacles.labelBoxes ?? areaLabels(layout).map((label) => ({ x: label.x, y: label.y, width: label.text.length * 10 * scale, height: 16 * scale }));
  const providers = obstacles.providerNames.map((_, index) => providerBox(providerHome(layout, index, obstacles), providerTag(obstacles, index)));
  const { desk, counter } = counters(layout);
  return [...waitingRoomWalls(layout), ...labels, ...providers, desk, counter];
}

/**
 * The front desk's desk and the checkout's counter as the floor draws them, against the
 * bottom of their areas, right of the area's name: patients queue above them, never on them.
 */
export function counters(layout: FloorLayout): { readonly desk: Area; readonly counter: Area } {
  const deskWidth = Math.min(180, layout.frontDesk.width - 130);
  const counterWidth = Math.min(160, layout.checkout.width - 120);
  return {
    desk: { x: layout.frontDesk.x + layout.frontDesk.width - 10 - deskWidth, y: layout.frontDesk.y + layout.frontDesk.height - 38 - 28, width: deskWidth, height: 56 },
    counter: { x: layout.checkout.x + layout.checkout.width - 10 - counterWidth, y: layout.checkout.y + layout.checkout.height - 32 - 25, width: counterWidth, height: 50 },
  };
}

/**
 * A provider with a patient: they stand beside the patient, in the exam room, or at the ECG bed
 * (called at once to an ST-elevation tracing, they come to the patient there).
 */
export interface ProviderVisit {
  /** The provider's place in the scenario's list. */
  readonly providerIndex: number;
  readonly patientId: string;
  /** The exam room (1-based), or the ECG bed. */
  readonly room: number | 'ecg-bed';
}

/** Where everyone on the floor goes: each patient's token, and each provider seeing a patient (by their place in the scenario's list). */
export interface FloorPlan {
  readonly patients: ReadonlyMap<string, TokenPlacement>;
  readonly providers: ReadonlyMap<number, Point>;
}

/** How far above a patient on the ECG bed (at its head) the provider with them would stand, before what is clear is looked for. */
const AT_BED_HEAD = 90;

/** How many places of a visited patient are tried, nearest the table first, to find one that leaves room beside them for the provider. */
const VISIT_TRIES = 48;

/**
 * Places every patient on the floor (those outside or gone are left out): a patient in an
 * exam room on its table, a patient having an ECG on the ECG bed, the others in their area — on a chair, in the queue at a counter,
 * at the lab — at the first place, in the area's order of preference, where none of their
 * token's parts overlaps another's, an area's name or a waiting provider, and all of it is
 * inside the floor; with the badge raised over a neighbour's where that makes room. When an
 * area is full, the patient stands on the nearest clear part of the floor outside exam rooms.
 * Patients are placed in the order given, so the same day places them the same way.
 */
export function placeOccupants(layout: FloorLayout, occupants: readonly Occupant[], obstacles: FloorObstacles): Map<string, TokenPlacement> {
  return new Map(planFloor(layout, occupants, obstacles).patients);
}

/**
 * Places the patients as `placeOccupants` does, and each provider of `visits` beside their
 * patient: the patient on the table (or as near it as there is) and the provider by the
 * usual spot beside it, both whole inside the room, with no part of either (figure, badge,
 * name tag) over the other's or anyone else's. In a room too small for both at their usual
 * places (two rows of rooms), the patient moves along the table and raises their badge to
 * make room; failing that the provider stands at the nearest clear place, even outside
 * the room, and only where nothing is clear, at the usual spot.
 */
export function planFloor(layout: FloorLayout, occupants: readonly Occupant[], obstacles: FloorObstacles, visits: readonly ProviderVisit[] = []): FloorPlan {
  const taken: Area[] = floorObstacleBoxes(layout, obstacles);
  const placements = new Map<string, TokenPlacement>();
  const providers = new Map<number, Point>();
  const place = (occupant: Occupant, placement: TokenPlacement) => {
    placements.set(occupant.id, placement);
    taken.push(...tokenBoxes(placement, occupant.size));
  };
  const stand = (visit: ProviderVisit, at: Point, tag: ProviderTag) => {
    providers.set(visit.providerIndex, at);
    taken.push(...providerBoxes(at, tag));
  };
  // The exam rooms first: a roomed patient has nowhere else to be. On the table if there is
  // room there, else as near it as there is, in the room.
  for (const occupant of occupants) {
    if (occupant.area !== 'exam-room') continue;
    const table = firstSpotIn(layout, 'exam-room', occupant.room);
    const room = layout.examRooms[(occupant.room ?? 1) - 1] ?? layout.corridor;
    const spots = plannedSpots(layout, `table:${occupant.room}`, () => [table, ...byNearness(gridOver(room, AREA_STEP), table)]);
    const visit = visits.find((candidate) => candidate.patientId === occupant.id && candidate.room === occupant.room);
    if (!visit) {
      const found = firstFit(layout, spots, occupant.size, taken);
      place(occupant, found ?? { ...insideFloor(layout, table, occupant.size), badgeY: BADGE_Y });
      continue;
    }
    const tag = providerTag(obstacles, visit.providerIndex);
    const usual = providerSpot(layout, occupant.room ?? 1);
    const beside = plannedSpots(layout, `beside:${visit.room}`, () => byNearness(gridOver(room, AREA_STEP), usual));
    const pair = visitFit(layout, room, spots.slice(0, VISIT_TRIES), beside, occupant.size, tag, taken);
    if (pair) {
      place(occupant, pair.patient);
      stand(visit, pair.provider, tag);
      continue;
    }
    const found = firstFit(layout, spots, occupant.size, taken);
    place(occupant, found ?? { ...insideFloor(layout, table, occupant.size), badgeY: BADGE_Y });
    const clear = (at: Point) => providerBoxes(at, tag).every((box) => insideArea(box, layout.bounds) && taken.every((other) => !overlapping(box, other)));
    const near = beside.find(clear) ?? plannedSpots(layout, `near:${visit.room}`, () => byNearness(gridOver(layout.bounds, FLOOR_STEP), usual)).find(clear);
    stand(visit, near ?? usual, tag);
  }
  // Then the ECG bed, as a room: its patient lies on it, whole inside its bay, before anyone
  // standing about could take the place (the playtest saw the patient drawn over the lab's name).
  // Anyone else there stands nearest their own area.
  const onBed = occupants.filter((occupant) => occupant.area === 'ecg-bed');
  for (const occupant of onBed) {
    const walled = firstFit(layout, ecgBedCandidates(layout), occupant.size, taken, insideOutline(layout.ecgBed));
    const found = walled ?? firstFit(layout, floorCandidates(layout, occupant.area), occupant.size, taken);
    const placed = found ?? { ...insideFloor(layout, ecgBedSpot(layout), occupant.size), badgeY: BADGE_Y };
    place(occupant, placed);
    const visit = visits.find((candidate) => candidate.patientId === occupant.id && candidate.room === 'ecg-bed');
    if (visit) {
      // At the bed: in its bay, or at its head in the corridor (the bay is one patient wide), never
      // in the waiting room, the lab or the workstation; failing that, the nearest clear place.
      const tag = providerTag(obstacles, visit.providerIndex);
      const usual = { x: placed.x, y: placed.y - AT_BED_HEAD };
      const workstation = workstationBox(layout);
      const atBed = { x: layout.ecgBed.x, y: layout.corridor.y, width: workstation.x + workstation.width - layout.ecgBed.x, height: layout.ecgBed.y + layout.ecgBed.height - layout.corridor.y };
      const walls = [layout.waitingRoom, layout.lab, workstation];
      // Nothing of them across the bay's wall: each part inside the bay or outside it.
      const offWall = (box: Area) => insideArea(box, layout.ecgBed) || !overlapping(box, layout.ecgBed);
      const clear = (at: Point) => providerBoxes(at, tag).every((box) => insideArea(box, layout.bounds) && offWall(box) && [...taken, ...walls].every((other) => !overlapping(box, other)));
      const near =
        byNearness(gridOver(atBed, AREA_STEP / 4), usual).find(clear) ??
        plannedSpots(layout, 'near:ecg-bed', () => byNearness(gridOver(layout.bounds, FLOOR_STEP), ecgBedSpot(layout))).find(clear);
      stand(visit, near ?? usual, tag);
    }
  }
  for (const occupant of occupants) {
    if (occupant.area === 'exam-room' || occupant.area === 'ecg-bed' || occupant.area === 'outside' || occupant.area === 'gone') continue;
    // At the lab, whole inside its outline where there is room (the playtest saw a name on the lab's edge); a second patient who does not fit stands by it.
    const walled = occupant.area === 'lab' ? firstFit(layout, labCandidates(layout), occupant.size, taken, insideOutline(layout.lab)) : null;
    // Anyone not inside the lab (a second lab patient too) stands clear of the walled areas; only where the floor has no such place, anywhere clear of the others.
    const clearOfWalls = [...taken, ...walledAreas(layout)];
    const found =
      walled ??
      firstFit(layout, areaCandidates(layout, occupant.area, occupant.size), occupant.size, clearOfWalls) ??
      firstFit(layout, floorCandidates(layout, occupant.area), occupant.size, clearOfWalls) ??
      firstFit(layout, floorCandidates(layout, occupant.area), occupant.size, taken);
    place(occupant, found ?? { ...insideFloor(layout, firstSpotIn(layout, occupant.area, null), occupant.size), badgeY: BADGE_Y });
  }
  return { patients: placements, providers };
}

/** The first place of a visited patient (in the order of `spots`, each badge height) that leaves a clear place for the provider in `room`, with both whole in the room. */
function visitFit(layout: FloorLayout, room: Area, spots: readonly Point[], beside: readonly Point[], size: TokenSize, tag: ProviderTag, taken: readonly Area[]): { patient: TokenPlacement; provider: Point } | null {
  for (const point of spots) {
    for (const badgeY of badgeLevels(size)) {
      const patient = { x: point.x, y: point.y, badgeY };
      const mine = tokenBoxes(patient, size);
      if (!mine.every((box) => insideArea(box, room)) || !fits(layout, patient, size, taken)) continue;
      const provider = beside.find((at) => providerBoxes(at, tag).every((box) => insideArea(box, room) && !mine.some((other) => overlapping(box, other)) && taken.every((other) => !overlapping(box, other))));
      if (provider) return { patient, provider };
    }
  }
  return null;
}

/** Clear floor inside an area's drawn outline (3 px on its edge), with the gap tokens keep. */
export function insideOutline(area: Area): Area {
  const inset = 1.5 + TOKEN_GAP;
  return { x: area.x + inset, y: area.y + inset, width: area.width - 2 * inset, height: area.height - 2 * inset };
}

function insideArea(box: Area, area: Area): boolean {
  return box.x >= area.x && box.y >= area.y && box.x + box.width <= area.x + area.width && box.y + box.height <= area.y + area.height;
}

/** The badge's heights to try: over the figure, then raised clear of a neighbour's badge at the usual height. */
function badgeLevels(size: TokenSize): number[] {
  return [BADGE_Y, BADGE_Y - size.badgeHeight - TOKEN_GAP];
}

/** The first place of `candidates` (each badge height) where the token fits, and, given `enclosure`, lies whole inside it. */
function firstFit(layout: FloorLayout, candidates: Iterable<Point>, size: TokenSize, taken: readonly Area[], enclosure?: Area): TokenPlacement | null {
  for (const point of candidates) {
    for (const badgeY of badgeLevels(size)) {
      const placement = { x: point.x, y: point.y, badgeY };
      if (enclosure && !tokenBoxes(placement, size).every((box) => insideArea(box, enclosure))) continue;
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

/**
 * The places tried for a kind of spot on a plan, best first, worked out once per plan: the
 * floor is planned again whenever a patient moves or a badge changes (on a busy day, at
 * presses in a station), and sorting the grids is most of a plan's cost.
 */
const candidateLists = new WeakMap<FloorLayout, Map<string, readonly Point[]>>();

function plannedSpots(layout: FloorLayout, key: string, make: () => readonly Point[]): readonly Point[] {
  let lists = candidateLists.get(layout);
  if (!lists) {
    lists = new Map();
    candidateLists.set(layout, lists);
  }
  let list = lists.get(key);
  if (!list) {
    list = make();
    lists.set(key, list);
  }
  return list;
}

/**
 * The places an area offers, best first: in the waiting room its chairs, or, where two badges
 * of `size` do not fit side by side between its left edge and its wall (text size 1.25), two
 * staggered columns (`staggeredSeats`); then a grid over the area nearest its first place
 * first, along rows before across them.
 */
function areaCandidates(layout: FloorLayout, area: FloorArea, size: TokenSize): readonly Point[] {
  const grid = plannedSpots(layout, `area:${area}`, () => byNearness(gridOver(areaBox(layout, area), AREA_STEP), firstSpotIn(layout, area, null)));
  if (area !== 'waiting-room') return grid;
  const seats = plannedSpots(layout, `seats:${size.badgeWidth}x${size.badgeHeight}x${size.nameHeight}`, () => staggeredSeats(layout, size) ?? layout.seats);
  return [...seats, ...grid];
}

/**
 * Two to a row in the waiting room when two badges of `size` are too wide to stand side by
 * side (the playtest at text size 1.25 saw five seated on the busy four-room floor, the rest
 * on the corridor): the left column against the room's left edge, the right against its wall,
 * each right-hand patient half a badge lower, so that their badge sits beside the left-hand
 * patient's figure, between that patient's badge and name; rows far enough apart that a
 * badge clears the name tag above it. Null when two badges fit side by side (the chairs do).
 */
function staggeredSeats(layout: FloorLayout, size: TokenSize): Point[] | null {
  const room = layout.waitingRoom;
  const wall = waitingRoomWalls(layout)[0]!.x;
  const half = size.badgeWidth / 2;
  if (room.x + 2 * size.badgeWidth + 3 * TOKEN_GAP <= wall) return null;
  const left = Math.ceil(room.x + half + TOKEN_GAP);
  const right = Math.floor(wall - TOKEN_GAP - half);
  // The right badge must keep off the left figure, and the right figure off the left badge.
  if (right - half < left + FIGURE_REACH.right + TOKEN_GAP || right + FIGURE_REACH.left < left + half + TOKEN_GAP) return null;
  const badgeTop = BADGE_Y - size.badgeHeight / 2;
  const drop = Math.ceil(size.badgeHeight + TOKEN_GAP + 1);
  const rowGap = Math.ceil(drop + NAME_Y + size.nameHeight + TOKEN_GAP + 1 - badgeTop);
  // Rows packed from the room's foot up (the lowest name tag at its foot), as many as have their badges inside it: the top row fills first.
  const lowest = Math.floor(room.y + room.height - NAME_Y - size.nameHeight - drop - 1);
  const rows: number[] = [];
  for (let y = lowest; y + badgeTop >= room.y; y -= rowGap) rows.unshift(y);
  return rows.flatMap((y) => [
    { x: left, y },
    { x: right, y: y + drop },
  ]);
}

/** The places inside the lab, on a finer grid than the other areas': the whole token fits there between its name and the counters' queue only in a band a few pixels high. */
function labCandidates(layout: FloorLayout): readonly Point[] {
  return plannedSpots(layout, 'inside:lab', () => byNearness(gridOver(layout.lab, AREA_STEP / 4), firstSpotIn(layout, 'lab', null)));
}

/** The places in the ECG bed's bay, the bed first, then nearest it. */
function ecgBedCandidates(layout: FloorLayout): readonly Point[] {
  return plannedSpots(layout, 'inside:ecg-bed', () => [ecgBedSpot(layout), ...byNearness(gridOver(layout.ecgBed, AREA_STEP / 4), ecgBedSpot(layout))]);
}

/** Every place on the floor outside the exam rooms, nearest `area`'s first place first: where the overflow of a full area stands. */
function floorCandidates(layout: FloorLayout, area: FloorArea): readonly Point[] {
  return plannedSpots(layout, `floor:${area}`, () => {
    const outsideRooms = gridOver(layout.bounds, FLOOR_STEP).filter((point) => !layout.examRooms.some((room) => within(room, point)));
    return byNearness(outsideRooms, firstSpotIn(layout, area, null));
  });
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
    case 'ecg-bed':
      return layout.ecgBed;
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
