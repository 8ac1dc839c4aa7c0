/**
 * The browser entry point: creates the Phaser game in `#game` at a logical 1280×720 that
 * scales to fit the window while keeping its proportions, and registers the scenes in the
 * order they run.
 */
import { AUTO, Game, Scale } from 'phaser';
import { BootScene } from './boot-scene';
import { installDevHook } from './dev-hook';
import { PreloadScene } from './preload-scene';
import { GameSize, Ink } from './theme';
import { TitleScene } from './title-scene';

const game = new Game({
  type: AUTO,
  parent: 'game',
  width: GameSize.width,
  height: GameSize.height,
  backgroundColor: Ink.sky,
  banner: false,
  scale: {
    mode: Scale.FIT,
    autoCenter: Scale.CENTER_BOTH,
  },
  scene: [BootScene, PreloadScene, TitleScene],
});

installDevHook(game);
