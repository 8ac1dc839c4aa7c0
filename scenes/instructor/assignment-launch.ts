/**
 * What the page does with its address when it opens: `?instructor` opens the instructor
 * page; `?scenario=<id>` opens that bundled scenario at once (its own lock decides mode and
 * timer); `#scenario=…` reads the custom scenario carried in the link and opens it. A link
 * that cannot be followed leaves the trainee on the title with the reason.
 */
import type { ClinicApp, LaunchRequest } from '../clinic-app';
import { decompressFromBase64Url, readLink } from './scenario-link';

/** Name given to a scenario read from a link, in its located problems. */
export const LINK_FILE_NAME = 'scenario from the link';

/** Decides what the page opens with, setting the app's custom scenario when the link carries one. */
export async function launchFromAddress(app: ClinicApp, href: string): Promise<LaunchRequest> {
  const link = readLink(href);
  if (link.instructor) return { kind: 'instructor' };
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
    return { kind: 'play', key: read.key };
  }
  if (link.bundledId !== null) {
    if (app.bundledDay(link.bundledId)) return { kind: 'play', key: link.bundledId };
    return { kind: 'title', message: `The assignment link names the scenario "${link.bundledId}", which this version does not include.`, problems: [] };
  }
  return { kind: 'title', message: null, problems: [] };
}
