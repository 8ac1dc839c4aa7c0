/**
 * How the scripted trainees give the ordered vaccines. The expert cleans hands, identifies
 * the patient, reads each storage unit's log (reporting an excursion), reads every order and
 * the allergies, sends back an order it may not give (unsigned or verbal, an allergy, a dose
 * too soon, no usable vial), reads each vial's label as it takes it out, as it draws up and
 * before giving, draws up the product's dose with the needle the table gives for the patient
 * and the site, hands over the VIS edition in force, injects at the route's angle without
 * aspirating, drops the syringe into the sharps container uncapped, records each dose with
 * the vial's lot, reports to the registry where the clinic does, and keeps the patient in the
 * observation chair (working elsewhere meanwhile), laying a fainting patient down and getting
 * the provider for an anaphylaxis sign. The novice, at the scenario's rate, takes the vial at
 * the front of the shelf (expired, or from the unit out of range), picks a needle length the
 * table does not give for the patient, injects at the wrong angle for the route, forgets the
 * VIS or hands over the outdated copy, types a lot from memory, and skips the observation.
 *
 * A tuberculin skin test: the expert draws up 0.1 mL on a 27-gauge 1/2 inch needle, places it
 * in the volar forearm at 5–15° (the game's 10), looks at the wheal (placing the test again on
 * the other forearm if none rose), and books the reading two days later at the same time; it
 * gives no VIS and keeps no observation for it. The novice, at the scenario's rate, takes the
 * 5/8 inch needle, goes in at a subcutaneous 45°, writes the record without looking at the
 * wheal, and books the reading the next day or five days later. At a reading, the expert
 * records the induration in millimetres; the novice, at the rate, the width of the redness.
 */
import { injectionChoices, INSERTION_ANGLE, type NeedleGauge, type NeedleLength, visEditionInForce, visEditionsOnShelf } from '../../reference/immunization';
import type { TestId } from '../../reference/tests';
import type { MistakeDice, PlayerView, WorkflowPlayer } from '../shared/player';
import { NEEDLE_LENGTHS, type InjectionSite, type MedicationAction, type OrderReturnReason } from './medication.actions';
import { ageYears, isReading, isSkinTest, readingFindings, type MedicationContext, openVaccines, orderForm, patientBuild, productOf, vialById } from './medication.context';
import { doseIsTooSoon, matchingAllergy } from './medication.machine';
import { formatReadingAppointment } from './medication.rules';
import { type StockVial, unitInExcursion, usableVials } from './stock';

/** Where the novice slips; the expert never does. */
interface Slips {
  /** The novice writes the records before seating the patient; the expert seats the patient first and writes them during the observation. */
  readonly documentsFirst: boolean;
  takesFrontVial(): boolean;
  wrongNeedleLength(): boolean;
  wrongAngle(): boolean;
  forgetsVis(): boolean;
  outdatedVis(): boolean;
  typesAnotherLot(): boolean;
  skipsObservation(): boolean;
  skipsWhealCheck(): boolean;
  measuresRedness(): boolean;
  /** Hours after placement the skin test reading is booked: 48 for the expert, 24 or 120 for a slip. */
  readingHours(): number;
}

const NEVER: Slips = {
  documentsFirst: false,
  takesFrontVial: () => false,
  wrongNeedleLength: () => false,
  wrongAngle: () => false,
  forgetsVis: () => false,
  outdatedVis: () => false,
  typesAnotherLot: () => false,
  skipsObservation: () => false,
  skipsWhealCheck: () => false,
  measuresRedness: () => false,
  readingHours: () => 48,
};

function diceSlips(dice: MistakeDice): Slips {
  return {
    documentsFirst: true,
    takesFrontVial: () => dice.slips(),
    wrongNeedleLength: () => dice.slips(),
    wrongAngle: () => dice.slips(),
    forgetsVis: () => dice.slips(),
    outdatedVis: () => dice.slips(),
    typesAnotherLot: () => dice.slips(),
    skipsObservation: () => dice.slips(),
    skipsWhealCheck: () => dice.slips(),
    measuresRedness: () => dice.slips(),
    // The beginner's two wrong bookings: tomorrow (24 h), or next week's same weekday off (5 days).
    readingHours: () => (dice.slips() ? (dice.random.next() < 0.5 ? 24 : 120) : 48),
  };
}

