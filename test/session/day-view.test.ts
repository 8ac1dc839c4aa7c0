import { describe, expect, it } from 'vitest';
import { areaOf, badgeOf, CLOSED_HINT, dayView, EncounterWatch, patienceLeft } from '../../src/session/day-view';
import { Session } from '../../src/session/session';
import { STAGE_TASK_ACTIONS, STAGE_TASK_WORKFLOWS } from '../support/stage-tasks';
import { patient, scenario } from '../support/scenario-builder';
import { bundledLibrary } from '../support/bundled-library';
import { expertTrainee } from '../../src/trainees/expert-trainee';

const day = scenario(
  [
    patient('p1', '08:00'),
    patient('p2', '08:05'),
    patient('p3', '08:10'),
    patient('p4', '09:00', { arrival: { kind: 'scheduled', time: '09:00', visitTypeId: 'follow-up', providerId: 'dr-test', noShow: true } }),
  ],
  {
    hints: true,
    day: { date: '2026-03-10', start: '08:00', end: '11:00', targetPatientsPerHour: 2, patience: { complainAfterMinutes: 10, leaveAfterMinutes: 40 } },
    events: [{ kind: 'phone-call', time: '08:20', caller: 'patient', callerName: 'Pat Caller', patientId: 'p3', request: 'confirm' }],
  },
);

function startDay(mode: 'practice' | 'assessment' = 'practice'): { session: Session; watch: EncounterWatch } {
  const watch = new EncounterWatch();
  const session = Session.start(day, { seed: 3, workflows: STAGE_TASK_WORKFLOWS, inspect: watch.inspect, settings: { mode, timerEnabled: true } });
  return { session, watch };
}

