/**
 * The front desk's other paths in the browser: a no-show marked through the no-show station
 * with the clinic's policy applied; a walk-in checked in through the front desk — fitted
 * into today's schedule when it has room, and, on a day whose book is full (a custom
 * scenario, through an assignment link), booked into the first open appointment and told
 * when to come; and a patient told their plan has ended who chooses to come back, her visit
 * booked again. The test hook only sets the scene (lets clinic time pass to the arrival) and
 * reads the day back; every step under test is a click or a key press.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { SceneKeys } from '../../scenes/keys';
import { customScenarioLink } from '../../scenes/instructor/scenario-link';
import type { TraineeAction } from '../../src/clinic/trainee-action';
import { parseScenarioText } from '../../src/scenario/scenario-loader';
import { openGamePage, type GamePage } from './support/browser';
import { waitForScene } from './support/screens';
import { openQueueItem } from './support/set-up';
import { endDayToTitle, startFromBriefing, startPausedDay } from './support/new-day';

const BRIANNA = 'brianna-mitchell';
const HANNAH = 'hannah-okafor';

/** A check as the page reports it. */
interface CheckSeen {
  readonly ruleId: string;
  readonly patientId: string | null;
  readonly passed: boolean;
}

function actionsOf(page: Page, patientId: string): Promise<TraineeAction[]> {
  return page.evaluate(
    (id) => (window.__clinic?.session()?.log ?? []).filter((entry) => entry.patientId === id).map((entry) => entry.action),
    patientId,
  );
}

function checksOf(page: Page, patientId: string): Promise<CheckSeen[]> {
  return page.evaluate(
    (id) =>
      (window.__clinic?.session()?.record().checks ?? [])
        .filter((check) => check.patientId === id)
        .map((check) => ({ ruleId: check.ruleId, patientId: check.patientId, passed: check.passed })),
    patientId,
  );
}

function journeyOf(page: Page, patientId: string): Promise<{ stage: string; outcome: string | null } | null> {
  return page.evaluate((id) => {
    const journey = window.__clinic?.session()?.record().journeys.find((j) => j.patientId === id);
    return journey ? { stage: journey.stage, outcome: journey.outcome } : null;
  }, patientId);
}

/** Opens the game on `url` straight into the day, and pauses the clock. */
async function openDay(url: string): Promise<GamePage> {
  const game = await openGamePage(url);
  await startFromBriefing(game.page);
  await waitForScene(game.page, SceneKeys.ClinicFloor);
  await game.page.getByRole('button', { name: 'Pause' }).click();
  return game;
}

/** Set-up only: lets clinic time pass to `minute`, and the floor draws it. */
async function advanceTo(page: Page, minute: number): Promise<void> {
  await page.evaluate((to) => window.__clinic?.session()?.advanceTo(to), minute);
  // The clinic clock runs only on the floor: close any station still open first.
  const open = page.locator('[role="dialog"].station');
  if (await open.count()) {
    await open.press('Escape');
    await open.waitFor({ state: 'detached' });
  }
  await page.evaluate(() => window.__clinic!.refresh());
}

/** Greets the patient at the desk and has them state name and date of birth, then confirms identity: the panel's own controls. */
async function identifyAtDesk(page: Page, desk: Locator, patientId: string): Promise<void> {
  const asked = async () => (await actionsOf(page, patientId)).filter((action) => action.type === 'identity.asked').length;
  await desk.getByRole('button', { name: 'Greet the patient' }).click();
  await desk.getByRole('radio', { name: 'Full name' }).check();
  await desk.getByRole('radio', { name: 'Ask the patient to state it' }).check();
  await desk.getByRole('button', { name: 'Ask', exact: true }).click();
  await expect.poll(asked).toBe(1);
  await desk.getByRole('radio', { name: 'Date of birth' }).check();
  await desk.getByRole('button', { name: 'Ask', exact: true }).click();
  await expect.poll(asked).toBe(2);
  await desk.getByRole('button', { name: 'The identifiers match: confirm identity' }).click();
}