/** The name and title the scripted trainees sign the record with. */
export const SCRIPTED_ADMINISTRATOR = { name: 'Sam Rivera', title: 'CMA' } as const;

/** Why the expert sends an order back, or null when it may be given. */
export function returnReason(context: MedicationContext, testId: TestId): OrderReturnReason | null {
  const form = orderForm(context.patient, testId);
  if (form === 'unsigned') return 'not-signed';
  // Verbal orders are within an MA's scope in most states; the expert takes the stricter course and has them written.
  if (form === 'verbal') return 'verbal-order';
  const vial = usableVials(context.stock, testId, context.scenario.day.date)[0];
  if (vial !== undefined && matchingAllergy(context, testId, vial) !== null) return 'allergy';
  if (doseIsTooSoon(context, testId)) return 'too-soon';
  if (usableVials(context.stock, testId, context.scenario.day.date).length === 0) return 'no-usable-stock';
  return null;
}

/** The vial being prepared for a vaccine: the one taken from storage (its label read), if any. */
function vialInPreparation(context: MedicationContext, testId: TestId): StockVial | undefined {
  const taken = context.labelReads.filter((r) => r.moment === 'from-storage').map((r) => vialById(context, r.vialId));
  return taken.findLast((vial) => vial?.testId === testId);
}

/** The vial to take from the shelf: an in-date one from a unit in range, or (a slip) the first on the shelf. */
function vialToTake(context: MedicationContext, testId: TestId, slips: Slips): StockVial {
  const usable = usableVials(context.stock, testId, context.scenario.day.date);
  const front = context.stock.vials.find((vial) => vial.testId === testId)!;
  if (front !== usable[0] && slips.takesFrontVial()) return front;
  return usable[0] ?? front;
}

/** Where the dose goes: the first preferred site for the route and the patient (a skin test placed again: a site not used yet). */
function siteFor(view: PlayerView, testId: TestId): InjectionSite {
  const choices = injectionChoices(productOf(testId).route, patientBuild(view.scenario, view.patient));
  const context = view.snapshot.context as MedicationContext;
  const used = context.given.filter((dose) => dose.testId === testId).map((dose) => dose.site);
  return choices.preferredSites.find((site) => !used.includes(site)) ?? choices.preferredSites[0] ?? choices.sites[0]!;
}

/** The needle: a length the table gives for the site (1 inch where it does), a gauge the route takes; or (a slip) a length it does not give. */
function needleFor(view: PlayerView, testId: TestId, slips: Slips): { gauge: NeedleGauge; length: NeedleLength } {
  const choices = injectionChoices(productOf(testId).route, patientBuild(view.scenario, view.patient));
  const lengths = choices.lengthsBySite[siteFor(view, testId)] ?? choices.lengths;
  // 25 gauge where the route takes it; a tuberculin syringe's 27.
  const gauge = choices.gauges.includes(25) ? 25 : choices.gauges.includes(27) ? 27 : (choices.gauges[0] ?? 25);
  const wrong = NEEDLE_LENGTHS.filter((length) => !lengths.includes(length));
  // The beginner's wrong needle: the short 5/8 inch where it is too short, else the longest on the tray.
  const slip = wrong.includes('5/8') ? '5/8' : wrong[wrong.length - 1];
  if (slip !== undefined && slips.wrongNeedleLength()) return { gauge, length: slip };
  return { gauge, length: lengths.includes('1') ? '1' : lengths.includes('1/2') ? '1/2' : (lengths[0] ?? '1') };
}

