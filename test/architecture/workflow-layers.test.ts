import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/** Every TypeScript file under a folder of the project, as a path from the project root. */
function filesUnder(folder: string): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return filesUnder(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** One import of the project's own code: the importing file and the module it names, both from the project root, without `.ts`. */
interface Edge {
  readonly from: string;
  readonly to: string;
}

/** A file's code without its comments, so that an example in a comment is not taken for an import. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

/** `from './x'`, `import './x'` and `import('./x')`: the relative module specifiers of a file. */
const RELATIVE_IMPORT = /\b(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g;

/** The project-internal imports of a file (type-only imports count: they tie the layers as much as values do). */
function edgesOf(file: string): Edge[] {
  return [...withoutComments(readFileSync(join(root, file), 'utf8')).matchAll(RELATIVE_IMPORT)].map((match) => ({
    from: file.replace(/\.ts$/, ''),
    to: relative(root, resolve(root, dirname(file), match[1]!)).replace(/\.ts$/, ''),
  }));
}

/** The folders of src/workflows/ that are not workflows: what sibling workflows share. */
const SHARED = 'src/workflows/shared';

/** The files of src/workflows/ that a workflow builds on: the machine's input and output, the step runner. */
const FRAMEWORK = ['src/workflows/workflow', 'src/workflows/workflow-steps'];

/** Where the layers above the workflows live: the day, the session, the scripted trainees, the command line, the screen. */
const ABOVE = ['src/clinic/', 'src/session/', 'src/trainees/', 'src/cli/', 'scenes/'];

/** The layers below the workflows: they never import a workflow, nor anything above one. */
const BELOW = ['src/domain/', 'src/reference/', 'src/scenario/'];

/** The workflow folder a path belongs to (`vitals` for `src/workflows/vitals/vitals.machine`), or null. */
function workflowOf(path: string): string | null {
  const match = /^src\/workflows\/([^/]+)\//.exec(path);
  return match && `src/workflows/${match[1]}` !== SHARED ? match[1]! : null;
}

/** Why an import breaks the layering, or null when it is allowed. */
function layeringProblem({ from, to }: Edge): string | null {
  const owner = workflowOf(from);
  const inShared = from.startsWith(`${SHARED}/`);
  const target = workflowOf(to);
  if (owner !== null || inShared) {
    const who = owner !== null ? `the ${owner} workflow` : 'src/workflows/shared/';
    if (target !== null && target !== owner) return `${who} imports the ${target} workflow`;
    if (to.startsWith('src/workflows/') && workflowOf(to) === null && !to.startsWith(`${SHARED}/`) && !FRAMEWORK.includes(to)) return `${who} imports ${to}, a list of every workflow`;
    const above = ABOVE.find((layer) => to.startsWith(layer));
    if (above) return `${who} imports ${to}, a layer above the workflows`;
    return null;
  }
  if (BELOW.some((layer) => from.startsWith(layer))) {
    if (to.startsWith('src/workflows/')) return `${from} imports ${to}: the layers below the workflows never import one`;
    const above = ABOVE.find((layer) => to.startsWith(layer));
    if (above) return `${from} imports ${to}, a layer above the workflows`;
  }
  return null;
}

describe('the layering of the workflows', () => {
  const edges = [...filesUnder('src'), ...filesUnder('scenes')].flatMap(edgesOf);
  const broken = edges.filter((edge) => layeringProblem(edge) !== null);

  it('has imports to check, in the workflows and the layers below them', () => {
    expect(edges.filter((edge) => workflowOf(edge.from) !== null).length).toBeGreaterThan(50);
    expect(edges.filter((edge) => edge.from.startsWith(`${SHARED}/`)).length).toBeGreaterThan(3);
    expect(edges.filter((edge) => BELOW.some((layer) => edge.from.startsWith(layer))).length).toBeGreaterThan(10);
  });

  it('lets no workflow import a sibling workflow or a layer above it, no shared module import a workflow, and no lower layer import either', () => {
    const offenders = broken.map((edge) => `${edge.from}: ${layeringProblem(edge)}`);
    expect(offenders).toEqual([]);
  });

  it('finds each kind of broken import in a sample, so the scan itself works', () => {
    expect(layeringProblem({ from: 'src/workflows/specimen/specimen.rules', to: 'src/workflows/vitals/vitals.rules' })).toBe('the specimen workflow imports the vitals workflow');
    expect(layeringProblem({ from: 'src/workflows/intake/intake.machine', to: 'src/session/session' })).toBe('the intake workflow imports src/session/session, a layer above the workflows');
    expect(layeringProblem({ from: 'src/workflows/vitals/vitals.machine', to: 'src/workflows/workflows' })).toBe('the vitals workflow imports src/workflows/workflows, a list of every workflow');
    expect(layeringProblem({ from: 'src/workflows/shared/appointment-book', to: 'src/workflows/scheduling/scheduling.rules' })).toBe('src/workflows/shared/ imports the scheduling workflow');
    expect(layeringProblem({ from: 'src/domain/day-environment', to: 'src/workflows/vitals/vitals.machine' })).toBe(
      'src/domain/day-environment imports src/workflows/vitals/vitals.machine: the layers below the workflows never import one',
    );
    expect(layeringProblem({ from: 'src/scenario/scenario.schema', to: 'src/clinic/encounter.machine' })).toBe('src/scenario/scenario.schema imports src/clinic/encounter.machine, a layer above the workflows');
    expect(layeringProblem({ from: 'src/workflows/specimen/specimen.machine', to: 'src/workflows/shared/patient-contact' })).toBeNull();
    expect(layeringProblem({ from: 'src/workflows/specimen/specimen.machine', to: 'src/workflows/workflow-steps' })).toBeNull();
    expect(layeringProblem({ from: 'src/workflows/specimen/specimen.machine', to: 'src/domain/day-environment' })).toBeNull();
    expect(layeringProblem({ from: 'src/session/session', to: 'src/workflows/specimen/specimen.machine' })).toBeNull();
  });
});
