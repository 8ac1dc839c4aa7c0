/**
 * The catalogue of sources the reference data cites, one export per source; `source.ts`
 * gathers them as `SOURCES`.
 *
 * One export each, rather than one object, so that the browser build carries only the sources
 * that something it runs cites: the bundler keeps `SOURCES.x` for each `x` read and drops the
 * rest (sources cited only by the command-line tools, by tables the browser never reads, or by
 * no code at all). Each source's `note` records what was read and checked; the browser build
 * leaves the notes out (`scripts/source-notes-plugin.ts`).
 */
import type { Source } from './source';

export const adlScorm12 = {
  id: 'adlScorm12',
  title: 'Sharable Content Object Reference Model (SCORM) Version 1.2: Content Aggregation Model and Run-Time Environment',
  publisher: 'Advanced Distributed Learning (ADL)',
  edition: '1.2 (2001)',
  note: 'Checked through secondary pages (Rustici Software\'s single-SCO 1.2 manifest example, Compozer\'s and ScormEdit\'s suspend-data notes, 2026): imsmanifest.xml at the package root with the imscp_rootv1p1p2 and adlcp_rootv1p2 namespaces, schema "ADL SCORM" version 1.2, adlcp:scormtype="sco"; cmi.suspend_data holds 4,096 characters. The adlcp:masteryscore element, the CMITimespan format and the section numbers cited in code are from the editor\'s knowledge of the specification, not read this session. Used for packaging and LMS reporting only; the game scores nothing on it.',
} as const satisfies Source;

export const adlScorm2004Ed4 = {
  id: 'adlScorm2004Ed4',
  title: 'SCORM 2004 4th Edition: Content Aggregation Model, Run-Time Environment, Sequencing and Navigation',
  publisher: 'Advanced Distributed Learning (ADL)',
  edition: '4th Edition (2009)',
  note: 'Checked through ADL\'s SCORM 2004 4th Edition Manifest Basics content example (as republished on GitHub) and a quotation of the RTE ("cmi.suspend_data ... characterstring with an SPM of 64000 characters"), 2026: the imscp_v1p1, adlcp_v1p3, adlseq_v1p3, adlnav_v1p3 and imsss namespaces and schemaversion "2004 4th Edition". The interaction element limits (description SPM 250, 250 interactions) and the session_time duration format are from the editor\'s knowledge of the RTE, not read this session. Used for packaging and LMS reporting only; the game scores nothing on it.',
} as const satisfies Source;

export const cmi5Spec = {
  id: 'cmi5Spec',
  title: 'cmi5 Specification Profile for xAPI',
  publisher: 'AICC / ADL cmi5 working group',
  edition: 'Quartz (2nd edition)',
  url: 'https://github.com/AICC/CMI-5_Spec_Current/blob/quartz/cmi5_spec.md',
  note: 'Checked (the specification\'s table of contents, its LMS and AU flow notes, and the working group\'s minutes on course packages, 2026): cmi5.xml in a ZIP with the content, AU URLs relative to the package, the AU\'s masteryScore, moveOn (Passed, Completed, CompletedAndPassed, CompletedOrPassed, NotApplicable) and launchMethod (AnyWindow, OwnWindow). Read in the specification\'s text (Quartz, GitHub AICC/CMI-5_Spec_Current, cmi5_spec.md, 2026), sections 7.1, 8.1, 8.2, 9.1 to 9.7 and 10.0: the five launch parameters; one POST to the one-time fetch URL for the auth token, sent as Basic; the LMS.LaunchData state document (contextTemplate, launchMode, masteryScore, moveOn, returnURL); Initialized first and Terminated last in a session, no defined verb twice, one of Passed and Failed; Passed scores at least the masteryScore, Failed below it; score only on Passed and Failed; success and completion with the moveOn category; duration on Completed, Passed, Failed and Terminated; the cmi5 category on defined statements only; the template never overwritten; timestamps in UTC. Used for reporting only; the game scores nothing on it.',
} as const satisfies Source;

export const xapiSpec103 = {
  id: 'xapiSpec103',
  title: 'Experience API (xAPI) Specification',
  publisher: 'Advanced Distributed Learning (ADL)',
  edition: '1.0.3 (2016)',
  url: 'https://github.com/adlnet/xAPI-Spec',
  note: 'Read in xAPI-Communication.md (2026), Part Three 2.1.1 and 2.1.2: a Learning Record Provider SHOULD POST statements with their id; an LRS MUST NOT change its state on a statement whose id it already holds, answering 204 or 409, and SHOULD answer 409 when the two differ. The statement properties (Part Two 2.4) are as @learninglocker/xapi-validation 4.0.0 checks them. Used for reporting only; the game scores nothing on it.',
} as const satisfies Source;

export const medlinePlusVitalSigns = {
  id: 'medlinePlusVitalSigns',
  title: 'Vital signs (body temperature, pulse rate, respiration rate, blood pressure)',
  publisher: 'MedlinePlus, U.S. National Library of Medicine (A.D.A.M. Medical Encyclopedia)',
  edition: 'article 002341, reviewed 2023-02-02',
  url: 'https://medlineplus.gov/ency/article/002341.htm',
  note: 'Read on the page (the review of 2021-01-16 gives the same ranges); its references are Seidel\'s Guide to Physical Examination (10th ed., 2023) and Goldman-Cecil Medicine (26th ed., 2020).',
} as const satisfies Source;

export const fdaPulseOximeterAccuracy2021 = {
  id: 'fdaPulseOximeterAccuracy2021',
  title: 'Pulse Oximeter Accuracy and Limitations: FDA Safety Communication',
  publisher: 'U.S. Food and Drug Administration',
  edition: '2021-02-19',
} as const satisfies Source;

export const accAha2017Hypertension = {
  id: 'accAha2017Hypertension',
  title:
    '2017 ACC/AHA/AAPA/ABC/ACPM/AGS/APhA/ASH/ASPC/NMA/PCNA Guideline for the Prevention, Detection, Evaluation, and Management of High Blood Pressure in Adults',
  publisher: 'American College of Cardiology / American Heart Association (Hypertension 2018;71:e13–e115)',
  edition: '2017',
} as const satisfies Source;

export const ahaBpMeasurement2019 = {
  id: 'ahaBpMeasurement2019',
  title: 'Measurement of Blood Pressure in Humans: A Scientific Statement From the American Heart Association',
  publisher: 'American Heart Association (Muntner P et al., Hypertension 2019;73:e35–e66)',
  edition: '2019',
} as const satisfies Source;

export const bhs2004Guidelines = {
  id: 'bhs2004Guidelines',
  title: 'British Hypertension Society guidelines for management of hypertension: report of the fourth working party (BHS-IV), summary',
  publisher: 'BMJ (Williams B et al., 2004;328:634–640)',
  edition: '2004',
  note: 'Checked (a public copy of Box 1, "Blood pressure measurement by standard mercury sphygmomanometer or semiautomated device"): "Read blood pressure to the nearest 2 mm Hg"; phase V for diastolic; the mean of at least two readings.',
} as const satisfies Source;

export const merkel1997Flacc = {
  id: 'merkel1997Flacc',
  title: 'The FLACC: a behavioral scale for scoring postoperative pain in young children',
  publisher: 'Pediatric Nursing (Merkel SI, Voepel-Lewis T, Shayevitz JR, Malviya S, 1997;23(3):293–297)',
  edition: '1997',
  note: 'Checked (the scale as reprinted by fpnotebook.com and in Table 1 of Ahmed 2018, Ain-Shams J Anesthesiol): five categories (Face, Legs, Activity, Cry, Consolability), each scored 0, 1 or 2 by the behaviour that best fits, the total 0–10. The level descriptors here are in our own words.',
} as const satisfies Source;

export const kallioinen2017BpInaccuracy = {
  id: 'kallioinen2017BpInaccuracy',
  title: "Sources of inaccuracy in the measurement of adult patients' resting blood pressure in clinical settings: a systematic review",
  publisher: 'Journal of Hypertension (Kallioinen N et al., 2017;35(3):421–441)',
  edition: '2017',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5278896',
} as const satisfies Source;

export const armsTrialArmPosition = {
  id: 'armsTrialArmPosition',
  title: 'Arm position and blood pressure readings: the ARMS crossover randomized clinical trial',
  publisher: 'JAMA Internal Medicine (Johns Hopkins, Brady TM and colleagues)',
  note: 'Secondary: effect sizes read from news reports of the trial (JUCM, bio-h.com), not the paper.',
} as const satisfies Source;

export const cdcHandHygiene2002 = {
  id: 'cdcHandHygiene2002',
  title: 'Guideline for Hand Hygiene in Health-Care Settings',
  publisher: 'Centers for Disease Control and Prevention (MMWR 2002;51(RR-16))',
  edition: '2002',
} as const satisfies Source;

export const capGen40491 = {
  id: 'capGen40491',
  title: 'Laboratory General Checklist, GEN.40491 Primary Specimen Container Labeling',
  publisher: 'College of American Pathologists',
  edition: 'as quoted by laboratories, 2015–2026',
  url: 'https://www.labce.com/spg3231344_cap_requirement_for_the_patients_identification_in.aspx',
  note: 'The checklist is for accredited laboratories; its edition was not read, nor the checklist itself. Quoted by LabCE and reference laboratories (ACL, Quest, CPL): all primary specimen containers are labelled with at least two patient identifiers at the time of collection; location is not an identifier; labels also carry the collection date and time and the collector.',
} as const satisfies Source;

export const oshaBloodbornePathogens = {
  id: 'oshaBloodbornePathogens',
  title: 'Bloodborne Pathogens standard, 29 CFR 1910.1030(d)(4)(iii)(A): contaminated sharps discarded immediately or as soon as feasible',
  publisher: 'Occupational Safety and Health Administration',
  edition: 'standard text as quoted 2010–2011',
  url: 'https://www.osha.gov/laws-regs/regulations/standardnumber/1910/1910.1030',
  note: 'Checked (Lion Technology quoting (d)(4)(iii)(A)(1), 2011; OSHA interpretation letter of 2010-01-05): contaminated sharps are discarded immediately or as soon as feasible in closable, puncture-resistant containers, leakproof on the sides and bottom, labelled or red, located as close as feasible to where sharps are used.',
} as const satisfies Source;

export const cmsCliaCertificateOfWaiver = {
  id: 'cmsCliaCertificateOfWaiver',
  title: 'How to obtain a CLIA Certificate of Waiver (42 CFR 493.15(e): follow the manufacturer’s instructions)',
  publisher: 'Centers for Medicare & Medicaid Services',
  edition: 'CMS CLIA brochure, undated (copy read 2026)',
  note: 'Read 2026 in a copy of the brochure (docslib.org): a physician doing urine dipsticks and fingerstick glucose in the office needs a CLIA Certificate of Waiver and must follow the manufacturer’s instructions.',
} as const satisfies Source;

export const ncslphWaivedQualityControl = {
  id: 'ncslphWaivedQualityControl',
  title: 'Quality Control Requirements, Appendix 10 (CLIA \'88 Final Rule and the NCSLPH CLIA Contract Program, with the manufacturers\' instructions)',
  publisher: 'North Carolina State Laboratory of Public Health, CLIA Contract Program',
  edition: '2016',
  url: 'https://studylib.net/doc/18392726/appendix-10--quality-control-requirements',
  note: 'Checked on a copy of the appendix (studylib.net), its table of waived procedures: glucose, 2 levels each day of testing; hemoglobin, 2 levels each day of testing; hemoglobin A1c (DCA 2000 and Vantage), each new lot and at least monthly with patient testing; urine hCG and rapid group A strep, positive and negative according to the manufacturer\'s instructions. No waived test\'s schedule is per patient. The kits\' own package inserts were not read.',
} as const satisfies Source;

export const cuffSizingTable = {
  id: 'cuffSizingTable',
  title: 'Recommended blood pressure cuff sizes (Table 2-3), adapted from Flynn 2017, Muntner 2019 and Pickering 2005',
  publisher: 'Skyscape clinical-skills reference (secondary tabulation of AHA statements)',
  url: 'https://download.skyscape.com/download/ota/lonestar/A0743E99-7702-4E5C-A364-3450E5422F1C/clinskill.ed6/content/HTML/5/tn4.htm',
  note: 'Secondary: tabulates the AHA 2005/2019 cuff table; the same four bands appear in other copies of the AHA table.',
} as const satisfies Source;

export const cuffSzTrial2023 = {
  id: 'cuffSzTrial2023',
  title: 'Effects of Cuff Size on the Accuracy of Blood Pressure Readings: The Cuff(SZ) Randomized Crossover Trial',
  publisher: 'JAMA Internal Medicine (Ishigami J et al., 2023;183(10):1061–1068, doi:10.1001/jamainternmed.2023.3264)',
  edition: '2023',
  note: 'Secondary: numbers read from the abstract and a MedPage Today report of it; automated oscillometric device.',
} as const satisfies Source;

export const pedsCasesVitalSigns = {
  id: 'pedsCasesVitalSigns',
  title: 'Pediatric Vital Signs Reference Chart (PALS values)',
  publisher: 'PedsCases',
  edition: 'PALS 2015/2020',
  url: 'https://www.pedscases.com/pediatric-vital-signs-reference-chart',
} as const satisfies Source;

export const aap2017PediatricBp = {
  id: 'aap2017PediatricBp',
  title: 'Clinical Practice Guideline for Screening and Management of High Blood Pressure in Children and Adolescents',
  publisher: 'American Academy of Pediatrics (Flynn JT et al., Pediatrics 2017;140(3):e20171904)',
  edition: '2017',
} as const satisfies Source;

export const choosingWiselyPediatricBp = {
  id: 'choosingWiselyPediatricBp',
  title: 'Do not initiate an outpatient hypertension work-up in asymptomatic pediatric patients prior to repeating the blood pressure measurement',
  publisher: 'Choosing Wisely: AAP Section on Nephrology and American Society of Pediatric Nephrology',
  edition: '2018',
  url: 'https://www.choosingwisely.org/clinician-lists/aap-aspn-outpatient-htn-work-up-prior-to-repeat-blood-pressure-management-in-pediatric-patients/',
} as const satisfies Source;

export const aap2021FebrileInfant = {
  id: 'aap2021FebrileInfant',
  title: 'Evaluation and Management of Well-Appearing Febrile Infants 8 to 60 Days Old',
  publisher: 'American Academy of Pediatrics (Pantell RH et al., Pediatrics 2021;148(2):e2021052228)',
  edition: '2021',
  url: 'https://www.aap.org/en/patient-care/infant-fever',
} as const satisfies Source;

export const houstonMethodistCriticalValues = {
  id: 'houstonMethodistCriticalValues',
  title: 'Critical Values',
  publisher: 'Houston Methodist laboratories',
  edition: 'web page, undated (the date read was not recorded)',
  url: 'https://houstonmethodist.org/critical-values',
  note: 'Secondary for us: critical values are set by each laboratory; this is one hospital laboratory list.',
} as const satisfies Source;

export const cdcAdultBmi = {
  id: 'cdcAdultBmi',
  title: 'Adult BMI Categories',
  publisher: 'Centers for Disease Control and Prevention',
  url: 'https://www.cdc.gov/bmi/adult-calculator/bmi-categories.html',
} as const satisfies Source;

export const clsiGp41 = {
  id: 'clsiGp41',
  title: 'GP41 Collection of Diagnostic Venous Blood Specimens',
  publisher: 'Clinical and Laboratory Standards Institute',
  edition: '7th ed., 2017',
} as const satisfies Source;

export const whoDrawingBlood2010 = {
  id: 'whoDrawingBlood2010',
  title: 'WHO guidelines on drawing blood: best practices in phlebotomy (ISBN 978 92 4 159922 1)',
  publisher: 'World Health Organization',
  edition: '2010',
  url: 'https://www.ncbi.nlm.nih.gov/books/n/whoblood/ch2',
  note: 'Read on the NCBI Bookshelf copy: its front matter and the scope of chapters 2 (venous) and 7 (capillary sampling); the skin-antisepsis step itself was read as quoted, beside CLSI GP42-A6, by Owen Mumford\'s capillary-collection guide (2026 page): before the puncture, cleanse the site with alcohol and let it air-dry, to avoid haemolysing the sample; do not wipe it dry.',
} as const satisfies Source;

