import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../src/scenario/scenario-loader';
import type { Scenario } from '../../src/scenario/scenario.schema';
import { addDays, bookedOn, slotProblem } from '../../src/workflows/shared/appointment-book';
import {
  availabilityText,
  bookPage,
  callerOpening,
  followUpOrderText,
  longDate,
  mondayOf,
  priorAuthorizationLine,
  plannedServices,
  shortDate,
  usDate,
  visitWords,
} from '../../scenes/stations/front-desk-text';
import { chartFacts, identityQuestionText, spokenAnswer } from '../../scenes/stations/intake-text';
import { bundledLibrary } from '../support/bundled-library';
import { priorAuthorizationCodes } from '../../src/workflows/intake/patient-at-desk';

function defaultMorning(): Scenario {
  const text = readFileSync(resolve(import.meta.dirname, '../../scenarios/default-morning.yaml'), 'utf8');
  const result = parseScenarioText(text, 'default-morning.yaml');
  if (!result.ok) throw new Error('default-morning.yaml does not parse');
  return result.scenario;
}

const scenario = defaultMorning();
const patient = (id: string) => scenario.patients.find((p) => p.id === id)!;
const drPatel = scenario.providers[0]!;
/** Marcus's follow-up as checkout books it: a 15-minute visit on a later day. */
const followUp = { providerId: drPatel.id, visitTypeId: 'follow-up', notBefore: { date: '2026-03-11', minute: 0 } };

