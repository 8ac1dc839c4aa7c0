/**
 * Where each clinical and billing fact comes from.
 *
 * Every reference entry carries a `source`. Entries name a catalogue source from `SOURCES`;
 * where an entry was checked against a particular page, `checked()` copies the catalogue
 * source and records what was checked in its `note`.
 */

/** A publication, standard or page a reference fact rests on. */
export interface Source {
  /** Stable id, the key of the entry in `SOURCES` (camelCase). */
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly edition?: string;
  readonly url?: string;
  /** What was checked, or why the source is secondary, synthetic or an estimate. */
  readonly note?: string;
}

/**
 * Shape every sourced reference entry shares. `verified: false` marks a fact we could not
 * confirm; its `source.note` says what is missing. Absent means verified against `source`.
 */
export interface Sourced {
  readonly source: Source;
  readonly verified?: boolean;
}

/** The named sources the reference data cites. */
export const SOURCES = {
  clinicDayClinicalReference: {
    id: 'clinicDayClinicalReference',
    title: 'Clinical and billing reference for Clinic Day',
    publisher: 'Clinic Day project (shared/clinical-reference.md)',
    note: 'Project digest of primary sources; facts it marks [secondary] stay secondary here.',
  },
  medlinePlusVitalSigns: {
    id: 'medlinePlusVitalSigns',
    title: 'Vital signs (body temperature, pulse rate, respiration rate, blood pressure)',
    publisher: 'MedlinePlus, U.S. National Library of Medicine',
    url: 'https://medlineplus.gov/ency/article/002341.htm',
  },
  fdaPulseOximeterAccuracy2021: {
    id: 'fdaPulseOximeterAccuracy2021',
    title: 'Pulse Oximeter Accuracy and Limitations: FDA Safety Communication',
    publisher: 'U.S. Food and Drug Administration',
    edition: '2021-02-19',
  },
  accAha2017Hypertension: {
    id: 'accAha2017Hypertension',
    title:
      '2017 ACC/AHA/AAPA/ABC/ACPM/AGS/APhA/ASH/ASPC/NMA/PCNA Guideline for the Prevention, Detection, Evaluation, and Management of High Blood Pressure in Adults',
    publisher: 'American College of Cardiology / American Heart Association (Hypertension 2018;71:e13–e115)',
    edition: '2017',
  },
  ahaBpMeasurement2019: {
    id: 'ahaBpMeasurement2019',
    title: 'Measurement of Blood Pressure in Humans: A Scientific Statement From the American Heart Association',
    publisher: 'American Heart Association (Muntner P et al., Hypertension 2019;73:e35–e66)',
    edition: '2019',
  },
  kallioinen2017BpInaccuracy: {
    id: 'kallioinen2017BpInaccuracy',
    title: "Sources of inaccuracy in the measurement of adult patients' resting blood pressure in clinical settings: a systematic review",
    publisher: 'Journal of Hypertension (Kallioinen N et al., 2017;35(3):421–441)',
    edition: '2017',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5278896',
  },
  armsTrialArmPosition: {
    id: 'armsTrialArmPosition',
    title: 'Arm position and blood pressure readings: the ARMS crossover randomized clinical trial',
    publisher: 'JAMA Internal Medicine (Johns Hopkins, Brady TM and colleagues)',
    note: 'Secondary: effect sizes read from news reports of the trial (JUCM, bio-h.com), not the paper.',
  },
  cdcHandHygiene2002: {
    id: 'cdcHandHygiene2002',
    title: 'Guideline for Hand Hygiene in Health-Care Settings',
    publisher: 'Centers for Disease Control and Prevention (MMWR 2002;51(RR-16))',
    edition: '2002',
  },
  capGen40491: {
    id: 'capGen40491',
    title: 'Laboratory General Checklist, GEN.40491 Primary Specimen Container Labeling',
    publisher: 'College of American Pathologists',
  },
  oshaBloodbornePathogens: {
    id: 'oshaBloodbornePathogens',
    title: 'Bloodborne Pathogens standard, 29 CFR 1910.1030(d)(4)(iii)(A): contaminated sharps discarded immediately or as soon as feasible',
    publisher: 'Occupational Safety and Health Administration',
    url: 'https://www.osha.gov/laws-regs/regulations/standardnumber/1910/1910.1030',
  },
  cmsCliaCertificateOfWaiver: {
    id: 'cmsCliaCertificateOfWaiver',
    title: 'How to obtain a CLIA Certificate of Waiver (42 CFR 493.15(e): follow the manufacturer’s instructions)',
    publisher: 'Centers for Medicare & Medicaid Services',
  },
  cuffSizingTable: {
    id: 'cuffSizingTable',
    title: 'Recommended blood pressure cuff sizes (Table 2-3), adapted from Flynn 2017, Muntner 2019 and Pickering 2005',
    publisher: 'Skyscape clinical-skills reference (secondary tabulation of AHA statements)',
    url: 'https://download.skyscape.com/download/ota/lonestar/A0743E99-7702-4E5C-A364-3450E5422F1C/clinskill.ed6/content/HTML/5/tn4.htm',
    note: 'Secondary: tabulates the AHA 2005/2019 cuff table; the same four bands appear in other copies of the AHA table.',
  },
  cuffSzTrial2023: {
    id: 'cuffSzTrial2023',
    title: 'Effects of Cuff Size on the Accuracy of Blood Pressure Readings: The Cuff(SZ) Randomized Crossover Trial',
    publisher: 'JAMA Internal Medicine (Ishigami J et al., 2023;183(10):1061–1068, doi:10.1001/jamainternmed.2023.3264)',
    edition: '2023',
    note: 'Secondary: numbers read from the abstract and a MedPage Today report of it; automated oscillometric device.',
  },
  pedsCasesVitalSigns: {
    id: 'pedsCasesVitalSigns',
    title: 'Pediatric Vital Signs Reference Chart (PALS values)',
    publisher: 'PedsCases',
    edition: 'PALS 2015/2020',
    url: 'https://www.pedscases.com/pediatric-vital-signs-reference-chart',
  },
  aap2017PediatricBp: {
    id: 'aap2017PediatricBp',
    title: 'Clinical Practice Guideline for Screening and Management of High Blood Pressure in Children and Adolescents',
    publisher: 'American Academy of Pediatrics (Flynn JT et al., Pediatrics 2017;140(3):e20171904)',
    edition: '2017',
  },
  choosingWiselyPediatricBp: {
    id: 'choosingWiselyPediatricBp',
    title: 'Do not initiate an outpatient hypertension work-up in asymptomatic pediatric patients prior to repeating the blood pressure measurement',
    publisher: 'Choosing Wisely: AAP Section on Nephrology and American Society of Pediatric Nephrology',
    edition: '2018',
    url: 'https://www.choosingwisely.org/clinician-lists/aap-aspn-outpatient-htn-work-up-prior-to-repeat-blood-pressure-management-in-pediatric-patients/',
  },
  aap2021FebrileInfant: {
    id: 'aap2021FebrileInfant',
    title: 'Evaluation and Management of Well-Appearing Febrile Infants 8 to 60 Days Old',
    publisher: 'American Academy of Pediatrics (Pantell RH et al., Pediatrics 2021;148(2):e2021052228)',
    edition: '2021',
    url: 'https://www.aap.org/en/patient-care/infant-fever',
  },
  houstonMethodistCriticalValues: {
    id: 'houstonMethodistCriticalValues',
    title: 'Critical Values',
    publisher: 'Houston Methodist laboratories',
    url: 'https://houstonmethodist.org/critical-values',
    note: 'Secondary for us: critical values are set by each laboratory; this is one hospital laboratory list.',
  },
  cdcAdultBmi: {
    id: 'cdcAdultBmi',
    title: 'Adult BMI Categories',
    publisher: 'Centers for Disease Control and Prevention',
    url: 'https://www.cdc.gov/bmi/adult-calculator/bmi-categories.html',
  },
  clsiGp41: {
    id: 'clsiGp41',
    title: 'GP41 Collection of Diagnostic Venous Blood Specimens',
    publisher: 'Clinical and Laboratory Standards Institute',
    edition: '7th ed., 2017',
  },
  clsiGp42: {
    id: 'clsiGp42',
    title: 'GP42 Collection of Capillary Blood Specimens',
    publisher: 'Clinical and Laboratory Standards Institute',
    edition: '7th ed., 2020',
  },
  bdOrderOfDraw: {
    id: 'bdOrderOfDraw',
    title: 'BD Vacutainer Order of Draw for Multiple Tube Collections (tube guide)',
    publisher: 'Becton, Dickinson and Company',
    note: 'Secondary: inversion counts are manufacturer-specific.',
  },
  cmsNewWaivedTests: {
    id: 'cmsNewWaivedTests',
    title: 'New Waived Tests (CLIA) change requests, e.g. CR 11747 / Transmittal R10048CP',
    publisher: 'Centers for Medicare & Medicaid Services',
    url: 'https://www.cms.gov/files/document/r10048CP.pdf',
    note: 'Checked via XIFIN Billing Beat and MLN Matters copies quoting the CMS text: QW required except 81002, 81025, 82270, 82272, 82962, 83026, 84830, 85013, 85651.',
  },
  amaCptEm2021: {
    id: 'amaCptEm2021',
    title: 'CPT Evaluation and Management (E/M) Services Guidelines: office or other outpatient visits',
    publisher: 'American Medical Association',
    edition: '2021 revision; time thresholds as in CPT 2024',
  },
  amaCpt: {
    id: 'amaCpt',
    title: 'CPT (Current Procedural Terminology) code set',
    publisher: 'American Medical Association',
    note: 'Codes only: short descriptions in this project are our own words, not AMA descriptors.',
  },
  cmsHcpcs: {
    id: 'cmsHcpcs',
    title: 'HCPCS Level II code set',
    publisher: 'Centers for Medicare & Medicaid Services',
  },
  palmettoGbaImmunization: {
    id: 'palmettoGbaImmunization',
    title: 'Influenza and Pneumococcal Vaccines and Administration Reimbursement',
    publisher: 'Palmetto GBA (Medicare Administrative Contractor)',
    url: 'https://palmettogba.com/palmetto/jmb.nsf/DIDC/TU3652M5KN~Preventive%20Services~Immunization',
  },
  amaAvianFluCode2024: {
    id: 'amaAvianFluCode2024',
    title: 'AMA publishes provisional CPT code for avian flu vaccine (lists immunization administration codes 90460/90461/90471/90472)',
    publisher: 'California Medical Association (reporting AMA)',
    url: 'https://cmadocs.org/newsroom/news/view/ArticleId/50674/AMA-publishes-provisional-CPT-code-for-avian-flu-vaccine',
    edition: '2024-08-06',
  },
  aapcFluCodes2024: {
    id: 'aapcFluCodes2024',
    title: 'Primary Care Coding: Take This Advice, Keep Your 2024-25 Winter Vaccine Coding Healthy',
    publisher: 'AAPC Primary Care Coding Alert',
    edition: '2024-10-28',
    url: 'https://aapc.com/codes/coding-newsletters/my-primary-care-coding-alert/primary-care-coding-take-this-advice-keep-your-2024-25-winter-vaccine-coding-healthy-178823-article/rci',
  },
  sanofiFluCoding2024: {
    id: 'sanofiFluCoding2024',
    title: 'Coding & Reimbursement for the 2024-2025 Season',
    publisher: 'Sanofi (manufacturer)',
    url: 'https://www.sanofiflu.com/coding-and-reimbursement/',
  },
  oregonStateVaccineCodes: {
    id: 'oregonStateVaccineCodes',
    title: 'State Supplied Vaccine Billing Codes',
    publisher: 'Oregon Health Authority, Public Health Division, Immunization Program',
    edition: '2019-07-31',
  },
  codingAheadCpt: {
    id: 'codingAheadCpt',
    title: 'CPT code pages (94760, 87811, 90677)',
    publisher: 'Coding Ahead',
    url: 'https://www.codingahead.com/',
    note: 'Secondary code-lookup site quoting the CPT descriptor.',
  },
  codingOnline87811: {
    id: 'codingOnline87811',
    title: '3 New Codes for Infectious-Agent Detection (87811 created 6 Oct 2020)',
    publisher: 'coding-online.net (reporting the AMA CPT Editorial Panel)',
    url: 'https://coding-online.net/3-new-codes-for-infectious-agent-detection',
  },
  medicarePaymentEcg: {
    id: 'medicarePaymentEcg',
    title: 'Electrocardiogram (ECG or EKG) - CPT 93000, 93005, 93010',
    publisher: 'medicarepaymentandreimbursement.com (Midmark coding summary)',
    url: 'http://www.medicarepaymentandreimbursement.com/2011/05/electrocardiogram-ecg-or-ekg-cpt-93000.html',
  },
  cmsPlaceOfService: {
    id: 'cmsPlaceOfService',
    title: 'Place of Service Code Set',
    publisher: 'Centers for Medicare & Medicaid Services (as mirrored by HL7 Terminology CodeSystem CMSPlaceofServiceCodes)',
    edition: '20240502',
    url: 'https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set',
  },
  cdcNchsIcd10Cm: {
    id: 'cdcNchsIcd10Cm',
    title: 'ICD-10-CM Tabular List of Diseases and Injuries',
    publisher: 'CDC National Center for Health Statistics / CMS',
    edition: 'FY2025 (effective 2024-10-01)',
    url: 'https://www.cdc.gov/nchs/icd/icd-10-cm/',
  },
  icdListCom: {
    id: 'icdListCom',
    title: 'ICD-10-CM code pages',
    publisher: 'icdlist.com',
    url: 'https://icdlist.com/icd-10/',
    note: 'Secondary code-lookup site built from the CMS code files.',
  },
  payerReadyIcd10: {
    id: 'payerReadyIcd10',
    title: 'ICD-10-CM code pages (2026 edition)',
    publisher: 'PayerReady',
    url: 'https://payerready.com/codes/icd10/',
    note: 'Secondary code-lookup site citing the CMS ICD-10-CM 2026 tabular.',
  },
  icd10CheckCom: {
    id: 'icd10CheckCom',
    title: 'ICD-10-CM code pages (CMS 2026 tabular)',
    publisher: 'icd10check.com',
    url: 'https://icd10check.com/icd10/',
    note: 'Secondary code-lookup site.',
  },
  imedicalCodeTabular: {
    id: 'imedicalCodeTabular',
    title: 'ICD-10-CM Book 2024 Edition (tabular, category J10)',
    publisher: 'imedicalcode.com',
    url: 'http://imedicalcode.com/coding/icd10Cm/book/category/J10?c=J10.1',
    note: 'Secondary copy of the tabular list.',
  },
  icd10CodedTabular: {
    id: 'icd10CodedTabular',
    title: 'ICD-10-CM tabular, category J01 Acute sinusitis',
    publisher: 'icd10coded.com',
    url: 'https://icd10coded.com/cm/J01.00/',
    note: 'Secondary copy of the tabular list.',
  },
  autoIcdApi: {
    id: 'autoIcdApi',
    title: 'ICD-10-CM reference pages (billable status of headers)',
    publisher: 'AutoICD API',
    url: 'https://autoicdapi.com/reference/icd-10/',
    note: 'Secondary code-lookup site.',
  },
  spryptIcd10: {
    id: 'spryptIcd10',
    title: 'ICD-10-CM code pages',
    publisher: 'ICD Code Compass (codes.sprypt.com)',
    url: 'https://codes.sprypt.com/',
    note: 'Secondary code-lookup site.',
  },
  // Diagnoses of the cardiology morning (issue 18, ECG scenarios)
  codelleIcd10: {
    id: 'codelleIcd10',
    title: 'ICD-10-CM code pages',
    publisher: 'Codelle (codelle.io)',
    url: 'https://codelle.io/codes/ICD10CM/',
    note: 'Secondary code-lookup site.',
  },
  healthAssureIcd10: {
    id: 'healthAssureIcd10',
    title: 'ICD-10 code pages with the code hierarchy',
    publisher: 'HealthAssure',
    edition: 'pages updated 2026-05-26',
    url: 'https://www.healthassure.in/codes/',
    note: 'Secondary code-lookup site; gives chapter, block, category and subcategory.',
  },
  legalClarityAbnormalEkg: {
    id: 'legalClarityAbnormalEkg',
    title: 'Abnormal EKG ICD-10 Code R94.31: When to Use It',
    publisher: 'LegalClarity (citing ICD10Data.com)',
    edition: 'article read 2026 (FY2026 code set, effective 2025-10-01)',
    url: 'https://legalclarity.org/abnormal-ekg-icd-10-code-r94-31-when-to-use-it/',
    note: 'Secondary.',
  },
  combineHealthR079: {
    id: 'combineHealthR079',
    title: 'ICD-10 Code for Chest pain, unspecified (R07.9)',
    publisher: 'CombineHealth',
    url: 'https://blogbeta.combinehealth.ai/icd-codes/r07-9-code-chest-pain-unspecified',
    note: 'Secondary; the adelinemedicare.com list of chest-pain codes (FY2026) agrees.',
  },
  icd10Blog: {
    id: 'icd10Blog',
    title: '2026 ICD-10-CM diagnosis code pages',
    publisher: 'icd10.blog',
    note: 'Secondary code-lookup site; weak on its own.',
  },
  medReportIcd10: {
    id: 'medReportIcd10',
    title: 'ICD-10-CM code articles',
    publisher: 'med.report',
    note: 'Secondary; weak on its own.',
  },
  cdphpZ20822: {
    id: 'cdphpZ20822',
    title: 'Coding Tips for Actual or Suspected Exposure to COVID-19: ICD-10 Code Z20.822',
    publisher: 'CDPHP (health plan provider bulletin)',
    edition: '2021-05-07',
    url: 'https://blog.cdphp.com/network-in-the-know/coding-tips-for-actual-or-suspected-exposure-to-covid-19-icd-10-code-z20-822/',
  },
  aapcObesityClass2024: {
    id: 'aapcObesityClass2024',
    title: 'Get to Know the New Obesity-Designated-by-Class Codes / Get to Know the 2025 ICD-10-CM Code Set',
    publisher: 'AAPC Coding Alerts',
    edition: 'FY2025',
    url: 'https://aapc.com/codes/coding-newsletters/my-primary-care-coding-alert/primary-care-coding-get-to-know-the-new-obesity-designated-by-class-codes-178954-article/rci',
  },
  healthcareGovPlanTypes: {
    id: 'healthcareGovPlanTypes',
    title: 'Health insurance plan & network types: HMOs, PPOs, and more',
    publisher: 'HealthCare.gov (as quoted by Consumers for Affordable Health Care, enroll207.com)',
    url: 'https://enroll207.com/marketplace/types-of-plans/',
    note: 'Secondary copy of HealthCare.gov plan-type text; EPO and HDHP rows from other consumer guides.',
  },
  aamaCmaOutline2021: {
    id: 'aamaCmaOutline2021',
    title: 'CMA (AAMA) Certification Exam Content Outline',
    publisher: 'American Association of Medical Assistants',
    edition: 'effective July 2021',
  },
  nhaCcma2022: {
    id: 'nhaCcma2022',
    title: 'Certified Clinical Medical Assistant (CCMA) Detailed Test Plan',
    publisher: 'National Healthcareer Association',
    edition: '2022',
  },
  nhaCmaa2021: {
    id: 'nhaCmaa2021',
    title: 'Certified Medical Administrative Assistant (CMAA) Detailed Test Plan',
    publisher: 'National Healthcareer Association',
    edition: '2021',
  },
  jointCommissionNpsg: {
    id: 'jointCommissionNpsg',
    title: 'National Patient Safety Goals, NPSG.01.01.01 (two patient identifiers)',
    publisher: 'The Joint Commission',
  },
  x12ClaimAdjustmentReasonCodes: {
    id: 'x12ClaimAdjustmentReasonCodes',
    title: 'Claim Adjustment Reason Codes (CARC)',
    publisher: 'X12 (code set used on the 835 remittance and the EOB)',
    url: 'https://x12.org/codes/claim-adjustment-reason-codes',
    note: 'Checked (secondary copies of the X12 list): 4 modifier inconsistent or missing, 11 diagnosis inconsistent with procedure, 16 claim lacks information or has billing errors, 18 duplicate, 27 expenses after coverage terminated, 31 patient cannot be identified as our insured (a payer map: "member id missing/invalid"), 197 precertification/authorization absent (CO group: the provider carries it).',
  },
  ncciEmImmunizationBundling: {
    id: 'ncciEmImmunizationBundling',
    title: 'Coding Corner: E/M services with same-day immunization administration (NCCI edits)',
    publisher: 'California Medical Association / AAPC',
    url: 'https://www.cmadocs.org/newsroom/news/view/ArticleId/27232/Coding-Corner-E-M-services-with-same-day-immunization-administration',
    edition: '2017-11-01',
    note: 'Checked: NCCI bundles office E/M into immunization administration (90460-90474); modifier 25 on the E/M overrides it when the E/M is significant and separately identifiable. AAPC Part B Coding Alert: for G0008 NCCI bundles only 99211.',
  },
  aapcBloodDrawsOutsideLab: {
    id: 'aapcBloodDrawsOutsideLab',
    title: 'Reader Question: Blood Draws (specimens sent to an outside laboratory)',
    publisher: 'AAPC Oncology/Hematology Coding Alert',
    url: 'https://aapc.com/codes/coding-newsletters/my-oncology-hematology-coding-alert/reader-question-blood-draws-article',
    note: 'Checked: a practice bills only work its own staff performed; when the test is done by an outside laboratory the practice bills the draw (36415, one per encounter) and the laboratory bills the test.',
  },
  cmsMlnMedicareWellnessVisits: {
    id: 'cmsMlnMedicareWellnessVisits',
    title: 'Medicare Wellness Visits (MLN6775421): Initial Preventive Physical Exam, Annual Wellness Visit, routine physical',
    publisher: 'Centers for Medicare & Medicaid Services, Medicare Learning Network',
    edition: 'MLN6775421, web edition read 2026 (revision adding the optional SDOH risk assessment and the cognitive-impairment check)',
    url: 'https://www.cms.gov/Outreach-and-Education/Medicare-Learning-Network-MLN/MLNProducts/preventive-services/medicare-wellness-visits.html',
    note: 'Checked: the IPPE (G0402) is covered once per lifetime within the first 12 months of Part B; the AWV is covered once every 12 months (initial G0438, subsequent G0439); a routine physical is not covered by Medicare (prohibited by statute); the patient pays nothing for the IPPE or AWV when the provider accepts assignment.',
  },
  cmsAwvElevenFullMonths: {
    id: 'cmsAwvElevenFullMonths',
    title: 'Annual Wellness Visit timing: 11 full months after the month of the last AWV (CMS FAQ 3545; RAC issue 0077 for the IPPE)',
    publisher: 'Centers for Medicare & Medicaid Services (as quoted by Coding Ahead; CMS Recovery Audit Program approved topic 0077)',
    url: 'https://www.cms.gov/Research-Statistics-Data-and-Systems/Monitoring-Programs/Medicare-FFS-Compliance-Programs/Recovery-Audit-Program/Approved-RAC-Topics-Items/0077-Annual-Wellness-Visit-AWV-Billed-Sooner-Than-11-Whole-Months-Following-the-Initial-Preventative-Physical-Examination-IPPE-.html',
    note: 'Checked: an AWV is payable once 11 full calendar months have passed after the month of the last AWV (so 365 days need not pass); an AWV is not payable within 12 months of a paid IPPE. Noridian (Medicare contractor): an IPPE not done in the first 12 months of Part B is never done, and the AWV is billed instead.',
  },
  amaCptPreventiveMedicine: {
    id: 'amaCptPreventiveMedicine',
    title: 'CPT Preventive Medicine Services 99381–99397 (new 99381–99387, established 99391–99397, by age band)',
    publisher: 'American Medical Association (descriptors as quoted by code-lookup sites and payer bulletins)',
    edition: 'CPT 2026',
    note: 'Checked on secondary copies of the descriptors (whatismedicalinsurancebilling.org, medcoder.ai, iframe.ai): bands infant (younger than 1 year), early childhood (1 through 4), late childhood (5 through 11), adolescent (12 through 17), 18–39, 40–64, 65 and older; new 9938x, established 9939x; a significant problem addressed at the same visit is reported with an office E/M 99202–99215 and modifier 25. Codes only: the short descriptions here are our own words.',
  },
  ncciPreventiveImmunization2013: {
    id: 'ncciPreventiveImmunization2013',
    title: 'NCCI procedure-to-procedure edits pairing immunization administration (90460–90474) with preventive medicine E/M (99381–99397), modifier indicator 1',
    publisher: 'CMS National Correct Coding Initiative (as reported by the AAP and by Blue Cross NC provider news)',
    edition: 'edits effective 2013-01-01',
    url: 'https://www.bluecrossnc.com/provider-news/coding-preventive-medicine-visits-administration-vaccines-same-date-service',
    note: 'Checked: vaccine administration and a preventive medicine visit on the same day are both paid when modifier 25 is on the preventive (or other E/M) code. Whether the edits also pair the Medicare AWV codes G0438/G0439 with vaccine administration was not verified, so the game does not score modifier 25 on them.',
  },
  clinicDayFeeSchedule: {
    id: 'clinicDayFeeSchedule',
    title: 'Clinic Day synthetic fee schedule and payer policies',
    publisher: 'Clinic Day project',
    note: 'Synthetic: invented numbers and policies for the game, not any real clinic or payer.',
  },
  clinicDayDesignEstimate: {
    id: 'clinicDayDesignEstimate',
    title: 'Clinic Day design estimate of simulated task times',
    publisher: 'Clinic Day project',
    note: 'Our design estimate, informed by typical MA task times in MA textbooks and competency check-offs, on the brisk side so that one MA can work a whole visit, check-in to claim, in about half an hour of clinic time (e.g. a manual BP in 1.5 min with the rest counted separately; a venipuncture in about 5 min from greeting to bandage). Not measured data.',
  },
  hhsMinimumNecessary: {
    id: 'hhsMinimumNecessary',
    title: 'HIPAA Privacy Rule: minimum necessary standard, 45 CFR 164.502(b) and 164.514(d)',
    publisher: 'U.S. Department of Health and Human Services',
    url: 'https://www.hhs.gov/hipaa/for-professionals/privacy/guidance/minimum-necessary-requirement/index.html',
    note: 'Checked via the clinical reference [checked]: disclose only the minimum PHI needed; not limited for treatment, the patient, or under the patient\'s authorisation.',
  },
  hhsFamilyInvolvement: {
    id: 'hhsFamilyInvolvement',
    title: 'HIPAA Privacy Rule: disclosures to family and others involved in care, 45 CFR 164.510(b)',
    publisher: 'U.S. Department of Health and Human Services (eCFR)',
    url: 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-E/section-164.510',
    edition: '45 CFR 164.510(b) as amended 2013-01-25 (78 FR 5566)',
    note: 'Checked (Bricker & Eckler copy of the regulation text; HHS family-disclosure guidance, see hhsFamilyFriendsGuide): disclosure to a relative is limited to what is directly relevant to their involvement in care, and when the patient is available they must first have the chance to agree or object; a minor\'s parent is the personal representative (hhsPersonalRepresentatives). Knowing the patient\'s details is not permission. The game\'s clinic therefore gives a caller results only with a release of information on file for them.',
  },
  hhsFamilyFriendsGuide: {
    id: 'hhsFamilyFriendsGuide',
    title: "A Health Care Provider's Guide to the HIPAA Privacy Rule: Communicating with a Patient's Family, Friends, or Others Involved in the Patient's Care",
    publisher: 'U.S. Department of Health and Human Services, Office for Civil Rights',
    edition: '2008-09 (OCR guide); HHS page "Family Members and Friends", HIPAA for Individuals, as published 2025',
    url: 'https://www.hhs.gov/hipaa/for-individuals/family-members-friends/index.html',
    note: 'Checked: a provider need not share with family or friends unless they are the personal representative; it may share what is relevant to their involvement if the patient agrees or does not object, or (patient absent) in its professional judgment; HHS FAQ: the rule does not require verifying that a person is family, so knowing the patient\'s details proves nothing about permission. The game\'s clinic keeps the stricter common office policy: results by phone only to a person on file (authorisation, personal representative, documented agreement).',
  },
  hhsPersonalRepresentatives: {
    id: 'hhsPersonalRepresentatives',
    title: 'HIPAA Privacy Rule: personal representatives, 45 CFR 164.502(g)',
    publisher: 'U.S. Department of Health and Human Services (eCFR)',
    edition: '45 CFR 164.502(g) as amended 2002-08-14 (67 FR 53182)',
    url: 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-E/section-164.502',
    note: 'Checked (regulation text as reproduced by Bricker Graydon and hipaatemplates.com): a parent or guardian with authority to make health-care decisions for an unemancipated minor is treated as the minor (the personal representative), with the listed exceptions.',
  },
  pediatricPatientIdentification: {
    id: 'pediatricPatientIdentification',
    title: 'Patient Identification (pediatric clinical guideline)',
    publisher: 'Pediatric nursing clinical guidelines, chapter as reproduced on nursekey.com',
    edition: 'undated web copy, read 2026',
    url: 'https://nursekey.com/patient-identification',
    note: 'Secondary: sources of a child\'s identifiers include the parent or guardian; a child may not be the sole spoken source of their own identity; the parent states the name and birth date and the child is asked to agree. The game applies it to every patient under 18 who comes with a parent or guardian.',
  },
  ahimaPatientIdentityIntegrity: {
    id: 'ahimaPatientIdentityIntegrity',
    title: 'Managing the Integrity of Patient Identity in Health Information Exchange (practice brief)',
    publisher: 'American Health Information Management Association (AHIMA)',
    edition: '2009 (since updated by AHIMA)',
    url: 'https://library.ahima.org/doc?oid=106168',
    note: 'Checked: transposed birth dates and misspelled names at registration break the link between a patient and their records; accurate identity data is captured and corrected at the front end (registration). With The Joint Commission NPSG.01.01.01 (two identifiers), the basis for correcting the chart to the photo ID once a mismatch is settled.',
  },
  hhsWaitingRoomNames: {
    id: 'hhsWaitingRoomNames',
    title: "HHS OCR FAQ 199: May physician's offices use patient sign-in sheets or call out the names of their patients in their waiting rooms?",
    publisher: 'U.S. Department of Health and Human Services, Office for Civil Rights',
    url: 'https://www.hhs.gov/guidance/document/faq-199-may-physicians-offices-use-patient-sign-sheets-or-call-out-names-their-patients-0',
    edition: '2006-03-14',
    note: 'Checked (HHS guidance portal copy, created 2002-12-19, updated 2006-03-14): names may be called out in waiting rooms as a permitted incidental disclosure, so long as the information disclosed is appropriately limited, with reasonable safeguards and the minimum necessary standard (45 CFR 164.502(a)(1)(iii)); e.g. not the medical problem the patient is there for.',
  },
  hhsNoticeAcknowledgment: {
    id: 'hhsNoticeAcknowledgment',
    title: 'HIPAA Privacy Rule: notice of privacy practices, 45 CFR 164.520(c)(2)',
    publisher: 'U.S. Department of Health and Human Services',
    url: 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-E/section-164.520',
    note: 'Checked (regulation text as quoted by hipaatemplates.com and an OCR guidance copy): a direct-treatment provider gives the notice no later than the first service delivery and makes a good-faith effort to obtain a written acknowledgment of receipt. Consent-to-treat and financial-policy signatures are clinic policy, not HIPAA.',
  },
  clsiGp33: {
    id: 'clsiGp33',
    title: 'CLSI GP33: Accuracy in Patient and Sample Identification',
    publisher: 'Clinical and Laboratory Standards Institute',
    note: 'Via the clinical reference [checked]: active identification, the patient states full name and date of birth; a yes/no question does not count.',
  },
  clinicDayFrontDeskPolicy: {
    id: 'clinicDayFrontDeskPolicy',
    title: 'Clinic Day synthetic front-desk policy (forms, copay receipts, no-shows, walk-ins)',
    publisher: 'Clinic Day project',
    note: 'Synthetic clinic policy written for the game from common practice-management procedure (MA administrative texts); not any real clinic\'s policy.',
  },
  pinkBookVaccineAdministration: {
    id: 'pinkBookVaccineAdministration',
    title: 'Epidemiology and Prevention of Vaccine-Preventable Diseases (the Pink Book), Chapter 6: Vaccine Administration',
    publisher: 'Centers for Disease Control and Prevention (Public Health Foundation)',
    edition: '14th edition, August 2021 (web chapters; CDC notes vaccine-specific recommendations may be outdated)',
    url: 'https://www.cdc.gov/pinkbook/hcp/table-of-contents/chapter-6-vaccine-administration.html',
    note: 'The chapter itself was not in the search corpus; its needle and site table was read through Immunize.org (immunizeOrgAdministeringVaccines) and a clinical-skills text that reproduces the 13th-edition table (Wolicki & Miller 2020). Chapter 5 (storage) confirms the 14th edition date.',
  },
  cdcStorageHandlingToolkit: {
    id: 'cdcStorageHandlingToolkit',
    title: 'Vaccine Storage and Handling Toolkit',
    publisher: 'Centers for Disease Control and Prevention',
    edition: 'March 2024 edition (346940-A, with the mpox addendum of 2024-03-29); earlier editions September 2021, January 2019, May 2014 and November 2012 also seen',
    url: 'https://www.cdc.gov/vaccines/hcp/admin/storage/toolkit/storage-handling-toolkit.pdf',
    note: 'Read through copies: refrigerator 2–8 °C (36–46 °F) and freezer −50 to −15 °C (−58 to +5 °F) (CDC text as excerpted by AAHA from the June 2016 toolkit, and by SmartSense citing the 2024 edition); on an excursion label the stock "Do Not Use", keep it in the cold chain, do not discard it, document and contact the manufacturer or immunization program (SmartSense and Vaxopedia quoting the toolkit; Immunize.org Ask the Experts).',
  },
  visInstructions: {
    id: 'visInstructions',
    title: 'Instructions for the Use of Vaccine Information Statements (required under the National Childhood Vaccine Injury Act, 42 U.S.C. 300aa-26)',
    publisher: 'Centers for Disease Control and Prevention',
    edition: 'instructions of 2014-10-22 (CDC Stacks) as reproduced on the CDC "Instructions for Using VISs" page',
    url: 'https://www.cdc.gov/vaccines/hcp/vis/about/required-use-instructions.html',
    note: 'Checked: before each dose of a covered vaccine (including influenza, DTaP, Tdap, MMR, hepatitis B, pneumococcal conjugate) the provider gives the current-edition VIS to the adult or the parent/legal representative; the provider notes in the permanent record the VIS edition date and the date it was given.',
  },
  cdcCurrentVisDates: {
    id: 'cdcCurrentVisDates',
    title: 'Current and Past Editions of Vaccine Information Statements',
    publisher: 'Centers for Disease Control and Prevention',
    edition: 'page as stored with the cholera and COVID-19 editions of 2024-10-17 (read 2026)',
    url: 'https://www.cdc.gov/vaccines/hcp/about-vis/current-past-dates.html',
    note: 'Editions after the stored copy could not be seen; the Institute for Vaccine Safety table (vaccinesafety.edu, updated 2024-08-16) agrees on the current dates.',
  },
  acipGeneralBestPractices: {
    id: 'acipGeneralBestPractices',
    title: 'General Best Practice Guidelines for Immunization: Best Practices Guidance of the Advisory Committee on Immunization Practices (ACIP)',
    publisher: 'Centers for Disease Control and Prevention (Kroger AT et al.)',
    edition: 'sections as published on the CDC site (vaccine administration; timing and spacing, Table 3-1; contraindications), read 2026',
    url: 'https://www.cdc.gov/vaccines/hcp/imz-best-practices/vaccine-administration.html',
    note: 'Read through mirrors of the CDC pages and the 2011 General Recommendations (MMWR 2011;60(RR-2)) as quoted by APhA.',
  },
  immunizeOrgAdministeringVaccines: {
    id: 'immunizeOrgAdministeringVaccines',
    title: 'Administering Vaccines: Dose, Route, Site, and Needle Size (P3085); Administering Vaccines to Adults (P3084); Ask the Experts: anatomic site and needle length',
    publisher: 'Immunize.org (formerly the Immunization Action Coalition), from CDC and ACIP guidance',
    edition: 'P3085/P3084 as copied 2018–2021; Ask the Experts page read 2026',
    url: 'https://www.immunize.org/ask-experts/anatomic-site-needle-length-intramuscular-subcutaneous-injection/',
    note: 'Checked: IM 22–25 gauge at 90°, SC 23–25 gauge 5/8 inch at 45°; IM site and length by age (neonate thigh 5/8; infant thigh 1; 1–2 years thigh 1–1 1/4 or deltoid 5/8–1; 3–10 years deltoid 5/8–1 or thigh 1–1 1/4; 11–18 years deltoid 5/8–1 or thigh 1–1 1/2); adults by sex and weight in the deltoid (< 130 lb 5/8–1, 130–152 lb 1, women 153–200 lb and men 153–260 lb 1–1 1/2, women > 200 lb and men > 260 lb 1 1/2; 5/8 only with the skin stretched flat, tissue not bunched, at 90°); SC fatty tissue over the anterolateral thigh (under 12 months) or over the triceps or thigh (12 months and older).',
  },
  cpt2025ImmunizationAdministration: {
    id: 'cpt2025ImmunizationAdministration',
    title: 'CPT immunization administration codes 90460, 90461, 90471, 90472 (as set out in a manufacturer\'s coding guide) and the AAP FAQ on the pediatric administration codes',
    publisher: 'Merck (M-M-R II reimbursement page quoting CPT) and American Academy of Pediatrics (FAQ; AAP Coding Hotline)',
    edition: 'CPT as quoted 2024–2025 (Merck page lists Z23 for dates of service from 2024-10-01); AAP FAQ of 2011 when 90460/90461 replaced 90465–90468',
    url: 'https://www.merckvaccines.com/mmr/reimbursement',
    note: 'Checked: 90460 through 18 years with face-to-face counselling by a physician or other qualified health care professional, first or only component of each vaccine; +90461 each additional component; 90471 one injection without that counselling, +90472 each additional injection; only one first administration code per visit; clinical staff may give the dose after the physician counselled (AAP). A component is all antigens that prevent disease caused by one organism (AAP FAQ; medcoder.ai: influenza 1, MMR 3). Codes only: short descriptions here are our own words.',
  },
  nvicpRecordRequirements: {
    id: 'nvicpRecordRequirements',
    title: '42 U.S.C. 300aa-25(a): recording of information by each health care provider who administers a covered vaccine',
    publisher: 'United States Code (National Childhood Vaccine Injury Act of 1986), via the CDC WONDER copy of the U.S. Code',
    edition: 'text in effect as of 1999-01-05 (unchanged in later copies read)',
    url: 'https://wonder.cdc.gov/wonder/help/vaers/42USC300aa-25.htm',
    note: 'Checked: record in the permanent medical record or office log the date of administration, the vaccine manufacturer and lot number, and the name and address and, if appropriate, the title of the health care provider administering the vaccine.',
  },
  cdcAcuteVaccineReactions: {
    id: 'cdcAcuteVaccineReactions',
    title: 'After Vaccination: Managing Acute Vaccine Reactions (syncope; allergic reactions)',
    publisher: 'Centers for Disease Control and Prevention (page as mirrored), with the 2006 ACIP syncope recommendation (Am J Prev Med 2011;41(3):317–21)',
    url: 'https://www.cdc.gov/vaccines/hcp/administration/after.html',
    edition: 'page read 2026 through a mirror',
    note: 'Checked: 80% of reported syncope occurs within 15 minutes of vaccination; have the patient seated or lying down, watch for weakness, dizziness and pallor, and observe recipients for 15 minutes after vaccination for most vaccines; anaphylaxis is rare (about one per million doses) and epinephrine and airway equipment must be at hand.',
  },
  oshaGlovesForInjections1992: {
    id: 'oshaGlovesForInjections1992',
    title: 'OSHA standard interpretations on gloves for routine and intramuscular injections (29 CFR 1910.1030)',
    publisher: 'Occupational Safety and Health Administration',
    edition: 'letters of 1992-09-01 and 1992-11-18',
    url: 'https://www.osha.gov/laws-regs/standardinterpretations/1992-11-18',
    note: 'Checked: gloves are not necessary for routine injections when hand contact with blood or other potentially infectious material is not anticipated; they are required when the employee will hold pressure on the site or apply the bandage, or the patient\'s skin is not intact.',
  },
  immunizeOrgAskTheExperts: {
    id: 'immunizeOrgAskTheExperts',
    title: 'Ask the Experts: storage and handling (multidose vials, temperature excursions) and administering vaccines (gloves, VISs)',
    publisher: 'Immunize.org',
    edition: 'answers last reviewed 2022-12-28 to 2026-04-10',
    url: 'https://www.immunize.org/ask-experts/topic/storage-handling/',
    note: 'Checked: a multidose vial is used to its printed expiry unless the manufacturer sets a beyond-use date once punctured (e.g. some influenza vials: 28 days); any temperature out of range is an excursion, stop vaccinating from that stock and contact the immunization program or manufacturer; gloves are not required unless contact with body fluids is likely or the vaccinator has open lesions; a VIS is required before each dose.',
  },
  cdcExpiryDateRule: {
    id: 'cdcExpiryDateRule',
    title: 'Multi-dose Vial Expiration Date vs BUD (quoting CDC storage guidance)',
    publisher: 'American Travel Health Nurses Association blog',
    edition: '2017-10-19',
    url: 'https://athnablog.wordpress.com/2017/10/19/blog-23-multi-dose-vial-expiration-date-vs-bud-beyond-use-date/',
    note: 'Secondary: quotes CDC that a vaccine with a day-month-year expiry may be used through the end of that day, and one with only month and year through the last day of that month; never use expired vaccine.',
  },
  cdcLatexInVaccinePackaging: {
    id: 'cdcLatexInVaccinePackaging',
    title: 'Latex in Vaccine Packaging (Pink Book Appendix B), with the FDA Dear Healthcare Provider letter on Engerix-B tip caps',
    publisher: 'Centers for Disease Control and Prevention; U.S. Food and Drug Administration',
    edition: 'table of package inserts as of 2021 (earlier tables 2015, 2020); FDA letter 2010-07-29',
    url: 'https://www.cdc.gov/pinkbook/hcp/table-of-contents/appendix-b.html',
    note: 'Checked: after a severe (anaphylactic) latex allergy, avoid vaccines whose vial or syringe contains natural rubber latex (ACIP); the 2021 table lists latex in the Engerix-B syringe (not the vial), the Recombivax HB syringe and vial and the Infanrix syringe (not the vial); Daptacel, Quadracel, Pentacel and the 2020–21 Fluarix have none.',
  },
  cdcMantouxTechnique: {
    id: 'cdcMantouxTechnique',
    title: 'Mantoux tuberculin skin test placement (Public Health Image Library 24234)',
    publisher: 'Centers for Disease Control and Prevention',
    url: 'https://phil.cdc.gov/Details.aspx?pid=24234',
    note: 'Checked: 0.1 mL of 5 TU tuberculin intradermally, bevel up at a 5–15° angle, raising a 6–10 mm wheal. Needle 26–27 gauge 1/4–1/2 inch only from secondary summaries of CDC guidance.',
  },
  noridianVaccineBilling: {
    id: 'noridianVaccineBilling',
    title: 'Pneumococcal Vaccine and Administration; Influenza and Hepatitis B administration (G0008, G0009, G0010)',
    publisher: 'Noridian Healthcare Solutions (Medicare Administrative Contractor, JE Part B)',
    edition: 'last updated 2024-03-20',
    url: 'https://med.noridianmedicare.com/web/jeb/topics/preventive-services/pneumococcal-vaccine-and-administration',
    note: 'Checked: Medicare bills the pneumococcal vaccine product with administration G0009 and diagnosis Z23, cost sharing waived; G0008 influenza and G0010 hepatitis B administration are the matching Medicare codes (code-lookup copies of the HCPCS text agree).',
  },
  chopVaccineRecording: {
    id: 'chopVaccineRecording',
    title: 'Technically Speaking: Recording Vaccinations — What Is Required by Federal Law',
    publisher: "Children's Hospital of Philadelphia, Vaccine Education Center",
    url: 'https://www.chop.edu/news/technically-speaking-recording-vaccinations-what-required-federal-law',
    edition: 'web article read 2026',
    note: 'Checked: required by federal law: manufacturer, lot number, date given, name, office address and title of the person giving it, the VIS edition date and the date the VIS was given; recommended though not required: the anatomic site and the route.',
  },
  aapRedBookContraindications: {
    id: 'aapRedBookContraindications',
    title: 'Red Book, Appendix IV: Guide to Contraindications and Precautions to Immunizations',
    publisher: 'American Academy of Pediatrics (Committee on Infectious Diseases, with ACIP)',
    edition: 'Red Book 2021 (2018 edition agrees)',
    url: 'https://reader.aappublications.org/red-book-2021/1085',
    note: 'Checked: the only contraindication applicable to all vaccines is a history of anaphylaxis to a previous dose or to a vaccine component; a severe allergic reaction to a vaccine constituent contraindicates vaccines containing it; latex allergy is a precaution; screen for contraindications and precautions before each vaccine and document it.',
  },
  pinkBookUsVaccines: {
    id: 'pinkBookUsVaccines',
    title: 'Pink Book Appendix B: U.S. Vaccines (trade names, manufacturers, routes, approved ages)',
    publisher: 'Centers for Disease Control and Prevention',
    edition: '14th edition appendix (2021), as copied',
    url: 'https://www.cdc.gov/pinkbook/hcp/table-of-contents/appendix-b.html',
    note: 'Checked: Engerix-B and Infanrix are GlaxoSmithKline products, Recombivax HB is Merck\'s; other makers read from the manufacturers\' own coding pages (Merck M-M-R II; Sanofi Fluzone) and the Oregon vaccine code list (Adacel, Daptacel).',
  },
  mmrIIPrescribingInformation: {
    id: 'mmrIIPrescribingInformation',
    title: 'M-M-R II (Measles, Mumps, and Rubella Virus Vaccine Live) prescribing information',
    publisher: 'Merck Sharp & Dohme (FDA label, as reproduced by DailyMed mirrors and RxList)',
    edition: 'label as read 2026 (highlights: initial U.S. approval 1978)',
    url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=M-M-R+II',
    note: 'Checked: 0.5 mL subcutaneously, first dose at 12–15 months, second at 4–6 years (at least one month apart); each dose contains hydrolyzed gelatin, and the growth media contain neomycin; contraindicated after hypersensitivity to any component.',
  },
  adacelPrescribingInformation: {
    id: 'adacelPrescribingInformation',
    title: 'Adacel (Tetanus Toxoid, Reduced Diphtheria Toxoid and Acellular Pertussis Vaccine Adsorbed) prescribing information',
    publisher: 'Sanofi Pasteur Inc. (FDA structured product label)',
    edition: 'label effective 2024-07-02, version 25',
    url: 'https://nctr-crs.fda.gov/fdalabel/services/spl/set-ids/a41b7601-34f2-4a88-a406-f53011fb7de1/spl-doc',
    note: 'Checked: Adacel is Sanofi Pasteur\'s Tdap, suspension for intramuscular injection. Lexicomp (UpToDate): Tdap (Adacel, Boostrix) from 7 years, DTaP (Daptacel, Infanrix) 6 weeks to under 7 years; ACIP counts a dose given up to 4 days before the minimum interval or age as valid.',
  },
  aamaVerbalOrders: {
    id: 'aamaVerbalOrders',
    title: 'Scope of practice questions: may medical assistants accept verbal orders from the delegating physician? (CMA Today, Public Affairs)',
    publisher: 'American Association of Medical Assistants (legal counsel), with the AAMA "Legal Eye" blog',
    edition: 'CMA Today article and blog posts as read 2026 (blog post of 2019-07-31 on relaying orders)',
    url: 'http://aama-ntl.org/cma-today/archives/article?id=bc7ecf4a-4840-6a90-a81c-ff00003b2c18',
    note: 'Checked: AAMA counsel: medical assistants may receive and execute orders from the overseeing physician when they need no independent judgment; state law governs and varies. LegalClarity ("Can Medical Assistants Take Verbal Orders?"): some states prohibit it and reserve verbal orders to licensed staff; facility policy may too. Immunize.org (Vaccinating Adults, step 5): most states allow MAs to give injections after training and under supervision.',
  },
  nursingLabelChecks: {
    id: 'nursingLabelChecks',
    title: 'Medication administration rights and the three label checks',
    publisher: 'Nursing education references (Apex Nursing chart; NCLIP procedure "Medication Rights and Three Checkpoint Verification")',
    edition: 'web pages read 2026',
    url: 'https://www.apex-nursing.com/charts/medication-administration-rights',
    note: 'Secondary: the label is compared with the order three times, at retrieval from storage, during preparation and immediately before giving (another teaching version: before preparing, after preparing and before putting the container back). The Pink Book asks for "professional standards for medication administration" without listing the checks.',
  },
  cdcIisPolicy: {
    id: 'cdcIisPolicy',
    title: 'IIS Policy and Legislation (immunization information systems: authorization, consent, provider reporting, data sharing)',
    publisher: 'Centers for Disease Control and Prevention',
    edition: 'page read 2026',
    url: 'https://www.cdc.gov/iis/policy-legislation/index.html',
    note: 'Checked: 64 jurisdictions run an IIS; each jurisdiction\'s policy decides whether providers must report the doses they give (all doses, some ages, or voluntary), with implicit, explicit or mandatory consent. LegalClarity on IIS: each dose record carries type, date, lot number and manufacturer.',
  },
} as const satisfies Record<string, Source>;

/** Id of a catalogue source. */
export type SourceId = keyof typeof SOURCES;

/**
 * A catalogue source with a note saying what was checked (or what is missing) for one entry.
 *
 * Marked free of side effects so that the bundler drops a call whose entry the browser never
 * reads (a table only the command-line tools use) together with its note.
 */
/* @__NO_SIDE_EFFECTS__ */
export function checked(source: Source, note: string): Source {
  return { ...source, note: source.note === undefined ? note : `${note} ${source.note}` };
}