export const rocheAccuChekInformIiControls = {
  id: 'rocheAccuChekInformIiControls',
  title: 'Accu-Chek Inform II blood glucose monitoring system, operator\'s manual: glucose control testing',
  publisher: 'Roche Diagnostics',
  note: 'Read on a copy of the manual\'s page 49 (manymanuals.fr): glucose control solutions come in two levels, Level 1 (L1, low values) and Level 2 (L2, high values); the meter stores which level was run. The Accu-Chek Performa user manual (another copy) likewise names the L1 and L2 solutions. A quantitative analyser\'s controls are read against a range, not as positive or negative.',
} as const satisfies Source;

export const clsiGp42 = {
  id: 'clsiGp42',
  title: 'GP42 Collection of Capillary Blood Specimens',
  publisher: 'Clinical and Laboratory Standards Institute',
  edition: '7th ed., 2020',
} as const satisfies Source;

export const bdOrderOfDraw = {
  id: 'bdOrderOfDraw',
  title: 'BD Vacutainer Order of Draw for Multiple Tube Collections (tube guide)',
  publisher: 'Becton, Dickinson and Company',
  edition: 'tube guide, undated (the edition read was not recorded)',
  note: 'Secondary: inversion counts are manufacturer-specific.',
} as const satisfies Source;

export const cmsNewWaivedTests = {
  id: 'cmsNewWaivedTests',
  title: 'New Waived Tests (CLIA) change requests, e.g. CR 11747 / Transmittal R10048CP',
  publisher: 'Centers for Medicare & Medicaid Services',
  edition: 'Transmittal R10048CP for CR 11747 (read through copies quoting it)',
  url: 'https://www.cms.gov/files/document/r10048CP.pdf',
  note: 'Checked via XIFIN Billing Beat and MLN Matters copies quoting the CMS text: QW required except 81002, 81025, 82270, 82272, 82962, 83026, 84830, 85013, 85651.',
} as const satisfies Source;

export const amaCptEm2021 = {
  id: 'amaCptEm2021',
  title: 'CPT Evaluation and Management (E/M) Services Guidelines: office or other outpatient visits',
  publisher: 'American Medical Association',
  edition: '2021 revision; time thresholds as in CPT 2024',
} as const satisfies Source;

export const amaCpt = {
  id: 'amaCpt',
  title: 'CPT (Current Procedural Terminology) code set',
  publisher: 'American Medical Association',
  note: 'Codes only: short descriptions in this project are our own words, not AMA descriptors.',
} as const satisfies Source;

export const cmsHcpcs = {
  id: 'cmsHcpcs',
  title: 'HCPCS Level II code set',
  publisher: 'Centers for Medicare & Medicaid Services',
} as const satisfies Source;

export const palmettoGbaImmunization = {
  id: 'palmettoGbaImmunization',
  title: 'Influenza and Pneumococcal Vaccines and Administration Reimbursement',
  publisher: 'Palmetto GBA (Medicare Administrative Contractor)',
  url: 'https://palmettogba.com/palmetto/jmb.nsf/DIDC/TU3652M5KN~Preventive%20Services~Immunization',
} as const satisfies Source;

export const amaAvianFluCode2024 = {
  id: 'amaAvianFluCode2024',
  title: 'AMA publishes provisional CPT code for avian flu vaccine (lists immunization administration codes 90460/90461/90471/90472)',
  publisher: 'California Medical Association (reporting AMA)',
  url: 'https://cmadocs.org/newsroom/news/view/ArticleId/50674/AMA-publishes-provisional-CPT-code-for-avian-flu-vaccine',
  edition: '2024-08-06',
} as const satisfies Source;

export const aapcFluCodes2024 = {
  id: 'aapcFluCodes2024',
  title: 'Primary Care Coding: Take This Advice, Keep Your 2024-25 Winter Vaccine Coding Healthy',
  publisher: 'AAPC Primary Care Coding Alert',
  edition: '2024-10-28',
  url: 'https://aapc.com/codes/coding-newsletters/my-primary-care-coding-alert/primary-care-coding-take-this-advice-keep-your-2024-25-winter-vaccine-coding-healthy-178823-article/rci',
} as const satisfies Source;

export const sanofiFluCoding2024 = {
  id: 'sanofiFluCoding2024',
  title: 'Coding & Reimbursement for the 2024-2025 Season',
  publisher: 'Sanofi (manufacturer)',
  url: 'https://www.sanofiflu.com/coding-and-reimbursement/',
} as const satisfies Source;

export const oregonStateVaccineCodes = {
  id: 'oregonStateVaccineCodes',
  title: 'State Supplied Vaccine Billing Codes',
  publisher: 'Oregon Health Authority, Public Health Division, Immunization Program',
  edition: '2019-07-31',
} as const satisfies Source;

export const codingAheadCpt = {
  id: 'codingAheadCpt',
  title: 'CPT code pages (94760, 87811, 90677)',
  publisher: 'Coding Ahead',
  url: 'https://www.codingahead.com/',
  note: 'Secondary code-lookup site quoting the CPT descriptor.',
} as const satisfies Source;

export const codingOnline87811 = {
  id: 'codingOnline87811',
  title: '3 New Codes for Infectious-Agent Detection (87811 created 6 Oct 2020)',
  publisher: 'coding-online.net (reporting the AMA CPT Editorial Panel)',
  url: 'https://coding-online.net/3-new-codes-for-infectious-agent-detection',
} as const satisfies Source;

export const medicarePaymentEcg = {
  id: 'medicarePaymentEcg',
  title: 'Electrocardiogram (ECG or EKG) - CPT 93000, 93005, 93010',
  publisher: 'medicarepaymentandreimbursement.com (Midmark coding summary)',
  url: 'http://www.medicarepaymentandreimbursement.com/2011/05/electrocardiogram-ecg-or-ekg-cpt-93000.html',
} as const satisfies Source;

export const cmsPlaceOfService = {
  id: 'cmsPlaceOfService',
  title: 'Place of Service Code Set',
  publisher: 'Centers for Medicare & Medicaid Services (as mirrored by HL7 Terminology CodeSystem CMSPlaceofServiceCodes)',
  edition: '20240502',
  url: 'https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set',
} as const satisfies Source;

export const cdcNchsIcd10Cm = {
  id: 'cdcNchsIcd10Cm',
  title: 'ICD-10-CM Tabular List of Diseases and Injuries',
  publisher: 'CDC National Center for Health Statistics / CMS',
  edition: 'FY2025 (effective 2024-10-01)',
  url: 'https://www.cdc.gov/nchs/icd/icd-10-cm/',
} as const satisfies Source;

export const icdListCom = {
  id: 'icdListCom',
  title: 'ICD-10-CM code pages',
  publisher: 'icdlist.com',
  url: 'https://icdlist.com/icd-10/',
  note: 'Secondary code-lookup site built from the CMS code files.',
} as const satisfies Source;

export const payerReadyIcd10 = {
  id: 'payerReadyIcd10',
  title: 'ICD-10-CM code pages (2026 edition)',
  publisher: 'PayerReady',
  url: 'https://payerready.com/codes/icd10/',
  note: 'Secondary code-lookup site citing the CMS ICD-10-CM 2026 tabular.',
} as const satisfies Source;

export const icd10CheckCom = {
  id: 'icd10CheckCom',
  title: 'ICD-10-CM code pages (CMS 2026 tabular)',
  publisher: 'icd10check.com',
  url: 'https://icd10check.com/icd10/',
  note: 'Secondary code-lookup site.',
} as const satisfies Source;

export const imedicalCodeTabular = {
  id: 'imedicalCodeTabular',
  title: 'ICD-10-CM Book 2024 Edition (tabular, category J10)',
  publisher: 'imedicalcode.com',
  url: 'http://imedicalcode.com/coding/icd10Cm/book/category/J10?c=J10.1',
  note: 'Secondary copy of the tabular list.',
} as const satisfies Source;

export const icd10CodedTabular = {
  id: 'icd10CodedTabular',
  title: 'ICD-10-CM tabular, category J01 Acute sinusitis',
  publisher: 'icd10coded.com',
  url: 'https://icd10coded.com/cm/J01.00/',
  note: 'Secondary copy of the tabular list.',
} as const satisfies Source;

export const autoIcdApi = {
  id: 'autoIcdApi',
  title: 'ICD-10-CM reference pages (billable status of headers)',
  publisher: 'AutoICD API',
  url: 'https://autoicdapi.com/reference/icd-10/',
  note: 'Secondary code-lookup site.',
} as const satisfies Source;

export const spryptIcd10 = {
  id: 'spryptIcd10',
  title: 'ICD-10-CM code pages',
  publisher: 'ICD Code Compass (codes.sprypt.com)',
  url: 'https://codes.sprypt.com/',
  note: 'Secondary code-lookup site.',
} as const satisfies Source;

// Diagnoses of the cardiology morning (issue 18, ECG scenarios)
export const aapcEmDiagnosticTestEditsSuspended = {
  id: 'aapcEmDiagnosticTestEditsSuspended',
  title: 'HCFA Suspends CCI Edits; Significant, Separately Identifiable E/M Still Required',
  publisher: 'AAPC Cardiology Coding Alert (with the AAPC General Surgery Coding Alert of 2001-03-01 on HCFA memorandum B-01-09, Change Request 1546)',
  edition: '2001',
  url: 'https://www.aapc.com/codes/coding-newsletters/my-cardiology-coding-alert/hcfa-suspends-cci-edits-significant-separately-identifiable-em-still-required-article',
  note: 'Checked: the edits of CCI version 6.3 (effective 2000-10-30) that bundled 66 E/M codes into more than 800 diagnostic tests with XXX global days were suspended in February 2001. Not checked: whether later NCCI versions pair office E/M codes with 93000 or 93005 (the game bundles none; some payers ask for modifier 25 anyway).',
} as const satisfies Source;

export const codelleIcd10 = {
  id: 'codelleIcd10',
  title: 'ICD-10-CM code pages',
  publisher: 'Codelle (codelle.io)',
  url: 'https://codelle.io/codes/ICD10CM/',
  note: 'Secondary code-lookup site.',
} as const satisfies Source;

export const healthAssureIcd10 = {
  id: 'healthAssureIcd10',
  title: 'ICD-10 code pages with the code hierarchy',
  publisher: 'HealthAssure',
  edition: 'pages updated 2026-05-26',
  url: 'https://www.healthassure.in/codes/',
  note: 'Secondary code-lookup site; gives chapter, block, category and subcategory.',
} as const satisfies Source;

export const legalClarityAbnormalEkg = {
  id: 'legalClarityAbnormalEkg',
  title: 'Abnormal EKG ICD-10 Code R94.31: When to Use It',
  publisher: 'LegalClarity (citing ICD10Data.com)',
  edition: 'article read 2026 (FY2026 code set, effective 2025-10-01)',
  url: 'https://legalclarity.org/abnormal-ekg-icd-10-code-r94-31-when-to-use-it/',
  note: 'Secondary.',
} as const satisfies Source;

export const combineHealthR079 = {
  id: 'combineHealthR079',
  title: 'ICD-10 Code for Chest pain, unspecified (R07.9)',
  publisher: 'CombineHealth',
  url: 'https://blogbeta.combinehealth.ai/icd-codes/r07-9-code-chest-pain-unspecified',
  note: 'Secondary; the adelinemedicare.com list of chest-pain codes (FY2026) agrees.',
} as const satisfies Source;

export const icd10Blog = {
  id: 'icd10Blog',
  title: '2026 ICD-10-CM diagnosis code pages',
  publisher: 'icd10.blog',
  note: 'Secondary code-lookup site; weak on its own.',
} as const satisfies Source;

export const medReportIcd10 = {
  id: 'medReportIcd10',
  title: 'ICD-10-CM code articles',
  publisher: 'med.report',
  note: 'Secondary; weak on its own.',
} as const satisfies Source;

export const cdphpZ20822 = {
  id: 'cdphpZ20822',
  title: 'Coding Tips for Actual or Suspected Exposure to COVID-19: ICD-10 Code Z20.822',
  publisher: 'CDPHP (health plan provider bulletin)',
  edition: '2021-05-07',
  url: 'https://blog.cdphp.com/network-in-the-know/coding-tips-for-actual-or-suspected-exposure-to-covid-19-icd-10-code-z20-822/',
} as const satisfies Source;

export const aapcObesityClass2024 = {
  id: 'aapcObesityClass2024',
  title: 'Get to Know the New Obesity-Designated-by-Class Codes / Get to Know the 2025 ICD-10-CM Code Set',
  publisher: 'AAPC Coding Alerts',
  edition: 'FY2025',
  url: 'https://aapc.com/codes/coding-newsletters/my-primary-care-coding-alert/primary-care-coding-get-to-know-the-new-obesity-designated-by-class-codes-178954-article/rci',
} as const satisfies Source;

export const healthcareGovPlanTypes = {
  id: 'healthcareGovPlanTypes',
  title: 'Health insurance plan & network types: HMOs, PPOs, and more',
  publisher: 'HealthCare.gov (as quoted by Consumers for Affordable Health Care, enroll207.com)',
  edition: 'web page (secondary copy), undated (the date read was not recorded)',
  url: 'https://enroll207.com/marketplace/types-of-plans/',
  note: 'Secondary copy of HealthCare.gov plan-type text; EPO and HDHP rows from other consumer guides.',
} as const satisfies Source;

export const aamaCmaOutline2021 = {
  id: 'aamaCmaOutline2021',
  title: 'CMA (AAMA) Certification Exam Content Outline',
  publisher: 'American Association of Medical Assistants',
  edition: 'effective July 2021',
} as const satisfies Source;

export const nhaCcma2022 = {
  id: 'nhaCcma2022',
  title: 'Certified Clinical Medical Assistant (CCMA) Detailed Test Plan',
  publisher: 'National Healthcareer Association',
  edition: '2022',
} as const satisfies Source;

export const nhaCmaa2021 = {
  id: 'nhaCmaa2021',
  title: 'Certified Medical Administrative Assistant (CMAA) Detailed Test Plan',
  publisher: 'National Healthcareer Association',
  edition: '2021',
} as const satisfies Source;

export const jointCommissionNpsg = {
  id: 'jointCommissionNpsg',
  title: 'National Patient Safety Goals, NPSG.01.01.01 (two patient identifiers)',
  publisher: 'The Joint Commission',
  edition: 'Ambulatory Health Care Accreditation Program, goals effective 2015-01-01',
  url: 'https://docobook.com/national-patient-safety-goals-effective-january-1-2015.html',
  note: 'Checked (copy of the Joint Commission booklet): use at least two patient identifiers when giving medications, collecting blood or other specimens and providing treatments or procedures; the room number or physical location is not an identifier; label specimen containers in the presence of the patient (EP 2).',
} as const satisfies Source;

export const x12ClaimAdjustmentReasonCodes = {
  id: 'x12ClaimAdjustmentReasonCodes',
  title: 'Claim Adjustment Reason Codes (CARC)',
  publisher: 'X12 (code set used on the 835 remittance and the EOB)',
  edition: 'code list, undated (secondary copies; the version read was not recorded)',
  url: 'https://x12.org/codes/claim-adjustment-reason-codes',
  note: 'Checked (secondary copies of the X12 list): 4 modifier inconsistent or missing, 11 diagnosis inconsistent with procedure, 16 claim lacks information or has billing errors, 18 duplicate, 27 expenses after coverage terminated, 31 patient cannot be identified as our insured (a payer map: "member id missing/invalid"), 197 precertification/authorization absent (CO group: the provider carries it).',
} as const satisfies Source;

export const ncciEmImmunizationBundling = {
  id: 'ncciEmImmunizationBundling',
  title: 'Coding Corner: E/M services with same-day immunization administration (NCCI edits)',
  publisher: 'California Medical Association / AAPC',
  url: 'https://www.cmadocs.org/newsroom/news/view/ArticleId/27232/Coding-Corner-E-M-services-with-same-day-immunization-administration',
  edition: '2017-11-01',
  note: 'Checked: NCCI bundles office E/M into immunization administration (90460-90474); modifier 25 on the E/M overrides it when the E/M is significant and separately identifiable. AAPC Part B Coding Alert: for G0008 NCCI bundles only 99211.',
} as const satisfies Source;

export const aapcBloodDrawsOutsideLab = {
  id: 'aapcBloodDrawsOutsideLab',
  title: 'Reader Question: Blood Draws (specimens sent to an outside laboratory)',
  publisher: 'AAPC Oncology/Hematology Coding Alert',
  url: 'https://aapc.com/codes/coding-newsletters/my-oncology-hematology-coding-alert/reader-question-blood-draws-article',
  note: 'Checked: a practice bills only work its own staff performed; when the test is done by an outside laboratory the practice bills the draw (36415, one per encounter) and the laboratory bills the test.',
} as const satisfies Source;

