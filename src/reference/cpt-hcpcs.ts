/**
 * The CPT and HCPCS codes a family-practice day uses, with short descriptions in our own
 * words (CPT descriptors are AMA-copyrighted), effective dates, CLIA and E/M flags, and a
 * synthetic clinic fee schedule. Also the 2021 E/M rules: MDM by 2 of 3 elements, or total
 * time on the day.
 *
 * `effectiveFrom` of a long-standing code is a floor (`CODE_SET_FLOOR`): the earliest date
 * the game asserts the code valid, not the date the AMA created it. `effectiveTo` is the
 * exclusive end (the deletion date).
 */
import { isIsoDate, isWithinPeriod, type IsoDate } from './iso-date';
import { SOURCES, checked, type Sourced } from './source';

/** Earliest date the game asserts a long-standing code valid. */
export const CODE_SET_FLOOR: IsoDate = '2015-01-01';

/** Kinds of service a code describes. */
export const CPT_CATEGORIES = [
  'evaluation-management',
  'preventive-visit',
  'specimen-collection',
  'laboratory',
  'procedure',
  'immunization-administration',
  'vaccine-product',
] as const;
/** One kind of service. */
export type CptCategory = (typeof CPT_CATEGORIES)[number];

/** New or established patient (established: seen by the same specialty in the same group within 3 years). */
export const PATIENT_STATUSES = ['new', 'established'] as const;
/** New or established patient. */
export type PatientStatus = (typeof PATIENT_STATUSES)[number];

/** Level of medical decision making (2021 AMA E/M guidelines), lowest first. */
export const MDM_LEVELS = ['straightforward', 'low', 'moderate', 'high'] as const;
/** One MDM level. */
export type MdmLevel = (typeof MDM_LEVELS)[number];

/** How one MDM element (problems, data, risk) is rated, lowest first. */
export const MDM_ELEMENT_RATINGS = ['minimal', 'low', 'moderate', 'high'] as const;
/** One MDM element rating. */
export type MdmElementRating = (typeof MDM_ELEMENT_RATINGS)[number];

/** The MDM that an E/M code requires: 99211 needs none ('minimal'). */
export type EmMdm = MdmLevel | 'minimal';

/** Office E/M codes in the set, including the deleted 99201. */
export const EM_CODES = ['99201', '99202', '99203', '99204', '99205', '99211', '99212', '99213', '99214', '99215'] as const;
/** One office E/M code. */
export type EmCode = (typeof EM_CODES)[number];

/** E/M facts of an office-visit code. */
export interface EmFacts {
  readonly patientStatus: PatientStatus;
  readonly mdm: EmMdm;
  /** Total minutes on the day that meet or exceed this level (CPT 2024); absent where time does not apply. */
  readonly timeThresholdMinutes?: number;
}

/** Who a preventive visit code is for. */
export type PreventiveFacts =
  | {
      /** A CPT periodic preventive medicine visit (annual physical, well-child check), billed by age band. */
      readonly kind: 'preventive-medicine';
      readonly patientStatus: PatientStatus;
      /** Age on the date of service in completed years, inclusive; absent maxYears: and older. */
      readonly minYears: number;
      readonly maxYears?: number;
    }
  | {
      /** A Medicare wellness visit: the Welcome to Medicare exam (IPPE) or the annual wellness visit, initial or subsequent. */
      readonly kind: 'medicare-wellness';
      readonly visit: 'ippe' | 'awv-initial' | 'awv-subsequent';
    };

/** One CPT or HCPCS code. */
export interface CptEntry extends Sourced {
  readonly code: string;
  readonly system: 'CPT' | 'HCPCS';
  /** Our own short description (not the AMA descriptor). */
  readonly shortDescription: string;
  readonly category: CptCategory;
  readonly effectiveFrom: IsoDate;
  /** Exclusive end: the deletion date. */
  readonly effectiveTo?: IsoDate;
  /** A CLIA-waived method exists and our clinic runs it under its certificate of waiver. */
  readonly cliaWaivable?: boolean;
  /** An add-on code, reported only with its primary code. */
  readonly addOn?: boolean;
  readonly em?: EmFacts;
  readonly preventive?: PreventiveFacts;
  /** Medicare waives the deductible and coinsurance for this service (the patient pays nothing when the provider accepts assignment). */
  readonly medicareNoCostSharing?: boolean;
  /** Synthetic clinic charge in cents (our own fee schedule). */
  readonly chargeCents: number;
  readonly chargeSource: typeof SOURCES.clinicDayFeeSchedule;
}