/** The default morning with Dr. Patel's afternoons blocked from 10:00: nothing is free today once Hannah Okafor walks in at 09:50. */
function fullBookScenarioText(): string {
  const text = readFileSync(resolve(import.meta.dirname, '../../scenarios/default-morning.yaml'), 'utf8');
  const data = parse(text) as {
    id: string;
    title: string;
    providers: { template: { blocked: { start: string; end: string; reason: string }[] } }[];
    appointmentBookFill?: unknown;
  };
  data.id = 'full-book-morning';
  data.title = 'A Full Book at Maple Street';
  data.providers[0]!.template.blocked.push({ start: '10:00', end: '17:00', reason: 'Procedure clinic' });
  // Only today is full here: the rest of the book keeps just its listed appointments, so the first opening is tomorrow at 08:00.
  delete data.appointmentBookFill;
  const full = stringify(data);
  const loaded = parseScenarioText(full, 'full-book-morning.yaml');
  if (!loaded.ok) throw new Error(`the full-book scenario does not load: ${JSON.stringify(loaded.problems)}`);
  return full;
}

/**
 * One page for the file: the full-book day is opened from its link, and each day after it is
 * started from the title once the one before has ended ("End day", then "Choose another"),
 * as a trainee moves on, rather than loading the game again for each.
 */
let game: GamePage;

beforeAll(async () => {
  game = await openDay(await customScenarioLink(inject('gameUrl'), fullBookScenarioText()));
});

afterAll(async () => {
  await game?.close();
});

/** Closes any station still open, ends the day in play and starts a new, paused day of the scenario titled `title` from the title. */
async function nextDay(page: Page, title: string): Promise<void> {
  const open = page.locator('[role="dialog"].station');
  if (await open.count()) {
    await open.press('Escape');
    await open.waitFor({ state: 'detached' });
  }
  await endDayToTitle(page);
  await startPausedDay(page, title);
}

describe('A walk-in on a day with a full book, told when to come', () => {
  it('books Hannah Okafor into the first open appointment, tells her when, and she leaves with it', async () => {
    const { page } = game;
    expect(await page.evaluate(() => window.__clinic?.session()?.scenario.title)).toBe('A Full Book at Maple Street');
    await advanceTo(page, 9 * 60 + 50);
    const desk = await openQueueItem(page, 'Hannah Okafor');
    await identifyAtDesk(page, desk, HANNAH);
    const today = desk.getByRole('grid', { name: 'Today’s schedule for Dr. Anika Patel' });
    await today.waitFor();
    expect(await today.getByRole('gridcell', { name: /^Tuesday 10 March 2026 10:00: Procedure clinic/ }).count()).toBe(1);

    await desk.getByRole('heading', { name: 'No room today? Book the first open appointment and tell the patient when' }).waitFor();
    const book = desk.getByRole('grid', { name: 'Appointment book of Dr. Anika Patel, from today' });
    await book.getByRole('gridcell', { name: /^Tuesday 10 March 2026 08:00/ }).click();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Wednesday 11 March 2026 08:00: Free, selected');
    expect(await desk.locator('.fd-preview').last().innerText()).toBe('You will say: “We have no opening today. Can you come on Wednesday 11 March 2026 at 08:00?”');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate((id) => window.__clinic?.session()?.stageOf(id), HANNAH)).toBe('rebooked');

    const actions = await actionsOf(page, HANNAH);
    expect(actions.filter((action) => action.type.startsWith('walk-in.'))).toEqual([{ type: 'walk-in.booked-later', date: '2026-03-11', time: '08:00' }]);
    const scheduling = (await checksOf(page, HANNAH)).filter((check) => check.ruleId.startsWith('scheduling.'));
    expect(scheduling).toEqual([
      { ruleId: 'scheduling.template', patientId: HANNAH, passed: true },
      { ruleId: 'scheduling.walk-in', patientId: HANNAH, passed: true },
    ]);
    expect(await journeyOf(page, HANNAH)).toEqual({ stage: 'rebooked', outcome: 'rebooked' });
    expect(await page.evaluate(() => window.__clinic?.session()?.bookingsMadeToday.map((b) => `${b.date} ${b.time} ${b.label}`))).toEqual(['2026-03-11 08:00 Hannah Okafor']);
    const timeline = await page.evaluate((id) => window.__clinic?.session()?.record().timeline.filter((entry) => entry.patientId === id && entry.kind === 'rebooked').map((entry) => entry.text), HANNAH);
    expect(timeline).toEqual(['Hannah Okafor left the clinic with an appointment for 2026-03-11 at 08:00 (today had no free slot)']);

    // She walks out: the floor drops her from the queue once it redraws.
    if ((await page.getByRole('dialog').count()) > 0) await page.keyboard.press('Escape');
    await advanceTo(page, 9 * 60 + 58);
    expect(await page.locator('.hud-queue .queue-item', { hasText: 'Hannah Okafor' }).count()).toBe(0);
  });

  it('logs no console errors and requests nothing outside its own origin', () => {
    expect(game.consoleErrors).toEqual([]);
    expect(game.foreignRequests).toEqual([]);
  });
});

