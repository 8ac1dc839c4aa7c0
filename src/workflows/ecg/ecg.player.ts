/**
 * How the scripted trainees record an ordered ECG. The expert cleans hands, identifies the
 * patient, explains the ECG, gives privacy, lays the patient supine, prepares the skin as the
 * patient needs (clipping hair and removing lotion where there is any), places the ten
 * electrodes where they belong, sets 25 mm/s and 10 mm/mV, enters the patient's data as
 * charted, records, checks the tracing and remedies each artefact it shows (recording again),
 * hands the tracing over (at once when the order is urgent), takes the electrodes off and
 * finishes; it never interprets the tracing. The novice, at the scenario's rate, puts V1 and
 * V2 a space too high and V4 off the midclavicular line, swaps the arm electrodes, misses the
 * tremor on the tracing, hands an urgent tracing over routinely, and tells the patient what
 * the tracing shows; and, as a beginner does at any station, skips hand hygiene, asks a yes/no
 * question for the identity, forgets to explain the ECG, and records before entering the
 * patient's data.
 */
import { fullName } from '../../domain/patient';
import { ARTEFACT_CAUSES, ECG_ELECTRODES, skinPrepNeeded } from '../../reference/ecg';
import type { MistakeDice, PlayerView, WorkflowPlayer } from '../shared/player';
import type { ArtefactRemedy, EcgAction, EcgArtefact, EcgElectrode, ElectrodeSite } from './ecg.actions';
import { type EcgContext, electrodesOn, lastTracing } from './ecg.context';
import { siteOf } from './ecg.tracing';

/** Where the novice slips; the expert never does. */
interface Slips {
  skipsHandHygiene(): boolean;
  asksYesNo(): boolean;
  skipsExplanation(): boolean;
  skipsPatientData(): boolean;
  v1TooHigh(): boolean;
  v2TooHigh(): boolean;
  v4OffLine(): boolean;
  armsSwapped(): boolean;
  missesTremor(): boolean;
  routineHandOver(): boolean;
  explainsTracing(): boolean;
}

const NEVER: Slips = {
  skipsHandHygiene: () => false,
  asksYesNo: () => false,
  skipsExplanation: () => false,
  skipsPatientData: () => false,
  v1TooHigh: () => false,
  v2TooHigh: () => false,
  v4OffLine: () => false,
  armsSwapped: () => false,
  missesTremor: () => false,
  routineHandOver: () => false,
  explainsTracing: () => false,
};

function diceSlips(dice: MistakeDice): Slips {
  return {
    skipsHandHygiene: () => dice.slips(),
    asksYesNo: () => dice.slips(),
    skipsExplanation: () => dice.slips(),
    skipsPatientData: () => dice.slips(),
    v1TooHigh: () => dice.slips(),
    v2TooHigh: () => dice.slips(),
    v4OffLine: () => dice.slips(),
    armsSwapped: () => dice.slips(),
    missesTremor: () => dice.slips(),
    routineHandOver: () => dice.slips(),
    explainsTracing: () => dice.slips(),
  };
}

/** What the scripted trainees do about an artefact they see: the reference's remedy for it. */
function remedyFor(artefact: EcgArtefact): ArtefactRemedy {
  return ARTEFACT_CAUSES[artefact].remedy;
}

/** Where the trainee puts an electrode: where it belongs, or (a slip) the novice's usual wrong place. */
function siteFor(context: EcgContext, electrode: EcgElectrode, slips: Slips): ElectrodeSite {
  switch (electrode) {
    case 'RA':
      return slips.armsSwapped() ? { limb: 'left-arm' } : siteOf('RA');
    case 'LA': {
      // The arm leads are swapped as a pair: LA goes where RA should have been.
      const ra = context.placements.RA;
      return ra !== undefined && 'limb' in ra && ra.limb === 'left-arm' ? { limb: 'right-arm' } : siteOf('LA');
    }
    case 'V1':
      return slips.v1TooHigh() ? { space: 3, line: 'right-sternal-border' } : siteOf('V1');
    case 'V2':
      return slips.v2TooHigh() ? { space: 3, line: 'left-sternal-border' } : siteOf('V2');
    case 'V4':
      return slips.v4OffLine() ? { space: 5, line: 'anterior-axillary' } : siteOf('V4');
    default:
      return siteOf(electrode);
  }
}

