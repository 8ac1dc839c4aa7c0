/**
 * Giving the ordered vaccines in the exam room: from the storage log and the order to the
 * observation chair.
 *
 * working (the storage log, the order, the allergies, the three label reads, the dose drawn
 * up, the VIS, the injection, the sharps, the record, the registry; then the observation,
 * whose timer runs on the clinic clock while the trainee may work elsewhere, and a faint or
 * an anaphylaxis sign at its minute) → medication.finished → done.
 *
 * A used syringe must go into the sharps container, a faint be answered by laying the patient
 * down, and an anaphylaxis sign by the provider, before any other step.
 */
import { type AnyMachineSnapshot, assign, enqueueActions, setup } from 'xstate';
import type { MedicationRecord } from '../../domain/chart';
import {
  allergyConflicts,
  doseTooSoon,
  injectionChoices,
  INSERTION_ANGLE,
  injectableProduct,
  OBSERVATION_MINUTES,
  visEditionInForce,
  whealRises,
} from '../../reference/immunization';
import type { TestId } from '../../reference/tests';
import {
  cleanHands as cleanHandsStep,
  identifyPatient as identifyPatientStep,
  UNNEEDED_ALERT_PROVIDER_MINUTES,
  unneededAlertCheck,
} from '../shared/patient-contact';
import type { WorkflowInput } from '../workflow';
import { inOrder, NO_CHANGE } from '../workflow-steps';
import type { LabelCheckMoment, MedicationAction, OrderReturnReason } from './medication.actions';
import {
  ageYears,
  isReading,
  isSkinTest,
  lastDoseOf,
  readingFindings,
  type MedicationContext,
  type MedicationEvent,
  type MedicationGuard,
  type MedicationStep,
  openVaccines,
  orderedVaccines,
  orderForm,
  orderOf,
  patientBuild,
  productOf,
  record,
  settled,
  subject,
  vialById,
} from './medication.context';
import {
  allergiesCheckedCheck,
  allergyGivenCheck,
  anaphylaxisAlertCheck,
  angleCheck,
  aspirationCheck,
  doseIntervalCheck,
  doseVolumeCheck,
  excursionReportedCheck,
  excursionStockCheck,
  expiredVialCheck,
  handHygieneCheck,
  identificationCheck,
  labelChecksCheck,
  needleGaugeCheck,
  needleLengthCheck,
  noRecappingCheck,
  observationCheck,
  orderReviewedCheck,
  orderScopeCheck,
  ordersCompleteCheck,
  recordCompleteCheck,
  recordLotCheck,
  recordProblems,
  registryCheck,
  returnReasonCheck,
  routeCheck,
  sharpsAtOnceCheck,
  siteCheck,
  storageLogReadCheck,
  syncopeCheck,
  hoursUntilReading,
  readingAppointment,
  tstReadingCheck,
  tstMeasurementCheck,
  tstTechniqueCheck,
  tstWhealCheck,
  visBeforeDoseCheck,
  visEditionCheck,
  whealProblems,
} from './medication.rules';
import { clinicStock, unitInExcursion, unitOf, usableVials, vialProblem } from './stock';
import type { Check } from '../../scoring/finding';

export {
  type DrawnDose,
  type GivenDose,
  type MedicationContext,
  type MedicationEvent,
  type ObservationState,
  orderedVaccines,
} from './medication.context';

/** Minutes into the observation at which a patient who will faint does. */
export const SYNCOPE_AT_MINUTE = 3;
/** Minutes into the observation at which a patient who will react reports throat tightness and hives. */
export const ANAPHYLAXIS_SIGN_AT_MINUTE = 5;

/**
 * The allergen in the chart's allergies (or those told at rooming) that rules this vaccine out
 * with this packaging in hand, or null (latex counts only where the vial or syringe holds it).
 */
export function matchingAllergy(context: Pick<MedicationContext, 'patient'>, testId: TestId, packaging: { readonly prefilledSyringe: boolean }): string | null {
  const allergies = [...context.patient.history.allergies, ...context.patient.history.unrecordedAllergies];
  return allergyConflicts(testId, allergies, packaging)[0] ?? null;
}

/** The allergen that rules the vaccine out in any of the clinic's vials or syringes of it, or null: a reason to ask the provider. */
export function allergyInStock(context: Pick<MedicationContext, 'patient' | 'stock'>, testId: TestId): string | null {
  for (const vial of context.stock.vials) {
    if (vial.testId !== testId) continue;
    const allergen = matchingAllergy(context, testId, vial);
    if (allergen !== null) return allergen;
  }
  return null;
}

