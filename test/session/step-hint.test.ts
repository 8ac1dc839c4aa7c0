import { describe, expect, it } from 'vitest';
import { dayView, EncounterWatch } from '../../src/session/day-view';
import { Session } from '../../src/session/session';
import { stepHint } from '../../src/session/step-hint';
import { bundledLibrary } from '../support/bundled-library';

const morning = bundledLibrary().find((scenario) => scenario.id === 'default-morning')!;
const MARCUS = 'marcus-johnson';
const marcus = { kind: 'patient', patientId: MARCUS } as const;

function atTheDesk(): { session: Session; watch: EncounterWatch } {
  const watch = new EncounterWatch();
  const session = Session.start(morning, { seed: 1, settings: { mode: 'practice', timerEnabled: false }, inspect: watch.inspect });
  while (session.stageOf(MARCUS) !== 'check-in') session.waitForNextEvent();
  return { session, watch };
}

function act(session: Session, ...actions: Parameters<Session['act']>[1][]): void {
  for (const action of actions) expect(session.act(MARCUS, action).accepted).toBe(true);
}

describe('stepHint', () => {
  it('follows check-in step by step: identifiers, then what registration still needs', () => {
    const { session } = atTheDesk();
    expect(stepHint(session, marcus)).toMatch(/^Greet the patient/);
    act(session, { type: 'patient.greeted' });
    expect(stepHint(session, marcus)).toMatch(/state two identifiers/);
    act(session, { type: 'identity.asked', question: 'full-name', style: 'stated' });
    expect(stepHint(session, marcus)).toMatch(/second identifier/);
    act(session, { type: 'identity.asked', question: 'date-of-birth', style: 'stated' });
    expect(stepHint(session, marcus)).toMatch(/^Compare what the patient said with the chart/);
    act(session, { type: 'identity.confirmed' });
    const registering = stepHint(session, marcus)!;
    expect(registering).toMatch(/address, phone and emergency contact/);
    expect(registering).not.toMatch(/two identifiers/);
  });

  it('is the floor’s hint for the first patient in the queue, so the HUD and the station say the same', () => {
    const { session, watch } = atTheDesk();
    act(session, { type: 'patient.greeted' }, { type: 'identity.asked', question: 'full-name', style: 'stated' }, { type: 'identity.asked', question: 'date-of-birth', style: 'stated' }, { type: 'identity.confirmed' });
    const view = dayView(session, { watch });
    expect(view.queue[0]?.patientId).toBe(MARCUS);
    expect(view.hint).toBe(`Marcus Johnson: ${stepHint(session, marcus)}`);
    expect(view.hint).not.toMatch(/identifiers/);
  });

  it('says nothing for a patient who is with the provider’s work alone, and nothing in assessment', () => {
    const watch = new EncounterWatch();
    const session = Session.start(morning, { seed: 1, settings: { mode: 'assessment', timerEnabled: true }, inspect: watch.inspect });
    expect(dayView(session, { watch }).hint).toBeNull();
    expect(stepHint(session, { kind: 'patient', patientId: 'nobody' })).toBeNull();
  });
});
