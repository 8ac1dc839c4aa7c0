/**
 * Our competency spine and its crosswalk to certification outline domains: CMA (AAMA,
 * outline effective July 2021), CCMA (NHA 2022) and CMAA (NHA 2021). The crosswalk maps
 * to outline domains only; it never reproduces exam items.
 */
import { SOURCES, checked, type Sourced } from './source';

/** Version of the crosswalk; bump it whenever a mapping or an outline changes. */
export const CROSSWALK_VERSION = '2026.1';

/** Our competencies, in the order a clinic day meets them. */
export const COMPETENCY_IDS = [
  'patient-identification',
  'registration-insurance',
  'scheduling',
  'rooming-history',
  'vital-signs',
  'infection-control',
  'specimen-collection',
  'point-of-care-testing',
  'immunizations',
  'ecg',
  'documentation-privacy',
  'coding',
  'claims-denials',
  'communication',
  'escalation',
  'patient-flow',
] as const;
/** One competency. */
export type CompetencyId = (typeof COMPETENCY_IDS)[number];

/** CMA (AAMA) outline domains (outline effective July 2021). */
export const CMA_DOMAINS = [
  { id: 'clinical-competency', name: 'Clinical Competency', source: SOURCES.aamaCmaOutline2021 },
  { id: 'general', name: 'General', source: SOURCES.aamaCmaOutline2021 },
  { id: 'administrative', name: 'Administrative', source: SOURCES.aamaCmaOutline2021 },
] as const satisfies readonly ({ id: string; name: string } & Sourced)[];
/** One CMA (AAMA) outline domain. */
export type CmaDomainId = (typeof CMA_DOMAINS)[number]['id'];

const ccma = checked(SOURCES.nhaCcma2022, 'Item counts checked on a transcription of the 2022 test plan summary (coconote): Foundational 15, A&P 8, Clinical Patient Care 84 (intake and vitals 14, general care 28, infection control 15, point of care 9, phlebotomy 12, EKG 6), Care Coordination 12, Administrative 12, Communication 12, Law and Ethics 7.');

/** CCMA (NHA 2022) domains and Clinical Patient Care subdomains, with scored item counts. */
export const CCMA_DOMAINS = [
  { id: 'foundational-knowledge', name: 'Foundational Knowledge and Basic Science', items: 15, source: ccma },
  { id: 'anatomy-physiology', name: 'Anatomy and Physiology', items: 8, source: ccma },
  { id: 'clinical-patient-care', name: 'Clinical Patient Care', items: 84, source: ccma },
  { id: 'intake-vitals', name: 'Patient Intake and Vitals', items: 14, parent: 'clinical-patient-care', source: ccma },
  { id: 'general-patient-care', name: 'General Patient Care', items: 28, parent: 'clinical-patient-care', source: ccma },
  { id: 'infection-control', name: 'Infection Control', items: 15, parent: 'clinical-patient-care', source: ccma },
  { id: 'point-of-care-testing', name: 'Testing and Laboratory Procedures', items: 9, parent: 'clinical-patient-care', source: ccma },
  { id: 'phlebotomy', name: 'Phlebotomy', items: 12, parent: 'clinical-patient-care', source: ccma },
  { id: 'ekg', name: 'EKG and Cardiovascular Testing', items: 6, parent: 'clinical-patient-care', source: ccma },
  { id: 'care-coordination-education', name: 'Patient Care Coordination and Education', items: 12, source: ccma },
  { id: 'administrative-assisting', name: 'Administrative Assisting', items: 12, source: ccma },
  { id: 'communication-customer-service', name: 'Communication and Customer Service', items: 12, source: ccma },
  { id: 'medical-law-ethics', name: 'Medical Law and Ethics', items: 7, source: ccma },
] as const satisfies readonly ({ id: string; name: string; items: number; parent?: string } & Sourced)[];
/** One CCMA domain or subdomain. */
export type CcmaDomainId = (typeof CCMA_DOMAINS)[number]['id'];

const cmaa = checked(SOURCES.nhaCmaa2021, 'Item counts checked on a copy of the 2021 test plan (Rev01222022): Foundational 10, Communication 21, Law/Ethics/Compliance 17, Scheduling 16, Patient Encounter 21, Billing 11, Practice Administration 14; 110 items.');

/** CMAA (NHA 2021) domains, with scored item counts. */
export const CMAA_DOMAINS = [
  { id: 'foundational-knowledge', name: 'Foundational Knowledge', items: 10, source: cmaa },
  { id: 'communication', name: 'Communication', items: 21, source: cmaa },
  { id: 'law-ethics-compliance', name: 'Law, Ethics and Compliance', items: 17, source: cmaa },
  { id: 'scheduling', name: 'Scheduling', items: 16, source: cmaa },
  { id: 'patient-encounter', name: 'Patient Encounter', items: 21, source: cmaa },
  { id: 'billing', name: 'Billing', items: 11, source: cmaa },
  { id: 'practice-administration', name: 'Practice Administration', items: 14, source: cmaa },
] as const satisfies readonly ({ id: string; name: string; items: number } & Sourced)[];
/** One CMAA domain. */
export type CmaaDomainId = (typeof CMAA_DOMAINS)[number]['id'];

