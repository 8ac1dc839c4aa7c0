/**
 * The title screen's panels, on the `#panels` layer: the unfinished day ("Continue"), the
 * scenarios easiest first (and an imported one), the settings, How to play, the history, a
 * link to the instructor's tools, and "New day", which opens the chosen scenario's
 * briefing; the briefing's "Start the day" opens the clinic floor, whose clock starts then.
 * The same screen shows the briefing, How to play, the history and the instructor page in
 * place of the picker, and follows an assignment link on opening.
 *
 * It is plain HTML and needs no Phaser: the page shows it as soon as its saves are read, so
 * the title is usable while Phaser (most of the game's bytes) is still loading; the title
 * scene draws the canvas behind it and, once the game has started, is the stage through
 * which a day or a debrief starts (`attach`).
 */
import type { ClinicApp, DebriefData } from './clinic-app';
import type { FloorData } from './clinic-floor-scene';
import { confirmDialog } from './confirm-dialog';
import { button, element, panelsLayer, showProblemList } from './dom';
import { SceneKeys } from './keys';
import { buildContinueCard } from './persistence/continue-card';
import type { DayScenario } from './persistence/saved-day';
import type { LoadStep, SceneStart } from './preload-scene';
import { byDifficulty, dayLength, DEFAULT_DAY_SCENARIO_ID, ORIENTATION_SCENARIO_ID, type PlayableScenarioEntry, type ScenarioCatalogEntry } from './scenario-catalog';
import { openScenarioPickerPanel } from './scenario-picker-panel';
import type { DayChoice } from './settings';
import { buildTitleSettings } from './title-settings';

/** What the title screen shows. */
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

/** What the screen needs of the game: starting a scene of the day behind the loading screen. */
export interface TitleStage {
  /** Starts `next` (the floor, a debrief) through the loading screen, which fetches the day's code first, then runs `after`. */
  startWithDayKit(next: SceneStart, after: readonly LoadStep[]): void;
}

/** The first screen a trainee sees: choose a scenario and the settings, and start a day. */
export class TitleScreen {
  readonly #app: ClinicApp;
  #data: TitleData = {};
  /** Closes whatever panel the screen has open; null when none is. */
  #close: (() => void) | null = null;
  /** Counts the views shown: a view whose code arrives after the trainee moved on is not opened. */
  #view = 0;
  readonly #stage: Promise<TitleStage>;
  #attach: (stage: TitleStage) => void = () => {};
  /** Whether the game has started (the title scene has attached). */
  #started = false;

  constructor(app: ClinicApp) {
    this.#app = app;
    this.#stage = new Promise((resolve) => (this.#attach = resolve));
  }

  /** Whether a view is open (the title is on screen). */
  get open(): boolean {
    return this.#close !== null;
  }

  /** The game has started: days and debriefs start through `stage` from now on. */
  attach(stage: TitleStage): void {
    this.#started = true;
    this.#attach(stage);
  }

  /** Shows the view `data` asks for (the picker by default), or what the page's address asked for on the first showing. */
  show(data: TitleData = {}): void {
    this.#view += 1;
    this.#data = data;
    // Marks the screen open at once: the briefing and the other views open their panels when their code has arrived.
    this.#close = () => {};
    const launch = this.#app.takeLaunch();
    if (launch.kind === 'instructor') return void this.#showInstructor();
    if (launch.kind === 'play') {
      if (launch.assignment) this.#app.setAssignment(launch.key, launch.assignment);
      // An unfinished day is the trainee's work: it is offered first, never replaced unasked.
      if (!this.#app.unfinished) return void this.#showBriefing(launch.key);
      this.#app.lastScenarioId = launch.key;
      return this.#showPicker('You have an unfinished day: continue it, or discard it to go on to the assigned scenario.', [], launch.key);
    }
    const { view, scenarioKey } = data;
    if (view === 'briefing' && scenarioKey !== undefined) return void this.#showBriefing(scenarioKey);
    if (view === 'how-to-play') return void this.#showHowToPlay();
    if (view === 'history') return void this.#showHistory();
    if (view === 'instructor') return void this.#showInstructor();
    this.#showPicker(data.status ?? launch.message, launch.problems);
  }

  /** Closes the open view (the title scene is leaving). */
  close(): void {
    this.#view += 1;
    this.#closePanel();
  }

  /** The open view is `close`'s: whatever showed before it (a loading note) goes. */
  #opened(close: () => void): void {
    this.#close?.();
    this.#close = close;
  }

