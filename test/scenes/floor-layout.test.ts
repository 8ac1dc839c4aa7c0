import { describe, expect, it } from 'vitest';
import type { FloorArea } from '../../src/session/day-view';
import { areaLabels, floorLayout, providerFloorName, providerHome, spotIn, type AreaLabel, type FloorLayout, type Point } from '../../scenes/floor-layout';

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * Generous estimates of what the floor draws at the default text size on the 1280×720
 * canvas: an area name is 12 px bold capitals with 1.5 px letter spacing (under 10 px a
 * character, 16 px high); a patient's badge is at most 140 × 20 px, centred 34 px above
 * the patient (52 px when raised clear of a neighbour's); the figure with the first name
 * underneath fits in 90 × 62 px.
 */
const LABEL_CHARACTER_WIDTH = 10;
const LABEL_HEIGHT = 16;
const BADGE = { halfWidth: 70, halfHeight: 10, above: 34, raisedAbove: 52 } as const;
const FIGURE = { halfWidth: 45, top: -20, bottom: 42 } as const;
/** A provider's name under the figure: "Dr. " and two words, at most about 84 px. */
const PROVIDER_NAME_HALF_WIDTH = 42;

function labelBox(label: AreaLabel): Box {
  return { left: label.x, top: label.y, right: label.x + label.text.length * LABEL_CHARACTER_WIDTH, bottom: label.y + LABEL_HEIGHT };
}

function tokenBoxes(spot: Point, raised: boolean): Box[] {
  const badgeCentre = spot.y - (raised ? BADGE.raisedAbove : BADGE.above);
  return [
    { left: spot.x - BADGE.halfWidth, right: spot.x + BADGE.halfWidth, top: badgeCentre - BADGE.halfHeight, bottom: badgeCentre + BADGE.halfHeight },
    { left: spot.x - FIGURE.halfWidth, right: spot.x + FIGURE.halfWidth, top: spot.y + FIGURE.top, bottom: spot.y + FIGURE.bottom },
  ];
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Every place a patient stands in the first row of each area, as the floor scene raises their badges. */
function firstRowSpots(layout: FloorLayout): { readonly where: string; readonly spot: Point; readonly raised: boolean }[] {
  const rows: [FloorArea, number][] = [
    ['waiting-room', 4],
    ['entrance', 2],
    ['front-desk', 4],
    ['checkout', 4],
    ['lab', 4],
  ];
  const spots = rows.flatMap(([area, count]) =>
    Array.from({ length: count }, (_, slot) => ({ where: `${area} slot ${slot}`, spot: spotIn(layout, area, slot, null), raised: slot % 2 === 1 })),
  );
  const rooms = layout.examRooms.map((_, index) => ({ where: `exam room ${index + 1}`, spot: spotIn(layout, 'exam-room', 0, index + 1), raised: false }));
  return [...spots, ...rooms];
}

describe('floorLayout', () => {
  it.each([1, 2, 3, 4, 5, 6, 8, 12])('keeps every area name clear of the patients in the first row of each area, with %i exam rooms', (rooms) => {
    const layout = floorLayout(rooms);
    const collisions = areaLabels(layout).flatMap((label) =>
      firstRowSpots(layout)
        .filter(({ spot, raised }) => tokenBoxes(spot, raised).some((box) => overlaps(box, labelBox(label))))
        .map(({ where }) => `${label.text} under ${where}`),
    );
    expect(collisions).toEqual([]);
  });

  it('keeps every area name on the floor', () => {
    const layout = floorLayout(5);
    for (const label of areaLabels(layout)) {
      const box = labelBox(label);
      expect(box.left).toBeGreaterThanOrEqual(layout.bounds.x);
      expect(box.right).toBeLessThanOrEqual(layout.bounds.x + layout.bounds.width);
      expect(box.bottom).toBeLessThanOrEqual(layout.bounds.y + layout.bounds.height);
    }
  });

  it('seats waiting providers far enough apart that their names do not overlap', () => {
    const layout = floorLayout(5);
    const first = providerHome(layout, 0);
    const second = providerHome(layout, 1);
    expect(second.x - first.x).toBeGreaterThanOrEqual(2 * PROVIDER_NAME_HALF_WIDTH + 4);
    expect(second.y).toBe(first.y);
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
