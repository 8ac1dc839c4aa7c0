/**
 * Zod as the game uses it: `zod/mini`, whose schemas carry only what they use, so the browser
 * does not ship the whole of classic Zod (its chained methods and JSON Schema generation) to
 * validate a few structures. Every schema module imports `z` from here, never from 'zod', so
 * the configuration below runs before any schema is built:
 *
 * - the English messages classic Zod installs by default ("Too small: expected number to be
 *   >=0"), which `zod/mini` leaves out;
 * - the memoizer that lets Zod walk inputs whose objects repeat or refer to themselves (YAML
 *   aliases), which classic Zod also installs by default.
 */
import en from 'zod/v4/locales/en.js';
import { z } from 'zod/mini';

z.config({ ...en(), memoizer: z.memoizer() });

export { z };
