/**
 * The ECG codes: 93000 when the clinic records the tracing and its provider interprets it and
 * writes the report, 93005 when the clinic records it and someone elsewhere reads it, 93010 for
 * the reader's interpretation and report (never the clinic's to bill when it sent the tracing out).
 */
import { SOURCES, checked, type Sourced } from '../source';

/** The three routine 12-lead ECG codes. */
export const ECG_CODES = ['93000', '93005', '93010'] as const;
/** One ECG code. */
export type EcgCode = (typeof ECG_CODES)[number];

/** Who reads the tracing (the scenario's `Order.ecg.interpretation`). */
export type EcgInterpretation = 'in-house' | 'sent-out';

/** What an ECG code covers and who bills it. */
export interface EcgCodeFact extends Sourced {
  readonly component: 'global' | 'technical' | 'professional';
  readonly covers: string;
  readonly billedBy: string;
}

const aapc = SOURCES.aapcEcgComponents;

/** What each ECG code covers and who bills it. */
export const ECG_CODE_FACTS: Readonly<Record<EcgCode, EcgCodeFact>> = {
  '93000': {
    component: 'global',
    covers: 'The tracing and its interpretation with a written report.',
    billedBy: 'The clinic whose staff record the tracing on its machine and whose provider interprets it and signs a written report.',
    source: checked(aapc, 'Checked: the global code when the practice owns the equipment, makes the tracing, and its physician interprets and issues a written report. medicarePaymentEcg lists the three descriptors (Midmark summary).'),
  },
  '93005': {
    component: 'technical',
    covers: 'The tracing only, without interpretation and report.',
    billedBy: 'The clinic that records the tracing when a physician elsewhere (or outside its group) reads it and writes the report.',
    source: checked(aapc, 'Checked: the practice that makes the tracing but does not issue the report bills 93005; a physician only glancing at the tracing without a written report does not make it 93000.'),
  },
  '93010': {
    component: 'professional',
    covers: 'The interpretation and written report only.',
    billedBy: 'The physician who reads the tracing and writes the report (for a sent-out tracing, the reading cardiologist, not the clinic).',
    source: checked(aapc, 'Checked: 93010 interpretation and report only, billed by the physician who reads and reports. Coding Ahead (93010): used when the interpreting clinician reads a tracing made by another entity; no 26 or TC modifier on these codes.'),
  },
};

/** Who bills what when the tracing is read elsewhere. */
export const ECG_READ_ELSEWHERE: Sourced & { readonly text: string } = {
  text: 'When the clinic records the ECG and sends it to a cardiologist to be read, the clinic bills the tracing only (93005) and the cardiologist bills the interpretation and report (93010). The clinic bills 93000 only when its own provider interprets the tracing and signs a written report, and never adds 93010 for a tracing it sent out.',
  source: checked(aapc, 'Checked: split billing between the practice (93005) and the reading physician (93010).'),
};

/** The code the clinic bills for a recorded ECG: 93000 read in house, 93005 sent out. */
export function clinicEcgCode(interpretation: EcgInterpretation): '93000' | '93005' {
  return interpretation === 'in-house' ? '93000' : '93005';
}