describe('dayView', () => {
  it('shows the first patient at the front desk, waiting to check in, at the top of the queue', () => {
    const { session, watch } = startDay();
    const view = dayView(session, { watch });
    const first = view.patients.find((p) => p.id === 'p1');
    expect(first).toMatchObject({ stage: 'check-in', area: 'front-desk', badge: { text: 'Waiting to check in', tone: 'act' }, waitingMinutes: 0, patience: 1 });
    expect(view.patients.find((p) => p.id === 'p2')?.area).toBe('outside');
    expect(view.queue.map((item) => [item.patientId, item.task])).toEqual([['p1', 'Check in']]);
    expect(view.clock).toMatchObject({ text: '08:00', opensAt: '08:00', closesAt: '11:00', minutesToClose: 180, progress: 0 });
    expect(view.hint).toBe('Testp Patient: Confirm two identifiers (name and date of birth) and the insurance before the visit.');
  });

  it('puts a roomed patient in their exam room and lists the room as taken', () => {
    const { session, watch } = startDay();
    expect(session.act('p1', { type: 'check-in.completed' }).accepted).toBe(true);
    expect(dayView(session, { watch }).patients[0]).toMatchObject({ area: 'waiting-room', badge: { text: 'Waiting for a room' }, room: null });
    expect(session.act('p1', { type: 'patient.roomed', announce: 'first-name' }).accepted).toBe(true);
    const view = dayView(session, { watch });
    expect(view.patients[0]).toMatchObject({ area: 'exam-room', room: 1, badge: { text: 'Ready for vitals', tone: 'act' }, waitingMinutes: null, patience: null });
    expect(view.rooms).toEqual(['p1', null]);
  });

  it('keeps a patient waiting for a room in sight under Needs you, with the wait, while no room is free', () => {
    const { session, watch } = startDay();
    for (const [id, at] of [['p1', 480], ['p2', 485]] as const) {
      session.advanceTo(at);
      expect(session.act(id, { type: 'check-in.completed' }).accepted).toBe(true);
      expect(session.act(id, { type: 'patient.roomed', announce: 'first-name' }).accepted).toBe(true);
    }
    session.advanceTo(490);
    expect(session.act('p3', { type: 'check-in.completed' }).accepted).toBe(true);
    session.advanceTo(497);
    const full = dayView(session, { watch });
    expect(full.rooms).toEqual(['p1', 'p2']);
    expect(full.queue.some((item) => item.patientId === 'p3')).toBe(false);
    expect(full.roomWaits).toEqual([{ patientId: 'p3', label: full.patients.find((p) => p.id === 'p3')!.name, text: 'Waiting for a room (no room free)', waitingMinutes: 7 }]);
  });

  it('runs patience down as a patient waits, and raises a complaint alert past the limit', () => {
    const { session, watch } = startDay();
    session.advanceTo(session.minute + 12);
    const view = dayView(session, { watch });
    const waiting = view.patients.find((p) => p.id === 'p1')!;
    expect(waiting.waitingMinutes).toBe(12);
    expect(waiting.patience).toBeCloseTo(1 - 12 / 40);
    expect(waiting.restless).toBe(true);
    expect(view.alerts.some((alert) => alert.kind === 'complaint' && alert.patientId === 'p1')).toBe(true);
    expect(view.queue[0]?.patientId).toBe('p1');
  });

  it('puts a ringing phone first in the queue and among the alerts', () => {
    const { session, watch } = startDay();
    session.advanceTo(8 * 60 + 20);
    const view = dayView(session, { watch });
    expect(view.queue[0]).toMatchObject({ stage: 'phone', task: 'Answer the phone', callId: 'call-1' });
    expect(view.alerts.find((alert) => alert.kind === 'phone')).toMatchObject({ id: 'phone:call-1', callId: 'call-1' });
    expect(view.hint).toBe('Answer the phone: after 5 minutes the call goes to voicemail.');
  });

  it('gives a running score in practice mode only', () => {
    const practice = startDay('practice');
    expect(dayView(practice.session, { watch: practice.watch }).score).toMatchObject({ total: expect.any(Number), accuracy: 100, started: false });
    // The first thing judged starts the score: here the visits the day's end settles.
    practice.session.finish();
    expect(dayView(practice.session, { watch: practice.watch }).score?.started).toBe(true);
    const assessment = startDay('assessment');
    const view = dayView(assessment.session, { watch: assessment.watch });
    expect(view.score).toBeNull();
    expect(view.hint).toBeNull();
  });

  it('sends everyone home by the end of the day', () => {
    const { session, watch } = startDay();
    session.finish();
    const view = dayView(session, { watch });
    expect(view.isOver).toBe(true);
    expect(view.queue).toEqual([]);
    expect(view.patients.map((p) => p.area)).toEqual(['gone', 'gone', 'gone', 'gone']);
    expect(view.patients.find((p) => p.id === 'p4')?.badge).toEqual({ text: 'No-show', tone: 'done' });
  });
});