describe('A no-show, marked at the no-show station', () => {
  beforeAll(async () => {
    await nextDay(game.page, 'A Routine Morning at Juniper Ridge');
  });

  it('marks Brianna Mitchell as a no-show with the keyboard, and applies the policy (a new appointment offered)', async () => {
    const { page } = game;
    // Her appointment is at 09:45; the grace period ends at 10:00.
    await advanceTo(page, 10 * 60);
    expect(await page.evaluate((id) => window.__clinic?.session()?.stageOf(id), BRIANNA)).toBe('no-show');
    const station = await openQueueItem(page, 'Brianna Mitchell');
    await station.getByText('No-show · Brianna Mitchell', { exact: true }).waitFor();
    await station.getByRole('heading', { name: 'Mark the book' }).waitFor();
    expect(await station.locator('.kit-facts').innerText()).toMatch(/Arrived\s+No: the grace period has passed/);
    const offer = station.getByRole('checkbox', { name: 'Called Brianna at 555-555-0128 and offered a new appointment' });
    await offer.focus();
    await page.keyboard.press('Space');
    expect(await offer.isChecked()).toBe(true);
    await station.getByRole('button', { name: 'Mark as a no-show' }).focus();
    await page.keyboard.press('Enter');
    await station.getByText('Marked as a no-show; a new appointment was offered.').waitFor();

    expect(await actionsOf(page, BRIANNA)).toEqual([{ type: 'no-show.marked', rescheduleOffered: true }]);
    expect(await checksOf(page, BRIANNA)).toEqual([{ ruleId: 'scheduling.no-show', patientId: BRIANNA, passed: true }]);
    expect(await journeyOf(page, BRIANNA)).toEqual({ stage: 'no-show', outcome: 'no-show' });
    await page.keyboard.press('Escape');
  });

  it('logs no console errors and requests nothing outside its own origin', () => {
    expect(game.consoleErrors).toEqual([]);
    expect(game.foreignRequests).toEqual([]);
  });
});

