/**
 * `npm run sim -- [<scenario file or bundled id>] --trainee expert|novice [--seed N] [--pace S] [--json] [--out result.json]`
 *
 * Plays a whole day headless with a scripted trainee and prints the debrief (or, with
 * --json, one JSON document); --out writes the full result file that `npm run grade`
 * verifies. With no scenario it plays the bundled default day (`whole-day`).
 *
 * --pace S plays at a person's pace (`src/trainees/paced-play.ts`): S real seconds of
 * thinking pass on the clinic clock (at the scenario's seconds per clinic minute, 1×) before
 * every decision on the floor; the first line printed (or the JSON's `pace`) says whether
 * the day was finished by closing, with how many minutes to spare, the visits unfinished
 * and the lateness findings.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatProblem } from '../scenario/scenario-loader';
import { debriefText } from '../scoring/debrief';
import { scoreDay } from '../scoring/score';
import { resultFile } from '../session/result-file';
import { paceLine, paceSummary, playDayPaced } from '../trainees/paced-play';
import { playDay, scriptedTrainee } from '../trainees/play-day';
import { TRAINEE_NAMES, type TraineeName } from '../trainees/trainee';
import { appVersion, readScenarioFile } from './scenario-file';
import { simSummaryText } from './sim-summary';

const USAGE = 'usage: npm run sim -- [<scenario file or bundled id>] --trainee expert|novice [--seed N] [--pace S] [--json] [--out result.json]';

/** The bundled day `npm run sim` plays when no scenario is named: the whole 08:00–17:00 day. */
const DEFAULT_SIM_SCENARIO = 'whole-day';

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        trainee: { type: 'string', default: 'expert' },
        seed: { type: 'string', default: '1' },
        pace: { type: 'string' },
        json: { type: 'boolean', default: false },
        out: { type: 'string' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) {
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
  const secondsPerDecision = values.pace === undefined ? null : Number(values.pace);
  if (secondsPerDecision !== null && !(Number.isFinite(secondsPerDecision) && secondsPerDecision >= 0 && secondsPerDecision <= 600)) {
    console.error(`--pace must be a number of seconds from 0 to 600, not "${values.pace}"\n${USAGE}`);
    return 2;
  }
  const loaded = readScenarioFile(positionals[0] ?? DEFAULT_SIM_SCENARIO);
  if (!loaded.ok) {
    for (const problem of loaded.problems) console.error(formatProblem(problem));
    return 1;
  }
  const { scenario, contentHash } = loaded;
  const traineeName = values.trainee as TraineeName;
  const trainee = scriptedTrainee(traineeName, scenario, seed);
  const paced = secondsPerDecision === null ? null : playDayPaced(scenario, trainee, { seed, secondsPerDecision });
  const session = paced?.session ?? playDay(scenario, trainee, { seed });
  const result = scoreDay(session.record());
  const pace = paced === null ? null : paceSummary(scenario, session, paced.pace, result, secondsPerDecision!);
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
    process.stdout.write(pace === null ? simSummaryText(scenario.id, seed, result) : `${JSON.stringify({ ...JSON.parse(simSummaryText(scenario.id, seed, result)), pace }, null, 2)}\n`);
  } else {
    if (pace !== null) process.stdout.write(`${paceLine(pace)}\n\n`);
    process.stdout.write(`${debriefText(result, `${scenario.title} (${traineeName}, seed ${seed})`)}\n`);
    if (values.out) process.stdout.write(`\nResult file written to ${values.out}\n`);
  }
  session.dispose();
  return 0;
}

process.exitCode = main(process.argv.slice(2));