const fee = SOURCES.clinicDayFeeSchedule;
const emSource = checked(SOURCES.amaCptEm2021, 'Level by MDM or total time on the date of the encounter; the CPT 2024 minimum times (99202 15, 99203 30, 99204 45, 99205 60; 99212 10, 99213 20, 99214 30, 99215 40, to be met or exceeded) checked in the AAPC Primary Care Coding Alert and American Medical Coding\'s 2023/2024 table.');
const maService = checked(SOURCES.amaCpt, 'A service medical assistants perform (O*NET 31-9092.00 tasks: specimens, routine laboratory tests, injections); the code number as in code-lookup copies of the CPT code set.');
const qwSource = SOURCES.cmsNewWaivedTests;
/* @__NO_SIDE_EFFECTS__ */
const notVerified = (what: string) => checked(SOURCES.amaCpt, `Not verified in this pass: ${what}.`);

function em(
  code: EmCode,
  shortDescription: string,
  facts: EmFacts,
  chargeCents: number,
  dates: { effectiveFrom?: IsoDate; effectiveTo?: IsoDate } = {},
): CptEntry {
  return {
    code,
    system: 'CPT',
    shortDescription,
    category: 'evaluation-management',
    effectiveFrom: dates.effectiveFrom ?? CODE_SET_FLOOR,
    ...(dates.effectiveTo === undefined ? {} : { effectiveTo: dates.effectiveTo }),
    em: facts,
    chargeCents,
    chargeSource: fee,
    source: emSource,
  };
}

const preventiveSource = SOURCES.amaCptPreventiveMedicine;
const wellnessSource = SOURCES.cmsMlnMedicareWellnessVisits;

/** Age bands of the CPT preventive medicine codes, youngest first (the last digit of 9938x and 9939x). */
export const PREVENTIVE_AGE_BANDS = [
  { digit: '1', minYears: 0, maxYears: 0, words: 'infant (under 1 year)', source: SOURCES.amaCptPreventiveMedicine },
  { digit: '2', minYears: 1, maxYears: 4, words: 'early childhood (1 through 4 years)', source: SOURCES.amaCptPreventiveMedicine },
  { digit: '3', minYears: 5, maxYears: 11, words: 'late childhood (5 through 11 years)', source: SOURCES.amaCptPreventiveMedicine },
  { digit: '4', minYears: 12, maxYears: 17, words: 'adolescent (12 through 17 years)', source: SOURCES.amaCptPreventiveMedicine },
  { digit: '5', minYears: 18, maxYears: 39, words: '18 through 39 years', source: SOURCES.amaCptPreventiveMedicine },
  { digit: '6', minYears: 40, maxYears: 64, words: '40 through 64 years', source: SOURCES.amaCptPreventiveMedicine },
  { digit: '7', minYears: 65, words: '65 years and older', source: SOURCES.amaCptPreventiveMedicine },
] as const satisfies readonly ({ digit: string; minYears: number; maxYears?: number; words: string } & Sourced)[];

/** Synthetic charges of the preventive visits by age band, in cents (our fee schedule). */
const PREVENTIVE_CHARGES: Readonly<Record<PatientStatus, readonly number[]>> = {
  new: [21000, 22000, 22500, 24000, 23500, 27000, 29000],
  established: [18500, 19500, 20000, 21500, 21000, 23500, 25500],
};

function preventiveMedicine(status: PatientStatus): CptEntry[] {
  return PREVENTIVE_AGE_BANDS.map((band, i) => ({
    code: `${status === 'new' ? '9938' : '9939'}${band.digit}`,
    system: 'CPT',
    shortDescription: `${status === 'new' ? 'First' : 'Periodic'} preventive visit (annual physical or well check), ${status} patient, ${band.words}`,
    category: 'preventive-visit',
    effectiveFrom: CODE_SET_FLOOR,
    preventive: { kind: 'preventive-medicine', patientStatus: status, minYears: band.minYears, ...('maxYears' in band ? { maxYears: band.maxYears } : {}) },
    chargeCents: PREVENTIVE_CHARGES[status][i] ?? 0,
    chargeSource: fee,
    source: preventiveSource,
  }));
}

