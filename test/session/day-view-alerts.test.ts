import { describe, expect, it } from 'vitest';
import { ALERT_MINUTES, alertsOf, dayView, EncounterWatch, type AlertView } from '../../src/session/day-view';
import { Session } from '../../src/session/session';
import { expertTrainee } from '../../src/trainees/expert-trainee';
import type { Move } from '../../src/trainees/trainee';
import { bundledLibrary } from '../support/bundled-library';
import type { TimelineEntry } from '../../src/domain/day-environment';
import { formatMinutesOfDay } from '../../src/scenario/clock-time';

/** The default morning: Jamal Carter's blood pressure, 186/124, is a critical value (its critical-vital trap). */
const morning = bundledLibrary().find((scenario) => scenario.id === 'default-morning')!;
const JAMAL = 'jamal-carter';

/**
 * Plays the default morning with the expert until the moment Jamal's critical blood
 * pressure is on the chart and the provider has not yet been told: the expert's next move
 * is to tell them.
 */
function untilCriticalBloodPressure(): { session: Session; watch: EncounterWatch; tellProvider: Move } {
  const watch = new EncounterWatch();
  const session = Session.start(morning, { seed: 1, inspect: watch.inspect, settings: { mode: 'practice', timerEnabled: true } });
  const expert = expertTrainee();
  while (!session.isOver) {
    const move = expert.nextMove(session);
    if (move?.action.type === 'provider.alerted' && move.patientId === JAMAL) return { session, watch, tellProvider: move };
    if (move === null || !session.act(move.patientId, move.action).accepted) session.waitForNextEvent();
  }
  throw new Error('the expert never told the provider about the critical blood pressure');
}

function criticalAlerts(alerts: readonly AlertView[]): AlertView[] {
  return alerts.filter((alert) => alert.kind === 'critical-value' && alert.patientId === JAMAL);
}

describe('the alerts of the day view', () => {
  it('pins a critical value the provider has not heard of at the top, waiting on "tell the provider"', () => {
    const { session, watch } = untilCriticalBloodPressure();
    const view = dayView(session, { watch });
    expect(view.alerts[0]).toMatchObject({ kind: 'critical-value', patientId: JAMAL, awaits: 'provider.alerted' });
    expect(view.alerts[0]?.text).toContain('tell the provider now');
  });

  it('keeps the critical value up, however long the trainee leaves it, until the provider is told', () => {
    const { session, watch } = untilCriticalBloodPressure();
    session.advanceTo(session.minute + ALERT_MINUTES + 15);
    const [critical] = criticalAlerts(dayView(session, { watch }).alerts);
    expect(critical).toMatchObject({ awaits: 'provider.alerted' });
    expect(session.minute - critical!.minute).toBeGreaterThan(ALERT_MINUTES);
  });

  it('clears the critical value once the provider has been told', () => {
    const { session, watch, tellProvider } = untilCriticalBloodPressure();
    expect(session.act(tellProvider.patientId, tellProvider.action).accepted).toBe(true);
    expect(criticalAlerts(dayView(session, { watch }).alerts)).toEqual([]);
  });

  it('puts the alerts that wait on the trainee before the ones that only say what happened, however old', () => {
    const timeline: TimelineEntry[] = [
      { minute: 500, patientId: 'p1', kind: 'critical-value', text: 'P One: critical blood pressure — tell the provider now' },
      { minute: 530, patientId: 'p2', kind: 'complained', text: 'P Two complains about the wait' },
    ];
    const tasks = [{ patientId: 'p1', label: 'P One', stage: 'rooming' as const, actions: ['provider.alerted' as const], urgent: ['provider.alerted' as const], waitingMinutes: null }];
    const alerts = alertsOf(tasks, timeline, [], 535);
    expect(alerts.map((alert) => [alert.kind, alert.awaits])).toEqual([
      ['critical-value', 'provider.alerted'],
      ['complaint', null],
    ]);
  });

  it('drops a critical value whose chance has passed, and lets a complaint expire after its minutes', () => {
    const timeline: TimelineEntry[] = [
      { minute: 500, patientId: 'p1', kind: 'critical-value', text: 'P One: critical blood pressure — tell the provider now' },
      { minute: 500, patientId: 'p2', kind: 'complained', text: 'P Two complains about the wait' },
    ];
    expect(alertsOf([], timeline, [], 505).map((alert) => alert.kind)).toEqual(['complaint']);
    expect(alertsOf([], timeline, [], 500 + ALERT_MINUTES + 1)).toEqual([]);
  });
});

