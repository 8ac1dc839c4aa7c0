import { describe, expect, it } from 'vitest';
import type { FloorArea } from '../../src/session/day-view';
import {
  areaLabels,
  BADGE_Y,
  counters,
  doorX,
  DOOR_HALF_WIDTH,
  ecgBedSpot,
  firstSpotIn,
  floorLayout,
  estimatedProviderTag,
  floorObstacleBoxes,
  insideOutline,
  placeOccupants,
  planFloor,
  providerBoxes,
  providerFloorName,
  providerHome,
  route,
  tokenBoxes,
  WORKSTATION_LEFT,
  WORKSTATION_RIGHT,
  workstationBox,
  type Area,
  type FloorLayout,
  type Occupant,
  type TokenSize,
  waitingRoomWalls,
} from '../../scenes/floor-layout';

/**
 * Generous sizes of what the floor draws, at a text size multiplier: a badge's text is 11 px
 * bold (under 6.8 px a character, with 16 px of padding and edge; 21 px high); a first name
 * 13 px bold (under 8 px a character, with 10 px of tag; 18 px high).
 */
function tokenSize(badge: string, firstName: string, scale = 1): TokenSize {
  return { badgeWidth: badge.length * 6.8 * scale + 16, badgeHeight: 21 * scale, nameWidth: firstName.length * 8 * scale + 10, nameHeight: 18 * scale };
}

const FIRST_NAMES = ['Margaret', 'Jamal', 'Lan', 'Christopher', 'Olivia', 'Ana', 'Bartholomew', 'Kai'] as const;

/** What the badge says in each area where patients queue, sit or stand (the longest the floor shows there). */
const BADGE_OF_AREA: Readonly<Partial<Record<FloorArea, string>>> = {
  'waiting-room': 'Waiting for a room',
  'front-desk': 'Waiting to check in',
  checkout: 'Ready for checkout',
  lab: 'Needs specimen',
  entrance: 'Expected',
  'exam-room': 'Waiting for provider',
};

/** `count` patients in each area, every exam room taken. */
function crowd(layout: FloorLayout, counts: Readonly<Partial<Record<FloorArea, number>>>, scale: number): Occupant[] {
  const occupants: Occupant[] = layout.examRooms.map((_, index) => ({
    id: `room-${index + 1}`,
    area: 'exam-room',
    room: index + 1,
    size: tokenSize(BADGE_OF_AREA['exam-room']!, FIRST_NAMES[index % FIRST_NAMES.length]!, scale),
  }));
  for (const [area, count] of Object.entries(counts) as [FloorArea, number][]) {
    for (let index = 0; index < count; index++) {
      occupants.push({ id: `${area}-${index}`, area, room: null, size: tokenSize(BADGE_OF_AREA[area]!, FIRST_NAMES[(index * 3) % FIRST_NAMES.length]!, scale) });
    }
  }
  return occupants;
}

function overlaps(a: Area, b: Area): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(box: Area, bounds: Area): boolean {
  return box.x >= bounds.x && box.y >= bounds.y && box.x + box.width <= bounds.x + bounds.width && box.y + box.height <= bounds.y + bounds.height;
}

/** Every pair of patients whose badges, figures or names overlap, and every part that covers an area name or provider, or leaves the floor. */
function collisions(layout: FloorLayout, occupants: readonly Occupant[], scale: number, providerNames: readonly string[]): string[] {
  const placed = placeOccupants(layout, occupants, { textScale: scale, providerNames });
  const boxes = occupants.map((occupant) => ({ id: occupant.id, boxes: tokenBoxes(placed.get(occupant.id)!, occupant.size) }));
  const found: string[] = [];
  boxes.forEach((a, index) => {
    for (const b of boxes.slice(index + 1)) {
      if (a.boxes.some((box) => b.boxes.some((other) => overlaps(box, other)))) found.push(`${a.id} overlaps ${b.id}`);
    }
    if (a.boxes.some((box) => !inside(box, layout.bounds))) found.push(`${a.id} leaves the floor`);
    if (a.boxes.some((box) => floorObstacleBoxes(layout, { textScale: scale, providerNames }).some((other) => overlaps(box, other)))) found.push(`${a.id} covers a name of the floor`);
  });
  return found;
}