/** The CPT/HCPCS codes in the game. */
export const CPT_CODES: readonly CptEntry[] = [
  em('99201', 'Office visit, new patient, straightforward (deleted 2021)', { patientStatus: 'new', mdm: 'straightforward' }, 6000, {
    effectiveTo: '2021-01-01',
  }),
  em('99202', 'Office visit, new patient, straightforward decision making', { patientStatus: 'new', mdm: 'straightforward', timeThresholdMinutes: 15 }, 11000),
  em('99203', 'Office visit, new patient, low-complexity decision making', { patientStatus: 'new', mdm: 'low', timeThresholdMinutes: 30 }, 17000),
  em('99204', 'Office visit, new patient, moderate-complexity decision making', { patientStatus: 'new', mdm: 'moderate', timeThresholdMinutes: 45 }, 25000),
  em('99205', 'Office visit, new patient, high-complexity decision making', { patientStatus: 'new', mdm: 'high', timeThresholdMinutes: 60 }, 33000),
  em('99211', 'Office visit, established patient, minimal service (provider need not be present)', { patientStatus: 'established', mdm: 'minimal' }, 3000),
  em('99212', 'Office visit, established patient, straightforward decision making', { patientStatus: 'established', mdm: 'straightforward', timeThresholdMinutes: 10 }, 8000),
  em('99213', 'Office visit, established patient, low-complexity decision making', { patientStatus: 'established', mdm: 'low', timeThresholdMinutes: 20 }, 13000),
  em('99214', 'Office visit, established patient, moderate-complexity decision making', { patientStatus: 'established', mdm: 'moderate', timeThresholdMinutes: 30 }, 19000),
  em('99215', 'Office visit, established patient, high-complexity decision making', { patientStatus: 'established', mdm: 'high', timeThresholdMinutes: 40 }, 26000),

  ...preventiveMedicine('new'),
  ...preventiveMedicine('established'),
  { code: 'G0402', system: 'HCPCS', shortDescription: 'Medicare "Welcome to Medicare" preventive exam (IPPE), once, in the first 12 months of Part B', category: 'preventive-visit', effectiveFrom: CODE_SET_FLOOR, preventive: { kind: 'medicare-wellness', visit: 'ippe' }, medicareNoCostSharing: true, chargeCents: 24000, chargeSource: fee, source: checked(wellnessSource, 'Checked: G0402 is the IPPE, covered once per lifetime within 12 months of the first Part B coverage (Noridian and AAPC agree).') },
  { code: 'G0438', system: 'HCPCS', shortDescription: 'Medicare annual wellness visit, first one (health risk assessment and personal prevention plan), once per lifetime', category: 'preventive-visit', effectiveFrom: CODE_SET_FLOOR, preventive: { kind: 'medicare-wellness', visit: 'awv-initial' }, medicareNoCostSharing: true, chargeCents: 23000, chargeSource: fee, source: checked(wellnessSource, 'Checked: G0438 is the initial AWV, once per lifetime, after the first 12 months of Part B and not within 12 months of an IPPE. The AWV codes took effect in 2011 (Affordable Care Act section 4103); the game asserts them from its code-set floor.') },
  { code: 'G0439', system: 'HCPCS', shortDescription: 'Medicare annual wellness visit, each later one (updates the prevention plan)', category: 'preventive-visit', effectiveFrom: CODE_SET_FLOOR, preventive: { kind: 'medicare-wellness', visit: 'awv-subsequent' }, medicareNoCostSharing: true, chargeCents: 17500, chargeSource: fee, source: checked(SOURCES.cmsAwvElevenFullMonths, 'Checked: G0439 is the subsequent AWV, once 11 full months have passed after the month of the last AWV (MLN: covered once every 12 months).') },

  { code: '36415', system: 'CPT', shortDescription: 'Venous blood draw (venipuncture)', category: 'specimen-collection', effectiveFrom: CODE_SET_FLOOR, chargeCents: 1500, chargeSource: fee, source: maService },
  { code: '36416', system: 'CPT', shortDescription: 'Capillary blood draw (finger or heel stick)', category: 'specimen-collection', effectiveFrom: CODE_SET_FLOOR, chargeCents: 1000, chargeSource: fee, source: maService },

  { code: '81002', system: 'CPT', shortDescription: 'Urine dipstick read by eye, no microscopy', category: 'laboratory', effectiveFrom: CODE_SET_FLOOR, cliaWaivable: true, chargeCents: 1000, chargeSource: fee, source: checked(qwSource, 'On the QW-exempt list.') },
  { code: '81003', system: 'CPT', shortDescription: 'Urine dipstick read by analyser, no microscopy', category: 'laboratory', effectiveFrom: CODE_SET_FLOOR, cliaWaivable: true, chargeCents: 1200, chargeSource: fee, source: checked(SOURCES.amaCpt, 'Listed [checked] as an MA service; waived analysers billed with QW (QW list checked; this code’s waived analysers not individually checked).') },
  { code: '81025', system: 'CPT', shortDescription: 'Urine pregnancy test, colour read by eye', category: 'laboratory', effectiveFrom: CODE_SET_FLOOR, cliaWaivable: true, chargeCents: 1500, chargeSource: fee, source: checked(qwSource, 'On the QW-exempt list.') },
  { code: '82962', system: 'CPT', shortDescription: 'Blood glucose by a home-use meter', category: 'laboratory', effectiveFrom: CODE_SET_FLOOR, cliaWaivable: true, chargeCents: 1200, chargeSource: fee, source: checked(qwSource, 'On the QW-exempt list.') },
  { code: '82947', system: 'CPT', shortDescription: 'Glucose, quantitative, blood (laboratory)', category: 'laboratory', effectiveFrom: CODE_SET_FLOOR, chargeCents: 1500, chargeSource: fee, source: notVerified('descriptor of 82947 (lab glucose)'), verified: false },
  { code: '83036', system: 'CPT', shortDescription: 'Hemoglobin A1c', category: 'laboratory', effectiveFrom: CODE_SET_FLOOR, cliaWaivable: true, chargeCents: 4000, chargeSource: fee, source: checked(qwSource, '83036QW seen in the CMS new-waived-tests lists (e.g. Alere Afinion 2 and AS100 analysers, 2018-10-23, in the XIFIN Billing Beat copy of the CMS list).') },
  { code: '87880', system: 'CPT', shortDescription: 'Rapid strep A antigen test, read by eye', category: 'laboratory', effectiveFrom: CODE_SET_FLOOR, cliaWaivable: true, chargeCents: 3000, chargeSource: fee, source: checked(qwSource, '87880QW seen in CMS waived-test lists (e.g. strep A dipsticks, CR 5913 of 2008, XIFIN Billing Beat copy).') },
  { code: '87804', system: 'CPT', shortDescription: 'Rapid influenza antigen test, read by eye', category: 'laboratory', effectiveFrom: CODE_SET_FLOOR, cliaWaivable: true, chargeCents: 3500, chargeSource: fee, source: checked(SOURCES.amaCpt, 'Checked (secondary): 87804 is influenza antigen detection by immunoassay read by eye, and a practice testing under a CLIA waiver reports it with QW (AAPC Pediatric Coding Alert, citing the CMS waived-test table).') },
  { code: '87811', system: 'CPT', shortDescription: 'Rapid SARS-CoV-2 (COVID-19) antigen test, read by eye', category: 'laboratory', effectiveFrom: '2020-10-06', cliaWaivable: true, chargeCents: 4500, chargeSource: fee, source: checked(SOURCES.codingOnline87811, 'Checked: code created by the CPT Editorial Panel on 2020-10-06 for visual SARS-CoV-2 antigen immunoassays; not on the QW-exempt list, so waived kits take QW.') },
  { code: '85025', system: 'CPT', shortDescription: 'Complete blood count with automated differential', category: 'laboratory', effectiveFrom: CODE_SET_FLOOR, chargeCents: 2500, chargeSource: fee, source: notVerified('descriptor of 85025 (CBC)'), verified: false },
  { code: '82247', system: 'CPT', shortDescription: 'Bilirubin, total', category: 'laboratory', effectiveFrom: CODE_SET_FLOOR, chargeCents: 1500, chargeSource: fee, source: notVerified('descriptor of 82247 (total bilirubin)'), verified: false },
  { code: '80053', system: 'CPT', shortDescription: 'Comprehensive metabolic panel', category: 'laboratory', effectiveFrom: CODE_SET_FLOOR, chargeCents: 4500, chargeSource: fee, source: notVerified('descriptor of 80053 (CMP)'), verified: false },
  { code: '80048', system: 'CPT', shortDescription: 'Basic metabolic panel', category: 'laboratory', effectiveFrom: CODE_SET_FLOOR, chargeCents: 3500, chargeSource: fee, source: notVerified('descriptor of 80048 (BMP)'), verified: false },
  { code: '80061', system: 'CPT', shortDescription: 'Lipid panel', category: 'laboratory', effectiveFrom: CODE_SET_FLOOR, chargeCents: 4000, chargeSource: fee, source: notVerified('descriptor of 80061 (lipid panel)'), verified: false },
  { code: '85610', system: 'CPT', shortDescription: 'Prothrombin time (PT/INR)', category: 'laboratory', effectiveFrom: CODE_SET_FLOOR, chargeCents: 1800, chargeSource: fee, source: notVerified('descriptor of 85610 (PT)'), verified: false },
  { code: '84443', system: 'CPT', shortDescription: 'Thyroid-stimulating hormone (TSH)', category: 'laboratory', effectiveFrom: CODE_SET_FLOOR, chargeCents: 5000, chargeSource: fee, source: notVerified('descriptor of 84443 (TSH)'), verified: false },
  { code: '87040', system: 'CPT', shortDescription: 'Blood culture for bacteria', category: 'laboratory', effectiveFrom: CODE_SET_FLOOR, chargeCents: 4000, chargeSource: fee, source: notVerified('descriptor of 87040 (blood culture)'), verified: false },
  { code: '87081', system: 'CPT', shortDescription: 'Bacterial culture screen for one organism (e.g. throat culture for strep)', category: 'laboratory', effectiveFrom: CODE_SET_FLOOR, chargeCents: 3000, chargeSource: fee, source: notVerified('87081 as the throat-culture code'), verified: false },
  { code: '87086', system: 'CPT', shortDescription: 'Urine culture with colony count', category: 'laboratory', effectiveFrom: CODE_SET_FLOOR, chargeCents: 3000, chargeSource: fee, source: notVerified('descriptor of 87086 (urine culture)'), verified: false },

  { code: '93000', system: 'CPT', shortDescription: 'ECG, 12 leads, tracing with interpretation and report', category: 'procedure', effectiveFrom: CODE_SET_FLOOR, chargeCents: 6000, chargeSource: fee, source: checked(SOURCES.medicarePaymentEcg, 'Checked: 93000 = routine 12-lead ECG with interpretation and report (93005 tracing only, 93010 interpretation only).') },
  { code: '93005', system: 'CPT', shortDescription: 'ECG, 12 leads, tracing only (read and reported elsewhere)', category: 'procedure', effectiveFrom: CODE_SET_FLOOR, chargeCents: 3500, chargeSource: fee, source: checked(SOURCES.aapcEcgComponents, 'Checked: 93005 = the technical component, the tracing without interpretation and report, billed by the practice that records it when another physician reads it.') },
  { code: '93010', system: 'CPT', shortDescription: 'ECG, 12 leads, interpretation and report only (by the reading physician)', category: 'procedure', effectiveFrom: CODE_SET_FLOOR, chargeCents: 2500, chargeSource: fee, source: checked(SOURCES.aapcEcgComponents, 'Checked: 93010 = the professional component, interpretation and written report only, billed by the physician who reads the tracing; not billed by the clinic that sent the tracing out.') },
  { code: '94760', system: 'CPT', shortDescription: 'Pulse oximetry, single reading', category: 'procedure', effectiveFrom: CODE_SET_FLOOR, chargeCents: 1500, chargeSource: fee, source: checked(SOURCES.codingAheadCpt, 'Checked: 94760 = noninvasive ear or pulse oximetry, single determination (94761 multiple, 94762 overnight).') },

  { code: '90460', system: 'CPT', shortDescription: 'Vaccine administration through age 18 with provider counselling, first component', category: 'immunization-administration', effectiveFrom: CODE_SET_FLOOR, chargeCents: 3000, chargeSource: fee, source: checked(SOURCES.cpt2025ImmunizationAdministration, 'Checked: 90460 through 18 years, any route, with face-to-face counselling by the physician or other qualified health care professional, first or only component of each vaccine (Merck coding page; AAP FAQ; the CMA/AMA 2024 news item lists it too).') },
  { code: '90461', system: 'CPT', shortDescription: 'Vaccine administration through age 18 with counselling, each additional component', category: 'immunization-administration', effectiveFrom: CODE_SET_FLOOR, addOn: true, chargeCents: 2000, chargeSource: fee, source: checked(SOURCES.cpt2025ImmunizationAdministration, 'Checked: add-on to 90460, one per additional component of each vaccine.') },
  { code: '90471', system: 'CPT', shortDescription: 'Vaccine administration by injection, first vaccine', category: 'immunization-administration', effectiveFrom: CODE_SET_FLOOR, chargeCents: 3000, chargeSource: fee, source: checked(SOURCES.cpt2025ImmunizationAdministration, 'Checked: 90471 one injection without face-to-face physician/QHP counselling; one first administration per visit.') },
  { code: '90472', system: 'CPT', shortDescription: 'Vaccine administration by injection, each additional vaccine', category: 'immunization-administration', effectiveFrom: CODE_SET_FLOOR, addOn: true, chargeCents: 2000, chargeSource: fee, source: checked(SOURCES.cpt2025ImmunizationAdministration, 'Checked: +90472 each additional injection.') },
  { code: '90473', system: 'CPT', shortDescription: 'Vaccine administration by mouth or nose, first vaccine', category: 'immunization-administration', effectiveFrom: CODE_SET_FLOOR, chargeCents: 2500, chargeSource: fee, source: checked(SOURCES.codingAheadCpt, 'Checked: 90473 intranasal or oral route, one vaccine (single or combination) (Coding Ahead quoting the descriptor; iframe.ai agrees).') },
  { code: '90474', system: 'CPT', shortDescription: 'Vaccine administration by mouth or nose, each additional vaccine', category: 'immunization-administration', effectiveFrom: CODE_SET_FLOOR, addOn: true, chargeCents: 1500, chargeSource: fee, source: checked(SOURCES.codingAheadCpt, 'Checked: +90474 each additional intranasal or oral vaccine (Coding Ahead quoting the descriptor).') },
  { code: 'G0008', system: 'HCPCS', shortDescription: 'Medicare: influenza vaccine administration', category: 'immunization-administration', effectiveFrom: CODE_SET_FLOOR, chargeCents: 3000, chargeSource: fee, source: checked(SOURCES.palmettoGbaImmunization, 'Checked: G0008 "Admin influenza virus vaccine" on a Medicare MAC fee page; Noridian lists G0008 as the Medicare influenza administration code (noridianVaccineBilling).') },
  { code: 'G0009', system: 'HCPCS', shortDescription: 'Medicare: pneumococcal vaccine administration', category: 'immunization-administration', effectiveFrom: CODE_SET_FLOOR, chargeCents: 3000, chargeSource: fee, source: checked(SOURCES.noridianVaccineBilling, 'Checked: G0009 administration with the pneumococcal product and Z23, Medicare cost sharing waived (Noridian, 2024-03-20).') },
  { code: 'G0010', system: 'HCPCS', shortDescription: 'Medicare: hepatitis B vaccine administration', category: 'immunization-administration', effectiveFrom: CODE_SET_FLOOR, chargeCents: 3000, chargeSource: fee, source: checked(SOURCES.noridianVaccineBilling, 'Checked: G0010 administration of hepatitis B vaccine (HCPCS text on code-lookup copies beside G0008 and G0009).') },

  // Tuberculin skin test (issue 17)
  { code: '86580', system: 'CPT', shortDescription: 'Tuberculosis skin test placed intradermally', category: 'laboratory', effectiveFrom: CODE_SET_FLOOR, chargeCents: 2500, chargeSource: fee, source: checked(SOURCES.tstBilling86580, 'Checked: 86580 reports the intradermal tuberculosis skin test (Pathology and Laboratory section; antigen and injection included); no vaccine administration code with it.') },
  { code: '90656', system: 'CPT', shortDescription: 'Flu vaccine, trivalent, split virus, preservative-free, 0.5 mL, intramuscular', category: 'vaccine-product', effectiveFrom: CODE_SET_FLOOR, chargeCents: 2500, chargeSource: fee, source: checked(SOURCES.aapcFluCodes2024, 'Checked: all 2024-25 flu vaccines are trivalent; 90656 for Fluarix, FluLaval and Fluzone 0.5 mL syringes (Sanofi coding guide agrees).') },
  { code: '90686', system: 'CPT', shortDescription: 'Flu vaccine, quadrivalent, split virus, preservative-free, 0.5 mL, intramuscular', category: 'vaccine-product', effectiveFrom: CODE_SET_FLOOR, chargeCents: 2500, chargeSource: fee, source: checked(SOURCES.aapcFluCodes2024, 'Quadrivalent products were not supplied for the 2024-25 season (all trivalent); whether the AMA has deleted 90686 was not verified. Use 90656 for 2024-25 and later.'), verified: false },
  { code: '90715', system: 'CPT', shortDescription: 'Tdap vaccine (7 years and older), intramuscular', category: 'vaccine-product', effectiveFrom: CODE_SET_FLOOR, chargeCents: 5500, chargeSource: fee, source: checked(SOURCES.oregonStateVaccineCodes, 'Checked: 90715 = Tdap (Adacel, Boostrix).') },
  { code: '90700', system: 'CPT', shortDescription: 'DTaP vaccine (under 7 years), intramuscular', category: 'vaccine-product', effectiveFrom: CODE_SET_FLOOR, chargeCents: 3500, chargeSource: fee, source: checked(SOURCES.oregonStateVaccineCodes, 'Checked: 90700 = DTaP for individuals younger than seven years (Daptacel).') },
  { code: '90707', system: 'CPT', shortDescription: 'MMR vaccine, live, subcutaneous', category: 'vaccine-product', effectiveFrom: CODE_SET_FLOOR, chargeCents: 9500, chargeSource: fee, source: checked(SOURCES.cpt2025ImmunizationAdministration, 'Checked: 90707 = MMR, live, for subcutaneous use (Merck M-M-R II coding page; Coding Ahead agrees).') },
  { code: '90746', system: 'CPT', shortDescription: 'Hepatitis B vaccine, adult dose, intramuscular', category: 'vaccine-product', effectiveFrom: CODE_SET_FLOOR, chargeCents: 7000, chargeSource: fee, source: checked(SOURCES.codingAheadCpt, 'Checked: 90746 = hepatitis B vaccine, adult dosage, 3-dose schedule, intramuscular (Coding Ahead; iframe.ai agrees).') },
  { code: '90677', system: 'CPT', shortDescription: 'Pneumococcal conjugate vaccine, 20-valent (PCV20), intramuscular', category: 'vaccine-product', effectiveFrom: '2021-07-01', chargeCents: 28000, chargeSource: fee, source: checked(SOURCES.codingAheadCpt, 'Checked: 90677 = PCV20 for intramuscular use. Start date 2021-07-01 approximates the 2021 release and was not verified.') },
];

