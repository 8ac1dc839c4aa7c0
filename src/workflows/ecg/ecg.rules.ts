/**
 * The rules of recording an ordered 12-lead ECG, and the pure functions that judge them: the
 * patient identified and prepared (explained, privacy, supine, the skin as the patient needs
 * it), the ten electrodes where they belong, the machine at the standard settings with the
 * patient's data on the tracing, the tracing checked for artefacts and only a clean one handed
 * over, an urgent tracing in the provider's hands at once, and the reading left to the
 * provider.
 */
import {
  ARTEFACT_CAUSES,
  correctSite,
  ECG_PREPARATION,
  type EcgArtefact,
  type EcgElectrode,
  type ElectrodeSite,
  isLimbElectrode,
  isLimbSite,
  isMidwayV2V4,
  STANDARD_SETTINGS,
  type Gain,
  type PaperSpeed,
  type PatientPosition,
  type SkinPrepStep,
} from '../../reference/ecg';
import { checked, SOURCES } from '../../reference/source';
import { type Check, defineRule, missed, passed, type Rule } from '../../scoring/finding';
import { type CheckSubject, identificationProblems, type PatientIdentifiedAction } from '../shared/patient-contact';
import { normalizeName } from '../shared/patient-identity';
import type { ArtefactRemedy, HandoverUrgency } from './ecg.actions';
import type { EnteredPatientData } from './ecg.context';
import { formatUsDate, readWrittenDate } from '../../reference/iso-date';

/** An artefact in words: "somatic tremor". */
export function artefactName(artefact: EcgArtefact): string {
  return artefact === 'ac-interference' ? 'AC interference' : artefact.replace(/-/g, ' ');
}

/** A site in words: "the 3rd intercostal space at the right sternal border", "the left arm". */
export function siteWords(site: ElectrodeSite): string {
  if (isLimbSite(site)) return `the ${site.limb.replace('-', ' ')}`;
  // Midway between V2 and V4 is a point with no intercostal space of its own (AHA): naming one would send the trainee looking for it.
  if (isMidwayV2V4(site)) return 'midway between V2 and V4';
  const ordinal = site.space === 2 ? '2nd' : site.space === 3 ? '3rd' : `${site.space}th`;
  // On the axillary lines a site is a level (AHA/ACCF/HRS 2007: V5 and V6 level with V4), not the space followed round to the side.
  if (site.line === 'anterior-axillary' || site.line === 'mid-axillary') return `the ${site.line.replace(/-/g, ' ')} line level with the ${ordinal} intercostal space`;
  const line = site.line === 'between-v2-and-v4' ? 'midway between V2 and V4' : `at the ${site.line.replace(/-/g, ' ')}${site.line.endsWith('border') ? '' : ' line'}`;
  return `the ${ordinal} intercostal space ${line}`;
}

/** Text that follows a colon or a bracket: its first letter in lower case, unless it names a lead or electrode ("V1", "RA"). */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? `${text[0]!.toLowerCase()}${text.slice(1)}` : text;
}

