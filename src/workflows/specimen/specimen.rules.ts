/**
 * The rules of specimen collection, point-of-care testing and procedures at the lab station,
 * and the pure functions that judge them.
 */
import {
  CAPILLARY_ORDER_EXPLANATION,
  capillaryOrderViolations,
  CARRY_OVER_EFFECTS,
  isMicrotubeId,
  microtube,
  type MicrotubeId,
  orderOfDrawViolations,
  tube,
  type TubeId,
} from '../../reference/order-of-draw';
import { formatUsDate, readWrittenDate } from '../../reference/iso-date';
import { SOURCES, checked } from '../../reference/source';
import { type CriticalResultRule, orderableTest, type TestId } from '../../reference/tests';
import { type Check, defineRule, missed, passed, type Rule } from '../../scoring/finding';
import { type CheckSubject, identificationProblems, type PatientIdentifiedAction } from '../shared/patient-contact';
import { controlLevels, isInDate, type KitLot, TOURNIQUET_SECONDS } from './specimen.kits';
import type { ContainerId, SpecimenLabel, VenipunctureDevice } from './specimen.actions';
import { SPECIMEN_ACTION_LABELS } from './specimen.labels';

/** A step of this workflow in the trainee's words (its button's label), for a finding that names what came next. */
function stepWords(type: string): string {
  return ((SPECIMEN_ACTION_LABELS as Readonly<Record<string, string>>)[type] ?? type).toLowerCase();
}

export const specimenPatientIdRule = defineRule({
  id: 'specimen.patient-id',
  competency: 'patient-identification',
  severity: 'critical',
  title: 'Have the patient state two identifiers before any collection',
  why: 'A specimen from the wrong patient gives another person’s result: a missed diagnosis for one, a wrong treatment for the other. The room or a yes/no answer does not prove who is in the chair.',
  source: checked(SOURCES.jointCommissionNpsg, 'Two identifiers before collecting any specimen, giving medication or doing a procedure; never the room number.'),
});

export const specimenRequisitionRule = defineRule({
  id: 'specimen.requisition',
  competency: 'specimen-collection',
  severity: 'major',
  title: 'Check the requisition against the orders before collecting',
  why: 'The requisition decides which tubes are drawn and which tests run; checking it first is how a missing or extra test is caught before the needle, not after the patient has gone.',
  source: checked(SOURCES.clsiGp41, 'Pre-collection: verify the request and assemble the right tubes.'),
});

export const specimenHandHygieneRule = defineRule({
  id: 'specimen.hand-hygiene',
  competency: 'infection-control',
  severity: 'major',
  title: 'Clean your hands before the first contact at the lab station',
  why: 'Hands carry organisms from the last patient and the last surface into the puncture site.',
  source: checked(SOURCES.cdcHandHygiene2002, 'Hand hygiene before patient contact and before putting on gloves.'),
});

export const specimenGlovesRule = defineRule({
  id: 'specimen.gloves',
  competency: 'infection-control',
  severity: 'major',
  title: 'Wear gloves before any contact with blood or body fluids',
  why: 'Gloves are the barrier between the collector and the patient’s blood; a needle-stick or a drop on broken skin can transmit hepatitis B, hepatitis C or HIV.',
  source: checked(SOURCES.oshaBloodbornePathogens, 'Gloves when contact with blood or other potentially infectious materials can be reasonably anticipated (1910.1030(d)(3)(ix)).'),
});

export const specimenSkinAntisepsisRule = defineRule({
  id: 'specimen.skin-antisepsis',
  competency: 'infection-control',
  severity: 'major',
  title: 'Clean the puncture site with 70% alcohol and let it air-dry before the lancet or the needle',
  why: 'Skin bacteria carried in by the lancet or the needle can infect the site and contaminate the specimen. Alcohol still wet on the skin stings, mixes into the first drops and haemolyses the sample (a fingerstick glucose reads wrong); it disinfects only as it dries.',
  source: checked(
    SOURCES.clsiGp41,
    'Venipuncture: the site cleaned with 70% isopropyl alcohol and left to air-dry before the puncture, to disinfect, to prevent haemolysis and to spare the patient the sting (LabCE "Cleansing the venipuncture site", citing the 2017 CLSI standard). Capillary puncture: cleanse with alcohol and let it air-dry, do not wipe it dry (Owen Mumford\'s guide citing the WHO guidelines on drawing blood, 2010, and CLSI GP42-A6, 2008). The standards themselves are sold and were not read.',
  ),
});