/** A competency and the outline domains it maps to (what to practise in it comes from the day's findings: `scoring/practise-next.ts`). */
export interface Competency extends Sourced {
  readonly id: CompetencyId;
  readonly displayName: string;
  readonly crosswalk: {
    readonly cma: readonly CmaDomainId[];
    readonly ccma: readonly CcmaDomainId[];
    readonly cmaa: readonly CmaaDomainId[];
  };
}

const mapping = checked(
  SOURCES.aamaCmaOutline2021,
  'Our own mapping of the competency spine onto the domains of the CMA (AAMA 2021), CCMA (NHA 2022) and CMAA (NHA 2021) outlines; the mapping itself is a design judgement.',
);

/** The competency spine with its crosswalk (version `CROSSWALK_VERSION`). */
export const COMPETENCIES: readonly Competency[] = [
  {
    id: 'patient-identification',
    displayName: 'Patient identification',
    crosswalk: { cma: ['clinical-competency', 'administrative'], ccma: ['intake-vitals', 'phlebotomy'], cmaa: ['patient-encounter'] },
    source: mapping,
  },
  {
    id: 'registration-insurance',
    displayName: 'Registration, insurance and authorisation',
    crosswalk: { cma: ['administrative'], ccma: ['administrative-assisting'], cmaa: ['patient-encounter', 'billing'] },
    source: mapping,
  },
  {
    id: 'scheduling',
    displayName: 'Scheduling and schedule repair',
    crosswalk: { cma: ['administrative'], ccma: ['administrative-assisting', 'care-coordination-education'], cmaa: ['scheduling'] },
    source: mapping,
  },
  {
    id: 'rooming-history',
    displayName: 'Rooming and history',
    crosswalk: { cma: ['clinical-competency'], ccma: ['intake-vitals'], cmaa: ['patient-encounter'] },
    source: mapping,
  },
  {
    id: 'vital-signs',
    displayName: 'Vital signs and BP technique',
    crosswalk: { cma: ['clinical-competency'], ccma: ['intake-vitals'], cmaa: [] },
    source: mapping,
  },
  {
    id: 'infection-control',
    displayName: 'Infection control',
    crosswalk: { cma: ['clinical-competency'], ccma: ['infection-control'], cmaa: [] },
    source: mapping,
  },
  {
    id: 'specimen-collection',
    displayName: 'Specimen collection and labelling',
    crosswalk: { cma: ['clinical-competency'], ccma: ['phlebotomy', 'point-of-care-testing'], cmaa: [] },
    source: mapping,
  },
  {
    id: 'point-of-care-testing',
    displayName: 'CLIA-waived testing and quality control',
    crosswalk: { cma: ['clinical-competency'], ccma: ['point-of-care-testing'], cmaa: [] },
    source: mapping,
  },
  {
    id: 'immunizations',
    displayName: 'Injections and immunisations',
    crosswalk: { cma: ['clinical-competency'], ccma: ['general-patient-care'], cmaa: [] },
    source: mapping,
  },
  {
    id: 'ecg',
    displayName: 'ECG recording',
    crosswalk: { cma: ['clinical-competency'], ccma: ['ekg'], cmaa: [] },
    source: mapping,
  },
  {
    id: 'documentation-privacy',
    displayName: 'Documentation and privacy',
    crosswalk: { cma: ['general', 'administrative'], ccma: ['medical-law-ethics', 'administrative-assisting'], cmaa: ['law-ethics-compliance'] },
    source: mapping,
  },
  {
    id: 'coding',
    displayName: 'Coding',
    crosswalk: { cma: ['administrative'], ccma: ['administrative-assisting'], cmaa: ['billing'] },
    source: mapping,
  },
  {
    id: 'claims-denials',
    displayName: 'Claims and denials',
    crosswalk: { cma: ['administrative'], ccma: ['administrative-assisting'], cmaa: ['billing', 'practice-administration'] },
    source: mapping,
  },
  {
    id: 'communication',
    displayName: 'Communication',
    crosswalk: { cma: ['general'], ccma: ['communication-customer-service', 'care-coordination-education'], cmaa: ['communication'] },
    source: mapping,
  },
  {
    id: 'escalation',
    displayName: 'Emergencies and escalation',
    crosswalk: { cma: ['clinical-competency', 'general'], ccma: ['general-patient-care'], cmaa: ['patient-encounter'] },
    source: mapping,
  },
  {
    id: 'patient-flow',
    displayName: 'Patient flow and time management',
    crosswalk: { cma: ['administrative', 'general'], ccma: ['administrative-assisting'], cmaa: ['scheduling', 'practice-administration'] },
    source: mapping,
  },
];

/** The competency with this id. */
export function competency(id: CompetencyId): Competency {
  const found = COMPETENCIES.find((c) => c.id === id);
  if (found === undefined) throw new RangeError(`Unknown competency ${id}`);
  return found;
}