/** The CLIA-waived codes that do not take modifier QW (CMS). */
export const QW_EXEMPT_CODES = ['81002', '81025', '82270', '82272', '82962', '83026', '84830', '85013', '85651'] as const;
/** A QW-exempt code. */
export type QwExemptCode = (typeof QW_EXEMPT_CODES)[number];

/** Source of the QW exemption list. */
export const QW_EXEMPTION_RULE = {
  text: 'Claims for CLIA-waived tests take modifier QW, except the codes that describe only waived tests.',
  exemptCodes: QW_EXEMPT_CODES,
  source: qwSource,
} as const;

/** True if the code is on the QW-exempt list. */
export function isQwExempt(code: string): boolean {
  return (QW_EXEMPT_CODES as readonly string[]).includes(code);
}

/**
 * Whether a test billed under this code needs modifier QW: a CLIA-waivable code performed
 * under the clinic's certificate of waiver, and not on the exempt list. A test sent to a
 * reference laboratory (`performedUnderWaiver: false`) never takes QW.
 */
export function needsQwModifier(code: string, context: { performedUnderWaiver: boolean } = { performedUnderWaiver: true }): boolean {
  if (!context.performedUnderWaiver || isQwExempt(code)) return false;
  return cptEntry(code)?.cliaWaivable === true;
}

