/**
 * What a 10-second resting 12-lead tracing shows, from where the electrodes are, how the machine
 * is set, how the skin was prepared, the patient's state, the room and what the trainee has done
 * about artefacts so far. Pure and deterministic: the workflow calls it on `tracing.recorded`,
 * the station draws what it returns.
 */
import { type Source } from '../source';
import { artefactClearedBy } from './artefacts';
import { ELECTRODE_PLACEMENT, leadViews, misplacedElectrodes, type LeadView, type Placements } from './placement';
import { skinPrepMissing } from './settings';
import {
  ECG_ARTEFACTS,
  ECG_LEADS,
  LIMB_ELECTRODES,
  LIMB_LEADS,
  PRECORDIAL_ELECTRODES,
  isLimbSite,
  type ArtefactRemedy,
  type EcgArtefact,
  type EcgElectrode,
  type EcgLead,
  type EcgPatientState,
  type EcgRhythm,
  type ElectrodeSite,
  type Gain,
  type PaperSpeed,
  type SkinPrepStep,
} from './terms';

export { ECG_LEADS, ECG_RHYTHMS } from './terms';

/** Everything the tracing depends on. */
export interface EcgTracingInput {
  readonly placements: Readonly<Partial<Record<EcgElectrode, ElectrodeSite>>>;
  readonly paperSpeed: PaperSpeed;
  readonly gain: Gain;
  readonly skinPrep: readonly SkinPrepStep[];
  readonly needsHairClipped: boolean;
  readonly hasLotion: boolean;
  /** 'calm' | 'cold' | 'anxious' (Order.ecg.patientState). */
  readonly patientState: EcgPatientState;
  /** A device plugged in near the bed (Order.ecg.interference). */
  readonly interference: boolean;
  /** What the trainee has done about artefacts so far. */
  readonly remedies: readonly ArtefactRemedy[];
  /** The patient's true rhythm (Order.ecg.rhythm), drawn by the station. */
  readonly rhythm: EcgRhythm;
  /** The patient's heart rate (the scenario's pulse), drawn by the station for a regular rhythm; null: the rhythm's usual rate. */
  readonly ratePerMinute: number | null;
}

/** One electrode not at its site, and what that does to the tracing. */
export interface MisplacedElectrode {
  readonly electrode: EcgElectrode;
  /** Null: not placed. */
  readonly placedAt: ElectrodeSite | null;
  readonly correct: ElectrodeSite;
  readonly effect: string;
  readonly source: Source;
  /** False where the effect text is not confirmed (do not score on its wording). */
  readonly verified?: boolean;
}

/** What the tracing shows. */
export interface EcgTracing {
  /** What shows, in `ECG_ARTEFACTS` order; [] = a clean tracing. */
  readonly artefacts: readonly EcgArtefact[];
  readonly misplaced: readonly MisplacedElectrode[];
  /** The leads each shown artefact spoils (limb-leads-reversed: the limb leads that changed; precordial-misplacement: the chest leads off their view). */
  readonly leadsAffected: Readonly<Partial<Record<EcgArtefact, readonly EcgLead[]>>>;
  readonly paperSpeed: PaperSpeed;
  readonly gain: Gain;
  readonly rhythm: EcgRhythm;
  readonly ratePerMinute: number | null;
  /** How each lead looks after the remedies (for the station's drawing). */
  readonly leads: Readonly<Record<EcgLead, LeadView>>;
}

/** The placements once the correcting remedies are done: `correct-limb-leads` puts every limb electrode on its limb, `correct-chest-leads` every chest electrode on its site. */
function correctedPlacements(placements: Placements, remedies: readonly ArtefactRemedy[]): Placements {
  const fixed: Partial<Record<EcgElectrode, ElectrodeSite>> = { ...placements };
  if (remedies.includes('correct-limb-leads')) for (const e of LIMB_ELECTRODES) fixed[e] = ELECTRODE_PLACEMENT[e].site;
  if (remedies.includes('correct-chest-leads')) for (const e of PRECORDIAL_ELECTRODES) fixed[e] = ELECTRODE_PLACEMENT[e].site;
  return fixed;
}

/** Whether a view is the lead itself, upright. */
const isTrue = (lead: EcgLead, view: LeadView): boolean => 'inverted' in view && view.as === lead && !view.inverted;

/** The tracing the machine records from this input. */
export function ecgTracing(input: EcgTracingInput): EcgTracing {
  const placements = correctedPlacements(input.placements, input.remedies);
  const leads = leadViews(placements);
  const misplaced = misplacedElectrodes(placements);
  const remedied = new Set(input.remedies.map(artefactClearedBy));

  const limbsAllOnLimbs = LIMB_ELECTRODES.every((e) => {
    const site = placements[e];
    return site !== undefined && isLimbSite(site);
  });
  const reversedLeads = limbsAllOnLimbs ? LIMB_LEADS.filter((lead) => !isTrue(lead, leads[lead])) : [];
  const offSiteChest = PRECORDIAL_ELECTRODES.filter((e) => placements[e] !== undefined && misplaced.some((m) => m.electrode === e));
  // A chest electrode on another's site spoils both views; the leads to name are those not showing their own view.
  const chestLeads = offSiteChest.length > 0 ? PRECORDIAL_ELECTRODES.filter((lead) => !isTrue(lead, leads[lead])) : [];
  const skinPoor = skinPrepMissing(input.skinPrep, input).length > 0;

  const shows: Record<EcgArtefact, readonly EcgLead[] | null> = {
    'somatic-tremor': input.patientState !== 'calm' && !remedied.has('somatic-tremor') ? ECG_LEADS : null,
    'ac-interference': input.interference && !remedied.has('ac-interference') ? ECG_LEADS : null,
    'wandering-baseline': skinPoor && !remedied.has('wandering-baseline') ? ECG_LEADS : null,
    'limb-leads-reversed': reversedLeads.length > 0 ? reversedLeads : null,
    'precordial-misplacement': chestLeads.length > 0 ? chestLeads : null,
  };
  const artefacts = ECG_ARTEFACTS.filter((a) => shows[a] !== null);
  const leadsAffected: Partial<Record<EcgArtefact, readonly EcgLead[]>> = {};
  for (const a of artefacts) leadsAffected[a] = shows[a] ?? [];
  return { artefacts, misplaced, leadsAffected, paperSpeed: input.paperSpeed, gain: input.gain, rhythm: input.rhythm, ratePerMinute: input.ratePerMinute, leads };
}