export const specimenOrderOfDrawRule = defineRule({
  id: 'specimen.order-of-draw',
  competency: 'specimen-collection',
  severity: 'major',
  title: 'Draw the tubes in the CLSI order of draw (a discard tube first when a butterfly starts with citrate)',
  why: 'Additive carried on the needle from one tube into the next changes results: EDTA raises potassium and lowers calcium, clot activator shortens clotting times.',
  source: checked(SOURCES.clsiGp41, 'Culture, citrate, serum, heparin, EDTA, fluoride; the standard is sold, so the order was read in laboratory guides citing it (Labcorp coagulation collection; Quest Singapore citing GP41-A6; teaching tables citing GP41).'),
});

export const specimenCapillaryOrderRule = defineRule({
  id: 'specimen.capillary-order',
  competency: 'specimen-collection',
  severity: 'major',
  title: 'Fill the microtubes of a skin puncture in the CLSI GP42 order: blood gas, EDTA, other additives, serum',
  why: CAPILLARY_ORDER_EXPLANATION.text,
  source: checked(SOURCES.clsiGp42, 'Capillary order: blood gases, EDTA, other additives, serum; no light-blue microtubes for skin punctures (LabCE summary of the CLSI order; the standard itself is sold).'),
});

export const specimenTubeChoiceRule = defineRule({
  id: 'specimen.tube-choice',
  competency: 'specimen-collection',
  severity: 'major',
  title: 'Draw exactly the tubes the ordered tests need',
  why: 'A test run on the wrong additive is invalid (a PT/INR needs citrate, a CBC needs EDTA), and a missing tube means another needle for the patient.',
  source: checked(SOURCES.clsiGp41, 'Tubes per the test catalogue (src/reference/tests.ts).'),
});

export const specimenInversionsRule = defineRule({
  id: 'specimen.inversions',
  competency: 'specimen-collection',
  severity: 'minor',
  title: 'Invert each tube gently the number of times its additive needs',
  why: 'Too few inversions leave the additive unmixed (micro-clots in EDTA or citrate); shaking or too many haemolyse the sample.',
  source: SOURCES.bdOrderOfDraw,
});

export const specimenLabelRule = defineRule({
  id: 'specimen.label',
  competency: 'specimen-collection',
  severity: 'critical',
  title: 'Label every container after collection, in the patient’s presence: full name, second identifier, date and time, initials',
  why: 'The label is the only link between the tube and the patient. A pre-labelled tube can be filled from the wrong person; a wrong or missing label makes the lab reject the specimen and the patient must be stuck again.',
  source: checked(SOURCES.capGen40491, 'Primary containers labelled with two identifiers at the time of collection (GEN.40491 as quoted by LabCE and reference laboratories), in the patient’s presence (Joint Commission NPSG.01.01.01 EP 2): so not before the draw.'),
});

export const specimenTourniquetRule = defineRule({
  id: 'specimen.tourniquet-time',
  competency: 'specimen-collection',
  severity: 'minor',
  title: 'Keep the tourniquet on no longer than one minute and release it before the needle comes out',
  why: 'After a minute of stasis plasma leaks out of the vein and the sample concentrates: potassium, calcium, protein and cholesterol read falsely high. Withdrawing the needle under a tourniquet forces blood out and bruises the site.',
  source: checked(SOURCES.clsiGp41, 'Tourniquet on no longer than one minute (Labcorp coagulation collection guide; Quest Singapore citing GP41-A6); off before the needle comes out is the usual teaching (secondary: LabCE summary of CLSI).'),
});

export const safetySharpsRule = defineRule({
  id: 'safety.sharps',
  competency: 'infection-control',
  severity: 'major',
  title: 'Activate the safety device and put the sharp straight into the sharps container',
  why: 'A used needle or lancet left on the tray is the commonest source of needle-stick injuries to staff.',
  source: checked(SOURCES.oshaBloodbornePathogens, 'Contaminated sharps discarded immediately or as soon as feasible.'),
});

export const specimenCleanCatchRule = defineRule({
  id: 'specimen.clean-catch',
  competency: 'specimen-collection',
  severity: 'minor',
  title: 'Give clean-catch instructions when a test needs a clean-catch urine',
  why: 'Without cleansing and a midstream catch, skin and urethral bacteria contaminate the sample and mimic an infection.',
  source: checked(SOURCES.medlinePlusUrineCulture, 'Clean-catch (midstream) collection, with the cleansing and collection instructions the patient is given.'),
});

