/**
 * The rules of giving an ordered vaccine, and the pure functions that judge them: the rights
 * of medication administration (patient, vaccine, time, dose, route, site, documentation),
 * the allergies and the order's scope, the vial and the cold chain, the technique, the
 * Vaccine Information Statement and the record, and the observation chair.
 */
import {
  ACUTE_REACTIONS,
  ASPIRATION,
  COMPONENT_ALLERGY_RULE,
  EXCURSION_RESPONSE,
  INSERTION_ANGLE,
  OBSERVATION,
  RECORD_FIELDS,
  STORAGE_RANGES,
  TST_MEASUREMENT,
  TST_READING_WINDOW,
  TST_WHEAL,
  tstReadingProblem,
  VIAL_DATING_RULE,
  VIS_RULE,
} from '../../reference/immunization';
import { SOURCES, checked } from '../../reference/source';
import { orderableTest, type TestId } from '../../reference/tests';
import { type Check, defineRule, missed, passed, type Rule } from '../../scoring/finding';
import { type CheckSubject, identificationProblems, type PatientIdentifiedAction } from '../shared/patient-contact';
import type { InjectionSite, InsertionAngle, LabelCheckMoment, MedicationRoute, NeedleGauge, NeedleLength, OrderReturnReason } from './medication.actions';
import { MEDICATION_ACTION_LABELS } from './medication.labels';
import { addDays, daysBetween, isIsoDate } from '../../reference/iso-date';

/** A step of this workflow in the trainee's words (its button's label), for a finding that names what came next. */
function stepWords(type: string): string {
  return ((MEDICATION_ACTION_LABELS as Readonly<Record<string, string>>)[type] ?? type).toLowerCase();
}


/** A human-readable name for an injection site, for the debrief. */
export function siteName(site: InjectionSite): string {
  return site.replace(/-/g, ' ');
}

/** A human-readable name for a route. */
function routeName(route: MedicationRoute): string {
  return route;
}

/** The route with its article: "an intramuscular", "a subcutaneous". */
function aRoute(route: MedicationRoute): string {
  return `${/^[aeiou]/.test(route) ? 'an' : 'a'} ${route}`;
}

