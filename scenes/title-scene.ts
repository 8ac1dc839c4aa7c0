/**
 * The title screen: the game's name and the clinic drawn on the canvas, and an HTML panel
 * on the `#panels` layer with the unfinished day ("Continue"), the bundled scenarios and an
 * imported one, the settings, the assignment tools and "New day", which opens the clinic
 * floor on the chosen scenario. The same scene shows the history and the instructor page
 * in place of the picker, and follows an assignment link on opening.
 */
import { Scene, Scenes } from 'phaser';
import type { ClinicApp, DebriefData } from './clinic-app';
import type { FloorData } from './clinic-floor-scene';
import { confirmDialog } from './confirm-dialog';
import { panelsLayer } from './dom';
import { buildAssignmentTools } from './instructor/assignment-tools';
import { SceneKeys, TextureKeys } from './keys';
import { buildContinueCard } from './persistence/continue-card';
import type { LoadStep, PreloadData, SceneStart } from './preload-scene';
import { DEFAULT_SCENARIO_ID, type PlayableScenarioEntry, type ScenarioCatalogEntry } from './scenario-catalog';
import { openScenarioPickerPanel } from './scenario-picker-panel';
import { FontStack, Ink, Palette } from './theme';
import { buildTitleSettings } from './title-settings';

/** What the title scene shows. */
export interface TitleData {
  /** The picker (the default), the history or the instructor page. */
  readonly view?: 'picker' | 'history' | 'instructor';
  /** A message for the picker's status line. */
  readonly status?: string;
  /** Why the unfinished day could not be continued, for its card. */
  readonly continueProblem?: string;
}

const GROUND_TOP = 650;
const LEFT_MARGIN = 72;

/** The first screen a trainee sees: choose a scenario and the settings, and start a day. */
export class TitleScene extends Scene {
  readonly #app: ClinicApp;
  #data: TitleData = {};
  /** Closes whatever panel the scene has open. */
  #close: (() => void) | null = null;

  constructor(app: ClinicApp) {
    super(SceneKeys.Title);
    this.#app = app;
  }

  init(data: TitleData): void {
    this.#data = data ?? {};
  }

