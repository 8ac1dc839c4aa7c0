/**
 * What the machine records from what is on the patient: the workflow's context read as the
 * reference's tracing input (the placements, the settings, the skin, the patient's state and
 * the room as the order sets them, what has been remedied), for `ecgTracing` to judge.
 */
import { correctSite, type EcgTracing, type EcgTracingInput, ecgTracing, LIMB_ELECTRODES, PRECORDIAL_ELECTRODES, STANDARD_SETTINGS } from '../../reference/ecg';
import type { ArtefactRemedy, EcgElectrode, ElectrodeSite } from './ecg.actions';
import type { EcgContext } from './ecg.context';

/** The tracing input of the context now; the standard settings where the machine has not been set. */
export function tracingInput(context: Pick<EcgContext, 'placements' | 'settings' | 'skinPrep' | 'order' | 'remedies' | 'patient'>): EcgTracingInput {
  return {
    placements: context.placements,
    paperSpeed: context.settings?.paperSpeed ?? STANDARD_SETTINGS.paperSpeed,
    gain: context.settings?.gain ?? STANDARD_SETTINGS.gain,
    skinPrep: context.skinPrep,
    needsHairClipped: context.order.needsHairClipped,
    hasLotion: context.order.hasLotion,
    patientState: context.order.patientState,
    interference: context.order.interference,
    remedies: context.remedies,
    rhythm: context.order.rhythm,
    ratePerMinute: context.patient.vitals?.pulsePerMinute ?? null,
  };
}

/** The tracing the machine records now. */
export function tracingNow(context: Pick<EcgContext, 'placements' | 'settings' | 'skinPrep' | 'order' | 'remedies' | 'patient'>): EcgTracing {
  return ecgTracing(tracingInput(context));
}

/** The electrodes a correcting remedy puts back on their sites: the limb electrodes, or the chest ones. */
export function electrodesCorrectedBy(remedy: ArtefactRemedy): readonly EcgElectrode[] {
  if (remedy === 'correct-limb-leads') return LIMB_ELECTRODES;
  if (remedy === 'correct-chest-leads') return PRECORDIAL_ELECTRODES;
  return [];
}

/** Where an electrode belongs, without its source (as the placement action takes it). */
export function siteOf(electrode: EcgElectrode): ElectrodeSite {
  const site = correctSite(electrode);
  return 'limb' in site ? { limb: site.limb } : { space: site.space, line: site.line };
}
