/**
 * An ICD-10-CM subset for primary-care scenarios, with effective dates.
 *
 * A code may have several versions over time: R05 was billable until 2021-10-01 and has
 * been a non-billable header since (R05.1–R05.9 are billable). Each version is one row with
 * a half-open period [effectiveFrom, effectiveTo). Codes billable only at their most specific
 * level carry `moreSpecific`. ICD-10-CM changes every 1 October (US start: 2015-10-01).
 * Official code titles are public (CDC/NCHS); they are used as published.
 */
import { isIsoDate, isWithinPeriod, type IsoDate } from './iso-date';
import { SOURCES, checked, type Source, type Sourced } from './source';

/** Date ICD-10-CM took effect in the US. */
export const ICD10CM_START: IsoDate = '2015-10-01';

/** Sexes an ICD-10-CM code may be limited to. */
export const ICD10_SEXES = ['female', 'male'] as const;
/** One sex an ICD-10-CM code may be limited to. */
export type Icd10Sex = (typeof ICD10_SEXES)[number];

/** One version of an ICD-10-CM code. */
export interface Icd10Entry extends Sourced {
  readonly code: string;
  readonly description: string;
  readonly billable: boolean;
  readonly effectiveFrom: IsoDate;
  /** Exclusive end: the first date this version is no longer valid. */
  readonly effectiveTo?: IsoDate;
  /** The category or subcategory above this code. */
  readonly parent?: string;
  /** For a header: the billable codes below it that the set carries. */
  readonly moreSpecific?: readonly string[];
  readonly sexes?: readonly Icd10Sex[];
  /** Ages in completed years the code is meant for (inclusive). */
  readonly ageRange?: { readonly minYears?: number; readonly maxYears?: number };
  /** Words a coder looks the code up by besides its title, as the Alphabetic Index leads to it ("bruising" for spontaneous ecchymoses). */
  readonly lookupTerms?: readonly string[];
}

const ref = checked(SOURCES.cdcNchsIcd10Cm, 'Code and title as in the tabular list (code-lookup copies of the CMS code files agree).');
/* @__NO_SIDE_EFFECTS__ */
const tabular = (note: string): Source => checked(SOURCES.cdcNchsIcd10Cm, note);
/* @__NO_SIDE_EFFECTS__ */
const notVerified = (what: string): Source => checked(SOURCES.cdcNchsIcd10Cm, `Not verified in this pass: ${what}.`);

type Row = Omit<Icd10Entry, 'effectiveFrom'> & { effectiveFrom?: IsoDate };

function rows(list: readonly Row[]): Icd10Entry[] {
  return list.map((row) => ({ ...row, effectiveFrom: row.effectiveFrom ?? ICD10CM_START }));
}