describe('the practice hint once no more patients are due', () => {
  const settings = { hints: true, day: { date: '2026-03-10', start: '08:00', end: '11:00', targetPatientsPerHour: 2, patience: { complainAfterMinutes: 30, leaveAfterMinutes: 90 } } };
  const lastOne = scenario([patient('p1', '08:00')], settings);

  function withProvider(): { session: Session; watch: EncounterWatch } {
    const watch = new EncounterWatch();
    const session = Session.start(lastOne, { seed: 3, workflows: STAGE_TASK_WORKFLOWS, inspect: watch.inspect, settings: { mode: 'practice', timerEnabled: true } });
    for (const action of [{ type: 'check-in.completed' }, { type: 'patient.roomed', announce: 'first-name' }, STAGE_TASK_ACTIONS.vitals] as const) {
      expect(session.act('p1', action).accepted).toBe(true);
    }
    return { session, watch };
  }

  it('says what is left (the patient still in the building, then End day), never to wait for a next patient who is not coming', () => {
    const { session, watch } = withProvider();
    session.advanceTo(session.minute + 1);
    const view = dayView(session, { watch });
    expect(view.queue).toEqual([]);
    expect(view.patients[0]?.stage).toMatch(/provider/);
    expect(view.hint).toMatch(/^No more patients are due today\. Still to do: finish the patient still in the building \(Testp Patient: (with|waiting for) provider\); let the clock run while the provider sees them\. When all is done, press End day\.$/);
    expect(view.hint).not.toMatch(/next patient arrives/);
  });

  it('says, once the clinic has closed, where the debrief is, not to press End day, which is gone from the bar (session 22)', () => {
    const { session, watch } = withProvider();
    session.finish();
    expect(session.isOver).toBe(true);
    expect(dayView(session, { watch }).hint).toBe(CLOSED_HINT);
    expect(CLOSED_HINT).not.toMatch(/End day/);
  });

  /** The first of two patients with the provider, the second not yet due: nothing waits for the trainee. */
  function providerBusyAnotherDue(timerEnabled: boolean) {
    const twoDue = scenario([patient('p1', '08:00'), patient('p2', '10:30')], settings);
    const watch = new EncounterWatch();
    const session = Session.start(twoDue, { seed: 3, workflows: STAGE_TASK_WORKFLOWS, inspect: watch.inspect, settings: { mode: 'practice', timerEnabled } });
    for (const action of [{ type: 'check-in.completed' }, { type: 'patient.roomed', announce: 'first-name' }, STAGE_TASK_ACTIONS.vitals] as const) session.act('p1', action);
    session.advanceTo(session.minute + 1);
    return dayView(session, { watch });
  }

  it('still says to let the clock run while another patient is due', () => {
    const view = providerBusyAnotherDue(true);
    expect(view.queue).toEqual([]);
    expect(view.hint).toBe('Nothing waits for you: the provider is seeing patients. Let the clock run.');
  });

  it('says to press Next event in an untimed day, whose clock never runs by itself', () => {
    expect(providerBusyAnotherDue(false).hint).toBe('Nothing waits for you: the provider is seeing patients. Press Next event.');
  });
});

describe('the floor vocabulary', () => {
  it.each([
    ['check-in', 'front-desk'],
    ['waiting-for-room', 'waiting-room'],
    ['with-provider', 'exam-room'],
    ['orders', 'lab'],
    ['checkout', 'checkout'],
    ['billing', 'gone'],
  ] as const)('places a patient in %s at the %s', (stage, area) => {
    expect(areaOf(stage)).toBe(area);
  });

  it('says "ready for vitals" only when the trainee can take them', () => {
    expect(badgeOf('rooming', true)).toEqual({ text: 'Ready for vitals', tone: 'act' });
    expect(badgeOf('rooming', false).tone).toBe('busy');
  });

  it('runs patience from 1 to 0 over the leave limit', () => {
    expect(patienceLeft(day, 0)).toBe(1);
    expect(patienceLeft(day, 20)).toBe(0.5);
    expect(patienceLeft(day, 90)).toBe(0);
  });
});

describe('the queue after a claim is sent', () => {
  it('follows the claim: once it is out, the line says what the payer’s answer asks, never "Submit the claim"', () => {
    const billingDay = bundledLibrary().find((s) => s.id === 'billing-day')!;
    const session = Session.start(billingDay, { seed: 1 });
    const trainee = expertTrainee();
    const seen = new Set<string>();
    while (!session.isOver) {
      for (const line of dayView(session).queue) {
        const first = line.actions[0];
        if (first === 'payment.posted' || first === 'denial.worked' || first === 'patient.billed') seen.add(`${first}: ${line.task}`);
      }
      const move = trainee.nextMove(session);
      if (move === null || !session.act(move.patientId, move.action).accepted) session.waitForNextEvent();
    }
    expect(seen.size).toBeGreaterThan(0);
    for (const line of seen) expect(line).toMatch(/^(payment\.posted: Post the payment|denial\.worked: Work the denied claim|patient\.billed: Bill the patient)$/);
  });
});

