/**
 * `npm run package`: the game as packages a school's LMS imports, into `dist-packages/`. For
 * each scenario packaged: a SCORM 1.2 zip, a SCORM 2004 4th edition zip and a cmi5 zip, each
 * with its manifest at the root, the whole production build (every file the game loads:
 * nothing comes from the internet), the licence and the third-party notice.
 *
 *   npm run package                                                  one package per bundled scenario
 *   npm run package -- --scenario externship-checkoff --mode assessment
 *   npm run package -- --scenario first-day --seed 4242 --build-dir <a built dist/>
 *   npm run package -- --lrs-origin https://lms.example.edu          a cmi5 package that reaches only that LMS
 *
 * One scenario per package, because an LMS activity holds one grade: an instructor adds the
 * externship check-off as one graded activity and the orientation day as another, each
 * with its own mastery score, rather than one activity whose grade means a different day
 * for each trainee.
 *
 * A package's launch file is the game's `index.html` with an assignment link's query
 * (`scenes/instructor/scenario-link.ts`): the scenario, and the assignment made here (an id,
 * the mode and timer, a seed, the scenario's content hash), so every trainee of the LMS
 * activity plays the same locked day, as with an instructor's assignment link. Without
 * `--mode` the scenario's own mode and timer are used.
 *
 * Manifest rules (what was checked is in `src/reference/source-catalogue.ts`: `adlScorm12`, `adlScorm2004Ed4`, `cmi5Spec`):
 * - SCORM 1.2 Content Aggregation Model, section 2.3: `imsmanifest.xml` at the root of the
 *   package interchange file, namespaces `imscp_rootv1p1p2` and `adlcp_rootv1p2`,
 *   `<schema>ADL SCORM</schema><schemaversion>1.2</schemaversion>`, a resource with
 *   `adlcp:scormtype="sco"`, and the item's `adlcp:masteryscore` (0–100).
 * - SCORM 2004 4th edition CAM, sections 3.4 and 5: namespaces `imscp_v1p1`, `adlcp_v1p3`,
 *   `imsss`, `<schemaversion>2004 4th Edition</schemaversion>`, `adlcp:scormType="sco"`; the
 *   pass mark as the primary objective's `imsss:minNormalizedMeasure` (0–1) with
 *   `satisfiedByMeasure="false"`, so the LMS shows it (`cmi.scaled_passing_score`) but the
 *   game's own verdict stands (a critical finding fails a day whatever its score).
 * - cmi5 (AICC/ADL cmi5 specification, sections 13 and 14): `cmi5.xml` at the root of the zip,
 *   a `courseStructure` with a course and one AU, the AU's `masteryScore` (0–1), `moveOn`
 *   and `launchMethod`, and its `url` relative to the package.
 * The ADL schema files (`.xsd`) the manifests name are not in the packages: this machine has
 * no copy of them and the packages must not fetch them; LMSs read the manifests without them.
 *
 * A package is no offline site: the LMS serves it, and a service worker registered from
 * an LMS's origin would outlive the activity and answer for the LMS's other pages. So a
 * package leaves out the build's service worker, its Workbox runtime and the web app
 * manifest (`OFFLINE_FILES`), and its `index.html` links no manifest, which is what the game
 * looks for before it registers a worker (`scenes/offline/offline-play.ts`).
 */
import { randomBytes, randomInt } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { zipSync, type Zippable } from 'fflate';
import { bundledScenarioLink } from '../scenes/instructor/scenario-link';
import { parseScenarioText } from '../src/scenario/scenario-loader';
import { MODES, type Mode, type Scenario } from '../src/scenario/scenario.schema';
import { assignmentIdFrom, makeAssignment, MAX_ASSIGNED_SEED, type Assignment } from '../src/session/assignment';
import { kilobytes, PROJECT_ROOT } from './built-game';
import { connectSourcesFrom, withConnectSources } from './content-security-policy-plugin';
import { OFFLINE_FILES } from './offline-plugin';
import { buildShipped, noticeText } from './third-party-notice';

/** The packages made for each scenario. */
export const PACKAGE_FORMATS = ['scorm12', 'scorm2004', 'cmi5'] as const;
export type PackageFormat = (typeof PACKAGE_FORMATS)[number];

/** A bundled scenario with its content hash. */
interface PackagedScenario {
  readonly scenario: Scenario;
  readonly contentHash: string;
}