describe('placeOccupants', () => {
  it('lays out three patients ready for checkout side by side with no two badges overlapping', () => {
    const layout = floorLayout(4);
    const occupants = crowd(layout, { checkout: 3 }, 1);
    expect(collisions(layout, occupants, 1, ['Dr. Patel'])).toEqual([]);
    const places = placeOccupants(layout, occupants, { textScale: 1, providerNames: ['Dr. Patel'] });
    const atCheckout = occupants.filter((o) => o.area === 'checkout').map((o) => places.get(o.id)!);
    // In the checkout area, as a queue: the three are one row or stacked close by, not scattered over the floor.
    for (const place of atCheckout) expect(Math.abs(place.y - atCheckout[0]!.y)).toBeLessThan(120);
  });

  it('keeps the badge of the patient on the waiting room’s first chair inside the floor’s left edge, even a wide one at the largest text', () => {
    const layout = floorLayout(4);
    const occupant: Occupant = { id: 'wide', area: 'waiting-room', room: null, size: tokenSize('Waiting for a room', 'Bartholomew', 1.25) };
    const place = placeOccupants(layout, [occupant], { textScale: 1.25, providerNames: [] }).get('wide')!;
    for (const box of tokenBoxes(place, occupant.size)) expect(box.x).toBeGreaterThanOrEqual(layout.bounds.x);
  });

  // The playtest at text size 1.25: the badge of a patient on the second column of chairs
  // was drawn across the waiting room's wall to the corridor (the room is 288 px wide).
  it.each([1, 1.125, 1.25])('keeps every waiting patient’s badge, figure and name tag off the waiting room’s wall, and off each other, at text size %f', (scale) => {
    for (const rooms of [1, 3, 4, 5]) {
      const layout = floorLayout(rooms);
      const occupants = crowd(layout, { 'waiting-room': 8 }, scale).filter((o) => o.area === 'waiting-room');
      const places = placeOccupants(layout, occupants, { textScale: scale, providerNames: [] });
      const boxes = occupants.map((occupant) => ({ id: occupant.id, boxes: tokenBoxes(places.get(occupant.id)!, occupant.size) }));
      for (const { id, boxes: mine } of boxes) {
        for (const wall of waitingRoomWalls(layout)) expect(mine.some((box) => overlaps(box, wall)), `${id} on the wall, ${rooms} rooms`).toBe(false);
        for (const other of boxes) if (other.id !== id) expect(mine.some((box) => other.boxes.some((theirs) => overlaps(box, theirs))), `${id} over ${other.id}`).toBe(false);
      }
    }
  });

  it('lets a patient come in and go out by the door with their first name whole inside the floor, at the largest text', () => {
    const layout = floorLayout(4);
    const size = tokenSize('Waiting to check in', 'Bartholomew', 1.25);
    const name = tokenBoxes({ ...layout.door, badgeY: BADGE_Y }, size)[2]!;
    expect(name.y + name.height).toBeLessThanOrEqual(layout.bounds.y + layout.bounds.height);
    expect(layout.door.y).toBeGreaterThan(layout.entrance.y + layout.entrance.height / 2);
  });

  it('seats the first waiting patients on the chairs', () => {
    const layout = floorLayout(4);
    const occupants = crowd(layout, { 'waiting-room': 3 }, 1).filter((o) => o.area === 'waiting-room');
    const places = placeOccupants(layout, occupants, { textScale: 1, providerNames: [] });
    for (const occupant of occupants) expect(layout.seats).toContainEqual({ x: places.get(occupant.id)!.x, y: places.get(occupant.id)!.y });
  });

  // Busy floors like the bundled days' (up to five rooms, two providers, a full waiting
  // room): at every text size up to four rooms, at the default size up to six. Past that an
  // exam room is narrower than its patient's badge, and neighbours' badges may touch.
  it.each([
    ...[1, 2, 3, 4].flatMap((rooms) => [1, 1.125, 1.25].map((scale) => [rooms, scale] as const)),
    [5, 1] as const,
    [6, 1] as const,
  ])(
    'keeps a busy floor with %i exam rooms at text size %f free of overlaps, on the floor and off its names',
    (rooms, scale) => {
      const layout = floorLayout(rooms);
      const occupants = crowd(layout, { 'waiting-room': 6, 'front-desk': 2, checkout: 3, lab: 2, entrance: 1 }, scale);
      expect(collisions(layout, occupants, scale, ['Dr. Okonkwo', 'Isabel Reyes\nFNP-C'])).toEqual([]);
    },
  );

  // The playtest at text size 1.25: two badges do not fit side by side in the waiting room's
  // 288 px, and on the busy four-room floor only five sat in it, the rest on the corridor.
  it.each([1, 1.125, 1.25])('seats six waiting patients in the waiting room, two to a row, on the busy four-room floor at text size %f', (scale) => {
    const layout = floorLayout(4);
    const occupants = crowd(layout, { 'waiting-room': 6, 'front-desk': 2, checkout: 3, lab: 2, entrance: 1 }, scale);
    const places = placeOccupants(layout, occupants, { textScale: scale, providerNames: ['Dr. Okonkwo', 'Isabel Reyes\nFNP-C'] });
    const wall = waitingRoomWalls(layout)[0]!.x;
    const seated = occupants
      .filter((occupant) => occupant.area === 'waiting-room')
      .map((occupant) => ({ place: places.get(occupant.id)!, boxes: tokenBoxes(places.get(occupant.id)!, occupant.size) }));
    // Whole in the waiting room: right of its left edge, left of its wall, above the entrance.
    for (const { boxes } of seated) for (const box of boxes) expect(box.x >= layout.waitingRoom.x && box.x + box.width <= wall && box.y + box.height <= layout.entrance.y).toBe(true);
    // Two to a row: three patients on the left half of the room, three on the right.
    const middle = layout.waitingRoom.x + layout.waitingRoom.width / 2;
    expect(seated.filter(({ place }) => place.x < middle)).toHaveLength(3);
    expect(seated.filter(({ place }) => place.x >= middle)).toHaveLength(3);
  });

  it('keeps a crowded floor at the default text size free of overlaps: eight waiting, three at each counter', () => {
    const layout = floorLayout(3);
    const occupants = crowd(layout, { 'waiting-room': 8, 'front-desk': 3, checkout: 3, lab: 2, entrance: 1 }, 1);
    expect(collisions(layout, occupants, 1, ['Dr. Patel'])).toEqual([]);
  });

  it('keeps every patient queueing at the front desk or checkout off the desk and the counter (the playtest saw them drawn over the desk), at every text size', () => {
    for (const scale of [1, 1.125, 1.25]) {
      const layout = floorLayout(4);
      const occupants = crowd(layout, { 'front-desk': 6, checkout: 6 }, scale).filter((o) => o.area !== 'exam-room');
      const places = placeOccupants(layout, occupants, { textScale: scale, providerNames: ['Dr. Patel'] });
      const { desk, counter } = counters(layout);
      for (const occupant of occupants) {
        const boxes = tokenBoxes(places.get(occupant.id)!, occupant.size);
        expect(boxes.some((box) => overlaps(box, desk) || overlaps(box, counter)), `${occupant.id} at ${scale}`).toBe(false);
      }
    }
  });

  it('walks a patient between the checkout, the front desk and the door along the row above the desk, never across it', () => {
    const layout = floorLayout(4);
    const { desk } = counters(layout);
    const size = tokenSize('Ready for checkout', 'Bartholomew', 1.25);
    const atCheckout = { x: layout.checkout.x + 36, y: layout.checkout.y + 48 };
    const atDesk = { x: layout.frontDesk.x + 36, y: layout.frontDesk.y + 40 };
    for (const [from, to] of [
      [atCheckout, layout.door],
      [layout.door, atCheckout],
      [atDesk, atCheckout],
    ] as const) {
      const points = [from, ...route(layout, from, to)];
      // Every point of each straight leg, a pixel apart: the whole token stays off the desk.
      for (let leg = 1; leg < points.length; leg++) {
        const a = points[leg - 1]!;
        const b = points[leg]!;
        const steps = Math.ceil(Math.hypot(b.x - a.x, b.y - a.y));
        for (let i = 0; i <= steps; i++) {
          const at = { x: a.x + ((b.x - a.x) * i) / Math.max(1, steps), y: a.y + ((b.y - a.y) * i) / Math.max(1, steps), badgeY: BADGE_Y };
          expect(tokenBoxes(at, size).some((box) => overlaps(box, desk)), `${JSON.stringify(from)} → ${JSON.stringify(to)} at ${at.x},${at.y}`).toBe(false);
        }
      }
    }
  });

  it('walks a patient into and out of each exam room through its door, never through a wall (the playtest saw one walk up through the wall to the table)', () => {
    for (const rooms of [1, 3, 4, 6]) {
      const layout = floorLayout(rooms);
      const elsewhere = [firstSpotIn(layout, 'waiting-room', null), firstSpotIn(layout, 'front-desk', null), firstSpotIn(layout, 'lab', null), firstSpotIn(layout, 'checkout', null)];
      const tables = layout.examRooms.map((_, index) => firstSpotIn(layout, 'exam-room', index + 1));
      const walks = [
        ...tables.flatMap((table) => elsewhere.flatMap((spot) => [[spot, table] as const, [table, spot] as const])),
        ...tables.flatMap((a, i) => tables.filter((_, j) => j !== i).map((b) => [a, b] as const)),
      ];
      const problems: string[] = [];
      for (const [from, to] of walks) {
        const points = [from, ...route(layout, from, to)];
        for (let leg = 1; leg < points.length; leg++) {
          const a = points[leg - 1]!;
          const b = points[leg]!;
          const steps = Math.ceil(Math.hypot(b.x - a.x, b.y - a.y));
          for (let i = 1; i <= steps; i++) {
            const was = { x: a.x + ((b.x - a.x) * (i - 1)) / steps, y: a.y + ((b.y - a.y) * (i - 1)) / steps };
            const now = { x: a.x + ((b.x - a.x) * i) / steps, y: a.y + ((b.y - a.y) * i) / steps };
            for (const room of layout.examRooms) {
              const bottom = room.y + room.height;
              const crossesBottom = (was.y - bottom) * (now.y - bottom) <= 0 && was.y !== now.y && now.x > room.x && now.x < room.x + room.width;
              const crossesSide = [room.x, room.x + room.width].some((side) => (was.x - side) * (now.x - side) <= 0 && was.x !== now.x && now.y > room.y && now.y < bottom);
              if ((crossesBottom && Math.abs(now.x - doorX(room)) >= DOOR_HALF_WIDTH) || crossesSide) {
                problems.push(`${rooms} rooms: ${JSON.stringify(from)} → ${JSON.stringify(to)} through a wall at ${now.x.toFixed(0)},${now.y.toFixed(0)}`);
              }
            }
          }
        }
      }
      expect(problems.slice(0, 5)).toEqual([]);
    }
  });

  it('places the same patients the same way every time', () => {
    const layout = floorLayout(4);
    const occupants = crowd(layout, { 'waiting-room': 5, checkout: 2 }, 1);
    const options = { textScale: 1, providerNames: ['Dr. Patel'] };
    expect(placeOccupants(layout, occupants, options)).toEqual(placeOccupants(layout, occupants, options));
  });
});