/** Whether the order's dose comes before the minimum interval since the last dose. */
export function doseIsTooSoon(context: Pick<MedicationContext, 'patient' | 'scenario'>, testId: TestId): boolean {
  const administration = orderOf(context.patient, testId)?.administration;
  if (administration?.lastDoseDate === undefined) return false;
  return doseTooSoon(testId, administration.doseNumber ?? 2, administration.lastDoseDate, context.scenario.day.date);
}

/** Whether a reason to send an order back holds. */
export function returnReasonHolds(context: MedicationContext, testId: TestId, reason: OrderReturnReason): boolean {
  switch (reason) {
    case 'not-signed':
      return orderForm(context.patient, testId) === 'unsigned';
    case 'verbal-order':
      return orderForm(context.patient, testId) === 'verbal';
    case 'allergy':
      return allergyInStock(context, testId) !== null;
    case 'too-soon':
      return doseIsTooSoon(context, testId);
    case 'no-usable-stock':
      return usableVials(context.stock, testId, context.scenario.day.date).length === 0;
  }
}

/** Whether an alert now tells the provider something: an anaphylaxis sign not yet reported. */
export function medicationAlertNeeded(context: Pick<MedicationContext, 'reaction' | 'providerAlerted'>): boolean {
  return context.reaction === 'anaphylaxis-sign' && !context.providerAlerted;
}

/** The observation chair's own events: not the trainee's steps, so nothing is judged by them. */
const INTERNAL_EVENTS = new Set(['observation.patient-fainted', 'observation.anaphylaxis-sign', 'observation.time-elapsed']);

/** Before every trainee step: a used syringe in hand, and a reaction showing, are judged by what comes next. */
const beforeStep: MedicationStep = (context, event) => {
  if (INTERNAL_EVENTS.has(event.type)) return NO_CHANGE;
  let changes: Partial<MedicationContext> = NO_CHANGE;
  if (context.sharpPending && event.type !== 'syringe.discarded') {
    record(context.env, sharpsAtOnceCheck(subject(context, { nextAction: event.type })));
    changes = { ...changes, sharpPending: false };
  }
  if (context.reactionPending === 'syncope') {
    record(context.env, syncopeCheck(subject(context, { nextAction: event.type })));
    changes = { ...changes, reactionPending: null };
  } else if (context.reactionPending === 'anaphylaxis-sign') {
    record(context.env, anaphylaxisAlertCheck(subject(context, { nextAction: event.type })));
    changes = { ...changes, reactionPending: null };
  }
  return changes;
};

const cleanHands: MedicationStep = cleanHandsStep;
const identifyPatient: MedicationStep = identifyPatientStep;

const readLog: MedicationStep = (context, event) => (event.type === 'storage.log-read' ? { logsRead: [...context.logsRead, event.unitId] } : NO_CHANGE);

const reportExcursion: MedicationStep = (context, event) =>
  event.type === 'storage.excursion-reported' ? { excursionsReported: [...context.excursionsReported, event.unitId] } : NO_CHANGE;

const reviewOrder: MedicationStep = (context, event) => (event.type === 'order.reviewed' ? { ordersReviewed: [...context.ordersReviewed, event.testId] } : NO_CHANGE);

/** `order.returned`: the reason is judged, and so is the rule the return answers (an unsigned order, an allergy, a dose too soon). */
const returnOrder: MedicationStep = (context, event) => {
  if (event.type !== 'order.returned') return NO_CHANGE;
  const { testId, reason } = event;
  const holds = returnReasonHolds(context, testId, reason);
  record(context.env, returnReasonCheck(subject(context, { testId, reason, holds })));
  if (holds) {
    if (reason === 'not-signed') record(context.env, orderScopeCheck(subject(context, { testId, given: false })));
    if (reason === 'allergy') record(context.env, allergyGivenCheck(subject(context, { testId, allergy: allergyInStock(context, testId) ?? '', given: false })));
    if (reason === 'too-soon') record(context.env, doseIntervalCheck(subject(context, { testId, lastDoseDate: orderOf(context.patient, testId)?.administration?.lastDoseDate ?? '', given: false })));
  }
  return { returned: [...context.returned, { testId, reason }] };
};

const checkAllergies: MedicationStep = () => ({ allergiesChecked: true });

const readLabel: MedicationStep = (context, event) => (event.type === 'vial.label-read' ? { labelReads: [...context.labelReads, { vialId: event.vialId, moment: event.moment }] } : NO_CHANGE);