describe('dayView of a chest-pain patient on the standing ECG order', () => {
  it('puts the ECG bed first in Needs you as soon as he is roomed, before his vitals', () => {
    const cardiology = bundledLibrary().find((s) => s.id === 'cardiology-morning')!;
    const watch = new EncounterWatch();
    const session = Session.start(cardiology, { seed: 1, inspect: watch.inspect, settings: { mode: 'practice', timerEnabled: true } });
    const trainee = expertTrainee();
    for (let i = 0; i < 2000 && !session.isOver && session.stageOf('douglas-whitaker') !== 'rooming'; i++) {
      const move = trainee.nextMove(session);
      if (move === null || !session.act(move.patientId, move.action).accepted) session.waitForNextEvent();
    }
    expect(session.stageOf('douglas-whitaker')).toBe('rooming');
    const view = dayView(session, { watch });
    expect(view.queue[0]).toMatchObject({ patientId: 'douglas-whitaker', task: 'Chest pain: to the ECG bed now (standing order)' });
    session.dispose();
  });
});

describe('Needs you, for a red flag at the desk', () => {
  const cardiology = bundledLibrary().find((s) => s.id === 'cardiology-morning')!;
  const DOUGLAS = 'douglas-whitaker';

  /** The expert's moves until Douglas Whitaker's check-in offers the desk's alert to the provider. */
  function atTheDeskWithTheRedFlag(mode: 'practice' | 'assessment'): Session {
    const session = Session.start(cardiology, { seed: 1, settings: { mode, timerEnabled: true } });
    const expert = expertTrainee();
    for (let i = 0; i < 400 && !(session.availableFor(DOUGLAS)?.actions ?? []).includes('provider.alerted'); i += 1) {
      const move = expert.nextMove(session);
      if (move === null || move.action.type === 'provider.alerted' || !session.act(move.patientId, move.action).accepted) session.waitForNextEvent();
    }
    expect(session.availableFor(DOUGLAS)?.actions).toContain('provider.alerted');
    return session;
  }

  const lineOf = (session: Session) => dayView(session).queue.find((item) => item.patientId === DOUGLAS)?.task;

  it('says in practice that the patient at the desk has a red flag and the provider is to be alerted, and goes once the provider is told', () => {
    const session = atTheDeskWithTheRedFlag('practice');
    expect(lineOf(session)).toBe('Red flag: alert the provider');
    expect(session.act(DOUGLAS, { type: 'provider.alerted' }).accepted).toBe(true);
    expect(lineOf(session)).toBe('Check in');
    session.dispose();
  });

  it('lists the red flag first, after the phone, marked urgent, ahead of the patients who have waited longer', () => {
    const session = atTheDeskWithTheRedFlag('practice');
    // The clock runs on with the desk's alert not given: Leah Brandt (her ECG) and Eleanor Whitcombe (her check-in) come to wait.
    for (let k = 0; k < 3; k += 1) session.waitForNextEvent();
    const queue = dayView(session).queue;
    const others = queue.filter((item) => item.stage !== 'phone' && item.patientId !== DOUGLAS);
    expect(others.filter((item) => (item.waitingMinutes ?? 0) > 10).map((item) => item.label)).toEqual(['Leah Brandt', 'Eleanor Whitcombe']);
    expect(queue.filter((item) => item.stage !== 'phone')[0]).toMatchObject({ patientId: DOUGLAS, task: 'Red flag: alert the provider', urgent: true });
    expect(others.every((item) => item.urgent === undefined)).toBe(true);
    session.dispose();
  });

  it('lists the standing-order ECG first, after the phone, marked urgent, while he is at the ECG bed', () => {
    const session = Session.start(cardiology, { seed: 1, settings: { mode: 'practice', timerEnabled: true } });
    const expert = expertTrainee();
    for (let i = 0; i < 2000 && !session.isOver && session.stageOf(DOUGLAS) !== 'standing-order'; i++) {
      const move = expert.nextMove(session);
      if (move === null || !session.act(move.patientId, move.action).accepted) session.waitForNextEvent();
    }
    expect(session.stageOf(DOUGLAS)).toBe('standing-order');
    // The clock runs on while he is at the bed: Leah Brandt comes for her ECG (ordered at her visit, not urgent) and waits too.
    for (let k = 0; k < 3 && session.stageOf(DOUGLAS) === 'standing-order'; k += 1) session.waitForNextEvent();
    expect(session.stageOf(DOUGLAS)).toBe('standing-order');
    const queue = dayView(session).queue;
    const line = queue.find((item) => item.patientId === DOUGLAS)!;
    const leah = queue.find((item) => item.label === 'Leah Brandt');
    expect(leah).toMatchObject({ task: 'Record the ordered 12-lead ECG' });
    expect(leah!.urgent).toBeUndefined();
    expect(line).toMatchObject({ task: 'Record the ordered 12-lead ECG', urgent: true });
    expect(queue.filter((item) => item.stage !== 'phone')[0]).toBe(line);
    session.dispose();
  });

  /** Douglas's line first under Needs you (after the phone), marked urgent, with no alert of the floor waiting on him and nothing urgent in his workflow. */
  function firstWithoutAlert(session: Session): void {
    const view = dayView(session);
    const first = view.queue.filter((item) => item.stage !== 'phone')[0]!;
    expect(first).toMatchObject({ patientId: DOUGLAS, urgent: true });
    expect(view.queue.filter((item) => item.patientId !== DOUGLAS && item.stage !== 'phone' && (item.waitingMinutes ?? 0) > (first.waitingMinutes ?? 0)).length).toBeGreaterThan(0);
    expect(view.alerts.filter((alert) => alert.patientId === DOUGLAS && alert.awaits !== null)).toEqual([]);
    expect(session.availableFor(DOUGLAS)?.urgent).toBeUndefined();
  }

  it('keeps his check-in first, marked urgent, from the desk’s alert to the provider until check-in is done, in practice and in assessment', () => {
    for (const mode of ['practice', 'assessment'] as const) {
      const session = atTheDeskWithTheRedFlag(mode);
      for (let k = 0; k < 3; k += 1) session.waitForNextEvent();
      expect(session.act(DOUGLAS, { type: 'provider.alerted' }).accepted).toBe(true);
      expect(lineOf(session)).toBe('Check in');
      firstWithoutAlert(session);
      session.dispose();
    }
  });

  it('keeps the rest of his rooming first, marked urgent, after the standing-order tracing is handed over', () => {
    const session = Session.start(cardiology, { seed: 1, settings: { mode: 'practice', timerEnabled: true } });
    const expert = expertTrainee();
    let atTheBed = false;
    for (let i = 0; i < 2000 && !session.isOver && !(atTheBed && session.stageOf(DOUGLAS) === 'rooming'); i++) {
      atTheBed ||= session.stageOf(DOUGLAS) === 'standing-order';
      const move = expert.nextMove(session);
      if (move === null || !session.act(move.patientId, move.action).accepted) session.waitForNextEvent();
    }
    expect(session.stageOf(DOUGLAS)).toBe('rooming');
    expect(session.workflowSnapshot(DOUGLAS)?.context).toMatchObject({ chart: { ecg: { handedOver: 'at-once' } } });
    for (let k = 0; k < 3 && session.stageOf(DOUGLAS) === 'rooming'; k += 1) session.waitForNextEvent();
    expect(session.stageOf(DOUGLAS)).toBe('rooming');
    firstWithoutAlert(session);
    session.dispose();
  });

  it('leaves the line as the check-in in assessment', () => {
    const session = atTheDeskWithTheRedFlag('assessment');
    expect(lineOf(session)).toBe('Check in');
    session.dispose();
  });
});

