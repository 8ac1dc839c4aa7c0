/**
 * Everything a clinic day needs beyond the title screen, in chunks of their own that the
 * page fetches when the first day starts (`ClinicApp.loadDayKit`, behind the loading
 * screen's progress bar): the floor and debrief scenes with their stations and panels, and
 * the domain they drive (sessions and their workflows, scoring, the result file). The
 * title screen, its settings and the scenario list start without any of it.
 */
import type { Game } from 'phaser';
import type { ClinicApp } from './clinic-app';
import { ClinicFloorScene } from './clinic-floor-scene';
import { DebriefScene } from './debrief-scene';
import { SceneKeys } from './keys';

export { scoreDay } from '../src/scoring/score';
export { EncounterWatch } from '../src/session/day-view';
export { resultFile } from '../src/session/result-file';
export { Session } from '../src/session/session';
export { DayRunner } from './day-runner';
export { resumeSession } from './persistence/resume-session';
export { historyRecord } from './persistence/save-format';

/** Adds the floor and debrief scenes to the game, once. */
export function registerDayScenes(game: Game, app: ClinicApp): void {
  if (game.scene.getScene(SceneKeys.ClinicFloor) === null) game.scene.add(SceneKeys.ClinicFloor, new ClinicFloorScene(app), false);
  if (game.scene.getScene(SceneKeys.Debrief) === null) game.scene.add(SceneKeys.Debrief, new DebriefScene(app), false);
}