/** `dose.drawn-up`: the preparation is judged (hands, order, allergies, the unit's log, the vial's dates, the volume). */
const drawUp: MedicationStep = (context, event) => {
  if (event.type !== 'dose.drawn-up') return NO_CHANGE;
  const vial = vialById(context, event.vialId)!;
  const testId = vial.testId as TestId;
  const unit = unitOf(context.stock, vial);
  const date = context.scenario.day.date;
  const problem = vialProblem(context.stock, vial, date);
  const checks = [
    orderReviewedCheck(subject(context, { testId, reviewed: context.ordersReviewed.includes(testId) })),
    expiredVialCheck(subject(context, { testId, lot: vial.lot, problem: problem === 'storage-excursion' ? null : problem, expires: vial.expires })),
    doseVolumeCheck(subject(context, { testId, volumeMl: event.volumeMl, doseMl: productOf(testId).doseMl(ageYears(context.scenario, context.patient)) })),
  ];
  if (unit !== undefined) checks.push(storageLogReadCheck(subject(context, { unitLabel: unit.label, read: context.logsRead.includes(unit.id) })));
  if (!context.preparationJudged) {
    checks.unshift(handHygieneCheck(subject(context, { handsCleaned: context.handsCleaned })), allergiesCheckedCheck(subject(context, { checked: context.allergiesChecked })));
  }
  record(context.env, checks);
  return { drawn: { testId, vialId: vial.id, volumeMl: event.volumeMl, needle: { gauge: event.needle.gauge, length: event.needle.length } }, preparationJudged: true };
};

const giveVis: MedicationStep = (context, event) => {
  if (event.type !== 'vis.given') return NO_CHANGE;
  const visId = productOf(event.testId).visId;
  const inForce = visId === null ? null : visEditionInForce(visId, context.scenario.day.date);
  record(context.env, visEditionCheck(subject(context, { testId: event.testId, edition: event.edition, inForce })));
  return { visGiven: [...context.visGiven, { testId: event.testId, edition: event.edition.trim() }] };
};

/** `injection.given`: the rights and the technique are judged for the dose in the syringe. */
const inject: MedicationStep = (context, event) => {
  if (event.type !== 'injection.given' || context.drawn === null) return NO_CHANGE;
  const { drawn } = context;
  const { testId } = drawn;
  const vial = vialById(context, drawn.vialId)!;
  const product = productOf(testId);
  const build = patientBuild(context.scenario, context.patient);
  const choices = injectionChoices(event.route, build);
  const unit = unitOf(context.stock, vial);
  const checks = [];
  if (!context.identityJudged) checks.push(identificationCheck(subject(context, { identification: context.identification })));
  const skinTest = isSkinTest(testId);
  if (skinTest) {
    // A tuberculin skin test is judged by the insert's technique as one step, with no VIS (it is not a vaccine).
    const intradermal = injectionChoices('intradermal', build);
    checks.push(
      labelChecksCheck(subject(context, { testId, read: context.labelReads.filter((r) => r.vialId === vial.id).map((r) => r.moment) })),
      tstTechniqueCheck(
        subject(context, { route: event.route, site: event.site, gauge: drawn.needle.gauge, length: drawn.needle.length, angle: event.angle, sites: intradermal.sites, gauges: intradermal.gauges, lengths: intradermal.lengths }),
      ),
    );
  } else checks.push(
    labelChecksCheck(subject(context, { testId, read: context.labelReads.filter((r) => r.vialId === vial.id).map((r) => r.moment) })),
    visBeforeDoseCheck(subject(context, { testId, given: context.visGiven.some((v) => v.testId === testId) })),
    routeCheck(subject(context, { testId, route: event.route, routes: [product.route, ...(product.alternativeRoute ? [product.alternativeRoute] : [])] })),
    siteCheck(subject(context, { site: event.site, route: event.route, sites: choices.sites })),
    // A length the sources do not confirm for this site is not scored.
    ...(choices.unverifiedLengthSites.includes(event.site)
      ? []
      : [needleLengthCheck(subject(context, { length: drawn.needle.length, site: event.site, lengths: choices.lengthsBySite[event.site] ?? choices.lengths }))]),
    needleGaugeCheck(subject(context, { gauge: drawn.needle.gauge, gauges: choices.gauges })),
    angleCheck(subject(context, { angle: event.angle, route: event.route, expected: INSERTION_ANGLE[event.route] })),
    aspirationCheck(subject(context, { aspirated: event.aspirated })),
  );
  if (context.stock.units.some(unitInExcursion)) {
    checks.push(excursionStockCheck(subject(context, { testId, unitLabel: unit?.label ?? vial.unitId, fromExcursion: unit !== undefined && unitInExcursion(unit) })));
  }
  if (orderForm(context.patient, testId) === 'unsigned') checks.push(orderScopeCheck(subject(context, { testId, given: true })));
  const allergy = matchingAllergy(context, testId, vial);
  if (allergy !== null) checks.push(allergyGivenCheck(subject(context, { testId, allergy, given: true })));
  if (doseIsTooSoon(context, testId)) {
    checks.push(doseIntervalCheck(subject(context, { testId, lastDoseDate: orderOf(context.patient, testId)?.administration?.lastDoseDate ?? '', given: true })));
  }
  record(context.env, checks);
  return {
    drawn: null,
    sharpPending: true,
    syringeInHand: true,
    identityJudged: true,
    given: [
      ...context.given,
      {
        testId,
        vialId: vial.id,
        lot: vial.lot,
        site: event.site,
        route: event.route,
        angle: event.angle,
        atMinute: context.env.now(),
        wheal: skinTest ? { rises: whealRises(event.route, event.angle), checked: false } : null,
      },
    ],
  };
};

