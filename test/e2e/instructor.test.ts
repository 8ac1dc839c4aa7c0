/**
 * The instructor's loop in the browser: result files graded on the instructor page by
 * replaying them (a genuine file verified, a tampered one MISMATCH, one that does not answer
 * the assignment pasted MISMATCH too), and assignment links that open a bundled scenario or
 * carry a custom one in the URL fragment, with the assignment the day is then played as.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { SceneKeys } from '../../scenes/keys';
import { parseScenarioText } from '../../src/scenario/scenario-loader';
import { scoreDay } from '../../src/scoring/score';
import { assignmentLinkParams, makeAssignment } from '../../src/session/assignment';
import { gradeResultFile } from '../../src/session/grade';
import { parseResultFile, resultFile } from '../../src/session/result-file';
import { playDay, scriptedTrainee } from '../../src/trainees/play-day';
import { withConnectSources } from '../../scripts/content-security-policy-plugin';
import { openGamePage, type GamePage } from './support/browser';
import { startFromBriefing } from './support/new-day';
import { openDebrief, waitForScene } from './support/screens';
import { STANDALONE_KEY, STANDALONE_SECRET, TestLrs } from './support/test-lrs';

const SCENARIO_TEXT = readFileSync(join(import.meta.dirname, '../../scenarios/first-day.yaml'), 'utf8');
const loaded = parseScenarioText(SCENARIO_TEXT, 'first-day.yaml');
if (!loaded.ok) throw new Error('scenarios/first-day.yaml does not load');
const { scenario, contentHash } = loaded;

/** A result file as `npm run sim -- first-day --trainee expert --seed 5 --out …` writes it. */
function genuineResult(): Record<string, unknown> {
  const session = playDay(scenario, scriptedTrainee('expert', scenario, 5), { seed: 5 });
  return JSON.parse(
    JSON.stringify(
      resultFile({
        appVersion: '0.1.0',
        scenarioId: scenario.id,
        scenarioHash: contentHash,
        seed: 5,
        settings: session.settings,
        player: 'Ana Ruiz',
        assignmentId: 'k3m9x-7qv2a',
        log: session.log,
        result: scoreDay(session.record()),
      }),
    ),
  ) as Record<string, unknown>;
}