/** The entry for a code, or undefined if it is not in the set. */
export function cptEntry(code: string): CptEntry | undefined {
  const normalized = code.trim().toUpperCase();
  return CPT_CODES.find((entry) => entry.code === normalized);
}

/** Whether a CPT/HCPCS code may be billed on a date of service. */
export type CptValidity = { readonly valid: true } | { readonly valid: false; readonly reason: 'unknown' | 'deleted' | 'not-yet-effective' };

/** Whether a code is in the set and in effect on `date` ('YYYY-MM-DD'). */
export function isCptValidOn(code: string, date: IsoDate): CptValidity {
  if (!isIsoDate(date)) throw new RangeError(`date is not an ISO date (YYYY-MM-DD): ${date}`);
  const entry = cptEntry(code);
  if (entry === undefined) return { valid: false, reason: 'unknown' };
  if (date < entry.effectiveFrom) return { valid: false, reason: 'not-yet-effective' };
  if (!isWithinPeriod(date, entry.effectiveFrom, entry.effectiveTo)) return { valid: false, reason: 'deleted' };
  return { valid: true };
}

// ---------------------------------------------------------------------------
// E/M level selection
// ---------------------------------------------------------------------------

/** The three MDM elements, each rated minimal to high. */
export interface MdmElements {
  readonly problems: MdmElementRating;
  readonly data: MdmElementRating;
  readonly risk: MdmElementRating;
}

