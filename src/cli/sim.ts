/**
 * `npm run sim -- <scenario file or bundled id> --trainee expert|novice [--seed N] [--json] [--out result.json]`
 *
 * Plays a whole day headless with a scripted trainee and prints the debrief (or, with
 * --json, one JSON document); --out writes the full result file that `npm run grade`
 * verifies.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatProblem } from '../scenario/scenario-loader';
import { debriefText } from '../scoring/debrief';
import { scoreDay } from '../scoring/score';
import { resultFile } from '../session/result-file';
import { playDay, scriptedTrainee } from '../trainees/play-day';
import { TRAINEE_NAMES, type TraineeName } from '../trainees/trainee';
import { appVersion, readScenarioFile } from './scenario-file';
import { simSummaryText } from './sim-summary';

const USAGE = 'usage: npm run sim -- <scenario file or bundled id> --trainee expert|novice [--seed N] [--json] [--out result.json]';

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        trainee: { type: 'string', default: 'expert' },
        seed: { type: 'string', default: '1' },
        json: { type: 'boolean', default: false },
        out: { type: 'string' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  if (!(TRAINEE_NAMES as readonly string[]).includes(values.trainee)) {
    console.error(`--trainee must be one of: ${TRAINEE_NAMES.join(', ')}\n${USAGE}`);
    return 2;
  }
  const seed = Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    console.error(`--seed must be a whole number from 0 to 4294967295, not "${values.seed}"\n${USAGE}`);
    return 2;
  }
  const loaded = readScenarioFile(positionals[0]!);
  if (!loaded.ok) {
    for (const problem of loaded.problems) console.error(formatProblem(problem));
    return 1;
  }
  const { scenario, contentHash } = loaded;
  const traineeName = values.trainee as TraineeName;
  const session = playDay(scenario, scriptedTrainee(traineeName, scenario, seed), { seed });
  const result = scoreDay(session.record());
  if (values.out) {
    const file = resultFile({
      appVersion: appVersion(),
      scenarioId: scenario.id,
      scenarioHash: contentHash,
      seed,
      settings: session.settings,
      player: traineeName,
      log: session.log,
      result,
    });
    writeFileSync(values.out, `${JSON.stringify(file, null, 2)}\n`);
  }
  if (values.json) {
    process.stdout.write(simSummaryText(scenario.id, seed, result));
  } else {
    process.stdout.write(`${debriefText(result, `${scenario.title} (${traineeName}, seed ${seed})`)}\n`);
    if (values.out) process.stdout.write(`\nResult file written to ${values.out}\n`);
  }
  session.dispose();
  return 0;
}

process.exitCode = main(process.argv.slice(2));