/** `induration.recorded`: the patient identified first (where no injection has judged it yet), and the millimetres against the induration. */
const recordInduration: MedicationStep = (context, event) => {
  if (event.type !== 'induration.recorded') return NO_CHANGE;
  const checks = [];
  if (!context.identityJudged) checks.push(identificationCheck(subject(context, { identification: context.identification })));
  checks.push(tstMeasurementCheck(subject(context, { mm: event.mm, ...readingFindings(context.patient, event.testId) })));
  record(context.env, checks);
  return { identityJudged: true, readings: [...context.readings, { testId: event.testId, mm: event.mm }] };
};

/** `wheal.checked`: the last placement of the skin test looked at (judged with the order's other placements when the patient leaves). */
const checkWheal: MedicationStep = (context, event) => {
  if (event.type !== 'wheal.checked') return NO_CHANGE;
  const index = context.given.findLastIndex((dose) => dose.testId === event.testId && dose.wheal !== null && !dose.wheal.checked);
  return { given: context.given.map((dose, i) => (i === index && dose.wheal !== null ? { ...dose, wheal: { ...dose.wheal, checked: true } } : dose)) };
};

const discardSyringe: MedicationStep = (context, event) => {
  if (event.type !== 'syringe.discarded') return NO_CHANGE;
  if (context.sharpPending) record(context.env, sharpsAtOnceCheck(subject(context, { nextAction: 'syringe.discarded' })));
  record(context.env, noRecappingCheck(subject(context, { recapped: event.recapped })));
  return { sharpPending: false, syringeInHand: false };
};

/** `administration.recorded`: the entry is judged against the dose given. */
const recordAdministration: MedicationStep = (context, event) => {
  if (event.type !== 'administration.recorded') return NO_CHANGE;
  const dose = lastDoseOf(context, event.testId)!;
  const vial = vialById(context, dose.vialId)!;
  const vis = context.visGiven.find((v) => v.testId === event.testId);
  const date = context.scenario.day.date;
  const problems = recordProblems(event.record, { date, manufacturer: vial.manufacturer, site: dose.site, route: dose.route, visEdition: vis?.edition ?? null });
  const checks = [
    recordCompleteCheck(subject(context, { testId: event.testId, problems })),
    recordLotCheck(subject(context, { testId: event.testId, typed: event.record.lot, lot: vial.lot })),
  ];
  if (isSkinTest(event.testId)) {
    const reading = readingAppointment(event.record.readingDue);
    checks.push(tstReadingCheck(subject(context, { typed: event.record.readingDue, hours: reading === null ? null : hoursUntilReading(date, dose.atMinute, reading) })));
  }
  record(context.env, checks);
  return { recorded: [...context.recorded, { testId: event.testId, record: event.record }] };
};

const reportToRegistry: MedicationStep = (context, event) => (event.type === 'registry.reported' ? { registryReported: [...context.registryReported, event.testId] } : NO_CHANGE);

const layDown: MedicationStep = () => ({ laidDown: true });

const alertProvider: MedicationStep = () => ({ providerAlerted: true });

/** An alert with nothing to tell: a minor finding, and the provider's minutes lost. */
const alertProviderNeedlessly: MedicationStep = (context) => {
  record(context.env, unneededAlertCheck(subject(context, { where: 'medication', alreadyReported: context.providerAlerted ? ['the reaction after the vaccine'] : [] })));
  context.env.interruptProvider?.(context.patient.arrival.providerId, UNNEEDED_ALERT_PROVIDER_MINUTES);
  return NO_CHANGE;
};

const endObservation: MedicationStep = () => ({ observation: 'ended' });

