/**
 * Patient education through the screen, focused (no whole day): on the chronic-care day the
 * scripted expert's own moves (through the test hook) bring Patricia Dunn (a new diagnosis of
 * prediabetes and a new statin; she reads slowly, grade 5 at most) to her education after the
 * visit; the test then does it with the keyboard alone: the shelf filtered by topic, the
 * easy-to-read leaflet on each topic chosen and gone through, a teach-back on each, the statin
 * taught again after her muddled answer and said back rightly, and on to checkout. Every
 * education check passes and none is missed; axe finds nothing serious in the station.
 *
 * Then the scripted expert gives Gloria Espinoza her education through the screen with the
 * station's driver (the Spanish leaflets, her question passed to the provider, the
 * teach-backs), and the page judges it as the headless day does.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { EDUCATION_TOPIC_INFO } from '../../src/reference/education/materials';
import type { Scenario } from '../../src/scenario/scenario.schema';
import { actionForTask, type ScriptedTrainee } from '../../src/trainees/trainee';
import { SceneKeys } from '../../scenes/keys';
import { seriousViolations } from './support/axe';
import { openGamePage, type GamePage } from './support/browser';
import { expertUntilMove, loadScenario, openExamRoom } from './support/exam-room';
import { startFromBriefing, startPausedDay } from './support/new-day';
import { waitForScene } from './support/screens';
import { TraineeDriver } from './support/trainee-driver';

const PATRICIA = 'patricia-dunn';
const GLORIA = 'gloria-espinoza';

/** The education checks for the patient so far: rule id, passed, message. */
function educationChecks(page: Page, patientId: string): Promise<{ ruleId: string; passed: boolean; message: string }[]> {
  return page.evaluate(
    (id) =>
      window
        .__clinic!.session()!
        .record()
        .checks.filter((c) => c.patientId === id && c.ruleId.startsWith('education.'))
        .map((c) => ({ ruleId: c.ruleId, passed: c.passed, message: c.finding?.message ?? '' })),
    patientId,
  );
}