  create(): void {
    this.drawBackdrop();
    this.drawHeading();
    this.events.once(Scenes.Events.SHUTDOWN, () => this.#closePanel());

    const launch = this.#app.takeLaunch();
    if (launch.kind === 'instructor') return void this.#showInstructor();
    if (launch.kind === 'play') {
      // An unfinished day is the trainee's work: it is offered first, never replaced unasked.
      if (!this.#app.unfinished) return this.#startFloor(launch.key);
      return this.#showPicker('You have an unfinished day: continue it or discard it, then start the assigned scenario.', []);
    }
    if (this.#data.view === 'history') return void this.#showHistory();
    if (this.#data.view === 'instructor') return void this.#showInstructor();
    this.#showPicker(this.#data.status ?? launch.message, launch.problems);
  }

  #closePanel(): void {
    this.#close?.();
    this.#close = null;
  }

  #restart(data: TitleData): void {
    this.scene.restart(data);
  }

  #startFloor(key: string, before: readonly LoadStep[] = []): void {
    this.#app.sounds.unlock();
    const data: FloorData = { scenarioId: key };
    this.#startWithDayKit({ key: SceneKeys.ClinicFloor, data }, before);
  }

  /**
   * Starts a scene of the day (the floor, a debrief) through the loading screen, which
   * fetches the day's code first (at once when it is already loaded), then runs `after`.
   */
  #startWithDayKit(next: SceneStart, after: readonly LoadStep[] = []): void {
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

  #showPicker(message: string | null, problems: readonly string[]): void {
    const app = this.#app;
    const settings = buildTitleSettings(app.settings);
    const unfinished = app.unfinished;
    const card = unfinished
      ? buildContinueCard(unfinished, {
          onContinue: () => {
            if (unfinished.status !== 'resumable') return;
            const replay: LoadStep = {
              label: 'your saved day',
              run: async () => {
                const prepared = app.prepareContinue();
                if (prepared.ok) return;
                const data: TitleData = { continueProblem: prepared.message };
                return { key: SceneKeys.Title, data };
              },
            };
            this.#startFloor(unfinished.day.key, [replay]);
          },
          onStartOver: () => {
            const current = unfinished.status === 'changed' ? unfinished.current : null;
            void app.discardUnfinished().then(() => {
              if (current) {
                if (current.customSource !== null) app.setCustomScenario(current);
                this.#startFloor(current.key);
              }
            });
          },
          onDiscard: () => void app.discardUnfinished().then(() => this.#restart({ status: 'The unfinished day was discarded.' })),
        })
      : null;
    const tools = buildAssignmentTools({
      readScenario: (text, fileName) => app.readCustomScenario(text, fileName),
      onImported: (day) => {
        app.setCustomScenario(day);
        app.lastScenarioId = day.key;
        this.#restart({ status: `Imported "${day.scenario.title}". It is selected: start it with New day.` });
      },
      selected: () => {
        const key = picker.selected();
        return key === null ? undefined : app.dayScenario(key);
      },
      onHistory: () => this.#restart({ view: 'history' }),
      onInstructor: () => this.#restart({ view: 'instructor' }),
    });
    const picker = openScenarioPickerPanel({
      root: panelsLayer(),
      catalog: this.#catalog(),
      initialId: app.lastScenarioId ?? DEFAULT_SCENARIO_ID,
      ...(card ? { intro: card.root, focus: card.firstButton } : {}),
      extra: settings.root,
      tools: tools.root,
      onSelect: (key) => settings.showScenario(app.scenario(key)),
      onNewDay: (key) => void this.#newDay(key, (text) => picker.showStatus(text)),
    });
    this.#close = () => picker.close();
    if (message) picker.showStatus(message);
    if (this.#data.continueProblem) card?.showProblem(this.#data.continueProblem);
    if (problems.length > 0) tools.showProblems(`The scenario in the assignment link could not be loaded (${problems.length === 1 ? '1 problem' : `${problems.length} problems`})`, problems);
  }

  /** The bundled catalog, with the custom scenario (if any) at its end. */
  #catalog(): ScenarioCatalogEntry[] {
    const custom = this.#app.customScenario;
    if (!custom) return [...this.#app.catalog];
    const { scenario } = custom;
    const entry: PlayableScenarioEntry = {
      kind: 'playable',
      fileName: 'imported',
      id: custom.key,
      title: `Imported: ${scenario.title}`,
      description: scenario.description,
      patientCount: scenario.patients.length,
      scenario,
      contentHash: custom.contentHash,
    };
    return [...this.#app.catalog, entry];
  }

  async #newDay(key: string, say: (text: string) => void): Promise<void> {
    const app = this.#app;
    if (!app.scenario(key)) {
      say(`The scenario "${key}" cannot be played.`);
      return;
    }
    if (app.unfinished) {
      const confirmed = await confirmDialog(panelsLayer(), {
        title: 'Start a new day?',
        message: 'Your unfinished day will be discarded: only one day is kept to continue.',
        confirmLabel: 'Discard it and start',
        cancelLabel: 'Keep it',
      });
      if (!confirmed) return;
      await app.discardUnfinished();
    }
    this.#startFloor(key);
  }

  /** The history, and the instructor page below, load their code when first opened: no trainee needs them to start. */
  async #showHistory(): Promise<void> {
    const app = this.#app;
    const [history, { openHistoryPanel }] = await Promise.all([app.persistence.history(), import('./history/history-panel')]);
    if (!this.scene.isActive()) return;
    const panel = openHistoryPanel({
      root: panelsLayer(),
      history,
      storageProblem: app.persistence.problem,
      onOpenDebrief: (entry) => {
        const scenario = app.bundledDay(entry.file.scenarioId)?.scenario ?? (app.customScenario?.scenario.id === entry.file.scenarioId ? app.customScenario.scenario : undefined);
        const data: DebriefData = { result: entry.file.result, history: entry, ...(scenario ? { scenario } : {}) };
        this.#startWithDayKit({ key: SceneKeys.Debrief, data });
      },
      onBack: () => this.#restart({ view: 'picker' }),
    });
    this.#close = () => panel.close();
  }

  async #showInstructor(): Promise<void> {
    const app = this.#app;
    const { openInstructorPage } = await import('./instructor/instructor-page');
    if (!this.scene.isActive()) return;
    const page = openInstructorPage({
      root: panelsLayer(),
      scenarios: {
        bundled: (id) => app.bundledDay(id),
        custom: (text, fileName) => app.readCustomScenario(text, fileName),
      },
      onBack: () => this.#restart({ view: 'picker' }),
    });
    this.#close = () => page.close();
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