export const cmsMlnMedicareWellnessVisits = {
  id: 'cmsMlnMedicareWellnessVisits',
  title: 'Medicare Wellness Visits (MLN6775421): Initial Preventive Physical Exam, Annual Wellness Visit, routine physical',
  publisher: 'Centers for Medicare & Medicaid Services, Medicare Learning Network',
  edition: 'MLN6775421, web edition read 2026 (revision adding the optional SDOH risk assessment and the cognitive-impairment check)',
  url: 'https://www.cms.gov/Outreach-and-Education/Medicare-Learning-Network-MLN/MLNProducts/preventive-services/medicare-wellness-visits.html',
  note: 'Checked: the IPPE (G0402) is covered once per lifetime within the first 12 months of Part B; the AWV is covered once every 12 months (initial G0438, subsequent G0439); a routine physical is not covered by Medicare (prohibited by statute); the patient pays nothing for the IPPE or AWV when the provider accepts assignment.',
} as const satisfies Source;

export const cmsAwvElevenFullMonths = {
  id: 'cmsAwvElevenFullMonths',
  title: 'Annual Wellness Visit timing: 11 full months after the month of the last AWV (CMS FAQ 3545; RAC issue 0077 for the IPPE)',
  publisher: 'Centers for Medicare & Medicaid Services (as quoted by Coding Ahead; CMS Recovery Audit Program approved topic 0077)',
  url: 'https://www.cms.gov/Research-Statistics-Data-and-Systems/Monitoring-Programs/Medicare-FFS-Compliance-Programs/Recovery-Audit-Program/Approved-RAC-Topics-Items/0077-Annual-Wellness-Visit-AWV-Billed-Sooner-Than-11-Whole-Months-Following-the-Initial-Preventative-Physical-Examination-IPPE-.html',
  note: 'Checked: an AWV is payable once 11 full calendar months have passed after the month of the last AWV (so 365 days need not pass); an AWV is not payable within 12 months of a paid IPPE. Noridian (Medicare contractor): an IPPE not done in the first 12 months of Part B is never done, and the AWV is billed instead.',
} as const satisfies Source;

export const amaCptPreventiveMedicine = {
  id: 'amaCptPreventiveMedicine',
  title: 'CPT Preventive Medicine Services 99381–99397 (new 99381–99387, established 99391–99397, by age band)',
  publisher: 'American Medical Association (descriptors as quoted by code-lookup sites and payer bulletins)',
  edition: 'CPT 2026',
  note: 'Checked on secondary copies of the descriptors (whatismedicalinsurancebilling.org, medcoder.ai, iframe.ai): bands infant (younger than 1 year), early childhood (1 through 4), late childhood (5 through 11), adolescent (12 through 17), 18–39, 40–64, 65 and older; new 9938x, established 9939x; a significant problem addressed at the same visit is reported with an office E/M 99202–99215 and modifier 25. Codes only: the short descriptions here are our own words.',
} as const satisfies Source;

export const ncciPreventiveImmunization2013 = {
  id: 'ncciPreventiveImmunization2013',
  title: 'NCCI procedure-to-procedure edits pairing immunization administration (90460–90474) with preventive medicine E/M (99381–99397), modifier indicator 1',
  publisher: 'CMS National Correct Coding Initiative (as reported by the AAP and by Blue Cross NC provider news)',
  edition: 'edits effective 2013-01-01',
  url: 'https://www.bluecrossnc.com/provider-news/coding-preventive-medicine-visits-administration-vaccines-same-date-service',
  note: 'Checked: vaccine administration and a preventive medicine visit on the same day are both paid when modifier 25 is on the preventive (or other E/M) code. Whether the edits also pair the Medicare AWV codes G0438/G0439 with vaccine administration was not verified, so the game does not score modifier 25 on them.',
} as const satisfies Source;

export const clinicDayFeeSchedule = {
  id: 'clinicDayFeeSchedule',
  title: 'Clinic Day synthetic fee schedule and payer policies',
  publisher: 'Clinic Day project',
  edition: 'Clinic Day 2026 (synthetic: the game\'s own fee schedule and payer policies)',
  note: 'Synthetic: invented numbers and policies for the game, not any real clinic or payer.',
} as const satisfies Source;

export const clinicDayDesignEstimate = {
  id: 'clinicDayDesignEstimate',
  title: 'Clinic Day design estimate of simulated task times',
  publisher: 'Clinic Day project',
  edition: 'Clinic Day 2026 (design estimate)',
  note: 'Our design estimate, informed by typical MA task times in MA textbooks and competency check-offs, on the brisk side so that one MA can work a whole visit, check-in to claim, in about half an hour of clinic time (e.g. a manual BP in 1.5 min with the rest counted separately; a venipuncture in about 5 min from greeting to bandage). Not measured data.',
} as const satisfies Source;

export const hhsMinimumNecessary = {
  id: 'hhsMinimumNecessary',
  title: 'HIPAA Privacy Rule: minimum necessary standard, 45 CFR 164.502(b) and 164.514(d)',
  publisher: 'U.S. Department of Health and Human Services',
  url: 'https://www.hhs.gov/hipaa/for-professionals/privacy/guidance/minimum-necessary-requirement/index.html',
  edition: '45 CFR 164.502(b) as amended 2013-01-25 (78 FR 5566); 164.514(d) as amended 2002-08-14',
  note: 'Checked (regulation text as reproduced by Bricker Graydon; the 2000 preamble as copied by hipaagroup.com): reasonable efforts to limit PHI to the minimum necessary for the purpose; the standard does not apply to disclosures to or requests by a health care provider for treatment, to the individual, under an authorization, to the Secretary, or as required by law; 164.514(d) asks for role-based access.',
} as const satisfies Source;

export const hhsFamilyInvolvement = {
  id: 'hhsFamilyInvolvement',
  title: 'HIPAA Privacy Rule: disclosures to family and others involved in care, 45 CFR 164.510(b)',
  publisher: 'U.S. Department of Health and Human Services (eCFR)',
  url: 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-E/section-164.510',
  edition: '45 CFR 164.510(b) as amended 2013-01-25 (78 FR 5566)',
  note: 'Checked (Bricker & Eckler copy of the regulation text; HHS family-disclosure guidance, see hhsFamilyFriendsGuide): disclosure to a relative is limited to what is directly relevant to their involvement in care, and when the patient is available they must first have the chance to agree or object; a minor\'s parent is the personal representative (hhsPersonalRepresentatives). Knowing the patient\'s details is not permission. The game\'s clinic therefore gives a caller results only with a release of information on file for them.',
} as const satisfies Source;

export const hhsFamilyFriendsGuide = {
  id: 'hhsFamilyFriendsGuide',
  title: "A Health Care Provider's Guide to the HIPAA Privacy Rule: Communicating with a Patient's Family, Friends, or Others Involved in the Patient's Care",
  publisher: 'U.S. Department of Health and Human Services, Office for Civil Rights',
  edition: '2008-09 (OCR guide); HHS page "Family Members and Friends", HIPAA for Individuals, as published 2025',
  url: 'https://www.hhs.gov/hipaa/for-individuals/family-members-friends/index.html',
  note: 'Checked: a provider need not share with family or friends unless they are the personal representative; it may share what is relevant to their involvement if the patient agrees or does not object, or (patient absent) in its professional judgment; HHS FAQ: the rule does not require verifying that a person is family, so knowing the patient\'s details proves nothing about permission. The game\'s clinic keeps the stricter common office policy: results by phone only to a person on file (authorisation, personal representative, documented agreement).',
} as const satisfies Source;

export const hhsPersonalRepresentatives = {
  id: 'hhsPersonalRepresentatives',
  title: 'HIPAA Privacy Rule: personal representatives, 45 CFR 164.502(g)',
  publisher: 'U.S. Department of Health and Human Services (eCFR)',
  edition: '45 CFR 164.502(g) as amended 2002-08-14 (67 FR 53182)',
  url: 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-E/section-164.502',
  note: 'Checked (regulation text as reproduced by Bricker Graydon and hipaatemplates.com): a parent or guardian with authority to make health-care decisions for an unemancipated minor is treated as the minor (the personal representative), with the listed exceptions.',
} as const satisfies Source;

export const pediatricPatientIdentification = {
  id: 'pediatricPatientIdentification',
  title: 'Patient Identification (pediatric clinical guideline)',
  publisher: 'Pediatric nursing clinical guidelines, chapter as reproduced on nursekey.com',
  edition: 'undated web copy, read 2026',
  url: 'https://nursekey.com/patient-identification',
  note: 'Secondary: sources of a child\'s identifiers include the parent or guardian; a child may not be the sole spoken source of their own identity; the parent states the name and birth date and the child is asked to agree. The game applies it to every patient under 18 who comes with a parent or guardian.',
} as const satisfies Source;

export const ahimaPatientIdentityIntegrity = {
  id: 'ahimaPatientIdentityIntegrity',
  title: 'Managing the Integrity of Patient Identity in Health Information Exchange (practice brief)',
  publisher: 'American Health Information Management Association (AHIMA)',
  edition: '2009 (since updated by AHIMA)',
  url: 'https://library.ahima.org/doc?oid=106168',
  note: 'Checked: transposed birth dates and misspelled names at registration break the link between a patient and their records; accurate identity data is captured and corrected at the front end (registration). With The Joint Commission NPSG.01.01.01 (two identifiers), the basis for correcting the chart to the photo ID once a mismatch is settled.',
} as const satisfies Source;

export const hhsWaitingRoomNames = {
  id: 'hhsWaitingRoomNames',
  title: "HHS OCR FAQ 199: May physician's offices use patient sign-in sheets or call out the names of their patients in their waiting rooms?",
  publisher: 'U.S. Department of Health and Human Services, Office for Civil Rights',
  url: 'https://www.hhs.gov/guidance/document/faq-199-may-physicians-offices-use-patient-sign-sheets-or-call-out-names-their-patients-0',
  edition: '2006-03-14',
  note: 'Checked (HHS guidance portal copy, created 2002-12-19, updated 2006-03-14): names may be called out in waiting rooms as a permitted incidental disclosure, so long as the information disclosed is appropriately limited, with reasonable safeguards and the minimum necessary standard (45 CFR 164.502(a)(1)(iii)); e.g. not the medical problem the patient is there for.',
} as const satisfies Source;

export const hhsNoticeAcknowledgment = {
  id: 'hhsNoticeAcknowledgment',
  title: 'HIPAA Privacy Rule: notice of privacy practices, 45 CFR 164.520(c)(2)',
  publisher: 'U.S. Department of Health and Human Services',
  edition: 'the regulation as codified in the eCFR (read through quotations)',
  url: 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-E/section-164.520',
  note: 'Checked (regulation text as quoted by hipaatemplates.com and an OCR guidance copy): a direct-treatment provider gives the notice no later than the first service delivery and makes a good-faith effort to obtain a written acknowledgment of receipt. Consent-to-treat and financial-policy signatures are clinic policy, not HIPAA.',
} as const satisfies Source;

export const clsiGp33 = {
  id: 'clsiGp33',
  title: 'CLSI GP33: Accuracy in Patient and Specimen Identification',
  publisher: 'Clinical and Laboratory Standards Institute',
  edition: '2nd ed., 2019 (a standard; the 1st ed., GP33-A, 2010, was a guideline)',
  url: 'https://clsi.org/about/press-releases/clsi-publishes-new-general-laboratory-document-gp33-accuracy-in-patient-and-specimen-identification',
  note: 'The standard itself is sold and was not read; its edition and scope from the CLSI press release of 2019-04-23. Active identification read in secondary summaries of the CLSI standards: the patient says (or spells) the full name and states the birth date, and "Are you …?" is not acceptable (LabCE, Routine Venipuncture, "Proper patient identification"; Center for Phlebotomy Education on the 2017 GP41 revision, which made "Can you state your birth date?" mandatory).',
} as const satisfies Source;

export const clinicDayFrontDeskPolicy = {
  id: 'clinicDayFrontDeskPolicy',
  title: 'Clinic Day synthetic front-desk policy (forms, copay receipts, no-shows, walk-ins)',
  publisher: 'Clinic Day project',
  edition: 'Clinic Day 2026 (synthetic: the game\'s own policy)',
  note: 'Synthetic clinic policy written for the game from common practice-management procedure (MA administrative texts); not any real clinic\'s policy.',
} as const satisfies Source;

export const pinkBookVaccineAdministration = {
  id: 'pinkBookVaccineAdministration',
  title: 'Epidemiology and Prevention of Vaccine-Preventable Diseases (the Pink Book), Chapter 6: Vaccine Administration',
  publisher: 'Centers for Disease Control and Prevention (Public Health Foundation)',
  edition: '14th edition, August 2021 (web chapters; CDC notes vaccine-specific recommendations may be outdated)',
  url: 'https://www.cdc.gov/pinkbook/hcp/table-of-contents/chapter-6-vaccine-administration.html',
  note: 'The chapter itself was not in the search corpus; its needle and site table was read through Immunize.org (immunizeOrgAdministeringVaccines) and a clinical-skills text that reproduces the 13th-edition table (Wolicki & Miller 2020). Chapter 5 (storage) confirms the 14th edition date.',
} as const satisfies Source;

export const cdcStorageHandlingToolkit = {
  id: 'cdcStorageHandlingToolkit',
  title: 'Vaccine Storage and Handling Toolkit',
  publisher: 'Centers for Disease Control and Prevention',
  edition: 'March 2024 edition (346940-A, with the mpox addendum of 2024-03-29); earlier editions September 2021, January 2019, May 2014 and November 2012 also seen',
  url: 'https://www.cdc.gov/vaccines/hcp/admin/storage/toolkit/storage-handling-toolkit.pdf',
  note: 'Read through copies: refrigerator 2–8 °C (36–46 °F) and freezer −50 to −15 °C (−58 to +5 °F) (CDC text as excerpted by AAHA from the June 2016 toolkit, and by SmartSense citing the 2024 edition); on an excursion label the stock "Do Not Use", keep it in the cold chain, do not discard it, document and contact the manufacturer or immunization program (SmartSense and Vaxopedia quoting the toolkit; Immunize.org Ask the Experts).',
} as const satisfies Source;

export const visInstructions = {
  id: 'visInstructions',
  title: 'Instructions for the Use of Vaccine Information Statements (required under the National Childhood Vaccine Injury Act, 42 U.S.C. 300aa-26)',
  publisher: 'Centers for Disease Control and Prevention',
  edition: 'instructions of 2014-10-22 (CDC Stacks) as reproduced on the CDC "Instructions for Using VISs" page',
  url: 'https://www.cdc.gov/vaccines/hcp/vis/about/required-use-instructions.html',
  note: 'Checked: before each dose of a covered vaccine (including influenza, DTaP, Tdap, MMR, hepatitis B, pneumococcal conjugate) the provider gives the current-edition VIS to the adult or the parent/legal representative; the provider notes in the permanent record the VIS edition date and the date it was given.',
} as const satisfies Source;

export const cdcCurrentVisDates = {
  id: 'cdcCurrentVisDates',
  title: 'Current and Past Editions of Vaccine Information Statements',
  publisher: 'Centers for Disease Control and Prevention',
  edition: 'page as stored with the cholera and COVID-19 editions of 2024-10-17 (read 2026)',
  url: 'https://www.cdc.gov/vaccines/hcp/about-vis/current-past-dates.html',
  note: 'Editions after the stored copy could not be seen; the Institute for Vaccine Safety table (vaccinesafety.edu, updated 2024-08-16) agrees on the current dates.',
} as const satisfies Source;

export const acipGeneralBestPractices = {
  id: 'acipGeneralBestPractices',
  title: 'General Best Practice Guidelines for Immunization: Best Practices Guidance of the Advisory Committee on Immunization Practices (ACIP)',
  publisher: 'Centers for Disease Control and Prevention (Kroger AT et al.)',
  edition: 'sections as published on the CDC site (vaccine administration; timing and spacing, Table 3-1; contraindications), read 2026',
  url: 'https://www.cdc.gov/vaccines/hcp/imz-best-practices/vaccine-administration.html',
  note: 'Read through mirrors of the CDC pages and the 2011 General Recommendations (MMWR 2011;60(RR-2)) as quoted by APhA.',
} as const satisfies Source;