/** The ICD-10-CM versions in the game. */
export const ICD10CM_CODES: readonly Icd10Entry[] = rows([
  // Encounters
  { code: 'Z00', description: 'Encounter for general examination without complaint, suspected or reported diagnosis', billable: false, moreSpecific: ['Z00.00', 'Z00.01', 'Z00.121', 'Z00.129'], source: tabular('Category header.') },
  { code: 'Z00.0', description: 'Encounter for general adult medical examination', billable: false, parent: 'Z00', moreSpecific: ['Z00.00', 'Z00.01'], source: ref },
  { code: 'Z00.00', description: 'Encounter for general adult medical examination without abnormal findings', billable: true, parent: 'Z00.0', ageRange: { minYears: 18 }, source: checked(SOURCES.cdcNchsIcd10Cm, 'Code [checked]; the 18+ age use is a coding convention (child exams Z00.12- through 17), not verified against the CMS edits.') },
  { code: 'Z00.01', description: 'Encounter for general adult medical examination with abnormal findings', billable: true, parent: 'Z00.0', ageRange: { minYears: 18 }, source: checked(SOURCES.cdcNchsIcd10Cm, 'Code [checked]; the 18+ age use is a coding convention, not verified against the CMS edits.') },
  { code: 'Z00.1', description: 'Encounter for newborn, infant and child health examinations', billable: false, parent: 'Z00', moreSpecific: ['Z00.121', 'Z00.129'], source: tabular('Subcategory header.') },
  { code: 'Z00.12', description: 'Encounter for routine child health examination', billable: false, parent: 'Z00.1', moreSpecific: ['Z00.121', 'Z00.129'], source: ref },
  { code: 'Z00.121', description: 'Encounter for routine child health examination with abnormal findings', billable: true, parent: 'Z00.12', ageRange: { maxYears: 17 }, source: checked(SOURCES.cdcNchsIcd10Cm, 'Code [checked]; the through-17 age use is a coding convention, not verified against the CMS edits.') },
  { code: 'Z00.129', description: 'Encounter for routine child health examination without abnormal findings', billable: true, parent: 'Z00.12', ageRange: { maxYears: 17 }, source: checked(SOURCES.cdcNchsIcd10Cm, 'Code [checked]; the through-17 age use is a coding convention, not verified against the CMS edits.') },
  { code: 'Z11.7', description: 'Encounter for testing for latent tuberculosis infection', billable: true, effectiveFrom: '2019-10-01', source: checked(SOURCES.cdcTbIcd10Codes, 'Secondary: billable, in the FY2020 and later tabular; the code for a tuberculin skin test or IGRA done to test for latent TB infection (Z11.1 is the screening for active TB).') },
  { code: 'Z23', description: 'Encounter for immunization', billable: true, source: checked(SOURCES.icdListCom, 'Checked (FY2026 tabular as copied by icdlist.com, medgenius.com and AutoICD): billable; code first any routine childhood examination; procedure codes identify the vaccines given; code also Z71.85 for immunization safety counselling where it applies. Merck\'s coding page lists Z23 for dates of service from 2024-10-01.') },
  { code: 'Z01', description: 'Encounter for other special examination without complaint, suspected or reported diagnosis', billable: false, moreSpecific: ['Z01.810'], source: checked(SOURCES.healthAssureIcd10, 'Checked: category of Z01.810 (block Z00–Z13).') },
  { code: 'Z01.8', description: 'Encounter for other specified special examinations', billable: false, parent: 'Z01', moreSpecific: ['Z01.810'], source: checked(SOURCES.healthAssureIcd10, 'Checked: subcategory of Z01.810.') },
  { code: 'Z01.81', description: 'Encounter for preprocedural examinations', billable: false, parent: 'Z01.8', moreSpecific: ['Z01.810'], source: checked(SOURCES.healthAssureIcd10, 'Checked: subcategory of Z01.810.') },
  { code: 'Z01.810', description: 'Encounter for preprocedural cardiovascular examination', billable: true, parent: 'Z01.81', lookupTerms: ['pre-operative ECG', 'preoperative', 'pre-op clearance'], source: checked(SOURCES.healthAssureIcd10, 'Checked: billable; diseasedb.com agrees (the visit before a procedure to assess the heart, the reason for the surgery coded after it).') },
  { code: 'Z71.3', description: 'Dietary counseling and surveillance', billable: true, parent: 'Z71', source: notVerified('Z71.3 title and billable status'), verified: false },
  { code: 'Z32', description: 'Encounter for pregnancy test and childbirth and childcare instruction', billable: false, moreSpecific: ['Z32.00', 'Z32.01', 'Z32.02'], sexes: ['female'], source: tabular('Category header.') },
  { code: 'Z32.0', description: 'Encounter for pregnancy test', billable: false, parent: 'Z32', moreSpecific: ['Z32.00', 'Z32.01', 'Z32.02'], sexes: ['female'], source: checked(SOURCES.spryptIcd10, 'Checked: non-billable subcategory with three billable codes (result unknown, positive, negative); littleden.blog FY2026 pages agree.') },
  { code: 'Z32.00', description: 'Encounter for pregnancy test, result unknown', billable: true, parent: 'Z32.0', sexes: ['female'], lookupTerms: ['hCG', 'urine pregnancy test'], source: checked(SOURCES.spryptIcd10, 'Checked: billable since 2015-10-01; inclusion term "Encounter for pregnancy test NOS" (diseasedb.com).') },
  { code: 'Z32.01', description: 'Encounter for pregnancy test, result positive', billable: true, parent: 'Z32.0', sexes: ['female'], lookupTerms: ['hCG', 'urine pregnancy test'], source: checked(SOURCES.spryptIcd10, 'Checked: billable since 2015-10-01.') },
  { code: 'Z32.02', description: 'Encounter for pregnancy test, result negative', billable: true, parent: 'Z32.0', sexes: ['female'], lookupTerms: ['hCG', 'urine pregnancy test'], source: checked(SOURCES.spryptIcd10, 'Checked: billable since 2015-10-01, valid in the FY2026 code set (effective 2025-10-01).') },
  { code: 'Z34', description: 'Encounter for supervision of normal pregnancy', billable: false, moreSpecific: ['Z34.00', 'Z34.01', 'Z34.90'], sexes: ['female'], source: notVerified('Z34 subcategory structure'), verified: false },
  { code: 'Z34.00', description: 'Encounter for supervision of normal first pregnancy, unspecified trimester', billable: true, parent: 'Z34.0', sexes: ['female'], ageRange: { minYears: 12, maxYears: 55 }, source: notVerified('Z34.00 title; maternity age 12–55 per the CMS code edits'), verified: false },
  { code: 'Z34.01', description: 'Encounter for supervision of normal first pregnancy, first trimester', billable: true, parent: 'Z34.0', sexes: ['female'], ageRange: { minYears: 12, maxYears: 55 }, source: notVerified('Z34.01 title; maternity age 12–55 per the CMS code edits'), verified: false },
  { code: 'Z34.90', description: 'Encounter for supervision of normal pregnancy, unspecified, unspecified trimester', billable: true, parent: 'Z34.9', sexes: ['female'], ageRange: { minYears: 12, maxYears: 55 }, source: notVerified('Z34.90 title; maternity age 12–55 per the CMS code edits'), verified: false },

  // COVID-19
  { code: 'U07.1', description: 'COVID-19', billable: true, effectiveFrom: '2020-04-01', source: notVerified('U07.1 effective 2020-04-01 (CDC interim update); seen in coding guidance alongside Z20.822'), verified: false },
  { code: 'Z20.82', description: 'Contact with and (suspected) exposure to other viral communicable diseases', billable: false, parent: 'Z20.8', moreSpecific: ['Z20.822', 'Z20.828'], source: tabular('Subcategory header.') },
  { code: 'Z20.822', description: 'Contact with and (suspected) exposure to COVID-19', billable: true, parent: 'Z20.82', effectiveFrom: '2021-01-01', source: checked(SOURCES.cdphpZ20822, 'Checked: reportable for dates of service on or after 2021-01-01.') },
  { code: 'Z20.828', description: 'Contact with and (suspected) exposure to other viral communicable diseases', billable: true, parent: 'Z20.82', source: checked(SOURCES.cdphpZ20822, 'Seen in COVID coding guidance (used for COVID exposure before 2021).') },

  // Endocrine and metabolic
  { code: 'E03', description: 'Other hypothyroidism', billable: false, moreSpecific: ['E03.9'], source: tabular('Category header.') },
  { code: 'E03.9', description: 'Hypothyroidism, unspecified', billable: true, parent: 'E03', source: checked(SOURCES.cdcNchsIcd10Cm, 'Checked (secondary lookup site citing the CMS FY2026 code set, d3rx.com): billable, other E03 codes more specific.') },
  { code: 'E11', description: 'Type 2 diabetes mellitus', billable: false, moreSpecific: ['E11.9', 'E11.65'], source: ref },
  { code: 'E11.6', description: 'Type 2 diabetes mellitus with other specified complications', billable: false, parent: 'E11', moreSpecific: ['E11.65'], source: tabular('Subcategory header.') },
  { code: 'E11.65', description: 'Type 2 diabetes mellitus with hyperglycemia', billable: true, parent: 'E11.6', source: ref },
  { code: 'E11.9', description: 'Type 2 diabetes mellitus without complications', billable: true, parent: 'E11', source: ref },
  { code: 'E66', description: 'Overweight and obesity', billable: false, moreSpecific: ['E66.01', 'E66.3', 'E66.811', 'E66.812', 'E66.813', 'E66.9'], source: tabular('Category header.') },
  { code: 'E66.0', description: 'Obesity due to excess calories', billable: false, parent: 'E66', moreSpecific: ['E66.01'], source: tabular('Subcategory header.') },
  { code: 'E66.01', description: 'Morbid (severe) obesity due to excess calories', billable: true, parent: 'E66.0', source: checked(SOURCES.aapcObesityClass2024, 'Checked: still valid in FY2025 beside the new class codes.') },
  { code: 'E66.3', description: 'Overweight', billable: true, parent: 'E66', source: notVerified('E66.3 title'), verified: false },
  { code: 'E66.81', description: 'Obesity class', billable: false, parent: 'E66.8', effectiveFrom: '2024-10-01', moreSpecific: ['E66.811', 'E66.812', 'E66.813'], source: checked(SOURCES.aapcObesityClass2024, 'Checked: subcategory created FY2025 (2024-10-01).') },
  { code: 'E66.811', description: 'Obesity, class 1', billable: true, parent: 'E66.81', effectiveFrom: '2024-10-01', source: checked(SOURCES.aapcObesityClass2024, 'Checked: new 2024-10-01; BMI 30–34.9.') },
  { code: 'E66.812', description: 'Obesity, class 2', billable: true, parent: 'E66.81', effectiveFrom: '2024-10-01', source: checked(SOURCES.aapcObesityClass2024, 'Checked: new 2024-10-01; BMI 35–39.9.') },
  { code: 'E66.813', description: 'Obesity, class 3', billable: true, parent: 'E66.81', effectiveFrom: '2024-10-01', source: checked(SOURCES.aapcObesityClass2024, 'Checked: new 2024-10-01; BMI 40 or more.') },
  { code: 'E66.9', description: 'Obesity, unspecified', billable: true, parent: 'E66', source: checked(SOURCES.aapcObesityClass2024, 'Checked: not changed by the FY2025 obesity update.') },
  { code: 'E78', description: 'Disorders of lipoprotein metabolism and other lipidemias', billable: false, moreSpecific: ['E78.5'], source: tabular('Category header.') },
  { code: 'E78.5', description: 'Hyperlipidemia, unspecified', billable: true, parent: 'E78', source: checked(SOURCES.cdcNchsIcd10Cm, 'Checked (secondary lookup pages for FY2026): billable at five characters under the non-billable header E78; E78.00 and E78.2 when the lipid type is documented.') },

  // Mental health
  { code: 'F41', description: 'Other anxiety disorders', billable: false, moreSpecific: ['F41.1'], source: tabular('Category header.') },
  { code: 'F41.1', description: 'Generalized anxiety disorder', billable: true, parent: 'F41', source: checked(SOURCES.medReportIcd10, 'Checked (weak, secondary): F41.1 = generalized anxiety disorder.') },

  // Ear
  { code: 'H66', description: 'Suppurative and unspecified otitis media', billable: false, moreSpecific: ['H66.90', 'H66.91', 'H66.92', 'H66.93'], source: tabular('Category header.') },
  { code: 'H66.9', description: 'Otitis media, unspecified', billable: false, parent: 'H66', moreSpecific: ['H66.90', 'H66.91', 'H66.92', 'H66.93'], source: checked(SOURCES.autoIcdApi, 'Checked: non-billable header with four children (unspecified ear, right, left, bilateral).') },
  { code: 'H66.90', description: 'Otitis media, unspecified, unspecified ear', billable: true, parent: 'H66.9', source: checked(SOURCES.icdListCom, 'Checked: billable.') },
  { code: 'H66.91', description: 'Otitis media, unspecified, right ear', billable: true, parent: 'H66.9', source: checked(SOURCES.autoIcdApi, 'Checked: child of H66.9.') },
  { code: 'H66.92', description: 'Otitis media, unspecified, left ear', billable: true, parent: 'H66.9', source: checked(SOURCES.autoIcdApi, 'Checked: child of H66.9.') },
  { code: 'H66.93', description: 'Otitis media, unspecified, bilateral', billable: true, parent: 'H66.9', source: checked(SOURCES.autoIcdApi, 'Checked: child of H66.9.') },

  // Circulatory
  { code: 'I10', description: 'Essential (primary) hypertension', billable: true, source: ref },

  // Respiratory
  { code: 'J01', description: 'Acute sinusitis', billable: false, moreSpecific: ['J01.90', 'J01.91'], source: checked(SOURCES.icd10CodedTabular, 'Checked: category structure.') },
  { code: 'J01.9', description: 'Acute sinusitis, unspecified', billable: false, parent: 'J01', moreSpecific: ['J01.90', 'J01.91'], source: checked(SOURCES.autoIcdApi, 'Checked: non-billable header.') },
  { code: 'J01.90', description: 'Acute sinusitis, unspecified', billable: true, parent: 'J01.9', source: checked(SOURCES.icd10CodedTabular, 'Checked: J01.90 under J01.9.') },
  { code: 'J01.91', description: 'Acute recurrent sinusitis, unspecified', billable: true, parent: 'J01.9', source: checked(SOURCES.icd10CodedTabular, 'Checked: J01.91 under J01.9.') },
  { code: 'J02', description: 'Acute pharyngitis', billable: false, moreSpecific: ['J02.0', 'J02.9'], source: ref },
  { code: 'J02.0', description: 'Streptococcal pharyngitis', billable: true, parent: 'J02', source: ref },
  { code: 'J02.9', description: 'Acute pharyngitis, unspecified', billable: true, parent: 'J02', source: checked(SOURCES.icd10CheckCom, 'Checked: billable (CMS 2026 tabular); PayerReady agrees.') },
  { code: 'J06', description: 'Acute upper respiratory infections of multiple and unspecified sites', billable: false, moreSpecific: ['J06.9'], source: tabular('Category header.') },
  { code: 'J06.9', description: 'Acute upper respiratory infection, unspecified', billable: true, parent: 'J06', source: checked(SOURCES.icdListCom, 'Checked: billable; ICD Code Compass agrees.') },
  { code: 'J10', description: 'Influenza due to other identified influenza virus', billable: false, moreSpecific: ['J10.1'], source: checked(SOURCES.imedicalCodeTabular, 'Checked: category structure.') },
  { code: 'J10.1', description: 'Influenza due to other identified influenza virus with other respiratory manifestations', billable: true, parent: 'J10', source: checked(SOURCES.imedicalCodeTabular, 'Checked: J10.1 is a leaf code under J10.') },
  { code: 'J11', description: 'Influenza due to unidentified influenza virus', billable: false, moreSpecific: ['J11.1'], source: tabular('Category header.') },
  { code: 'J11.1', description: 'Influenza due to unidentified influenza virus with other respiratory manifestations', billable: true, parent: 'J11', source: checked(SOURCES.icd10Blog, 'Checked (secondary): J11.1 title; leaf code like J10.1.') },
  { code: 'J45', description: 'Asthma', billable: false, moreSpecific: ['J45.901', 'J45.902', 'J45.909'], source: tabular('Category header.') },
  { code: 'J45.9', description: 'Other and unspecified asthma', billable: false, parent: 'J45', moreSpecific: ['J45.901', 'J45.902', 'J45.909'], source: checked(SOURCES.payerReadyIcd10, 'Checked: hierarchy J45 > J45.9 > J45.90 > J45.909.') },
  { code: 'J45.90', description: 'Unspecified asthma', billable: false, parent: 'J45.9', moreSpecific: ['J45.901', 'J45.902', 'J45.909'], source: checked(SOURCES.payerReadyIcd10, 'Checked: hierarchy.') },
  { code: 'J45.901', description: 'Unspecified asthma with (acute) exacerbation', billable: true, parent: 'J45.90', source: notVerified('J45.901 title'), verified: false },
  { code: 'J45.902', description: 'Unspecified asthma with status asthmaticus', billable: true, parent: 'J45.90', source: notVerified('J45.902 title'), verified: false },
  { code: 'J45.909', description: 'Unspecified asthma, uncomplicated', billable: true, parent: 'J45.90', source: checked(SOURCES.payerReadyIcd10, 'Checked: billable/specific; icdlist.com agrees.') },

  // Digestive
  { code: 'K21', description: 'Gastro-esophageal reflux disease', billable: false, moreSpecific: ['K21.9'], source: tabular('Category header.') },
  { code: 'K21.9', description: 'Gastro-esophageal reflux disease without esophagitis', billable: true, parent: 'K21', source: checked(SOURCES.cdcNchsIcd10Cm, 'Checked (secondary: ICD10Data 2021 edition and icdlist.com 2024): billable; K21 itself is a non-billable header.') },

  // Musculoskeletal: knee osteoarthritis
  { code: 'M17', description: 'Osteoarthritis of knee', billable: false, moreSpecific: ['M17.10', 'M17.11'], source: tabular('Category header.') },
  { code: 'M17.1', description: 'Unilateral primary osteoarthritis of knee', billable: false, parent: 'M17', moreSpecific: ['M17.10', 'M17.11'], source: checked(SOURCES.spryptIcd10, 'Checked: M17.10–M17.12 under M17.1.') },
  { code: 'M17.10', description: 'Unilateral primary osteoarthritis, unspecified knee', billable: true, parent: 'M17.1', source: checked(SOURCES.spryptIcd10, 'Checked: billable; used only when the note does not say which knee (carepatron.com and mirahealth.care agree).') },
  { code: 'M17.11', description: 'Unilateral primary osteoarthritis, right knee', billable: true, parent: 'M17.1', lookupTerms: ['knee arthritis', 'degenerative joint disease of the knee'], source: checked(SOURCES.spryptIcd10, 'Checked: billable; mirahealth.care agrees.') },

  // Musculoskeletal: low back pain
  { code: 'M54', description: 'Dorsalgia', billable: false, moreSpecific: ['M54.50', 'M54.51', 'M54.59'], source: tabular('Category header.') },
  { code: 'M54.5', description: 'Low back pain', billable: true, parent: 'M54', effectiveTo: '2021-10-01', source: checked(SOURCES.cdcNchsIcd10Cm, 'Checked (secondary: Acupuncture Today 2021-12 and the FY2022 code-change summaries): M54.5 deleted on 2021-10-01 and replaced by M54.50, M54.51, M54.59.') },
  { code: 'M54.5', description: 'Low back pain', billable: false, parent: 'M54', effectiveFrom: '2021-10-01', moreSpecific: ['M54.50', 'M54.51', 'M54.59'], source: ref },
  { code: 'M54.50', description: 'Low back pain, unspecified', billable: true, parent: 'M54.5', effectiveFrom: '2021-10-01', source: ref },
  { code: 'M54.51', description: 'Vertebrogenic low back pain', billable: true, parent: 'M54.5', effectiveFrom: '2021-10-01', source: ref },
  { code: 'M54.59', description: 'Other low back pain', billable: true, parent: 'M54.5', effectiveFrom: '2021-10-01', source: ref },

  // Genitourinary
  { code: 'N39', description: 'Other disorders of urinary system', billable: false, moreSpecific: ['N39.0'], source: tabular('Category header.') },
  { code: 'N39.0', description: 'Urinary tract infection, site not specified', billable: true, parent: 'N39', source: checked(SOURCES.spryptIcd10, 'Checked: billable since 2015-10-01; medonix agrees.') },

  // Symptoms
  { code: 'R00', description: 'Abnormalities of heart beat', billable: false, moreSpecific: ['R00.2'], source: tabular('Category header.') },
  { code: 'R00.2', description: 'Palpitations', billable: true, parent: 'R00', lookupTerms: ['racing heart', 'pounding heart', 'fluttering'], source: checked(SOURCES.codelleIcd10, 'Checked: billable symptom code for the sensation of the heartbeat when no arrhythmia is diagnosed (combinehealth.ai agrees).') },
  { code: 'R05', description: 'Cough', billable: true, effectiveTo: '2021-10-01', source: checked(SOURCES.cdcNchsIcd10Cm, 'Checked (secondary: FY2022 code-change summaries, CDC release of 2021-07-12): R05 expanded into six codes (acute, subacute, chronic, syncope, other, unspecified) from 2021-10-01, so R05 alone is no longer billable.') },
  { code: 'R05', description: 'Cough', billable: false, effectiveFrom: '2021-10-01', moreSpecific: ['R05.1', 'R05.2', 'R05.3', 'R05.4', 'R05.8', 'R05.9'], source: ref },
  { code: 'R05.1', description: 'Acute cough', billable: true, parent: 'R05', effectiveFrom: '2021-10-01', source: ref },
  { code: 'R05.2', description: 'Subacute cough', billable: true, parent: 'R05', effectiveFrom: '2021-10-01', source: ref },
  { code: 'R05.3', description: 'Chronic cough', billable: true, parent: 'R05', effectiveFrom: '2021-10-01', source: ref },
  { code: 'R05.4', description: 'Cough syncope', billable: true, parent: 'R05', effectiveFrom: '2021-10-01', source: ref },
  { code: 'R05.8', description: 'Other specified cough', billable: true, parent: 'R05', effectiveFrom: '2021-10-01', source: ref },
  { code: 'R05.9', description: 'Cough, unspecified', billable: true, parent: 'R05', effectiveFrom: '2021-10-01', source: ref },
  { code: 'R07', description: 'Pain in throat and chest', billable: false, moreSpecific: ['R07.9'], source: tabular('Category header.') },
  { code: 'R07.9', description: 'Chest pain, unspecified', billable: true, parent: 'R07', source: checked(SOURCES.combineHealthR079, 'Checked: billable symptom code when no cause is established at the visit; more specific R07.1, R07.2, R07.8- exist.') },
  { code: 'R10', description: 'Abdominal and pelvic pain', billable: false, moreSpecific: ['R10.9'], source: tabular('Category header.') },
  { code: 'R10.9', description: 'Unspecified abdominal pain', billable: true, parent: 'R10', source: notVerified('R10.9 title and billable status'), verified: false },
  { code: 'R23', description: 'Other skin changes', billable: false, moreSpecific: ['R23.3'], source: tabular('Category header.') },
  { code: 'R23.3', description: 'Spontaneous ecchymoses', billable: true, parent: 'R23', lookupTerms: ['bruising', 'easy bruising', 'spontaneous bruising', 'bruise', 'petechiae'], source: checked(SOURCES.spryptIcd10, 'Checked: billable since 2015-10-01 and valid in FY2026; the code for bruising that appears without injury ("spontaneous bruising" among its terms, icdlist.com; icd-10-code.org FY2025 agrees). Inclusion term petechiae; Excludes1 purpura (D69.-) and ecchymoses of newborn (P54.5). Not a principal diagnosis once a related definitive diagnosis is made.') },
  { code: 'R31', description: 'Hematuria', billable: false, moreSpecific: ['R31.9'], source: tabular('Category header.') },
  { code: 'R31.9', description: 'Hematuria, unspecified', billable: true, parent: 'R31', source: notVerified('R31.9 title and billable status'), verified: false },
  { code: 'R50', description: 'Fever of other and unknown origin', billable: false, moreSpecific: ['R50.9'], source: tabular('Category header.') },
  { code: 'R50.9', description: 'Fever, unspecified', billable: true, parent: 'R50', source: checked(SOURCES.cdcNchsIcd10Cm, 'Checked (secondary: ICD10Data, ICD Code Compass): billable since 2015-10-01; also in CDC COVID coding guidance as "R50.9 Fever, unspecified".') },
  { code: 'R51', description: 'Headache', billable: true, effectiveTo: '2020-10-01', source: notVerified('R51 billable until FY2021 (2020-10-01), when R51.0 and R51.9 were created'), verified: false },
  { code: 'R51', description: 'Headache', billable: false, effectiveFrom: '2020-10-01', moreSpecific: ['R51.9'], source: notVerified('R51 as a header from 2020-10-01'), verified: false },
  { code: 'R51.9', description: 'Headache, unspecified', billable: true, parent: 'R51', effectiveFrom: '2020-10-01', source: checked(SOURCES.cdcNchsIcd10Cm, 'Checked (secondary: Acupuncture Today 2021-12): R51 was split into R51.0 and R51.9 on 2020-10-01 (FY2021); one billing site dates it 2021, so the start date rests on one source.') },
  { code: 'R73', description: 'Elevated blood glucose level', billable: false, moreSpecific: ['R73.03'], source: tabular('Category header.') },
  { code: 'R73.0', description: 'Abnormal glucose', billable: false, parent: 'R73', moreSpecific: ['R73.03'], source: tabular('Subcategory header.') },
  { code: 'R73.03', description: 'Prediabetes', billable: true, parent: 'R73.0', effectiveFrom: '2016-10-01', source: checked(SOURCES.icdListCom, 'Checked: billable (inclusion term "Latent diabetes"). Start date 2016-10-01 (FY2017) is our understanding; one lookup site shows 2015-10-01.') },
  { code: 'R94', description: 'Abnormal results of function studies', billable: false, moreSpecific: ['R94.31'], source: tabular('Category header.') },
  { code: 'R94.3', description: 'Abnormal results of cardiovascular function studies', billable: false, parent: 'R94', moreSpecific: ['R94.31'], source: checked(SOURCES.legalClarityAbnormalEkg, 'Checked: R94.30 unspecified and R94.31 electrocardiogram below it.') },
  { code: 'R94.31', description: 'Abnormal electrocardiogram [ECG] [EKG]', billable: true, parent: 'R94.3', lookupTerms: ['abnormal ECG', 'abnormal EKG'], source: checked(SOURCES.legalClarityAbnormalEkg, 'Checked: billable finding code, unchanged in FY2026; used when no cardiac diagnosis is established (hcmsus.com agrees).') },

  // BMI (adult codes are for ages 20 and over)
  { code: 'Z68', description: 'Body mass index [BMI]', billable: false, moreSpecific: ['Z68.1', 'Z68.25', 'Z68.30', 'Z68.35', 'Z68.41'], source: notVerified('Z68 BMI subcategories; adult BMI codes for ages 20 and over'), verified: false },
  { code: 'Z68.1', description: 'Body mass index [BMI] 19.9 or less, adult', billable: true, parent: 'Z68', ageRange: { minYears: 20 }, source: notVerified('Z68.1 title'), verified: false },
  { code: 'Z68.25', description: 'Body mass index [BMI] 25.0-25.9, adult', billable: true, parent: 'Z68.2', ageRange: { minYears: 20 }, source: notVerified('Z68.25 title'), verified: false },
  { code: 'Z68.30', description: 'Body mass index [BMI] 30.0-30.9, adult', billable: true, parent: 'Z68.3', ageRange: { minYears: 20 }, source: notVerified('Z68.30 title'), verified: false },
  { code: 'Z68.35', description: 'Body mass index [BMI] 35.0-35.9, adult', billable: true, parent: 'Z68.3', ageRange: { minYears: 20 }, source: notVerified('Z68.35 title'), verified: false },
  { code: 'Z68.41', description: 'Body mass index [BMI] 40.0-44.9, adult', billable: true, parent: 'Z68.4', ageRange: { minYears: 20 }, source: checked(SOURCES.cdcNchsIcd10Cm, 'Seen paired with E66.813 in FY2025 coding Q&A; title not otherwise verified.'), verified: false },
]);

