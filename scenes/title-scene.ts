/**
 * The title screen: the game's name and the clinic drawn on the canvas, and an HTML panel
 * on the `#panels` layer with the unfinished day ("Continue"), the scenarios easiest first
 * (and an imported one), the settings, How to play, the history, a link to the instructor's
 * tools, and "New day", which opens the chosen scenario's briefing. The briefing's "Start
 * the day" opens the clinic floor, whose clock starts then. The same scene shows the
 * briefing, How to play, the history and the instructor page in place of the picker, and
 * follows an assignment link on opening (to the assigned day's briefing).
 */
import { Scene, Scenes } from 'phaser';
import type { ClinicApp, DebriefData } from './clinic-app';
import type { FloorData } from './clinic-floor-scene';
import { confirmDialog } from './confirm-dialog';
import { panelsLayer } from './dom';
import { button, element } from './dom';
import { SceneKeys, TextureKeys } from './keys';
import { buildContinueCard } from './persistence/continue-card';
import type { DayScenario } from './persistence/saved-day';
import type { LoadStep, PreloadData, SceneStart } from './preload-scene';
import { byDifficulty, dayLength, DEFAULT_DAY_SCENARIO_ID, ORIENTATION_SCENARIO_ID, type PlayableScenarioEntry, type ScenarioCatalogEntry } from './scenario-catalog';
import { openScenarioPickerPanel } from './scenario-picker-panel';
import type { DayChoice } from './settings';
import { FontStack, Ink, Palette } from './theme';
import { buildTitleSettings } from './title-settings';