export const immunizeOrgAdministeringVaccines = {
  id: 'immunizeOrgAdministeringVaccines',
  title: 'Administering Vaccines: Dose, Route, Site, and Needle Size (P3085); Administering Vaccines to Adults (P3084); Ask the Experts: anatomic site and needle length',
  publisher: 'Immunize.org (formerly the Immunization Action Coalition), from CDC and ACIP guidance',
  edition: 'P3085/P3084 as copied 2018–2021; Ask the Experts page read 2026',
  url: 'https://www.immunize.org/ask-experts/anatomic-site-needle-length-intramuscular-subcutaneous-injection/',
  note: 'Checked: IM 22–25 gauge at 90°, SC 23–25 gauge 5/8 inch at 45°; IM site and length by age (neonate thigh 5/8; infant thigh 1; 1–2 years thigh 1–1 1/4 or deltoid 5/8–1; 3–10 years deltoid 5/8–1 or thigh 1–1 1/4; 11–18 years deltoid 5/8–1 or thigh 1–1 1/2); adults by sex and weight in the deltoid (< 130 lb 5/8–1, 130–152 lb 1, women 153–200 lb and men 153–260 lb 1–1 1/2, women > 200 lb and men > 260 lb 1 1/2; 5/8 only with the skin stretched flat, tissue not bunched, at 90°); SC fatty tissue over the anterolateral thigh (under 12 months) or over the triceps or thigh (12 months and older).',
} as const satisfies Source;

export const cpt2025ImmunizationAdministration = {
  id: 'cpt2025ImmunizationAdministration',
  title: 'CPT immunization administration codes 90460, 90461, 90471, 90472 (as set out in a manufacturer\'s coding guide) and the AAP FAQ on the pediatric administration codes',
  publisher: 'Merck (M-M-R II reimbursement page quoting CPT) and American Academy of Pediatrics (FAQ; AAP Coding Hotline)',
  edition: 'CPT as quoted 2024–2025 (Merck page lists Z23 for dates of service from 2024-10-01); AAP FAQ of 2011 when 90460/90461 replaced 90465–90468',
  url: 'https://www.merckvaccines.com/mmr/reimbursement',
  note: 'Checked: 90460 through 18 years with face-to-face counselling by a physician or other qualified health care professional, first or only component of each vaccine; +90461 each additional component; 90471 one injection without that counselling, +90472 each additional injection; only one first administration code per visit; clinical staff may give the dose after the physician counselled (AAP). A component is all antigens that prevent disease caused by one organism (AAP FAQ; medcoder.ai: influenza 1, MMR 3). Codes only: short descriptions here are our own words.',
} as const satisfies Source;

export const nvicpRecordRequirements = {
  id: 'nvicpRecordRequirements',
  title: '42 U.S.C. 300aa-25(a): recording of information by each health care provider who administers a covered vaccine',
  publisher: 'United States Code (National Childhood Vaccine Injury Act of 1986), via the CDC WONDER copy of the U.S. Code',
  edition: 'text in effect as of 1999-01-05 (unchanged in later copies read)',
  url: 'https://wonder.cdc.gov/wonder/help/vaers/42USC300aa-25.htm',
  note: 'Checked: record in the permanent medical record or office log the date of administration, the vaccine manufacturer and lot number, and the name and address and, if appropriate, the title of the health care provider administering the vaccine.',
} as const satisfies Source;

export const cdcAcuteVaccineReactions = {
  id: 'cdcAcuteVaccineReactions',
  title: 'After Vaccination: Managing Acute Vaccine Reactions (syncope; allergic reactions)',
  publisher: 'Centers for Disease Control and Prevention (page as mirrored), with the 2006 ACIP syncope recommendation (Am J Prev Med 2011;41(3):317–21)',
  url: 'https://www.cdc.gov/vaccines/hcp/administration/after.html',
  edition: 'page read 2026 through a mirror',
  note: 'Checked: 80% of reported syncope occurs within 15 minutes of vaccination; have the patient seated or lying down, watch for weakness, dizziness and pallor, and observe recipients for 15 minutes after vaccination for most vaccines; anaphylaxis is rare (about one per million doses) and epinephrine and airway equipment must be at hand.',
} as const satisfies Source;

export const oshaGlovesForInjections1992 = {
  id: 'oshaGlovesForInjections1992',
  title: 'OSHA standard interpretations on gloves for routine and intramuscular injections (29 CFR 1910.1030)',
  publisher: 'Occupational Safety and Health Administration',
  edition: 'letters of 1992-09-01 and 1992-11-18',
  url: 'https://www.osha.gov/laws-regs/standardinterpretations/1992-11-18',
  note: 'Checked: gloves are not necessary for routine injections when hand contact with blood or other potentially infectious material is not anticipated; they are required when the employee will hold pressure on the site or apply the bandage, or the patient\'s skin is not intact.',
} as const satisfies Source;

export const immunizeOrgAskTheExperts = {
  id: 'immunizeOrgAskTheExperts',
  title: 'Ask the Experts: storage and handling (multidose vials, temperature excursions) and administering vaccines (gloves, VISs)',
  publisher: 'Immunize.org',
  edition: 'answers last reviewed 2022-12-28 to 2026-04-10',
  url: 'https://www.immunize.org/ask-experts/topic/storage-handling/',
  note: 'Checked: a multidose vial is used to its printed expiry unless the manufacturer sets a beyond-use date once punctured (e.g. some influenza vials: 28 days); any temperature out of range is an excursion, stop vaccinating from that stock and contact the immunization program or manufacturer; gloves are not required unless contact with body fluids is likely or the vaccinator has open lesions; a VIS is required before each dose.',
} as const satisfies Source;

export const cdcExpiryDateRule = {
  id: 'cdcExpiryDateRule',
  title: 'Multi-dose Vial Expiration Date vs BUD (quoting CDC storage guidance)',
  publisher: 'American Travel Health Nurses Association blog',
  edition: '2017-10-19',
  url: 'https://athnablog.wordpress.com/2017/10/19/blog-23-multi-dose-vial-expiration-date-vs-bud-beyond-use-date/',
  note: 'Secondary: quotes CDC that a vaccine with a day-month-year expiry may be used through the end of that day, and one with only month and year through the last day of that month; never use expired vaccine.',
} as const satisfies Source;

export const cdcLatexInVaccinePackaging = {
  id: 'cdcLatexInVaccinePackaging',
  title: 'Latex in Vaccine Packaging (Pink Book Appendix B), with the FDA Dear Healthcare Provider letter on Engerix-B tip caps',
  publisher: 'Centers for Disease Control and Prevention; U.S. Food and Drug Administration',
  edition: 'table of package inserts as of 2021 (earlier tables 2015, 2020); FDA letter 2010-07-29',
  url: 'https://www.cdc.gov/pinkbook/hcp/table-of-contents/appendix-b.html',
  note: 'Checked: after a severe (anaphylactic) latex allergy, avoid vaccines whose vial or syringe contains natural rubber latex (ACIP); the 2021 table lists latex in the Engerix-B syringe (not the vial), the Recombivax HB syringe and vial and the Infanrix syringe (not the vial); Daptacel, Quadracel, Pentacel and the 2020–21 Fluarix have none.',
} as const satisfies Source;

export const cdcMantouxTechnique = {
  id: 'cdcMantouxTechnique',
  title: 'Mantoux tuberculin skin test placement (Public Health Image Library 24234)',
  publisher: 'Centers for Disease Control and Prevention',
  url: 'https://phil.cdc.gov/Details.aspx?pid=24234',
  note: 'Checked: 0.1 mL of 5 TU tuberculin intradermally, bevel up at a 5–15° angle, raising a 6–10 mm wheal. Needle 26–27 gauge 1/4–1/2 inch only from secondary summaries of CDC guidance.',
} as const satisfies Source;

export const noridianVaccineBilling = {
  id: 'noridianVaccineBilling',
  title: 'Pneumococcal Vaccine and Administration; Influenza and Hepatitis B administration (G0008, G0009, G0010)',
  publisher: 'Noridian Healthcare Solutions (Medicare Administrative Contractor, JE Part B)',
  edition: 'last updated 2024-03-20',
  url: 'https://med.noridianmedicare.com/web/jeb/topics/preventive-services/pneumococcal-vaccine-and-administration',
  note: 'Checked: Medicare bills the pneumococcal vaccine product with administration G0009 and diagnosis Z23, cost sharing waived; G0008 influenza and G0010 hepatitis B administration are the matching Medicare codes (code-lookup copies of the HCPCS text agree).',
} as const satisfies Source;

export const chopVaccineRecording = {
  id: 'chopVaccineRecording',
  title: 'Technically Speaking: Recording Vaccinations — What Is Required by Federal Law',
  publisher: "Children's Hospital of Philadelphia, Vaccine Education Center",
  url: 'https://www.chop.edu/news/technically-speaking-recording-vaccinations-what-required-federal-law',
  edition: 'web article read 2026',
  note: 'Checked: required by federal law: manufacturer, lot number, date given, name, office address and title of the person giving it, the VIS edition date and the date the VIS was given; recommended though not required: the anatomic site and the route.',
} as const satisfies Source;

export const aapRedBookContraindications = {
  id: 'aapRedBookContraindications',
  title: 'Red Book, Appendix IV: Guide to Contraindications and Precautions to Immunizations',
  publisher: 'American Academy of Pediatrics (Committee on Infectious Diseases, with ACIP)',
  edition: 'Red Book 2021 (2018 edition agrees)',
  url: 'https://reader.aappublications.org/red-book-2021/1085',
  note: 'Checked: the only contraindication applicable to all vaccines is a history of anaphylaxis to a previous dose or to a vaccine component; a severe allergic reaction to a vaccine constituent contraindicates vaccines containing it; latex allergy is a precaution; screen for contraindications and precautions before each vaccine and document it.',
} as const satisfies Source;

export const pinkBookUsVaccines = {
  id: 'pinkBookUsVaccines',
  title: 'Pink Book Appendix B: U.S. Vaccines (trade names, manufacturers, routes, approved ages)',
  publisher: 'Centers for Disease Control and Prevention',
  edition: '14th edition appendix (2021), as copied',
  url: 'https://www.cdc.gov/pinkbook/hcp/table-of-contents/appendix-b.html',
  note: 'Checked: Engerix-B and Infanrix are GlaxoSmithKline products, Recombivax HB is Merck\'s; other makers read from the manufacturers\' own coding pages (Merck M-M-R II; Sanofi Fluzone) and the Oregon vaccine code list (Adacel, Daptacel).',
} as const satisfies Source;

export const mmrIIPrescribingInformation = {
  id: 'mmrIIPrescribingInformation',
  title: 'M-M-R II (Measles, Mumps, and Rubella Virus Vaccine Live) prescribing information',
  publisher: 'Merck Sharp & Dohme (FDA label, as reproduced by DailyMed mirrors and RxList)',
  edition: 'label as read 2026 (highlights: initial U.S. approval 1978)',
  url: 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=M-M-R+II',
  note: 'Checked: 0.5 mL subcutaneously, first dose at 12–15 months, second at 4–6 years (at least one month apart); each dose contains hydrolyzed gelatin, and the growth media contain neomycin; contraindicated after hypersensitivity to any component.',
} as const satisfies Source;

export const adacelPrescribingInformation = {
  id: 'adacelPrescribingInformation',
  title: 'Adacel (Tetanus Toxoid, Reduced Diphtheria Toxoid and Acellular Pertussis Vaccine Adsorbed) prescribing information',
  publisher: 'Sanofi Pasteur Inc. (FDA structured product label)',
  edition: 'label effective 2024-07-02, version 25',
  url: 'https://nctr-crs.fda.gov/fdalabel/services/spl/set-ids/a41b7601-34f2-4a88-a406-f53011fb7de1/spl-doc',
  note: 'Checked: Adacel is Sanofi Pasteur\'s Tdap, suspension for intramuscular injection. Lexicomp (UpToDate): Tdap (Adacel, Boostrix) from 7 years, DTaP (Daptacel, Infanrix) 6 weeks to under 7 years; ACIP counts a dose given up to 4 days before the minimum interval or age as valid.',
} as const satisfies Source;

export const aamaVerbalOrders = {
  id: 'aamaVerbalOrders',
  title: 'Scope of practice questions: may medical assistants accept verbal orders from the delegating physician? (CMA Today, Public Affairs)',
  publisher: 'American Association of Medical Assistants (legal counsel), with the AAMA "Legal Eye" blog',
  edition: 'CMA Today article and blog posts as read 2026 (blog post of 2019-07-31 on relaying orders)',
  url: 'http://aama-ntl.org/cma-today/archives/article?id=bc7ecf4a-4840-6a90-a81c-ff00003b2c18',
  note: 'Checked: AAMA counsel: medical assistants may receive and execute orders from the overseeing physician when they need no independent judgment; state law governs and varies. LegalClarity ("Can Medical Assistants Take Verbal Orders?"): some states prohibit it and reserve verbal orders to licensed staff; facility policy may too. Immunize.org (Vaccinating Adults, step 5): most states allow MAs to give injections after training and under supervision.',
} as const satisfies Source;

// ECG workflow (issue 18, the workflow's own sources: scope and urgency)
export const chestPainGuideline2021 = {
  id: 'chestPainGuideline2021',
  title: '2021 AHA/ACC/ASE/CHEST/SAEM/SCCT/SCMR Guideline for the Evaluation and Diagnosis of Chest Pain (Gulati et al.)',
  publisher: 'American Heart Association / American College of Cardiology Joint Committee on Clinical Practice Guidelines (Circulation 2021;144:e368–e454)',
  edition: '2021 (published online 2021-10-28), doi 10.1161/CIR.0000000000001029',
  url: 'https://www.ahajournals.org/doi/10.1161/CIR.0000000000001029',
  note: 'Checked: the guideline and its table of contents (section 2.3, diagnostic testing) on the AHA page; the recommendation that a patient with acute chest pain have an ECG acquired and reviewed for STEMI within 10 minutes of arrival, whatever the setting, and that an office without an ECG send the patient to the ED by EMS, read in several summaries of the guideline (emergencyguidelines.ca feature of Feb/Mar 2022, Dr. Oracle and Jordan Cardiac summaries), which agree: secondary for the wording.',
} as const satisfies Source;

export const aamaScopeInterpretation = {
  id: 'aamaScopeInterpretation',
  title: 'Medical assistants: scope of practice (what may not be delegated; patient education without interpretive judgment)',
  publisher: 'American Association of Medical Assistants (legal counsel, D. A. Balasa), CMA Today',
  edition: 'CMA Today articles as read 2026 (the "new wave" scope questions; the scope presentation to the National Council of State Boards of Nursing, 2012)',
  url: 'http://aama-ntl.org/cma-today/archives/article?id=281dd24a-4840-6a90-a81c-ff00003b2c18',
  note: 'Checked: medical assistants cannot be delegated duties that constitute the practice of medicine or need a licensed physician\'s skill and knowledge; patient education may be delegated only where it needs no interpretive judgment and no answer that requires a diagnosis, assessment or evaluation (CMA Today, scope questions, article bc7ecf4a). Interpreting a diagnostic test such as an ECG is the provider\'s; test results go to the provider (career pages agree; secondary).',
} as const satisfies Source;

export const nursingLabelChecks = {
  id: 'nursingLabelChecks',
  title: 'Medication administration rights and the three label checks',
  publisher: 'Nursing education references (Apex Nursing chart; NCLIP procedure "Medication Rights and Three Checkpoint Verification")',
  edition: 'web pages read 2026',
  url: 'https://www.apex-nursing.com/charts/medication-administration-rights',
  note: 'Secondary: the label is compared with the order three times, at retrieval from storage, during preparation and immediately before giving (another teaching version: before preparing, after preparing and before putting the container back). The Pink Book asks for "professional standards for medication administration" without listing the checks.',
} as const satisfies Source;

export const cdcIisPolicy = {
  id: 'cdcIisPolicy',
  title: 'IIS Policy and Legislation (immunization information systems: authorization, consent, provider reporting, data sharing)',
  publisher: 'Centers for Disease Control and Prevention',
  edition: 'page read 2026',
  url: 'https://www.cdc.gov/iis/policy-legislation/index.html',
  note: 'Checked: 64 jurisdictions run an IIS; each jurisdiction\'s policy decides whether providers must report the doses they give (all doses, some ages, or voluntary), with implicit, explicit or mandatory consent. LegalClarity on IIS: each dose record carries type, date, lot number and manufacturer.',
} as const satisfies Source;