describe('A walk-in, fitted into today’s schedule', () => {
  beforeAll(async () => {
    await nextDay(game.page, 'A Short Morning at Maple Street');
  });

  it('checks Hannah Okafor in and slots her into the first free slot of today with the keyboard', async () => {
    const { page } = game;
    await advanceTo(page, 9 * 60 + 50);
    const desk = await openQueueItem(page, 'Hannah Okafor');
    await identifyAtDesk(page, desk, HANNAH);
    await desk.getByRole('heading', { name: 'Fit the walk-in into today’s schedule' }).waitFor();
    const today = desk.getByRole('grid', { name: 'Today’s schedule for Dr. Anika Patel' });
    // The book is the workflow's own check: slots before she walked in have passed, whoever holds them.
    expect(await today.getByRole('gridcell', { name: /^Tuesday 10 March 2026 09:30: Passed, booked: Jamal Carter/ }).count()).toBe(1);
    // Issue 19: the list opens at the first slot still to come (10:00), the passed ones scrolled above it.
    await expect
      .poll(() =>
        today.evaluate((grid) => {
          const scroller = grid.closest<HTMLElement>('.fd-book-scroller')!;
          const box = scroller.getBoundingClientRect();
          // The header row stays at the top of the list (its cells are sticky).
          const head = grid.querySelector('thead th')!.getBoundingClientRect();
          const row = grid.querySelector('td[data-time="10:00"]')!.getBoundingClientRect();
          const first = grid.querySelector('td[data-time="08:00"]')!.getBoundingClientRect();
          return { toComeShown: row.top >= head.bottom - 1 && row.bottom <= box.bottom + 1, firstHidden: first.bottom <= head.bottom + 1 };
        }),
      )
      .toEqual({ toComeShown: true, firstHidden: true });
    // Tabbing into the book with nothing selected lands on that first slot to come, not on 08:00, passed (the fourth playtest).
    await today.evaluate((grid) => {
      const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')].filter(
        (node) => node.tabIndex >= 0 && !(node as HTMLButtonElement).disabled && node.getClientRects().length > 0 && !grid.contains(node) && (node.compareDocumentPosition(grid) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
      );
      focusable.at(-1)?.focus();
    });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Tuesday 10 March 2026 10:00: Free');
    // Nothing selected: the button is greyed, and says why beside it.
    const slotIt = desk.getByRole('button', { name: 'Slot the patient at the selected time' });
    expect(await slotIt.isDisabled()).toBe(true);
    const why = desk.locator('#slot-walk-in-why');
    expect(await slotIt.getAttribute('aria-describedby')).toBe('slot-walk-in-why');
    expect(await why.innerText()).toBe('Greyed until a slot is selected: pick one in the book above (a free one, the time you mean).');
    expect(await why.isVisible()).toBe(true);
    await today.getByRole('gridcell', { name: /^Tuesday 10 March 2026 09:45: Passed/ }).click();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Tuesday 10 March 2026 10:00: Free, selected');
    // A slot selected: the button opens, and the reason goes (its line keeps its room).
    expect(await slotIt.isDisabled()).toBe(false);
    expect(await slotIt.getAttribute('aria-describedby')).toBeNull();
    expect(await why.isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    await desk.getByRole('heading', { name: 'Address, phone and emergency contact' }).waitFor();

    const actions = await actionsOf(page, HANNAH);
    expect(actions.filter((action) => action.type.startsWith('walk-in.'))).toEqual([{ type: 'walk-in.slotted', time: '10:00' }]);
    const scheduling = (await checksOf(page, HANNAH)).filter((check) => check.ruleId.startsWith('scheduling.'));
    expect(scheduling).toEqual([{ ruleId: 'scheduling.template', patientId: HANNAH, passed: true }]);
    expect(await page.evaluate(() => window.__clinic?.session()?.bookingsMadeToday.map((b) => `${b.date} ${b.time} ${b.label}`))).toContain('2026-03-10 10:00 Hannah Okafor');
    expect(await page.evaluate((id) => window.__clinic?.session()?.stageOf(id), HANNAH)).toBe('check-in');
    await page.keyboard.press('Escape');
  });

  it('logs no console errors and requests nothing outside its own origin', () => {
    expect(game.consoleErrors).toEqual([]);
    expect(game.foreignRequests).toEqual([]);
  });
});

describe('Inactive coverage: the patient is told and chooses to reschedule', () => {
  const XIMENA = 'ximena-torres';
  beforeAll(async () => {
    await nextDay(game.page, 'Trouble at the Front Desk at Willow Creek');
  });

  it('tells Ximena Torres her plan has ended, greys the self-pay she did not choose, and books her visit again', async () => {
    const { page } = game;
    await advanceTo(page, 8 * 60 + 30);
    const desk = await openQueueItem(page, 'Ximena Torres');
    await identifyAtDesk(page, desk, XIMENA);
    // A new patient: nothing is on file but the plan she named when booking; the card's numbers are entered from the card.
    const memberId = desk.getByLabel('Member id');
    expect(await memberId.inputValue()).toBe('');
    await desk.getByRole('img', { name: /member SUE-481177$/ }).waitFor();
    await memberId.fill('SUE-481177');
    await desk.getByRole('button', { name: 'Save the card to the registration' }).click();
    await desk.getByRole('button', { name: 'Run eligibility for the saved card' }).click();
    await desk.getByText('Coverage: TERMINATED').waitFor();
    await desk.getByRole('button', { name: 'Tell the patient privately that the plan is not active' }).focus();
    await page.keyboard.press('Enter');
    await desk.getByText('Oh no. Then I’d rather not pay for this myself — can I come back once my insurance is sorted out?').waitFor();

    // Self-pay is not what she chose: the workflow does not list it, so the desk shows it greyed.
    expect(await desk.getByRole('button', { name: 'Tell the patient; they choose to pay for the visit themselves (self-pay)' }).isDisabled()).toBe(true);
    expect((await actionsOf(page, XIMENA)).map((action) => action.type)).not.toContain('self-pay.agreed');

    await desk.getByRole('heading', { name: 'Reschedule the visit' }).waitFor();
    const book = desk.getByRole('grid', { name: 'Appointment book of Dr. Rafael Domínguez, for the rescheduled visit' });
    await book.getByRole('gridcell', { name: /^Thursday 11 June 2026 10:15: Free/ }).click();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate((id) => window.__clinic?.session()?.stageOf(id), XIMENA)).toBe('rebooked');

    expect((await actionsOf(page, XIMENA)).at(-1)).toEqual({ type: 'visit.rescheduled', date: '2026-06-11', time: '10:15' });
    const coverage = (await checksOf(page, XIMENA)).filter((check) => ['intake.eligibility', 'intake.insurance-card', 'scheduling.template'].includes(check.ruleId));
    expect(coverage.map((check) => [check.ruleId, check.passed]).sort()).toEqual([
      ['intake.eligibility', true],
      ['intake.insurance-card', true],
      ['scheduling.template', true],
    ]);
    expect(await journeyOf(page, XIMENA)).toEqual({ stage: 'rebooked', outcome: 'rebooked' });
    expect(await page.evaluate(() => window.__clinic?.session()?.bookingsMadeToday.map((b) => `${b.date} ${b.time} ${b.visitTypeId} ${b.label}`))).toContain('2026-06-11 10:15 new-patient Ximena Torres');
  });

  it('logs no console errors and requests nothing outside its own origin', () => {
    expect(game.consoleErrors).toEqual([]);
    expect(game.foreignRequests).toEqual([]);
  });
});