export const specimenOrdersCompleteRule = defineRule({
  id: 'specimen.orders-complete',
  competency: 'specimen-collection',
  severity: 'major',
  title: 'Complete every order before the patient leaves the lab station',
  why: 'An order left undone is a result the provider is waiting for and a patient who must come back.',
  source: checked(SOURCES.onetMedicalAssistantTasks, 'Collecting the ordered specimens and running the routine tests is the medical assistant\'s work (secondary for when: no guideline says an order is finished before the patient leaves).'),
});

export const poctQualityControlRule = defineRule({
  id: 'poct.quality-control',
  competency: 'point-of-care-testing',
  severity: 'major',
  title: 'Run the controls for the kit lot and check the expiry date before a patient test',
  why: 'Controls prove the lot reads known material correctly (a positive and a negative for a kit that reads yes or no; a low and a high level, each within its range, for a meter or analyser that reads a number); an expired kit or an unchecked lot can give a false result that looks just as sure as a true one.',
  source: checked(SOURCES.cmsCliaCertificateOfWaiver, 'Waived testing must follow the manufacturer’s instructions, which set the QC schedule and the expiry.'),
});

export const poctResultRecordingRule = defineRule({
  id: 'poct.result-recording',
  competency: 'point-of-care-testing',
  severity: 'major',
  title: 'Record the point-of-care result exactly as read, at the read time',
  why: 'The charted result is what the provider acts on: a transposed number or a positive charted as negative changes treatment.',
  source: checked(SOURCES.cdcReadySetTest, 'Waived tests: perform, read and record the result by the manufacturer\'s instructions.'),
});

export const poctCriticalResultRule = defineRule({
  id: 'poct.critical-result',
  competency: 'escalation',
  severity: 'critical',
  title: 'Report a critical point-of-care result to the provider at once',
  why: 'A glucose in the critical range can mean a patient about to lose consciousness; the provider must know before anything else is done.',
  source: checked(SOURCES.houstonMethodistCriticalValues, 'Critical values as in the test catalogue (each laboratory sets its own).'),
});

/** Every rule of the lab station. */
export const SPECIMEN_RULES: readonly Rule[] = [
  specimenPatientIdRule,
  specimenRequisitionRule,
  specimenHandHygieneRule,
  specimenGlovesRule,
  specimenSkinAntisepsisRule,
  specimenOrderOfDrawRule,
  specimenCapillaryOrderRule,
  specimenTubeChoiceRule,
  specimenInversionsRule,
  specimenLabelRule,
  specimenTourniquetRule,
  safetySharpsRule,
  specimenCleanCatchRule,
  specimenOrdersCompleteRule,
  poctQualityControlRule,
  poctResultRecordingRule,
  poctCriticalResultRule,
];

function judge(rule: Rule, subject: CheckSubject, problem: string | null, remedy: string, explanation?: string): Check {
  if (problem === null) return passed(rule, subject.patientId, subject.minute);
  return missed(rule, { patientId: subject.patientId, atMinute: subject.minute, message: `${subject.patientName}: ${problem}.`, remedy, ...(explanation ? { explanation } : {}) });
}

/** The display name of a container: a tube or microtube by cap colour and additive, or the urine cup. */
export function containerName(container: ContainerId): string {
  if (container === 'urine-cup') return 'Urine cup (sterile, screw cap)';
  return isMicrotubeId(container) ? microtube(container).displayName : tube(container).displayName;
}

/** Two identifiers stated by the patient before the first collection. */
export function specimenIdentificationCheck(subject: CheckSubject & { identification: PatientIdentifiedAction | null; firstStep: string }): Check {
  const problems = identificationProblems(subject.identification);
  return judge(
    specimenPatientIdRule,
    subject,
    problems.length === 0 ? null : `${subject.firstStep} before proper identification (${problems.join('; ')})`,
    'Before touching the patient, ask them to state full name and date of birth and compare both with the requisition and the order.',
  );
}

/** The requisition checked against the orders before the first collection. */
export function requisitionCheck(subject: CheckSubject & { checked: boolean; firstStep: string }): Check {
  return judge(specimenRequisitionRule, subject, subject.checked ? null : `${subject.firstStep} without checking the requisition against the orders`, 'Read the requisition against the provider’s orders (tests, patient, provider) and assemble the tubes and kits before you start.');
}

