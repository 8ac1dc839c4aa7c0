/**
 * The simulated minutes each action of the lab station costs, with what they cover where it needs
 * saying. Design estimates (see `reference/action-costs.ts`).
 */
import { actionCost, type ActionCost } from '../../reference/action-costs';
import { SHARED_ACTION_COSTS } from '../shared/shared-actions';
import type { SpecimenAction } from './specimen.actions';

/** What each action of the lab station costs on the clinic clock, and why (design estimates). */
export const SPECIMEN_ACTION_COSTS: Readonly<Record<SpecimenAction['type'], ActionCost>> = {
  'hands.cleaned': SHARED_ACTION_COSTS['hands.cleaned'],
  'gloves.donned': actionCost(0.25),
  'patient.identified': SHARED_ACTION_COSTS['patient.identified'],
  'requisition.checked': actionCost(0.5),
  'site.disinfected': actionCost(0.5, 'A 70% isopropyl alcohol pad rubbed over the site, and about 30 seconds for it to air-dry (the same half minute when the trainee goes straight on: the pad, the site found again).'),
  'tourniquet.applied': actionCost(0.25),
  'needle.inserted': actionCost(0.25, 'Anchor the vein and insert at 15–30°, bevel up.'),
  'tube.drawn': actionCost(0.5),
  'tube.inverted': actionCost(0.25),
  'tourniquet.released': actionCost(0.25),
  'needle.withdrawn': actionCost(0.25, 'Withdraw, activate the safety device, gauze pressure.'),
  'sharps.disposed': actionCost(0.25),
  'site.bandaged': actionCost(0.25),
  'specimen.labeled': actionCost(0.5),
  'capillary.punctured': actionCost(0.5),
  'microtube.filled': actionCost(0.5, 'Free-flowing drops collected into a microtube (a few hundred microlitres), capped and gently mixed.'),
  'urine.instructed': actionCost(1, 'Clean-catch instructions; the patient collects on their own time.'),
  'swab.collected': actionCost(0.5),
  'poct.control-run': actionCost(1.5, 'Hands-on time only; the kit read time runs on the clock separately.'),
  'poct.test-run': actionCost(0.5, 'Hands-on time only; the kit read time runs on the clock separately.'),
  'poct.result-recorded': actionCost(0.5),
  'procedure.performed': actionCost(3, 'A pulse-oximetry reading (the only one-step procedure left at the station since the ECG became its own workflow): the reading itself takes under a minute; the 3 minutes of the former average over the ECG and the oximetry are kept, with the patient settled and the finger warmed, so the days that order it keep their clock.'),
  'provider.alerted': SHARED_ACTION_COSTS['provider.alerted'],
  'specimen.sent': actionCost(0.5),
};
