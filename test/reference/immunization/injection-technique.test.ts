import { describe, expect, it } from 'vitest';
import {
  ADULT_DELTOID_LENGTHS,
  ASPIRATION,
  GLOVES,
  HAND_HYGIENE,
  SHARPS_RULE,
  INSERTION_ANGLE,
  NEEDLE_GAUGE_RANGES,
  NEEDLE_TABLE,
  injectionChoices,
  type PatientBuild,
} from '../../../src/reference';

describe('NEEDLE_TABLE', () => {
  // route, band, months from–to, [sites, lengths, preferred] per choice, source of every choice
  const expected = [
    ['intramuscular', 'neonate (first 28 days)', 0, 0, [['anterolateral-thigh', ['5/8'], true]], 'immunizeOrgAdministeringVaccines'],
    ['intramuscular', 'infant (1–12 months)', 1, 11, [['anterolateral-thigh', ['1'], true]], 'immunizeOrgAdministeringVaccines'],
    ['intramuscular', 'toddler (1–2 years)', 12, 35, [['anterolateral-thigh', ['1', '1 1/4'], true], ['deltoid', ['5/8', '1'], false]], 'immunizeOrgAdministeringVaccines'],
    ['intramuscular', 'child (3–10 years)', 36, 131, [['deltoid', ['5/8', '1'], true], ['anterolateral-thigh', ['1', '1 1/4'], false]], 'immunizeOrgAdministeringVaccines'],
    ['intramuscular', 'adolescent (11–18 years)', 132, 227, [['deltoid', ['5/8', '1'], true], ['anterolateral-thigh', ['1', '1 1/4', '1 1/2'], false]], 'immunizeOrgAdministeringVaccines'],
    ['intramuscular', 'adult (19 years and older)', 228, undefined, [['deltoid', ['5/8', '1', '1 1/4', '1 1/2'], true], ['anterolateral-thigh', ['1', '1 1/4', '1 1/2'], false]], 'immunizeOrgAdministeringVaccines'],
    ['subcutaneous', 'infant (under 12 months)', 0, 11, [['anterolateral-thigh', ['5/8'], true]], 'immunizeOrgAdministeringVaccines'],
    ['subcutaneous', '12 months and older', 12, undefined, [['upper-outer-triceps', ['5/8'], true], ['anterolateral-thigh', ['5/8'], true]], 'immunizeOrgAdministeringVaccines'],
    ['intradermal', 'all ages (tuberculin skin test)', 0, undefined, [['volar-forearm', ['1/4', '3/8', '1/2'], true]], 'tubersolPrescribingInformation'],
  ] as const;

  it('has exactly the rows below, in order', () => {
    expect(NEEDLE_TABLE.map((row) => `${row.route} ${row.band}`)).toEqual(expected.map(([route, band]) => `${route} ${band}`));
  });

  it.each(expected)('%s, %s: months %i–%s, sites and lengths as in the table, cited to %s', (route, band, min, max, choices, sourceId) => {
    const row = NEEDLE_TABLE.find((r) => r.route === route && r.band === band);
    expect(row?.minMonths).toBe(min);
    expect(row?.maxMonths).toBe(max);
    expect(row?.choices.map((c) => [c.sites, c.lengths, c.preferred])).toEqual(
      choices.map(([site, lengths, preferred]) => [[`left-${site}`, `right-${site}`], lengths, preferred]),
    );
    for (const choice of row?.choices ?? []) expect(choice.source.id).toBe(sourceId);
  });

  it('takes the intradermal needle as verified from the Tubersol insert (1/4–1/2 inch, 26 or 27 gauge)', () => {
    expect(NEEDLE_TABLE.find((r) => r.route === 'intradermal')?.choices[0]?.verified).toBeUndefined();
    expect(NEEDLE_GAUGE_RANGES.intradermal.verified).toBeUndefined();
  });
});

