/**
 * The debrief: on the canvas, the verdict as a seal with the total and dials for accuracy
 * and throughput; beside it an HTML panel with everything in words (see `debrief-panel.ts`).
 */
import { Scene, Scenes } from 'phaser';
import type { ClinicApp, DebriefData } from './clinic-app';
import { openDebriefPanel, type DebriefPanel } from './debrief-panel';
import { peopleNamed } from './day-end-words';
import { workPlacesOf } from '../src/scoring/practise-next';
import { courseExit } from './lms/course-exit';
import { panelsLayer } from './dom';
import { SceneKeys, TextureKeys } from './keys';
import type { TitleData } from './title-screen';
import { cssColour, FloorPalette, FontStack, Ink, Palette } from './theme';
import { SEAL, sealCause, verdictSize } from './debrief-seal';

const LEFT_CENTRE = SEAL.centreX;

/** "Back to the course" when an LMS that launched the game asked for it (`lms/course-exit.ts`). */
function exitButton(): { readonly label: string; readonly onClick: () => void } | null {
  const exit = courseExit();
  return exit === null ? null : { label: exit.label, onClick: () => void exit.leave() };
}

/** The end-of-day scene. */
export class DebriefScene extends Scene {
  readonly #app: ClinicApp;
  #data: DebriefData | undefined;
  #panel: DebriefPanel | undefined;

  constructor(app: ClinicApp) {
    super(SceneKeys.Debrief);
    this.#app = app;
  }

  init(data: DebriefData): void {
    this.#data = data;
  }