/** Choices as words: "1, 1 1/4 or 1 1/2". */
function oneOf(items: readonly (string | number)[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

export const medicationPatientIdRule = defineRule({
  id: 'medication.patient-id',
  competency: 'patient-identification',
  severity: 'critical',
  title: 'Have the patient (or the parent) state two identifiers before giving a vaccine',
  why: 'The right patient is the first right of medication administration: a dose given to the wrong person leaves one unprotected and gives the other a vaccine nobody ordered.',
  source: checked(SOURCES.jointCommissionNpsg, 'Two identifiers before giving medication; the Pink Book lists the right patient first among the rights of medication administration.'),
});

export const medicationHandHygieneRule = defineRule({
  id: 'medication.hand-hygiene',
  competency: 'infection-control',
  severity: 'major',
  title: 'Clean your hands before preparing the vaccine',
  why: 'Hands carry organisms onto the vial’s stopper, the needle and the skin at the site.',
  source: checked(SOURCES.pinkBookVaccineAdministration, 'CDC vaccine preparation: perform hand hygiene before preparing vaccines (CDC “Vaccine Administration: During”, page read 2026).'),
});

export const medicationOrderReviewedRule = defineRule({
  id: 'medication.order-reviewed',
  competency: 'immunizations',
  severity: 'major',
  title: 'Read the order (prescriber, vaccine, dose, route, time) before preparing the dose, and send it back only for a real reason',
  why: 'The order is what the label, the syringe and the site are checked against; a dose drawn up before reading it, or an order sent back for a reason that does not hold, is the commonest start of a medication error or a missed dose.',
  source: checked(SOURCES.pinkBookVaccineAdministration, 'The rights of medication administration (right patient, vaccine, time, dosage, route, site, documentation) applied at each encounter; the medical-assisting procedure reads the order first and clarifies it with the provider (Kinn’s The Clinical Medical Assistant, 15th ed., ch. 15, through a course summary: secondary).'),
});

export const medicationOrderScopeRule = defineRule({
  id: 'medication.order-scope',
  competency: 'immunizations',
  severity: 'critical',
  title: 'Give a vaccine only on an order a provider has signed; send an unsigned order back',
  why: 'A medical assistant gives medication as the delegating provider’s hands, not on their own judgment: an order nobody signed has no provider behind it.',
  source: checked(SOURCES.aamaVerbalOrders, 'Checked: medical assistants may receive and execute orders from the overseeing, delegating or supervising physician where the orders need no independent judgment; an order with no prescriber is not such an order. Verbal orders are allowed in most states, so a verbal order is not scored.'),
});

export const medicationAllergiesCheckedRule = defineRule({
  id: 'medication.allergies-checked',
  competency: 'immunizations',
  severity: 'major',
  title: 'Check the chart’s allergies against the vaccine’s components and latex before drawing up',
  why: 'A severe allergy to a component (or to latex in the packaging) rules the vaccine out; the check has to come before the dose is prepared.',
  source: COMPONENT_ALLERGY_RULE.source,
});

export const medicationAllergyGivenRule = defineRule({
  id: 'medication.allergy-given',
  competency: 'immunizations',
  severity: 'critical',
  title: 'Do not give a vaccine the patient is severely allergic to: send the order back to the provider',
  why: COMPONENT_ALLERGY_RULE.text,
  source: COMPONENT_ALLERGY_RULE.source,
});

export const medicationDoseIntervalRule = defineRule({
  id: 'medication.dose-interval',
  competency: 'immunizations',
  severity: 'major',
  title: 'Check the interval since the last dose: a dose before the minimum interval goes back to the provider',
  why: 'A dose given sooner than the minimum interval may not count and may have to be repeated; the right time includes the interval since the last dose.',
  source: checked(SOURCES.acipGeneralBestPractices, 'Minimum intervals of ACIP Table 3-1 (the reference’s `doseTooSoon`); the game applies no grace period.'),
});

export const medicationLabelChecksRule = defineRule({
  id: 'medication.label-checks',
  competency: 'immunizations',
  severity: 'major',
  title: 'Read the vial’s label against the order three times: taking it from storage, drawing up, and before giving',
  why: 'Look-alike vials sit side by side in the same refrigerator; reading the label at each step catches the wrong vaccine, strength or form before it is in the patient.',
  source: checked(
    SOURCES.pinkBookVaccineAdministration,
    'Right vaccine: check the label before drawing up (CDC vaccine preparation). The three reads are the medical-assisting procedure (Kinn’s The Clinical Medical Assistant, 15th ed., ch. 15, through a course summary: secondary); sources place the third read either before giving or on returning the container, and the game asks for it before giving.',
  ),
});

export const medicationExpiredVialRule = defineRule({
  id: 'medication.expired-vial',
  competency: 'immunizations',
  severity: 'major',
  title: 'Never draw up a vial past its expiry or its beyond-use date',
  why: VIAL_DATING_RULE.text,
  source: VIAL_DATING_RULE.source,
});

export const medicationStorageLogReadRule = defineRule({
  id: 'medication.storage-log-read',
  competency: 'immunizations',
  severity: 'major',
  title: 'Read the storage unit’s min/max log before taking a vaccine from it',
  why: 'A vaccine kept out of its range may have lost its potency without any sign on the vial; the log is the only way to know.',
  source: STORAGE_RANGES.refrigerator.source,
});

export const medicationExcursionStockGivenRule = defineRule({
  id: 'medication.excursion-stock-given',
  competency: 'immunizations',
  severity: 'critical',
  title: 'Never give a vaccine from a unit whose log shows a temperature excursion',
  why: 'Stock exposed to temperatures out of range may not protect: it is labelled “Do Not Use” and kept until the manufacturer or the immunization program says whether it may be used.',
  source: EXCURSION_RESPONSE.source,
});

export const medicationExcursionReportedRule = defineRule({
  id: 'medication.excursion-reported',
  competency: 'immunizations',
  severity: 'major',
  title: 'Label the stock of a unit out of range “Do Not Use” and report the excursion',
  why: EXCURSION_RESPONSE.steps.join(' '),
  source: EXCURSION_RESPONSE.source,
});

export const medicationDoseVolumeRule = defineRule({
  id: 'medication.dose-volume',
  competency: 'immunizations',
  severity: 'major',
  title: 'Draw up the dose the product gives for the patient’s age',
  why: 'Too little may not protect; too much is an overdose of the antigen and counts as an administration error.',
  source: checked(SOURCES.immunizeOrgAdministeringVaccines, 'Dose by vaccine and age from the reference’s product table (Immunize.org, from CDC).'),
});

export const medicationRouteRule = defineRule({
  id: 'medication.route',
  competency: 'immunizations',
  severity: 'major',
  title: 'Give the vaccine by its route: intramuscular or subcutaneous as the product says',
  why: 'A vaccine given into the wrong tissue may give less protection and more local reaction.',
  source: checked(SOURCES.immunizeOrgAdministeringVaccines, 'Route by vaccine from the reference’s product table.'),
});

export const medicationSiteRule = defineRule({
  id: 'medication.site',
  competency: 'immunizations',
  severity: 'major',
  title: 'Choose a site that fits the route and the patient’s age',
  why: 'The sites are chosen for muscle or fat thick enough at that age and away from nerves and large vessels: the anterolateral thigh for infants, the deltoid from about 3 years, the fatty tissue over the triceps or thigh for subcutaneous doses.',
  source: checked(SOURCES.immunizeOrgAdministeringVaccines, 'Sites by route and age from the reference’s needle table (CDC Pink Book ch. 6 as tabulated by Immunize.org).'),
});

export const medicationNeedleLengthRule = defineRule({
  id: 'medication.needle-length',
  competency: 'immunizations',
  severity: 'major',
  title: 'Choose the needle length for the route, the site and the patient (age, and for an adult’s deltoid sex and weight)',
  why: 'Too short a needle leaves an intramuscular dose in the fat (less protection, more local reaction); too long can strike bone.',
  source: checked(SOURCES.immunizeOrgAdministeringVaccines, 'Lengths from the reference’s needle table.'),
});

export const medicationNeedleGaugeRule = defineRule({
  id: 'medication.needle-gauge',
  competency: 'immunizations',
  severity: 'minor',
  title: 'Choose a needle gauge the route takes (22–25 intramuscular, 23–25 subcutaneous)',
  why: 'Vaccines are thin liquids: the gauges in the table pass them without needless pain.',
  source: checked(SOURCES.immunizeOrgAdministeringVaccines, 'Gauges from the reference’s needle table.'),
});

export const medicationAngleRule = defineRule({
  id: 'medication.angle',
  competency: 'immunizations',
  severity: 'major',
  title: 'Insert at the route’s angle: 90° intramuscular, 45° subcutaneous',
  why: 'The angle decides the tissue the dose ends in: a 45° intramuscular injection may stay in the fat.',
  source: INSERTION_ANGLE.source,
});

export const medicationAspirationRule = defineRule({
  id: 'medication.aspiration',
  competency: 'immunizations',
  severity: 'minor',
  title: 'Do not aspirate before injecting a vaccine',
  why: ASPIRATION.text,
  source: ASPIRATION.source,
});

export const medicationSharpsAtOnceRule = defineRule({
  id: 'medication.sharps-at-once',
  competency: 'infection-control',
  severity: 'major',
  title: 'Put the used syringe straight into the sharps container',
  why: 'A used needle left on the tray or the counter is the commonest source of needle-stick injuries to staff.',
  source: checked(SOURCES.oshaBloodbornePathogens, 'Contaminated sharps discarded immediately or as soon as feasible; CDC vaccine preparation: the sharps container in the immediate area where vaccine is given.'),
});

export const medicationNoRecappingRule = defineRule({
  id: 'medication.no-recapping',
  competency: 'infection-control',
  severity: 'major',
  title: 'Never recap a used needle',
  why: 'Recapping with two hands is how the needle goes into the hand that holds the cap.',
  source: checked(SOURCES.oshaBloodbornePathogens, 'Contaminated needles shall not be bent, recapped or removed unless no alternative is feasible (1910.1030(d)(2)(vii)).'),
});

export const immunizationVisBeforeDoseRule = defineRule({
  id: 'immunization.vis-before-dose',
  competency: 'immunizations',
  severity: 'major',
  title: 'Give the vaccine’s current VIS before every dose',
  why: VIS_RULE.text,
  source: VIS_RULE.source,
});

export const immunizationVisEditionRule = defineRule({
  id: 'immunization.vis-edition',
  competency: 'immunizations',
  severity: 'major',
  title: 'Hand over the VIS edition in force on the day, not an outdated copy',
  why: 'The law asks for the current edition: an old one may miss a changed recommendation or contraindication.',
  source: checked(SOURCES.cdcCurrentVisDates, 'Edition in force on the scenario’s day from the reference’s VIS table (the stricter reading, no grace period).'),
});

export const immunizationRecordCompleteRule = defineRule({
  id: 'immunization.record-complete',
  competency: 'documentation-privacy',
  severity: 'major',
  title: 'Record each vaccine given with what the law asks: date, vaccine, manufacturer, lot, the VIS edition and date given, and who gave it (name and title); site and route as CDC recommends',
  why: 'The record is the patient’s proof of immunity and what a recall, a reaction report or the next dose relies on.',
  source: RECORD_FIELDS[0]!.source,
});

export const immunizationRecordLotRule = defineRule({
  id: 'immunization.record-lot',
  competency: 'documentation-privacy',
  severity: 'major',
  title: 'Record the lot number read from the vial given',
  why: 'A recall or a reaction report traces the patient through the lot: a lot number typed from memory or from another box loses them.',
  source: RECORD_FIELDS.find((field) => field.field === 'lot')!.source,
});

export const immunizationRegistryRule = defineRule({
  id: 'immunization.registry',
  competency: 'documentation-privacy',
  severity: 'minor',
  title: 'Report each dose to the state immunization registry where the clinic reports',
  why: 'The registry is how the next clinic, the school and the family see the dose; a dose missing from it is given again or chased for months.',
  source: checked(SOURCES.pinkBookVaccineAdministration, 'Right documentation includes the immunization information system where the clinic takes part; whether reporting is required depends on the state, so the game scores it only where the scenario says the clinic reports.'),
});

export const immunizationObservationRule = defineRule({
  id: 'immunization.observation',
  competency: 'immunizations',
  severity: 'major',
  title: `Keep the patient seated and watched for ${OBSERVATION.minutes} minutes after the vaccine`,
  why: OBSERVATION.text,
  source: OBSERVATION.source,
});

export const immunizationSyncopeRule = defineRule({
  id: 'immunization.syncope',
  competency: 'escalation',
  severity: 'critical',
  title: 'Lay a fainting patient down at once, before anything else',
  why: ACUTE_REACTIONS.syncope.text,
  source: ACUTE_REACTIONS.syncope.source,
});

export const immunizationAnaphylaxisAlertRule = defineRule({
  id: 'immunization.anaphylaxis-alert',
  competency: 'escalation',
  severity: 'critical',
  title: 'Get the provider at once for hives with throat tightness after a vaccine',
  why: ACUTE_REACTIONS.anaphylaxis.text,
  source: ACUTE_REACTIONS.anaphylaxis.source,
});

export const medicationOrdersCompleteRule = defineRule({
  id: 'medication.orders-complete',
  competency: 'immunizations',
  severity: 'major',
  title: 'Give or send back every ordered vaccine before the patient leaves',
  why: 'An ordered vaccine neither given nor sent back to the provider is a dose the patient goes home without, and nobody knows why.',
  source: checked(SOURCES.pinkBookVaccineAdministration, 'Administer all recommended vaccines at the visit (the immunization process: assess, check the schedule, screen, educate, administer, document).'),
});

// Tuberculin skin test (issue 17)
export const medicationTstTechniqueRule = defineRule({
  id: 'medication.tst-technique',
  competency: 'immunizations',
  severity: 'major',
  title: 'Place a tuberculin skin test intradermally in the volar forearm: a 26–27 gauge, 1/4–1/2 inch needle on a tuberculin syringe, bevel up at 5–15°',
  why: 'The test is read from a reaction in the skin: tuberculin injected deeper (a 45° or 90° angle, a longer needle) goes under the skin, raises no wheal, and cannot be interpreted.',
  source: checked(SOURCES.tubersolPrescribingInformation, 'Checked: intradermal only, volar forearm, 1 mL syringe in tenths with a 1/4–1/2 inch 26 or 27 gauge needle, bevel up into the most superficial layers; a subcutaneous injection cannot be interpreted; CDC PHIL 24234: 5–15°.'),
});

export const medicationTstWhealRule = defineRule({
  id: 'medication.tst-wheal',
  competency: 'immunizations',
  severity: 'major',
  title: 'Check the wheal after a tuberculin skin test; with none, place it again about 2 inches away or on the other forearm',
  why: TST_WHEAL.text,
  source: TST_WHEAL.source,
});

export const medicationTstReadingRule = defineRule({
  id: 'medication.tst-reading',
  competency: 'immunizations',
  severity: 'major',
  title: 'Book the tuberculin skin test reading 48 to 72 hours after placement',
  why: TST_READING_WINDOW.text,
  source: TST_READING_WINDOW.source,
});

export const medicationTstMeasurementRule = defineRule({
  id: 'medication.tst-measurement',
  competency: 'immunizations',
  severity: 'major',
  title: 'Read a tuberculin skin test by the induration, not the redness: its diameter across the forearm, in mm',
  why: TST_MEASUREMENT.text,
  source: TST_MEASUREMENT.source,
});

/** Every rule of the medication workflow. */
export const MEDICATION_RULES: readonly Rule[] = [
  medicationPatientIdRule,
  medicationHandHygieneRule,
  medicationOrderReviewedRule,
  medicationOrderScopeRule,
  medicationAllergiesCheckedRule,
  medicationAllergyGivenRule,
  medicationDoseIntervalRule,
  medicationLabelChecksRule,
  medicationExpiredVialRule,
  medicationStorageLogReadRule,
  medicationExcursionStockGivenRule,
  medicationExcursionReportedRule,
  medicationDoseVolumeRule,
  medicationRouteRule,
  medicationSiteRule,
  medicationNeedleLengthRule,
  medicationNeedleGaugeRule,
  medicationAngleRule,
  medicationAspirationRule,
  medicationSharpsAtOnceRule,
  medicationNoRecappingRule,
  medicationOrdersCompleteRule,
  immunizationVisBeforeDoseRule,
  immunizationVisEditionRule,
  immunizationRecordCompleteRule,
  immunizationRecordLotRule,
  immunizationRegistryRule,
  immunizationObservationRule,
  immunizationSyncopeRule,
  immunizationAnaphylaxisAlertRule,
  medicationTstTechniqueRule,
  medicationTstWhealRule,
  medicationTstReadingRule,
  medicationTstMeasurementRule,
];

function judge(rule: Rule, subject: CheckSubject, problem: string | null, remedy: string, explanation?: string): Check {
  if (problem === null) return passed(rule, subject.patientId, subject.minute);
  return missed(rule, { patientId: subject.patientId, atMinute: subject.minute, message: `${subject.patientName}: ${problem}.`, remedy, ...(explanation ? { explanation } : {}) });
}

function vaccineName(testId: TestId): string {
  return orderableTest(testId).displayName;
}

/** Two identifiers stated before the first injection. */
export function identificationCheck(subject: CheckSubject & { identification: PatientIdentifiedAction | null }): Check {
  const problems = identificationProblems(subject.identification);
  return judge(
    medicationPatientIdRule,
    subject,
    problems.length === 0 ? null : `the vaccine was given before proper identification (${problems.join('; ')})`,
    'Before the injection, ask the patient (or the parent of a child) to state full name and date of birth, and compare both with the order.',
  );
}

/** Hand hygiene before the first dose was prepared. */
export function handHygieneCheck(subject: CheckSubject & { handsCleaned: boolean }): Check {
  return judge(medicationHandHygieneRule, subject, subject.handsCleaned ? null : 'the dose was drawn up without hand hygiene', 'Clean your hands before you touch the vial and the syringe, and again before the patient.');
}

/** The order read before its dose was drawn up. */
export function orderReviewedCheck(subject: CheckSubject & { testId: TestId; reviewed: boolean }): Check {
  return judge(
    medicationOrderReviewedRule,
    subject,
    subject.reviewed ? null : `the ${vaccineName(subject.testId)} was drawn up before the order was read`,
    'Read the order first: who signed it, the vaccine, the dose, the route and the time; take it to the provider if anything is unclear.',
  );
}

/** An order sent back: judged against whether its reason holds. */
export function returnReasonCheck(subject: CheckSubject & { testId: TestId; reason: OrderReturnReason; holds: boolean }): Check {
  const words: Record<OrderReturnReason, string> = {
    'not-signed': 'not signed',
    'verbal-order': 'a verbal order',
    allergy: 'ruled out by an allergy',
    'too-soon': 'too soon after the last dose',
    'no-usable-stock': 'without usable stock',
  };
  return judge(
    medicationOrderReviewedRule,
    subject,
    subject.holds ? null : `the ${vaccineName(subject.testId)} order was sent back as ${words[subject.reason]}, but it was not; the patient went without the dose`,
    'Send an order back only for a reason you have checked: no signature, an allergy in the chart, a dose before the minimum interval, or no vial you may use.',
  );
}

/** An unsigned order: sent back (passed) or given (missed). */
export function orderScopeCheck(subject: CheckSubject & { testId: TestId; given: boolean }): Check {
  return judge(
    medicationOrderScopeRule,
    subject,
    subject.given ? `the ${vaccineName(subject.testId)} was given on an order no provider had signed` : null,
    'An order with no prescriber’s signature goes back to the provider to be signed before anything is drawn up.',
  );
}

/** The allergies checked before the first dose was drawn up. */
export function allergiesCheckedCheck(subject: CheckSubject & { checked: boolean }): Check {
  return judge(
    medicationAllergiesCheckedRule,
    subject,
    subject.checked ? null : 'the dose was drawn up before the chart’s allergies were checked against the vaccine',
    'Before drawing up, read the allergies in the chart and ask the patient; compare them with the vaccine’s components and its packaging (latex).',
  );
}

/** A vaccine the patient is allergic to: sent back (passed) or given (missed). */
export function allergyGivenCheck(subject: CheckSubject & { testId: TestId; allergy: string; given: boolean }): Check {
  return judge(
    medicationAllergyGivenRule,
    subject,
    subject.given ? `the ${vaccineName(subject.testId)} was given though the chart lists an allergy to ${subject.allergy}, which the vaccine or its packaging contains` : null,
    'When an allergy in the chart matches a component or the packaging, do not draw up: send the order back to the provider with the allergy.',
  );
}

/** A dose before the minimum interval: sent back (passed) or given (missed). */
export function doseIntervalCheck(subject: CheckSubject & { testId: TestId; lastDoseDate: string; given: boolean }): Check {
  return judge(
    medicationDoseIntervalRule,
    subject,
    subject.given ? `the ${vaccineName(subject.testId)} was given sooner after the last dose (${subject.lastDoseDate}) than the minimum interval allows` : null,
    'Check the date of the last dose in the history against the minimum interval; a dose that is too soon goes back to the provider.',
  );
}

/** The three label reads of the vial given. */
export function labelChecksCheck(subject: CheckSubject & { testId: TestId; read: readonly LabelCheckMoment[] }): Check {
  const words: Record<LabelCheckMoment, string> = { 'from-storage': 'taking it from storage', 'drawing-up': 'drawing up', 'before-giving': 'before giving' };
  const missing = (Object.keys(words) as LabelCheckMoment[]).filter((moment) => !subject.read.includes(moment));
  return judge(
    medicationLabelChecksRule,
    subject,
    missing.length === 0 ? null : `the ${vaccineName(subject.testId)} label was not read against the order ${missing.map((m) => words[m]).join(', ')}`,
    'Read the label against the order three times: name, strength, form, lot and expiry as you take the vial out, as you draw up, and once more before the needle goes in.',
  );
}

/** The vial drawn up: in date and within its beyond-use date. */
export function expiredVialCheck(subject: CheckSubject & { testId: TestId; lot: string; problem: 'expired' | 'past-beyond-use-date' | null; expires: string }): Check {
  const problem =
    subject.problem === 'expired'
      ? `a ${vaccineName(subject.testId)} vial of lot ${subject.lot} that expired on ${subject.expires} was drawn up`
      : subject.problem === 'past-beyond-use-date'
        ? `an opened multi-dose ${vaccineName(subject.testId)} vial (lot ${subject.lot}) past its beyond-use date was drawn up`
        : null;
  return judge(medicationExpiredVialRule, subject, problem, 'Read the expiry (and, for an opened multi-dose vial, the date it was opened and its beyond-use days) before drawing up; take an in-date vial, or send the order back if there is none.');
}

/** The storage unit's log read before a vial was taken from it. */
export function storageLogReadCheck(subject: CheckSubject & { unitLabel: string; read: boolean }): Check {
  return judge(
    medicationStorageLogReadRule,
    subject,
    subject.read ? null : `a vial was taken from the ${subject.unitLabel} without reading its min/max log`,
    'Before taking a vaccine out, read the unit’s current, minimum and maximum temperatures and compare them with its range.',
  );
}

/** With an excursion in the stock: the dose came from a unit in range (passed) or from the unit out of range (missed). */
export function excursionStockCheck(subject: CheckSubject & { testId: TestId; unitLabel: string; fromExcursion: boolean }): Check {
  return judge(
    medicationExcursionStockGivenRule,
    subject,
    subject.fromExcursion ? `the ${vaccineName(subject.testId)} was given from the ${subject.unitLabel}, whose log shows a temperature out of range` : null,
    'Do not use stock from a unit whose log is out of range: label it “Do Not Use”, report the excursion, and take the vaccine from a unit in range (or send the order back).',
  );
}

/** An excursion the trainee saw in the log: reported or not. */
export function excursionReportedCheck(subject: CheckSubject & { unitLabel: string; reported: boolean }): Check {
  return judge(
    medicationExcursionReportedRule,
    subject,
    subject.reported ? null : `the ${subject.unitLabel}'s log was out of range, and the excursion was not reported nor the stock labelled “Do Not Use”`,
    'Label the unit’s stock “Do Not Use”, keep it cold, and tell the vaccine coordinator at once with the readings.',
  );
}

/** The volume drawn up against the product's dose for the patient's age. */
export function doseVolumeCheck(subject: CheckSubject & { testId: TestId; volumeMl: number; doseMl: number }): Check {
  return judge(
    medicationDoseVolumeRule,
    subject,
    Math.abs(subject.volumeMl - subject.doseMl) < 0.001 ? null : `${subject.volumeMl} mL of ${vaccineName(subject.testId)} was drawn up; the dose at this age is ${subject.doseMl} mL`,
    `Draw up exactly the product’s dose for the patient’s age (${subject.doseMl} mL here).`,
  );
}

/** The route given against the product's. */
export function routeCheck(subject: CheckSubject & { testId: TestId; route: MedicationRoute; routes: readonly MedicationRoute[] }): Check {
  return judge(
    medicationRouteRule,
    subject,
    subject.routes.includes(subject.route) ? null : `the ${vaccineName(subject.testId)} was given ${routeName(subject.route)}ly; it is given ${oneOf(subject.routes.map((r) => `${routeName(r)}ly`))}`,
    'Give each vaccine by the route on its label and in the order.',
  );
}

/** The site against the sites the route takes at this age. */
export function siteCheck(subject: CheckSubject & { site: InjectionSite; route: MedicationRoute; sites: readonly InjectionSite[] }): Check {
  return judge(
    medicationSiteRule,
    subject,
    subject.sites.includes(subject.site) ? null : `the ${siteName(subject.site)} is not a site for ${aRoute(subject.route)} dose at this age`,
    `Use a site for the route and the age: here ${[...new Set(subject.sites.map((s) => siteName(s).replace(/^(left|right) /, '')))].join(' or ')}.`,
  );
}

/** The needle length against the lengths for this site and patient. */
export function needleLengthCheck(subject: CheckSubject & { length: NeedleLength; site: InjectionSite; lengths: readonly NeedleLength[] }): Check {
  return judge(
    medicationNeedleLengthRule,
    subject,
    subject.lengths.length === 0 || subject.lengths.includes(subject.length)
      ? null
      : `a ${subject.length} inch needle was used in the ${siteName(subject.site)}; this patient needs ${oneOf(subject.lengths)} inch`,
    'Choose the length from the needle table for the route, the site and the patient (for an adult’s deltoid, by sex and weight).',
  );
}

/** The needle gauge against the route's gauges. */
export function needleGaugeCheck(subject: CheckSubject & { gauge: NeedleGauge; gauges: readonly NeedleGauge[] }): Check {
  return judge(
    medicationNeedleGaugeRule,
    subject,
    subject.gauges.length === 0 || subject.gauges.includes(subject.gauge) ? null : `a ${subject.gauge}-gauge needle was used; this route takes ${oneOf(subject.gauges)} gauge`,
    'Take a needle of a gauge the route takes: 22–25 for intramuscular, 23–25 for subcutaneous.',
  );
}

/** The angle of insertion against the route's. */
export function angleCheck(subject: CheckSubject & { angle: InsertionAngle; route: MedicationRoute; expected: InsertionAngle | null }): Check {
  return judge(
    medicationAngleRule,
    subject,
    subject.expected === null || subject.angle === subject.expected ? null : `${aRoute(subject.route)} dose was given at ${subject.angle}°, not ${subject.expected}°`,
    'Intramuscular at 90° into the muscle; subcutaneous at 45° into a pinch of fatty tissue.',
  );
}

/** No aspiration before injecting. */
export function aspirationCheck(subject: CheckSubject & { aspirated: boolean }): Check {
  return judge(medicationAspirationRule, subject, subject.aspirated ? 'the syringe was aspirated before the vaccine was injected' : null, 'Inject without aspirating: it only prolongs the needle’s time in the muscle and the pain.');
}

/** The used syringe went into the sharps container as the very next step. */
export function sharpsAtOnceCheck(subject: CheckSubject & { nextAction: string }): Check {
  return judge(
    medicationSharpsAtOnceRule,
    subject,
    subject.nextAction === 'syringe.discarded' ? null : `the used syringe was not put in the sharps container straight away (the next step was “${stepWords(subject.nextAction)}”)`,
    'Activate the safety device as the needle leaves the skin and drop the syringe into the sharps container within reach before doing anything else.',
  );
}

/** The needle not recapped. */
export function noRecappingCheck(subject: CheckSubject & { recapped: boolean }): Check {
  return judge(medicationNoRecappingRule, subject, subject.recapped ? 'the used needle was recapped before it went into the sharps container' : null, 'Never recap: activate the safety device and drop the whole syringe into the sharps container.');
}

/** Each ordered vaccine given or sent back when the patient leaves. */
export function ordersCompleteCheck(subject: CheckSubject & { undone: readonly TestId[] }): Check {
  return judge(
    medicationOrdersCompleteRule,
    subject,
    subject.undone.length === 0 ? null : `${subject.undone.map(vaccineName).join(', ')} ${subject.undone.length === 1 ? 'was' : 'were'} ordered but neither given nor sent back to the provider`,
    'Before the patient leaves, give every ordered vaccine or send its order back to the provider with the reason.',
  );
}

/** The VIS handed over before the dose. */
export function visBeforeDoseCheck(subject: CheckSubject & { testId: TestId; given: boolean }): Check {
  return judge(
    immunizationVisBeforeDoseRule,
    subject,
    subject.given ? null : `the ${vaccineName(subject.testId)} was given without its Vaccine Information Statement first`,
    'Hand the patient (or the parent) the vaccine’s current VIS to read before the dose, and answer their questions.',
  );
}

/** The VIS edition handed over against the edition in force. */
export function visEditionCheck(subject: CheckSubject & { testId: TestId; edition: string; inForce: string | null }): Check {
  return judge(
    immunizationVisEditionRule,
    subject,
    subject.inForce === null || subject.edition.trim() === subject.inForce ? null : `the ${vaccineName(subject.testId)} VIS handed over was the edition of ${subject.edition}; the edition in force is ${subject.inForce}`,
    'Check the edition date at the foot of the VIS against the current date list and hand over the current one; recycle outdated copies.',
  );
}

/** Two typed names the same but for case and surrounding spaces. */
function sameText(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** What a record entry lacks or gets wrong, against the dose given. */
export function recordProblems(
  entry: { date: string; vaccine: string; manufacturer: string; site: InjectionSite; route: MedicationRoute; visEdition: string; visGivenOn: string; administeredBy: { name: string; title: string } },
  facts: { date: string; manufacturer: string; site: InjectionSite; route: MedicationRoute; visEdition: string | null },
): string[] {
  const problems: string[] = [];
  if (entry.date.trim() !== facts.date) problems.push(`the date reads "${entry.date}", not ${facts.date}`);
  if (entry.vaccine.trim() === '') problems.push('the vaccine is blank');
  if (!sameText(entry.manufacturer, facts.manufacturer)) problems.push(`the manufacturer reads "${entry.manufacturer}", not ${facts.manufacturer}`);
  if (entry.site !== facts.site) problems.push(`the site reads ${siteName(entry.site)}, but the dose went into the ${siteName(facts.site)}`);
  if (entry.route !== facts.route) problems.push(`the route reads ${entry.route}, but the dose was given ${facts.route}`);
  // With no VIS handed over, a blank VIS entry is the truth (the missing VIS is its own finding); an edition written in is not.
  if (facts.visEdition === null) {
    if (entry.visEdition.trim() !== '' || entry.visGivenOn.trim() !== '') problems.push('a VIS is recorded as given, but none was handed over');
  } else if (entry.visEdition.trim() !== facts.visEdition) problems.push(`the VIS edition reads "${entry.visEdition}", not the ${facts.visEdition} edition handed over`);
  if (facts.visEdition !== null && entry.visGivenOn.trim() !== facts.date) problems.push(`the date the VIS was given reads "${entry.visGivenOn}", not ${facts.date}`);
  if (entry.administeredBy.name.trim() === '') problems.push('the name of who gave it is blank');
  if (entry.administeredBy.title.trim() === '') problems.push('the title of who gave it is blank');
  return problems;
}

/** A record entry, judged when it is written; or a dose given and never recorded (`problems` null). */
export function recordCompleteCheck(subject: CheckSubject & { testId: TestId; problems: readonly string[] | null }): Check {
  const problem =
    subject.problems === null
      ? `the ${vaccineName(subject.testId)} was given and never recorded`
      : subject.problems.length === 0
        ? null
        : `the ${vaccineName(subject.testId)} record is wrong: ${subject.problems.join('; ')}`;
  return judge(
    immunizationRecordCompleteRule,
    subject,
    problem,
    'Record each dose as it is given: date, vaccine, manufacturer, lot, site, route, the VIS edition and the date it was given, and your name and title.',
  );
}

/** The lot typed against the vial's. */
export function recordLotCheck(subject: CheckSubject & { testId: TestId; typed: string; lot: string }): Check {
  return judge(
    immunizationRecordLotRule,
    subject,
    subject.typed.trim().toUpperCase() === subject.lot.toUpperCase() ? null : `the lot recorded for the ${vaccineName(subject.testId)} reads "${subject.typed}", but the vial given was lot ${subject.lot}`,
    'Copy the lot number from the vial you drew up (read it at the third check), not from memory or another box.',
  );
}

/** Each dose given reported to the registry, where the clinic reports. */
export function registryCheck(subject: CheckSubject & { registry: string; unreported: readonly TestId[] }): Check {
  return judge(
    immunizationRegistryRule,
    subject,
    subject.unreported.length === 0 ? null : `${subject.unreported.map(vaccineName).join(', ')} ${subject.unreported.length === 1 ? 'was' : 'were'} not reported to ${subject.registry}`,
    `Enter each dose in ${subject.registry} the day it is given.`,
  );
}

/** The observation after the doses: started and sat out. */
export function observationCheck(subject: CheckSubject & { started: boolean; ended: boolean }): Check {
  const problem = !subject.started ? 'the patient left straight after the vaccine, without the observation period' : !subject.ended ? 'the observation was cut short' : null;
  return judge(immunizationObservationRule, subject, problem, `Seat the patient where you can see them for ${OBSERVATION.minutes} minutes after the last dose, lying down if they have fainted before.`);
}

/** A faint in the chair: the patient laid down first (passed), another step first, or nobody watching (missed). */
export function syncopeCheck(subject: CheckSubject & { nextAction: string | null; dayEnded?: boolean }): Check {
  const problem = subject.dayEnded
    ? 'the patient fainted in the observation chair and was still not laid down when the day ended'
    : subject.nextAction === null
      ? 'the patient fainted in the waiting room after the vaccine, with nobody watching (the observation was skipped)'
      : subject.nextAction === 'patient.laid-down'
        ? null
        : `the patient fainted in the observation chair and the next step was “${stepWords(subject.nextAction)}” instead of laying them down`;
  return judge(immunizationSyncopeRule, subject, problem, 'At the first pallor, sweating or faint, lay the patient down (or seat them head down) so they cannot fall, and stay with them until they recover.');
}

/** Hives and throat tightness: the provider alerted first (passed), another step first, or nobody watching (missed). */
export function anaphylaxisAlertCheck(subject: CheckSubject & { nextAction: string | null; dayEnded?: boolean }): Check {
  const problem = subject.dayEnded
    ? 'the patient reported throat tightness with hives and the provider had still not been told when the day ended'
    : subject.nextAction === null
      ? 'the patient had hives and throat tightness after the vaccine, with nobody watching (the observation was skipped)'
      : subject.nextAction === 'provider.alerted'
        ? null
        : `the patient reported throat tightness with hives and the next step was “${stepWords(subject.nextAction)}” instead of getting the provider`;
  return judge(immunizationAnaphylaxisAlertRule, subject, problem, 'Get the provider at once and stay with the patient: throat tightness with hives after a vaccine may be anaphylaxis, which needs epinephrine within minutes.');
}

/** A tuberculin skin test's technique: route, site, needle and angle against the insert's. */
export function tstTechniqueCheck(
  subject: CheckSubject & { route: MedicationRoute; site: InjectionSite; gauge: NeedleGauge; length: NeedleLength; angle: InsertionAngle; sites: readonly InjectionSite[]; gauges: readonly NeedleGauge[]; lengths: readonly NeedleLength[] },
): Check {
  const problems: string[] = [];
  if (subject.route !== 'intradermal') problems.push(`it was given ${routeName(subject.route)}ly, not intradermally`);
  if (!subject.sites.includes(subject.site)) problems.push(`it went into the ${siteName(subject.site)}, not the volar forearm`);
  if (!subject.gauges.includes(subject.gauge)) problems.push(`a ${subject.gauge}-gauge needle was used, not ${oneOf(subject.gauges)} gauge`);
  if (!subject.lengths.includes(subject.length)) problems.push(`a ${subject.length} inch needle was used, not ${oneOf(subject.lengths)} inch`);
  if (subject.angle !== 10) problems.push(`the needle went in at ${subject.angle}°, the depth of ${subject.angle === 45 ? 'a subcutaneous' : 'an intramuscular'} injection, not 5–15° with the bevel up`);
  return judge(
    medicationTstTechniqueRule,
    subject,
    problems.length === 0 ? null : `the tuberculin skin test was placed wrongly: ${problems.join('; ')}`,
    'Use a tuberculin syringe with a 26–27 gauge, 1/4–1/2 inch needle; stretch the skin of the volar forearm and slide the needle in bevel up at 5–15°, just under the surface, so a pale wheal rises.',
  );
}

/** One placement of a tuberculin skin test, as the wheal check judges it. */
export interface TstPlacement {
  readonly site: InjectionSite;
  readonly rises: boolean;
  readonly checked: boolean;
}

/** What went wrong with the wheal checks of one order's placements (in order), or an empty list. */
export function whealProblems(placements: readonly TstPlacement[]): string[] {
  const problems: string[] = [];
  placements.forEach((placement, index) => {
    const next = placements[index + 1];
    if (!placement.checked) {
      problems.push(placement.rises ? 'the site was not looked at for the wheal' : 'the site was not looked at for the wheal, and none had risen: the test cannot be read');
    } else if (!placement.rises && next === undefined) {
      problems.push('no wheal rose and the test was not placed again');
    } else if (!placement.rises && next !== undefined && next.site === placement.site) {
      problems.push(`the test was placed again in the same ${siteName(placement.site)}, not about 2 inches away or on the other forearm`);
    }
  });
  return problems;
}

/** The wheal checked after each placement, and a test with no wheal placed again elsewhere. */
export function tstWhealCheck(subject: CheckSubject & { problems: readonly string[] }): Check {
  return judge(
    medicationTstWhealRule,
    subject,
    subject.problems.length === 0 ? null : `tuberculin skin test: ${subject.problems.join('; ')}`,
    'Look at the site as the needle comes out: a pale wheal 6–10 mm across should stand up. With none, or one under 6 mm, place the test again at once about 2 inches away or on the other forearm.',
  );
}

/** A typed reading appointment, "YYYY-MM-DD HH:MM", as a date and minutes of that day; null when it does not read as one. */
export function readingAppointment(typed: string | undefined): { date: string; minute: number } | null {
  const match = /^\s*(\d{4}-\d{2}-\d{2})[ T]+(\d{1,2}):(\d{2})\s*$/.exec(typed ?? '');
  if (match === null) return null;
  const [, date, hours, minutes] = match as unknown as [string, string, string, string];
  const minute = Number(hours) * 60 + Number(minutes);
  if (Number(hours) > 23 || Number(minutes) > 59 || !isIsoDate(date)) return null;
  return { date, minute };
}

/** Hours from a placement (the day's date, a minute of the day) to a reading appointment. */
export function hoursUntilReading(placedOn: string, placedAtMinute: number, reading: { date: string; minute: number }): number {
  return (daysBetween(placedOn, reading.date) * 24 * 60 + reading.minute - placedAtMinute) / 60;
}

/** The reading appointment on a tuberculin skin test's record, against the 48–72 hour window. */
export function tstReadingCheck(subject: CheckSubject & { typed: string | undefined; hours: number | null }): Check {
  let problem: string | null = null;
  if (subject.hours === null) {
    problem = (subject.typed ?? '').trim() === '' ? 'the tuberculin skin test was recorded with no reading appointment' : `the reading appointment reads "${subject.typed}", which is not a date and time`;
  } else {
    const outside = tstReadingProblem(subject.hours);
    const when = `${Math.round(subject.hours)} hours after placement`;
    if (outside === 'too-early') problem = `the reading was booked ${when}, before the reaction has developed`;
    if (outside === 'too-late') problem = `the reading was booked ${when}, after the result is no longer valid`;
  }
  return judge(
    medicationTstReadingRule,
    subject,
    problem,
    `Book the reading ${TST_READING_WINDOW.minHours} to ${TST_READING_WINDOW.maxHours} hours after placement (two days later at about the same time is safe), write it on the record as YYYY-MM-DD HH:MM, and give the patient the appointment card.`,
  );
}

/** A reading appointment `hours` after a placement, as the record takes it ("YYYY-MM-DD HH:MM"), rounded up to the next quarter hour. */
export function formatReadingAppointment(placedOn: string, placedAtMinute: number, hours: number): string {
  const total = Math.ceil((placedAtMinute + hours * 60) / 15) * 15;
  const days = Math.floor(total / (24 * 60));
  const minute = total - days * 24 * 60;
  const date = addDays(placedOn, days);
  return `${date} ${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** A tuberculin skin test reading: the millimetres recorded against the induration (and the redness) on the forearm. */
export function tstMeasurementCheck(subject: CheckSubject & { mm: number; indurationMm: number; rednessMm: number }): Check {
  let problem: string | null = null;
  if (subject.mm !== subject.indurationMm) {
    problem =
      subject.mm === subject.rednessMm
        ? `the skin test was recorded as ${subject.mm} mm, the width of the redness; the induration measures ${subject.indurationMm} mm`
        : `the skin test was recorded as ${subject.mm} mm; the induration measures ${subject.indurationMm} mm across the forearm`;
  }
  return judge(
    medicationTstMeasurementRule,
    subject,
    problem,
    'Feel for the firm, raised edge of the induration, mark both sides across the forearm and measure between the marks in millimetres; ignore the redness and record the number (0 mm if there is none) for the provider to interpret.',
  );
}