/**
 * MDM level by the 2021 AMA rule: the highest level that at least two of the three
 * elements meet or exceed. A 'minimal' element counts as straightforward.
 */
export function mdmLevel(elements: MdmElements): MdmLevel {
  const ranks = [elements.problems, elements.data, elements.risk]
    .map((rating) => MDM_ELEMENT_RATINGS.indexOf(rating))
    .toSorted((a, b) => b - a);
  // The second-highest rank is the level two elements reach.
  return MDM_LEVELS[ranks[1] ?? 0] ?? 'straightforward';
}

/** The MDM table as shown to the trainee: elements rated, 2 of 3 decide. */
export const MDM_RULE = {
  text: 'Office E/M level by medical decision making: rate problems, data and risk; the level is the highest that two of the three meet or exceed. Or by total time on the day.',
  source: emSource,
} as const;

/** E/M time thresholds (CPT 2024, minimum total minutes on the day), highest first per status. */
export const EM_TIME_THRESHOLDS = [
  { code: '99205', patientStatus: 'new', minMinutes: 60, source: emSource },
  { code: '99204', patientStatus: 'new', minMinutes: 45, source: emSource },
  { code: '99203', patientStatus: 'new', minMinutes: 30, source: emSource },
  { code: '99202', patientStatus: 'new', minMinutes: 15, source: emSource },
  { code: '99215', patientStatus: 'established', minMinutes: 40, source: emSource },
  { code: '99214', patientStatus: 'established', minMinutes: 30, source: emSource },
  { code: '99213', patientStatus: 'established', minMinutes: 20, source: emSource },
  { code: '99212', patientStatus: 'established', minMinutes: 10, source: emSource },
] as const satisfies readonly ({ code: EmCode; patientStatus: PatientStatus; minMinutes: number } & Sourced)[];