// Vitals depth (issue 18)
export const pedbpFlynn2017Transcription = {
  id: 'pedbpFlynn2017Transcription',
  title: 'pedbp: Pediatric Blood Pressure Distributions, data-raw/flynn2017.R (transcription of Tables 4 and 5 of Flynn et al. 2017)',
  publisher: 'DeWitt P. et al., R package pedbp (GitHub dewittpe/pedbp)',
  edition: 'commit 561c9bce5b9388468138bd05b58e3cb26d41154b',
  url: 'https://github.com/dewittpe/pedbp/blob/561c9bce5b9388468138bd05b58e3cb26d41154b/data-raw/flynn2017.R',
  note: 'Secondary: a transcription of the published tables, not the journal page. Our table is copied from it row for row.',
} as const satisfies Source;

export const pediatricBpTableCopies = {
  id: 'pediatricBpTableCopies',
  title: 'Second copies of the AAP 2017 BP tables used to check the transcription',
  publisher: 'pediools aap-blood-pressure-data.json (GitHub AlejandroCozumel/pediools); UpToDate graphic 63856 "Blood pressure levels for males by age and height percentile" (as mirrored by medilib.ir); BLK paediatric practice page reproducing the AAP simplified screening table',
  edition: 'pediools commit 583f7f393592ee579591f550bd2e8b46078dc3c1; pages read 2026',
  url: 'https://github.com/AlejandroCozumel/pediools/blob/583f7f393592ee579591f550bd2e8b46078dc3c1/app/data/aap-blood-pressure-data.json',
  note: 'Checked: all 1,666 height and 50th/90th/95th cells of both sexes, ages 1–17, agree with the pedbp transcription; UpToDate\'s copy agrees for boys aged 1–4 (every cell) and for the 5-year heights; the simplified screening table (90th percentile at the 5th height percentile, ages 1–12) agrees with our 5th-percentile column.',
} as const satisfies Source;

export const aap2017PediatricBpErrata = {
  id: 'aap2017PediatricBpErrata',
  title: 'Errata to the Clinical Practice Guideline for Screening and Management of High Blood Pressure in Children and Adolescents',
  publisher: 'American Academy of Pediatrics (Pediatrics 2017;140(6):e20173035 and Pediatrics 2018;142(3):e20181739), as listed on PubMed 28827377',
  edition: '2017-12 and 2018-09',
  url: 'https://pubmed.ncbi.nlm.nih.gov/28827377/',
  note: 'Not read: PubMed lists two errata; their text was not found. The UpToDate copy (topic updated 2023) agrees with our rows where we could compare it.',
} as const satisfies Source;

export const aap2017BpUnder3Conditions = {
  id: 'aap2017BpUnder3Conditions',
  title: 'Conditions Under Which Children Younger Than 3 Years Should Have BP Measured (Flynn 2017, table adapted from Table 3 of the Fourth Report)',
  publisher: 'American Academy of Pediatrics (Pediatrics 2017;140(3):e20171904)',
  edition: '2017',
  url: 'https://publications.aap.org/view-large/7674646',
  note: 'Checked: the table itself on publications.aap.org. Annual measurement from 3 years (and at every encounter from 3 with obesity, BP-raising drugs, renal disease, aortic arch obstruction or diabetes) read from a paediatric practice summary of the guideline (BLK) and a secondary summary; the AAP abstract says screening is limited to preventive care visits.',
} as const satisfies Source;

export const cdcFeverDefinition = {
  id: 'cdcFeverDefinition',
  title: 'Definitions of Signs, Symptoms, and Conditions of Ill Travelers: fever',
  publisher: 'U.S. Centers for Disease Control and Prevention (definitions of the 42 CFR parts 70 and 71 final rule, 82 FR 6890, 2017-01-19)',
  edition: 'web page as stored (cdc.gov/port-health; earlier at cdc.gov/quarantine/air)',
  url: 'https://www.cdc.gov/port-health/php/definitions-symptoms-reportable-illness/index.html',
  note: 'Checked: CDC considers a person to have a fever when they have a measured temperature of 100.4 °F (38 °C) or greater (or feel warm to the touch, or give a history of feeling feverish). No route is named. The game applies it to adults, whose thermometer routes Schmitt\'s paediatric advice does not cover.',
} as const satisfies Source;

export const schmittFeverTakeTemperature = {
  id: 'schmittFeverTakeTemperature',
  title: 'Fever – How to Take the Temperature (Pediatric Care Advice)',
  publisher: "Barton D. Schmitt, MD, FAAP, as published by Children's Hospital Colorado (the same text is licensed to AAP-member practices)",
  edition: 'web page read 2026',
  url: 'https://www.childrenscolorado.org/conditions-and-advice/conditions-and-symptoms/special-topics/fever---how-to-take-the-temperature/',
  note: 'Checked: fever is rectal, forehead or ear ≥ 38.0 °C (100.4 °F), oral ≥ 37.8 °C (100 °F), armpit ≥ 37.2 °C (99 °F); ear temperatures are not accurate before 6 months; rectal is the most accurate, forehead next; armpit is the least accurate and good for screening at any age; rectal from birth to 4 years; oral over 4 (or 5) years. An older edition of the same advice (Advocare practice pages) says oral from 4 years.',
} as const satisfies Source;

export const mayoClinicThermometerAges = {
  id: 'mayoClinicThermometerAges',
  title: "Thermometer basics: Taking your child's temperature (age guidelines)",
  publisher: 'Mayo Clinic',
  edition: 'web page read 2026',
  url: 'https://www.mayoclinic.org/healthy-living/infant-and-toddler-health/in-depth/thermometer/art-20047410',
  note: 'Secondary: birth to 3 months rectal; 3 months to 4 years rectal, armpit or temporal artery, the ear thermometer only from 6 months; from 4 years oral.',
} as const satisfies Source;

export const niceNg143Fever = {
  id: 'niceNg143Fever',
  title: 'Fever in under 5s: assessment and initial management (NG143), recommendations 1.1.1–1.1.5',
  publisher: 'National Institute for Health and Care Excellence',
  edition: 'published 2019-11-07 (the thermometer recommendations date from 2007)',
  url: 'https://www.nice.org.uk/guidance/ng143/chapter/recommendations',
  note: 'Checked: do not routinely use the oral and rectal routes from 0 to 5 years; under 4 weeks an electronic thermometer in the axilla; 4 weeks to 5 years electronic or chemical dot in the axilla, or infra-red tympanic; forehead chemical thermometers are unreliable.',
} as const satisfies Source;

export const freeman2011OrthostaticConsensus = {
  id: 'freeman2011OrthostaticConsensus',
  title: 'Consensus statement on the definition of orthostatic hypotension, neurally mediated syncope and the postural tachycardia syndrome',
  publisher: 'Freeman R, Wieling W, et al. (Clinical Autonomic Research 2011;21(2):69–72)',
  edition: '2011',
  note: 'Checked through its quotations: a sustained fall of systolic BP of at least 20 mmHg or diastolic BP of at least 10 mmHg within 3 minutes of standing or head-up tilt to at least 60°; with supine hypertension a systolic fall of 30 mmHg may be more appropriate (Shibao 2013, ASH; a 2021 geriatrics chapter summarising the statement). The paper itself was not read.',
} as const satisfies Source;

export const shibao2013OrthostaticAsh = {
  id: 'shibao2013OrthostaticAsh',
  title: 'Evaluation and treatment of orthostatic hypotension',
  publisher: 'Shibao C, Lipsitz LA, Biaggioni I, American Society of Hypertension Writing Group (J Am Soc Hypertens 2013;7(4):317–324)',
  edition: '2013',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3769179',
  note: 'Checked: the bedside diagnosis measures BP and heart rate supine and after 1 and 3 minutes of standing.',
} as const satisfies Source;

export const statPearlsOrthostatic = {
  id: 'statPearlsOrthostatic',
  title: 'Orthostatic Hypotension',
  publisher: 'StatPearls (NCBI Bookshelf)',
  edition: 'web page read 2026',
  url: 'https://statpearls.com/point-of-care/26349',
  note: 'Checked: the fall is measured within three minutes of standing after being supine for five minutes. The AHRQ fall-prevention tool 3F (as quoted on an index page) asks for at least 3 and preferably 5 minutes lying flat, after assessing the patient\'s ability to stand.',
} as const satisfies Source;

export const steadiOrthostaticMeasure = {
  id: 'steadiOrthostaticMeasure',
  title: 'Measuring Orthostatic Blood Pressure (STEADI, as adapted by HRET HIIN)',
  publisher: 'Centers for Disease Control and Prevention STEADI tool kit; Health Research & Educational Trust adaptation',
  edition: 'adaptation as read 2026',
  url: 'https://www.cdc.gov/steadi/materials.html',
  note: 'Secondary (the adaptation, not the CDC sheet): stand by the patient for safety while standing; a fall of ≥ 20 mmHg systolic or ≥ 10 mmHg diastolic, or lightheadedness or dizziness, is abnormal.',
} as const satisfies Source;

export const seattleChildrensPainScales = {
  id: 'seattleChildrensPainScales',
  title: "Assessing Children's Pain (patient and family education PE952)",
  publisher: "Seattle Children's Hospital",
  edition: 'handout as copied (read 2026)',
  url: 'https://paperzz.com/doc/7610899/pe952-assessing-children-s-pain',
  note: 'Checked: FLACC (Face, Legs, Activity, Cry, Consolability; 0–10) for non-verbal or pre-verbal children, used there from 1 to 3 years; the Faces Pain Scale – Revised over 3 years; the 0–10 numeric scale over 7 years; age is only a guide, development decides. Nursing references (Apex Nursing) give FLACC 2 months to about 7 years (Merkel 1997).',
} as const satisfies Source;

export const wongBakerFacesAge = {
  id: 'wongBakerFacesAge',
  title: 'Wong-Baker FACES Pain Rating Scale',
  publisher: "Hockenberry MJ, Wilson D, Winkelstein ML: Wong's Essentials of Pediatric Nursing (Mosby), as reproduced by a hospital health library",
  edition: '7th ed., 2005, p. 1259',
  url: 'http://www.sw.org/HealthLibrary?page=Wong-Baker%20FACES%20Pain%20Scale',
  note: 'Checked: the rating scale is recommended for persons aged 3 years and older.',
} as const satisfies Source;

export const nhsPulseOximeterHome = {
  id: 'nhsPulseOximeterHome',
  title: 'How to use a pulse oximeter at home (COVID Oximetry @home patient guide)',
  publisher: 'NHS England, as republished by NHS Barnsley Clinical Commissioning Group and GP practices',
  edition: 'guide of 2020–2022 (Barnsley CCG page no longer updated after 2022-07-01)',
  url: 'https://www.barnsleyccg.nhs.uk/patient-help/using-a-pulse-oximeter.htm',
  note: 'Checked: an ideal oxygen level is 95–99 %; 93–94 % (confirmed on recheck) call the GP or 111; 92 % or less go to A&E or call 999. Adult home monitoring in COVID-19, not an office rule.',
} as const satisfies Source;

// ECG (issue 18)
export const kligfield2007EcgStandardization = {
  id: 'kligfield2007EcgStandardization',
  title:
    'Recommendations for the Standardization and Interpretation of the Electrocardiogram, Part I: The Electrocardiogram and Its Technology (AHA/ACCF/HRS scientific statement)',
  publisher: 'American Heart Association, American College of Cardiology Foundation, Heart Rhythm Society (Kligfield P et al., Circulation 2007;115:1306–1324; J Am Coll Cardiol 2007;49:1109–1127)',
  edition: '2007 (published online 2007-02-23)',
  url: 'https://doi.org/10.1161/CIRCULATIONAHA.106.180200',
  note: 'Title, authors and abstract read on copies of the statement; the electrode positions and its limb-electrode advice read through summaries that cite it (Dr. Oracle articles of 2026, Philips IntelliVue manual text, Lund University abstract of Pahlm et al.).',
} as const satisfies Source;

export const houghtonGrayPerformingEcg = {
  id: 'houghtonGrayPerformingEcg',
  title: 'Performing an ECG recording (chapter of Making Sense of the ECG, based on the Society for Cardiological Science and Technology guidelines)',
  publisher: 'Houghton AR, Gray D; CRC Press / Taylor & Francis',
  edition: 'chapter as published online (doi 10.1201/b13223-3)',
  url: 'https://www.taylorfrancis.com/chapters/mono/10.1201/b13223-3/performing-ecg-recording-andrew-houghton-david-gray',
  note: 'Chapter abstract read: record with the patient recumbent, in a warm room, comfortable and able to relax; limb electrodes placed more proximally alter the ECG and the reader must be told.',
} as const satisfies Source;

export const walsh2018V1V2Misplacement = {
  id: 'walsh2018V1V2Misplacement',
  title: 'Misplacing V1 and V2 can have clinical consequences',
  publisher: 'American Journal of Emergency Medicine (Walsh B, 2018;36(5):865–870, PMID 29472037), with the LITFL ECG library page "Misplacement of V1 and V2"',
  edition: '2018',
  url: 'https://litfl.com/misplacement-of-v1-and-v2/',
  note: 'Abstract read: V1 and V2 are often placed too high; the tracing may then show an incomplete right bundle branch block pattern, anterior T-wave inversion, septal Q waves or ST elevation, falsely suggesting ischaemia, infarction or a Brugada pattern; a negative P wave in V1 or a biphasic or negative P in V2 gives it away. LITFL: V1 and V2 belong in the 4th intercostal space either side of the sternum.',
} as const satisfies Source;

export const garciaNiebla2009TechnicalMistakes = {
  id: 'garciaNiebla2009TechnicalMistakes',
  title: 'Technical Mistakes during the Acquisition of the Electrocardiogram',
  publisher: 'Annals of Noninvasive Electrocardiology (García-Niebla J et al., 2009;14(4):389–403, doi:10.1111/j.1542-474X.2009.00328.x), with the editorial of García-Niebla J, Int J Med Students 2014;2(3):87–89',
  edition: '2009; editorial 2014',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6932211',
  note: 'Abstract and introduction read: lead interchange in about 2% of ECGs (Heden), precordial electrodes most often displaced upward, limb electrodes put on the chest, artefacts mistaken for arrhythmia. Editorial read: tell the patient the test is painless and harmless, to lie still, breathe normally and not talk; settle nervousness and sweating first; prepare the skin (shaving where needed) to lower impedance and keep electrodes on, which keeps artefacts away.',
} as const satisfies Source;

export const batchvarov2007CableConnection = {
  id: 'batchvarov2007CableConnection',
  title: 'Incorrect electrode cable connection during electrocardiographic recording',
  publisher: 'Europace (Batchvarov VN, Malik M, Camm AJ, 2007;9(11):1081–1090, doi:10.1093/europace/eum198)',
  edition: '2007',
  note: 'Abstract read: swapping only limb cables (not the neutral) re-arranges, inverts or leaves unchanged the limb leads while the chest leads keep their shape; swapping a limb cable with the neutral distorts Wilson’s terminal and every chest and augmented lead, and leaves an almost flat line in lead I, II or III. ECGpedia (Lead reversals) agrees: right arm and right leg swapped, hardly any signal in lead II. The game computes the lead views algebraically from where the electrodes sit, as Jekova et al. (Sensors 2019;19(13):2920, abstract read) simulate electrode reversals and compare them with the known limb-lead patterns.',
} as const satisfies Source;

export const limbLeadReversalPatterns = {
  id: 'limbLeadReversalPatterns',
  title: 'Limb lead reversal patterns (LITFL ECG library "Lead reversal: left arm/right arm"; AccessEmergency Medicine atlas, limb lead reversal; Relias Emergency Medicine Reports figure "Reversal of LA and LL electrodes")',
  publisher: 'Life in the Fast Lane; McGraw-Hill AccessEmergency Medicine; Relias Media',
  edition: 'web pages read 2026',
  url: 'https://litfl.com/lead-reversal-left-arm-right-arm-ecg-library/',
  note: 'Checked: RA/LA swapped: lead I inverted, II and III trade places, aVR and aVL trade places, aVF unchanged, chest leads unchanged (LITFL; AccessEM). LA/LL swapped: I and II trade places, aVL and aVF trade places, III inverted, aVR unchanged (AccessEM; Relias figure). Leg electrodes swapped: usually no change, the right leg being the ground (AccessEM).',
} as const satisfies Source;

export const precordialMisplacementSummaries = {
  id: 'precordialMisplacementSummaries',
  title: 'Precordial electrode misplacement: V4 too lateral, V5 and V6 below the level of V4, chest leads interchanged (summaries of the AHA/ACCF/HRS 2007 statement and teaching pages)',
  publisher: 'Dr. Oracle (articles citing Kligfield 2007, 2026); NurseNest ECG lead placement page; Queen’s University ECG module "V1/V3 interchanged"; AccessEmergency Medicine atlas',
  edition: 'web pages read 2026',
  note: 'Secondary: V4 placed too far laterally shifts the lateral leads and can give false poor R-wave progression (NurseNest); V5 and V6 in the 6th space or lower instead of level with V4 change the voltages, affect hypertrophy criteria and serial comparison (Dr. Oracle citing Kligfield); interchanged chest leads break the R-wave progression from V1 to V6 (Queen’s; AccessEM).',
} as const satisfies Source;