describe('the front desk’s words', () => {
  it.each([
    ['1967-06-21', '6/21/1967', 'Wednesday 21 June 1967', 'Wed 6/21'],
    ['2026-06-10', '6/10/2026', 'Wednesday 10 June 2026', 'Wed 6/10'],
    ['2026-03-10', '3/10/2026', 'Tuesday 10 March 2026', 'Tue 3/10'],
  ])('writes %s as %s, %s and %s', (iso, us, long, short) => {
    expect(usDate(iso)).toBe(us);
    expect(longDate(iso)).toBe(long);
    expect(shortDate(iso)).toBe(short);
  });

  it('puts a stated question openly and a yes/no question with the chart’s value', () => {
    const chart = chartFacts(patient('marcus-johnson'));
    expect(identityQuestionText('full-name', 'stated', chart)).toBe('Please tell me your full name.');
    expect(identityQuestionText('full-name', 'yes-no', chart)).toBe('Are you Marcus Allen Johnson?');
    expect(identityQuestionText('date-of-birth', 'yes-no', chart)).toBe('Is your date of birth 6/21/1967?');
    expect(identityQuestionText('appointment-time', 'yes-no', chart)).toBe('Is your appointment at 08:00?');
  });

  it('says the patient’s answers as people say them', () => {
    expect(spokenAnswer('date-of-birth', 'stated', '1947-08-12')).toBe('8/12/1947.');
    expect(spokenAnswer('full-name', 'yes-no', 'yes')).toBe('Yes, that’s right.');
    expect(spokenAnswer('phone', 'stated', '555-555-0188')).toBe('It’s 555-555-0188.');
  });

  it('lists the visit’s planned services by CPT code with our own short descriptions', () => {
    const services = plannedServices(patient('marcus-johnson'));
    expect(services.map((s) => s.code)).toEqual(expect.arrayContaining(['83036']));
    for (const service of services) expect(service.description.length).toBeGreaterThan(5);
  });

  it('speaks at eligibility only of the prior authorisations this visit’s planned services need, never of a service on the plan’s list that nobody planned', () => {
    const library = bundledLibrary();
    const patientOf = (scenarioId: string, patientId: string) => library.find((s) => s.id === scenarioId)!.patients.find((p) => p.id === patientId)!;
    // A seven-week-old with a fever, on a plan that authorises ECGs in advance: no ECG is planned.
    expect(priorAuthorizationLine(priorAuthorizationCodes(patientOf('whole-day', 'aaliyah-brooks')))).toBe('Prior authorisation: none needed for the services planned for this visit, under this plan’s policy.');
    // The same plan, with an ECG planned for the visit.
    const withEcg = library.flatMap((s) => s.patients).find((p) => p.coverage?.payerId === 'aetna-hmo' && p.coverage.status === 'active' && p.orders.some((o) => o.testId === 'ecg' && o.ecg?.interpretation !== 'sent-out'))!;
    expect(priorAuthorizationLine(priorAuthorizationCodes(withEcg))).toBe('Prior authorisation required for a service planned for this visit: 93000 (ECG, 12 leads, tracing with interpretation and report).');
  });

  it('writes the follow-up order as the note does, and the days the patient cannot come as they say it', () => {
    const order = patient('marcus-johnson').followUp!;
    expect(followUpOrderText(order, drPatel)).toBe('Return in 3 months, follow-up visit.');
    expect(availabilityText(order)).toBe('I can’t come on Mondays.');
    expect(availabilityText({ ...order, unavailableWeekdays: [1, 3, 5] })).toBe('I can’t come on Mondays, Wednesdays or Fridays.');
    expect(availabilityText({ ...order, unavailableWeekdays: [] })).toBeNull();
  });

  it('says "visit" once when the visit type’s own name already says it', () => {
    const order = patient('marcus-johnson').followUp!;
    const chronicCare = { ...drPatel, template: { ...drPatel.template, visitTypes: [{ id: order.visitTypeId, name: 'Chronic-care visit', minutes: 30, newPatient: false }] } };
    expect(followUpOrderText(order, chronicCare)).toBe('Return in 3 months, chronic-care visit.');
    expect(visitWords('Visit to discuss results')).toBe('visit to discuss results');
    expect(visitWords('Follow-up')).toBe('follow-up visit');
  });

  it('has the caller say what they want, in their own words', () => {
    const call = scenario.events[0]!;
    expect(callerOpening(call, patient('marcus-johnson'), scenario)).toBe('Hi, this is Denise Johnson, Marcus’s family. I’m calling for Marcus’s test results — are they back yet?');
    expect(callerOpening({ ...call, caller: 'patient', callerName: 'Marcus Johnson', request: 'cancel' }, patient('marcus-johnson'), scenario)).toBe('Hello, this is Marcus Johnson. I’m calling to cancel my appointment.');
  });

  it('has a caller moving an appointment name it, from the scenario, and ask for next week near its time', () => {
    const call = { ...scenario.events[0]!, request: 'reschedule' as const };
    const marcus = patient('marcus-johnson');
    const arrival = marcus.arrival.kind === 'scheduled' ? marcus.arrival : null;
    expect(arrival).not.toBeNull();
    const provider = scenario.providers.find((p) => p.id === arrival!.providerId)!.name;
    const nextWeek = longDate(addDays(scenario.day.date, 7));
    // Before the appointment, a relative: it is today, and Marcus cannot make it.
    expect(callerOpening({ ...call, time: '07:00' }, marcus, scenario)).toBe(
      `Hello, this is Denise Johnson, Marcus’s family. Marcus has an appointment today at ${arrival!.time} with ${provider}, and Marcus can’t make it. Could Marcus come next week instead: ${nextWeek} or later that week, in the morning, around ${arrival!.time}?`,
    );
    // After it, the patient who did not come: she says she missed it.
    const missed = { ...marcus, arrival: { ...arrival!, noShow: true } };
    expect(callerOpening({ ...call, time: '11:55', caller: 'patient', callerName: 'Marcus Johnson' }, missed, scenario)).toBe(
      `Hello, this is Marcus Johnson. I had an appointment this morning at ${arrival!.time} with ${provider}, and I missed it, I’m sorry. Could I come next week instead: ${nextWeek} or later that week, in the morning, around ${arrival!.time}?`,
    );
  });
});

