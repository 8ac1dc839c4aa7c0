import { describe, expect, it } from 'vitest';
import { coveredSlots, coversSlot } from '../../src/scenario/appointment-template';

describe('coversSlot', () => {
  it('answers as the list of covered slots does, for every start, length, grid and slot near them', () => {
    let covered = 0;
    for (const slotMinutes of [5, 10, 15, 20, 30, 60]) {
      for (const start of [480, 485, 490, 495, 510, 540]) {
        for (const minutes of [1, 5, 10, 15, 20, 25, 30, 40, 45, 60, 90]) {
          const slots = coveredSlots(start, minutes, slotMinutes);
          for (let slot = start - 2 * slotMinutes; slot <= start + 100; slot += 5) {
            expect(coversSlot(start, minutes, slotMinutes, slot), `${start} for ${minutes} min on a ${slotMinutes}-min grid, slot ${slot}`).toBe(slots.includes(slot));
            if (slots.includes(slot)) covered++;
          }
        }
      }
    }
    // Both answers occur: the comparison is not of two constant falses.
    expect(covered).toBeGreaterThan(100);
  });

  it('counts a visit shorter than a slot as holding its first slot', () => {
    expect(coversSlot(540, 5, 15, 540)).toBe(true);
    expect(coversSlot(540, 5, 15, 555)).toBe(false);
  });
});