export const ekgArtefactStudyGuides = {
  id: 'ekgArtefactStudyGuides',
  title: 'EKG artifacts: wandering baseline, somatic tremor, 60-cycle interference (NHA Certified EKG Technician study guide, "Scenario practice for EKG acquisition"); Booth & O’Brien, Electrocardiography for Healthcare Professionals, ch. 4 Performing an ECG (lecture slides)',
  publisher: 'Open Exam Prep (NHA CET study guide); McGraw-Hill (Booth KA, O’Brien T)',
  edition: 'study guide read 2026; Booth & O’Brien slides as transcribed (edition not shown)',
  url: 'https://open-exam-prep.com/study-guides/nha-ekg/ekg-acquisition/ekg-acquisition-scenario-practice',
  note: 'Secondary teaching sources. Checked: wandering baseline = a slow up-and-down drift of the whole tracing, from poor skin preparation, lotion or oil, dried electrodes or loose leads, fixed by re-preparing the skin and fresh electrodes; somatic tremor = fine irregular fuzz from a cold, shivering, anxious or tense patient, fixed by warming and relaxing the patient; AC (60-cycle) interference = a thick, perfectly regular band from nearby or ungrounded electrical equipment, fixed by moving away from or switching off the equipment (Booth & O’Brien: choose a room away from electrical equipment, turn off non-essential devices, keep the machine away from power cords).',
} as const satisfies Source;

export const romano2015StandardEcgSettings = {
  id: 'romano2015StandardEcgSettings',
  title: 'The Normal Electrocardiogram (chapter 3 of Text Atlas of Practical Electrocardiography)',
  publisher: 'Springer Milan (Romanò M, doi:10.1007/978-88-470-5741-8_3)',
  edition: '2015',
  url: 'https://link.springer.com/chapter/10.1007/978-88-470-5741-8_3',
  note: 'Chapter opening read: the electrocardiograph is calibrated to 1 cm (10 mm) per millivolt, the standard paper speed is 25 mm/s (each 1 mm square 40 ms), and the calibration mark is recorded on the tracing. Teaching pages agree that half standard (5 mm/mV) and 50 mm/s are deliberate departures that must be marked; MedSchool (Recording the ECG, 2021): record at 25 mm/s and 10 mm/mV.',
} as const satisfies Source;

export const maEcgProcedureGuides = {
  id: 'maEcgProcedureGuides',
  title: 'Performing a 12-lead EKG: medical assistant and EKG technician procedure guides',
  publisher: 'US Exam Prep medical assistant study notes; CCMA practice items; PEG Learning "Steps for preparing the patient"; Booth & O’Brien ch. 4 slides; St George’s, University of London, FutureLearn course "ECG Assessment" (video step 9333)',
  edition: 'web pages read 2026',
  url: 'https://usexamprep.com/study-notes/medical-assistant/phlebotomy-diagnostic-procedures/ekg-procedures',
  note: 'Secondary: identify the patient with two identifiers; explain that the test is painless and takes a few minutes lying still and breathing normally; give privacy and a gown, the chest and ankles exposed; the patient supine for a routine ECG; clean the skin of oil and dirt and let it dry, shave or clip hair at the sites. St George’s video: curtains drawn and doors closed, chest and ankles exposed, a chaperone offered. NSRR HeartBEAT study ECG manual (github.com/nsrr/heartbeat-documentation, §5.3.1 and §5.4): clothing off above the waist, supine or semi-recumbent for comfort, a woman keeps a sheet draped over her chest; limb electrodes on the inner forearm and inner lower leg after rubbing the skin with alcohol gauze.',
} as const satisfies Source;

export const aapcEcgComponents = {
  id: 'aapcEcgComponents',
  title: 'You Be the Coder: To Interpret and to Read Is What Matters (ECG codes 93000, 93005, 93010)',
  publisher: 'AAPC Primary Care Coding Alert',
  edition: 'newsletter article, undated (the date read was not recorded)',
  url: 'https://aapc.com/codes/coding-newsletters/my-primary-care-coding-alert/you-be-the-coder-to-interpret-and-to-read-is-what-matters-article',
  note: 'Checked: the practice that owns the equipment, makes the tracing and whose physician interprets and writes the report bills the global 93000; if it makes the tracing and another physician reads it and writes the report, the practice bills 93005 (tracing only) and the reader bills 93010 (interpretation and report only); merely reviewing a tracing without a written report is not the professional component. Coding Ahead (93010 page) agrees and adds that modifiers 26 and TC are not added to these codes, the split being built into them.',
} as const satisfies Source;

// Tuberculin skin test (issue 17)
export const tubersolPrescribingInformation = {
  id: 'tubersolPrescribingInformation',
  title: 'TUBERSOL (Tuberculin Purified Protein Derivative, Mantoux) prescribing information',
  publisher: 'Sanofi Pasteur (FDA label, DailyMed set a4a732e9-b8ee-4e6d-8b9a-6a9d2c36bfcd)',
  edition: 'DailyMed label updated 2024-01-25 (openFDA copy: product information as of April 2026)',
  url: 'https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=a4a732e9-b8ee-4e6d-8b9a-6a9d2c36bfcd',
  note: 'Checked (label text as reproduced by RxReasoner, GlobalRPh and openFDA): 5 TU per 0.1 mL test dose, for intradermal injection only (a subcutaneous injection cannot be interpreted); preferred site the volar forearm; a 1 mL syringe in tenths with a short 1/4 to 1/2 inch 26 or 27 gauge needle; bevel upward into the most superficial layers; a pale bleb about 10 mm rises; do not dress the site; no bleb: repeat the test; syncope can occur with injectable medicines; multi-dose vials of 1 mL and 5 mL.',
} as const satisfies Source;

export const aplisolPrescribingInformation = {
  id: 'aplisolPrescribingInformation',
  title: 'APLISOL (Tuberculin Purified Protein Derivative, Diluted) prescribing information, with the maker\'s administration FAQ',
  publisher: 'Par Pharmaceutical / Endo USA (FDA label, DailyMed set 1e91a67c-1694-4523-9548-58f7a8871134)',
  edition: 'DailyMed label updated 2024-08-20 (R05/2024); Par Sterile Products FAQ page as read 2026',
  url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=1e91a67c-1694-4523-9548-58f7a8871134',
  note: 'Checked: 5 TU per 0.1 mL, for intradermal injection only, ready to use; the FAQ: exactly 0.1 mL for children and adults alike, stored at 2–8 °C protected from light, an opened vial used up to 30 days; 1 mL (10 tests) and 5 mL (50 tests) multi-dose vials.',
} as const satisfies Source;

export const cdcTargetedTbTestingGuide = {
  id: 'cdcTargetedTbTestingGuide',
  title: 'Targeted Tuberculin Testing and Treatment of Latent Tuberculosis Infection: Guide for Primary Health Care Providers, Appendix C (Administration and Measurement of the TST)',
  publisher: 'Centers for Disease Control and Prevention, Division of Tuberculosis Elimination',
  edition: '2005',
  url: 'https://www.cdc.gov/tb/publications/ltbi/appendixC.htm',
  note: 'Checked (as mirrored by the Heartland NTBC CDC CD-ROM): 0.1 mL of 5 TU PPD intradermally into the volar forearm with a 27-gauge needle on a tuberculin syringe, a 6–10 mm wheal; no wheal or one under 6 mm: repeat at once about 2 inches from the first site or on the other arm; no bandage and no pressure on the site; record the date, time and place of the test; the patient returns for the reading within 48–72 hours, with a written appointment card; measure the induration, not the redness, in millimetres.',
} as const satisfies Source;

export const cdcTb101SkinTest = {
  id: 'cdcTb101SkinTest',
  title: 'TB 101 for Health Care Workers, Lesson 3: the TB skin test (Mantoux tuberculin skin test)',
  publisher: 'Centers for Disease Control and Prevention',
  edition: 'web course page as read 2026',
  url: 'https://cdc.gov/tb/webcourses/tb101/page385.html',
  note: 'Checked: a trained health care worker examines the forearm within 48 to 72 hours; a person who does not return within 72 hours needs another skin test (the result is not valid); the induration is measured in millimetres and the redness is not; the reaction is interpreted by its size and the person’s risk. The CDC Mantoux fact sheet (as quoted on nurse.net) agrees: read between 48 and 72 hours.',
} as const satisfies Source;

export const tstBilling86580 = {
  id: 'tstBilling86580',
  title: 'Skin test (PPD) for tuberculosis billing; CPT 86580',
  publisher: 'Coding Intel (with Coding Ahead, January 2026, and Codapedia)',
  edition: 'pages as read 2026',
  url: 'https://codingintel.com/skin-test-ppd-tuberculosis-billing/',
  note: 'Checked: 86580 is billed when the nurse or medical assistant places the test; no injection code (96372) and no vaccine administration code (90471) with it, since a TST is not a vaccine; the reading at the return visit is a separate service (99211 by the payer’s rules). Coding Ahead: 86580 sits in the Pathology and Laboratory section and includes the antigen and the injection.',
} as const satisfies Source;

export const cdcTbIcd10Codes = {
  id: 'cdcTbIcd10Codes',
  title: 'TB screening ICD-10 codes: Z11.1 and Z11.7 (citing CDC, ICD-10-CM Codes for Tuberculosis)',
  publisher: 'LegalClarity (secondary, citing CDC and ICD10Data)',
  edition: 'page as read 2026',
  url: 'https://legalclarity.org/tb-screening-icd-10-codes-z11-1-z11-7-and-results/',
  note: 'Secondary: Z11.7 Encounter for testing for latent tuberculosis infection (from the FY2020 release, effective 2019-10-01) is the code for latent TB testing; Z11.1 is the screening for active TB disease. Billable status agrees on HCC Buddy and Sprypt code pages.',
} as const satisfies Source;

// Primary sources for facts the rules once cited through the project digest (issue 18 playtest)
export const jointCommissionNpsgCriticalResults = {
  id: 'jointCommissionNpsgCriticalResults',
  title: 'National Patient Safety Goal NPSG.02.03.01: report critical results of tests and diagnostic procedures on a timely basis; with CLIA 42 CFR 493.1291(g)',
  publisher: 'The Joint Commission; Centers for Medicare & Medicaid Services (Clinical Laboratory Improvement Amendments regulations)',
  edition: 'NPSG.02.03.01 (2013 wording); 42 CFR 493.1291(g)',
  url: 'https://app.peacehealth.org/quality/HowWhat.asp?Measure=181&Hospital=4',
  note: 'Checked: the goal\'s wording (PeaceHealth St. John Medical Center report of 2013, quoting NPSG.02.03.01); CLIA 493.1291(g): the laboratory must immediately alert the person who ordered the test, and the person responsible for using the result, when a result indicates an imminently life-threatening condition, or panic or alert values (quoted by the Bika/SENAITE Health manual). Critical results go to a licensed caregiver who can act on them (laboratory policies of Saint Michael\'s Hospital and MCLNO). That a normal or merely abnormal value needs no urgent call follows from the definition: only critical results are reported at once.',
} as const satisfies Source;

export const jointCommissionNpsgMedicationInformation = {
  id: 'jointCommissionNpsgMedicationInformation',
  title: 'National Patient Safety Goal NPSG.03.06.01: maintain and communicate accurate patient medication information',
  publisher: 'The Joint Commission',
  edition: 'goal and rationale as published 2020 (elements of performance as quoted 2015–2020)',
  url: 'https://medsafetyofficer.org/node/2833',
  note: 'Checked (EP 1 quoted on the ISMP Medication Safety Officers Society forum; the rationale quoted in a 2020 nursing assignment citing the Joint Commission): obtain information on the medications the patient is currently taking when admitted or seen in an outpatient setting, scheduled and as-needed, with a good-faith effort to get it from the patient and other sources; reconciliation compares what the patient takes with what is ordered, to find duplications, omissions and interactions.',
} as const satisfies Source;

export const aaahcAllergyDocumentation = {
  id: 'aaahcAllergyDocumentation',
  title: 'Best Practices for Documenting Allergies',
  publisher: 'Relias Media, Same-Day Surgery (reporting the Accreditation Association for Ambulatory Health Care Institute for Quality Improvement)',
  edition: '2021',
  url: 'https://reliasmedia.com/articles/147534-best-practices-for-documenting-allergies',
  note: 'Secondary (a trade report of the accreditor\'s advice): discuss allergies with patients at each visit and record existing or new allergies and their reactions. The AHRQ PIPS toolkit (Legacy Health) keeps one reconciled medication and allergy list across inpatient and outpatient care.',
} as const satisfies Source;

export const uspstf2012ObesityAdults = {
  id: 'uspstf2012ObesityAdults',
  title: 'Screening for and Management of Obesity in Adults: clinical summary of the U.S. Preventive Services Task Force recommendation',
  publisher: 'U.S. Preventive Services Task Force',
  edition: 'June 2012 (grade B); updated 2018 (JAMA 2018;320(11):1163–1171)',
  url: 'http://www.uspreventiveservicestaskforce.org/uspstf11/obeseadult/obesesum.htm',
  note: 'Read in the clinical summary (the USPSTF page, and the AAFP copy of 2012-11-15): screen all adults (18 and over) for obesity; BMI is calculated from the measured weight and height; a BMI of 30 or more is offered or referred to intensive behavioural interventions. The 2018 update (EurekAlert summary of JAMA, 2018-09-18) keeps a BMI of 30 or more as the trigger. For children and adolescents from 6 years the same screening by BMI was read only in a secondary page (EmpowHer); not scored on for children.',
} as const satisfies Source;

export const jointCommissionSea39PediatricMedication = {
  id: 'jointCommissionSea39PediatricMedication',
  title: 'Sentinel Event Alert 39: Preventing pediatric medication errors',
  publisher: 'The Joint Commission',
  edition: 'issue 39, 2008-04-11',
  url: 'https://www.jointcommission.org/resources/sentinel-event/sentinel-event-alert-newsletters/sentinel-event-alert-issue-39-preventing-pediatric-medication-errors/',
  note: 'Read on the Joint Commission page (and the AHRQ PSNet and OHS summaries): dosing errors are more common in children because of weight-based dose calculations; the alert asks for kilograms as the standard unit and for high-risk drugs not to be given until the child has been weighed, except in an emergency.',
} as const satisfies Source;

export const cmsEmDocumentationGuidelines = {
  id: 'cmsEmDocumentationGuidelines',
  title: '1995 and 1997 Documentation Guidelines for Evaluation and Management Services',
  publisher: 'Health Care Financing Administration (now CMS) with the American Medical Association',
  edition: '1995 and 1997 editions',
  url: 'https://webarchive.library.unt.edu/eot2008/20090114072515/http://www.hrsa.gov/reimbursement/TA/1995dg.htm',
  note: 'Checked: the chief complaint is a concise statement of the symptom, problem, condition, diagnosis or other factor that is the reason for the encounter (1995, as reproduced in AAP Coding for Pediatrics 2016), "usually stated in the patient\'s own words" (1997, as quoted by the American College of Osteopathic Internists); general principle 1 of both editions: the medical record should be complete and legible (the 1995 text archived from HRSA; copies by Intelicode and the Ohio BWC).',
} as const satisfies Source;

export const fieler2013VitalSignsDocumentation = {
  id: 'fieler2013VitalSignsDocumentation',
  title: 'Eliminating Errors in Vital Signs Documentation',
  publisher: 'CIN: Computers, Informatics, Nursing (Fieler VK, Jaglowski T, Richards K, 2013;31(9):422–427, doi:10.1097/01.NCN.0000432125.61526.27)',
  edition: '2013',
  url: 'https://journals.lww.com/cinjournal/Abstract/2013/09000/Eliminating_Errors_in_Vital_Signs_Documentation.9.aspx',
  note: 'Abstract read: vital signs written on paper and then keyed into the electronic record had an error rate of 18.75 % (64 sets), against 0 % when downloaded directly from the device.',
} as const satisfies Source;

