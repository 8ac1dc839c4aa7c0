/**
 * The title screen: the game's name and the clinic drawn on the canvas, and an HTML panel
 * on the `#panels` layer with the bundled scenarios, the settings and "New day", which
 * opens the clinic floor on the chosen scenario.
 */
import { Scene, Scenes } from 'phaser';
import type { ClinicApp } from './clinic-app';
import type { FloorData } from './clinic-floor-scene';
import { panelsLayer } from './dom';
import { SceneKeys, TextureKeys } from './keys';
import { openScenarioPickerPanel, type ScenarioPickerPanel } from './scenario-picker-panel';
import { FontStack, Ink, Palette } from './theme';
import { buildTitleSettings } from './title-settings';

const GROUND_TOP = 650;
const LEFT_MARGIN = 72;

/** The first screen a trainee sees: choose a scenario and the settings, and start a day. */
export class TitleScene extends Scene {
  readonly #app: ClinicApp;
  private panel: ScenarioPickerPanel | undefined;

  constructor(app: ClinicApp) {
    super(SceneKeys.Title);
    this.#app = app;
  }

  create(): void {
    this.drawBackdrop();
    this.drawHeading();

    const settings = buildTitleSettings(this.#app.settings);
    this.panel = openScenarioPickerPanel({
      root: panelsLayer(),
      catalog: this.#app.catalog,
      initialId: this.#app.lastScenarioId,
      extra: settings.root,
      onSelect: (scenarioId) => settings.showScenario(this.#app.scenario(scenarioId)),
      onNewDay: (scenarioId) => {
        if (!this.#app.scenario(scenarioId)) {
          this.panel?.showStatus(`The scenario "${scenarioId}" cannot be played.`);
          return;
        }
        this.#app.sounds.unlock();
        const data: FloorData = { scenarioId };
        this.scene.start(SceneKeys.ClinicFloor, data);
      },
    });
    this.events.once(Scenes.Events.SHUTDOWN, () => {
      this.panel?.close();
      this.panel = undefined;
    });
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
      .setOrigin(0, 0.5);
    this.add.text(
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
    );
  }
}