describe('floorLayout', () => {
  it('keeps every area name on the floor', () => {
    const layout = floorLayout(5);
    for (const box of floorObstacleBoxes(layout, { textScale: 1, providerNames: [] })) expect(inside(box, layout.bounds)).toBe(true);
    expect(areaLabels(layout).length).toBeGreaterThan(0);
  });

  it('seats waiting providers far enough apart that their names do not overlap', () => {
    const layout = floorLayout(5);
    const [first, second] = floorObstacleBoxes(layout, { textScale: 1, providerNames: ['Dr. Okonkwo', 'Isabel Reyes\nFNP-C'] }).slice(-2);
    expect(overlaps(first!, second!)).toBe(false);
    expect(providerHome(layout, 1).y).toBe(providerHome(layout, 0).y);
  });
});

describe('planFloor', () => {
  it('stands the provider in the exam room with their name clear of the patient’s badge, figure and name tag, at every text size', () => {
    for (const scale of [1, 1.25]) {
      for (const rooms of [2, 3, 4]) {
        const layout = floorLayout(rooms);
        for (const [index, name] of ['Christopher', 'Ana'].entries()) {
          const room = index + 1;
          const patient: Occupant = { id: `p${room}`, area: 'exam-room', room, size: tokenSize('With provider', name, scale) };
          const plan = planFloor(layout, [patient], { textScale: scale, providerNames: ['Dr. Lindqvist'] }, [{ providerIndex: 0, patientId: patient.id, room }]);
          const boxes = tokenBoxes(plan.patients.get(patient.id)!, patient.size);
          const mine = providerBoxes(plan.providers.get(0)!, estimatedProviderTag('Dr. Lindqvist', scale));
          const roomBox = layout.examRooms[room - 1]!;
          for (const box of mine) {
            for (const other of boxes) expect(overlaps(box, other), `${rooms} rooms, room ${room}, text ×${scale}`).toBe(false);
            expect(inside(box, roomBox), `${rooms} rooms, room ${room}, text ×${scale}: the provider stays in the room`).toBe(true);
          }
        }
      }
    }
  });

  // The playtest's floor at 1366×768: the flu season's five rooms in two rows, each provider
  // with a patient, one of them a nurse practitioner whose name takes two lines, drawn wider
  // than the estimate; and patients waiting everywhere else.
  it('keeps two providers seeing patients in small rooms clear of every patient and of each other, with tags wider than estimated', () => {
    const layout = floorLayout(5);
    const names = ['Dr. Okonkwo', 'Isabel Reyes\nFNP-C'];
    const providerTags = names.map((name) => {
      const estimate = estimatedProviderTag(name, 1);
      return { width: estimate.width * 1.15, height: estimate.height + 2 };
    });
    const obstacles = { textScale: 1, providerNames: names, providerTags };
    const occupants = crowd(layout, { 'waiting-room': 6, 'front-desk': 2, checkout: 3, lab: 2 }, 1);
    for (const [first, second] of [[1, 2], [2, 5], [4, 5], [3, 2]] as const) {
      const visits = [
        { providerIndex: 0, patientId: `room-${first}`, room: first },
        { providerIndex: 1, patientId: `room-${second}`, room: second },
      ];
      const plan = planFloor(layout, occupants, obstacles, visits);
      const parts = [
        ...occupants.map((occupant) => ({ id: occupant.id, boxes: tokenBoxes(plan.patients.get(occupant.id)!, occupant.size) })),
        ...visits.map((visit) => ({ id: names[visit.providerIndex]!, boxes: providerBoxes(plan.providers.get(visit.providerIndex)!, providerTags[visit.providerIndex]!) })),
      ];
      parts.forEach((a, index) => {
        for (const b of parts.slice(index + 1)) {
          expect(a.boxes.some((box) => b.boxes.some((other) => overlaps(box, other))), `rooms ${first} and ${second}: ${a.id} overlaps ${b.id}`).toBe(false);
        }
      });
    }
  });

  it('seats waiting providers with measured name tags far enough apart that the tags do not touch', () => {
    const layout = floorLayout(4);
    const providerTags = [
      { width: 104, height: 18 },
      { width: 98, height: 36 },
    ];
    const obstacles = { textScale: 1, providerNames: ['Dr. Domínguez', 'Joy Ashworth\nFNP-C'], providerTags };
    const [first, second] = [0, 1].map((index) => providerBoxes(providerHome(layout, index, obstacles), providerTags[index]!)[1]!);
    expect(second!.x - (first!.x + first!.width)).toBeGreaterThanOrEqual(8);
  });
});