describe('the appointment book page', () => {
  it('starts a week on its Monday', () => {
    expect(mondayOf('2026-03-10')).toBe('2026-03-09');
    expect(mondayOf('2026-03-16')).toBe('2026-03-16');
    expect(mondayOf('2026-03-22')).toBe('2026-03-16');
  });

  it('shows booked, blocked, closed and free slots as the template and the book have them', () => {
    const page = bookPage(scenario, drPatel, '2026-03-23', 7, followUp);
    expect(page.dates).toEqual(['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29']);
    expect(page.times[0]).toBe('08:00');
    expect(page.times.at(-1)).toBe('16:45');
    const at = (date: string, time: string) => page.rows[page.times.indexOf(time)]![page.dates.indexOf(date)]!;
    expect(at('2026-03-24', '08:00')).toMatchObject({ kind: 'booked', text: 'Booked: M. Okonkwo' });
    // A 30-minute annual physical at 08:15 fills the 08:30 slot too.
    expect(at('2026-03-24', '08:30')).toMatchObject({ kind: 'booked', text: 'Booked: L. Fairweather' });
    expect(at('2026-03-24', '08:45')).toMatchObject({ kind: 'free', text: 'Free' });
    expect(at('2026-03-24', '12:30')).toMatchObject({ kind: 'blocked', text: 'Lunch' });
    expect(at('2026-03-28', '09:00')).toMatchObject({ kind: 'closed', text: 'Closed' });
  });

  it('shows the bookings the scenario fills in as booked, by name, and the rest of the open slots as free', () => {
    const date = '2026-03-25';
    const page = bookPage(scenario, drPatel, date, 1, followUp);
    const cellAt = (time: string) => page.rows[page.times.indexOf(time)]![0]!;
    const filled = bookedOn(scenario, drPatel.id, date);
    expect(filled.length).toBeGreaterThan(10);
    for (const entry of filled) expect(cellAt(entry.time)).toMatchObject({ kind: 'booked', text: `Booked: ${entry.label}` });
    const free = page.times.filter((time) => cellAt(time).kind === 'free');
    expect(free.length).toBeGreaterThan(0);
    for (const time of free) expect(slotProblem(scenario, { date, time, providerId: drPatel.id, visitTypeId: 'follow-up' })).toBeNull();
  });

  it('shows today’s own patients as booked on today’s page, and what has passed as passed', () => {
    const walkIn = { providerId: drPatel.id, visitTypeId: 'sick', notBefore: { date: scenario.day.date, minute: 9 * 60 + 50 } };
    const today = bookPage(scenario, drPatel, scenario.day.date, 1, { ...walkIn, notBefore: { date: scenario.day.date, minute: 0 } });
    expect(today.rows[0]![0]).toMatchObject({ kind: 'booked', text: 'Booked: Marcus Johnson' });
    const at950 = bookPage(scenario, drPatel, scenario.day.date, 1, walkIn);
    const at = (time: string) => at950.rows[at950.times.indexOf(time)]![0]!;
    expect(at('08:00')).toMatchObject({ kind: 'closed', text: 'Passed, booked: Marcus Johnson' });
    expect(at('09:45')).toMatchObject({ kind: 'closed', text: 'Passed' });
    expect(at('10:00')).toMatchObject({ kind: 'free', text: 'Free' });
  });

  it('shows a 30-minute visit as running into the booking or the lunch after it, and past closing at the day’s last slot', () => {
    const physical = { ...followUp, visitTypeId: 'annual-physical' };
    const page = bookPage(scenario, drPatel, '2026-03-24', 1, physical);
    const at = (time: string) => page.rows[page.times.indexOf(time)]![0]!;
    // 08:45 is free for 15 minutes only: D. Sandoval has 09:00.
    expect(at('08:45')).toMatchObject({ kind: 'booked', text: 'Runs into D. Sandoval' });
    expect(at('09:00')).toMatchObject({ kind: 'booked', text: 'Booked: D. Sandoval' });
    expect(bookPage(scenario, drPatel, '2026-03-24', 1, followUp).rows[3]![0]).toMatchObject({ time: '08:45', kind: 'free', text: 'Free' });
    expect(at('11:45')).toMatchObject({ kind: 'blocked', text: 'Runs into Lunch' });
    expect(at('16:45')).toMatchObject({ kind: 'closed', text: 'Runs past closing' });
    expect(bookPage(scenario, drPatel, '2026-03-24', 1, followUp).rows.at(-1)![0]).toMatchObject({ kind: 'free', text: 'Free' });
  });
});