function normalize(code: string): string {
  return code.trim().toUpperCase();
}

function versionsOf(code: string): Icd10Entry[] {
  const wanted = normalize(code);
  return ICD10CM_CODES.filter((entry) => entry.code === wanted);
}

/**
 * The entry for a code: the version in effect on `onDate` when given (undefined if none),
 * otherwise the latest version.
 */
export function icd10Entry(code: string, onDate?: IsoDate): Icd10Entry | undefined {
  const versions = versionsOf(code);
  if (onDate !== undefined) return versions.find((v) => isWithinPeriod(onDate, v.effectiveFrom, v.effectiveTo));
  return versions.reduce<Icd10Entry | undefined>(
    (latest, v) => (latest === undefined || v.effectiveFrom > latest.effectiveFrom ? v : latest),
    undefined,
  );
}

/** Why an ICD-10-CM code may not be put on a claim for a date of service. */
export type Icd10InvalidReason = 'unknown' | 'not-billable' | 'deleted' | 'not-yet-effective';

/** Whether an ICD-10-CM code may go on a claim for a date of service. */
export type Icd10Validity =
  | { readonly valid: true }
  | { readonly valid: false; readonly reason: Icd10InvalidReason; readonly moreSpecific?: readonly string[] };

/**
 * Whether a code is billable on `date`. A code whose billable version ended and that is now
 * only a header (R05, M54.5 from 2021-10-01) is 'deleted', with the codes to use instead.
 */