export const medlinePlusUrineCulture = {
  id: 'medlinePlusUrineCulture',
  title: 'Urine culture (clean catch): how the test is performed',
  publisher: 'A.D.A.M. Medical Encyclopedia, as published by MedlinePlus (U.S. National Library of Medicine), article 003751',
  edition: 'encyclopedia text as copied on a practice website (read 2026)',
  url: 'http://www.rwjobgyn.com/Atoz/encyclopedia/article/003751.asp',
  note: 'Checked (the A.D.A.M. text as reproduced on rwjobgyn.com): a clean-catch (midstream) sample: clean the urethral area, let the first urine go into the toilet to clear the urethra of contaminants, then catch 1–2 ounces in a clean container; the patient is given a container and instructions on cleansing and collection.',
} as const satisfies Source;

export const onetMedicalAssistantTasks = {
  id: 'onetMedicalAssistantTasks',
  title: 'O*NET summary report 31-9092.00 Medical Assistants: tasks',
  publisher: 'U.S. Department of Labor, Employment and Training Administration (O*NET OnLine)',
  edition: 'report read 2026 (O*NET 24.2 task list as republished agrees)',
  url: 'https://www.onetonline.org/link/summary/31-9092.00',
  note: 'Checked: medical assistants record patients\' history, vital statistics and test results in the medical record; interview patients and measure vital signs; collect blood, tissue or other laboratory specimens, log them and prepare them for testing; perform routine laboratory tests; prepare and give medications as directed by a physician. Secondary for the rules it backs: no guideline says an order is finished before the patient leaves; that is the job\'s work as O*NET lists it.',
} as const satisfies Source;

export const cdcReadySetTest = {
  id: 'cdcReadySetTest',
  title: 'Ready? Set? Test! Patient testing is important. Get the right results (booklet for waived testing), with Good Laboratory Practices for Waived Testing Sites (MMWR 2005;54(RR-13))',
  publisher: 'Centers for Disease Control and Prevention, Division of Laboratory Systems',
  edition: 'June 2015 edition (CDC Stacks 35720; first edition March 2011); MMWR of 2005-11-11',
  url: 'https://stacks.cdc.gov/view/cdc/35720',
  note: 'Checked: the booklet is written for physicians, nurses, medical assistants and others testing under a CLIA Certificate of Waiver; its "Test!" section covers performing the test, reading the results, recording results and issuing reports (CDC Stacks record); waived tests are not error-proof, and errors come from not following the manufacturer\'s instructions (booklet introduction as copied); MMWR 2005: good practice during testing covers control testing, test performance, and result interpretation and recording. The booklet\'s own wording on read times was not read.',
} as const satisfies Source;

export const nucc1500InstructionManual = {
  id: 'nucc1500InstructionManual',
  title: '1500 Health Insurance Claim Form Reference Instruction Manual for Form Version 02/12',
  publisher: 'National Uniform Claim Committee (NUCC)',
  edition: 'Version 11.0 7/23',
  url: 'https://nucc.org/index.php/1500-claim-form-mainmenu-35/1500-instructions-mainmenu-42',
  note: 'The current version on nucc.org when read (versions 1.1 7/13 to 10.0 7/22 before it). Checked (NUCC instructions as quoted field by field by SpeedySoft, and in the NUCC table of daisyBill): 1a the insured\'s ID number as shown on the insured\'s ID card for the payer billed; 23 the prior authorization or referral number the payer assigned; 24E the diagnosis reference letters (A–L) from item 21, the primary one first for each service; 33 the billing provider, always completed. First Coast (Medicare contractor): the rendering practitioner\'s NPI in 24J, the billing NPI in 33a; a missing or misplaced NPI makes the claim unprocessable. Payers may give their own instructions (NUCC FAQ).',
} as const satisfies Source;

export const cmsEligibilityTransaction = {
  id: 'cmsEligibilityTransaction',
  title: 'Health Plan Eligibility Benefit Inquiry and Response (ASC X12N 270/271 version 5010, 45 CFR 162.1202) and its operating rules',
  publisher: 'Centers for Medicare & Medicaid Services, Administrative Simplification',
  edition: 'X12 version 5010 (adopted 2009); CMS page of 2023-11-16',
  url: 'https://www.cms.gov/priorities/key-initiatives/burden-reduction/administrative-simplification/transactions/health-plan-eligibility-benefit-inquiry-response',
  note: 'Version 5010 adopted January 2009; operating rules in force from 2013-01-01. Checked: the inquiry goes from a provider to a health plan about an enrollee\'s eligibility, coverage and benefits; the operating rules make plans answer in real time with deductibles, copays, coinsurance and coverage by service type. HHS (ASPE FAQ on 162.1201): every plan must at least answer whether the patient is eligible today. Checking before the visit is front-desk practice (secondary: compliance and billing guides).',
} as const satisfies Source;

export const healthcareGovGlossary = {
  id: 'healthcareGovGlossary',
  title: 'HealthCare.gov Glossary: allowed amount, balance billing, coinsurance, copayment, deductible',
  publisher: 'U.S. Centers for Medicare & Medicaid Services, HealthCare.gov (the uniform glossary terms)',
  edition: 'glossary pages read 2026',
  url: 'https://www.healthcare.gov/glossary/balance-billing/',
  note: 'Checked: balance billing is billing the difference between the provider\'s charge and the allowed amount, and a preferred (in-network) provider may not balance bill for covered services (healthcare.gov page); coinsurance is a percentage of the allowed amount paid after the deductible (allowed $100 at 20 % is $20), copayment a fixed amount for a covered service, deductible the amount owed before the plan pays (glossary text as reproduced by state exchanges and plans, e.g. Connect for Health Colorado, citing healthcare.gov).',
} as const satisfies Source;

export const aapcCopayAtCheckIn = {
  id: 'aapcCopayAtCheckIn',
  title: 'Reader Question: Untimely Copayment Fee (copays due before the patient sees the doctor)',
  publisher: 'AAPC Practice Management Alert',
  edition: 'article read 2026',
  url: 'https://aapc.com/codes/coding-newsletters/my-practice-management-alert/reader-question-untimely-copayment-fee-article',
  note: 'Secondary (a coding newsletter, not a rule): state in the financial policy that copays are due before patients see the doctor and collect them at the time of service; the copay is part of the patient\'s contract with the plan. Optum\'s eligibility API guide agrees that the copayment is collected at the time of service. The copay itself is a fixed amount per covered service (HealthCare.gov glossary). Receipts are the game clinic\'s policy.',
} as const satisfies Source;

export const maSchedulingStudyGuides = {
  id: 'maSchedulingStudyGuides',
  title: 'Appointment scheduling methods (medical assistant study notes): stream or time-specified, wave, modified wave, cluster, double booking, open hours, the scheduling matrix',
  publisher: 'MA Exam Prep ("Appointment Scheduling"); US Exam Prep medical assistant study notes; flash cards from MA courses',
  edition: 'web pages read 2026',
  url: 'https://www.maexamprep.com/learn/appointment-scheduling',
  note: 'Secondary, and the definitions vary between texts (so the method is a scenario setting): stream gives each patient a time; wave books several at the top of the hour, seen in arrival order; modified wave, e.g. two on the hour and one at the half hour; cluster groups similar visits; double booking puts two in one slot; open hours sees walk-ins in arrival order; the template (scheduling matrix) sets working and blocked hours first. No MA textbook itself was read.',
} as const satisfies Source;

export const medicareAndYouReferrals = {
  id: 'medicareAndYouReferrals',
  title: 'Medicare & You handbook: how Original Medicare works ("Do I have to get a referral to see a specialist?")',
  publisher: 'Centers for Medicare & Medicaid Services',
  edition: 'handbook text as reproduced on a broker site (edition year not shown)',
  url: 'http://www.medicarehealthcareinsurance.com/medicare-2/original-medicare/',
  note: 'Checked (handbook text as copied by medicarehealthcareinsurance.com): in Original Medicare a referral to a specialist is needed "in most cases, no", the specialist must be enrolled in Medicare; consumer guides agree that Medicare Advantage HMOs may require referrals.',
} as const satisfies Source;

export const aspeMedicaidPccmReferrals = {
  id: 'aspeMedicaidPccmReferrals',
  title: 'Emerging Practices in Medicaid Primary Care Case Management Programs: referral policies; service management',
  publisher: 'U.S. Department of Health and Human Services, Office of the Assistant Secretary for Planning and Evaluation',
  edition: 'report as published on aspe.hhs.gov (read 2026)',
  url: 'https://aspe.hhs.gov/report/emerging-practices-medicaid-primary-care-case-management-programs/referral-policies',
  note: 'Checked: referral policies vary among the states studied (paper referrals before authorisation in some, phone referrals in others), and states exempt different services from the referral; a state programme page (South Dakota Medicaid managed care) requires a PCP referral for non-emergency specialty care.',
} as const satisfies Source;

export const cmsNoSurprisesGoodFaithEstimate = {
  id: 'cmsNoSurprisesGoodFaithEstimate',
  title: 'No Surprises Act: good faith estimates for uninsured (or self-pay) individuals, 45 CFR 149.610',
  publisher: 'U.S. Department of Health and Human Services / CMS (interim final rule of 2021-10-07)',
  edition: 'in force from 2022-01-01',
  url: 'https://www.cms.gov/nosurprises',
  note: 'Checked (law-firm summary of 45 CFR 149.610 and the CMS notice text on providers\' pages): a self-pay individual is one who is uninsured or not seeking to file a claim with their plan; providers give them a good faith estimate of expected charges. So a self-pay patient has no payer rules: the clinic bills the patient.',
} as const satisfies Source;

export const limaOliveira2014EdtaContamination = {
  id: 'limaOliveira2014EdtaContamination',
  title: 'Contamination of lithium heparin blood by K2-ethylenediaminetetraacetic acid (EDTA): an experimental evaluation',
  publisher: 'Biochemia Medica (Lima-Oliveira G, Salvagno GL, Danese E, Brocco G, Guidi GC, Lippi G; 2014;24(3), doi:10.11613/BM.2014.038)',
  edition: '2014',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4210256',
  note: 'Abstract and introduction read: from 5 % K2EDTA contamination calcium, magnesium, chloride, iron and LD fall and potassium rises; CLSI puts EDTA tubes late in the order of draw for this reason. The authors add that later studies with closed systems found little carry-over in practice (also Ercan et al., Biochem Med 2021).',
} as const satisfies Source;

export const coagulationCollectionGuides = {
  id: 'coagulationCollectionGuides',
  title: 'Blood specimens for coagulation testing: collection and pre-examination variables',
  publisher: 'Labcorp ("Sample Collection for Coagulation Testing", citing CLSI H21); LabCE course "Pre-examination variables causing falsely elevated PT or aPTT"',
  edition: 'web pages read 2026',
  url: 'https://jp.labcorp.com/tests/related-documents/L5901',
  note: 'Secondary: tubes with another anticoagulant, gel-barrier tubes and serum tubes with clot activators are drawn after the citrate tube (Labcorp); heparin contamination prolongs the aPTT (LabCE). That clot activator carried into the citrate tube shortens clotting times was not found in any source read; a 2006 ASH abstract notes how little published evidence there is on carry-over into coagulation tubes.',
} as const satisfies Source;

export const cmsOp22LeftWithoutBeingSeen = {
  id: 'cmsOp22LeftWithoutBeingSeen',
  title: 'OP-22: Left Without Being Seen (hospital outpatient quality measure)',
  publisher: 'Centers for Medicare & Medicaid Services, Hospital Outpatient Quality Reporting Program',
  edition: 'measure reported by CMS from 2014 (as described 2020s)',
  url: 'https://admin-em.com/patients-who-left-without-being-seen/',
  note: 'Secondary for the measure\'s details (an emergency-medicine administration page): CMS reports the share of emergency patients who leave without being seen in the Hospital Outpatient Quality Reporting Program; studies use it as a measure of access and flow (e.g. J Emerg Med 2019, West J Emerg Med). Applied here to the clinic: a patient leaving before a provider sees them.',
} as const satisfies Source;

export const mosbyRespirationRate = {
  id: 'mosbyRespirationRate',
  title: 'Respiration rate (dictionary entry, citing Elkin, Perry and Potter, Nursing Interventions and Clinical Skills, 2007)',
  publisher: "Mosby's Medical Dictionary (Elsevier), as reproduced online",
  edition: 'entry as copied (dictionary edition not shown)',
  url: 'https://medicaldictionary.top/?p=34319',
  note: 'Secondary: 12 to 20 breaths per minute for teenagers and adults; under 12 is abnormally low and 25 accelerated. Nursing and MA study texts repeat 12–20; MedlinePlus gives 12–18 and Johns Hopkins 12–16.',
} as const satisfies Source;

// Infants and young children in rooming (issue 18 playtest)
export const cdcWhoGrowthStandardsSummary = {
  id: 'cdcWhoGrowthStandardsSummary',
  title: 'Summary: Using WHO Child Growth Standards; Using WHO Growth Standard Charts (growth chart training for health care providers)',
  publisher: 'Centers for Disease Control and Prevention',
  edition: 'web pages as read 2026',
  url: 'https://www.cdc.gov/growth-chart-training/hcp/using-growth-charts/who-summary.html',
  note: 'Checked: CDC and the AAP recommend the WHO standards from birth to 2 years (length-for-age, weight-for-age, weight-for-length, head circumference) and the CDC charts from 2 years; "the use of BMI-for-age is not recommended for children younger than 2 years"; under 2, "measure the weight and recumbent length of the child" (BMI in infancy is based on recumbent length, and there is little research on what it means).',
} as const satisfies Source;

export const whoChildGrowthMeasurementTraining = {
  id: 'whoChildGrowthMeasurementTraining',
  title: 'WHO Training Course on Child Growth Assessment, module B: measuring a child\'s growth (length and height)',
  publisher: 'World Health Organization (2008), as taught in the University of Southampton e-learning module "How to measure height" and the OpenLearn Create nutrition module',
  edition: '2008 course; pages read 2026',
  url: 'https://www.who.int/toolkits/child-growth-standards/training',
  note: 'Checked (the WHO course as reproduced by the Southampton module): a child aged 2 years or older has standing height measured unless unable to stand; under 2 years recumbent length, lying on a length (measuring) board, with a second person (the parent may help) holding the head; standing height is about 0.7 cm less than recumbent length.',
} as const satisfies Source;

export const lapumVitalSignsLifespan = {
  id: 'lapumVitalSignsLifespan',
  title: 'Vital Sign Measurement Across the Lifespan, chapter 3: pulse and respiration (infant apical pulse)',
  publisher: 'Lapum J. et al., Ryerson University (open textbook, LibreTexts Medicine)',
  edition: '1st Canadian edition, 2018',
  url: 'https://med.libretexts.org/Bookshelves/Nursing/Book%3A_Vital_Sign_Measurement_Across_the_Lifespan_(Lapum_et_al.)',
  note: 'Checked: an infant\'s apical pulse is auscultated with the stethoscope at the fourth intercostal space, left midclavicular line (the fifth in the adult); the brachial pulse is also strong in infants. A paediatric nursing course summary (Wong-based, secondary) gives the age: a radial pulse is satisfactory in children older than 2 years; in infants and younger children the apical pulse is more reliable, counted for a full minute.',
} as const satisfies Source;

export const nwankwo1997NewbornBpProtocol = {
  id: 'nwankwo1997NewbornBpProtocol',
  title: 'A Standard Protocol for Blood Pressure Measurement in the Newborn',
  publisher: 'Nwankwo MU, Lorenz JM, Gardiner JC (Pediatrics 1997;99(6):e10)',
  edition: '1997',
  url: 'https://doi.org/10.1542/peds.99.6.e10',
  note: 'Secondary for office practice: low-birth-weight infants in hospital, measured lying (prone or supine) on the right upper arm after 15 undisturbed minutes, asleep or quietly awake, 1.5 hours after a feed; a neonatology handbook (Gomella, AccessPediatrics) adds that an infant\'s BP rises when feeding, sucking or held upright. No source found says how a clinic positions an infant or toddler under 3 with a risk condition.',
} as const satisfies Source;

// The inbox (issue 19): result notes, portal messages and calls out
export const hhsFaq198LeavingMessages = {
  id: 'hhsFaq198LeavingMessages',
  title: 'HHS OCR FAQ 198: May physician offices or pharmacists leave messages for patients at their homes, either on an answering machine or with a family member?',
  publisher: 'U.S. Department of Health and Human Services, Office for Civil Rights',
  edition: 'FAQ as published on hhs.gov (created 2002-12-19), read 2026',
  url: 'http://www.hhs.gov/ocr/privacy/hipaa/faq/safeguards/198.html',
  note: 'Checked (the HHS page, and its text as quoted by the University of Miami privacy office and HHS Questions & Answers copies): the Privacy Rule does not prohibit leaving messages on answering machines, but to reasonably safeguard privacy the provider should limit the information left, e.g. only its name and number and what is needed to confirm an appointment, or ask the patient to call back. Miami\'s guidance adds: avoid test results on a message.',
} as const satisfies Source;

