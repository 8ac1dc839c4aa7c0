import { describe, expect, it } from 'vitest';
import type { DayJournal } from '../../src/domain/day-environment';
import { minutesOfDay } from '../../src/scenario/clock-time';
import { intakeMachine, walkInAsk } from '../../src/workflows/intake/intake.machine';
import { addDays, intervalAfter } from '../../src/workflows/shared/appointment-book';
import { followUpAsk, schedulingMachine } from '../../src/workflows/scheduling/scheduling.machine';
import { bookPage } from '../../scenes/stations/front-desk-text';
import { bundledLibrary } from '../support/bundled-library';
import { GREET_AND_CONFIRM, startWorkflow } from '../workflows/intake/front-desk-support';

/** Whether the booking's `scheduling.template` check passed: what the workflow accepts. */
function templatePassed(journal: DayJournal): boolean {
  const checks = journal.checks.filter((check) => check.ruleId === 'scheduling.template');
  expect(checks).toHaveLength(1);
  return checks[0]!.passed;
}

describe('the appointment book grid against the workflows', () => {
  const library = bundledLibrary();

  it.each(library.filter((day) => day.patients.some((p) => p.followUp)).map((day) => [day.id, day] as const))(
    'shows %s’s follow-up book free exactly where follow-up.booked passes the template, for every slot of two weeks',
    (_id, day) => {
      const patient = day.patients.find((p) => p.followUp)!;
      const order = patient.followUp!;
      const provider = day.providers.find((p) => p.id === patient.arrival.providerId)!;
      const ideal = intervalAfter(day.day.date, order.interval);
      // The week the book opens on (today and the days after it) and the week around the ordered interval.
      const pages = [bookPage(day, provider, day.day.date, 7, followUpAsk({ scenario: day }, provider.id, order.visitTypeId)), bookPage(day, provider, addDays(ideal, -3), 7, followUpAsk({ scenario: day }, provider.id, order.visitTypeId))];
      let free = 0;
      for (const page of pages) {
        for (const cell of page.rows.flat()) {
          const run = startWorkflow(schedulingMachine, day, patient, 600);
          run.actor.send({ type: 'follow-up.booked', date: cell.date, time: cell.time, visitTypeId: order.visitTypeId, providerId: provider.id });
          expect([cell.date, cell.time, templatePassed(run.journal)]).toEqual([cell.date, cell.time, cell.kind === 'free']);
          if (cell.kind === 'free') free += 1;
        }
      }
      expect(free).toBeGreaterThan(0);
    },
  );

  it.each(library.filter((day) => day.patients.some((p) => p.arrival.kind === 'walk-in')).map((day) => [day.id, day] as const))(
    'shows %s’s walk-in schedule free exactly where walk-in.slotted passes the template, for every slot of the day',
    (_id, day) => {
      const patient = day.patients.find((p) => p.arrival.kind === 'walk-in')!;
      const provider = day.providers.find((p) => p.id === patient.arrival.providerId)!;
      // Slotted ten minutes after they walk in: the slots between are passed.
      const minute = minutesOfDay(patient.arrival.time) + 10;
      const opened = startWorkflow(intakeMachine, day, patient, minute);
      for (const action of GREET_AND_CONFIRM) opened.actor.send(action);
      expect(opened.actor.getSnapshot().value).toBe('slottingWalkIn');
      const page = bookPage(day, provider, day.day.date, 1, walkInAsk(opened.actor.getSnapshot().context));
      const kinds = new Set<string>();
      for (const cell of page.rows.flat()) {
        const run = startWorkflow(intakeMachine, day, patient, minute);
        for (const action of GREET_AND_CONFIRM) run.actor.send(action);
        run.actor.send({ type: 'walk-in.slotted', time: cell.time });
        expect([cell.time, templatePassed(run.journal)]).toEqual([cell.time, cell.kind === 'free']);
        kinds.add(cell.status.kind);
      }
      expect(kinds).toContain('free');
      expect(kinds).toContain('passed');
    },
  );
});