/** Hand hygiene before the first contact. */
export function specimenHandHygieneCheck(subject: CheckSubject & { handsCleaned: boolean; firstStep: string }): Check {
  return judge(specimenHandHygieneRule, subject, subject.handsCleaned ? null : `${subject.firstStep} without hand hygiene`, 'Clean your hands in front of the patient before the first contact, then put on gloves.');
}

/** Gloves before the first contact with blood or body fluids. */
export function glovesCheck(subject: CheckSubject & { glovesDonned: boolean; firstStep: string }): Check {
  return judge(specimenGlovesRule, subject, subject.glovesDonned ? null : `${subject.firstStep} without gloves`, 'Put on a fresh pair of gloves after hand hygiene and before any contact with blood, urine or swabs.');
}

/** The site cleaned with alcohol, and left to dry, before the skin was punctured. */
export function skinAntisepsisCheck(subject: CheckSubject & { disinfected: 'dry' | 'wet' | null; puncture: 'lancet' | 'needle' }): Check {
  const skin = subject.puncture === 'lancet' ? 'fingertip' : 'vein';
  const problem =
    subject.disinfected === null
      ? `the ${skin} was punctured without cleaning the site with alcohol first`
      : subject.disinfected === 'wet'
        ? `the ${skin} was punctured while the alcohol on the site was still wet`
        : null;
  return judge(
    specimenSkinAntisepsisRule,
    subject,
    problem,
    `Rub the site with a 70% isopropyl alcohol pad, let it air-dry (about 30 seconds; do not blow on it or wipe it), then puncture without touching the site again.`,
  );
}

/** The tubes of one venipuncture against the CLSI order of draw. */
export function orderOfDrawCheck(subject: CheckSubject & { drawn: readonly TubeId[]; device: VenipunctureDevice }): Check {
  const violations = orderOfDrawViolations(subject.drawn, { butterfly: subject.device === 'butterfly' });
  const [first] = violations;
  if (first === undefined) return passed(specimenOrderOfDrawRule, subject.patientId, subject.minute);
  const sequence = subject.drawn.map((id) => tube(id).displayName).join(' → ');
  if (first.kind === 'missing-discard') {
    return judge(
      specimenOrderOfDrawRule,
      subject,
      `the ${tube('light-blue-citrate').displayName} tube was drawn first through a butterfly set without a discard tube (${sequence})`,
      'With a butterfly, draw a discard tube first to fill the tubing with blood, then the light-blue citrate tube, so it fills to the line.',
      'The butterfly tubing holds air; without a discard tube the citrate tube under-fills and the 9:1 blood-to-citrate ratio of the coagulation test is wrong.',
    );
  }
  const effect = CARRY_OVER_EFFECTS.find((e) => (e.fromTube as TubeId) === first.after);
  return judge(
    specimenOrderOfDrawRule,
    subject,
    `the ${tube(first.tube).displayName} tube was drawn after the ${tube(first.after).displayName} tube (${sequence})`,
    'Draw in the CLSI order: blood culture, light blue (citrate), red or gold (serum), green (heparin), lavender (EDTA), grey (fluoride).',
    effect?.explanation,
  );
}

/** The microtubes of one skin puncture against the CLSI GP42 capillary order. */
export function capillaryOrderCheck(subject: CheckSubject & { filled: readonly MicrotubeId[] }): Check {
  const [first] = capillaryOrderViolations(subject.filled);
  if (first === undefined) return passed(specimenCapillaryOrderRule, subject.patientId, subject.minute);
  const sequence = subject.filled.map((id) => microtube(id).displayName).join(' → ');
  return judge(
    specimenCapillaryOrderRule,
    subject,
    `the ${microtube(first.microtube).displayName} was filled after the ${microtube(first.after).displayName} (${sequence})`,
    'Fill the microtubes in the CLSI GP42 capillary order: blood gas, then the lavender EDTA microtube, then other additive microtubes (green heparin), then serum (gold or red) last.',
    CAPILLARY_ORDER_EXPLANATION.text,
  );
}

/** The tubes drawn against the tubes the ordered venous tests need. */
export function tubeChoiceCheck(subject: CheckSubject & { needed: readonly TubeId[]; drawn: readonly TubeId[] }): Check {
  const drawn: readonly TubeId[] = subject.drawn.filter((id) => id !== 'discard');
  const missing = subject.needed.filter((id) => !drawn.includes(id));
  const extra = [...new Set(drawn.filter((id) => !subject.needed.includes(id)))];
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`no ${missing.map((id) => tube(id).displayName).join(', ')} was drawn`);
  if (extra.length > 0) parts.push(`${extra.map((id) => tube(id).displayName).join(', ')} was drawn though no order needs it`);
  return judge(specimenTubeChoiceRule, subject, parts.length === 0 ? null : parts.join('; '), 'Match each ordered test to its tube on the requisition (PT/INR: light blue citrate; TSH: gold SST; CBC: lavender EDTA) before the draw.');
}

