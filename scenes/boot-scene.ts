/**
 * The first scene: loads only the logo the preload scene shows above its progress bar,
 * then hands over to the preload scene.
 */
import { Scene } from 'phaser';
import { LogoAsset, SceneKeys } from './keys';

/** Loads what the loading screen itself needs. */
export class BootScene extends Scene {
  constructor() {
    super(SceneKeys.Boot);
  }

  preload(): void {
    const { key, url, width, height } = LogoAsset;
    this.load.svg(key, url, { width, height });
  }

  create(): void {
    this.scene.start(SceneKeys.Preload);
  }
}