export const ahaHeartAttackStrokeWarningSigns = {
  id: 'ahaHeartAttackStrokeWarningSigns',
  title: 'Warning Signs of a Heart Attack; Stroke Symptoms (F.A.S.T.)',
  publisher: 'American Heart Association / American Stroke Association',
  edition: 'heart.org "Early Warning Signs of a Heart Attack or Stroke" (updated 2014-10-03) and the current warning-signs pages, as read 2026',
  url: 'http://www.heart.org/HEARTORG/General/Early-Warning-Signs-of-a-Heart-Attack-or-Stroke_UCM_306865_Article.jsp',
  note: 'Checked (the AHA page, and AHA warning-sign lists reproduced by hospitals): chest discomfort, discomfort in the arms, back, neck, jaw or stomach, and shortness of breath with or without chest discomfort can mean a heart attack: call 9-1-1 at once, do not wait or drive; stroke: face drooping, arm weakness, speech difficulty, time to call 9-1-1 even if the symptoms go away.',
} as const satisfies Source;

export const ncmicCallDocumentation = {
  id: 'ncmicCallDocumentation',
  title: 'Tips for Documenting Calls (risk management)',
  publisher: 'NCMIC (professional liability insurer), with The Doctors Company / CAP Physicians "Documenting Telephone Calls with Patients"',
  edition: 'articles as read 2026',
  url: 'https://www.ncmic.com/learning-center/articles/risk-management/documentation/tips-for-documenting-calls/',
  note: 'Checked: every clinically relevant call (symptoms, medications, test results, patient education) is documented in the patient\'s record: who called or was called (a family member with name and relationship), what was said and advised, and when; "if it is not documented, it did not happen". CAP Physicians: record name, date, time, number and a summary of every call and voicemail. Secondary (risk-management guidance, not a regulation).',
} as const satisfies Source;

export const callen2012TestFollowUp = {
  id: 'callen2012TestFollowUp',
  title: 'Failure to follow-up test results for ambulatory patients: a systematic review',
  publisher: 'Journal of General Internal Medicine (Callen JL, Westbrook JI, Georgiou A, Li J; 2012;27(10):1334–1348), doi 10.1007/s11606-011-1949-5',
  edition: '2012',
  url: 'https://link.springer.com/article/10.1007/s11606-011-1949-5',
  note: 'Checked (the abstract): results not followed up ranged from 6.8 % to 62 % of laboratory tests in ambulatory settings, with missed diagnoses among the harms; the review calls for policies on responsibility, timing and process of notifying patients. The due time of each inbox item is the game clinic\'s own policy under that advice, not a national standard.',
} as const satisfies Source;

// Chest pain at rooming and the standing-order ECG (session 9, H3)
export const ahaWarningSigns2014 = {
  id: 'ahaWarningSigns2014',
  title: 'Early Warning Signs of a Heart Attack or Stroke',
  publisher: 'American Heart Association / American Stroke Association (heart.org)',
  edition: 'page updated 2014-10-03',
  url: 'http://www.heart.org/HEARTORG/General/Early-Warning-Signs-of-a-Heart-Attack-or-Stroke_UCM_306865_Article.jsp',
  note: 'Checked: heart attack warning signs are chest discomfort (pressure, squeezing, fullness or pain), discomfort spreading to one or both arms, the back, neck, jaw or stomach, and shortness of breath with or without chest discomfort; stroke warning signs are sudden numbness or weakness of the face, arm or leg (especially one side), sudden confusion or trouble speaking, sudden trouble seeing, walking or balance, and a sudden severe headache; every one is an emergency: call 9-1-1 at once. The same lists on AHA-citing hospital pages (2012 to 2018) and the F.A.S.T. stroke check (face drooping, arm weakness, speech difficulty, time to call).',
} as const satisfies Source;

export const gulati2021ChestPainGuideline = {
  id: 'gulati2021ChestPainGuideline',
  title: '2021 AHA/ACC/ASE/CHEST/SAEM/SCCT/SCMR Guideline for the Evaluation and Diagnosis of Chest Pain',
  publisher: 'American Heart Association / American College of Cardiology Joint Committee on Clinical Practice Guidelines (Gulati M et al., Circulation 2021;144:e368–e454)',
  edition: '2021 (published online 2021-10-28)',
  url: 'https://doi.org/10.1161/CIR.0000000000001029',
  note: 'Checked (section 2.3.1, Setting Considerations, as reproduced by Guideline Central\'s pocket guide, page 13): COR 1, LOE C-LD: "In all patients who present with acute chest pain regardless of the setting, an ECG should be acquired and reviewed for STEMI within 10 minutes of arrival"; COR 1, LOE C-LD: patients with clinical evidence of ACS or another life-threatening cause of acute chest pain seen in the office setting should be transported urgently to the ED, ideally by EMS; COR 3 (Harm): for suspected ACS first seen in the office, delayed transfer to the ED for troponin or other testing should be avoided; COR 1, B-NR: an ECG should be performed in the office for stable chest pain unless a noncardiac cause is evident, or the patient referred to the ED for one. Citation and PMID 34709879 from emergencyguidelines.ca\'s summary.',
} as const satisfies Source;

// Patient education workflow (issue 19, item 5): teach-back, reading level, language, the materials' pages
export const ahrqTeachBackTool5 = {
  id: 'ahrqTeachBackTool5',
  title: 'AHRQ Health Literacy Universal Precautions Toolkit, Tool 5: Use the Teach-Back Method (with Tool 12: Use Health Education Material Effectively)',
  publisher: 'Agency for Healthcare Research and Quality (Brega AG et al., University of Colorado; AHRQ Pub. No. 15-0023-EF)',
  edition: '2nd edition, 2015 (first edition AHRQ Pub. No. 10-0046-EF, 2010)',
  url: 'https://www.ahrq.gov/health-literacy/improve/precautions/toolkit.html',
  note: 'Checked: the toolkit\'s contents (ahrq.gov, 2nd edition) list Tool 5 "Use the Teach-Back Method" and Tool 12 "Use Health Education Material Effectively"; the Tool 5 text (as reproduced from the first edition): teach-back confirms that the patient understood by having them explain it back in their own words; 40–80 % of what patients are told is forgotten at once; the example of a mother who could not say back the instructions until they were explained again. The "10 elements of teach-back" (teachbacktraining.org) agree: ask after each need-to-know point (chunk and check), explain again in other words when the answer is wrong, and check again.',
} as const satisfies Source;

export const educationReadingLevel = {
  id: 'educationReadingLevel',
  title: 'Reading level of written patient education: NIH (below 8th grade), AMA and HHS (4th to 6th grade), NCI Making Health Communication Programs Work (7th–8th at most, 4th–6th for critical instructions such as medication)',
  publisher: 'National Institutes of Health, American Medical Association, National Cancer Institute (as cited by peer-reviewed readability studies and the NCI guide)',
  edition: 'as cited in Rao et al., JSES Open Access 2018 (PMC6334864); Agarwal et al., JAMA Internal Medicine 2013 (via ACP Internist, 2013-05-22); Badarudeen & Sabharwal, Clin Orthop Relat Res 2010 (PMC3049622); NCI guide as mirrored by the EPA (2021 snapshot)',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6334864',
  note: 'Checked: the NIH suggests patient education material be written below the 8th grade level (Rao 2018); the AMA and HHS call for a 4th to 6th grade level (Agarwal 2013); several health care organisations recommend no higher than 6th to 8th grade (Badarudeen 2010); the NCI guide: readability should not exceed the 7th to 8th grade, and 4th to 6th grade is the better goal for critical information such as medication instructions. Scored here: the 8th grade as the ceiling for everyone (the most lenient of the confirmed recommendations), lower where the chart notes the patient reads at a lower grade.',
} as const satisfies Source;

export const ahrqMaterialsInPatientsLanguage = {
  id: 'ahrqMaterialsInPatientsLanguage',
  title: 'AHRQ Health Literacy Universal Precautions Toolkit, Tool 11 (Assess, Select, and Create Easy-to-Understand Materials) and Tool 9 (Address Language Differences); HHS revised LEP guidance under Title VI',
  publisher: 'Agency for Healthcare Research and Quality; U.S. Department of Health and Human Services, Office for Civil Rights (68 FR 47311)',
  edition: 'Toolkit 2nd edition, 2015; HHS LEP guidance of 2003-08-08 (Federal Register vol. 68, no. 153, pp. 47311–47323)',
  url: 'https://www.ahrq.gov/health-literacy/improve/precautions/toolkit.html',
  note: 'Checked: Tool 11 (as mirrored): provide materials in languages your patients and their caregivers understand, keeping in mind that some who do not read English may have limited literacy in their own language; the average U.S. adult reads at the 8th or 9th grade. The HHS guidance (justice.gov copy) requires recipients of federal funds to take reasonable steps to give people with limited English proficiency meaningful access, including written translation of vital documents.',
} as const satisfies Source;

export const medlinePlusHealthTopics = {
  id: 'medlinePlusHealthTopics',
  title: 'MedlinePlus health topics and drug information, in English and Spanish (MedlinePlus en español)',
  publisher: 'MedlinePlus, U.S. National Library of Medicine',
  edition: 'pages as catalogued 2026',
  url: 'https://medlineplus.gov/',
  note: 'The clinic\'s leaflets in the materials catalogue are our own short texts on the topics of the MedlinePlus pages they name; their titles, reading grades and languages are the catalogue\'s (synthetic). The pages\' own review dates could not be confirmed with search.',
} as const satisfies Source;

// Refill requests in the inbox (issue 19, item 3): who may authorise a refill, the DEA's rules on controlled prescriptions, what the provider decides on
export const aamaRefillTransmission = {
  id: 'aamaRefillTransmission',
  title: 'Scope of practice questions: may medical assistants call in prescription refills, or sign prescriptions?',
  publisher: 'American Association of Medical Assistants (legal counsel, D. A. Balasa), CMA Today',
  edition: 'CMA Today article bc7ecf4a (the "new wave" scope questions), as read 2026',
  url: 'http://aama-ntl.org/cma-today/archives/article?id=bc7ecf4a-4840-6a90-a81c-ff00003b2c18',
  note: 'Checked: in most states medical assistants may transmit, verbatim, the physician\'s orders for new prescriptions or refills, provided the transmission needs no interpretive judgment; it is not legal for medical assistants to sign, authorize or approve prescription orders on behalf of the physician; they may receive and carry out the physician\'s orders that need no independent judgment. The California Medical Association\'s scope guidance (as quoted by a state society newsletter) agrees: an MA may not call in a refill that has any change in dosage.',
} as const satisfies Source;

export const dea21Cfr1306_11 = {
  id: 'dea21Cfr1306_11',
  title: '21 CFR 1306.11, Requirement of prescription (Schedule II)',
  publisher: 'Drug Enforcement Administration, U.S. Department of Justice (Code of Federal Regulations)',
  edition: 'CFR text as last updated 2024-11-08 (federal.elaws.us copy of the eCFR); 21 CFR 290.10 as verified against the eCFR 2026-06-20 (lawstack copy)',
  url: 'http://federal.elaws.us/cfr/title21.part1306.section1306.11',
  note: 'Checked: (a) a pharmacist dispenses a Schedule II substance only on a written prescription signed by the practitioner (a paper one may be faxed by the practitioner or the practitioner\'s agent, the signed original presented before dispensing), except under (d); (d) in an emergency situation (defined in 21 CFR 290.10 as one the prescribing practitioner determines) the pharmacist may dispense on the oral authorization of the prescribing individual practitioner, limited to the emergency period. So an MA never phones in a Schedule II prescription: only the prescriber, in an emergency, may authorise one orally.',
} as const satisfies Source;

export const dea21Cfr1306_12 = {
  id: 'dea21Cfr1306_12',
  title: '21 CFR 1306.12, Refilling prescriptions; issuance of multiple prescriptions (Schedule II)',
  publisher: 'Drug Enforcement Administration, U.S. Department of Justice (Code of Federal Regulations)',
  edition: 'revised as of 2008-04-01 (GPO Access); FindLaw copy current as of 2025-01-02, same text',
  url: 'http://www.deadiversion.usdoj.gov/21cfr/cfr/1306/1306_12.htm',
  note: 'Checked: (a) the refilling of a prescription for a Schedule II controlled substance is prohibited; (b) the practitioner may instead issue multiple prescriptions for up to a 90-day supply, each for a legitimate medical purpose, with the earliest fill date written on each after the first.',
} as const satisfies Source;

export const dea21Cfr1306_22 = {
  id: 'dea21Cfr1306_22',
  title: '21 CFR 1306.22, Refilling of prescriptions (Schedules III and IV)',
  publisher: 'Drug Enforcement Administration, U.S. Department of Justice (Code of Federal Regulations)',
  edition: 'revised as of 2005-04-01 and 2007-04-01 (GPO Access), same paragraph (a)',
  url: 'http://edocket.access.gpo.gov/cfr_2007/aprqtr/21cfr1306.22.htm',
  note: 'Checked: (a) no prescription for a Schedule III or IV substance is filled or refilled more than six months after the date it was issued, nor refilled more than five times; the prescribing practitioner may authorise additional refills on the original prescription orally to the pharmacist only within those limits (five refills, six months from issue). Beyond them a new prescription is needed, which only the prescriber can issue. Schedule V refills are not limited by this section (opioidrisk.com summary agrees).',
} as const satisfies Source;

export const refillDecisionFacts = {
  id: 'refillDecisionFacts',
  title: 'What a refill decision rests on: the medication and dose, the last visit, the monitoring results, the pharmacy; who tells the patient',
  publisher: 'Ferrell, Aspy and Mold, J Am Board Fam Med 2006;19(1):31–38 (OKPRN study of refill management); practices\' published refill policies (Henderson Healthcare; vitadoc2; Denton FPC); Fam Pract Manag 2012;19(1):5 (letter)',
  edition: 'JABFM January 2006 (abstract as listed by AHRQ\'s PBRN library); practice pages as read 2026; FPM January 2012',
  url: 'https://www.jabfm.org/content/19/1/31',
  note: 'Checked: the OKPRN study found refill management a set of steps practices often fail at, and its best method has the decision documented in the chart at once and the pharmacy tell the patient when an approved refill is ready; the practices\' policies tie a refill to a recent visit (hypertension seen within four months, diabetes three times a year; benzodiazepines not refilled by phone unless seen within three months) and to up-to-date monitoring blood work, tell the patient when the doctor does not approve, and, for a patient overdue for a follow-up visit or blood work, have the provider send only enough until the visit is booked; the FPM letter: no physician should prescribe for a patient not seen in the preceding 12 months, and the container\'s drug, strength and pharmacy are what the refill needs. Secondary and policy sources: the game\'s 12 months is its clinic\'s policy, stated as such.',
} as const satisfies Source;

export const nhbpepFourthReport2004 = {
  id: 'nhbpepFourthReport2004',
  title: 'The Fourth Report on the Diagnosis, Evaluation, and Treatment of High Blood Pressure in Children and Adolescents',
  publisher: 'National High Blood Pressure Education Program Working Group on High Blood Pressure in Children and Adolescents (Pediatrics 2004;114(2 Suppl 4th Report):555–576)',
  edition: '2004',
  note: 'Its pocket guide was read (abcdocz.com copy, 2026): routine BP from 3 years; "correct cuff size equals largest cuff that will fit on the upper arm with room below for the stethoscope head". The cuff table with named infant and child sizes was not read.',
} as const satisfies Source;

export const lawrence1993Nips = {
  id: 'lawrence1993Nips',
  title: 'The development of a tool to assess neonatal pain (the Neonatal Infant Pain Scale, NIPS)',
  publisher: 'Lawrence J. et al., Neonatal Network 1993;12(6):59–66 (developed at the Children\'s Hospital of Eastern Ontario)',
  edition: '1993',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10268568/table/bco2223-tbl-0001',
  note: 'Read as reprinted (BJUI Compass 2023 Table 1, adapted from the University of Florida PAMI sheet): six behavioural items (face, cry, breathing, arms, legs, state of arousal), 0–7, > 3 indicates pain; developed for preterm and full-term newborns up to 6 weeks after delivery. Other reprints (grepmed, a 2022 review in Children) say "infants less than one year": the age range differs between sources, so the game offers no scale between 6 weeks and 2 months and scores no infant pain score.',
} as const satisfies Source;
