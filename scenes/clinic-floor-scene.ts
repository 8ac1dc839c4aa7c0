/**
 * The clinic floor: the day being played. Phaser draws the clinic, the patients walking
 * between areas with their badges and wait rings, the providers and the clock; the HTML
 * HUD shows the clock, the speed, the queue and the alerts; stations open as HTML panels.
 *
 * The scene only renders the runner's view and turns each input into one typed action;
 * the session decides what an action means. Phaser's loop animates; the runner's own
 * timer moves the clinic clock.
 */
import { GameObjects, Input, Scene, Scenes } from 'phaser';
import type { TraineeAction } from '../src/clinic/trainee-action';
import type { ScenarioPatient, Scenario } from '../src/scenario/scenario.schema';
import { type DayResult, scoreDay } from '../src/scoring/score';
import type { Session } from '../src/session/session';
import { stillOpenAtClosing, stillOpenClosingLine } from '../src/scoring/still-open';
import type { AlertView, DayView, PatientView, QueueItem } from '../src/session/day-view';
import type { ActionOutcome } from '../src/session/session';
import { FeedbackTracker, type FeedbackView } from '../src/session/feedback-view';
import { stepHint } from '../src/session/step-hint';
import { happeningsBetween } from '../src/session/happenings';
import { RING_MINUTES } from '../src/clinic/phone-call.machine';
import { formatMinutesOfDay, minutesOfDay } from '../src/scenario/clock-time';
import type { ClinicApp, DebriefData } from './clinic-app';
import { afterEndedLine, leftUndoneLines } from './closing-account';
import { dayVerdictText, findingsCountedLine, peopleNamed } from './day-end-words';
import { sealCause } from './debrief-seal';
import { showClosingNotice } from './closing-notice';
import { confirmDialog } from './confirm-dialog';
import type { DayRunner, RunnerState } from './day-runner';
import { panelsLayer } from './dom';
import { bakeAround } from './canvas-bake';
import { FeedbackFeed, FeedbackLog } from './feedback-panel';
import { drawFloor, setClockHands, showPhoneRinging, type FloorArt, type FloorZone } from './floor-art';
import { floorLayout, NAME_Y, planFloor, providerFloorName, providerHome, roomEntrance, type FloorLayout, type FloorObstacles, type FloorPlan, type Occupant, type ProviderVisit } from './floor-layout';
import { CLOSING_SOON_MINUTES, HudPanel } from './hud-panel';
import { SceneKeys, SpeedKeys } from './keys';
import { FIGURE_TOP, PatientToken } from './patient-token';
import { SPEEDS, TEXT_SCALE, type Speed } from './settings';
import { actionLabel } from './stations/action-labels';
import type { StationContext, StationInstance, StationTarget } from './stations/station';
import { focusFirstControl, openStationPanel, type StationPanel } from './stations/station-panel';
import { roomingStation } from './stations/rooming-station';
import { machineOf, stationFor } from './stations/stations';
import { stationActions, voicemailWarning } from './stations/voicemail-warning';
import { cssColour, FloorPalette, FontStack } from './theme';
import { drawSoon, type Motion, type MovingScene } from './still-loop';
import { notNowText, Toasts } from './toasts';
import { displayName } from '../src/domain/patient';

/** What the floor scene is started with. */
export interface FloorData {
  readonly scenarioId: string;
}

/** Clinic minutes before closing time at which the floor says closing is near. */
const CLOSING_NOTICE_MINUTES: readonly number[] = [CLOSING_SOON_MINUTES, 10];

interface OpenStation {
  readonly target: StationTarget;
  readonly machineId: string;
  /** Opened for a machine other than the target's own (rooming from an exam room): kept while the stage lasts. */
  readonly stage: string | null;
  readonly panel: StationPanel;
  readonly instance: StationInstance;
  /** Lets the clinic clock run again once the trainee is back on the floor. */
  readonly release: () => void;
  /** The clinic minute up to which the station has announced what happened. */
  heardUpTo: number;
  /** The call ringing at the last update and the minute it rang then (it rings again as time moves). */
  ringing: { readonly alertId: string; readonly minute: number } | null;
}

/** The clinic floor scene. */
export class ClinicFloorScene extends Scene implements MovingScene {
  readonly #app: ClinicApp;
  #scenarioId = '';
  #scenario: Scenario | undefined;
  #runner: DayRunner | undefined;
  #layout: FloorLayout | undefined;
  #obstacles: FloorObstacles = { textScale: 1, providerNames: [] };
  /** The last plan of the floor, and what it was made for: recomputed only when who is where, a badge, or who sees whom, changes. */
  #placement: { readonly signature: string; readonly plan: FloorPlan } | null = null;
  #art: FloorArt | undefined;
  #hud: HudPanel | undefined;
  #toasts: Toasts | undefined;
  /** Practice feedback: the tracker reads the day's new findings; the feed and the log show them (practice only). */
  #feedback = new FeedbackTracker();
  #feed: FeedbackFeed | undefined;
  #feedbackLog: FeedbackLog | undefined;
  #station: OpenStation | null = null;
  readonly #tokens = new Map<string, PatientToken>();
  readonly #providers = new Map<string, GameObjects.Image>();
  readonly #seenAlerts = new Set<string>();
  readonly #onFloor = new Set<string>();
  /** Where each patient on the floor was last drawn (their area), to see one called into an exam room. */
  readonly #drawnArea = new Map<string, PatientView['area']>();
  #closing = false;
  /** Opens the debrief, once the clinic has closed (the closing notice's button and the top bar's). */
  #toDebrief: (() => void) | null = null;
  /** The closing notices already given this day (their minutes before closing). */
  readonly #closingWarned = new Set<number>();
  /** The trainee's last action taken, in words, for the notice at closing time. */
  #lastDone: string | null = null;
  /** The trainee ended the day ("End day"): the closing notice then names no last step, which was done before, not at closing. */
  #endedByTrainee = false;
  /** The minute the trainee ended the day (End day), for the closing notice and the debrief; null while it runs to closing. */
  #endedAt: number | null = null;
  #phoneRinging = false;
  #layer: HTMLElement | undefined;
  /** The day to draw in the HUD and on the floor once the frame after a press in a station is painted; null when both are drawn up to date. */
  #behindPending: { readonly state: RunnerState; readonly feedback: FeedbackView | null } | null = null;