describe('the day view of a patient at the ECG bed after the hand-over', () => {
  const wholeDay = bundledLibrary().find((candidate) => candidate.id === 'whole-day')!;
  const DOUGLAS = 'douglas-whitaker';

  /** Plays the whole day with the expert until Douglas Whitaker's tracing is in the provider's hands, then `after` more of his steps. */
  function afterHandOver(after: number): { session: Session; watch: EncounterWatch; took: string[] } {
    const watch = new EncounterWatch();
    const session = Session.start(wholeDay, { seed: 1, inspect: watch.inspect, settings: { mode: 'practice', timerEnabled: true } });
    const expert = expertTrainee();
    const took: string[] = [];
    let handedOver = false;
    while (!session.isOver) {
      const move = expert.nextMove(session);
      if (handedOver && move?.patientId === DOUGLAS && took.length === after) return { session, watch, took };
      if (move === null || !session.act(move.patientId, move.action).accepted) {
        session.waitForNextEvent();
        continue;
      }
      if (move.patientId !== DOUGLAS) continue;
      if (handedOver) took.push(move.action.type);
      if (move.action.type === 'tracing.handed-over') handedOver = true;
    }
    throw new Error('the expert never handed over Douglas Whitaker’s tracing');
  }

  const lineOf = (session: Session, watch: EncounterWatch) => {
    const view = dayView(session, { watch });
    return { task: view.queue.find((item) => item.patientId === DOUGLAS)?.task, badge: view.patients.find((shown) => shown.id === DOUGLAS)?.badge.text };
  };

  it('says the tracing is with the provider and the electrodes are to come off, not "Record the ordered 12-lead ECG" (the playtest)', () => {
    const { session, watch } = afterHandOver(0);
    expect(session.workflowOf(DOUGLAS)?.id).toBe('ecg');
    expect(lineOf(session, watch)).toEqual({ task: 'Tracing with the provider: take the electrodes off, then finish', badge: 'Finish ECG' });
  });

  it('says only the finish is left once the electrodes are off', () => {
    const { session, watch, took } = afterHandOver(1);
    expect(took).toEqual(['electrodes.removed']);
    expect(lineOf(session, watch)).toEqual({ task: 'Tracing with the provider: finish at the ECG bed', badge: 'Finish ECG' });
  });
});

