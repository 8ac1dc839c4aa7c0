/**
 * The administration codes a visit's vaccines bill: 90460/90461 (through 18 years, with the
 * physician's or other qualified professional's face-to-face counselling, per component),
 * 90471/90472 (per injection, without that counselling), 90473/90474 (by mouth or nose), and
 * Medicare's G0008 (influenza),
 * G0009 (pneumococcal) and G0010 (hepatitis B), one per vaccine.
 */
import { SOURCES, checked, type Sourced } from '../source';
import type { TestId } from '../tests';
import type { MedicationRoute } from './terms';

/** One vaccine given at the visit, as the coding reads it. */
export interface AdministeredVaccine {
  readonly testId: TestId;
  /** Antigen components (the product table's `components`). */
  readonly components: number;
  readonly route: MedicationRoute;
}

/** One administration line: the code, its units, and the vaccines it stands for. */
export interface AdministrationLine {
  readonly code: string;
  readonly units: number;
  readonly testIds: readonly TestId[];
}

/** The codes and the rule each row of the coding follows. */
export const ADMINISTRATION_CODE_RULES = [
  {
    code: '90460',
    rule: 'Through 18 years with face-to-face counselling by the physician or other qualified health care professional: one unit per vaccine, for its first (or only) component, whatever the route.',
    source: checked(SOURCES.cpt2025ImmunizationAdministration, 'Checked: 90460 first or only component of each vaccine, through 18 years, with counselling; not reported with 90471.'),
  },
  {
    code: '90461',
    rule: 'Add-on to 90460: one unit for each further component of a combination vaccine (MMR: 2, DTaP: 2, Tdap: 2).',
    source: checked(SOURCES.cpt2025ImmunizationAdministration, 'Checked: +90461 each additional component; a component is the antigens against one organism (AAP FAQ).'),
  },
  {
    code: '90471',
    rule: 'Without that counselling, or from 19 years: the first injected vaccine of the visit, one unit (only one first administration code per visit).',
    source: checked(SOURCES.cpt2025ImmunizationAdministration, 'Checked: 90471 one injection not accompanied by face-to-face physician/QHP counselling; only one first administration per visit.'),
  },
  {
    code: '90472',
    rule: 'Add-on to 90471: one unit for each further injection.',
    source: checked(SOURCES.cpt2025ImmunizationAdministration, 'Checked: +90472 each additional injection.'),
  },
  {
    code: '90473',
    rule: 'Without that counselling, or from 19 years: the first vaccine given by mouth or nose when no vaccine was injected (not with 90471).',
    source: checked(SOURCES.codingAheadCpt, 'Checked: 90473 intranasal or oral route, one vaccine (Coding Ahead quoting the descriptor); not reported with 90471 (iframe.ai).'),
  },
  {
    code: '90474',
    rule: 'Add-on: each further vaccine by mouth or nose (after 90473, or after 90471 when a vaccine was also injected).',
    source: checked(SOURCES.codingAheadCpt, 'Checked: +90474 each additional intranasal or oral vaccine (Coding Ahead). That it follows 90471 when 90473 may not be reported is read from "do not report 90473 with 90471" (iframe.ai), a secondary summary.'),
    verified: false,
  },
  {
    code: 'G0008',
    rule: 'Medicare: influenza vaccine administration, one per influenza vaccine, instead of 90471/90472.',
    source: checked(SOURCES.palmettoGbaImmunization, 'Checked: G0008 influenza administration (Palmetto GBA; Noridian).'),
  },
  {
    code: 'G0009',
    rule: 'Medicare: pneumococcal vaccine administration, one per pneumococcal vaccine.',
    source: checked(SOURCES.noridianVaccineBilling, 'Checked: G0009 with the pneumococcal product (90670/90671/90677/90732) and Z23.'),
  },
  {
    code: 'G0010',
    rule: 'Medicare: hepatitis B vaccine administration, one per hepatitis B vaccine.',
    source: checked(SOURCES.noridianVaccineBilling, 'Checked: G0010 administration of hepatitis B vaccine (HCPCS text as given by code-lookup copies and the CMS billing summaries quoted there).'),
  },
] as const satisfies readonly ({ code: string; rule: string } & Sourced)[];

