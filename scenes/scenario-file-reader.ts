/**
 * Reads a scenario file the instructor chooses in the browser into its text, as the command
 * line reads one: the size limit is applied from `File.size` before a byte is read (a 5 MB
 * file is refused at once, the limit in the message), and the bytes are decoded by the
 * loader's `decodeScenarioBytes`, so a byte that is not UTF-8 is located at its line and
 * column and a byte-order mark is dropped, exactly as `scenario:check` does.
 */
import { formatProblem, MAX_SCENARIO_BYTES, scenarioTooLarge } from '../src/scenario/scenario-problem';
import { loadScenarioLoader } from './scenario-catalog';

/** What is read of a chosen file: a `File`, or anything with its name, size and bytes. */
export interface ChosenScenarioFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The text of a chosen scenario file, or its located problems as `file:line:col: message`. */
export type ChosenScenarioText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problems: readonly string[] };

/** Reads a chosen scenario file: refused by its size before it is read, else decoded as UTF-8 text. */
export async function readChosenScenarioFile(file: ChosenScenarioFile): Promise<ChosenScenarioText> {
  if (file.size > MAX_SCENARIO_BYTES) return { ok: false, problems: [formatProblem(scenarioTooLarge(file.name, file.size))] };
  const [loader, buffer] = await Promise.all([loadScenarioLoader(), file.arrayBuffer()]);
  const decoded = loader.decodeScenarioBytes(new Uint8Array(buffer), file.name);
  return decoded.ok ? decoded : { ok: false, problems: decoded.problems.map(formatProblem) };
}