/** The whole day, the expert's moves until the patient's move `type` is next (not done). */
function wholeDayBefore(patientId: string, type: string): { session: Session; watch: EncounterWatch } {
  const wholeDay = bundledLibrary().find((s) => s.id === 'whole-day')!;
  const watch = new EncounterWatch();
  const session = Session.start(wholeDay, { seed: 1, inspect: watch.inspect, settings: { mode: 'practice', timerEnabled: true } });
  const trainee = expertTrainee();
  for (let i = 0; i < 2000 && !session.isOver; i++) {
    const move = trainee.nextMove(session);
    if (move?.patientId === patientId && move.action.type === type) return { session, watch };
    if (move === null || !session.act(move.patientId, move.action).accepted) session.waitForNextEvent();
  }
  throw new Error(`the expert never came to ${type} for ${patientId}`);
}

/** The whole day, the expert's moves until Margaret's move `type` is next (not done). */
const margaretBefore = (type: string) => wholeDayBefore('margaret-oyelaran', type);

/** Margaret's line in Needs you, if she has one. */
function margaretLine(played: { session: Session; watch: EncounterWatch }) {
  return dayView(played.session, { watch: played.watch }).queue.find((item) => item.patientId === 'margaret-oyelaran');
}

describe('Needs you once the vital signs are recorded (session 21’s playtest: “Take vitals” stayed after Margaret’s were saved)', () => {
  it('says “Take vitals” while they are being taken', () => {
    expect(margaretLine(margaretBefore('vitals.recorded'))?.task).toBe('Take vitals');
  });

  it('says to flag the values and hand over once they are recorded, not “Take vitals”', () => {
    expect(margaretLine(margaretBefore('vitals.flagged'))?.task).toBe('Flag abnormal values, then hand over to the provider');
  });

  it('says to mark her ready once they are flagged, and goes once she is handed over', () => {
    const played = margaretBefore('patient.ready-for-provider');
    expect(margaretLine(played)?.task).toBe('Mark ready for the provider');
    expect(played.session.act('margaret-oyelaran', { type: 'patient.ready-for-provider' }).accepted).toBe(true);
    expect(margaretLine(played)).toBeUndefined();
  });
});