  constructor(app: ClinicApp) {
    super(SceneKeys.ClinicFloor);
    this.#app = app;
  }

  init(data: FloorData): void {
    this.#scenarioId = data.scenarioId;
    this.#station = null;
    this.#placement = null;
    this.#feedback = new FeedbackTracker();
    this.#tokens.clear();
    this.#providers.clear();
    this.#seenAlerts.clear();
    this.#onFloor.clear();
    this.#drawnArea.clear();
    this.#closing = false;
    this.#toDebrief = null;
    this.#closingWarned.clear();
    this.#lastDone = null;
    this.#endedByTrainee = false;
    this.#endedAt = null;
    this.#phoneRinging = false;
    this.#behindPending = null;
  }

  create(): void {
    const scenario = this.#app.scenario(this.#scenarioId);
    if (!scenario) {
      this.scene.start(SceneKeys.Title);
      return;
    }
    this.#scenario = scenario;
    this.#app.lastScenarioId = scenario.id;
    const settings = this.#app.settings.value;
    // A new day, or the saved one the trainee chose to continue; the app saves it as it goes.
    const runner = this.#app.startDay(scenario);
    this.#runner = runner;

    const textScale = TEXT_SCALE[settings.textSize];
    const layout = floorLayout(scenario.clinic.examRooms);
    this.#layout = layout;
    // The closing notice of a day played before turned the floor's input off (#close).
    this.input.enabled = true;
    this.#art = drawFloor(this, layout, textScale);
    for (const zone of this.#art.zones) zone.zone.on(Input.Events.GAMEOBJECT_POINTER_UP, () => this.#openZone(zone));
    scenario.patients.forEach((patient, index) => this.#addToken(patient, index, runner.view, textScale));
    // The providers' name tags as drawn: the plan keeps them apart, and clear of every patient's, by their real size.
    const providerNames = scenario.providers.map(providerFloorName);
    const providerKeys = providerNames.map((shownName) => this.#providerTexture(shownName, textScale));
    const providerTags = providerKeys.map((key) => {
      const frame = this.textures.getFrame(key);
      return { width: frame.width, height: frame.height - FIGURE_TOP - NAME_Y };
    });
    this.#obstacles = { textScale, providerNames, providerTags, labelBoxes: this.#art.labelBoxes };
    scenario.providers.forEach((provider, index) => this.#addProvider(provider.id, providerKeys[index]!, index));

    const layer = panelsLayer();
    const practice = runner.session.settings.mode === 'practice';
    if (practice) {
      // Reading the log is reading, like a station: the clock stands still while it is open.
      let logHold: (() => void) | null = null;
      const log = new FeedbackLog(
        layer,
        (open) => {
          if (open) logHold ??= runner.hold();
          else {
            logHold?.();
            logHold = null;
          }
        },
        // The card that opened the log may be gone on closing: back to the station being worked, else the findings button.
        () => (this.#station ? this.#station.panel.root : (this.#hud?.feedbackButton ?? null)),
      );
      this.#feedbackLog = log;
    }
    this.#hud = new HudPanel(layer, runner.view, settings.sound, {
      onPause: (paused) => runner.setPaused(paused),
      onSpeed: (speed) => this.#setSpeed(speed),
      onNextEvent: () => this.#nextEvent(runner),
      onSkipAhead: () => this.#skipAhead(runner),
      onEndDay: () => void this.#confirmEndDay(),
      onOpen: (item) => this.#openQueueItem(item),
      onEscape: () => this.#escapeFromHud(),
      onOpenDebrief: () => this.#toDebrief?.(),
      onSound: (on) => {
        this.#app.settings.update({ sound: on });
        if (on) this.#app.sounds.unlock();
        this.#hud?.setSound(on);
      },
      ...(practice ? { onFeedback: (findingId: string | null) => this.#feedbackLog?.open(findingId) } : {}),
    });
    if (practice) {
      const log = this.#feedbackLog!;
      // On the floor the newest finding shows at the side panel's foot, under the toasts: never over the clinic.
      this.#feed = new FeedbackFeed(this.#hud.toastHost, {
        onOpenLog: (findingId) => log.open(findingId),
        fallbackFocus: () => (this.#station ? this.#station.panel.root : (this.#hud?.feedbackButton ?? null)),
      });
    }
    this.#toasts = new Toasts(this.#hud.toastHost);
    this.#bindKeys(layer);
    this.#bind(runner);
    this.#watchVisibility(runner);
    runner.start();
    // "Start the day" went with the briefing: the keyboard goes on from the first line of "Needs you",
    // or with nobody there yet from the floor (its shortcuts work there), never from the page's body.
    if (document.activeElement === null || document.activeElement === document.body) (this.#hud.firstQueueButton() ?? document.getElementById('game'))?.focus({ preventScroll: true });
  }

  /** The floor moves by itself while its phone shakes (fast) and while its clock runs (the wall clock's hands, slowly): `StillLoop`. */
  get motion(): Motion {
    if (this.#phoneRinging && !this.#app.settings.value.reducedMotion) return 'fast';
    return this.#runner?.running ? 'slow' : 'still';
  }

  override update(): void {
    const runner = this.#runner;
    const art = this.#art;
    if (!runner || !art) return;
    setClockHands(art.clockHands, runner.session.minute + runner.minuteFraction);
    const reduced = this.#app.settings.value.reducedMotion;
    art.phone.setAngle(this.#phoneRinging && !reduced ? Math.sin(this.time.now / 45) * 12 : 0);
    showPhoneRinging(art.phone, this.#phoneRinging);
  }

  /** Subscribes to the runner for the scene's life: render on every change, stop on shutdown. */
  #bind(runner: DayRunner): void {
    const unsubscribe = runner.subscribe((state) => this.#render(state));
    this.events.once(Scenes.Events.SHUTDOWN, () => {
      unsubscribe();
      this.#closeStation();
      this.#hud?.dispose();
      this.#toasts?.dispose();
      this.#feed?.dispose();
      this.#feedbackLog?.dispose();
      this.#hud = undefined;
      this.#toasts = undefined;
      this.#feed = undefined;
      this.#feedbackLog = undefined;
      runner.dispose();
    });
  }

  #render(state: RunnerState): void {
    const { view } = state;
    const feedback = this.#runner ? this.#feedback.update(this.#runner.session, view.score) : null;
    this.#hud?.setStepHint(this.#openStepHint(view));
    if (this.#station) this.#renderBehindLater(state, feedback);
    else this.#renderBehind(state, feedback);
    this.#announce(view.alerts);
    this.#phoneRinging = view.alerts.some((alert) => alert.kind === 'phone');
    this.#warnClosing(view);
    this.#refreshStation(view);
    if (feedback) {
      // After the station is refreshed: a step that closes it shows its findings on the floor.
      this.#feedbackLog?.update(feedback.items);
      this.#feed?.show(feedback.fresh);
    }
    if (view.isOver && !this.#closing) this.#close(view);
  }

  /** Draws the HUD (clock, queue, alerts, score) and the floor (patients, providers, taken rooms) as the day is now. */
  #renderBehind(state: RunnerState, feedback: FeedbackView | null): void {
    this.#behindPending = null;
    drawSoon(this.game);
    this.#hud?.render(state);
    this.#hud?.renderFeedback(feedback);
    this.#renderPatients(state.view);
    this.#renderProviders();
    this.#renderRooms(state.view);
  }

  /**
   * With a station open, a press there changes what the station shows at once; the HUD
   * beside it and the floor mostly hidden behind it are drawn after the frame that shows the
   * press is painted (the trainee sees their press answered first), once however many
   * changes came meanwhile, and at once when the station closes.
   */
  #renderBehindLater(state: RunnerState, feedback: FeedbackView | null): void {
    const scheduled = this.#behindPending !== null;
    this.#behindPending = { state, feedback };
    if (scheduled) return;
    requestAnimationFrame(() => {
      setTimeout(() => {
        const pending = this.#behindPending;
        if (pending && this.sys.isActive()) this.#renderBehind(pending.state, pending.feedback);
      }, 0);
    });
  }

  /** The practice hint of the step the open station is on (one source with the floor's hint), or null. */
  #stationHint(target: StationTarget, view: DayView): string | null {
    const runner = this.#runner;
    if (!runner || view.hint === null) return null;
    // The inbox's steps are the item's call script, which the station itself lays out.
    return target.kind === 'inbox' ? null : stepHint(runner.session, target);
  }

  /** The HUD's hint while a station is open: the station's step, for its patient. */
  #openStepHint(view: DayView): string | null {
    const open = this.#station;
    if (!open) return null;
    const hint = this.#stationHint(open.target, view);
    if (hint === null || open.target.kind !== 'patient') return hint;
    const patientId = open.target.patientId;
    const name = view.patients.find((patient) => patient.id === patientId)?.name;
    return name ? `${name}: ${hint}` : hint;
  }

  #addToken(patient: ScenarioPatient, index: number, view: DayView, textScale: number): void {
    const patientView = view.patients.find((p) => p.id === patient.id);
    if (!patientView) return;
    const token = new PatientToken(this, patientView, index, textScale);
    token.on(Input.Events.GAMEOBJECT_POINTER_UP, () => this.#openStation({ kind: 'patient', patientId: patient.id }));
    this.#tokens.set(patient.id, token);
  }

  /** A provider's figure with their name under it, baked once: one quad to draw per frame. Returns the texture's key. */
  #providerTexture(shownName: string, textScale: number): string {
    const key = `provider|${textScale}|${shownName}`;
    if (!this.textures.exists(key)) {
      const label = this.make
        .text(
          {
            x: 0,
            y: NAME_Y,
            text: shownName,
            style: { fontFamily: FontStack, fontSize: `${Math.round(12 * textScale)}px`, color: cssColour(FloorPalette.badgeBusy), fontStyle: 'bold', align: 'center', resolution: 2 },
          },
          false,
        )
        .setOrigin(0.5, 0);
      const width = Math.ceil(Math.max(36, label.width + 4));
      bakeAround(this, key, { left: -width / 2, top: -FIGURE_TOP, right: width / 2, bottom: Math.ceil(NAME_Y + label.height + 2) }, (figure) => {
        figure.fillStyle(FloorPalette.shadow, 0.16).fillEllipse(0, 14, 34, 12);
        figure.fillStyle(FloorPalette.coat, 1).fillEllipse(0, 4, 32, 22);
        figure.lineStyle(2, FloorPalette.wallLight, 1).strokeEllipse(0, 4, 32, 22);
        figure.fillStyle(FloorPalette.scrubs, 1).fillTriangle(-5, -6, 5, -6, 0, 8);
        figure.fillStyle(0xd9a77c, 1).fillCircle(0, -4, 9);
        figure.fillStyle(0x2b2522, 1).slice(0, -4, 9.5, Math.PI * 1.05, Math.PI * 1.95, false).fillPath();
        return [label];
      });
    }
    return key;
  }

  #addProvider(providerId: string, key: string, index: number): void {
    const layout = this.#layout;
    if (!layout) return;
    const base = providerHome(layout, index, this.#obstacles);
    const figure = this.add.image(base.x, base.y, key);
    this.#providers.set(providerId, figure.setOrigin(0.5, FIGURE_TOP / figure.height));
  }

  #renderPatients(view: DayView): void {
    const layout = this.#layout;
    // At closing too the floor shows what the day says of each patient: one who left unseen while the day
    // played on without the trainee ("End day") walks out, a figure alone, nameless, and is gone (the playtests
    // saw her still "Waiting to check in" at 17:00); whoever the day keeps in the building stays, with their badge.
    if (!layout) return;
    const animate = !this.#app.settings.value.reducedMotion;
    const onFloor: { readonly patient: PatientView; readonly token: PatientToken }[] = [];
    for (const patient of view.patients) {
      const token = this.#tokens.get(patient.id);
      if (!token) continue;
      const present = patient.area !== 'outside' && patient.area !== 'gone';
      if (present && !this.#onFloor.has(patient.id)) {
        this.#onFloor.add(patient.id);
        token.appearAt(layout.door);
        this.#app.sounds.play('arrival');
      }
      if (!present) {
        if (this.#onFloor.has(patient.id)) {
          this.#onFloor.delete(patient.id);
          token.leave(layout, layout.door, animate);
        }
        continue;
      }
      // The badge first: its drawn size is what the plan keeps clear of the others.
      token.show(patient);
      onFloor.push({ patient, token });
    }
    const places = this.#place(
      layout,
      onFloor.map(({ patient, token }): Occupant => ({ id: patient.id, area: patient.area, room: patient.room, size: token.size })),
      this.#visits(view),
    ).patients;
    for (const { patient, token } of onFloor) {
      const place = places.get(patient.id);
      if (!place) continue;
      const from = this.#drawnArea.get(patient.id);
      this.#drawnArea.set(patient.id, patient.area);
      // Called to an exam room, the patient is drawn in it at once, just inside its door, and steps to the table:
      // the walk from the waiting room round by the corridor showed her there seconds after she was roomed (the playtest).
      if (patient.area === 'exam-room' && patient.room !== null && from !== undefined && from !== 'exam-room') token.appearAt(roomEntrance(layout, patient.room));
      token.setBadgeY(place.badgeY);
      token.walkTo(layout, place, animate);
    }
  }

  /** Where each patient on the floor goes, and each provider seeing one, so that no two badges or names overlap and all stay on the floor. */
  #place(layout: FloorLayout, occupants: readonly Occupant[], visits: readonly ProviderVisit[]): FloorPlan {
    const signature = `${occupants.map((o) => `${o.id}@${o.area}${o.room ?? ''}:${o.size.badgeWidth}x${o.size.badgeHeight}`).join(';')}|${visits.map((v) => `${v.providerIndex}>${v.patientId}@${v.room}`).join(';')}`;
    if (this.#placement?.signature === signature) return this.#placement.plan;
    const plan = planFloor(layout, occupants, this.#obstacles, visits);
    this.#placement = { signature, plan };
    return plan;
  }

  /**
   * The providers with a patient now, where the patient is: seeing them in an exam room, or
   * called at once to an ST-elevation tracing, at the ECG bed or in the room while rooming is
   * finished (session 22: drawn at the workstation while with Douglas).
   */
  #visits(view: DayView): ProviderVisit[] {
    const scenario = this.#scenario;
    if (!scenario) return [];
    const visits: ProviderVisit[] = [];
    scenario.providers.forEach((provider, providerIndex) => {
      const seeing = view.patients.find((patient) => patient.providerHere === provider.id);
      if (seeing?.area === 'ecg-bed') visits.push({ providerIndex, patientId: seeing.id, room: 'ecg-bed' });
      else if (seeing?.area === 'exam-room' && seeing.room !== null) visits.push({ providerIndex, patientId: seeing.id, room: seeing.room });
    });
    return visits;
  }

  #renderProviders(): void {
    const layout = this.#layout;
    const scenario = this.#scenario;
    if (!layout || !scenario) return;
    const animate = !this.#app.settings.value.reducedMotion;
    const seeing = this.#placement?.plan.providers;
    scenario.providers.forEach((provider, index) => {
      const container = this.#providers.get(provider.id);
      if (!container) return;
      const spot = seeing?.get(index) ?? providerHome(layout, index, this.#obstacles);
      if (container.depth !== spot.y) container.setDepth(spot.y);
      if (container.x === spot.x && container.y === spot.y) return;
      this.tweens.killTweensOf(container);
      if (!animate) {
        container.setPosition(spot.x, spot.y);
        return;
      }
      this.tweens.add({ targets: container, x: spot.x, y: spot.y, duration: 700, ease: 'Sine.InOut' });
    });
  }

  #renderRooms(view: DayView): void {
    const art = this.#art;
    if (!art) return;
    art.takenRooms.forEach((taken, index) => {
      const free = !view.rooms[index];
      if (taken.hidden !== free) taken.hidden = free;
    });
  }

  /** Plays a sound for each alert not seen before. */
  #announce(alerts: readonly AlertView[]): void {
    for (const alert of alerts) {
      if (this.#seenAlerts.has(alert.id)) continue;
      this.#seenAlerts.add(alert.id);
      this.#app.sounds.play(alert.kind === 'phone' ? 'phone' : 'alert');
    }
  }

  #openQueueItem(item: QueueItem): void {
    // A ringing call's line ("Answer the phone") and its alert answer it in one press, as the ring notice in a station does (the playtest's second Answer on a "Ringing" screen).
    if (item.callId !== null && item.stage === 'phone' && item.actions.includes('phone.answered')) this.#answerCall(item.callId);
    else if (item.callId !== null && item.stage === 'phone') this.#openStation({ kind: 'phone', callId: item.callId });
    else if (item.stage === 'inbox' && item.itemId !== undefined) this.#openStation({ kind: 'inbox', itemId: item.itemId });
    else if (item.patientId !== null) this.#openStation({ kind: 'patient', patientId: item.patientId });
  }

