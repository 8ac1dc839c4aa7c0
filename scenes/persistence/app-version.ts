/**
 * The version of this build of the game, from package.json, as saved days and result files
 * record it (the command-line tools read the same field).
 */
import { version } from '../../package.json';

/** The app version written into saved days and result files. */
export const APP_VERSION: string = version;
