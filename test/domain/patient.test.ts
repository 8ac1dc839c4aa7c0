import { describe, expect, it } from 'vitest';
import { abbreviatedName, displayName, familyFirstName, fullName, initials } from '../../src/domain/patient';

const marcus = { given: 'Marcus', middle: 'Allen', family: 'Johnson' };
const lucia = { given: 'Lucía', family: 'Ramírez' };

describe('a patient’s name', () => {
  it('is spoken and written in full with the middle name, and without one when there is none', () => {
    expect(fullName(marcus)).toBe('Marcus Allen Johnson');
    expect(fullName(lucia)).toBe('Lucía Ramírez');
  });

  it('is called on the screen, in findings and on the timeline by given and family name', () => {
    expect(displayName({ name: marcus })).toBe('Marcus Johnson');
    expect(displayName({ name: lucia })).toBe('Lucía Ramírez');
  });

  it('gives the floor’s token its initials in capitals', () => {
    expect(initials(marcus)).toBe('MJ');
    expect(initials({ given: 'ana', family: 'de la Cruz' })).toBe('AD');
  });

  it('shortens the given name to its initial on a hurried label', () => {
    expect(abbreviatedName(marcus)).toBe('M. Johnson');
  });

  it('puts the family name first, with the middle initial, as a claim files it', () => {
    expect(familyFirstName(marcus)).toBe('Johnson, Marcus A');
    expect(familyFirstName(lucia)).toBe('Ramírez, Lucía');
  });
});