/** The vaccines Medicare bills with its own administration code (each rule in `ADMINISTRATION_CODE_RULES`). */
const MEDICARE_ADMINISTRATION_CODES: Readonly<Partial<Record<TestId, 'G0008' | 'G0009' | 'G0010'>>> = {
  'influenza-vaccine': 'G0008',
  'pneumococcal-vaccine': 'G0009',
  'hepatitis-b-vaccine': 'G0010',
};

/** Oldest age (completed years) for 90460/90461. */
export const COUNSELLED_CODES_MAX_AGE = 18;

const INJECTED: readonly MedicationRoute[] = ['intramuscular', 'subcutaneous', 'intradermal'];

/**
 * The administration lines for the vaccines given at one visit. Medicare's own codes come
 * first, one per vaccine; the rest bill 90460 + 90461 per component when the patient is 18
 * or younger and the provider counselled face to face, else 90471 + 90472 per injection and
 * 90474 per vaccine by mouth (90473 for the first when nothing was injected; 90474 after 90471
 * rests on a secondary summary and is marked unverified).
 */
export function administrationCodes(input: {
  ageYears: number;
  counselledByProvider: boolean;
  medicare: boolean;
  vaccines: readonly AdministeredVaccine[];
}): readonly AdministrationLine[] {
  const lines: AdministrationLine[] = [];
  const rest: AdministeredVaccine[] = [];
  for (const vaccine of input.vaccines) {
    const medicareCode = input.medicare ? MEDICARE_ADMINISTRATION_CODES[vaccine.testId] : undefined;
    if (medicareCode === undefined) {
      rest.push(vaccine);
      continue;
    }
    const existing = lines.findIndex((l) => l.code === medicareCode);
    if (existing === -1) lines.push({ code: medicareCode, units: 1, testIds: [vaccine.testId] });
    else {
      const line = lines[existing]!;
      lines[existing] = { ...line, units: line.units + 1, testIds: [...line.testIds, vaccine.testId] };
    }
  }
  if (rest.length === 0) return lines;
  if (input.counselledByProvider && input.ageYears <= COUNSELLED_CODES_MAX_AGE) {
    lines.push({ code: '90460', units: rest.length, testIds: rest.map((v) => v.testId) });
    const combination = rest.filter((v) => v.components > 1);
    const extra = combination.reduce((sum, v) => sum + v.components - 1, 0);
    if (extra > 0) lines.push({ code: '90461', units: extra, testIds: combination.map((v) => v.testId) });
    return lines;
  }
  const injected = rest.filter((v) => INJECTED.includes(v.route));
  const byMouth = rest.filter((v) => !INJECTED.includes(v.route));
  const [first, ...others] = injected;
  if (first !== undefined) {
    lines.push({ code: '90471', units: 1, testIds: [first.testId] });
    if (others.length > 0) lines.push({ code: '90472', units: others.length, testIds: others.map((v) => v.testId) });
    if (byMouth.length > 0) lines.push({ code: '90474', units: byMouth.length, testIds: byMouth.map((v) => v.testId) });
    return lines;
  }
  const [firstByMouth, ...othersByMouth] = byMouth;
  if (firstByMouth === undefined) return lines;
  lines.push({ code: '90473', units: 1, testIds: [firstByMouth.testId] });
  if (othersByMouth.length > 0) lines.push({ code: '90474', units: othersByMouth.length, testIds: othersByMouth.map((v) => v.testId) });
  return lines;
}

/** The diagnosis a vaccine's lines point to, and how it is sequenced at a well-child visit. */
export const IMMUNIZATION_DIAGNOSIS: Sourced & { readonly code: 'Z23'; readonly codeFirst: string; readonly text: string } = {
  code: 'Z23',
  codeFirst: 'Z00.12',
  text: 'Z23 (encounter for immunization) goes on the vaccine and administration lines; at a routine child health examination the Z00.12- code comes first, and the procedure codes say which vaccines were given.',
  source: checked(SOURCES.icdListCom, 'Checked: Z23 tabular notes "code first any routine childhood examination" and "procedure codes are required to identify the types of immunizations given" (FY2026 tabular via icdlist.com, medgenius.com, AutoICD).'),
};