/** A lot typed from memory: the vial's with its last two characters swapped (or one more digit). */
function anotherLot(lot: string): string {
  const swapped = lot.length >= 2 ? `${lot.slice(0, -2)}${lot.at(-1)}${lot.at(-2)}` : `${lot}1`;
  return swapped === lot ? `${lot}1` : swapped;
}

function nextAction(view: PlayerView, slips: Slips): MedicationAction | null {
  const { snapshot, scenario } = view;
  if (!snapshot.matches('working')) return null;
  const context = snapshot.context as MedicationContext;
  const date = scenario.day.date;
  if (context.reaction === 'syncope' && !context.laidDown) return { type: 'patient.laid-down' };
  if (context.reaction === 'anaphylaxis-sign' && !context.providerAlerted) return { type: 'provider.alerted' };
  if (context.syringeInHand) return { type: 'syringe.discarded', recapped: false };
  const placed = context.given.findLast((dose) => dose.wheal !== null && !dose.wheal.checked && !context.recorded.some((r) => r.testId === dose.testId));
  if (placed !== undefined) {
    if (!slips.skipsWhealCheck()) return { type: 'wheal.checked', testId: placed.testId };
    // The slip: the record is written at once and the site never looked at.
    return recordEntry(view, context, placed.testId, slips);
  }
  if (context.observation !== 'not-started') return observationStep(view, context, slips);

  if (!context.handsCleaned) return { type: 'hands.cleaned' };
  if (context.identification === null) return { type: 'patient.identified', question: 'open', identifiers: ['full-name', 'date-of-birth'] };
  const open = openVaccines(context);
  const unread = context.stock.units.find((unit) => !context.logsRead.includes(unit.id) && context.stock.vials.some((v) => v.unitId === unit.id && open.some((t) => t.id === v.testId)));
  if (unread !== undefined) return { type: 'storage.log-read', unitId: unread.id };
  const excursion = context.stock.units.find((unit) => context.logsRead.includes(unit.id) && !context.excursionsReported.includes(unit.id) && unitInExcursion(unit));
  if (excursion !== undefined) return { type: 'storage.excursion-reported', unitId: excursion.id };
  const unreviewed = open.find((test) => !context.ordersReviewed.includes(test.id));
  if (unreviewed !== undefined) return { type: 'order.reviewed', testId: unreviewed.id };
  // A reading injects nothing: no allergy check is due for it.
  if (!context.allergiesChecked && open.some((test) => !isReading(test.id))) return { type: 'allergies.checked' };
  const reading = open.find((test) => isReading(test.id));
  if (reading !== undefined && context.drawn === null) {
    const seen = readingFindings(view.patient, reading.id);
    return { type: 'induration.recorded', testId: reading.id, mm: slips.measuresRedness() ? seen.rednessMm : seen.indurationMm };
  }

  const drawn = context.drawn;
  if (drawn !== null) {
    const product = productOf(drawn.testId);
    if (!context.labelReads.some((r) => r.vialId === drawn.vialId && r.moment === 'before-giving')) return { type: 'vial.label-read', vialId: drawn.vialId, moment: 'before-giving' };
    const visId = product.visId;
    if (visId !== null && !context.visGiven.some((v) => v.testId === drawn.testId) && !slips.forgetsVis()) {
      const inForce = visEditionInForce(visId, date) ?? visEditionsOnShelf(visId)[0] ?? date;
      const outdated = visEditionsOnShelf(visId).find((edition) => edition !== inForce);
      return { type: 'vis.given', testId: drawn.testId, edition: outdated !== undefined && slips.outdatedVis() ? outdated : inForce };
    }
    const angle = INSERTION_ANGLE[product.route] ?? 90;
    // The beginner's wrong angle: 45° for an intramuscular or an intradermal dose (a subcutaneous depth), 90° for a subcutaneous one.
    const wrongAngle = angle === 45 ? 90 : 45;
    return { type: 'injection.given', vialId: drawn.vialId, site: siteFor(view, drawn.testId), route: product.route, angle: slips.wrongAngle() ? wrongAngle : angle, aspirated: false };
  }

  for (const test of open) {
    const reason = returnReason(context, test.id);
    const inPreparation = vialInPreparation(context, test.id);
    // The novice who took a vial from the front of the shelf goes on with it.
    if (reason !== null && inPreparation === undefined) return { type: 'order.returned', testId: test.id, reason };
    const vial = inPreparation ?? vialToTake(context, test.id, slips);
    if (!context.labelReads.some((r) => r.vialId === vial.id && r.moment === 'from-storage')) return { type: 'vial.label-read', vialId: vial.id, moment: 'from-storage' };
    if (!context.labelReads.some((r) => r.vialId === vial.id && r.moment === 'drawing-up')) return { type: 'vial.label-read', vialId: vial.id, moment: 'drawing-up' };
    const volumeMl = productOf(test.id).doseMl(ageYears(scenario, view.patient));
    return { type: 'dose.drawn-up', vialId: vial.id, volumeMl, needle: needleFor(view, test.id, slips) };
  }

  const documenting = slips.documentsFirst ? documentation(view, context, slips) : null;
  if (documenting !== null) return documenting;
  // The observation period is the vaccines'; a skin test alone takes none.
  if (context.given.some((dose) => !isSkinTest(dose.testId)) && !slips.skipsObservation()) return { type: 'observation.started' };
  return documentation(view, context, slips) ?? { type: 'medication.finished' };
}