/** `medication.finished`: what is still owed when the patient leaves is judged. */
const finish: MedicationStep = (context) => {
  // A skin test placed without a wheal is open again, but the wheal rule says what was missed.
  const undone = openVaccines(context).filter((t) => !context.given.some((dose) => dose.testId === t.id));
  const checks = [ordersCompleteCheck(subject(context, { undone: undone.map((t) => t.id) }))];
  for (const dose of context.given) {
    if (!context.recorded.some((r) => r.testId === dose.testId)) checks.push(recordCompleteCheck(subject(context, { testId: dose.testId, problems: null })));
  }
  const vaccinesGiven = context.given.filter((dose) => dose.wheal === null);
  const registry = context.scenario.clinic.immunizationRegistry;
  if (registry !== undefined && vaccinesGiven.length > 0) {
    checks.push(registryCheck(subject(context, { registry, unreported: vaccinesGiven.map((g) => g.testId).filter((id) => !context.registryReported.includes(id)) })));
  }
  for (const testId of new Set(context.given.filter((dose) => dose.wheal !== null).map((dose) => dose.testId))) {
    const placements = context.given.filter((dose) => dose.testId === testId).map((dose) => ({ site: dose.site, rises: dose.wheal?.rises ?? true, checked: dose.wheal?.checked ?? true }));
    checks.push(tstWhealCheck(subject(context, { problems: whealProblems(placements) })));
  }
  for (const unitId of context.logsRead) {
    const unit = context.stock.units.find((u) => u.id === unitId);
    if (unit !== undefined && unitInExcursion(unit)) checks.push(excursionReportedCheck(subject(context, { unitLabel: unit.label, reported: context.excursionsReported.includes(unitId) })));
  }
  // The observation period is the vaccines' (no source asks it after a skin test alone).
  if (vaccinesGiven.length > 0) {
    checks.push(observationCheck(subject(context, { started: context.observation !== 'not-started', ended: context.observation === 'ended' })));
    // The reaction the scenario set happens anyway: unwatched, in the waiting room.
    if (context.observation === 'not-started') {
      const afterDose = afterDoseEvent(context);
      if (afterDose === 'syncope') checks.push(syncopeCheck(subject(context, { nextAction: null })));
      if (afterDose === 'anaphylaxis-sign') checks.push(anaphylaxisAlertCheck(subject(context, { nextAction: null })));
    }
  }
  record(context.env, checks);
  return NO_CHANGE;
};

/** The reaction the scenario sets for the doses given (the first order that has one). */
export function afterDoseEvent(context: Pick<MedicationContext, 'patient' | 'given'>): 'syncope' | 'anaphylaxis-sign' | null {
  for (const dose of context.given) {
    const afterDose = orderOf(context.patient, dose.testId)?.administration?.afterDose;
    if (afterDose !== undefined) return afterDose;
  }
  return null;
}

/** Whether the last placement of a skin test has not been looked at for its wheal. */
export function whealUnchecked(context: Pick<MedicationContext, 'given'>, testId: TestId): boolean {
  const last = lastDoseOf(context, testId);
  return last?.wheal !== null && last?.wheal !== undefined && !last.wheal.checked;
}

/** The vaccine a vial holds, when it is one of the patient's open orders. */
function openVaccineOf(context: MedicationContext, vialId: string): TestId | null {
  const vial = vialById(context, vialId);
  if (vial === undefined) return null;
  return openVaccines(context).some((t) => t.id === vial.testId) ? (vial.testId as TestId) : null;
}

/** Whether a label read fits now: the vial holds an open order's vaccine, not read yet at this moment, at a moment that has come. */
function labelReadFits(context: MedicationContext, vialId: string, moment: LabelCheckMoment): boolean {
  if (openVaccineOf(context, vialId) === null) return false;
  if (context.labelReads.some((r) => r.vialId === vialId && r.moment === moment)) return false;
  const inSyringe = context.drawn?.vialId === vialId;
  if (moment === 'before-giving') return inSyringe;
  // Taking it out and drawing up come before the syringe holds it, with no other dose in hand.
  return context.drawn === null && !context.syringeInHand;
}