describe('NEEDLE_GAUGE_RANGES', () => {
  it.each([
    ['intramuscular', [22, 23, 25], 'immunizeOrgAdministeringVaccines'],
    ['subcutaneous', [23, 25], 'immunizeOrgAdministeringVaccines'],
    ['intradermal', [26, 27], 'tubersolPrescribingInformation'],
    ['oral', [], 'pinkBookVaccineAdministration'],
  ] as const)('gives %s the gauges %j, cited to %s', (route, gauges, sourceId) => {
    expect(NEEDLE_GAUGE_RANGES[route].gauges).toEqual(gauges);
    expect(NEEDLE_GAUGE_RANGES[route].source.id).toBe(sourceId);
  });
});

describe('ADULT_DELTOID_LENGTHS', () => {
  it.each([
    ['any', undefined, 129, ['5/8', '1']],
    ['any', 130, 152, ['1']],
    ['female', 153, 200, ['1', '1 1/4', '1 1/2']],
    ['male', 153, 260, ['1', '1 1/4', '1 1/2']],
    ['female', 201, undefined, ['1 1/2']],
    ['male', 261, undefined, ['1 1/2']],
  ] as const)('%s from %s to %s lb: %j (Immunize.org P3084)', (sex, minPounds, maxPounds, lengths) => {
    const row = ADULT_DELTOID_LENGTHS.find((r) => r.sex === sex && ('minPounds' in r ? r.minPounds : undefined) === minPounds);
    expect(row === undefined ? undefined : 'maxPounds' in row ? row.maxPounds : undefined).toBe(maxPounds);
    expect(row?.lengths).toEqual(lengths);
    expect(row?.source.id).toBe('immunizeOrgAdministeringVaccines');
  });
});

const build = (ageMonths: number, sex: PatientBuild['sex'], weightKg: number): PatientBuild => ({ ageMonths, sex, weightKg });