/** In the observation chair: the record written while the patient sits, then nothing until the time is up. */
function observationStep(view: PlayerView, context: MedicationContext, slips: Slips): MedicationAction | null {
  const documenting = documentation(view, context, slips);
  if (documenting !== null) return documenting;
  if (context.observation === 'running') return null;
  if (context.observation === 'elapsed') return { type: 'observation.ended' };
  return { type: 'medication.finished' };
}

/** The next record entry or registry report still owed, or null. */
function documentation(view: PlayerView, context: MedicationContext, slips: Slips): MedicationAction | null {
  const { scenario } = view;
  // A skin test whose wheal did not rise is placed again before it is recorded.
  const unrecorded = context.given.find((dose) => !context.recorded.some((r) => r.testId === dose.testId) && !openVaccines(context).some((t) => t.id === dose.testId));
  if (unrecorded !== undefined) return recordEntry(view, context, unrecorded.testId, slips);
  if (scenario.clinic.immunizationRegistry !== undefined) {
    const unreported = context.given.find((dose) => dose.wheal === null && !context.registryReported.includes(dose.testId));
    if (unreported !== undefined) return { type: 'registry.reported', testId: unreported.testId };
  }
  return null;
}

/** The record entry of an order's last dose, as the trainee types it. */
function recordEntry(view: PlayerView, context: MedicationContext, testId: TestId, slips: Slips): MedicationAction {
  const { scenario } = view;
  const date = scenario.day.date;
  const dose = context.given.findLast((g) => g.testId === testId)!;
  const vial = vialById(context, dose.vialId)!;
  const vis = context.visGiven.find((v) => v.testId === testId);
  const product = productOf(testId);
  return {
    type: 'administration.recorded',
    testId,
    record: {
      date,
      vaccine: product.name,
      manufacturer: vial.manufacturer,
      lot: slips.typesAnotherLot() ? anotherLot(vial.lot) : vial.lot,
      site: dose.site,
      route: dose.route,
      doseMl: product.doseMl(ageYears(scenario, view.patient)),
      visEdition: vis?.edition ?? '',
      visGivenOn: vis === undefined ? '' : date,
      administeredBy: { ...SCRIPTED_ADMINISTRATOR },
      ...(dose.wheal === null ? {} : { readingDue: formatReadingAppointment(date, dose.atMinute, slips.readingHours()) }),
    },
  };
}

/** The scripted trainees' play of the medication workflow. */
export const MEDICATION_PLAYER: WorkflowPlayer<MedicationAction> = {
  expert: (view) => nextAction(view, NEVER),
  novice: (view, dice) => nextAction(view, diceSlips(dice)),
};