const GUARDS = {
  notIdentified: ({ context }) => context.identification === null,
  logUnread: ({ context, event }) => event.type === 'storage.log-read' && context.stock.units.some((u) => u.id === event.unitId) && !context.logsRead.includes(event.unitId),
  excursionToReport: ({ context, event }) => {
    if (event.type !== 'storage.excursion-reported' || !context.logsRead.includes(event.unitId) || context.excursionsReported.includes(event.unitId)) return false;
    const unit = context.stock.units.find((u) => u.id === event.unitId);
    return unit !== undefined && unitInExcursion(unit);
  },
  orderUnread: ({ context, event }) => event.type === 'order.reviewed' && orderedVaccines(context).some((t) => t.id === event.testId) && !context.ordersReviewed.includes(event.testId),
  orderReturnable: ({ context, event }) =>
    event.type === 'order.returned' &&
    !isReading(event.testId) && orderedVaccines(context).some((t) => t.id === event.testId) && !settled(context, event.testId) && context.drawn?.testId !== event.testId,
  allergiesUnchecked: ({ context }) => !context.allergiesChecked,
  labelReadable: ({ context, event }) => event.type === 'vial.label-read' && labelReadFits(context, event.vialId, event.moment),
  canDrawUp: ({ context, event }) =>
    event.type === 'dose.drawn-up' && context.observation === 'not-started' && context.drawn === null && !context.syringeInHand && openVaccineOf(context, event.vialId) !== null,
  visDue: ({ context, event }) =>
    event.type === 'vis.given' &&
    orderedVaccines(context).some((t) => t.id === event.testId) &&
    (injectableProduct(event.testId)?.visId ?? null) !== null &&
    !settled(context, event.testId) &&
    !context.visGiven.some((v) => v.testId === event.testId),
  doseInSyringe: ({ context, event }) => event.type === 'injection.given' && context.drawn !== null && context.drawn.vialId === event.vialId,
  syringeInHand: ({ context }) => context.syringeInHand,
  readingDue: ({ context, event }) => event.type === 'induration.recorded' && isReading(event.testId) && orderedVaccines(context).some((t) => t.id === event.testId) && !settled(context, event.testId),
  whealToCheck: ({ context, event }) => event.type === 'wheal.checked' && !context.syringeInHand && whealUnchecked(context, event.testId),
  // A skin test with no wheal is placed again before it is recorded: the record names the placement that stands.
  recordDue: ({ context, event }) =>
    event.type === 'administration.recorded' && context.given.some((g) => g.testId === event.testId) && settled(context, event.testId) && !context.recorded.some((r) => r.testId === event.testId),
  registryDue: ({ context, event }) =>
    event.type === 'registry.reported' &&
    context.scenario.clinic.immunizationRegistry !== undefined &&
    context.given.some((g) => g.testId === event.testId && g.wheal === null) &&
    !context.registryReported.includes(event.testId),
  canStartObservation: ({ context }) => context.observation === 'not-started' && context.given.length > 0 && context.drawn === null && !context.syringeInHand,
  fainted: ({ context }) => context.reaction === 'syncope' && !context.laidDown,
  alertNeeded: ({ context }) => medicationAlertNeeded(context),
  afterFaint: ({ context }) => context.reaction === 'syncope',
  observationOver: ({ context }) => context.observation === 'elapsed' && context.reactionPending === null,
  canFinish: ({ context }) => context.drawn === null && !context.syringeInHand && (context.observation === 'not-started' || context.observation === 'ended'),
} satisfies Record<string, MedicationGuard>;