/** The instructor page, then the instructor tools on the title, in one page in turn: none of them needs a fresh browser. */
describe('The instructor page', () => {
  let game: GamePage;
  afterAll(async () => {
    await game?.close();
  });

  it('grades a genuine result file as verified and a tampered one as MISMATCH, and exports the table', async () => {
    game = await openGamePage(new URL('?instructor', inject('gameUrl')).href);
    const { page } = game;
    await page.getByRole('heading', { name: 'Instructor tools', level: 2 }).waitFor();
    const genuine = genuineResult();
    const tampered = structuredClone(genuine) as { player: string; result: { score: { total: number } } };
    tampered.player = 'Ben Okafor';
    const claimed = tampered.result.score.total;
    tampered.result.score.total = claimed >= 99 ? 50 : 99;
    await page.getByLabel('Drop result files here, or choose them').setInputFiles([
      { name: 'ana.json', mimeType: 'application/json', buffer: Buffer.from(`${JSON.stringify(genuine, null, 2)}\n`) },
      { name: 'ben.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered)) },
    ]);
    await page.getByRole('status').filter({ hasText: '1 of 2 result files verified' }).waitFor();
    const table = page.getByRole('table', { name: 'Graded result files' });
    const ana = table.getByRole('row', { name: /ana\.json/ });
    expect(await ana.innerText()).toMatch(/Ana Ruiz[\s\S]*first-day[\s\S]*verified/);
    const ben = table.getByRole('row', { name: /ben\.json/ });
    expect(await ben.innerText()).toContain('MISMATCH');
    expect(await ben.innerText()).toContain(`score.total: the file says ${tampered.result.score.total}, the replay gives ${claimed}`);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export table (CSV)' }).click()]);
    const csv = await readFile((await download.path())!, 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^played at,player,scenario,.*,verified$/);
    expect(lines.slice(1).map((line) => [line.split(',')[1], line.split(',').at(-1)])).toEqual([
      ['Ana Ruiz', 'yes'],
      ['Ben Okafor', 'no'],
    ]);

    // How each day was played, and a day that does not answer the assignment it is graded against.
    expect(await ana.innerText()).toMatch(/Untimed practice\s+off, set by the assignment\s+0\.1\.0\s+k3m9x-7qv2a/);
    const assignment = makeAssignment({ id: 'k3m9x-7qv2a', scenarioId: scenario.id, scenarioHash: contentHash, mode: 'practice', timed: false, seed: 6 });
    const link = new URL(`?scenario=first-day&${new URLSearchParams(assignmentLinkParams(assignment)).toString()}`, inject('gameUrl')).href;
    await page.getByLabel(/^Grade against an assignment/).fill(link);
    await page.getByLabel(/^Grade against an assignment/).press('Enter');
    await page.getByRole('status').filter({ hasText: '0 of 2 result files verified' }).waitFor();
    expect(await ana.innerText()).toMatch(/MISMATCH\s+Not played as it had to be/);
    expect(await ana.textContent()).toContain("seed: the assignment's day is seed 6, the result was played on seed 5");
    expect(await page.getByText(/^Graded against assignment k3m9x-7qv2a \(from the pasted link\)/).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Back to the title' }).click();
    await page.getByRole('button', { name: 'New day' }).waitFor();
    expect(game.consoleErrors).toEqual([]);
    expect(game.foreignRequests).toEqual([]);
  });

  it('keeps the instructor’s mode and timer over a change of scenario, and says when a scenario’s lock changes them', async () => {
    // The instructor page of the test before, gone back to the title.
    const { page } = game;
    await page.getByRole('button', { name: 'Instructor tools' }).click();
    const scenarioChoice = page.getByRole('combobox', { name: 'Scenario to assign' });
    const settings = page.getByRole('combobox', { name: 'Mode and timer' });
    await scenarioChoice.selectOption({ label: 'First Day at Cedar Hollow' });
    await settings.selectOption({ label: 'Untimed practice' });
    await scenarioChoice.selectOption({ label: 'A Short Morning at Maple Street' });
    expect(await settings.inputValue()).toBe('practice-untimed');
    expect(await page.getByRole('status').filter({ hasText: 'locks its mode and timer' }).count()).toBe(0);
    await scenarioChoice.selectOption({ label: 'Externship Check-off at Northfield' });
    expect(await settings.isDisabled()).toBe(true);
    await page.getByRole('status').filter({ hasText: /^Externship Check-off at Northfield locks its mode and timer: assessment/ }).waitFor();
    expect(game.consoleErrors).toEqual([]);
  });

  it('imports a custom scenario in the instructor tools, lists a broken one’s located problems, and round-trips a custom scenario link', async () => {
    // The same page, back on the title from the instructor tools.
    const { page } = game;
    await page.getByRole('button', { name: 'Back to the title' }).click();
    await page.getByRole('button', { name: 'Instructor tools' }).click();
    const importInput = page.getByLabel('Import a scenario file (YAML or JSON)');
    await importInput.setInputFiles({ name: 'broken.yaml', mimeType: 'text/yaml', buffer: Buffer.from('schemaVersion: 1\nid: Not An Id\n') });
    const problems = page.getByRole('region', { name: /^broken\.yaml could not be loaded/ });
    await problems.waitFor();
    expect(await problems.getByRole('listitem').first().innerText()).toMatch(/^broken\.yaml:\d+:\d+/);

    const customText = SCENARIO_TEXT.replace(/^id: first-day$/m, 'id: cedar-hollow-week-two').replace(/^title: .*$/m, 'title: Week Two at Cedar Hollow');
    await importInput.setInputFiles({ name: 'week-two.yaml', mimeType: 'text/yaml', buffer: Buffer.from(customText) });
    const option = page.getByRole('radio', { name: 'Imported: Week Two at Cedar Hollow' });
    await option.waitFor();
    expect(await option.isChecked()).toBe(true);
    const importedKey = await option.getAttribute('value');
    await page.getByRole('button', { name: 'Instructor tools' }).click();
    // The scenario just imported is the one the instructor's link is for.
    expect(await page.getByRole('combobox', { name: 'Scenario to assign' }).inputValue()).toBe(importedKey);
    await page.getByRole('button', { name: 'Copy assignment link' }).click();
    const field = page.getByLabel('Assignment link');
    // The link carries the assignment beside the scenario: its id, mode, timer, seed and the scenario's hash.
    await expect.poll(() => field.inputValue()).toMatch(/#scenario=[A-Za-z0-9_-]+&assignment=[0-9a-z]{5}-[0-9a-z]{5}&/);
    const link = await field.inputValue();
    expect(new URL(link).search).toBe('');
    const assigned = new URLSearchParams(new URL(link).hash.slice(1));

    await page.goto(link, { waitUntil: 'load' });
    await page.reload({ waitUntil: 'load' });
    await page.getByText(`Your instructor assigned this day (assignment ${assigned.get('assignment')})`).waitFor();
    await startFromBriefing(page);
    await waitForScene(page, SceneKeys.ClinicFloor);
    expect(await page.evaluate(() => window.__clinic?.session()?.scenario.title)).toBe('Week Two at Cedar Hollow');
    expect(await page.evaluate(() => window.__clinic?.session()?.seed)).toBe(Number(assigned.get('seed')));
    expect(game.consoleErrors).toEqual([]);
    expect(game.foreignRequests).toEqual([]);
  });
});

describe('Assignment links', () => {
  const games: GamePage[] = [];
  afterAll(async () => {
    for (const game of games) await game.close();
  });

  it('opens a bundled scenario from ?scenario=first-day, through its briefing', async () => {
    const game = await openGamePage(new URL('?scenario=first-day', inject('gameUrl')).href);
    games.push(game);
    await startFromBriefing(game.page);
    await waitForScene(game.page, SceneKeys.ClinicFloor);
    expect(await game.page.evaluate(() => window.__clinic?.session()?.scenario.id)).toBe('first-day');
    expect(game.consoleErrors).toEqual([]);
  });

  it('plays a day opened from an assignment link as the assignment, and its result file answers it', async () => {
    const assignment = makeAssignment({ id: 'k3m9x-7qv2a', scenarioId: scenario.id, scenarioHash: contentHash, mode: 'practice', timed: false, seed: 77 });
    const game = await openGamePage(new URL(`?scenario=first-day&${new URLSearchParams(assignmentLinkParams(assignment)).toString()}`, inject('gameUrl')).href);
    games.push(game);
    const { page } = game;
    await page.getByText('Your instructor assigned this day (assignment k3m9x-7qv2a): practice, untimed. It cannot be changed.').waitFor();
    await startFromBriefing(page);
    await waitForScene(page, SceneKeys.ClinicFloor);
    await page.getByRole('button', { name: 'End day' }).click();
    await page.getByRole('dialog', { name: 'End the day now?' }).getByRole('button', { name: 'End day' }).click();
    await openDebrief(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download result (JSON)' }).click()]);
    const read = parseResultFile(await readFile((await download.path())!, 'utf8'));
    if (!read.ok) throw new Error(read.problems.join('\n'));
    expect(read.file).toMatchObject({ assignmentId: 'k3m9x-7qv2a', seed: 77, settings: assignment.settings });
    expect(gradeResultFile(read.file, scenario, contentHash, { assignment })).toMatchObject({ verified: true });
    expect(game.consoleErrors).toEqual([]);
  });

});

describe("The instructor page's learning record store", () => {
  let game: GamePage | null = null;
  let lrs: TestLrs | null = null;
  afterAll(async () => {
    await game?.close();
    await lrs?.stop();
  });

  it('makes an assignment link from the LRS endpoint, key and secret it is given, and the day played from the link reports there', async () => {
    lrs = await TestLrs.start();
    const server = lrs;
    const gameUrl = inject('gameUrl');
    const origin = new URL(gameUrl).origin;
    const indexHtml = await readFile(join(inject('gameDir'), 'index.html'), 'utf8');
    game = await openGamePage(gameUrl, {
      beforeLoad: async (page) => {
        // The school's host names its LRS in the pages' policy (README, "Use it in your LMS"); the test's LRS is on loopback.
        await page.context().grantPermissions(['local-network-access']);
        await page.context().route((url) => url.origin === origin && (url.pathname === '/' || url.pathname.endsWith('/index.html')), (route) =>
          route.fulfill({ contentType: 'text/html', body: withConnectSources(indexHtml, [server.origin]) }),
        );
      },
    });
    const { page } = game;
    await waitForScene(page, SceneKeys.Title);
    await page.getByRole('button', { name: 'Instructor tools' }).click();
    await page.getByRole('combobox', { name: 'Scenario to assign' }).selectOption({ label: 'First Day at Cedar Hollow' });

    // A damaged endpoint is refused with a sentence, and no link is made.
    await page.getByLabel('LRS endpoint').fill('ftp://lrs.example.edu/');
    await page.getByRole('button', { name: 'Copy assignment link' }).click();
    await page.getByRole('status').filter({ hasText: 'The LRS endpoint must be an https:// address' }).waitFor();

    await page.getByLabel('LRS endpoint').fill(server.endpoint);
    await page.getByLabel('Key (a statement-write-only credential)').fill(STANDALONE_KEY);
    await page.getByLabel('Secret').fill(STANDALONE_SECRET);
    await page.getByRole('button', { name: 'Copy assignment link' }).click();
    await page.getByRole('status').filter({ hasText: `reporting to ${new URL(server.endpoint).host}` }).waitFor();
    const link = await page.getByRole('textbox', { name: 'Assignment link' }).inputValue();
    // The key and secret travel in the fragment, which a browser never sends to the game's host.
    expect(new URL(link).search).not.toContain(STANDALONE_SECRET);
    expect(new URL(link).hash).toContain('lrs-auth=');

    // The day is ended at once, before anything in it is saved: the LRS still gets it, started and judged.
    await page.goto(link, { waitUntil: 'load' });
    await startFromBriefing(page);
    await waitForScene(page, SceneKeys.ClinicFloor);
    await page.getByRole('button', { name: 'End day' }).click();
    await page.getByRole('dialog', { name: 'End the day now?' }).getByRole('button', { name: 'End day' }).click();
    await openDebrief(page);
    await expect.poll(() => server.verbs().at(-1), { timeout: 60_000 }).toBe('terminated');
    expect(server.verbs()).toEqual(expect.arrayContaining(['initialized', 'completed', 'terminated']));
    expect(server.verbs()[0]).toBe('initialized');
    expect(server.violations).toEqual([]);
    const assignmentId = new URL(link).searchParams.get('assignment');
    expect(server.statements[0]!.object.id).toContain(`/assignments/${assignmentId}`);
  });
});
