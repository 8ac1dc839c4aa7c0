/**
 * What the playtest of the whole day found greyed with no reason at the lab station: "Test the
 * patient with lot …", "Put the sharps in the sharps container", "Bandage the site". Each greyed
 * one now says why beside it, in the domain's words, pointed to by aria-describedby; a throat
 * swab shows no sharps and no bandage (nothing is punctured for it).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Scenario } from '../../src/scenario/scenario.schema';
import type { GamePage } from './support/browser';
import { expertUntilMove, openExamRoom, openPracticeDayAt1366 } from './support/exam-room';
import { descriptionOf } from './support/screens';

const SOFIA = { id: 'sofia-ramirez', name: 'Sofía Ramírez' };
const MARCUS = { id: 'marcus-johnson', name: 'Marcus Johnson' };

describe('The lab station’s greyed buttons, as the whole-day playtest saw them', () => {
  let game: GamePage;
  let scenario: Scenario;
  let page: Page;

  beforeAll(async () => {
    ({ scenario, game, page } = await openPracticeDayAt1366(inject('gameUrl'), 'scenarios/default-morning.yaml'));
  });

  afterAll(async () => {
    await game?.close();
  });

  it('says why the kit waits for the swab, and shows a throat swab no sharps and no bandage', async () => {
    // Set-up: the expert's moves up to the lab station's requisition check (nothing collected yet).
    await expertUntilMove(page, scenario, SOFIA.id, (action) => action.type === 'requisition.checked');
    const lab = await openExamRoom(page, SOFIA.name, '.specimen-station');
    const run = lab.getByRole('button', { name: /^Test the patient with lot / });
    expect(await run.count()).toBeGreaterThan(0);
    for (const button of await run.all()) {
      expect(await button.isDisabled()).toBe(true);
      expect(await descriptionOf(button)).toBe('Collect the swab first: the Rapid strep A antigen test runs on the swab taken from the patient.');
    }
    expect(await lab.locator('.kit-greyed-why', { hasText: 'Collect the swab first' }).isVisible()).toBe(true);
    expect(await lab.getByRole('button', { name: 'Put the sharps in the sharps container' }).count()).toBe(0);
    expect(await lab.getByRole('button', { name: 'Bandage the site' }).count()).toBe(0);
  });

  it('says why sharps and bandage wait before the fingerstick, and why the kit waits for the drop', async () => {
    await expertUntilMove(page, scenario, MARCUS.id, (action) => action.type === 'requisition.checked');
    const lab = await openExamRoom(page, MARCUS.name, '.specimen-station');
    const sharps = lab.getByRole('button', { name: 'Put the sharps in the sharps container' });
    const bandage = lab.getByRole('button', { name: 'Bandage the site' });
    expect(await sharps.isDisabled()).toBe(true);
    expect(await descriptionOf(sharps)).toBe('Nothing sharp has been used yet: the needle or lancet goes in the container as soon as it is out of the patient.');
    expect(await bandage.isDisabled()).toBe(true);
    expect(await descriptionOf(bandage)).toBe('No puncture yet: the site is bandaged once the needle or lancet is out.');
    const run = lab.getByRole('button', { name: /^Test the patient with lot / }).first();
    expect(await descriptionOf(run)).toMatch(/^Puncture the fingertip first: the Hemoglobin A1c/);
    for (const reason of ['Nothing sharp has been used yet', 'No puncture yet', 'Puncture the fingertip first']) {
      expect(await lab.locator('.kit-greyed-why', { hasText: reason }).isVisible()).toBe(true);
    }
  });
});
