/**
 * The warning beside a call ringing while a station is open (session 20's playtest): the steps
 * open there whose minutes reach the minute the call goes to voicemail, named with their minutes.
 */
import { describe, expect, it } from 'vitest';
import { ACTION_COSTS } from '../../src/clinic/trainee-action';
import { STEPS_NAMED, stepsLettingCallGo, voicemailWarning } from '../../scenes/stations/voicemail-warning';

const VOICEMAIL_AT = 10 * 60 + 42;

describe('the voicemail warning in a station', () => {
  it('names nothing while every open step ends before the call goes to voicemail', () => {
    expect(voicemailWarning({ actions: ['inbox.opened', 'blood-pressure.measured'], now: VOICEMAIL_AT - 10, voicemailAt: VOICEMAIL_AT })).toBeNull();
  });

  it('names the one step whose minutes reach the voicemail minute, to the minute itself', () => {
    const opened = ACTION_COSTS.get('inbox.opened')!.minutes;
    expect(voicemailWarning({ actions: ['inbox.opened'], now: VOICEMAIL_AT - opened, voicemailAt: VOICEMAIL_AT })).toBe(`Taking this step lets the call go to voicemail at 10:42: Open the inbox item (${opened} min).`);
    expect(voicemailWarning({ actions: ['inbox.opened'], now: VOICEMAIL_AT - opened - 0.25, voicemailAt: VOICEMAIL_AT })).toBeNull();
  });

  it('names only the longer steps when the shorter still end in time, and never the phone’s own', () => {
    const actions = ['hands.cleaned', 'blood-pressure.measured', 'phone.answered'] as const;
    const cheapest = Math.min(...actions.map((type) => ACTION_COSTS.get(type)!.minutes));
    const steps = stepsLettingCallGo({ actions, now: VOICEMAIL_AT - cheapest - 0.25, voicemailAt: VOICEMAIL_AT });
    expect(steps.map((step) => step.type)).toEqual(actions.filter((type) => type !== 'phone.answered' && ACTION_COSTS.get(type)!.minutes > cheapest));
    expect(steps.length).toBeGreaterThan(0);
  });

  it('names a few of many steps that would let it go, and counts the rest', () => {
    const actions = ['hands.cleaned', 'patient.identified', 'allergies.reconciled', 'medications.reconciled', 'chief-complaint.recorded', 'blood-pressure.measured'] as const;
    const warning = voicemailWarning({ actions, now: VOICEMAIL_AT, voicemailAt: VOICEMAIL_AT });
    expect(warning).toMatch(new RegExp(`^Taking any of these steps lets the call go to voicemail at 10:42: [^,]+ \\([\\d.]+ min\\)(, [^,]+ \\([\\d.]+ min\\)){${STEPS_NAMED - 1}} and ${actions.length - STEPS_NAMED} more\\.$`));
  });
});