/**
 * Whether the trainee fails to see the tremor on this patient's tracings. A beginner who does
 * not know tremor's look misses it on every tracing of the patient, not afresh on each: the
 * slip is rolled once, at the first tracing that shows tremor, and kept (an earlier tracing
 * showed tremor and was read as something else). So the tremor reaches the provider at the
 * scenario's rate per patient, whatever other artefacts are fixed first.
 */
function missesTremorOn(context: EcgContext, slips: Slips): boolean {
  const earlier = context.tracings.slice(0, -1).filter((t) => t.named !== null && t.tracing.artefacts.includes('somatic-tremor'));
  if (earlier.length === 0) return slips.missesTremor();
  return earlier.every((t) => t.named !== 'somatic-tremor');
}

/** The patient's data as the chart has it (the date of birth corrected at check-in, when it was). */
function patientData(view: PlayerView, context: EcgContext): EcgAction {
  const corrected = context.chart.registration?.correctedIdentity;
  return {
    type: 'patient-data.entered',
    name: corrected?.name ?? fullName(view.patient.name),
    dateOfBirth: corrected?.dateOfBirth ?? view.patient.dateOfBirth,
    sex: view.patient.sex === 'male' ? 'male' : 'female',
  };
}

function nextAction(view: PlayerView, slips: Slips): EcgAction | null {
  const { snapshot } = view;
  if (!snapshot.matches('working')) return null;
  const context = snapshot.context as EcgContext;
  if (context.handedOver !== null) {
    if (electrodesOn(context) && !context.explainedToPatient && slips.explainsTracing()) return { type: 'tracing.explained-to-patient' };
    return electrodesOn(context) ? { type: 'electrodes.removed' } : { type: 'ecg.finished' };
  }
  // Each slip is rolled once, at the one step where it is made: a step skipped is not come back to.
  if (!context.handsCleaned && context.identification === null && !slips.skipsHandHygiene()) return { type: 'hands.cleaned' };
  if (context.identification === null) return { type: 'patient.identified', question: slips.asksYesNo() ? 'yes-no' : 'open', identifiers: ['full-name', 'date-of-birth'] };
  if (!context.explained && !context.privacy && !slips.skipsExplanation()) return { type: 'procedure.explained' };
  if (!context.privacy) return { type: 'privacy.provided' };
  if (context.position !== 'supine') return { type: 'patient.positioned', position: 'supine' };
  const placed = Object.keys(context.placements).length > 0;
  const steps = skinPrepNeeded(context.order).filter((step) => !context.skinPrep.includes(step));
  if (!placed && steps.length > 0) return { type: 'skin.prepared', steps };
  const unplaced = ECG_ELECTRODES.find((electrode) => context.placements[electrode] === undefined);
  if (unplaced !== undefined) return { type: 'electrode.placed', electrode: unplaced, site: siteFor(context, unplaced, slips) };
  if (context.settings === null) return { type: 'machine.set', paperSpeed: 25, gain: 10 };
  const last = lastTracing(context);
  if (context.patientData === null && last === null && !slips.skipsPatientData()) return patientData(view, context);
  if (last === null || context.tracingStale) return { type: 'tracing.recorded' };
  if (last.named === null) {
    const blindToTremor = last.tracing.artefacts.includes('somatic-tremor') && missesTremorOn(context, slips);
    const seen = last.tracing.artefacts.find((artefact) => !(artefact === 'somatic-tremor' && blindToTremor));
    return { type: 'tracing.checked', artefact: seen ?? 'none' };
  }
  // A remedy already tried that did not clear its artefact is not tried again: the tracing goes as it is.
  if (last.named !== 'none' && !context.remedies.includes(remedyFor(last.named))) return { type: 'artefact.remedied', remedy: remedyFor(last.named) };
  return { type: 'tracing.handed-over', urgency: context.order.urgent && !slips.routineHandOver() ? 'at-once' : 'routine' };
}

/** The scripted trainees' play of the ECG workflow. */
export const ECG_PLAYER: WorkflowPlayer<EcgAction> = {
  expert: (view) => nextAction(view, NEVER),
  novice: (view, dice) => nextAction(view, diceSlips(dice)),
};