const EM_BY_MDM: Record<PatientStatus, Partial<Record<EmMdm, EmCode>>> = {
  new: { straightforward: '99202', low: '99203', moderate: '99204', high: '99205' },
  established: { minimal: '99211', straightforward: '99212', low: '99213', moderate: '99214', high: '99215' },
};

/** The current office E/M code for a time total alone, or null below the lowest threshold. */
export function emCodeForTime(patientStatus: PatientStatus, totalMinutes: number): EmCode | null {
  const row = EM_TIME_THRESHOLDS.find((t) => t.patientStatus === patientStatus && totalMinutes >= t.minMinutes);
  return row?.code ?? null;
}

/**
 * The office E/M code supported by MDM and/or total time on the day (2021 rules): when both
 * are given, the higher level. Null when neither supports a code (e.g. a new patient with
 * only minimal MDM, or time below the lowest threshold and no MDM).
 */
export function emCodeFor(input: { patientStatus: PatientStatus; mdmLevel?: EmMdm; totalMinutes?: number }): EmCode | null {
  const byMdm = input.mdmLevel === undefined ? null : (EM_BY_MDM[input.patientStatus][input.mdmLevel] ?? null);
  const byTime = input.totalMinutes === undefined ? null : emCodeForTime(input.patientStatus, input.totalMinutes);
  if (byMdm === null) return byTime;
  if (byTime === null) return byMdm;
  // Within one status the codes run in level order, so the larger code is the higher level.
  return byMdm > byTime ? byMdm : byTime;
}

// ---------------------------------------------------------------------------
// Preventive visits
// ---------------------------------------------------------------------------

/** True for a preventive visit code: CPT 99381–99397 or the Medicare wellness codes G0402, G0438, G0439. */
export function isPreventiveVisitCode(code: string): boolean {
  return cptEntry(code)?.category === 'preventive-visit';
}

/** The CPT preventive medicine code for a new or established patient of an age (completed years on the date of service). */
export function preventiveMedicineCode(patientStatus: PatientStatus, ageYears: number): string {
  const band = PREVENTIVE_AGE_BANDS.find((b) => ageYears >= b.minYears && (!('maxYears' in b) || ageYears <= b.maxYears));
  return `${patientStatus === 'new' ? '9938' : '9939'}${band?.digit ?? '7'}`;
}