export const medicationMachine = setup({
  types: {} as { input: WorkflowInput; context: MedicationContext; events: MedicationEvent; output: { medication: MedicationRecord } },
  guards: GUARDS,
  // One assign per trainee action: its steps, in order (the observation's timers are their own).
  actions: {
    cleanHands: assign(({ context, event }) => inOrder(context, event, [beforeStep, cleanHands])),
    identifyPatient: assign(({ context, event }) => inOrder(context, event, [beforeStep, identifyPatient])),
    readLog: assign(({ context, event }) => inOrder(context, event, [beforeStep, readLog])),
    reportExcursion: assign(({ context, event }) => inOrder(context, event, [beforeStep, reportExcursion])),
    reviewOrder: assign(({ context, event }) => inOrder(context, event, [beforeStep, reviewOrder])),
    returnOrder: assign(({ context, event }) => inOrder(context, event, [beforeStep, returnOrder])),
    checkAllergies: assign(({ context, event }) => inOrder(context, event, [beforeStep, checkAllergies])),
    readLabel: assign(({ context, event }) => inOrder(context, event, [beforeStep, readLabel])),
    drawUp: assign(({ context, event }) => inOrder(context, event, [beforeStep, drawUp])),
    giveVis: assign(({ context, event }) => inOrder(context, event, [beforeStep, giveVis])),
    inject: assign(({ context, event }) => inOrder(context, event, [beforeStep, inject])),
    discardSyringe: assign(({ context, event }) => inOrder(context, event, [beforeStep, discardSyringe])),
    checkWheal: assign(({ context, event }) => inOrder(context, event, [beforeStep, checkWheal])),
    recordInduration: assign(({ context, event }) => inOrder(context, event, [beforeStep, recordInduration])),
    recordAdministration: assign(({ context, event }) => inOrder(context, event, [beforeStep, recordAdministration])),
    reportToRegistry: assign(({ context, event }) => inOrder(context, event, [beforeStep, reportToRegistry])),
    layDown: assign(({ context, event }) => inOrder(context, event, [beforeStep, layDown])),
    alertProvider: assign(({ context, event }) => inOrder(context, event, [beforeStep, alertProvider])),
    alertProviderNeedlessly: assign(({ context, event }) => inOrder(context, event, [beforeStep, alertProviderNeedlessly])),
    endObservation: assign(({ context, event }) => inOrder(context, event, [beforeStep, endObservation])),
    finish: assign(({ context, event }) => inOrder(context, event, [beforeStep, finish])),
    startObservation: enqueueActions(({ context, event, enqueue }) => {
      enqueue.assign(inOrder(context, event, [beforeStep, () => ({ observation: 'running' as const })]));
      const afterDose = afterDoseEvent(context);
      if (afterDose === 'syncope') enqueue.raise({ type: 'observation.patient-fainted' }, { delay: SYNCOPE_AT_MINUTE, id: 'observation:reaction' });
      if (afterDose === 'anaphylaxis-sign') enqueue.raise({ type: 'observation.anaphylaxis-sign' }, { delay: ANAPHYLAXIS_SIGN_AT_MINUTE, id: 'observation:reaction' });
      enqueue.raise({ type: 'observation.time-elapsed' }, { delay: OBSERVATION_MINUTES, id: 'observation:time' });
    }),
    showFaint: assign(() => ({ reaction: 'syncope' as const, reactionPending: 'syncope' as const })),
    showAnaphylaxisSign: assign(() => ({ reaction: 'anaphylaxis-sign' as const, reactionPending: 'anaphylaxis-sign' as const })),
    observationElapsed: assign(({ context }) => (context.observation === 'running' ? { observation: 'elapsed' as const } : {})),
  },
}).createMachine({
  id: 'medication',
  context: ({ input }) => ({
    // The input field by field, as the other workflows build theirs.
    scenario: input.scenario,
    patient: input.patient,
    env: input.env,
    chart: input.chart,
    handsCleaned: false,
    identification: null,
    preparationJudged: false,
    identityJudged: false,
    stock: clinicStock(input.scenario),
    logsRead: [],
    excursionsReported: [],
    ordersReviewed: [],
    returned: [],
    allergiesChecked: false,
    labelReads: [],
    drawn: null,
    visGiven: [],
    given: [],
    sharpPending: false,
    syringeInHand: false,
    recorded: [],
    registryReported: [],
    observation: 'not-started',
    reactionPending: null,
    reaction: null,
    laidDown: false,
    providerAlerted: false,
    readings: [],
  }),
  initial: 'working',
  states: {
    working: {
      on: {
        'hands.cleaned': { actions: 'cleanHands' },
        'patient.identified': { guard: 'notIdentified', actions: 'identifyPatient' },
        'storage.log-read': { guard: 'logUnread', actions: 'readLog' },
        'storage.excursion-reported': { guard: 'excursionToReport', actions: 'reportExcursion' },
        'order.reviewed': { guard: 'orderUnread', actions: 'reviewOrder' },
        'order.returned': { guard: 'orderReturnable', actions: 'returnOrder' },
        'allergies.checked': { guard: 'allergiesUnchecked', actions: 'checkAllergies' },
        'vial.label-read': { guard: 'labelReadable', actions: 'readLabel' },
        'dose.drawn-up': { guard: 'canDrawUp', actions: 'drawUp' },
        'vis.given': { guard: 'visDue', actions: 'giveVis' },
        'injection.given': { guard: 'doseInSyringe', actions: 'inject' },
        'syringe.discarded': { guard: 'syringeInHand', actions: 'discardSyringe' },
        'wheal.checked': { guard: 'whealToCheck', actions: 'checkWheal' },
        'induration.recorded': { guard: 'readingDue', actions: 'recordInduration' },
        'administration.recorded': { guard: 'recordDue', actions: 'recordAdministration' },
        'registry.reported': { guard: 'registryDue', actions: 'reportToRegistry' },
        'observation.started': { guard: 'canStartObservation', actions: 'startObservation' },
        'observation.patient-fainted': { actions: 'showFaint' },
        'observation.anaphylaxis-sign': { actions: 'showAnaphylaxisSign' },
        'observation.time-elapsed': { actions: 'observationElapsed' },
        'patient.laid-down': { guard: 'fainted', actions: 'layDown' },
        // After a faint the provider may be told (not judged); otherwise an alert with no anaphylaxis sign behind it is needless.
        'provider.alerted': [{ guard: 'alertNeeded', actions: 'alertProvider' }, { guard: 'afterFaint', actions: 'alertProvider' }, { actions: 'alertProviderNeedlessly' }],
        'observation.ended': { guard: 'observationOver', actions: 'endObservation' },
        'medication.finished': { guard: 'canFinish', target: 'done', actions: 'finish' },
      },
    },
    done: { type: 'final' },
  },
  output: ({ context }) => ({ medication: medicationRecord(context) }),
});

