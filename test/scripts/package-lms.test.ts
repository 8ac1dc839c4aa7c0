import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchHref, PACKAGE_FORMATS, packageAssignment, packageZip } from '../../scripts/package-lms';
import { readLink } from '../../scenes/instructor/scenario-link';
import { bundledLibrary } from '../support/bundled-library';

const scenario = bundledLibrary().find((candidate) => candidate.id === 'externship-checkoff')!;
const packaged = { scenario, contentHash: 'c0ffee00'.repeat(8) };
let buildDir = '';

beforeAll(async () => {
  buildDir = await mkdtemp(join(tmpdir(), 'clinic-day-package-test-'));
  await mkdir(join(buildDir, 'assets'));
  // A build as the site ships, with its offline files (scripts/offline-plugin.ts).
  await writeFile(join(buildDir, 'index.html'), '<!doctype html><title>Clinic Day</title>\n  <link rel="stylesheet" href="./assets/game.css">\n  <link rel="manifest" href="./manifest.webmanifest"></head>');
  await writeFile(join(buildDir, 'assets', 'game & more.js'), 'export {};');
  await writeFile(join(buildDir, 'sw.js'), 'define(["./workbox-9c191d2f"], () => {});');
  await writeFile(join(buildDir, 'workbox-9c191d2f.js'), 'define([], () => {});');
  await writeFile(join(buildDir, 'manifest.webmanifest'), '{"name":"Clinic Day"}');
});
afterAll(async () => {
  await rm(buildDir, { recursive: true, force: true });
});

describe('packageLms', () => {
  const assignment = packageAssignment(packaged, { mode: 'assessment', seed: 77 });

  it('locks the package to its scenario as an assignment link does: mode, timer, seed and content hash', () => {
    expect(assignment.settings).toEqual({ mode: 'assessment', timerEnabled: true });
    const link = readLink(`https://lms.example/package/${launchHref(assignment)}`);
    expect(link.bundledId).toBe('externship-checkoff');
    expect(link.assignment).toEqual({ ok: true, assignment });
  });

  it("takes the scenario's own mode and timer when none is asked for", () => {
    const own = packageAssignment(packaged, {});
    expect(own.settings.mode).toBe(scenario.mode);
  });

  it('puts the manifest at the root, naming the scenario, its pass mark as mastery score, the launch file and every file of the game', async () => {
    const mastery = { scorm12: '<adlcp:masteryscore>75</adlcp:masteryscore>', scorm2004: '<imsss:minNormalizedMeasure>0.75</imsss:minNormalizedMeasure>', cmi5: 'masteryScore="0.75"' };
    expect(scenario.scoring.passMark).toBe(75);
    for (const format of PACKAGE_FORMATS) {
      const files = unzipSync(await packageZip(format, buildDir, packaged, assignment, 'the notice'));
      expect(Object.keys(files).sort()).toEqual(['LICENSE', 'NOTICE', 'assets/game & more.js', format === 'cmi5' ? 'cmi5.xml' : 'imsmanifest.xml', 'index.html'].sort());
      expect(strFromU8(files.NOTICE!)).toBe('the notice');
      const manifest = strFromU8(files[format === 'cmi5' ? 'cmi5.xml' : 'imsmanifest.xml']!);
      expect(manifest).toContain(mastery[format]);
      expect(manifest).toContain(scenario.title);
      expect(manifest).toContain(launchHref(assignment).replaceAll('&', '&amp;'));
      if (format !== 'cmi5') {
        for (const file of ['index.html', 'assets/game &amp; more.js', 'LICENSE', 'NOTICE']) expect(manifest).toContain(`<file href="${file}"/>`);
        expect(manifest).toContain(format === 'scorm12' ? '<schemaversion>1.2</schemaversion>' : '<schemaversion>2004 4th Edition</schemaversion>');
        expect(manifest).toContain(format === 'scorm12' ? 'adlcp:scormtype="sco"' : 'adlcp:scormType="sco"');
      }
    }
  });

  it('registers no service worker: it leaves out the worker, its Workbox runtime and the web app manifest, and its page links no manifest', async () => {
    for (const format of PACKAGE_FORMATS) {
      const files = unzipSync(await packageZip(format, buildDir, packaged, assignment, 'the notice'));
      expect(Object.keys(files).filter((file) => /sw\.js|workbox|webmanifest/.test(file))).toEqual([]);
      const page = strFromU8(files['index.html']!);
      expect(page).not.toContain('rel="manifest"');
      expect(page).toContain('<link rel="stylesheet" href="./assets/game.css"></head>');
      const manifest = strFromU8(files[format === 'cmi5' ? 'cmi5.xml' : 'imsmanifest.xml']!);
      expect(manifest).not.toMatch(/sw\.js|workbox|webmanifest/);
    }
  });
});