describe('A parent on the phone, on file as her child’s personal representative', () => {
  const IMANI = 'imani-johnson';
  beforeAll(async () => {
    await nextDay(game.page, 'Well Visits and Sick Kids at Little Harbor');
  });

  // Nobody checks Imani in (09:15; patience 50 minutes): she has left unseen by the call at 10:45, so there is no result, and her mother, who may hear it, is told why.
  it('asks Tanya Johnson who she is, reads her release on file for Imani, and tells her there is no result, Imani having left unseen', async () => {
    const { page } = game;
    await advanceTo(page, 10 * 60 + 45);
    // Her line in Needs you answers the call as it opens the phone.
    const phone = await openQueueItem(page, 'Phone: Tanya Johnson');
    expect(await phone.locator('[data-key="release-on-file"]').innerText()).toMatch(/Tanya Johnson \(Mother\) — personal representative/);
    await phone.getByRole('button', { name: 'Ask who is calling, and for the patient’s full name and date of birth' }).click();
    const standing = phone.locator('[data-key="caller-standing"]');
    await standing.waitFor();
    expect(await standing.innerText()).toMatch(/Release on file for the caller: Tanya Johnson \(Mother\), personal representative\./);
    expect(await phone.getByRole('button', { name: 'Give the results' }).isDisabled()).toBe(true);
    await phone.getByRole('button', { name: 'Tell the caller there is no result: the visit did not take place' }).click();
    await phone.getByText('Told the caller there is no result, and why.').waitFor();
    await phone.getByRole('button', { name: 'End the call' }).click();

    expect((await actionsOf(page, IMANI)).map((action) => action.type)).toEqual(['phone.answered', 'caller.verified', 'results.none-on-file', 'phone.closed']);
    const privacy = (await checksOf(page, IMANI)).filter((check) => check.ruleId === 'privacy.minimum-necessary');
    expect(privacy.map((check) => check.passed)).toEqual([true]);
  });

  it('logs no console errors and requests nothing outside its own origin', () => {
    expect(game.consoleErrors).toEqual([]);
    expect(game.foreignRequests).toEqual([]);
  });
});