/** Margaret's badge on the floor. */
function margaretBadge(played: { session: Session; watch: EncounterWatch }) {
  return dayView(played.session, { watch: played.watch }).patients.find((shown) => shown.id === 'margaret-oyelaran')?.badge;
}

describe('the floor’s badge once the vital signs are recorded (session 22: “Ready for vitals” stayed after Margaret’s were saved)', () => {
  it('says “Ready for vitals” while they are being taken', () => {
    expect(margaretBadge(margaretBefore('vitals.recorded'))).toEqual({ text: 'Ready for vitals', tone: 'act' });
  });

  it('says the vitals are taken once they are recorded, as Needs you says the flags are left', () => {
    const played = margaretBefore('vitals.flagged');
    expect(margaretBadge(played)).toEqual({ text: 'Vitals taken', tone: 'act' });
    expect(margaretLine(played)?.task).toBe('Flag abnormal values, then hand over to the provider');
  });

  it('says she is ready for the provider once they are flagged, then that she waits for the provider once handed over', () => {
    const played = margaretBefore('patient.ready-for-provider');
    expect(margaretBadge(played)).toEqual({ text: 'Ready for provider', tone: 'act' });
    expect(played.session.act('margaret-oyelaran', { type: 'patient.ready-for-provider' }).accepted).toBe(true);
    expect(margaretBadge(played)?.text).not.toBe('Ready for provider');
  });
});

describe('the provider with Douglas before his rooming is done (called at once to his ST-elevation tracing)', () => {
  const DOUGLAS = 'douglas-whitaker';

  /** The whole day, the expert's moves until Douglas's move `type` is next (not done). */
  const douglasBefore = (type: string) => wholeDayBefore(DOUGLAS, type);

  const douglas = (played: { session: Session; watch: EncounterWatch }) => dayView(played.session, { watch: played.watch }).patients.find((shown) => shown.id === DOUGLAS)!;

  it('has nobody with him before the hand-over', () => {
    expect(douglas(douglasBefore('tracing.handed-over')).providerHere).toBeNull();
  });

  it('has the provider with him at the ECG bed after the hand-over, and in the exam room while his rooming is finished', () => {
    const atBed = douglas(douglasBefore('electrodes.removed'));
    expect(atBed).toMatchObject({ stage: 'standing-order', area: 'ecg-bed', providerHere: 'dr-dominguez' });
    const played = douglasBefore('vitals.recorded');
    expect(douglas(played)).toMatchObject({ stage: 'rooming', area: 'exam-room', providerHere: 'dr-dominguez' });
    // His badge says the provider is there, not "Ready for vitals" (session 22's final playtest).
    expect(douglas(played).badge).toEqual({ text: 'Provider here', tone: 'act' });
    expect(douglas(played).room).not.toBeNull();
  });

  it('asks in Needs you to tell the provider already in the room that rooming is done, in the exam room button’s words, not to mark him ready (session 22)', () => {
    const played = douglasBefore('patient.ready-for-provider');
    const line = dayView(played.session, { watch: played.watch }).queue.find((item) => item.patientId === DOUGLAS);
    expect(line?.task).toBe('Tell Dr. Rafael Domínguez the rooming is done');
  });
});
