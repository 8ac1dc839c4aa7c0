/**
 * The exam room's driver: hand hygiene and identification, the allergy list, the
 * measurements (the thermometer by its route), the blood pressure's technique, the ordered
 * orthostatic set (rest, standing time, at the patient's side), the charted values, the
 * flags and the hand-over (to the provider, or on the standing order to the ECG bed).
 */
import { CARE_BUTTONS, identifyPatient, recordComplaint } from './shared';
import { activate, quoted, type PageState, type StationDriver, type StationHands } from './station-driver';

/** Ticks the allergies the trainee saves (asking the patient first), with one more typed in when it is not on the list. */
async function reconcileAllergies(hands: StationHands, allergies: readonly string[]): Promise<PageState> {
  const { station } = hands;
  let seen = hands.seen;
  if (seen.keys.has('ask-allergies')) {
    await activate(hands.key('ask-allergies'));
    seen = await hands.lookAgain();
  }
  const listed = [...seen.checked.keys()].filter((name) => name.startsWith('allergy:')).map((name) => name.slice('allergy:'.length));
  for (const substance of listed) {
    if (seen.checked.get(`allergy:${substance}`) !== allergies.includes(substance)) await station.locator(`[data-key=${quoted(`allergy:${substance}`)}]`).press('Space');
  }
  const others = allergies.filter((substance) => !listed.includes(substance));
  if (others.length > 1) throw new Error(`the exam room takes one allergy beyond the list, not ${others.length}: ${others.join(', ')}`);
  if ((seen.values.get('allergy-other') ?? '') !== (others[0] ?? '')) await hands.key('allergy-other').fill(others[0] ?? '');
  return hands.press('save-allergies');
}

export const vitalsDriver: StationDriver = {
  plain: {
    ...CARE_BUTTONS,
    'medications.reconciled': 'meds',
    'height-weight.measured': 'measure-hw',
    'pulse.measured': 'measure-pulse',
    'respirations.measured': 'measure-resp',
    'spo2.measured': 'measure-spo2',
    'pain.assessed': 'measure-pain',
    'patient.ready-for-provider': 'ready',
    'patient.sent-for-ecg': 'send-for-ecg',
    'orthostatic.patient-lowered': 'ortho-lower',
  },
  async express(hands, action) {
    const { tick, press } = hands;
    switch (action.type) {
      case 'patient.identified':
        return identifyPatient(hands, action);
      case 'chief-complaint.recorded':
        return recordComplaint(hands, action);
      case 'allergies.reconciled':
        return reconcileAllergies(hands, action.allergies);
      case 'temperature.measured':
        await hands.choose(`route:${action.route}`);
        return press('measure-temp');
      case 'orthostatic.supine-measured':
        await hands.select('ortho-rest', String(action.restedMinutes));
        return press('ortho-supine');
      case 'orthostatic.standing-measured':
        // The steadying is chosen as the patient rises; once up, the box no longer decides.
        if (hands.seen.keys.has('ortho-steady')) await tick('ortho-steady', action.steadied);
        await hands.select('ortho-standing', String(action.minutesStanding));
        return press('ortho-standing-take');
      case 'blood-pressure.measured': {
        await hands.askFirst('measure-arm');
        const { technique } = action;
        await hands.choose(`cuff:${technique.cuff}`);
        await hands.choose(`position:${technique.position}`);
        await tick('rested', technique.rested);
        await tick('arm-level', technique.armAtHeartLevel);
        await tick('talking', technique.talking);
        return press('take-bp');
      }
      case 'vitals.recorded': {
        if (!('values' in action)) throw new Error('a vitals.recorded without values belongs to a stage task, not to the exam room');
        const { values } = action;
        const fields = ['heightCm', 'weightKg', 'headCircumferenceCm', 'bmi', 'temperatureC', 'pulsePerMinute', 'respirationsPerMinute', 'systolicMmHg', 'diastolicMmHg', 'spo2Percent', 'painScore'] as const;
        const shown = fields.filter((field) => hands.seen.keys.has(`vital:${field}`));
        for (const field of shown) {
          const value = values[field] ?? null;
          await hands.type(`vital:${field}`, value === null ? '' : String(value));
        }
        await hands.select('vital:route', values.temperatureRoute ?? '');
        // An entry of the form left blank on purpose: the station asks first, and the trainee saves anyway.
        const blank = shown.some((field) => (values[field] ?? null) === null) || (values.temperatureC !== null && values.temperatureRoute === null);
        if (!blank) return press('record-vitals');
        await activate(hands.key('record-vitals'));
        return hands.commit(hands.page.getByRole('dialog', { name: 'Blank entries in the chart' }).getByRole('button', { name: 'Save anyway' }));
      }
      case 'vitals.flagged':
        for (const vital of ['blood-pressure', 'pulse', 'respirations', 'temperature', 'spo2'] as const) await tick(`flag:${vital}`, action.vitals.includes(vital));
        if (hands.seen.keys.has('flag:orthostatic')) await tick('flag:orthostatic', action.vitals.includes('orthostatic'));
        else if (action.vitals.includes('orthostatic')) throw new Error('the exam room offers no orthostatic flag for a patient without the order');
        return press('save-flags');
      default:
        return null;
    }
  },
};