  /**
   * A note in the panel's place while a view's code or day arrives (on a slow school network,
   * seconds, while Phaser loads too): the screen is never blank after a press.
   */
  #showLoading(what: string): void {
    const note = element('section', 'panel title-loading');
    note.setAttribute('role', 'status');
    note.append(element('h2', 'panel-heading', 'Clinic Day'), element('p', 'title-loading-text', `Loading ${what}…`));
    panelsLayer().append(note);
    this.#opened(() => note.remove());
  }

  /** Whether `view` is still the one to show (the trainee has not moved on, the title has not closed). */
  #current(view: number): boolean {
    return view === this.#view && this.open;
  }

  #closePanel(): void {
    const close = this.#close;
    this.#close = null;
    close?.();
  }

  /** Shows another view in place of the open one (the canvas behind stays as it is). */
  #restart(data: TitleData): void {
    this.#closePanel();
    this.show(data);
  }

  #startFloor(key: string, before: readonly LoadStep[] = [], say?: (text: string) => void): void {
    this.#app.sounds.unlock();
    this.#app.firstVisit = false;
    const data: FloorData = { scenarioId: key };
    this.#startWithDayKit({ key: SceneKeys.ClinicFloor, data }, before, say);
  }

  /**
   * Starts a scene of the day (the floor, a debrief) through the loading screen, which
   * fetches the day's code first, then runs `after`; once the game has started, if the
   * trainee chose before it had (the title is usable before Phaser is loaded).
   */
  #startWithDayKit(next: SceneStart, after: readonly LoadStep[] = [], say: (text: string) => void = () => {}): void {
    if (!this.#started) say('Opening the clinic: the game is still loading…');
    void this.#stage.then((stage) => stage.startWithDayKit(next, after));
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
    // Near the top, beside the instructor's link: the settings sit below the whole scenario list,
    // where the playtest did not find them; this opens them and brings them into view.
    const topLinks = element('div', 'scenario-picker-links');
    topLinks.append(
      button('Settings', 'link-button', () => settings.reveal()),
      button('Instructor tools', 'link-button', () => this.#restart({ view: 'instructor' })),
    );
    tools.append(
      button('How to play', 'button-quiet', () => this.#restart({ view: 'how-to-play' })),
      button('History', 'button-quiet', () => this.#restart({ view: 'history' })),
    );
    const catalog = this.#catalog();
    const welcome = app.firstVisit && !card ? this.#welcome(catalog) : null;
    const intro = card?.root ?? welcome?.root ?? undefined;
    const picker = openScenarioPickerPanel({
      root: panelsLayer(),
      catalog,
      // The day played last; else, on a first visit, the orientation day (the welcome says so); else the default whole day.
      initialId: app.lastScenarioId ?? (app.firstVisit ? ORIENTATION_SCENARIO_ID : DEFAULT_DAY_SCENARIO_ID),
      ...(intro ? { intro } : {}),
      ...(card ? { focus: card.firstButton } : {}),
      extra: settings.root,
      tools,
      aside: topLinks,
      onNewDay: (key) => this.#newDay(key, (text) => picker.showStatus(text)),
      // The welcome says which day is selected as the selection moves (it said "the orientation day is selected" whatever was).
      ...(welcome ? { onSelect: (id: string) => welcome.follow(id) } : {}),
    });
    this.#opened(() => {
      picker.close();
      settings.close();
    });
    if (message) picker.showStatus(message);
    if (this.#data.continueProblem) card?.showProblem(this.#data.continueProblem);
    if (problems.length > 0) this.#showLinkProblems(problems);
  }

  /**
   * The first visit's note: which day is selected (the orientation day at first; `follow`
   * says so again as the selection moves), what the orientation day is, and How to play one
   * click away.
   */
  #welcome(catalog: readonly ScenarioCatalogEntry[]): { readonly root: HTMLElement; follow(scenarioId: string): void } {
    const note = element('section', 'title-welcome');
    note.setAttribute('aria-labelledby', 'title-welcome-heading');
    const heading = element('h3', 'title-welcome-heading', 'New to Clinic Day?');
    heading.id = 'title-welcome-heading';
    const orientation = this.#app.bundledEntry(ORIENTATION_SCENARIO_ID)?.title;
    const text = element('p', 'title-welcome-text');
    note.append(heading, text, button('Read How to play', 'button-quiet', () => this.#restart({ view: 'how-to-play' })));
    const follow = (scenarioId: string): void => {
      const selected = catalog.find((entry) => entry.kind === 'playable' && entry.id === scenarioId);
      const day =
        orientation === undefined
          ? ''
          : scenarioId === ORIENTATION_SCENARIO_ID
            ? `The orientation day, ${orientation}, is selected: untimed, with hints. `
            : `${selected?.kind === 'playable' ? `${selected.title} is selected. ` : ''}The orientation day, ${orientation}, is untimed, with hints: the one to start with. `;
      text.textContent = `${day}Read How to play first: it takes two minutes.`;
    };
    follow(ORIENTATION_SCENARIO_ID);
    return { root: note, follow };
  }

  /** The located problems of a scenario carried in an assignment link that could not be loaded. */
  #showLinkProblems(problems: readonly string[]): void {
    const box = element('section', 'import-problems title-link-problems');
    // In the page before focus moves to its heading.
    panelsLayer().querySelector('.scenario-picker .panel-footer')?.before(box);
    showProblemList(box, 'title-link-problems-heading', `The scenario in the assignment link could not be loaded (${problems.length === 1 ? '1 problem' : `${problems.length} problems`})`, problems);
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
      inboxCount: scenario.inbox?.length ?? 0,
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
    const view = this.#view;
    this.#showLoading('the day’s briefing');
    const app = this.#app;
    let loaded: [DayScenario | undefined, typeof import('./briefing-panel')];
    try {
      loaded = await Promise.all([app.loadDay(key), import('./briefing-panel')]);
    } catch (error) {
      if (!this.#current(view)) return;
      return this.#showPicker(`The day could not be loaded (${error instanceof Error ? error.message : String(error)}): check the connection and choose it again.`, []);
    }
    if (!this.#current(view)) return;
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
        void this.#startNewDay(key, choice, (text) => panel.showStatus(text)).finally(() => {
          starting = false;
        });
      },
      onBack: () => this.#restart({ view: 'picker' }),
    });
    this.#opened(() => panel.close());
  }

  /** Starts a new day of `key` as chosen on its briefing, discarding the unfinished day only when the trainee agrees. */
  async #startNewDay(key: string, choice: DayChoice, say: (text: string) => void): Promise<void> {
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
    this.#startFloor(key, [], say);
  }

  async #showHowToPlay(): Promise<void> {
    const view = this.#view;
    this.#showLoading('How to play');
    const { openHowToPlayPanel } = await import('./how-to-play-panel');
    if (!this.#current(view)) return;
    const panel = openHowToPlayPanel({ root: panelsLayer(), onBack: () => this.#restart({ view: 'picker' }) });
    this.#opened(() => panel.close());
  }

  /** The history, and the instructor page below, load their code when first opened: no trainee needs them to start. */
  async #showHistory(): Promise<void> {
    const view = this.#view;
    this.#showLoading('your history');
    const app = this.#app;
    const [history, { openHistoryPanel }] = await Promise.all([app.persistence.history(), import('./history/history-panel')]);
    if (!this.#current(view)) return;
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
          if (!this.#current(view)) return;
          const data: DebriefData = { result: entry.file.result, history: entry, ...(scenario ? { scenario } : {}) };
          this.#startWithDayKit({ key: SceneKeys.Debrief, data });
        });
      },
      onBack: () => this.#restart({ view: 'picker' }),
    });
    this.#opened(() => panel.close());
  }

  async #showInstructor(): Promise<void> {
    const view = this.#view;
    this.#showLoading('the instructor’s tools');
    const app = this.#app;
    // The instructor's page and tools (with the assignment schema) load with it, not with the title.
    // It grades and links any bundled day, so it loads them all.
    const [{ openInstructorPage }, { buildAssignmentTools }] = await Promise.all([import('./instructor/instructor-page'), import('./instructor/assignment-tools'), app.loadEveryDay()]);
    if (!this.#current(view)) return;
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
    this.#opened(() => page.close());
  }
}