/** A list in words: "a, b and c". */
function listWords(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** `ecg.patient-id`: two identifiers stated before the first electrode. */
export const ecgPatientIdRule = defineRule({
  id: 'ecg.patient-id',
  competency: 'patient-identification',
  severity: 'critical',
  title: 'Have the patient state two identifiers before the first electrode',
  why: 'A tracing recorded on the wrong patient is read as another person’s heart: a missed infarct for one, a wrong treatment for the other. The room or a yes/no answer does not prove who is on the bed.',
  source: checked(SOURCES.jointCommissionNpsg, 'Two identifiers before a procedure; never the room number. MA ECG procedure guides (maEcgProcedureGuides) start with the two identifiers.'),
});

/** `ecg.hand-hygiene`: clean hands before touching the patient. */
export const ecgHandHygieneRule = defineRule({
  id: 'ecg.hand-hygiene',
  competency: 'infection-control',
  severity: 'major',
  title: 'Clean your hands before you touch the patient at the ECG bed',
  why: 'Ten electrodes mean hands on the chest, the arms and the legs: hands carry organisms from the last patient and the last surface onto the skin.',
  source: checked(SOURCES.cdcHandHygiene2002, 'Hand hygiene before patient contact.'),
});

/** `ecg.preparation`: explained, privacy, supine, the skin prepared, before the first electrode. */
export const ecgPreparationRule = defineRule({
  id: 'ecg.preparation',
  competency: 'ecg',
  severity: 'major',
  title: 'Before the first electrode: explain the ECG, give privacy, lay the patient supine and prepare the skin as the patient needs',
  why: `${ECG_PREPARATION.explain.text} ${ECG_PREPARATION.privacy.text} ${ECG_PREPARATION.position.text} ${ECG_PREPARATION.skin.text}`,
  source: ECG_PREPARATION.skin.source,
});

/** `ecg.electrode-placement`: each chest electrode at its space and line, no limb electrode on the torso. */
export const ecgElectrodePlacementRule = defineRule({
  id: 'ecg.electrode-placement',
  competency: 'ecg',
  severity: 'major',
  title: 'Place each chest electrode at its intercostal space and line, and each limb electrode on its limb, away from the torso',
  why: 'V1 and V2 go in the 4th intercostal space either side of the sternum, V4 in the 5th at the midclavicular line, V3 midway between them, V5 and V6 level with V4; limb electrodes on the distal limbs. An electrode off its site changes its lead’s shape and can mimic disease (a high V1 or V2 mimics an old septal infarct or a bundle branch block), and the tracing can no longer be compared with earlier ones.',
  source: correctSite('V1').source,
});

/** `ecg.limb-leads`: each limb electrode on its own limb. */
export const ecgLimbLeadsRule = defineRule({
  id: 'ecg.limb-leads',
  competency: 'ecg',
  severity: 'major',
  title: 'Put each limb electrode on its own limb: RA right arm, LA left arm, RL right leg, LL left leg',
  why: 'Swapped limb electrodes rearrange the limb leads: with the arms swapped lead I is upside down, II and III trade places and so do aVR and aVL, which can look like a change in the heart’s axis, an old infarct or dextrocardia.',
  source: ARTEFACT_CAUSES['limb-leads-reversed'].source,
});

/** `ecg.settings`: 25 mm/s, 10 mm/mV and the patient’s data on the tracing handed over. */
export const ecgSettingsRule = defineRule({
  id: 'ecg.settings',
  competency: 'ecg',
  severity: 'major',
  title: 'Record at 25 mm/s and 10 mm/mV, with the patient’s name, date of birth and sex entered on the machine',
  why: 'The provider measures intervals and voltages against the standard grid: at another speed or gain every measurement is wrong unless it is noticed. The tracing is a record: without the patient’s name and date of birth on it, it can be filed under another person.',
  source: STANDARD_SETTINGS.source,
});

/** `ecg.artefact`: artefacts named rightly, remedied with what fits, none on the tracing handed over. */
export const ecgArtefactRule = defineRule({
  id: 'ecg.artefact',
  competency: 'ecg',
  severity: 'major',
  title: 'Check the tracing for artefacts, name what you see, remedy its cause and record again: hand over only a clean tracing',
  why: 'Tremor, interference, a wandering baseline or reversed leads hide or mimic the waves the provider reads; a remedy that does not fit the artefact changes nothing and costs the patient time on the bed.',
  source: ARTEFACT_CAUSES['somatic-tremor'].source,
});

/** `ecg.urgent-tracing`: an urgent tracing in the provider’s hands at once. */
export const ecgUrgentTracingRule = defineRule({
  id: 'ecg.urgent-tracing',
  competency: 'escalation',
  severity: 'critical',
  title: 'Put an urgent tracing (chest pain now) into the provider’s hands at once, not in the review queue',
  why: 'A patient with chest pain needs the ECG read for an ST-elevation infarct within 10 minutes of arrival; a tracing waiting in the queue delays the treatment that saves heart muscle.',
  source: checked(SOURCES.chestPainGuideline2021, 'An ECG acquired and reviewed within 10 minutes of arrival for acute chest pain.'),
});

/** `ecg.scope`: the tracing is not interpreted for the patient. */
export const ecgScopeRule = defineRule({
  id: 'ecg.scope',
  competency: 'ecg',
  severity: 'critical',
  title: 'Do not interpret the tracing for the patient: the provider reads it and tells them',
  why: 'Reading an ECG is a diagnosis, outside a medical assistant’s scope: “your heart looks fine” may be wrong, and a patient reassured by it may not wait for the provider or come back when it matters.',
  source: checked(SOURCES.aamaScopeInterpretation, 'Patient education only where it needs no interpretive judgment; diagnosis and assessment are the provider’s.'),
});

/** Every rule of the ECG workflow (the shared needless-alert rule it also judges is listed by the workflows that own it). */
export const ECG_RULES: readonly Rule[] = [
  ecgPatientIdRule,
  ecgHandHygieneRule,
  ecgPreparationRule,
  ecgElectrodePlacementRule,
  ecgLimbLeadsRule,
  ecgSettingsRule,
  ecgArtefactRule,
  ecgUrgentTracingRule,
  ecgScopeRule,
];

function judge(rule: Rule, subject: CheckSubject, problem: string | null, remedy: string, detail?: { explanation?: string; source?: Rule['source'] }): Check {
  if (problem === null) return passed(rule, subject.patientId, subject.minute);
  return missed(rule, { patientId: subject.patientId, atMinute: subject.minute, message: `${subject.patientName}: ${problem}.`, remedy, ...detail });
}

/** Two identifiers stated before the first electrode. */
export function identificationCheck(subject: CheckSubject & { identification: PatientIdentifiedAction | null }): Check {
  const problems = identificationProblems(subject.identification);
  return judge(
    ecgPatientIdRule,
    subject,
    problems.length === 0 ? null : `the first electrode went on before proper identification (${problems.join('; ')})`,
    'Before you touch the patient, ask them to state full name and date of birth, and compare both with the order.',
  );
}

/** Hand hygiene before the first electrode. */
export function handHygieneCheck(subject: CheckSubject & { handsCleaned: boolean }): Check {
  return judge(ecgHandHygieneRule, subject, subject.handsCleaned ? null : 'the electrodes went on without hand hygiene', 'Clean your hands before you touch the patient, in front of them.');
}

/** What the preparation lacked when the first electrode went on, in words; empty when it was complete. */
export function preparationProblems(prep: { explained: boolean; privacy: boolean; position: PatientPosition | null; skinMissing: readonly SkinPrepStep[] }): string[] {
  const problems: string[] = [];
  if (!prep.explained) problems.push('the ECG was not explained (what happens, that it does not hurt, to lie still)');
  if (!prep.privacy) problems.push('the patient had no privacy or gown');
  if (prep.position !== ECG_PREPARATION.position.standard) problems.push(prep.position === null ? 'the patient was not laid down' : `the patient was ${prep.position === 'semi-fowler' ? 'propped up (semi-Fowler)' : 'seated'} instead of supine`);
  const words: Readonly<Record<SkinPrepStep, string>> = { cleaned: 'cleaned', dried: 'dried', 'hair-clipped': 'clipped of hair', 'lotion-removed': 'cleared of lotion' };
  if (prep.skinMissing.length > 0) problems.push(`the skin was not ${listWords(prep.skinMissing.map((step) => words[step]))}`);
  return problems;
}

/** The preparation, judged as the first electrode goes on. */
export function preparationCheck(subject: CheckSubject & { explained: boolean; privacy: boolean; position: PatientPosition | null; skinMissing: readonly SkinPrepStep[] }): Check {
  const problems = preparationProblems(subject);
  return judge(
    ecgPreparationRule,
    subject,
    problems.length === 0 ? null : `the first electrode went on before the patient was ready: ${listWords(problems)}`,
    'Explain the ECG, close the door and give a gown opening to the front, lay the patient flat with arms by the sides, and clean and dry each site (clip hair and remove lotion where there is any) before the first electrode.',
    subject.skinMissing.length > 0 ? undefined : { explanation: `${ECG_PREPARATION.explain.text} ${ECG_PREPARATION.privacy.text} ${ECG_PREPARATION.position.text}`, source: ECG_PREPARATION.position.source },
  );
}

/** One electrode off its site, as the reference describes it. */
export interface MisplacedOnTracing {
  readonly electrode: EcgElectrode;
  readonly placedAt: ElectrodeSite | null;
  readonly correct: ElectrodeSite;
  readonly effect: string;
  readonly verified?: boolean;
}

/** Whether a misplaced electrode is a limb electrode on another limb: a limb-lead reversal, judged by `ecg.limb-leads`. */
export function isLimbSwap(misplaced: MisplacedOnTracing): boolean {
  return isLimbElectrode(misplaced.electrode) && misplaced.placedAt !== null && isLimbSite(misplaced.placedAt);
}

/** One misplacement in words, with its effect where the reference confirms it. */
function misplacementWords(m: MisplacedOnTracing): string {
  const where = m.placedAt === null ? `${m.electrode} was not placed` : `${m.electrode} was on ${siteWords(m.placedAt)} instead of ${siteWords(m.correct)}`;
  // An effect the reference could not confirm is not shown as fact.
  return m.verified === false ? where : `${where} (${lowerFirst(m.effect.replace(/\.$/, ''))})`;
}

/** The chest and torso misplacements of the first tracing. */
export function electrodePlacementCheck(subject: CheckSubject & { misplaced: readonly MisplacedOnTracing[] }): Check {
  const off = subject.misplaced.filter((m) => !isLimbSwap(m));
  return judge(
    ecgElectrodePlacementRule,
    subject,
    off.length === 0 ? null : `the first tracing was recorded with ${off.length === 1 ? 'an electrode' : `${off.length} electrodes`} off its site: ${off.map(misplacementWords).join('; ')}`,
    'Find the angle of Louis, slide down to the 2nd intercostal space and count down to the 4th for V1 and V2 either side of the sternum; V4 in the 5th at the midclavicular line, V3 midway between, V5 and V6 level with V4 on the anterior and mid-axillary lines.',
  );
}

/** The limb electrodes of the first tracing, each on its own limb. */
export function limbLeadsCheck(subject: CheckSubject & { misplaced: readonly MisplacedOnTracing[] }): Check {
  const swapped = subject.misplaced.filter(isLimbSwap);
  const effect = swapped.find((m) => m.verified !== false)?.effect;
  return judge(
    ecgLimbLeadsRule,
    subject,
    swapped.length === 0
      ? null
      : `the limb electrodes were swapped (${swapped.map((m) => `${m.electrode} on ${siteWords(m.placedAt!)}`).join(', ')})${effect === undefined ? '' : `: ${lowerFirst(effect.replace(/\.$/, ''))}`}`,
    'Read the label on each lead wire (RA, LA, RL, LL) and clip it to the electrode on that limb; if lead I comes out upside down with aVR upright, the arm leads are swapped: correct them and record again.',
  );
}

/** What was wrong with the settings and the patient's data of the tracing handed over, in words. */
export function settingsProblems(facts: {
  paperSpeed: PaperSpeed;
  gain: Gain;
  entered: EnteredPatientData | null;
  chart: { readonly names: readonly string[]; readonly dateOfBirth: string; readonly sex: 'female' | 'male' | 'unknown' };
}): { settings: string[]; data: string[] } {
  const settings: string[] = [];
  if (facts.paperSpeed !== STANDARD_SETTINGS.paperSpeed) settings.push(`the paper ran at ${facts.paperSpeed} mm/s instead of ${STANDARD_SETTINGS.paperSpeed}`);
  if (facts.gain !== STANDARD_SETTINGS.gain) settings.push(`the gain was ${facts.gain} mm/mV instead of ${STANDARD_SETTINGS.gain}`);
  const data: string[] = [];
  if (facts.entered === null) data.push('no patient data was entered, so the tracing carries no name or date of birth');
  else {
    if (!facts.chart.names.some((name) => normalizeName(name) === normalizeName(facts.entered!.name))) data.push(`the name was entered as “${facts.entered.name}”`);
    // The date is judged, not the way it is written: the chart's 8/9/1992 and 1992-08-09 are the same birthday.
    if (readWrittenDate(facts.entered.dateOfBirth) !== facts.chart.dateOfBirth) data.push(`the date of birth was entered as “${facts.entered.dateOfBirth}” (the chart has ${formatUsDate(facts.chart.dateOfBirth)})`);
    if (facts.chart.sex !== 'unknown' && facts.entered.sex !== facts.chart.sex) data.push(`the sex was entered as ${facts.entered.sex}`);
  }
  return { settings, data };
}

/** The settings and the patient's data of the tracing handed over. */
export function settingsCheck(subject: CheckSubject & Parameters<typeof settingsProblems>[0]): Check {
  const { settings, data } = settingsProblems(subject);
  const problems = [...settings, ...data];
  return judge(
    ecgSettingsRule,
    subject,
    problems.length === 0 ? null : `the tracing handed over was wrong in its record: ${listWords(problems)}`,
    'Before recording, check 25 mm/s and 10 mm/mV on the machine’s screen, and enter the name and date of birth exactly as the chart has them, and the sex.',
    settings.length === 0 ? { source: checked(SOURCES.jointCommissionNpsg, 'Two identifiers on every record of a procedure, so that it is filed to the right patient.') } : undefined,
  );
}

/** What the trainee named on a tracing, against what it showed: a name that is wrong is a finding; "none" on a spoiled tracing is judged at the hand-over. */
export function artefactNamedCheck(subject: CheckSubject & { named: EcgArtefact | 'none'; shown: readonly EcgArtefact[] }): Check | null {
  if (subject.named === 'none') return null;
  if (subject.shown.includes(subject.named)) return passed(ecgArtefactRule, subject.patientId, subject.minute);
  const shown = subject.shown.length === 0 ? 'the tracing was clean' : `the tracing showed ${listWords(subject.shown.map(artefactName))}`;
  return judge(
    ecgArtefactRule,
    subject,
    `the tracing was read as showing ${artefactName(subject.named)}, but ${shown}`,
    `Learn each artefact’s look: ${ARTEFACT_CAUSES[subject.named].looksLike}`,
    { source: ARTEFACT_CAUSES[subject.named].source },
  );
}

/** A remedy that fits no artefact the last tracing showed: it changes nothing. */
export function remedyCheck(subject: CheckSubject & { remedy: ArtefactRemedy; shown: readonly EcgArtefact[] }): Check | null {
  const fits = subject.shown.some((artefact) => ARTEFACT_CAUSES[artefact].remedy === subject.remedy);
  if (fits) return null;
  const shown = subject.shown.length === 0 ? 'the tracing was clean' : `the tracing showed ${listWords(subject.shown.map(artefactName))}`;
  const needed = subject.shown.map((artefact) => `${artefactName(artefact)}: ${ARTEFACT_CAUSES[artefact].remedy.replace(/-/g, ' ')}`);
  return judge(
    ecgArtefactRule,
    subject,
    `“${subject.remedy.replace(/-/g, ' ')}” was done, but ${shown}, which it does not fix`,
    needed.length === 0 ? 'A clean tracing needs no remedy: hand it over.' : `Fit the remedy to the artefact (${needed.join('; ')}), then record again.`,
  );
}

/** The tracing handed over: clean, or still showing its artefacts. */
export function handedOverCleanCheck(subject: CheckSubject & { shown: readonly EcgArtefact[] }): Check {
  const first = subject.shown[0];
  return judge(
    ecgArtefactRule,
    subject,
    first === undefined ? null : `the tracing handed to the provider still showed ${listWords(subject.shown.map(artefactName))}`,
    first === undefined ? '' : `Check every tracing before it leaves you: ${ARTEFACT_CAUSES[first].looksLike} Remedy it (${ARTEFACT_CAUSES[first].remedy.replace(/-/g, ' ')}) and record again.`,
    first === undefined ? undefined : { source: ARTEFACT_CAUSES[first].source },
  );
}

/** An urgent tracing: in the provider's hands at once, or (null) never handed over before the ECG was finished. */
export function urgentTracingCheck(subject: CheckSubject & { handedOver: HandoverUrgency | null }): Check {
  const problem =
    subject.handedOver === 'at-once'
      ? null
      : subject.handedOver === 'routine'
        ? 'the tracing of a patient with chest pain went into the review queue instead of straight to the provider'
        : 'the tracing of a patient with chest pain never reached the provider';
  return judge(ecgUrgentTracingRule, subject, problem, 'When the order says the provider must see the tracing now (chest pain), take it to the provider at once, interrupting if need be, the moment it is recorded clean.');
}

/** The tracing explained to the patient (a miss), or (at the end) never explained (a pass). */
export function scopeCheck(subject: CheckSubject & { explainedToPatient: boolean }): Check {
  return judge(
    ecgScopeRule,
    subject,
    subject.explainedToPatient ? 'the tracing was explained to the patient (“your heart looks fine”)' : null,
    'If the patient asks what the tracing shows, say that the provider reads it and will go over it with them.',
  );
}
