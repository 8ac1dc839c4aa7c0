/**
 * The simulated minutes each action of the medication workflow costs, with what they cover
 * where it needs saying. Design estimates (see `reference/action-costs.ts`); the observation's
 * 15 minutes are not a cost: they run on the clock while the trainee works elsewhere.
 */
import { actionCost, type ActionCost } from '../../reference/action-costs';
import { SHARED_ACTION_COSTS } from '../shared/shared-actions';
import type { MedicationAction } from './medication.actions';

/** What each action of the medication workflow costs on the clinic clock, and why (design estimates). */
export const MEDICATION_ACTION_COSTS: Readonly<Record<MedicationAction['type'], ActionCost>> = {
  'hands.cleaned': SHARED_ACTION_COSTS['hands.cleaned'],
  'patient.identified': SHARED_ACTION_COSTS['patient.identified'],
  'provider.alerted': SHARED_ACTION_COSTS['provider.alerted'],
  'storage.log-read': actionCost(0.25, 'Read the current, minimum and maximum on the data logger’s display and compare them with the range.'),
  'storage.excursion-reported': actionCost(1, 'Bag and label the unit’s stock “Do Not Use”, note the readings and tell the vaccine coordinator.'),
  'order.reviewed': actionCost(0.25),
  'order.returned': actionCost(0.5, 'Take the order back to the provider and say why it was not given.'),
  'allergies.checked': actionCost(0.25),
  'vial.label-read': actionCost(0.25),
  'dose.drawn-up': actionCost(0.5, 'Choose the syringe and needle, swab the stopper, draw up the dose and expel the air: about half a minute for a single-dose vial (a prefilled syringe only takes its needle).'),
  'vis.given': actionCost(0.25, 'Hand over the VIS; the patient (or the parent) reads it while the dose is prepared, and asks their questions at the injection.'),
  'injection.given': actionCost(0.5, 'Expose and clean the site, inject, withdraw and activate the safety device.'),
  'syringe.discarded': actionCost(0.25),
  'induration.recorded': actionCost(0.75, 'Look at the forearm in good light, feel the edges of the induration, mark them and measure across with a millimetre ruler.'),
  'wheal.checked': actionCost(0.25, 'Look at the site in good light: a pale, raised wheal 6–10 mm across, or none.'),
  'administration.recorded': actionCost(0.75, 'The record entry: date, vaccine, maker, lot, site, route, dose, VIS edition and date, name and title (most fields picked from lists).'),
  'registry.reported': actionCost(0.25, 'Send the recorded dose to the registry from the record (one step in most records systems).'),
  'observation.started': actionCost(0.25, 'Seat the patient where staff can see them; the 15 minutes run on the clock while the trainee works elsewhere.'),
  'patient.laid-down': actionCost(0.5),
  'observation.ended': actionCost(0.25),
  'medication.finished': actionCost(0.25),
};
