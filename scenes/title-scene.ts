/**
 * The title scene: the game's name and the clinic drawn on the canvas behind the title
 * screen's panels (`title-screen.ts`), and the stage through which the screen starts a day
 * or a debrief. The page shows the screen before the game has started; the scene's first
 * start finds it open and only draws behind it. Started again (back from a day or a
 * debrief, or with a reason a day could not load), it shows the view it is given.
 */
import { Scene, Scenes } from 'phaser';
import type { ClinicApp } from './clinic-app';
import { SceneKeys, TextureKeys } from './keys';
import type { LoadStep, PreloadData, SceneStart } from './preload-scene';
import { FontStack, Ink, Palette } from './theme';
import type { TitleData, TitleScreen, TitleStage } from './title-screen';

export type { TitleData } from './title-screen';

const GROUND_TOP = 650;
const LEFT_MARGIN = 72;

/** Draws the title's canvas and starts the day's scenes for the title screen. */
export class TitleScene extends Scene implements TitleStage {
  readonly #app: ClinicApp;
  readonly #screen: TitleScreen;
  #data: TitleData = {};

  constructor(app: ClinicApp, screen: TitleScreen) {
    super(SceneKeys.Title);
    this.#app = app;
    this.#screen = screen;
  }

  init(data: TitleData): void {
    this.#data = data ?? {};
    // Phaser starts a scene with its last data when given none ("Choose another" after a
    // retried day): what was asked once (a briefing) must not come back by itself.
    this.sys.settings.data = {};
  }

  create(): void {
    this.drawBackdrop();
    this.drawHeading();
    this.events.once(Scenes.Events.SHUTDOWN, () => this.#screen.close());
    this.#screen.attach(this);
    // The page opened the screen before the game started: the trainee may be anywhere in it by now.
    if (!this.#screen.open) this.#screen.show(this.#data);
  }

  startWithDayKit(next: SceneStart, after: readonly LoadStep[] = []): void {
    const app = this.#app;
    const game = this.game;
    const kit: LoadStep = {
      label: 'the clinic floor',
      run: async () => {
        await app.loadDayKit(game);
      },
    };
    const data: PreloadData = { steps: [kit, ...after], next };
    this.scene.start(SceneKeys.Preload, data);
  }

  private drawBackdrop(): void {
    const { width, height } = this.scale.gameSize;
    this.cameras.main.setBackgroundColor(Ink.sky);
    const ground = this.add.graphics();
    ground.fillStyle(Palette.ground, 1).fillRect(0, GROUND_TOP, width, height - GROUND_TOP);
    ground.fillStyle(Palette.groundEdge, 1).fillRect(0, GROUND_TOP, width, 4);
    this.add.image(LEFT_MARGIN - 16, GROUND_TOP + 14, TextureKeys.ClinicFront).setOrigin(0, 1);
  }

  private drawHeading(): void {
    const logo = this.add.image(LEFT_MARGIN, 64, TextureKeys.Logo).setOrigin(0, 0).setDisplaySize(104, 104);
    this.add
      .text(logo.x + logo.displayWidth + 24, logo.y + logo.displayHeight / 2, 'Clinic Day', {
        fontFamily: FontStack,
        fontSize: '76px',
        fontStyle: 'bold',
        color: Ink.heading,
        resolution: 2,
      })
      .setOrigin(0, 0.5)
      .setName('title-name');
    this.add
      .text(
        LEFT_MARGIN,
        logo.y + logo.displayHeight + 32,
        'Work a clinic day as a medical-assistant trainee: check patients in, take vitals, collect specimens, book follow-ups and bill the visits.',
        {
          fontFamily: FontStack,
          fontSize: '26px',
          color: Ink.body,
          lineSpacing: 8,
          wordWrap: { width: 540 },
          resolution: 2,
        },
      )
      .setName('title-tagline');
  }
}
