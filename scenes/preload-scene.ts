/**
 * The loading screen: the logo, a progress bar that follows the loader, and the name of
 * the file being fetched. When every asset is in, it starts the title scene; when one
 * fails, it says which and stays, rather than opening a screen with missing art.
 *
 * The title scene opens it again before a day starts (or a debrief opens) with the steps
 * that fetch the day's code and, for "Continue", replay the saved day: the bar then moves
 * step by step, each step named under it, and the scene asked for starts when all are
 * done. A step that fails sends the trainee back to the title with the reason.
 */
import { Loader, Scene, type GameObjects } from 'phaser';
import { LogoAsset, PreloadAssets, SceneKeys, type SceneKey } from './keys';
import { FontStack, Ink, Palette } from './theme';
import type { TitleData } from './title-screen';

const BAR_WIDTH = 480;
const BAR_HEIGHT = 20;

/** A scene to start, with its data. */
export interface SceneStart {
  readonly key: SceneKey;
  readonly data?: object;
}

/** One step of loading that is not a file of the loader: fetching code, replaying a day. */
export interface LoadStep {
  /** What the step loads, for the line under the bar ("the clinic floor"). */
  readonly label: string;
  /** Does the step; resolves with another scene to go to instead when the rest cannot follow. */
  run(): Promise<SceneStart | void>;
}

/** What the loading screen is started with; the first start (no data) loads the assets and opens the title. */
export interface PreloadData {
  readonly steps?: readonly LoadStep[];
  /** The scene to start once every step is done. */
  readonly next?: SceneStart;
}

/** Loads the game's assets, and later the day's code, behind a real progress bar. */
export class PreloadScene extends Scene {
  private readonly failedFiles: string[] = [];
  private statusLine: GameObjects.Text | undefined;
  #steps: readonly LoadStep[] = [];
  #next: SceneStart = { key: SceneKeys.Title };
  #drawBar: (progress: number) => void = () => {};

  constructor() {
    super(SceneKeys.Preload);
  }

  init(data: PreloadData | undefined): void {
    this.#steps = data?.steps ?? [];
    this.#next = data?.next ?? { key: SceneKeys.Title };
    this.failedFiles.length = 0;
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

    this.#drawBar = (progress: number) => {
      bar.clear();
      const filled = Math.max(BAR_HEIGHT, BAR_WIDTH * progress);
      bar.fillStyle(Palette.teal, 1).fillRoundedRect(centreX - BAR_WIDTH / 2, barTop, filled, BAR_HEIGHT, BAR_HEIGHT / 2);
    };
    // The assets are loaded once; later starts of this scene only run their steps.
    if (this.#steps.length > 0) return;
    this.load.on(Loader.Events.PROGRESS, (progress: number) => this.#drawBar(progress));
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
    if (this.#steps.length === 0) {
      this.scene.start(this.#next.key, this.#next.data);
      return;
    }
    void this.#runSteps(this.#steps, this.#next);
  }

  async #runSteps(steps: readonly LoadStep[], next: SceneStart): Promise<void> {
    for (const [index, step] of steps.entries()) {
      this.#drawBar(index / steps.length);
      this.statusLine?.setText(`Loading ${step.label}…`);
      try {
        const instead = await step.run();
        if (instead) {
          if (this.scene.isActive()) this.scene.start(instead.key, instead.data);
          return;
        }
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const data: TitleData = { status: `Could not load ${step.label}: ${reason}` };
        if (this.scene.isActive()) this.scene.start(SceneKeys.Title, data);
        return;
      }
      // The trainee may have left the page's game meanwhile (it was destroyed).
      if (!this.scene.isActive()) return;
    }
    this.#drawBar(1);
    this.scene.start(next.key, next.data);
  }
}

function fileName(file: Loader.File): string {
  return typeof file.url === 'string' ? file.url : file.key;
}
