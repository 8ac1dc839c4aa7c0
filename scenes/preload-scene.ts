/**
 * The loading screen: the logo, a progress bar that follows the loader, and the name of
 * the file being fetched. When every asset is in, it starts the title scene; when one
 * fails, it says which and stays, rather than opening a screen with missing art.
 */
import { Loader, Scene, type GameObjects } from 'phaser';
import { LogoAsset, PreloadAssets, SceneKeys } from './keys';
import { FontStack, Ink, Palette } from './theme';

const BAR_WIDTH = 480;
const BAR_HEIGHT = 20;

/** Loads the game's assets behind a real progress bar. */
export class PreloadScene extends Scene {
  private readonly failedFiles: string[] = [];
  private statusLine: GameObjects.Text | undefined;

  constructor() {
    super(SceneKeys.Preload);
  }

  preload(): void {
    const { width, height } = this.scale.gameSize;
    const centreX = width / 2;
    const barTop = height / 2 + 40;
    this.cameras.main.setBackgroundColor(Ink.sky);

    this.add.image(centreX, barTop - 110, LogoAsset.key);
    const track = this.add.graphics();
    track.fillStyle(Palette.track, 1).fillRoundedRect(centreX - BAR_WIDTH / 2, barTop, BAR_WIDTH, BAR_HEIGHT, BAR_HEIGHT / 2);
    const bar = this.add.graphics();
    const label = this.add
      .text(centreX, barTop + BAR_HEIGHT + 24, 'Loading…', { fontFamily: FontStack, fontSize: '22px', color: Ink.body })
      .setOrigin(0.5, 0);
    this.statusLine = label;

    this.load.on(Loader.Events.PROGRESS, (progress: number) => {
      bar.clear();
      const filled = Math.max(BAR_HEIGHT, BAR_WIDTH * progress);
      bar.fillStyle(Palette.teal, 1).fillRoundedRect(centreX - BAR_WIDTH / 2, barTop, filled, BAR_HEIGHT, BAR_HEIGHT / 2);
    });
    this.load.on(Loader.Events.FILE_PROGRESS, (file: Loader.File) => {
      label.setText(`Loading ${fileName(file)}`);
    });
    this.load.on(Loader.Events.FILE_LOAD_ERROR, (file: Loader.File) => {
      this.failedFiles.push(fileName(file));
    });

    for (const { key, url, width: svgWidth, height: svgHeight } of PreloadAssets) {
      this.load.svg(key, url, { width: svgWidth, height: svgHeight });
    }
  }

  create(): void {
    if (this.failedFiles.length > 0) {
      this.statusLine
        ?.setText(`Could not load ${this.failedFiles.join(', ')}. Reload the page to try again.`)
        .setColor(Ink.alert)
        .setWordWrapWidth(this.scale.gameSize.width - 160)
        .setAlign('center');
      return;
    }
    this.scene.start(SceneKeys.Title);
  }
}

function fileName(file: Loader.File): string {
  return typeof file.url === 'string' ? file.url : file.key;
}
