/**
 * Vaccine Information Statements: which VIS each vaccine needs, the editions with the date
 * each came into use, the edition a scenario's day puts in force, and the rule that the
 * current edition is given before every dose (42 U.S.C. 300aa-26).
 */
import { isIsoDate, type IsoDate } from '../iso-date';
import { SOURCES, checked, type Sourced } from '../source';
import type { VisId } from './terms';

/** One VIS and its editions, newest first (edition dates as printed on the statement). */
export interface VisEditions extends Sourced {
  readonly visId: VisId;
  readonly title: string;
  /** Edition dates, newest first; the first is the current edition on the source's page. */
  readonly editions: readonly IsoDate[];
}

const currentDates = (what: string) => checked(SOURCES.cdcCurrentVisDates, `Checked: ${what}.`);

/** The VISs of the game's vaccines with their editions. */
export const VIS_EDITIONS: readonly VisEditions[] = [
  {
    visId: 'influenza-inactivated',
    title: 'Influenza (Flu) Vaccine (Inactivated or Recombinant): What you need to know',
    editions: ['2021-08-06', '2019-08-15', '2015-08-07', '2014-08-19'],
    source: currentDates('Influenza (Injected) current 8/6/21; previous 8/15/19, 8/7/15, 8/19/14 and older'),
  },
  {
    visId: 'tdap',
    title: 'Tdap (Tetanus, Diphtheria, Pertussis) Vaccine: What you need to know',
    editions: ['2021-08-06', '2015-02-24'],
    source: checked(
      SOURCES.cdcCurrentVisDates,
      'Checked on the Institute for Vaccine Safety tables (vaccinesafety.edu, 2023-03-07 and 2024-08-16: Tdap Aug 6 2021; hopkinsvaccine.org 2018: Feb 24 2015; Pediatric Partners VIS list: Tdap 8/6/21); the CDC row itself was cut off in the stored copy, so intermediate editions (if any) are not listed.',
    ),
  },
  {
    visId: 'dtap',
    title: 'DTaP (Diphtheria, Tetanus, Pertussis) Vaccine: What you need to know',
    editions: ['2021-08-06', '2020-04-01', '2018-08-24', '2007-05-17'],
    source: currentDates('DTaP, DT current 8/6/21; previous 4/1/20, 8/24/18, 5/17/07 and older'),
  },
  {
    visId: 'mmr',
    title: 'MMR Vaccine (Measles, Mumps, and Rubella): What you need to know',
    editions: ['2021-08-06', '2019-08-15', '2018-02-12', '2012-04-20'],
    source: currentDates('MMR current 8/6/21; previous 8/15/19, 2/12/18, 4/20/12 and older'),
  },
  {
    visId: 'hepatitis-b',
    title: 'Hepatitis B Vaccine: What you need to know',
    editions: ['2023-05-12', '2021-10-15', '2019-08-15', '2018-10-12', '2016-07-20'],
    source: currentDates('Hepatitis B current 5/12/23; previous 10/15/21, 8/15/19, 10/12/18, 7/20/16 and older'),
  },
  {
    visId: 'pneumococcal-conjugate',
    title: 'Pneumococcal Conjugate Vaccine: What you need to know',
    editions: ['2023-05-12', '2022-02-02', '2015-11-05'],
    source: checked(
      SOURCES.cdcCurrentVisDates,
      'Checked on the Institute for Vaccine Safety tables (vaccinesafety.edu 2024-08-16: May 12 2023; 2023-03-07 and hopkinsvaccine.org 2022: Feb 2 2022; 2018: Nov 5 2015; Pediatric Partners VIS list: PCV 5/12/23); CDC "What\'s New": the PCV VIS of 2022 covers PCV13, PCV15 and PCV20. The CDC row itself was cut off in the stored copy.',
    ),
  },
];

/** The editions of one VIS, or undefined for an unknown id. */
export function visEditions(visId: VisId): VisEditions | undefined {
  return VIS_EDITIONS.find((v) => v.visId === visId);
}

/** The edition in force on a date: the newest edition dated on or before it (null if none was out yet). */
export function visEditionInForce(visId: VisId, onDate: IsoDate): string | null {
  if (!isIsoDate(onDate)) throw new RangeError(`onDate is not an ISO date (YYYY-MM-DD): ${onDate}`);
  return visEditions(visId)?.editions.find((edition) => edition <= onDate) ?? null;
}

/** The editions on the station's shelf: the current one and the one before it (an outdated copy to tell apart). */
export function visEditionsOnShelf(visId: VisId): readonly string[] {
  return visEditions(visId)?.editions.slice(0, 2) ?? [];
}

/** The VIS rule: the current edition before every dose, its edition and date recorded. */
export const VIS_RULE: Sourced & { readonly beforeEachDose: true; readonly text: string } = {
  beforeEachDose: true,
  text: 'Before every dose (not only the first of a series) give the patient, or the parent or legal representative of a child, the current edition of the vaccine’s VIS to keep, and note in the record the edition date and the date it was given.',
  source: checked(SOURCES.visInstructions, 'Checked: required use (42 U.S.C. 300aa-26) and the record of edition date and date given; Immunize.org Ask the Experts (reviewed 2023-06-06): before each dose, not just the first.'),
};

/**
 * How long an outdated edition may still be used after a new one is posted. The game scores
 * on the stricter reading, the edition in force on the day (`visEditionInForce`); this is
 * kept as data for the debrief.
 */
export const VIS_NEW_EDITION_GRACE: Sourced & { readonly months: number; readonly scored: false; readonly text: string } = {
  months: 6,
  scored: false,
  text: 'Federal law allows up to 6 months for a new VIS edition to come into use, and CDC sometimes lets old stock be used up; the game expects the current edition.',
  source: checked(
    SOURCES.cdcCurrentVisDates,
    'Checked: CDC "Current VISs" page (last reviewed 2020-07-28): federal law allows up to 6 months for a new VIS to be used; CDC "What\'s New" notices: stocks of the previous edition may be used until exhausted (for some updates). Not scored: the stricter current edition is.',
  ),
};