describe('Patient education', () => {
  let game: GamePage | null = null;

  afterEach(async () => {
    await game?.close();
    game = null;
  });

  it('teaches a slow reader her new diagnosis and statin with the easy leaflets, checks both with teach-back and teaches the muddled one again, with the keyboard alone', async () => {
    const scenario = await loadScenario('scenarios/chronic-care.yaml');
    game = await openGamePage(inject('gameUrl'));
    const page = game.page;
    await waitForScene(page, SceneKeys.Title);
    page.setDefaultTimeout(20_000);
    await startPausedDay(page, scenario.title);
    await page.getByRole('button', { name: 'Speed 4×' }).click();
    await expertUntilMove(page, scenario, PATRICIA, (action) => action.type === 'material.given');
    const station = await openExamRoom(page, 'Patricia Dunn', '.education-station', 'patient education');
    const key = (name: string) => station.locator(`[data-key="${name}"]`);
    // Presses a control and waits for what it brings: one press, as a keyboard trainee makes it.
    const pressFor = async (control: string, shows: string): Promise<void> => {
      await key(control).press('Enter');
      await station.getByText(shows).waitFor();
    };

    // The plan and the chart's reading note, then the shelf: nothing serious for assistive technology.
    await station.getByText(/Left school at 14/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const give = async (topic: string, materialId: string) => {
      await key('shelf-topic').focus();
      await key('shelf-topic').selectOption(topic);
      await key(`material:${materialId}`).focus();
      await page.keyboard.press('Space');
      expect(await key(`material:${materialId}`).isChecked()).toBe(true);
      // The button opens once the station has taken the choice (a busy machine can lag a frame behind the keys).
      await expect.poll(() => key('give').isEnabled()).toBe(true);
      await pressFor('give', EDUCATION_TOPIC_INFO[topic as 'prediabetes'].keyPoint);
    };

    await give('prediabetes', 'prediabetes-en-easy');
    await expect.poll(() => key('teach-back:prediabetes').isEnabled()).toBe(true);
    await pressFor('teach-back:prediabetes', EDUCATION_TOPIC_INFO.prediabetes.saysBack);

    await give('atorvastatin', 'atorvastatin-en-easy');
    await expect.poll(() => key('teach-back:atorvastatin').isEnabled()).toBe(true);
    await pressFor('teach-back:atorvastatin', EDUCATION_TOPIC_INFO.atorvastatin.muddled);
    await key('reteach:atorvastatin').press('Enter');
    // Asking again opens once the topic is taught again (the redraw after the re-teaching enables it).
    await expect.poll(() => key('teach-back:atorvastatin').isEnabled()).toBe(true);
    await pressFor('teach-back:atorvastatin', EDUCATION_TOPIC_INFO.atorvastatin.saysBack);

    await expect.poll(() => key('finish').isEnabled()).toBe(true);
    await key('finish').press('Enter');
    await expect.poll(async () => (await educationChecks(page, PATRICIA)).filter((c) => c.ruleId === 'education.given').length).toBe(2);
    const checks = await educationChecks(page, PATRICIA);
    expect(checks.filter((c) => !c.passed)).toEqual([]);
    expect(checks.map((c) => c.ruleId).sort()).toEqual(['education.given', 'education.given', 'education.match', 'education.match', 'education.teach-back', 'education.teach-back']);
  });
});

/** The scripted expert, for one patient only: the moves the page's driver makes through the screen. */
function expertFor(patientId: string): ScriptedTrainee {
  return {
    name: `expert for ${patientId}`,
    nextMove(session) {
      const task = session.available().find((candidate) => candidate.patientId === patientId && candidate.stage !== 'phone');
      const action = task ? actionForTask(session, task) : null;
      return action ? { patientId, action } : null;
    },
  };
}

describe('Patient education, worked by the scripted expert through the screen', () => {
  let game: GamePage;
  let scenario: Scenario;

  beforeAll(async () => {
    scenario = await loadScenario('scenarios/chronic-care.yaml');
    game = await openGamePage(new URL('?scenario=chronic-care', inject('gameUrl')).href);
    game.page.setDefaultTimeout(20_000);
    await startFromBriefing(game.page, { timer: 'untimed' });
    await waitForScene(game.page, SceneKeys.ClinicFloor);
  });

  afterAll(async () => {
    await game?.close();
  });

  it('gives a Spanish-speaking patient the Spanish leaflets, passes her question to the provider and checks each topic, move for move as the headless day does', { timeout: 600_000 }, async () => {
    const { page } = game;
    await expertUntilMove(page, scenario, GLORIA, (action) => action.type === 'material.given');
    const driver = await TraineeDriver.attach(page, scenario);
    await driver.play(expertFor(GLORIA), { until: (day) => day.log.some((entry) => entry.patientId === GLORIA && entry.action.type === 'education.finished'), maxSteps: 40 });
    const moves = driver.day.log.filter((entry) => entry.patientId === GLORIA && /^(material|teach-back|patient-question|education)\./.test(entry.action.type)).map((entry) => entry.action);
    expect(moves).toEqual([
      { type: 'material.given', materialId: 'empagliflozin-es-easy' },
      { type: 'patient-question.routed' },
      { type: 'teach-back.asked', topic: 'empagliflozin' },
      { type: 'material.given', materialId: 'diabetes-meal-planning-es-easy' },
      { type: 'teach-back.asked', topic: 'diabetes-meal-planning' },
      { type: 'education.finished' },
    ]);
    const onPage = await educationChecks(page, GLORIA);
    expect(onPage.filter((c) => !c.passed)).toEqual([]);
    expect(onPage.map((c) => c.ruleId).sort()).toEqual(['education.given', 'education.given', 'education.match', 'education.match', 'education.scope', 'education.teach-back', 'education.teach-back']);
  });

  it('logs no console errors and requests nothing outside its own origin', () => {
    expect(game.consoleErrors).toEqual([]);
    expect(game.foreignRequests).toEqual([]);
  });
});