describe('the alerts of the day view after closing', () => {
  const wholeDay = bundledLibrary().find((scenario) => scenario.id === 'whole-day')!;
  const MARSH = 'inbox:msg-marsh-stroke';

  it('says an unread emergency message is "act now" while the clinic is open, and after closing only that it was never opened (the playtest: "open it and read it" beside the closing notice)', () => {
    const session = Session.start(wholeDay, { seed: 1, settings: { mode: 'practice', timerEnabled: true } });
    session.advanceTo(11 * 60);
    expect(dayView(session).alerts.find((alert) => alert.id === MARSH)).toMatchObject({ awaits: 'inbox.opened', text: expect.stringContaining('open it and read it') });
    session.advanceTo(24 * 60);
    expect(session.isOver).toBe(true);
    const alerts = dayView(session).alerts;
    expect(alerts.filter((alert) => alert.awaits !== null)).toEqual([]);
    expect(alerts.find((alert) => alert.id === MARSH)).toMatchObject({ awaits: null, text: 'Portal message from Lena Marsh, due 10:55: never opened' });
    expect(alerts.filter((alert) => /open it|read it/.test(alert.text))).toEqual([]);
  });
});

describe('the alerts of the day view when a patient leaves the clinic', () => {
  const wholeDay = bundledLibrary().find((scenario) => scenario.id === 'whole-day')!;

  /** Plays the whole day with the expert until `patientId` has left, and returns the view at that minute. */
  function viewWhenGone(patientId: string) {
    const watch = new EncounterWatch();
    const session = Session.start(wholeDay, { seed: 1, inspect: watch.inspect, settings: { mode: 'practice', timerEnabled: true } });
    const expert = expertTrainee();
    while (!session.isOver) {
      const departed = session.record().timeline.find((entry) => entry.kind === 'departed' && entry.patientId === patientId);
      if (departed !== undefined) return { view: dayView(session, { watch }), departed, session };
      const move = expert.nextMove(session);
      if (move === null || !session.act(move.patientId, move.action).accepted) session.waitForNextEvent();
    }
    throw new Error(`${patientId} never left the clinic`);
  }

  it('says when, where and why a patient sent on by the provider left (the playtest: Douglas Whitaker vanished from Exam 2 without a word)', () => {
    const { view, departed } = viewWhenGone('douglas-whitaker');
    const alert = view.alerts.find((shown) => shown.kind === 'departed' && shown.patientId === 'douglas-whitaker');
    expect(alert).toMatchObject({
      awaits: null,
      text: `${formatMinutesOfDay(departed.minute)} · Douglas Whitaker left by ambulance for the emergency department (the provider's plan: suspected heart attack)`,
    });
  });

  it('says the seven-week-old went with her parents to the pediatric emergency department, and why', () => {
    const { view } = viewWhenGone('aaliyah-brooks');
    expect(view.alerts.find((shown) => shown.patientId === 'aaliyah-brooks' && shown.kind === 'departed')?.text).toMatch(
      /· Aaliyah Brooks left with her parents for the pediatric emergency department \(the provider's plan: a sepsis evaluation for fever at seven weeks\)$/,
    );
  });

  it('says a patient whose visit is over went home, and lets the news expire after its minutes', () => {
    const { view, session, departed } = viewWhenGone('margaret-oyelaran');
    expect(view.alerts.find((shown) => shown.patientId === 'margaret-oyelaran' && shown.kind === 'departed')?.text).toMatch(/· Margaret Oyelaran went home: the visit is over$/);
    session.advanceTo(departed.minute + ALERT_MINUTES + 1);
    expect(dayView(session).alerts.filter((shown) => shown.patientId === 'margaret-oyelaran' && shown.kind === 'departed')).toEqual([]);
  });
});