export function isIcd10ValidOn(code: string, date: IsoDate): Icd10Validity {
  if (!isIsoDate(date)) throw new RangeError(`date is not an ISO date (YYYY-MM-DD): ${date}`);
  const versions = versionsOf(code);
  if (versions.length === 0) return { valid: false, reason: 'unknown' };
  const current = versions.find((v) => isWithinPeriod(date, v.effectiveFrom, v.effectiveTo));
  const endedBillable = versions.some((v) => v.billable && v.effectiveTo !== undefined && v.effectiveTo <= date);
  if (current !== undefined) {
    if (current.billable) return { valid: true };
    return withMoreSpecific(endedBillable ? 'deleted' : 'not-billable', current.moreSpecific, date);
  }
  if (versions.every((v) => date < v.effectiveFrom)) return { valid: false, reason: 'not-yet-effective' };
  const latest = icd10Entry(code);
  return withMoreSpecific('deleted', latest?.moreSpecific, date);
}

function withMoreSpecific(reason: Icd10InvalidReason, codes: readonly string[] | undefined, date: IsoDate): Icd10Validity {
  const inEffect = (codes ?? []).filter((c) => icd10Entry(c, date)?.billable === true);
  return inEffect.length > 0 ? { valid: false, reason, moreSpecific: inEffect } : { valid: false, reason };
}