describe('injectionChoices', () => {
  it.each([
    ['a 2-month-old', build(2, 'female', 5), ['left-anterolateral-thigh', 'right-anterolateral-thigh'], ['1']],
    ['an 18-month-old', build(18, 'male', 11), ['left-anterolateral-thigh', 'right-anterolateral-thigh'], ['1', '1 1/4']],
    ['a 5-year-old', build(60, 'female', 18), ['left-deltoid', 'right-deltoid'], ['5/8', '1']],
    ['a 15-year-old', build(180, 'male', 60), ['left-deltoid', 'right-deltoid'], ['5/8', '1']],
    ['a 55 kg woman', build(40 * 12, 'female', 55), ['left-deltoid', 'right-deltoid'], ['5/8', '1']],
    ['a 65 kg man (143 lb)', build(40 * 12, 'male', 65), ['left-deltoid', 'right-deltoid'], ['1']],
    ['an 80 kg woman (176 lb)', build(40 * 12, 'female', 80), ['left-deltoid', 'right-deltoid'], ['1', '1 1/4', '1 1/2']],
    ['a 95 kg woman (209 lb)', build(40 * 12, 'female', 95), ['left-deltoid', 'right-deltoid'], ['1 1/2']],
    ['a 100 kg man (220 lb)', build(40 * 12, 'male', 100), ['left-deltoid', 'right-deltoid'], ['1', '1 1/4', '1 1/2']],
    ['a 125 kg man (276 lb)', build(40 * 12, 'male', 125), ['left-deltoid', 'right-deltoid'], ['1 1/2']],
    ['a 100 kg adult of unknown sex (only what both rows allow)', build(40 * 12, 'unknown', 100), ['left-deltoid', 'right-deltoid'], ['1 1/2']],
  ])('gives %s an intramuscular dose in the preferred %j with a %j inch needle', (_who, patient, preferredSites, lengths) => {
    const choices = injectionChoices('intramuscular', patient);
    expect(choices.preferredSites).toEqual(preferredSites);
    expect(choices.lengths).toEqual(lengths);
    expect(choices.gauges).toEqual([22, 23, 25]);
  });

  it('lets a toddler have the deltoid too, with its own shorter needle', () => {
    const choices = injectionChoices('intramuscular', build(18, 'male', 11));
    expect(choices.sites).toEqual(['left-anterolateral-thigh', 'right-anterolateral-thigh', 'left-deltoid', 'right-deltoid']);
    expect(choices.lengthsBySite['left-deltoid']).toEqual(['5/8', '1']);
  });

  it('gives a subcutaneous dose over the triceps or thigh with a 5/8 inch needle from 12 months, the thigh only before', () => {
    expect(injectionChoices('subcutaneous', build(14, 'female', 10)).sites).toEqual([
      'left-upper-outer-triceps', 'right-upper-outer-triceps', 'left-anterolateral-thigh', 'right-anterolateral-thigh',
    ]);
    expect(injectionChoices('subcutaneous', build(6, 'female', 7)).sites).toEqual(['left-anterolateral-thigh', 'right-anterolateral-thigh']);
    expect(injectionChoices('subcutaneous', build(14, 'female', 10)).lengths).toEqual(['5/8']);
    expect(injectionChoices('subcutaneous', build(14, 'female', 10)).gauges).toEqual([23, 25]);
  });

  it('lets an adult have the thigh, with its length marked unconfirmed, while the deltoid answer stays verified', () => {
    const choices = injectionChoices('intramuscular', build(40 * 12, 'female', 70));
    expect(choices.sites).toContain('left-anterolateral-thigh');
    expect(choices.unverifiedLengthSites).toEqual(['left-anterolateral-thigh', 'right-anterolateral-thigh']);
    expect(choices.verified).toBeUndefined();
  });

  it('gives a tuberculin skin test the volar forearms with a 1/4–1/2 inch 26–27 gauge needle, verified, and offers nothing for an oral dose', () => {
    expect(injectionChoices('intradermal', build(30 * 12, 'male', 80))).toMatchObject({
      sites: ['left-volar-forearm', 'right-volar-forearm'],
      lengths: ['1/4', '3/8', '1/2'],
      gauges: [26, 27],
    });
    expect(injectionChoices('intradermal', build(30 * 12, 'male', 80)).verified).toBeUndefined();
    expect(injectionChoices('oral', build(4, 'male', 6))).toMatchObject({ sites: [], lengths: [], gauges: [] });
  });
});

describe('INSERTION_ANGLE', () => {
  it.each([
    ['intramuscular', 90],
    ['subcutaneous', 45],
    ['intradermal', 10],
    ['oral', null],
  ] as const)('%s: %s degrees', (route, angle) => {
    expect(INSERTION_ANGLE[route]).toBe(angle);
  });

  it('cites Immunize.org’s table for the angles', () => {
    expect(INSERTION_ANGLE.source.id).toBe('immunizeOrgAdministeringVaccines');
  });
});

describe('ASPIRATION and GLOVES', () => {
  it('says not to aspirate, citing ACIP', () => {
    expect(ASPIRATION.needed).toBe(false);
    expect(ASPIRATION.source.id).toBe('acipGeneralBestPractices');
  });

  it('does not require gloves for vaccination, and lists when they are required, citing ACIP and OSHA', () => {
    expect(GLOVES.requiredForVaccination).toBe(false);
    expect(GLOVES.requiredWhen).toHaveLength(4);
    expect(GLOVES.source.id).toBe('acipGeneralBestPractices');
    expect(GLOVES.source.note).toContain('oshaGlovesForInjections1992');
  });
});

describe('HAND_HYGIENE and SHARPS_RULE', () => {
  it('cleans hands before preparing and between patients, citing ACIP', () => {
    expect(HAND_HYGIENE.source.id).toBe('acipGeneralBestPractices');
  });

  it('puts the needle in the sharps container at once and never recaps it, citing OSHA', () => {
    expect(SHARPS_RULE).toMatchObject({ immediately: true, recap: false });
    expect(SHARPS_RULE.source.id).toBe('oshaBloodbornePathogens');
  });
});
