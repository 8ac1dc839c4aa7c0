/**
 * A no-show who has already rebooked by phone, at the no-show station: Brianna Mitchell
 * missed her 09:45 and phoned at 10:40 to rebook. The panel shows her new slot and when she
 * called, offers no call (there is nothing left to offer), and marking the no-show by
 * keyboard passes the clinic's policy. The test hook only sets the scene (the clock, and her
 * call worked as the phone station would send it); the step under test is a key press.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GamePage } from './support/browser';
import { loadScenario, openPausedDay } from './support/exam-room';
import { rescheduleCallAsk } from '../../src/clinic/phone-call.machine';
import { firstOpenAppointment } from '../../src/workflows/shared/appointment-book';
import { clockTo } from './support/inbox';
import { openQueueItem } from './support/set-up';

const BRIANNA = 'brianna-mitchell';

/** Her 10:40 call, as the phone station sends it: answered, identified, moved to `slot`, and closed. */
function rebookByPhone(page: Page, slot: { date: string; time: string }): Promise<void> {
  return page.evaluate(
    ({ id, slot: to }) => {
      const session = window.__clinic!.session()!;
      const callId = session.available().find((task) => task.patientId === id && task.stage === 'phone')?.callId ?? 'call-1';
      for (const action of [
        { type: 'phone.answered', callId },
        { type: 'caller.verified', callId },
        { type: 'appointment.rescheduled', callId, ...to },
        { type: 'phone.closed', callId },
      ] as const) session.act(id, action);
      window.__clinic!.refresh();
    },
    { id: BRIANNA, slot },
  );
}

describe('A no-show who has already rebooked by phone', () => {
  let game: GamePage;

  beforeAll(async () => {
    game = await openPausedDay(inject('gameUrl'), 'A Routine Morning at Juniper Ridge');
  });

  afterAll(async () => {
    await game?.close();
  });

  it('shows her new slot and offers only the mark, which passes the policy', async () => {
    const { page } = game;
    await clockTo(page, { minute: 10 * 60 + 40 });
    const scenario = await loadScenario('scenarios/adult-morning.yaml');
    const ask = rescheduleCallAsk(scenario, scenario.patients.find((patient) => patient.id === BRIANNA)!);
    const slot = firstOpenAppointment(scenario, ask, ask.notBefore, await page.evaluate(() => window.__clinic!.session()!.bookingsMadeToday.map((entry) => ({ ...entry }))))!;
    await rebookByPhone(page, slot);
    const booked = await page.evaluate((id) => window.__clinic!.session()!.bookingsMadeToday.filter((entry) => entry.byPhone?.patientId === id).map((entry) => `${entry.date} ${entry.time}`), BRIANNA);
    expect(booked).toEqual([`${slot.date} ${slot.time}`]);
    const station = await openQueueItem(page, 'Brianna Mitchell');
    await station.getByText('No-show · Brianna Mitchell', { exact: true }).waitFor();
    await expect.poll(() => station.locator('[data-key="rebooked-by-phone"]').textContent()).toMatch(new RegExp(`^Brianna called at 10:4\\d and rebooked: .* at ${slot.time}, `));
    expect(await station.getByRole('checkbox').count()).toBe(0);
    expect(await station.textContent()).toContain('Brianna already has a new appointment: no call is needed.');
    await station.getByRole('button', { name: 'Mark as a no-show' }).focus();
    await page.keyboard.press('Enter');
    await station.getByText('Marked as a no-show; Brianna had already rebooked by phone.').waitFor();
    const checks = await page.evaluate(
      (id) => (window.__clinic!.session()!.record().checks ?? []).filter((check) => check.patientId === id && check.ruleId === 'scheduling.no-show').map((check) => check.passed),
      BRIANNA,
    );
    expect(checks).toEqual([true]);
  });
});
