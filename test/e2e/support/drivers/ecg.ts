/**
 * The ECG bed's driver: the preparation (explained, privacy, the position, the skin steps
 * ticked), each electrode put on from the lists (the electrode, then the limb, or the line
 * and, off the line midway between V2 and V4, the space), the machine's speed and gain and the patient's data typed, the tracing
 * recorded, named and remedied, the hand-over, the electrodes off.
 */
import type { TraineeAction } from '../../../../src/clinic/trainee-action';
import { isMidwayLine } from '../../../../src/reference/ecg/placement';
import { CARE_BUTTONS, identifyPatient } from './shared';
import type { PageState, StationDriver, StationHands } from './station-driver';

/** The skin-preparation steps, as the station's boxes are keyed. */
const SKIN_STEPS = ['cleaned', 'dried', 'hair-clipped', 'lotion-removed'] as const;

/** Puts one electrode on from the lists. */
async function placeElectrode(hands: StationHands, action: Extract<TraineeAction, { type: 'electrode.placed' }>): Promise<PageState> {
  const { site } = action;
  // Choosing the electrode (and where it goes) redraws the lists: look again before the next choice.
  await hands.select('place-electrode', action.electrode);
  Object.assign(hands.seen, await hands.lookAgain());
  await hands.select('place-on', 'limb' in site ? 'limb' : 'chest');
  Object.assign(hands.seen, await hands.lookAgain());
  if ('limb' in site) {
    await hands.select('place-limb', site.limb);
  } else {
    // The line first: midway between V2 and V4 asks no space (it has none of its own).
    await hands.select('place-line', site.line);
    Object.assign(hands.seen, await hands.lookAgain());
    if (!isMidwayLine(site.line)) await hands.select('place-space', String(site.space));
  }
  return hands.press('place');
}

export const ecgDriver: StationDriver = {
  plain: {
    ...CARE_BUTTONS,
    'procedure.explained': 'explain',
    'privacy.provided': 'privacy',
    'tracing.recorded': 'record',
    'tracing.explained-to-patient': 'explain-tracing',
    'electrodes.removed': 'remove-electrodes',
    'ecg.finished': 'finish',
  },
  async express(hands, action) {
    const { press } = hands;
    switch (action.type) {
      case 'patient.identified':
        return identifyPatient(hands, action);
      case 'patient.positioned':
        await hands.choose(`position:${action.position}`);
        return press('position');
      case 'skin.prepared':
        for (const step of SKIN_STEPS) await hands.tick(`skin:${step}`, action.steps.includes(step));
        return press('skin-prep');
      case 'electrode.placed':
        return placeElectrode(hands, action);
      case 'machine.set':
        await hands.select('paper-speed', String(action.paperSpeed));
        await hands.select('gain', String(action.gain));
        return press('machine-set');
      case 'patient-data.entered':
        await hands.type('ecg-name', action.name);
        await hands.type('ecg-dob', action.dateOfBirth);
        await hands.select('ecg-sex', action.sex);
        return press('patient-data');
      case 'tracing.checked':
        await hands.choose(`seen:${action.artefact}`);
        return press('check');
      case 'artefact.remedied':
        await hands.choose(`remedy:${action.remedy}`);
        return press('remedy');
      case 'tracing.handed-over':
        return press(`handover:${action.urgency}`);
      default:
        return null;
    }
  },
};