describe('providerFloorName', () => {
  it.each([
    [{ name: 'Dr. Anika Patel', credentials: 'MD' }, 'Dr. Patel'],
    [{ name: 'Dr. Rafael Domínguez', credentials: 'MD' }, 'Dr. Domínguez'],
    [{ name: 'Kwabena Osei', credentials: 'DO' }, 'Dr. Osei'],
    [{ name: 'Dr Leila Haddad, MD', credentials: 'MD' }, 'Dr. Haddad'],
    [{ name: 'Isabel Reyes', credentials: 'FNP-C' }, 'Isabel Reyes\nFNP-C'],
  ])('calls %o "%s" on the floor', (provider, shown) => {
    expect(providerFloorName(provider)).toBe(shown);
  });
});

describe('the lab station', () => {
  it('stands the patient at the lab whole inside its outline, badge and name, with patients at both counters, at every text size (the playtest saw a name on its edge)', () => {
    for (const rooms of [1, 2, 3, 4, 5, 6]) {
      for (const scale of [1, 1.125, 1.25]) {
        const layout = floorLayout(rooms);
        // Two at checkout at the default size; at the larger sizes the second one's raised badge reaches up into the lab, and takes the band its token would need.
        const occupants = crowd(layout, { 'front-desk': 2, checkout: scale === 1 ? 2 : 1, lab: 1, entrance: 1 }, scale);
        const placed = placeOccupants(layout, occupants, { textScale: scale, providerNames: ['Dr. Okonkwo'] });
        for (const occupant of occupants.filter((one) => one.area === 'lab')) {
          const boxes = tokenBoxes(placed.get(occupant.id)!, occupant.size);
          expect(boxes.every((box) => inside(box, insideOutline(layout.lab))), `${occupant.id} with ${rooms} rooms at ${scale}`).toBe(true);
        }
      }
    }
  });

  it('keeps its outline clear of the outer wall, in every layout (the playtest at 1366×768 saw it touch the wall)', () => {
    for (const rooms of [1, 2, 3, 4, 5, 6]) {
      const { lab, bounds } = floorLayout(rooms);
      // The outer wall's 6 px stroke reaches 3 px inside the floor; the lab's 3 px outline 1.5 px outside its box.
      expect(bounds.x + bounds.width - 3 - (lab.x + lab.width + 1.5)).toBeGreaterThanOrEqual(5);
    }
  });
});