/** The workflow's section of the chart: each ordered vaccine, given or sent back. */
export function medicationRecord(context: MedicationContext): MedicationRecord {
  return {
    vaccines: orderedVaccines(context).map((test) => {
      const dose = lastDoseOf(context, test.id);
      return {
        testId: test.id,
        // A reading is done when its millimetres are recorded.
        given: dose !== undefined || context.readings.some((r) => r.testId === test.id),
        returned: context.returned.find((r) => r.testId === test.id)?.reason ?? null,
        route: dose?.route ?? null,
        lot: dose?.lot ?? null,
      };
    }),
  };
}

/** The ordered vaccines neither given nor sent back: what the patient still needs if the day ends now. */
export function outstandingVaccines(context: MedicationContext): TestId[] {
  return openVaccines(context).map((test) => test.id);
}

/** The medication actions that fit the workflow's current state, for the task list and the scripted trainees (as the guards have it). */
export function medicationAvailableActions(snapshot: AnyMachineSnapshot): MedicationAction['type'][] {
  if (!snapshot.matches('working')) return [];
  const context = snapshot.context as MedicationContext;
  const open = openVaccines(context);
  const inHand = context.drawn !== null || context.syringeInHand;
  const actions: MedicationAction['type'][] = ['hands.cleaned'];
  if (context.identification === null) actions.push('patient.identified');
  if (context.stock.units.some((u) => !context.logsRead.includes(u.id))) actions.push('storage.log-read');
  if (context.stock.units.some((u) => context.logsRead.includes(u.id) && !context.excursionsReported.includes(u.id) && unitInExcursion(u))) actions.push('storage.excursion-reported');
  if (orderedVaccines(context).some((t) => !context.ordersReviewed.includes(t.id))) actions.push('order.reviewed');
  if (open.some((t) => context.drawn?.testId !== t.id && !isReading(t.id))) actions.push('order.returned');
  if (!context.allergiesChecked) actions.push('allergies.checked');
  const openVials = context.stock.vials.filter((vial) => open.some((t) => t.id === vial.testId));
  if (openVials.some((vial) => labelReadFits(context, vial.id, 'from-storage') || labelReadFits(context, vial.id, 'drawing-up') || labelReadFits(context, vial.id, 'before-giving'))) {
    actions.push('vial.label-read');
  }
  if (context.observation === 'not-started' && !inHand && openVials.length > 0) actions.push('dose.drawn-up');
  if (open.some((t) => (injectableProduct(t.id)?.visId ?? null) !== null && !context.visGiven.some((v) => v.testId === t.id))) actions.push('vis.given');
  if (open.some((t) => isReading(t.id))) actions.push('induration.recorded');
  if (context.drawn !== null) actions.push('injection.given');
  if (context.syringeInHand) actions.push('syringe.discarded');
  if (!context.syringeInHand && context.given.some((g) => whealUnchecked(context, g.testId))) actions.push('wheal.checked');
  if (context.given.some((g) => settled(context, g.testId) && !context.recorded.some((r) => r.testId === g.testId))) actions.push('administration.recorded');
  if (context.scenario.clinic.immunizationRegistry !== undefined && context.given.some((g) => g.wheal === null && !context.registryReported.includes(g.testId))) actions.push('registry.reported');
  if (context.observation === 'not-started' && context.given.length > 0 && context.drawn === null && !context.syringeInHand) actions.push('observation.started');
  if (context.reaction === 'syncope' && !context.laidDown) actions.push('patient.laid-down');
  // Always taken: a needless alert is the trainee's to make, and is judged (`urgent` says when one is needed).
  actions.push('provider.alerted');
  if (context.observation === 'elapsed' && context.reactionPending === null) actions.push('observation.ended');
  if (context.drawn === null && !context.syringeInHand && (context.observation === 'not-started' || context.observation === 'ended')) actions.push('medication.finished');
  return actions;
}

/** What must come before anything else now: laying a fainting patient down, the provider for an anaphylaxis sign. */
/** A reaction in the observation chair still waiting for its first step when the day ends: judged as that step never taken. */
export function medicationAtDayEnd(snapshot: AnyMachineSnapshot): Check[] {
  if (!snapshot.matches('working')) return [];
  const context = snapshot.context as MedicationContext;
  if (context.reactionPending === 'syncope') return [syncopeCheck(subject(context, { nextAction: null, dayEnded: true }))];
  if (context.reactionPending === 'anaphylaxis-sign') return [anaphylaxisAlertCheck(subject(context, { nextAction: null, dayEnded: true }))];
  return [];
}

export function medicationUrgent(snapshot: AnyMachineSnapshot): MedicationAction['type'][] {
  if (!snapshot.matches('working')) return [];
  const context = snapshot.context as MedicationContext;
  if (context.reaction === 'syncope' && !context.laidDown) return ['patient.laid-down'];
  if (medicationAlertNeeded(context)) return ['provider.alerted'];
  return [];
}