/** Every bundled scenario (`scenarios/*.yaml`), by id. */
async function bundledScenarios(): Promise<Map<string, PackagedScenario>> {
  const dir = join(PROJECT_ROOT, 'scenarios');
  const found = new Map<string, PackagedScenario>();
  for (const name of (await readdir(dir)).filter((file) => file.endsWith('.yaml')).sort()) {
    const loaded = parseScenarioText(await readFile(join(dir, name), 'utf8'), name);
    if (!loaded.ok) throw new Error(`scenarios/${name} does not load: run npm run scenario:check`);
    found.set(loaded.scenario.id, { scenario: loaded.scenario, contentHash: loaded.contentHash });
  }
  return found;
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
async function filesUnder(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { recursive: true })) {
    const path = join(dir, entry);
    if ((await stat(path)).isFile()) files.push(relative(dir, path).split('\\').join('/'));
  }
  return files.sort();
}

function xml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** The launch file with the assignment's query, relative to the package root. */
export function launchHref(assignment: Assignment): string {
  const url = new URL(bundledScenarioLink('https://package.invalid/index.html', assignment.scenarioId, assignment));
  return `index.html${url.search}`;
}

/** What a manifest says of the packaged day. */
interface ManifestFields {
  readonly scenario: Scenario;
  readonly assignment: Assignment;
  readonly files: readonly string[];
}

function fileList(files: readonly string[], indent: string): string {
  return files.map((file) => `${indent}<file href="${xml(file)}"/>`).join('\n');
}

/** The SCORM 1.2 manifest. */
export function scorm12Manifest({ scenario, assignment, files }: ManifestFields): string {
  const id = `clinic-day-${scenario.id}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(id)}-${assignment.id}" version="1"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org-${xml(scenario.id)}">
    <organization identifier="org-${xml(scenario.id)}">
      <title>Clinic Day: ${xml(scenario.title)}</title>
      <item identifier="item-${xml(scenario.id)}" identifierref="sco-${xml(scenario.id)}" isvisible="true">
        <title>${xml(scenario.title)} (${assignment.settings.mode})</title>
        <adlcp:masteryscore>${scenario.scoring.passMark}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco-${xml(scenario.id)}" type="webcontent" adlcp:scormtype="sco" href="${xml(launchHref(assignment))}">
${fileList(files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/** The SCORM 2004 4th edition manifest. */
export function scorm2004Manifest({ scenario, assignment, files }: ManifestFields): string {
  const id = `clinic-day-${scenario.id}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(id)}-${assignment.id}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="org-${xml(scenario.id)}">
    <organization identifier="org-${xml(scenario.id)}">
      <title>Clinic Day: ${xml(scenario.title)}</title>
      <item identifier="item-${xml(scenario.id)}" identifierref="sco-${xml(scenario.id)}">
        <title>${xml(scenario.title)} (${assignment.settings.mode})</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="pass-mark" satisfiedByMeasure="false">
              <imsss:minNormalizedMeasure>${scenario.scoring.passMark / 100}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco-${xml(scenario.id)}" type="webcontent" adlcp:scormType="sco" href="${xml(launchHref(assignment))}">