/** What the title scene shows. */
export interface TitleData {
  /** The picker (the default), a day's briefing, How to play, the history or the instructor page. */
  readonly view?: 'picker' | 'briefing' | 'how-to-play' | 'history' | 'instructor';
  /** The scenario whose briefing to show (view `briefing`). */
  readonly scenarioKey?: string;
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
    // Phaser starts a scene with its last data when given none ("Choose another" after a
    // retried day): what was asked once (a briefing) must not come back by itself.
    this.sys.settings.data = {};
  }

  create(): void {
    this.drawBackdrop();
    this.drawHeading();
    this.events.once(Scenes.Events.SHUTDOWN, () => this.#closePanel());

    const launch = this.#app.takeLaunch();
    if (launch.kind === 'instructor') return void this.#showInstructor();
    if (launch.kind === 'play') {
      if (launch.assignment) this.#app.setAssignment(launch.key, launch.assignment);
      // An unfinished day is the trainee's work: it is offered first, never replaced unasked.
      if (!this.#app.unfinished) return void this.#showBriefing(launch.key);
      this.#app.lastScenarioId = launch.key;
      return this.#showPicker('You have an unfinished day: continue it, or discard it to go on to the assigned scenario.', [], launch.key);
    }
    const { view, scenarioKey } = this.#data;
    if (view === 'briefing' && scenarioKey !== undefined) return void this.#showBriefing(scenarioKey);
    if (view === 'how-to-play') return void this.#showHowToPlay();
    if (view === 'history') return void this.#showHistory();
    if (view === 'instructor') return void this.#showInstructor();
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
    this.#app.firstVisit = false;
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

  /** The scenario picker; `linked`: the scenario a link opened, whose briefing follows once the unfinished day is discarded. */
  #showPicker(message: string | null, problems: readonly string[], linked: string | null = null): void {
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
                this.#restart({ view: 'briefing', scenarioKey: current.key });
              }
            });
          },
          onDiscard: () => void app.discardUnfinished().then(() => this.#restart(linked === null ? { status: 'The unfinished day was discarded.' } : { view: 'briefing', scenarioKey: linked })),
        })
      : null;
    const tools = element('div', 'title-tools');
    const instructorLink = button('Instructor tools', 'link-button', () => this.#restart({ view: 'instructor' }));
    tools.append(
      button('How to play', 'button-quiet', () => this.#restart({ view: 'how-to-play' })),
      button('History', 'button-quiet', () => this.#restart({ view: 'history' })),
    );
    const welcome = app.firstVisit && !card ? this.#welcome() : null;
    const intro = card?.root ?? welcome ?? undefined;
    const picker = openScenarioPickerPanel({
      root: panelsLayer(),
      catalog: this.#catalog(),
      // The day played last; else, on a first visit, the orientation day (the welcome says so); else the default whole day.
      initialId: app.lastScenarioId ?? (app.firstVisit ? ORIENTATION_SCENARIO_ID : DEFAULT_DAY_SCENARIO_ID),
      ...(intro ? { intro } : {}),
      ...(card ? { focus: card.firstButton } : {}),
      extra: settings.root,
      tools,
      aside: instructorLink,
      onNewDay: (key) => this.#newDay(key, (text) => picker.showStatus(text)),
    });
    this.#close = () => {
      picker.close();
      settings.close();
    };
    if (message) picker.showStatus(message);
    if (this.#data.continueProblem) card?.showProblem(this.#data.continueProblem);
    if (problems.length > 0) this.#showLinkProblems(problems);
  }

  /** The first visit's note: the orientation day is selected, and How to play is one click away. */
  #welcome(): HTMLElement {
    const note = element('section', 'title-welcome');
    note.setAttribute('aria-labelledby', 'title-welcome-heading');
    const heading = element('h3', 'title-welcome-heading', 'New to Clinic Day?');
    heading.id = 'title-welcome-heading';
    const orientation = this.#app.bundledEntry(ORIENTATION_SCENARIO_ID)?.title;
    const text = element(
      'p',
      'title-welcome-text',
      `${orientation ? `The orientation day, ${orientation}, is selected: untimed, with hints. ` : ''}Read How to play first: it takes two minutes.`,
    );
    note.append(heading, text, button('Read How to play', 'button-quiet', () => this.#restart({ view: 'how-to-play' })));
    return note;
  }

  /** The located problems of a scenario carried in an assignment link that could not be loaded. */
  #showLinkProblems(problems: readonly string[]): void {
    const box = element('section', 'import-problems title-link-problems');
    const heading = element('h3', 'import-problems-heading', `The scenario in the assignment link could not be loaded (${problems.length === 1 ? '1 problem' : `${problems.length} problems`})`);
    heading.id = 'title-link-problems-heading';
    heading.tabIndex = -1;
    box.setAttribute('aria-labelledby', heading.id);
    const list = element('ul', 'scenario-problems');
    for (const problem of problems) list.append(element('li', undefined, problem));
    box.append(heading, list);
    const footer = panelsLayer().querySelector('.scenario-picker .panel-footer');
    footer?.before(box);
    heading.focus();
  }

  /** The bundled catalog easiest first, with the custom scenario (if any) at its end. */
  #catalog(): ScenarioCatalogEntry[] {
    const custom = this.#app.customScenario;
    const bundled = byDifficulty(this.#app.catalog);
    if (!custom) return bundled;
    const { scenario } = custom;
    const entry: PlayableScenarioEntry = {
      kind: 'playable',
      fileName: 'imported',
      id: custom.key,
      title: `Imported: ${scenario.title}`,
      description: scenario.description,
      patientCount: scenario.patients.length,
      difficulty: scenario.instructor.difficulty,
      competencies: scenario.instructor.competencies,
      length: dayLength(scenario.day),
      load: () => Promise.resolve(scenario),
      contentHash: custom.contentHash,
    };
    return [...bundled, entry];
  }

  #newDay(key: string, say: (text: string) => void): void {
    if (!this.#app.canPlay(key)) {
      say(`The scenario "${key}" cannot be played.`);
      return;
    }
    this.#app.lastScenarioId = key;
    this.#restart({ view: 'briefing', scenarioKey: key });
  }

  /**
   * The day's briefing; "Start the day" starts the floor, and with it the clock. Its code
   * loads when first opened (as How to play's does): the title needs neither to be usable.
   */
  async #showBriefing(key: string): Promise<void> {
    const app = this.#app;
    let loaded: [DayScenario | undefined, typeof import('./briefing-panel')];
    try {
      loaded = await Promise.all([app.loadDay(key), import('./briefing-panel')]);
    } catch (error) {
      if (!this.scene.isActive()) return;
      return this.#showPicker(`The day could not be loaded (${error instanceof Error ? error.message : String(error)}): check the connection and choose it again.`, []);
    }
    if (!this.scene.isActive()) return;
    const [day, { openBriefingPanel }] = loaded;
    if (!day) return this.#showPicker(`The scenario "${key}" cannot be played.`, []);
    const { scenario } = day;
    app.lastScenarioId = key;
    let starting = false;
    const assignment = app.assignmentFor(key);
    const panel = openBriefingPanel({
      root: panelsLayer(),
      scenario,
      settings: app.settings,
      assignment: assignment && { id: assignment.id, choice: { mode: assignment.settings.mode, timed: assignment.settings.timerEnabled } },
      onStart: (choice) => {
        if (starting) return;
        starting = true;
        void this.#startNewDay(key, choice).finally(() => {
          starting = false;
        });
      },
      onBack: () => this.#restart({ view: 'picker' }),
    });
    this.#close = () => panel.close();
  }

  /** Starts a new day of `key` as chosen on its briefing, discarding the unfinished day only when the trainee agrees. */
  async #startNewDay(key: string, choice: DayChoice): Promise<void> {
    const app = this.#app;
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
    app.chooseDay(key, choice);
    this.#startFloor(key);
  }

  async #showHowToPlay(): Promise<void> {
    const { openHowToPlayPanel } = await import('./how-to-play-panel');
    if (!this.scene.isActive()) return;
    const panel = openHowToPlayPanel({ root: panelsLayer(), onBack: () => this.#restart({ view: 'picker' }) });
    this.#close = () => panel.close();
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
        const { scenarioId } = entry.file;
        const custom = app.customScenario?.scenario.id === scenarioId ? app.customScenario.scenario : undefined;
        // The scenario, when this page has it, lets the debrief name its patients; a result
        // opens without it (a scenario since removed, or its chunk not fetched offline).
        void (custom ? Promise.resolve(custom) : app.loadDay(scenarioId).then((day) => day?.scenario, () => undefined)).then((scenario) => {
          if (!this.scene.isActive()) return;
          const data: DebriefData = { result: entry.file.result, history: entry, ...(scenario ? { scenario } : {}) };
          this.#startWithDayKit({ key: SceneKeys.Debrief, data });
        });
      },
      onBack: () => this.#restart({ view: 'picker' }),
    });
    this.#close = () => panel.close();
  }

  async #showInstructor(): Promise<void> {
    const app = this.#app;
    // The instructor's page and tools (with the assignment schema) load with it, not with the title.
    // It grades and links any bundled day, so it loads them all.
    const [{ openInstructorPage }, { buildAssignmentTools }] = await Promise.all([import('./instructor/instructor-page'), import('./instructor/assignment-tools'), app.loadEveryDay()]);
    if (!this.scene.isActive()) return;
    const tools = buildAssignmentTools({
      readScenario: (text, fileName) => app.readCustomScenario(text, fileName),
      onImported: (day) => {
        app.setCustomScenario(day);
        app.lastScenarioId = day.key;
        this.#restart({ status: `Imported "${day.scenario.title}". It is selected: start it with New day, or copy its link in Instructor tools.` });
      },
      choices: this.#catalog().flatMap((entry) => (entry.kind === 'playable' ? [{ key: entry.id, title: entry.title }] : [])),
      initialKey: app.lastScenarioId,
      day: (key) => app.dayScenario(key),
    });
    const page = openInstructorPage({
      root: panelsLayer(),
      scenarios: {
        bundled: (id) => app.dayScenario(id),
        custom: (text, fileName) => app.readCustomScenario(text, fileName),
      },
      assign: tools.root,
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