  /** A click on an area of the floor: the station of the first patient with work there. */
  #openZone(zone: FloorZone): void {
    const view = this.#runner?.view;
    if (!view) return;
    if (zone.area === 'exam-room' && zone.room !== null) {
      const occupant = view.rooms[zone.room - 1];
      if (occupant) return this.#openStation({ kind: 'patient', patientId: occupant });
      // An empty room: bring back the patient who has waited longest (the session says if they cannot come yet).
      const next = [...view.patients]
        .filter((patient) => patient.area === 'waiting-room' || patient.area === 'front-desk')
        .sort((a, b) => Number(b.area === 'waiting-room') - Number(a.area === 'waiting-room') || (b.waitingMinutes ?? 0) - (a.waitingMinutes ?? 0))[0];
      if (next) return this.#openStation({ kind: 'patient', patientId: next.id }, roomingStation.machineId);
      return this.#toasts?.show(`Exam room ${zone.room} is free, and nobody is waiting for a room.`, 'info');
    }
    const stages: Record<string, readonly QueueItem['stage'][]> = {
      // The inbox is the desk computer by the phone: the desk opens it when no call or check-in waits.
      'front-desk': ['phone', 'check-in', 'inbox'],
      'waiting-room': ['waiting-for-room'],
      lab: ['standing-order', 'orders'],
      checkout: ['checkout', 'billing'],
    };
    const wanted = stages[zone.area] ?? [];
    // The ECG bed opens the station of the patient on it (the lab's orders are the others').
    const onBed = zone.area === 'ecg-bed' ? view.patients.find((patient) => patient.area === 'ecg-bed') : undefined;
    if (onBed) return this.#openStation({ kind: 'patient', patientId: onBed.id });
    const item = zone.area === 'ecg-bed' ? undefined : view.queue.find((entry) => wanted.includes(entry.stage));
    if (item) return this.#openQueueItem(item);
    const names: Record<string, string> = { 'front-desk': 'front desk', 'waiting-room': 'waiting room', lab: 'lab station', 'ecg-bed': 'ECG bed', checkout: 'checkout' };
    this.#toasts?.show(`Nobody needs you at the ${names[zone.area] ?? 'station'} right now.`, 'info');
  }

  /** Opens the station of a target's current machine, or of `forcedMachineId` (rooming from an empty exam room). */
  #openStation(target: StationTarget, forcedMachineId?: string): void {
    const runner = this.#runner;
    if (!runner || runner.session.isOver || this.#closing) return;
    // The trainee goes to work: the log they were reading closes, so no station opens under it or over it.
    this.#feedbackLog?.close();
    this.#closeStation();
    // Inside a station the trainee works, and the clock moves only by their actions' minutes.
    // Held first: the floor time up to this moment counts, and the station opens on what it brought.
    const release = runner.hold(target.kind === 'inbox' ? 'inbox' : null);
    if (runner.session.isOver) return release();
    const machineId = forcedMachineId ?? machineOf(runner.session, target).machineId;
    const stage = forcedMachineId !== undefined && target.kind === 'patient' ? (runner.session.stageOf(target.patientId) ?? null) : null;
    const station = stationFor(machineId);
    const context = this.#context(target, runner.view);
    const panel = openStationPanel(
      panelsLayer(),
      forcedMachineId === roomingStation.machineId ? 'Rooming' : this.#stationTitle(target, context.patientView, station.title),
      () => {
        release();
        if (this.#station?.panel === panel) this.#station = null;
        if (this.#behindPending && !this.#station) this.#renderBehind(this.#behindPending.state, this.#behindPending.feedback);
        this.#hud?.setStepHint(null);
        this.#updateKeyboard();
      },
      // The control that opened the station is gone (the patient was handed on): the next line
      // of the queue, else the floor. Never "End day", where a stray Enter would end the day.
      () => this.#hud?.queueButton(runner.view.queue[0]?.key ?? '') ?? document.getElementById('game'),
    );
    const instance = station.open(panel, context);
    this.#station = { target, machineId, stage, panel, instance, release, heardUpTo: runner.session.minute, ringing: null };
    panel.setHint(this.#stationHint(target, runner.view));
    this.#hud?.setStepHint(this.#openStepHint(runner.view));
    this.#tellStation(this.#station, runner.view);
    focusFirstControl(panel);
    this.#updateKeyboard();
  }

  #refreshStation(view: DayView): void {
    const open = this.#station;
    const runner = this.#runner;
    if (!open || !runner) return;
    const moved =
      open.stage !== null && open.target.kind === 'patient'
        ? runner.session.stageOf(open.target.patientId) !== open.stage
        : machineOf(runner.session, open.target).machineId !== open.machineId;
    // At closing time the station the trainee is at stays on screen until the debrief
    // (#close), showing what their last action did where its workflow still shows it (a
    // closed day's workflows may have stopped: the station then stays as it was drawn).
    if (view.isOver && moved) return;
    if (moved) {
      this.#closeStation();
      return;
    }
    const hadFocus = open.panel.root.contains(document.activeElement);
    open.panel.setHint(this.#stationHint(open.target, view));
    open.instance.update(this.#context(open.target, view));
    this.#tellStation(open, view);
    // A station that redraws removes the button just used: the redraw gives focus to the same
    // control or the next action of its group; failing both, the keyboard waits on the panel's
    // heading, never in the first text field, where the trainee's next keys would type.
    if (hadFocus && !open.panel.root.contains(document.activeElement)) open.panel.focusHeading();
  }

  /**
   * Tells the trainee inside a station what the clinic did meanwhile: everything that fell
   * due in the minutes of their actions, in order, and a ringing phone with a way to it
   * (the phone rings again at each action while nobody answers).
   */
  #tellStation(open: OpenStation, view: DayView): void {
    const runner = this.#runner;
    if (!runner) return;
    const minute = runner.session.minute;
    if (minute > open.heardUpTo) {
      const news = happeningsBetween(runner.session.record().timeline, open.heardUpTo, minute);
      // A call that rang out in the minutes of the work stays said until the trainee clicks it
      // away: the ringing notice went with the call, and the line is all that tells of it (the
      // playtest: Tanya Johnson's call rang out on the first click in the inbox, its line gone in seconds).
      open.panel.announce(news.map((happening) => (happening.kind === 'phone-missed' ? { text: happening.text, stays: true } : happening.text)));
      open.heardUpTo = minute;
    }
    const call = view.alerts.find((alert) => alert.kind === 'phone' && alert.callId !== null && !(open.target.kind === 'phone' && open.target.callId === alert.callId));
    const callId = call?.callId ?? null;
    if (!call || callId === null) {
      open.ringing = null;
      open.panel.setRinging(null);
      return;
    }
    // The floor rang once when the call came in; ring again each time the trainee's work moves the clock.
    if (open.ringing?.alertId === call.id && minute > open.ringing.minute) this.#app.sounds.play('phone');
    open.ringing = { alertId: call.id, minute };
    const voicemailAt = call.minute + RING_MINUTES;
    open.panel.setRinging({
      text: `${call.text} · goes to voicemail at ${formatMinutesOfDay(voicemailAt)}`,
      warning: voicemailWarning({ actions: stationActions(open.target, view, runner.session.available()), now: minute, voicemailAt }),
      answer: () => this.#answerCall(callId),
    });
  }

  /**
   * "Answer the phone" (the ring notice in a station, the call's line in Needs you, its alert):
   * goes to the phone and answers the call, in one press, the conversation open (the playtests:
   * the press opened the phone's "Ringing" screen, where a second "Answer the phone" waited).
   * Answering is sent only while the session offers it.
   */
  #answerCall(callId: string): void {
    this.#openStation({ kind: 'phone', callId });
    const open = this.#station;
    const runner = this.#runner;
    if (!open || !runner || open.target.kind !== 'phone' || open.target.callId !== callId) return;
    if (!stationActions(open.target, runner.view, runner.session.available()).includes('phone.answered')) return;
    this.#context(open.target, runner.view).send({ type: 'phone.answered', callId });
    if (this.#station === open) focusFirstControl(open.panel);
  }

  #closeStation(): void {
    const open = this.#station;
    if (!open) return;
    this.#station = null;
    open.instance.dispose?.();
    open.panel.close();
    open.release();
  }

  #context(target: StationTarget, view: DayView): StationContext {
    const runner = this.#runner!;
    const session = runner.session;
    // An inbox item's actions are the day's, logged for nobody, as the session's inbox task names them (its patient may have no visit today).
    const patientId =
      target.kind === 'patient' ? target.patientId : target.kind === 'inbox' ? null : ((session.phoneSnapshot(target.callId)?.context as { call?: { patientId?: string } } | undefined)?.call?.patientId ?? null);
    const patient = patientId === null ? null : (session.scenario.patients.find((p) => p.id === patientId) ?? null);
    return {
      session,
      view,
      target,
      patient,
      patientView: target.kind === 'patient' ? (view.patients.find((p) => p.id === target.patientId) ?? null) : null,
      snapshot: machineOf(session, target).snapshot,
      hints: view.practice && session.scenario.hints,
      reducedMotion: this.#app.settings.value.reducedMotion,
      // A call's actions are logged for the patient it is about, as the session's phone task names them.
      send: (action) => this.#send(patientId, action, patient),
    };
  }

  #send(patientId: string | null, action: TraineeAction, patient: ScenarioPatient | null): ActionOutcome {
    const runner = this.#runner;
    if (!runner) return { accepted: false, reason: 'The clinic day is over.' };
    // The session reads the action with its schema: whatever a station sends, a malformed one is a refusal with its reason.
    const who = patient ? ` for ${displayName(patient)}` : '';
    const before = this.#lastDone;
    // Named before it is taken: an action whose minutes run past closing ends the day inside `act`, and the closing notice names it.
    this.#lastDone = `${actionLabel(action.type).toLowerCase()}${who}`;
    const outcome = runner.act(patientId, action);
    if (!outcome.accepted) this.#lastDone = before;
    if (outcome.accepted) {
      this.#toasts?.show(`Done: ${actionLabel(action.type)}${who} (${outcome.minutes} min)`, 'done');
    } else {
      this.#toasts?.show(notNowText(outcome.reason), 'refused');
      this.#app.sounds.play('alert');
    }
    return outcome;
  }

  #stationTitle(target: StationTarget, patient: PatientView | null, fallback: string): string {
    if (target.kind === 'phone') return 'Phone';
    if (target.kind === 'inbox') return 'Inbox';
    if (!patient) return fallback;
    switch (patient.area) {
      case 'front-desk':
        return 'Front desk';
      case 'waiting-room':
        return 'Waiting room';
      case 'exam-room':
        return patient.room === null ? 'Exam room' : `Exam room ${patient.room}`;
      case 'lab':
      case 'ecg-bed':
        // The lab area holds the lab bench and the injection chair: the station names which (the ECG bed's is "ECG bed").
        return fallback;
      case 'checkout':
        return 'Checkout';
      case 'gone':
        return patient.stage === 'billing' ? 'Billing' : 'Patient';
      default:
        return fallback;
    }
  }

  /** This day's speed only: the next day starts at the speed its briefing shows (`GameSettings.speed`). */
  #setSpeed(speed: Speed): void {
    this.#runner?.setSpeed(speed);
  }

  async #confirmEndDay(why?: string): Promise<void> {
    const runner = this.#runner;
    if (!runner || runner.session.isOver) return;
    // The question is not a floor decision: the clock stands still while it is open.
    const release = runner.hold();
    const confirmed = await confirmDialog(panelsLayer(), {
      title: 'End the day now?',
      // What plays on is judged too (the playtest ended at 08:56 and failed on a portal message that came at 10:40).
      message: `${why ? `${why} ` : ''}The clinic plays on to closing time without you, and the debrief judges all of it: patients waiting or still to come are not finished, and messages still to arrive go unread — an emergency among them is a critical finding, which fails the day.`,
      confirmLabel: 'End day',
      cancelLabel: 'Keep working',
    });
    release();
    if (!this.#runner || this.#runner !== runner) return;
    if (!confirmed) return;
    this.#endedByTrainee = true;
    this.#endedAt = runner.session.minute;
    runner.endDay();
  }

  /**
   * Says, once each, that closing time is near: at 30 and at 10 clinic minutes before it (or
   * at once when the day starts or resumes closer than that), in a toast (a polite status a
   * screen reader reads) and in the open station's news, where the trainee is working.
   */
  #warnClosing(view: DayView): void {
    if (view.isOver) return;
    const left = view.clock.minutesToClose;
    const crossed = CLOSING_NOTICE_MINUTES.filter((minutes) => left <= minutes && !this.#closingWarned.has(minutes));
    if (crossed.length === 0) return;
    for (const minutes of crossed) this.#closingWarned.add(minutes);
    const text = `Closing time in ${left} min (${view.clock.closesAt}): finish the work in hand. What is still waiting when the clinic closes counts as unfinished in the debrief.`;
    this.#toasts?.show(text, 'info');
    this.#station?.panel.announce([`${view.clock.text} · ${text}`]);
  }

  /**
   * Closing time: the closing notice, modal over the floor (nothing beneath it takes a press
   * or the keyboard, so no station opens behind it), until the trainee opens the debrief: it
   * waits for them however long they read (the playtest: a pause that ran out took the
   * trainee to the debrief before they had read the notice or pressed its button). A station the trainee was at stays on screen, still, showing what
   * their last action did.
   */
  #close(view: DayView): void {
    this.#closing = true;
    this.#feed?.closeDay();
    const open = this.#station;
    if (open) this.#endStationAtClosing(open, view);
    const scenario = this.#scenario;
    const runner = this.#runner;
    if (!scenario || !runner) return;
    const endedAt = this.#endedAt;
    const closes = minutesOfDay(scenario.day.end);
    const data: DebriefData = { scenario, result: scoreDay(runner.session.record()), ...(endedAt === null ? {} : { ended: { at: endedAt, closes } }) };
    // Once: the notice's button and the bar's both lead here.
    let started = false;
    const toDebrief = () => {
      if (started) return;
      started = true;
      this.scene.start(SceneKeys.Debrief, data);
    };
    this.#toDebrief = toDebrief;
    // The canvas hears presses on the whole window (Phaser): it stops listening, as the HTML beneath the notice does.
    this.input.enabled = false;
    const layer = panelsLayer();
    const game = document.getElementById('game');
    // The last step is named only when its minutes ran into closing time; a day the trainee ended stopped after it.
    const last = this.#lastDone === null || this.#endedByTrainee ? null : `Your last step (${this.#lastDone}) is done and counts.`;
    const notice = showClosingNotice(layer, {
      title: `The clinic is closed · ${view.clock.text}`,
      lines: [
        ...(endedAt === null ? [] : [afterEndedLine(data.result.findings, endedAt, closes)]),
        ...(open && last ? [last] : []),
        ...leftUndoneLines(data.result.findings, peopleNamed(data.result.journeys, scenario), data.result.gate),
        ...stillOpenLines(data.result),
        ...(view.practice ? countedLines(runner.session, data.result) : []),
        'The debrief follows: your score, and every finding explained.',
      ],
      floor: [...(game ? [game] : []), ...layer.children].filter((node): node is HTMLElement => node instanceof HTMLElement),
      onDismiss: toDebrief,
      ...(this.#hud ? { afterEscape: { live: this.#hud.bar, focus: this.#hud.openDebriefButton } } : {}),
    });
    this.events.once(Scenes.Events.SHUTDOWN, () => notice.dispose());
    const cause = sealCause(data.result.gate);
    const whole = dayVerdictText(data.result.gate, data.result.findings, peopleNamed(data.result.journeys, scenario));
    this.#hud?.showVerdict(cause === null || whole === null ? null : { short: cause, whole });
  }

  /**
   * The day ended while the trainee was at a station (their last action's minutes ran past
   * closing time): the action is done and counts (the session took it before its minutes
   * ran), and the station stays on screen, still, showing what it did, with a notice saying
   * so, until the debrief opens; nothing in it can be pressed any more.
   */
  #endStationAtClosing(open: OpenStation, view: DayView): void {
    open.panel.body.inert = true;
    open.panel.setRinging(null);
    open.panel.setHint(null);
    if (this.#endedByTrainee) {
      open.panel.announce([`${view.clock.text} · You ended the day; the clinic is closed. The debrief follows.`]);
      return;
    }
    const last = this.#lastDone === null ? 'Your last step' : `Your last step (${this.#lastDone})`;
    open.panel.announce([`${view.clock.text} · The clinic is closed. ${last} is done and counts. The debrief follows.`]);
  }

  /**
   * Timed play: skips to the next thing that happens, or says why not while something waits.
   * Once the skip has brought something in, a second click or key press gets the same answer.
   */
  #skipAhead(runner: DayRunner): void {
    const from = runner.session.minute;
    if (runner.skipAhead()) return this.#tellJump(runner, from);
    const blocker = runner.skipAheadBlocker;
    if (blocker !== null) this.#toasts?.show(notNowText(blocker), 'refused');
  }

  /**
   * Untimed play: runs the clock to the next thing that happens, and says what it was. When
   * nothing more is due before closing, the next event is the end of the day: the trainee is
   * asked first, as "End day" asks.
   */
  #nextEvent(runner: DayRunner): void {
    if (runner.session.nextEventCloses) {
      void this.#confirmEndDay('Nothing else happens before closing: the next event is the end of the day.');
      return;
    }
    const from = runner.session.minute;
    runner.nextEvent();
    this.#tellJump(runner, from);
  }

  /**
   * After "Next event" or "Skip ahead" on the floor: says what the clock stopped for (a
   * result ready to read changes nothing else a trainee would see on the floor, and a
   * second press would run on past it). Inside a station the station's news says it.
   */
  #tellJump(runner: DayRunner, from: number): void {
    if (this.#station) return;
    const news = happeningsBetween(runner.session.record().timeline, from, runner.session.minute);
    if (news.length > 0) this.#toasts?.show(news.map((happening) => happening.text).join(' · '), 'info');
  }

  /**
   * Escape in the HUD: closes the open panel, the feedback log first (it opens over the
   * station), else the station, exactly as its Close button does; the keyboard stays where
   * the trainee is in the HUD. With nothing open, focus goes to the floor (the game's
   * canvas), where the floor's shortcuts work again.
   */
  #escapeFromHud(): void {
    if (this.#feedbackLog?.isOpen) return this.#feedbackLog.close();
    // Closed: the station left on screen stays, still, and the keyboard stays on the bar's way to the debrief.
    if (this.#closing) return;
    if (this.#station) return this.#station.panel.close();
    document.getElementById('game')?.focus({ preventScroll: true });
  }

  /** Keyboard shortcuts on the floor (P pause, H/1/2/4 speed, N next event or skip ahead), off while a station, a dialog or a text field has focus. */
  #bindKeys(layer: HTMLElement): void {
    const keyboard = this.input.keyboard;
    if (!keyboard) return;
    // Phaser handles its queue of key events on every key event and empties it only when the game
    // steps: with the loop asleep between two presses, the second press's keyup hands the first
    // keydown over again, and P pressed once paused and resumed (screen-keyboard, on the 2D canvas).
    // Each press is taken once.
    const taken = new WeakSet<KeyboardEvent>();
    const once = (event: KeyboardEvent): boolean => {
      if (taken.has(event)) return false;
      taken.add(event);
      return true;
    };
    keyboard.on('keydown-P', (event: KeyboardEvent) => {
      if (once(event)) this.#runner?.setPaused(!this.#runner.paused);
    });
    for (const speed of SPEEDS) {
      keyboard.on(`keydown-${SpeedKeys[speed].phaser}`, (event: KeyboardEvent) => {
        if (once(event)) this.#setSpeed(speed);
      });
    }
    keyboard.on('keydown-N', (event: KeyboardEvent) => {
      const runner = this.#runner;
      // A held key repeats; one press is one jump, as one click is.
      if (!runner || event.repeat || !once(event)) return;
      if (runner.timed) this.#skipAhead(runner);
      else this.#nextEvent(runner);
    });
    const onFocus = () => this.#updateKeyboard();
    document.addEventListener('focusin', onFocus);
    document.addEventListener('focusout', onFocus);
    this.events.once(Scenes.Events.SHUTDOWN, () => {
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener('focusout', onFocus);
      keyboard.removeAllListeners();
      keyboard.enabled = true;
      keyboard.enableGlobalCapture();
    });
    // The floor takes keyboard focus (Escape from the HUD gives it back): named for a screen reader, out of the Tab order.
    const floor = document.getElementById('game');
    if (floor) {
      floor.tabIndex = -1;
      floor.setAttribute('role', 'region');
      floor.setAttribute('aria-label', 'Clinic floor');
      this.events.once(Scenes.Events.SHUTDOWN, () => {
        floor.removeAttribute('tabindex');
        floor.removeAttribute('role');
        floor.removeAttribute('aria-label');
      });
    }
    this.#layer = layer;
    this.#updateKeyboard();
  }

  /** Phaser listens to keys only while no HTML panel or control has focus. */
  #updateKeyboard(): void {
    const keyboard = this.input.keyboard;
    if (!keyboard || !this.#layer) return;
    // focusout fires before focus lands; look again once it has.
    queueMicrotask(() => {
      const active = document.activeElement;
      const inPanels = active instanceof HTMLElement && this.#layer?.contains(active) === true;
      // A button or line of the top bar or side panel (Pause just pressed, a Needs you line)
      // types nothing: the floor's shortcuts work there too, as the briefing's "Pause (P)" says.
      const onHudControl = inPanels && active.closest('.hud-bar, .hud-side') !== null && !active.matches('input, textarea, select, [contenteditable]:not([contenteditable="false"])');
      keyboard.enabled = !inPanels || onHudControl;
      if (inPanels) keyboard.disableGlobalCapture();
      else keyboard.enableGlobalCapture();
    });
  }

  /** A hidden tab pauses the clock, so a trainee who switches away loses no clinic time. */
  #watchVisibility(runner: DayRunner): void {
    let pausedByHiding = false;
    const onVisibility = () => {
      if (document.hidden && !runner.paused && runner.timed) {
        pausedByHiding = true;
        runner.setPaused(true);
      } else if (!document.hidden && pausedByHiding) {
        pausedByHiding = false;
        runner.setPaused(false);
      }
    };
    document.addEventListener('visibilitychange', onVisibility);
    this.events.once(Scenes.Events.SHUTDOWN, () => document.removeEventListener('visibilitychange', onVisibility));
  }
}

/** In practice, the closing notice's line on how the feedback log's count (the top bar's) and the debrief's differ, when they do. */
function countedLines(session: Session, result: DayResult): string[] {
  const logged = session.record().checks.flatMap((check) => (check.finding ? [check.finding] : []));
  const line = findingsCountedLine(logged, result.findings);
  return line === null ? [] : [line];
}

/** The closing notice's line for what is still open (not scored): results waiting for a call back, questions waiting for the provider's answer, as the debrief names them. */
function stillOpenLines(result: DayResult): string[] {
  const line = stillOpenClosingLine(stillOpenAtClosing(result.timeline));
  return line === null ? [] : [line];
}
