/**
 * What the page does with its address when it opens: `?instructor` opens the instructor
 * page; `?scenario=<id>` opens that bundled scenario at once (its own lock decides mode and
 * timer); `#scenario=…` reads the custom scenario carried in the link and opens it. With an
 * assignment beside the scenario, the day is the assignment's: its mode, timer and seed, on
 * the scenario version it was made for. A link that cannot be followed leaves the trainee on
 * the title with the reason.
 */
import type { Assignment } from '../../src/session/assignment';
import type { ClinicApp, LaunchRequest } from '../clinic-app';
import type { DayScenario } from '../persistence/saved-day';
import { decompressFromBase64Url, readLink } from './scenario-link';

/** Name given to a scenario read from a link, in its located problems. */
export const LINK_FILE_NAME = 'scenario from the link';

/** Decides what the page opens with, setting the app's custom scenario when the link carries one. */
export async function launchFromAddress(app: ClinicApp, href: string): Promise<LaunchRequest> {
  const link = readLink(href);
  if (link.instructor) return { kind: 'instructor' };
  if (link.assignment && !link.assignment.ok) {
    return { kind: 'title', message: 'The assignment in the link is not valid: was the link copied in full?', problems: link.assignment.problems };
  }
  const assignment = link.assignment?.assignment;
  if (link.customPayload !== null) {
    let text: string;
    try {
      text = await decompressFromBase64Url(link.customPayload);
    } catch (error) {
      return { kind: 'title', message: `The assignment link could not be opened: ${error instanceof Error ? error.message : String(error)}.`, problems: [] };
    }
    const read = await app.readCustomScenario(text, LINK_FILE_NAME);
    if (!('scenario' in read)) return { kind: 'title', message: 'The scenario in the assignment link is not valid.', problems: read.problems };
    app.setCustomScenario(read);
    return playing(read, assignment);
  }
  if (link.bundledId !== null) {
    const day = await app.loadDay(link.bundledId);
    if (day) return playing(day, assignment);
    return { kind: 'title', message: `The assignment link names the scenario "${link.bundledId}", which this version does not include.`, problems: [] };
  }
  return { kind: 'title', message: null, problems: [] };
}

/** Plays `day`, as `assignment` when the link carries one made for this very scenario. */
function playing(day: DayScenario, assignment: Assignment | undefined): LaunchRequest {
  if (!assignment) return { kind: 'play', key: day.key };
  if (assignment.scenarioId !== day.scenario.id || assignment.scenarioHash !== day.contentHash) {
    return {
      kind: 'title',
      message: `The assignment ${assignment.id} was made for another version of "${day.scenario.title}" than this one: ask your instructor for a new link.`,
      problems: [],
    };
  }
  return { kind: 'play', key: day.key, assignment };
}