${fileList(files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/** The cmi5 course structure. */
export function cmi5CourseStructure({ scenario, assignment }: ManifestFields): string {
  const course = `https://clinic-day.invalid/course/${encodeURIComponent(scenario.id)}/${assignment.id}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${xml(course)}">
    <title><langstring lang="en-US">Clinic Day: ${xml(scenario.title)}</langstring></title>
    <description><langstring lang="en-US">${xml(scenario.description ?? scenario.title)}</langstring></description>
  </course>
  <au id="${xml(`${course}/au`)}" moveOn="CompletedAndPassed" masteryScore="${scenario.scoring.passMark / 100}" launchMethod="AnyWindow">
    <title><langstring lang="en-US">${xml(scenario.title)} (${assignment.settings.mode})</langstring></title>
    <description><langstring lang="en-US">${xml(scenario.description ?? scenario.title)}</langstring></description>
    <url>${xml(launchHref(assignment))}</url>
  </au>
</courseStructure>
`;
}

/** The `<link rel="manifest">` a built `index.html` carries (written by vite-plugin-pwa). */
const MANIFEST_LINK = /\s*<link\b[^>]*\brel="manifest"[^>]*>/gi;

/** A built page without its web app manifest link: the game then registers no service worker. */
export function withoutManifestLink(html: string): string {
  return html.replace(MANIFEST_LINK, '');
}

/**
 * A package's zip: the build's files but its offline ones, the licence and notice, and the
 * manifest. A package's pages carry no manifest link (no service worker in an LMS); a cmi5
 * package's pages allow the game to reach its LMS's xAPI endpoint, known only at launch: any
 * `https:` origin, or just `lrsOrigins` when given (`--lrs-origin`).
 */
export async function packageZip(format: PackageFormat, buildDir: string, packaged: PackagedScenario, assignment: Assignment, notice: string, lrsOrigins: readonly string[] = []): Promise<Uint8Array> {
  const files = (await filesUnder(buildDir)).filter((file) => !OFFLINE_FILES.some((offline) => offline.test(file)));
  const zippable: Zippable = {};
  for (const file of files) {
    if (!file.endsWith('.html')) {
      zippable[file] = await readFile(join(buildDir, file));
      continue;
    }
    const page = withoutManifestLink(await readFile(join(buildDir, file), 'utf8'));
    zippable[file] = new TextEncoder().encode(format === 'cmi5' ? withConnectSources(page, lrsOrigins.length > 0 ? lrsOrigins : ['https:']) : page);
  }
  zippable.LICENSE = await readFile(join(PROJECT_ROOT, 'LICENSE'));
  zippable.NOTICE = new TextEncoder().encode(notice);
  const fields = { scenario: packaged.scenario, assignment, files: [...files, 'LICENSE', 'NOTICE'] };
  if (format === 'scorm12') zippable['imsmanifest.xml'] = new TextEncoder().encode(scorm12Manifest(fields));
  else if (format === 'scorm2004') zippable['imsmanifest.xml'] = new TextEncoder().encode(scorm2004Manifest(fields));
  else zippable['cmi5.xml'] = new TextEncoder().encode(cmi5CourseStructure(fields));
  // Fixed dates: the same build packages to the same bytes.
  return zipSync(zippable, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
}

/** The assignment a package plays: its scenario, mode and timer (the scenario's own without `mode`), and a seed. */
export function packageAssignment(packaged: PackagedScenario, options: { readonly mode?: Mode; readonly seed?: number }): Assignment {
  const mode = options.mode ?? packaged.scenario.mode;
  return makeAssignment({
    id: assignmentIdFrom(randomBytes(10)),
    scenarioId: packaged.scenario.id,
    scenarioHash: packaged.contentHash,
    mode,
    timed: options.mode === undefined ? packaged.scenario.timer.enabled : true,
    seed: options.seed ?? randomInt(0, MAX_ASSIGNED_SEED + 1),
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string' },
      mode: { type: 'string' },
      seed: { type: 'string' },
      'build-dir': { type: 'string' },
      'lrs-origin': { type: 'string', multiple: true },
      out: { type: 'string', default: join(PROJECT_ROOT, 'dist-packages') },
    },
  });
  if (values.mode !== undefined && !(MODES as readonly string[]).includes(values.mode)) throw new Error(`--mode must be one of ${MODES.join(', ')}`);
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !(Number.isInteger(seed) && seed >= 0 && seed <= MAX_ASSIGNED_SEED)) throw new Error(`--seed must be a whole number from 0 to ${MAX_ASSIGNED_SEED}`);
  const lrsOrigins = connectSourcesFrom((values['lrs-origin'] ?? []).join(' '));
  const scenarios = await bundledScenarios();
  const chosen = values.scenario === undefined ? [...scenarios.values()] : [scenarios.get(values.scenario)];
  if (chosen.some((each) => each === undefined)) throw new Error(`no bundled scenario "${values.scenario}": one of ${[...scenarios.keys()].join(', ')}`);

  let buildDir = values['build-dir'];
  let temporary: string | null = null;
  // The notice of the build packaged: the repository's NOTICE for a build made elsewhere.
  let notice: string;
  if (buildDir === undefined) {
    temporary = await mkdtemp(join(tmpdir(), 'clinic-day-package-'));
    buildDir = temporary;
    notice = await noticeText(await buildShipped(buildDir));
  } else {
    notice = await readFile(join(PROJECT_ROOT, 'NOTICE'), 'utf8');
  }
  try {
    await mkdir(values.out, { recursive: true });
    for (const packaged of chosen as PackagedScenario[]) {
      const assignment = packageAssignment(packaged, { ...(values.mode === undefined ? {} : { mode: values.mode as Mode }), ...(seed === undefined ? {} : { seed }) });
      for (const format of PACKAGE_FORMATS) {
        const name = `clinic-day-${packaged.scenario.id}-${assignment.settings.mode}-${format}.zip`;
        const zip = await packageZip(format, buildDir, packaged, assignment, notice, lrsOrigins);
        await writeFile(join(values.out, name), zip);
        console.log(`${relative(PROJECT_ROOT, join(values.out, name))}  ${kilobytes(zip.length)}  (assignment ${assignment.id}, seed ${assignment.seed}, mastery ${packaged.scenario.scoring.passMark})`);
      }
    }
  } finally {
    if (temporary !== null) await rm(temporary, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