/** One tube's inversions against its additive's range (BD chart). */
export function inversionsCheck(subject: CheckSubject & { tube: TubeId; times: number | null }): Check {
  const { min, max } = tube(subject.tube).inversions;
  const name = tube(subject.tube).displayName;
  const problem =
    subject.times === null
      ? `the ${name} tube was never inverted`
      : subject.times < min || subject.times > max
        ? `the ${name} tube was inverted ${subject.times} times (it needs ${min === max ? min : `${min}–${max}`})`
        : null;
  return judge(specimenInversionsRule, subject, problem, `Invert each tube gently, end over end, as soon as it is off the holder: ${name} ${min === max ? min : `${min}–${max}`} times.`);
}

/** The patient's names as a label may give them: given + family, or with the middle name. */
function acceptedNames(patient: { name: { given: string; middle?: string | undefined; family: string } }): string[] {
  const { given, middle, family } = patient.name;
  return [`${given} ${family}`, ...(middle ? [`${given} ${middle} ${family}`] : [])].map((n) => n.toLowerCase());
}

/** What is wrong with a container's label; empty when it is right. */
export function labelProblems(
  label: SpecimenLabel,
  facts: { patient: { name: { given: string; middle?: string | undefined; family: string }; dateOfBirth: string; mrn: string }; collectedAtMinute: number | null; labelledAtMinute: number },
): string[] {
  const problems: string[] = [];
  if (facts.collectedAtMinute === null) problems.push('it was labelled before the specimen was collected (pre-labelled)');
  if (!acceptedNames(facts.patient).includes(label.fullName.trim().toLowerCase())) problems.push(`the name reads "${label.fullName}", not the patient’s full name`);
  const second = label.secondIdentifier;
  if (second.kind === 'date-of-birth') {
    // The date is judged, not its written form: 11/30/1991 and 1991-11-30 are the same date of birth.
    if (readWrittenDate(second.value) !== facts.patient.dateOfBirth) problems.push(`the date of birth reads "${second.value}", not the chart's ${formatUsDate(facts.patient.dateOfBirth)}`);
  } else if (second.value.trim() !== facts.patient.mrn) {
    problems.push(`the MRN reads "${second.value}", not the chart's ${facts.patient.mrn}`);
  }
  const collectedAt = facts.collectedAtMinute;
  if (collectedAt !== null && (label.collectedAtMinute < collectedAt - 1 || label.collectedAtMinute > facts.labelledAtMinute)) {
    problems.push('the collection time is not the time the specimen was collected');
  }
  if (!/^[A-Za-z]{2,3}$/.test(label.initials.trim())) problems.push('the collector’s initials are missing');
  return problems;
}

/** One container's label, judged when it is written. */
export function labelCheck(subject: CheckSubject & { container: ContainerId; problems: readonly string[] }): Check {
  return judge(
    specimenLabelRule,
    subject,
    subject.problems.length === 0 ? null : `the ${containerName(subject.container)} label is wrong: ${subject.problems.join('; ')}`,
    'Label each container right after it is filled, at the patient’s side: full name, date of birth (or MRN), date and time of collection, and your initials; ask the patient to confirm the label.',
  );
}

/** A collected container sent without any label. */
export function missingLabelCheck(subject: CheckSubject & { container: ContainerId }): Check {
  return judge(specimenLabelRule, subject, `the ${containerName(subject.container)} was sent without a label`, 'Never let an unlabelled container leave the patient’s side: label it before you turn to the next task.');
}

/** The tourniquet's time and its release before the needle came out. */
export function tourniquetCheck(subject: CheckSubject & { seconds: number; releasedBeforeWithdrawal: boolean }): Check {
  const problems: string[] = [];
  if (subject.seconds > TOURNIQUET_SECONDS.limit) problems.push(`the tourniquet stayed on about ${subject.seconds} seconds`);
  if (!subject.releasedBeforeWithdrawal) problems.push('the needle was withdrawn with the tourniquet still on');
  return judge(specimenTourniquetRule, subject, problems.length === 0 ? null : problems.join('; '), 'Release the tourniquet as soon as blood flows into the first tube, and always before withdrawing the needle; if finding the vein takes over a minute, release and re-apply.');
}