  create(): void {
    const data = this.#data;
    if (!data) {
      this.scene.start(SceneKeys.Title);
      return;
    }
    const { result, scenario, history } = data;
    const title = scenario?.title ?? history?.scenarioTitle ?? result.scenarioId;
    this.cameras.main.setBackgroundColor(Ink.sky);
    const { height } = this.scale.gameSize;
    const ground = this.add.graphics();
    ground.fillStyle(Palette.ground, 1).fillRect(0, height - 70, 480, 70);
    this.add.image(LEFT_CENTRE, height - 56, TextureKeys.ClinicFront).setOrigin(0.5, 1).setScale(0.62).setAlpha(0.9);

    this.add
      .text(LEFT_CENTRE, 52, title, { fontFamily: FontStack, fontSize: '22px', color: Ink.heading, fontStyle: 'bold', align: 'center', wordWrap: { width: 400 }, resolution: 2 })
      .setOrigin(0.5, 0);
    this.#drawSeal(result.passed, result.score.total, sealCause(result.gate));
    this.#drawDial(LEFT_CENTRE - 90, 410, 'Accuracy', result.score.accuracy);
    this.#drawDial(LEFT_CENTRE + 90, 410, 'Throughput', result.score.throughput);

    const finished = history ? null : this.#app.finishedDay(this.#app.session);
    const retryKey = this.#retryKey(data, finished?.day.key ?? null);
    const toHistory: TitleData = { view: 'history' };
    this.#panel = openDebriefPanel({
      root: panelsLayer(),
      title,
      result,
      // The scenario names the people a finding may concern who had no visit (a portal message's writer).
      people: peopleNamed(result.journeys, scenario ?? this.#app.scenario(result.scenarioId)),
      ...(data.ended ? { ended: data.ended } : {}),
      file: history?.file ?? finished?.file ?? null,
      playedAt: history?.finishedAt ?? (finished ? new Date().toISOString() : null),
      onRetry:
        retryKey === null
          ? null
          : () => {
              // A retry is a new day: it opens with its briefing, and the clock starts when the trainee starts.
              const briefing: TitleData = { view: 'briefing', scenarioKey: retryKey };
              this.scene.start(SceneKeys.Title, briefing);
            },
      back: history
        ? { label: 'Back to history', onClick: () => this.scene.start(SceneKeys.Title, toHistory) }
        : { label: 'Choose another', onClick: () => this.scene.start(SceneKeys.Title) },
      exit: history ? null : exitButton(),
      practise: {
        // A bundled day's places were worked out when it was built; one brought in is loaded (it is the only one it can be).
        scenarios: this.#app.playable.map((entry) => {
          const loaded = this.#app.scenario(entry.id);
          return { ...entry, places: entry.places ?? (loaded ? workPlacesOf(loaded) : []) };
        }),
        // Another day is a new day: it opens with its briefing, as a retry does.
        play: (scenarioId) => this.scene.start(SceneKeys.Title, { view: 'briefing', scenarioKey: scenarioId } satisfies TitleData),
      },
    });
    this.events.once(Scenes.Events.SHUTDOWN, () => {
      this.#panel?.close();
      this.#panel = undefined;
    });
    this.#app.sounds.play(result.passed ? 'arrival' : 'alert');
  }

  /**
   * The scenario key "Retry" plays: the day's own; for a history entry, the scenario it
   * names if this page still has it unchanged (a result is only comparable on the same
   * scenario). Null when there is none.
   */
  #retryKey(data: DebriefData, played: string | null): string | null {
    if (!data.history) return played ?? data.scenario?.id ?? null;
    const { scenarioId, scenarioHash } = data.history.file;
    const custom = this.#app.customScenario;
    if (custom && custom.scenario.id === scenarioId && custom.contentHash === scenarioHash) return custom.key;
    return this.#app.bundledEntry(scenarioId)?.contentHash === scenarioHash ? scenarioId : null;
  }

  #drawSeal(passed: boolean, total: number, cause: string | null): void {
    const { centreX: x, centreY: y, radius, lineWidth } = SEAL;
    const colour = passed ? FloorPalette.ringCalm : FloorPalette.ringUpset;
    const seal = this.add.graphics();
    seal.fillStyle(colour, 0.14).fillCircle(x, y, radius + 16);
    seal.lineStyle(lineWidth, Palette.track, 1).strokeCircle(x, y, radius);
    seal.lineStyle(lineWidth, colour, 1);
    seal.beginPath();
    seal.arc(x, y, radius, -Math.PI / 2, -Math.PI / 2 + (Math.max(0.5, total) / 100) * Math.PI * 2, false);
    seal.strokePath();
    // A day not passed has its total in the verdict's colour, not the heading's, and its cause under the ring: a total above the pass mark must not read as a pass.
    this.add.text(x, y - 18, scoreFigure(total), { fontFamily: FontStack, fontSize: '64px', fontStyle: 'bold', color: passed ? Ink.heading : cssColour(colour), resolution: 2 }).setOrigin(0.5).setName('seal-total');
    if (cause !== null) {
      this.add
        .text(x, y + radius + 22, cause, { fontFamily: FontStack, fontSize: '16px', fontStyle: 'bold', color: cssColour(colour), align: 'center', wordWrap: { width: 420 }, resolution: 2 })
        .setOrigin(0.5, 0)
        .setName('seal-cause');
    }
    const verdict = this.add
      .text(x, y + SEAL.verdictOffsetY, passed ? 'PASSED' : 'NOT PASSED', { fontFamily: FontStack, fontSize: `${SEAL.verdictSizes.largest}px`, fontStyle: 'bold', color: cssColour(colour), resolution: 2 })
      .setOrigin(0.5)
      .setLetterSpacing(2)
      .setName('seal-verdict');
    // Fitted to the room inside the ring, so the longer verdict never runs across it.
    verdict.setFontSize(verdictSize((size) => {
      verdict.setFontSize(size);
      return { width: verdict.width, height: verdict.height };
    }));
  }

  #drawDial(x: number, y: number, label: string, value: number): void {
    const dial = this.add.graphics();
    dial.lineStyle(8, Palette.track, 1).strokeCircle(x, y, 44);
    dial.lineStyle(8, Palette.teal, 1);
    dial.beginPath();
    dial.arc(x, y, 44, -Math.PI / 2, -Math.PI / 2 + (Math.max(0.5, value) / 100) * Math.PI * 2, false);
    dial.strokePath();
    this.add.text(x, y, scoreFigure(value), { fontFamily: FontStack, fontSize: '26px', fontStyle: 'bold', color: Ink.heading, resolution: 2 }).setOrigin(0.5);
    this.add.text(x, y + 58, label, { fontFamily: FontStack, fontSize: '16px', color: Ink.body, resolution: 2 }).setOrigin(0.5, 0);
  }
}

/**
 * A score as the debrief's panel writes it (to a tenth, as it is kept): the ring and dials
 * once showed 83 beside the panel's 82.6, and a playtester took them for two scores.
 */
function scoreFigure(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
