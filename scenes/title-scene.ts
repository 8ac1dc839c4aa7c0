/**
 * The title screen: the game's name and the clinic drawn on the canvas, and the scenario
 * picker as an HTML panel on the `#panels` layer. Starting a day reports the chosen
 * scenario in the panel's status line; the clinic floor scene is not part of this build.
 */
import { Scene, Scenes } from 'phaser';
import { SceneKeys, TextureKeys } from './keys';
import { loadBundledScenarioCatalog } from './scenario-catalog';
import { openScenarioPickerPanel, type ScenarioPickerPanel } from './scenario-picker-panel';
import { FontStack, Ink, Palette } from './theme';

const GROUND_TOP = 650;
const LEFT_MARGIN = 72;

/** The first screen a trainee sees: choose a scenario and start a day. */
export class TitleScene extends Scene {
  private panel: ScenarioPickerPanel | undefined;

  constructor() {
    super(SceneKeys.Title);
  }

  create(): void {
    this.drawBackdrop();
    this.drawHeading();

    this.panel = openScenarioPickerPanel({
      root: panelsLayer(),
      catalog: loadBundledScenarioCatalog(),
      onNewDay: (scenarioId) => {
        this.panel?.showStatus(
          `Chosen scenario: ${scenarioId}. The clinic floor is not in this build yet, so the day cannot start.`,
        );
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

function panelsLayer(): HTMLElement {
  const layer = document.getElementById('panels');
  if (!layer) throw new Error('index.html must contain <div id="panels"> for the HTML panels');
  return layer;
}