/** A used sharp went straight into the sharps container (the very next step). */
export function sharpsCheck(subject: CheckSubject & { sharp: string; nextAction: string }): Check {
  return judge(
    safetySharpsRule,
    subject,
    subject.nextAction === 'sharps.disposed' ? null : `the used ${subject.sharp} was not disposed of straight away (the next step was “${stepWords(subject.nextAction)}”)`,
    'Activate the safety device as the sharp leaves the skin and drop it into the sharps container within reach before doing anything else.',
  );
}

/** Clean-catch instructions when a test needs a clean-catch specimen. */
export function cleanCatchCheck(subject: CheckSubject & { needed: boolean; instructed: boolean }): Check {
  return judge(
    specimenCleanCatchRule,
    subject,
    subject.needed && !subject.instructed ? 'the urine cup was handed over without clean-catch instructions, though the urinalysis needs a clean-catch specimen' : null,
    'Explain the clean catch: wash hands, cleanse front to back with the towelettes, start voiding into the toilet, catch the midstream in the cup without touching the inside, cap it.',
  );
}

/** The orders left undone when the patient leaves the lab station. */
export function ordersCompleteCheck(subject: CheckSubject & { undone: readonly TestId[] }): Check {
  return judge(
    specimenOrdersCompleteRule,
    subject,
    subject.undone.length === 0 ? null : `${subject.undone.map((id) => orderableTest(id).displayName).join(', ')} ${subject.undone.length === 1 ? 'was' : 'were'} ordered but not done`,
    'Before sending the patient on, tick every order on the requisition: each tube drawn, each test resulted, each procedure done.',
  );
}

/** Quality control before a patient test: an in-date lot whose controls were run. */
export function qualityControlCheck(subject: CheckSubject & { testId: TestId; lot: KitLot; controlRun: boolean; onDate: string }): Check {
  const problems: string[] = [];
  if (!isInDate(subject.lot, subject.onDate)) problems.push(`lot ${subject.lot.lot} expired on ${formatUsDate(subject.lot.expires)}, before today's ${formatUsDate(subject.onDate)}`);
  if (!subject.controlRun) problems.push(`no controls were run for lot ${subject.lot.lot}`);
  return judge(
    poctQualityControlRule,
    subject,
    problems.length === 0 ? null : `the ${orderableTest(subject.testId).displayName} was run on a kit that was not quality-controlled: ${problems.join('; ')}`,
    `Check the expiry date on the kit against today's date, take an in-date lot, run the ${controlLevels(subject.testId)} controls for that lot and confirm they read as expected before testing the patient.`,
  );
}

function normalisedResult(value: string | number): string {
  return String(value).trim().toLowerCase().replace(/\s+/g, ' ');
}

/** The recorded result against the result the test showed. */
export function resultRecordingCheck(subject: CheckSubject & { testId: TestId; shown: string | number; recorded: string | number }): Check {
  const same = normalisedResult(subject.shown) === normalisedResult(subject.recorded);
  return judge(
    poctResultRecordingRule,
    subject,
    same ? null : `the ${orderableTest(subject.testId).displayName} was recorded as "${subject.recorded}", but the test read "${subject.shown}"`,
    'Read the result at the kit’s read time and chart exactly what it shows, with units, before doing anything else.',
  );
}

/** True when a result is in the test's critical range. */
export function isCriticalResult(rule: CriticalResultRule | undefined, result: string | number): boolean {
  if (rule === undefined || typeof result !== 'number') return false;
  return (
    (rule.below !== undefined && result < rule.below) ||
    (rule.atOrBelow !== undefined && result <= rule.atOrBelow) ||
    (rule.above !== undefined && result > rule.above) ||
    (rule.atOrAbove !== undefined && result >= rule.atOrAbove)
  );
}

/** A critical result shown: the next action must be telling the provider. */
export function criticalResultCheck(subject: CheckSubject & { testId: TestId; result: string | number; nextAction: string }): Check {
  return judge(
    poctCriticalResultRule,
    subject,
    subject.nextAction === 'provider.alerted' ? null : `the ${orderableTest(subject.testId).displayName} read ${subject.result}, a critical value, and the next step was “${stepWords(subject.nextAction)}” instead of telling the provider`,
    'Stop and tell the provider at once, in person, with the value; stay with the patient.',
  );
}