describe('the ECG bed', () => {
  it('lies the patient having an ECG on the bed, whole inside its own bay, over no area name, provider or other patient, with the floor busy, at every text size (the playtest saw Douglas drawn over the lab station\'s name)', () => {
    for (const rooms of [1, 2, 3, 4, 5, 6, 12]) {
      for (const scale of [1, 1.125, 1.25]) {
        for (const badge of ['Needs ECG', 'Finish ECG', 'At ECG bed']) {
          const layout = floorLayout(rooms);
          const where = `${badge} with ${rooms} rooms at ${scale}`;
          const ecg: Occupant = { id: 'douglas', area: 'ecg-bed', room: null, size: tokenSize(badge, 'Douglas', scale) };
          const occupants = [...crowd(layout, { 'waiting-room': 4, 'front-desk': 2, checkout: scale === 1 ? 2 : 1, lab: 1, entrance: 1 }, scale), ecg];
          const providerNames = ['Dr. Domínguez'];
          const placed = placeOccupants(layout, occupants, { textScale: scale, providerNames });
          const mine = tokenBoxes(placed.get('douglas')!, ecg.size);
          expect(placed.get('douglas'), where).toMatchObject(ecgBedSpot(layout));
          expect(mine.every((box) => inside(box, insideOutline(layout.ecgBed))), where).toBe(true);
          expect(floorObstacleBoxes(layout, { textScale: scale, providerNames }).filter((box) => mine.some((part) => overlaps(part, box))), where).toEqual([]);
          for (const other of occupants.filter((one) => one.id !== 'douglas')) {
            expect(tokenBoxes(placed.get(other.id)!, other.size).some((box) => mine.some((part) => overlaps(part, box))), `${other.id} over Douglas, ${where}`).toBe(false);
          }
          // The lab's patient still stands whole inside the lab.
          const lab = occupants.find((one) => one.area === 'lab')!;
          expect(tokenBoxes(placed.get(lab.id)!, lab.size).every((box) => inside(box, insideOutline(layout.lab))), where).toBe(true);
        }
      }
    }
  });

  it('stands the provider called at once to the tracing beside the patient on the bed, clear of them and of everyone else, near the bay, at every text size (session 22: drawn at the workstation)', () => {
    const found: string[] = [];
    for (const rooms of [1, 2, 3, 4, 5, 6, 12]) {
      for (const scale of [1, 1.125, 1.25]) {
        const layout = floorLayout(rooms);
        const where = `${rooms} rooms at ${scale}`;
        const ecg: Occupant = { id: 'douglas', area: 'ecg-bed', room: null, size: tokenSize('Finish ECG', 'Douglas', scale) };
        const occupants = [...crowd(layout, { 'waiting-room': 4, 'front-desk': 2, checkout: 1, lab: 1 }, scale), ecg];
        const obstacles = { textScale: scale, providerNames: ['Dr. Lindqvist'] };
        const plan = planFloor(layout, occupants, obstacles, [{ providerIndex: 0, patientId: 'douglas', room: 'ecg-bed' }]);
        expect(plan.patients.get('douglas'), where).toMatchObject(ecgBedSpot(layout));
        const at = plan.providers.get(0);
        if (at === undefined) {
          found.push(`no provider placed, ${where}`);
          continue;
        }
        const mine = providerBoxes(at, estimatedProviderTag('Dr. Lindqvist', scale));
        // In the bay or at its head, in the corridor above it: not in the waiting room, nor across the bay's wall.
        const near = { x: layout.ecgBed.x, y: layout.corridor.y, width: layout.ecgBed.width + 150, height: layout.ecgBed.y + layout.ecgBed.height - layout.corridor.y };
        if (!mine.every((box) => inside(box, near))) found.push(`the provider stands away from the bed, ${where}`);
        if (mine.some((box) => overlaps(box, layout.waitingRoom))) found.push(`the provider stands in the waiting room, ${where}`);
        if (mine.some((box) => overlaps(box, workstationBox(layout)))) found.push(`the provider stands at the workstation, ${where}`);
        if (mine.some((box) => overlaps(box, layout.ecgBed) && !inside(box, layout.ecgBed))) found.push(`the provider across the bay's wall, ${where}`);
        for (const other of occupants) {
          if (tokenBoxes(plan.patients.get(other.id)!, other.size).some((box) => mine.some((part) => overlaps(part, box)))) found.push(`the provider over ${other.id}, ${where}`);
        }
        if (floorObstacleBoxes(layout, obstacles).some((box) => mine.some((part) => overlaps(part, box)))) found.push(`the provider over a name, ${where}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('keeps a queue of two to four waiting to check in off the bay, the lab, the workstation and every area name while someone is on the bed, at every text size (the playtest saw "Waiting to check in" over the bay\'s wall)', () => {
    const found: string[] = [];
    for (const rooms of [2, 3, 4]) {
      for (const scale of [1, 1.125, 1.25]) {
        for (const queue of [2, 3, 4]) {
          const layout = floorLayout(rooms);
          const ecg: Occupant = { id: 'douglas', area: 'ecg-bed', room: null, size: tokenSize('Needs ECG', 'Douglas', scale) };
          const occupants = [...crowd(layout, { 'front-desk': queue }, scale), ecg];
          const providerNames = ['Dr. Domínguez'];
          const placed = placeOccupants(layout, occupants, { textScale: scale, providerNames });
          const { providerBase } = layout;
          const workstation = { x: providerBase.x - WORKSTATION_LEFT, y: providerBase.y - 64, width: WORKSTATION_LEFT + WORKSTATION_RIGHT, height: 104 };
          const walls = [['the ECG bay', layout.ecgBed], ['the lab', layout.lab], ['the workstation', workstation]] as const;
          for (const occupant of occupants.filter((one) => one.area === 'front-desk')) {
            const boxes = tokenBoxes(placed.get(occupant.id)!, occupant.size);
            for (const [name, wall] of walls) if (boxes.some((box) => overlaps(box, wall))) found.push(`${occupant.id} over ${name}, queue of ${queue}, ${rooms} rooms at ${scale}`);
            if (boxes.some((box) => floorObstacleBoxes(layout, { textScale: scale, providerNames }).some((other) => overlaps(box, other)))) found.push(`${occupant.id} over a name, queue of ${queue}, ${rooms} rooms at ${scale}`);
          }
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('has a bay of its own: clear of the waiting room\'s wall, the providers\' workstation, the lab, the corridor and the front desk, in every layout', () => {
    for (const rooms of [1, 2, 3, 4, 5, 6, 12]) {
      const layout = floorLayout(rooms);
      const { ecgBed, providerBase } = layout;
      const workstation = { x: providerBase.x - WORKSTATION_LEFT, y: providerBase.y - 64, width: WORKSTATION_LEFT + WORKSTATION_RIGHT, height: 104 };
      for (const [name, area] of [...waitingRoomWalls(layout).map((wall) => ['wall', wall] as const), ['workstation', workstation], ['lab', layout.lab], ['corridor', layout.corridor], ['front desk', layout.frontDesk]] as const) {
        expect(overlaps(ecgBed, area), `${name} with ${rooms} rooms`).toBe(false);
      }
      // The workstation and the lab's outline do not touch either.
      expect(layout.lab.x - 1.5 - (workstation.x + workstation.width)).toBeGreaterThanOrEqual(4);
      expect(areaLabels(layout).some((label) => label.text === 'ECG bed' && within(label, ecgBed))).toBe(true);
    }
  });
});

function within(point: { x: number; y: number }, box: Area): boolean {
  return point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y && point.y <= box.y + box.height;
}
