/**
 * The browser entry point: creates the Phaser game in `#game` at a logical 1280×720 that
 * scales to fit the window while keeping its proportions, and registers the scenes in the
 * order they run, each with the page's shared `ClinicApp`.
 */
import { AUTO, Game, Scale } from 'phaser';
import { BootScene } from './boot-scene';
import { ClinicApp } from './clinic-app';
import { ClinicFloorScene } from './clinic-floor-scene';
import { DebriefScene } from './debrief-scene';
import { installDevHook } from './dev-hook';
import { PreloadScene } from './preload-scene';
import { loadBundledScenarioCatalog } from './scenario-catalog';
import { defaultGameSettings } from './settings';
import { GameSize, Ink } from './theme';
import { TitleScene } from './title-scene';

const app = new ClinicApp(loadBundledScenarioCatalog(), defaultGameSettings(window.matchMedia('(prefers-reduced-motion: reduce)').matches));

const game = new Game({
  type: AUTO,
  parent: 'game',
  width: GameSize.width,
  height: GameSize.height,
  backgroundColor: Ink.sky,
  banner: false,
  // The game's sounds are made with WebAudio by `SoundBoard`; Phaser's own audio stays off.
  audio: { noAudio: true },
  scale: {
    mode: Scale.FIT,
    autoCenter: Scale.CENTER_BOTH,
  },
  scene: [new BootScene(), new PreloadScene(), new TitleScene(app), new ClinicFloorScene(app), new DebriefScene(app)],
});

installDevHook(game, app);
