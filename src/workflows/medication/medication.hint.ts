/**
 * The practice hint for the step the medication workflow is on: what the trainee does next.
 * It reads the workflow's state and what its context already holds, and judges nothing.
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { MedicationContext } from './medication.context';
import { isReading, isSkinTest, openVaccines } from './medication.context';

/** The hint for a medication snapshot, or null when its work is over. */
export function medicationStepHint(snapshot: AnyMachineSnapshot): string | null {
  if (snapshot.status !== 'active' || !snapshot.matches('working')) return null;
  const context = snapshot.context as MedicationContext;
  if (context.reaction === 'syncope' && !context.laidDown) return 'The patient has fainted: lay them down now, before anything else.';
  if (context.reaction === 'anaphylaxis-sign' && !context.providerAlerted) return 'Hives and throat tightness after a vaccine: get the provider now.';
  if (context.syringeInHand) return 'Put the used syringe in the sharps container now, without recapping.';
  const placed = context.given.findLast((dose) => dose.wheal !== null);
  if (placed?.wheal && !placed.wheal.checked) return 'Look at the skin test site: a pale wheal 6–10 mm across should have risen.';
  if (placed?.wheal && !placed.wheal.rises && openVaccines(context).some((t) => t.id === placed.testId)) {
    return 'No wheal rose: place the test again at once, about 2 inches away or on the other forearm.';
  }
  if (context.observation === 'running') return 'The patient is in the observation chair: you may work elsewhere until the time is up.';
  if (context.observation === 'elapsed') return 'The observation time is up: end the observation and finish.';
  if (context.drawn !== null && isSkinTest(context.drawn.testId)) return 'Read the label once more, then place the test in the volar forearm, bevel up at 5–15°, just under the skin.';
  if (context.drawn !== null) return 'Read the label once more against the order, give the VIS if you have not, then give the injection at the route’s angle.';
  if (!context.handsCleaned) return 'Clean your hands before you prepare the vaccine.';
  if (context.identification === null) return 'Have the patient (or the parent) state two identifiers.';
  if (openVaccines(context).some((t) => isReading(t.id))) return 'Read the skin test: measure the induration across the forearm, in mm, and record it.';
  // What is still to be injected (a reading takes no vial, so no log and no allergy check).
  const toInject = openVaccines(context).filter((t) => !isReading(t.id));
  if (toInject.length > 0 && context.logsRead.length < context.stock.units.length) return 'Read the storage unit’s min/max log before taking a vaccine out.';
  if (openVaccines(context).some((t) => !context.ordersReviewed.includes(t.id))) return 'Read the order: prescriber, vaccine, dose, route and time.';
  if (toInject.length > 0 && !context.allergiesChecked) return 'Check the chart’s allergies against the vaccine and its packaging.';
  if (openVaccines(context).length > 0) return 'Read the label as you take the vial out and as you draw up; choose the needle for the patient and the site.';
  if (context.given.some((g) => !context.recorded.some((r) => r.testId === g.testId))) {
    return context.given.some((g) => g.wheal !== null)
      ? 'Record the skin test: lot, forearm, dose, your name and title, and the reading appointment 48–72 hours from now.'
      : 'Record each dose: lot from the vial, site, route, VIS edition and date, your name and title.';
  }
  if (context.given.some((g) => g.wheal === null) && context.observation === 'not-started') return 'Seat the patient in the observation chair for the observation period.';
  return 'Finish at the medication station.';
}
