/**
 * A running clinic day: the clinic-day actor and its encounters on the clinic clock, the
 * seeded random source, and the append-only log of the trainee's accepted actions.
 *
 * A day is a pure function of scenario, seed and action log: `replaySession` plays a log
 * back through the same machines and reaches the same state, the same journal and so the
 * same result. The trainee is one person: each accepted action costs the simulated minutes
 * of the action-cost table, during which the providers and the patients' clocks run on.
 */
import { type Actor, type AnyActorRef, type AnyMachineSnapshot, createActor, type InspectionEvent } from 'xstate';
import { type Scenario, type ScenarioPatient } from '../scenario/scenario.schema';
import { minutesOfDay } from '../scenario/clock-time';
import { canRoomPatient, type ClinicDayContext, clinicDayMachine, type EncounterRef, type InboxItemRef } from '../clinic/clinic-day.machine';
import { dayEndJudgement, type InboxItemContext, providerWait } from '../clinic/inbox/inbox-item.machine';
import { awaitingAnotherCall, awaitingCallBack, kindOf, mayHandOver, onTheLine, questionAwaitingAnswer, resultNotGiven } from '../clinic/inbox/inbox-kinds';
import { tomorrowBookText } from '../clinic/inbox/tomorrow-book';
import { type DayBooking, DayJournal, type DayEnvironment, type DayQualityControl } from '../domain/day-environment';
import { encounterMachine, encounterStage, type EncounterStage, isWaitingForTrainee, type WaitSpell } from '../clinic/encounter.machine';
import { ACTION_COSTS, type ActionProblem, DAY_ACTION_COSTS, type DayAction, isDayAction, type ParsedAction, parseTraineeAction, type TraineeAction, type TraineeActionType } from '../clinic/trainee-action';
import type { ActionCost } from '../reference/action-costs';
import { stageActors, workflowUnderWay } from '../workflows/stage-actors';
import { actionCostsOf, type AnyWorkflow, availableWorkflowActions, WORKFLOWS, workflowsById } from '../workflows/workflows';
import type { Check } from '../scoring/finding';
import { awaitingAnotherCallEntry, awaitingCallBackEntry, awaitingProviderAnswerEntry, resultNotGivenEntry } from '../scoring/still-open';
import type { DayRecord, InboxOutcome, PatientJourney, SessionSettings } from '../scoring/day-record';
import { ClinicClock } from './clock';
import { SeededRandom } from '../domain/random';
import { displayName } from '../domain/patient';
import type { EncounterChart } from '../domain/chart';

/** Observes the actors of a day (XState's inspection API), for benchmarks and tools. */
export type InspectionObserver = (event: InspectionEvent) => void;

/** How a session is built, beyond scenario, seed and settings. */
export interface SessionOptions {
  /** Observes the actors (XState's inspection API), for benchmarks and tools. */
  readonly inspect?: InspectionObserver;
  /**
   * Other workflows than the game's (the same ids and stages, simpler machines), to test the
   * day's own mechanics without the detail of any workflow.
   */
  readonly workflows?: readonly AnyWorkflow[];
}

/** One accepted trainee action: when it started, for whom, and what it was. */
export interface ActionLogEntry {
  readonly seq: number;
  readonly minute: number;
  readonly patientId: string | null;
  readonly action: TraineeAction;
}

/** What happened to an action the trainee tried. */
export type ActionOutcome =
  | { readonly accepted: true; readonly entry: ActionLogEntry; readonly minutes: number }
  | { readonly accepted: false; readonly reason: string; readonly problem?: ActionProblem };

/** What the trainee can do now for one patient (or for the phone, or an inbox item). */
export interface AvailableTask {
  readonly patientId: string | null;
  readonly label: string;
  readonly stage: EncounterStage | 'phone' | 'inbox';
  readonly actions: readonly TraineeActionType[];
  /** Minutes the patient has been waiting for this step, when they are waiting. */
  readonly waitingMinutes: number | null;
  /** For phone tasks: the call to answer or close. */
  readonly callId?: string;
  /** For inbox tasks: the item to open, work or hand over. */
  readonly itemId?: string;
  /** Those of `actions` that must come before anything else (a critical value to tell the provider); absent when none. */
  readonly urgent?: readonly TraineeActionType[];
  /** True when the patient's workflow lists its work first under Needs you, without it being urgent (`Workflow.listedFirst`); absent otherwise. */
  readonly listedFirst?: true;
  /** True for an inbox item set aside and not yet due: it waits, but does not stop "Skip ahead"; absent otherwise. */
  readonly deferred?: true;
  /** For an inbox item in work: who is waiting on the line of its call (`onTheLine`); absent when nobody is. */
  readonly onTheLine?: string;
}

/** How a day is played (mode, timer): the day record keeps it for scoring; the session starts with it. */
export type { SessionSettings } from '../scoring/day-record';

const NO_ACTIONS: readonly TraineeActionType[] = [];

/** A workflow's answer for one snapshot: what it takes now, and what of that comes first. */
interface WorkflowAnswer {
  readonly snapshot: AnyMachineSnapshot;
  readonly actions: readonly TraineeActionType[];
  readonly urgent: readonly TraineeActionType[];
  readonly listedFirst: boolean;
}

/**
 * The action a scripted trainee built last (`builtByDomain`): made by a player's typed code
 * from the day's own snapshots, never read from a station, a file or a link. The session takes
 * it without reading it with its schema again (the schemas guard the edge; a unit test holds
 * every move the trainees make equal to its parsed copy). One slot is enough: a trainee asks
 * `canAct` and then `act` about the action it built last; any other object is parsed.
 */
let lastBuiltByDomain: object | null = null;

/**
 * Marks an action a scripted trainee built as the domain's own (`src/trainees` only: an
 * architecture test keeps it there); returns it unchanged.
 */
export function builtByDomain<A extends TraineeAction>(action: A): A {
  lastBuiltByDomain = action;
  return action;
}

/** A copy of plain data (objects, arrays, primitives), keys in their order: the session's own, as a parse gives. */
function plainCopy<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(plainCopy) as T;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = plainCopy((value as Record<string, unknown>)[key]);
    // `__proto__` as a key is a field like any other, never the copy's prototype.
    if (key === '__proto__') Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
    else copy[key] = item;
  }
  return copy as T;
}

type InboxItemSnapshot = ReturnType<InboxItemRef['getSnapshot']>;

/** Where an inbox item's snapshot stands for the task list, and its label. */
interface InboxStep {
  readonly snapshot: InboxItemSnapshot;
  readonly step: 'waiting' | 'working' | null;
  readonly label: string;
  /** Who is waiting on the line of the item's call while it is in work (`onTheLine`), or null. */
  readonly onTheLine: string | null;
}

type EncounterSnapshot = ReturnType<EncounterRef['getSnapshot']>;

/**
 * A patient's task as `available` last built it, and what it was built from: the encounter's
 * snapshot (stage, wait), the workflow's (its actions), and the minute while the patient is
 * waiting (the minutes waited; null when not waiting). A patient waiting for a room is never
 * kept: whether a room is free is the clinic day's, not the patient's.
 */
interface PatientTaskMemo {
  readonly encounter: EncounterSnapshot;
  readonly workflow: AnyMachineSnapshot | undefined;
  readonly minute: number | null;
  readonly task: AvailableTask | null;
}

/** An inbox item's task as `available` last built it, for that snapshot of the item and whether it could be handed over then. */
interface InboxTaskMemo {
  readonly snapshot: InboxItemSnapshot;
  readonly handOver: boolean;
  readonly task: AvailableTask | null;
}

/** An action as the session read it: its own copy, fitting now, or the reason it is refused. */
type ActionRead = { readonly ok: true; readonly action: TraineeAction } | { readonly ok: false; readonly reason: string; readonly problem?: ActionProblem };

/** The default settings for a scenario: its mode, and its timer. */
export function defaultSettings(scenario: Scenario): SessionSettings {
  return { mode: scenario.mode, timerEnabled: scenario.timer.enabled };
}

export class Session {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly settings: SessionSettings;
  readonly #clock: ClinicClock;
  readonly #journal = new DayJournal();
  readonly #actor: Actor<typeof clinicDayMachine>;
  readonly #log: ActionLogEntry[] = [];
  readonly #bookings: DayBooking[] = [];
  readonly #qualityControls: DayQualityControl[] = [];
  readonly #closingMinute: number;
  /** Each patient's name as the task list shows it. */
  readonly #labels: ReadonlyMap<string, string>;
  readonly #workflowActionsByPatient = new Map<string, WorkflowAnswer>();
  readonly #inboxSteps = new Map<string, InboxStep>();
  /**
   * Each patient's task and each inbox item's, as `available` last built them (`#patientTask`,
   * `#inboxTask`). Snapshots are immutable, so a task built from the same snapshots (and, where
   * it shows a wait, in the same minute; for an item, on the same side of the hand-over window)
   * is the same task: the trainees list the tasks before many of their moves, and between two
   * lists most patients and items stand still.
   */
  readonly #patientTasks = new Map<string, PatientTaskMemo>();
  readonly #inboxTasksById = new Map<string, InboxTaskMemo>();
  #lastParse: { readonly raw: unknown; readonly parsed: ParsedAction } | null = null;
  /**
   * Counts the day's changes: every action sent and every run of the clock (nothing else
   * moves an actor). A question asked again with nothing changed in between gets the answer
   * it got (`#lastRead`): a trainee asks `canAct`, then `act`, about the same action.
   */
  #version = 0;
  #lastRead: { readonly raw: unknown; readonly patientId: string | null; readonly version: number; readonly read: ActionRead } | null = null;
  #lastWorkflowAnswer: { readonly snapshot: AnyMachineSnapshot; readonly action: TraineeAction; readonly accepts: boolean } | null = null;
  /** The day's workflows by id (= the id of the machine a patient's stage runs). */
  readonly #workflows: ReadonlyMap<string, AnyWorkflow>;
  /** The patients whose claims had gone to the payer when the day ended (the workflows stop with the day). */
  readonly #claimsOutAtClose = new Set<string>();
  /** What each action costs: the day's own and the day's workflows'. */
  readonly #costs: ReadonlyMap<string, ActionCost>;

  private constructor(scenario: Scenario, seed: number, settings: SessionSettings, options: SessionOptions) {
    this.scenario = scenario;
    this.seed = seed;
    this.settings = settings;
    this.#clock = new ClinicClock(minutesOfDay(scenario.day.start));
    this.#closingMinute = minutesOfDay(scenario.day.end);
    this.#labels = new Map(scenario.patients.map((patient) => [patient.id, displayName(patient)]));
    const env: DayEnvironment = {
      now: () => this.#clock.now,
      journal: this.#journal,
      bookings: this.#bookings,
      qualityControls: this.#qualityControls,
      random: new SeededRandom(seed),
      interruptProvider: (providerId, minutes) => this.#actor.send({ type: 'provider.interrupted', providerId, minutes }),
      callProviderNow: (providerId, patientId) => this.#actor.send({ type: 'provider.called-now', providerId, patientId }),
      dayEnding: () => {
        for (const check of this.#atDayEnd()) this.#journal.check(check);
      },
    };
    this.#workflows = workflowsById(options.workflows ?? WORKFLOWS);
    this.#costs = options.workflows ? new Map([...Object.entries(DAY_ACTION_COSTS), ...actionCostsOf(options.workflows)]) : ACTION_COSTS;
    const machine = options.workflows
      ? clinicDayMachine.provide({ actors: { encounter: encounterMachine.provide({ actors: stageActors(options.workflows) }) } })
      : clinicDayMachine;
    this.#actor = createActor(machine, { input: { scenario, env }, clock: this.#clock, ...(options.inspect ? { inspect: options.inspect } : {}) });
    this.#actor.start();
    // Patients due at the opening minute arrive now.
    this.#clock.advanceTo(this.#clock.now);
  }

  /** Opens a new day on `scenario` with `seed`. */
  static start(scenario: Scenario, options: SessionOptions & { seed: number; settings?: SessionSettings }): Session {
    return new Session(scenario, options.seed, options.settings ?? defaultSettings(scenario), options);
  }

  /** The current clinic minute. */
  get minute(): number {
    return this.#clock.now;
  }

  /** The minute the clinic closes and the day ends. */
  get closingMinute(): number {
    return this.#closingMinute;
  }

  /** Appointments booked so far today (follow-ups, walk-ins' slots, rescheduled visits). */
  get bookingsMadeToday(): readonly DayBooking[] {
    return this.#bookings;
  }

  /** The accepted actions so far, in order. */
  get log(): readonly ActionLogEntry[] {
    return this.#log;
  }

  /**
   * The checks recorded since the first `from` (in the order they were recorded), without
   * copying the day's whole journal: a view that follows the day reads only what is new.
   */
  checksSince(from: number): readonly Check[] {
    const checks = this.#journal.checks;
    return from >= checks.length ? [] : checks.slice(Math.max(0, from));
  }

  /** True once the day has ended (closing time, or everyone done). */
  get isOver(): boolean {
    return this.#actor.getSnapshot().status !== 'active';
  }

  get #context(): ClinicDayContext {
    return this.#actor.getSnapshot().context;
  }

  /**
   * The trainee tries an action for a patient (or, for the phone, for nobody). The action
   * comes from outside the domain (a station, a file, a scripted trainee), so it is read
   * with its schema first: one that does not parse, or does not fit now, is refused with a
   * reason and changes nothing. An accepted one goes into the log as the session's own
   * parsed copy (a scripted trainee's move, `builtByDomain`, copied without a parse) and costs
   * its minutes.
   */
  act(patientId: string | null, action: TraineeAction): ActionOutcome {
    const read = this.#read(patientId, action);
    if (!read.ok) return read.problem ? { accepted: false, reason: read.reason, problem: read.problem } : { accepted: false, reason: read.reason };
    const parsed = read.action;
    this.#lastParse = null;
    this.#version++;
    const entry: ActionLogEntry = { seq: this.#log.length, minute: this.#clock.now, patientId, action: parsed };
    this.#log.push(entry);
    if (isDayAction(parsed)) {
      // A call's or an inbox item's action goes straight to its actor, as the clinic day would
      // forward it (its guard is the same question, asked in `#refusal`): one actor step, not two.
      const own = this.#dayActor(parsed);
      if (own) own.send(parsed);
      else this.#actor.send({ type: 'trainee.action', patientId, action: parsed });
    } else {
      const encounter = this.#encounter(patientId!)!;
      const snapshot = encounter.getSnapshot();
      // The first action of a stage ends the patient's wait, which the encounter records;
      // the rest go straight to the workflow under way (one actor step instead of two, or of
      // three where a stage runs its workflows in sequence: the sequence only forwards them).
      if (isWaitingForTrainee(snapshot)) encounter.send({ type: 'trainee.action', action: parsed });
      else workflowUnderWay(snapshot.children.workflow)!.send(parsed);
    }
    const minutes = this.#minutesOf(parsed.type);
    // The action's work takes its minutes even when the action itself ended the day (the
    // last payment posted): the day ends when that work is done.
    if (this.isOver) {
      this.#version++;
      this.#clock.advanceTo(Math.min(this.#clock.now + minutes, this.#closingMinute));
    } else this.#runClock(this.#clock.now + minutes);
    return { accepted: true, entry, minutes };
  }

  /**
   * Lets clinic time pass (the trainee idles, or the real-time clock runs on), never past
   * the event that ends the day: however far the caller asks, the clock stops at the minute
   * the day ended, so the day's end and every figure of its result come from the day's own
   * events, not from how far a real-time clock happened to be moved. Once the day is over
   * its clock stands still.
   */
  advanceTo(minute: number): void {
    if (this.isOver || minute <= this.#clock.now) return;
    this.#runClock(minute);
  }

  /**
   * Lets time pass until something happens (an arrival, a provider finishing, a phone
   * ringing) or the day closes. Returns false when the day is over.
   */
  waitForNextEvent(): boolean {
    if (this.isOver) return false;
    const next = this.#clock.nextDue();
    this.#runClock(next === undefined ? this.#closingMinute : next);
    return !this.isOver;
  }

  /** Runs the clock to `minute` (at most closing time), stopping at the event that ends the day. */
  #runClock(minute: number): void {
    this.#version++;
    this.#clock.advanceTo(Math.min(minute, this.#closingMinute), () => this.isOver);
  }

  /** The clinic minute the next thing is due (an arrival, a call, a kit's read timer), or undefined when nothing is pending. */
  get nextEventMinute(): number | undefined {
    return this.isOver ? undefined : this.#clock.nextDue();
  }

  /**
   * True when nothing is due before the clinic's last minute, so waiting for the next event
   * would end the trainee's day: an event in that minute (the claims' end-of-day check, a
   * second before closing) leaves no time to do anything, and a jump to it is a jump to closing.
   */
  get nextEventCloses(): boolean {
    if (this.isOver) return false;
    const next = this.#clock.nextDue();
    return next === undefined || next > this.#closingMinute - 1;
  }

  /** Plays the rest of the day without the trainee, to closing time. */
  finish(): void {
    while (this.waitForNextEvent()) {
      // Each step fires the next due event; the loop ends when the day does.
    }
  }

  /** True when `act` would accept the action now (nothing changes). */
  canAct(patientId: string | null, action: TraineeAction): boolean {
    return this.#read(patientId, action).ok;
  }

  /** The stage a patient is in. */
  stageOf(patientId: string): EncounterStage | undefined {
    const encounter = this.#encounter(patientId);
    return encounter ? encounterStage(encounter.getSnapshot()) : undefined;
  }

  /**
   * The provider with a patient now, by id: seeing them, or come at once to an ST-elevation
   * tracing while the trainee's work with them (the ECG bed, rooming) goes on; null otherwise.
   */
  providerWith(patientId: string): string | null {
    return Object.entries(this.#context.providerBusyWith).find(([, busyWith]) => busyWith === patientId)?.[0] ?? null;
  }

  /**
   * The stage of a patient whose work is under way — a workflow running, the patient not
   * sitting waiting for the trainee to start it — or null. `availableFor` without listing
   * the workflow's actions: for a trainee who asks the workflow's player for the next one
   * and checks it with `canAct`.
   */
  stageInProgress(patientId: string): EncounterStage | null {
    const snapshot = this.#encounter(patientId)?.getSnapshot();
    if (!snapshot || this.isOver || isWaitingForTrainee(snapshot)) return null;
    return workflowUnderWay(snapshot.children.workflow)?.getSnapshot().status === 'active' ? encounterStage(snapshot) : null;
  }

  /** The snapshot of the workflow a patient is in now, if any (for views and scripted trainees). */
  workflowSnapshot(patientId: string): AnyMachineSnapshot | undefined {
    const snapshot = this.#encounter(patientId)?.getSnapshot();
    return workflowUnderWay(snapshot?.children.workflow)?.getSnapshot() as AnyMachineSnapshot | undefined;
  }

  /** The workflow a patient is in now (its descriptor: player, labels, hint), if any. */
  workflowOf(patientId: string): AnyWorkflow | undefined {
    const snapshot = this.workflowSnapshot(patientId);
    return snapshot ? this.#workflows.get(snapshot.machine.id) : undefined;
  }

  /** The snapshot of a phone call, if the day has one by that id. */
  phoneSnapshot(callId: string): AnyMachineSnapshot | undefined {
    return this.#context.calls.get(callId)?.getSnapshot() as AnyMachineSnapshot | undefined;
  }

  /** The snapshot of an inbox item, if the day has one by that id. */
  inboxSnapshot(itemId: string): AnyMachineSnapshot | undefined {
    return this.#context.inbox.get(itemId)?.getSnapshot() as AnyMachineSnapshot | undefined;
  }

  /** Every inbox item's snapshot, in the scenario's order (the inbox list, arrived or not). */
  inboxSnapshots(): readonly AnyMachineSnapshot[] {
    return [...this.#context.inbox.values()].map((item) => item.getSnapshot() as AnyMachineSnapshot);
  }

  /** What the trainee can sensibly do now, patient by patient, the phone and the inbox. */
  available(): AvailableTask[] {
    if (this.isOver) return [];
    const context = this.#context;
    const tasks: AvailableTask[] = [];
    for (const patient of this.scenario.patients) {
      const task = this.#patientTask(context, patient.id);
      if (task) tasks.push(task);
    }
    tasks.push(...this.#phoneTasks(context));
    tasks.push(...this.#inboxTasks(context));
    return tasks;
  }

  /** What the trainee can sensibly do now for one patient, as `available` lists it; null when nothing. */
  availableFor(patientId: string): AvailableTask | null {
    return this.isOver ? null : this.#patientTask(this.#context, patientId);
  }

  /** True while a phone call waits to be answered or closed (a phone task in `available`). */
  get phoneWaiting(): boolean {
    if (this.isOver) return false;
    // The question `#phoneTasks` answers with a task per call, asked without building the tasks.
    for (const call of this.#context.calls.values()) {
      const snapshot = call.getSnapshot();
      if (snapshot.status === 'active' && (snapshot.value === 'ringing' || snapshot.value === 'inCall')) return true;
    }
    return false;
  }

  #patientTask(context: ClinicDayContext, patientId: string): AvailableTask | null {
    const encounter = context.encounters.get(patientId);
    if (!encounter) return null;
    const snapshot = encounter.getSnapshot();
    const workflow = workflowUnderWay(snapshot.children.workflow)?.getSnapshot() as AnyMachineSnapshot | undefined;
    const now = this.#clock.now;
    const known = this.#patientTasks.get(patientId);
    if (known?.encounter === snapshot && known.workflow === workflow && (known.minute === null || known.minute === now)) return known.task;
    const stage = encounterStage(snapshot);
    const waiting = snapshot.context.waitingSince !== null && isWaitingForTrainee(snapshot);
    const task = this.#patientTaskNow(context, patientId, stage, workflow, waiting ? now - snapshot.context.waitingSince! : null);
    if (stage === 'waiting-for-room') this.#patientTasks.delete(patientId);
    else this.#patientTasks.set(patientId, { encounter: snapshot, workflow, minute: waiting ? now : null, task });
    return task;
  }

  #patientTaskNow(context: ClinicDayContext, patientId: string, stage: EncounterStage, workflow: AnyMachineSnapshot | undefined, waitingMinutes: number | null): AvailableTask | null {
    const answer = workflow ? this.#workflowActions(patientId, workflow) : null;
    const workflowActions = answer?.actions ?? NO_ACTIONS;
    const actions = stage === 'waiting-for-room' && canRoomPatient(context, patientId) ? ['patient.roomed' as const, ...workflowActions] : workflowActions;
    if (actions.length === 0) return null;
    const task: AvailableTask = { patientId, label: this.#labels.get(patientId)!, stage, actions, waitingMinutes };
    // A red-flag complaint told to the provider at the desk: rooming this patient comes before the queue.
    if (actions[0] === 'patient.roomed' && context.urgentForRoom.includes(patientId)) return { ...task, urgent: ['patient.roomed'] };
    const first = answer?.listedFirst === true ? { ...task, listedFirst: true as const } : task;
    return answer && answer.urgent.length > 0 ? { ...first, urgent: answer.urgent } : first;
  }

  #phoneTasks(context: ClinicDayContext): AvailableTask[] {
    const tasks: AvailableTask[] = [];
    for (const [callId, call] of context.calls) {
      const snapshot = call.getSnapshot();
      if (snapshot.status !== 'active') continue;
      const action = snapshot.value === 'ringing' ? 'phone.answered' : snapshot.value === 'inCall' ? 'phone.closed' : null;
      if (action === null) continue;
      tasks.push({ patientId: snapshot.context.call.patientId, label: `Phone: ${snapshot.context.call.callerName}`, stage: 'phone', actions: [action], waitingMinutes: null, callId });
    }
    return tasks;
  }

  /** One task per inbox item waiting or in work: open (or hand over) a waiting one, finish one in work. */
  #inboxTasks(context: ClinicDayContext): AvailableTask[] {
    const tasks: AvailableTask[] = [];
    for (const [itemId, ref] of context.inbox) {
      const snapshot = ref.getSnapshot();
      if (snapshot.status !== 'active') continue;
      const task = this.#inboxTask(itemId, snapshot);
      if (task) tasks.push(task);
    }
    return tasks;
  }

  /** An active inbox item's task, or null: built again only when the item moved on or the hand-over window opened (`#inboxTasksById`). */
  #inboxTask(itemId: string, snapshot: InboxItemSnapshot): AvailableTask | null {
    const handOver = mayHandOver(snapshot.context.item, this.#clock.now, this.#closingMinute);
    const known = this.#inboxTasksById.get(itemId);
    if (known?.snapshot === snapshot && known.handOver === handOver) return known.task;
    const task = this.#inboxTaskNow(itemId, snapshot, handOver);
    this.#inboxTasksById.set(itemId, { snapshot, handOver, task });
    return task;
  }

  #inboxTaskNow(itemId: string, snapshot: InboxItemSnapshot, mayHandItOver: boolean): AvailableTask | null {
    const { step, label, onTheLine: holding } = this.#inboxStep(itemId, snapshot);
    const handOver = mayHandItOver ? (['inbox.handed-over'] as const) : [];
    if (step === 'waiting') {
      // A refill with the provider has nothing to do until the answer comes: it is not offered as work (near closing, only to hand over).
      if (providerWait(snapshot.context) !== null) {
        return handOver.length > 0 ? { patientId: null, label, stage: 'inbox', actions: handOver, waitingMinutes: null, itemId, deferred: true } : null;
      }
      // An item set aside and not yet due waits for the trainee's choice of moment: it does not hold the clock.
      // A refill whose provider's answer has come back is news the trainee must act on, set aside or not.
      const deferred = snapshot.context.setAside && !snapshot.context.overdue && !snapshot.context.work.refill.answered ? { deferred: true as const } : {};
      return { patientId: null, label, stage: 'inbox', actions: ['inbox.opened', ...handOver], waitingMinutes: null, itemId, ...deferred };
    }
    if (step === 'working') {
      return { patientId: null, label, stage: 'inbox', actions: ['inbox.completed', 'inbox.set-aside', ...handOver], waitingMinutes: null, itemId, ...(holding === null ? {} : { onTheLine: holding }) };
    }
    return null;
  }

  /**
   * Where an active inbox item stands (waiting to be opened, in work, or neither) and its
   * label, kept per snapshot: a snapshot is immutable, and the trainees list the inbox before
   * many of their moves, mostly while its items stand still.
   */
  #inboxStep(itemId: string, snapshot: InboxItemSnapshot): InboxStep {
    const known = this.#inboxSteps.get(itemId);
    if (known?.snapshot === snapshot) return known;
    const { item, chart, work } = snapshot.context;
    const step = snapshot.matches({ open: 'waiting' }) ? 'waiting' : snapshot.matches({ open: 'working' }) ? 'working' : null;
    const holding = step === 'working' ? onTheLine({ item, chart, scenario: this.scenario, minute: this.#clock.now }, work) : null;
    const answer: InboxStep = { snapshot, step, label: `Inbox: ${kindOf(item).summary(item, chart)}`, onTheLine: holding };
    this.#inboxSteps.set(itemId, answer);
    return answer;
  }

  /** The played day so far, for scoring and the debrief. */
  record(): DayRecord {
    const context = this.#context;
    const journeys = this.scenario.patients.map((patient): PatientJourney => {
      const snapshot = context.encounters.get(patient.id)?.getSnapshot();
      const encounter = snapshot?.context;
      const openWait: WaitSpell[] =
        encounter && encounter.waitingSince !== null && encounter.waitStep !== null
          ? [{ step: encounter.waitStep, from: encounter.waitingSince, to: this.#clock.now }]
          : [];
      return {
        patientId: patient.id,
        name: displayName(patient),
        stage: snapshot ? encounterStage(snapshot) : 'expected',
        outcome: context.outcomes.get(patient.id) ?? null,
        arrivedAt: encounter?.arrivedAt ?? null,
        departedAt: encounter?.departedAt ?? null,
        waits: [...(encounter?.waits ?? []), ...openWait],
        complaints: encounter?.complaints ?? 0,
        outstandingOrders: snapshot
          ? this.#outstandingOrders(patient, encounterStage(snapshot), workflowUnderWay(snapshot.children.workflow)?.getSnapshot() as AnyMachineSnapshot | undefined, encounter?.chart ?? {})
          : patient.orders.map((order) => order.testId),
        ...(snapshot && this.#claimSent(patient.id, workflowUnderWay(snapshot.children.workflow)?.getSnapshot() as AnyMachineSnapshot | undefined) ? { claimSent: true as const } : {}),
      };
    });
    const inbox = this.scenario.inbox === undefined ? {} : { inbox: this.#inboxOutcomes(context) };
    return {
      ...inbox,
      scenario: this.scenario,
      settings: this.settings,
      checks: [...this.#journal.checks],
      timeline: [...this.#journal.timeline].sort((a, b) => a.minute - b.minute),
      journeys,
      startMinute: minutesOfDay(this.scenario.day.start),
      endMinute: this.#clock.now,
      finished: this.isOver,
    };
  }

  /** When each inbox item was settled (done or handed over), against its due time. */
  #inboxOutcomes(context: ClinicDayContext): InboxOutcome[] {
    return [...context.inbox.values()].map((ref) => {
      const { item, settledAt } = ref.getSnapshot().context as InboxItemContext;
      return { itemId: item.id, patientId: item.patientId, dueMinute: minutesOfDay(item.due), settledAt, handedOver: ref.getSnapshot().matches('handedOver') };
    });
  }

  /** What the workflows still under way judge as the day ends (an urgent step still waiting), and the inbox items not done. */
  #atDayEnd(): Check[] {
    const checks: Check[] = [];
    for (const item of this.#context.inbox.values()) checks.push(...dayEndJudgement(item.getSnapshot(), this.#clock.now));
    this.#noteAwaitingCallBack();
    const book = tomorrowBookText(
      this.scenario,
      [...this.#context.inbox.values()].map((ref) => ({ itemId: ref.getSnapshot().context.item.id, work: ref.getSnapshot().context.work })),
    );
    if (book !== null) this.#journal.note({ minute: this.#clock.now, patientId: null, kind: 'tomorrow-book', text: book });
    for (const encounter of this.#context.encounters.values()) {
      const workflow = workflowUnderWay(encounter.getSnapshot().children.workflow)?.getSnapshot() as AnyMachineSnapshot | undefined;
      if (workflow?.status !== 'active') continue;
      const descriptor = this.#workflows.get(workflow.machine.id);
      checks.push(...(descriptor?.atDayEnd?.(workflow) ?? []));
      // The workflows stop with the day: which claims had gone to the payer is read now, for the record.
      if (descriptor?.claimSent?.(workflow)) this.#claimsOutAtClose.add(encounter.getSnapshot().context.patient.id);
    }
    return checks;
  }

  /**
   * Notes, unscored, each result that rightly waits for the patient's call back and had none
   * by closing, each call that rang out (a result or a reminder that reached nobody), each
   * question rightly sent to the provider whose answer has not reached the patient, and each
   * other result not given (never opened, nobody called, no voicemail left: scored under its
   * own finding, not here): the debrief names them as still open.
   */
  #noteAwaitingCallBack(): void {
    for (const ref of this.#context.inbox.values()) {
      const snapshot = ref.getSnapshot();
      const { item, chart, work, settledAt, openedAt } = snapshot.context as InboxItemContext;
      const state = snapshot.matches('handedOver') ? 'handed-over' : snapshot.matches('done') ? 'done' : 'open';
      const summary = kindOf(item).summary(item, chart);
      const waiting = awaitingCallBack(item, chart, this.scenario.clinic, work);
      if (waiting !== null) this.#journal.note(awaitingCallBackEntry({ patientId: item.patientId, summary, waiting, state, settledAt }, this.#clock.now));
      const another = awaitingAnotherCall(item, chart, work);
      if (another !== null) this.#journal.note(awaitingAnotherCallEntry({ patientId: item.patientId, summary, waiting: another, state, settledAt }, item.kind === 'result-note' ? 'result' : 'reminder', this.#clock.now));
      const question = questionAwaitingAnswer({ item, chart, scenario: this.scenario }, work);
      if (question !== null) this.#journal.note(awaitingProviderAnswerEntry({ patientId: item.patientId, summary, waiting: question, state, settledAt }, this.#clock.now));
      // An item yet to arrive (the day ended early) was owed to nobody today.
      const notGiven = snapshot.matches('scheduled') ? null : resultNotGiven(item, chart, this.scenario.clinic, work, openedAt !== null);
      if (notGiven !== null) this.#journal.note(resultNotGivenEntry({ patientId: item.patientId, summary, waiting: notGiven, state, settledAt }, this.#clock.now));
    }
  }

  /** Whether the patient's claim has gone to the payer: as the workflow under way says, or as it said when the day ended. */
  #claimSent(patientId: string, workflow: AnyMachineSnapshot | undefined): boolean {
    if (this.#claimsOutAtClose.has(patientId)) return true;
    return workflow?.status === 'active' && (this.#workflows.get(workflow.machine.id)?.claimSent?.(workflow) ?? false);
  }

  #outstandingOrders(patient: ScenarioPatient, stage: EncounterStage, workflow: AnyMachineSnapshot | undefined, chart: EncounterChart): readonly string[] {
    const owes = workflow?.status === 'active' ? this.#workflows.get(workflow.machine.id)?.outstandingOrders : undefined;
    if (owes && workflow) return owes(workflow);
    // An ECG already handed over on the standing order before the visit is not still to do.
    return ORDERS_STILL_AHEAD.has(stage) ? patient.orders.map((order) => order.testId).filter((testId) => !(testId === 'ecg' && chart.ecg?.recorded === true)) : [];
  }

  /** The minutes an accepted action costs (every action a machine accepts has its cost in its workflow's table, or the day's). */
  #minutesOf(type: TraineeActionType): number {
    const cost = this.#costs.get(type);
    if (cost === undefined) throw new Error(`${type} has no cost: add it to its workflow's costs.`);
    return cost.minutes;
  }

  /** Stops the actors; the session can no longer be played. */
  dispose(): void {
    this.#version++;
    this.#actor.stop();
  }

  /**
   * The actor a day action belongs to when it is a phone call's (`callId`) or an inbox item's
   * (`itemId`), or undefined (rooming, which the clinic day itself decides). While the day is
   * open, the clinic day's guards for these actions ask that actor's snapshot and its
   * transitions only forward them there, so the session asks and sends to the actor itself.
   */
  #dayActor(action: DayAction): AnyActorRef | undefined {
    if ('callId' in action) return this.#context.calls.get(action.callId);
    if ('itemId' in action) return this.#context.inbox.get(action.itemId);
    return undefined;
  }

  #encounter(patientId: string): EncounterRef | undefined {
    return this.#context.encounters.get(patientId);
  }


  /**
   * The action as the session takes it: parsed with its schema into the session's own copy
   * (or, built by the domain, copied as it is) and fitting now, or the reason it is
   * refused. The parse of the last action object is
   * kept until it is acted on: a trainee asks `canAct` and then `act` with the same object
   * (actions are readonly values, never changed in between), and the same parsed copy lets
   * the workflow's answer to `canAct` stand for `act`.
   */
  #read(patientId: string | null, raw: TraineeAction): ActionRead {
    if (this.isOver) return { ok: false, reason: 'The clinic day is over.' };
    const asked = this.#lastRead;
    if (asked !== null && asked.raw === raw && asked.patientId === patientId && asked.version === this.#version) return asked.read;
    const read = this.#readNow(patientId, raw);
    this.#lastRead = { raw, patientId, version: this.#version, read };
    return read;
  }

  #readNow(patientId: string | null, raw: TraineeAction): ActionRead {
    if (patientId !== null && typeof patientId !== 'string') return { ok: false, reason: 'An action is for a patient (by id) or for nobody.' };
    const last = this.#lastParse;
    const parsed = last !== null && last.raw === raw ? last.parsed : raw === lastBuiltByDomain ? { ok: true as const, action: plainCopy(raw) } : parseTraineeAction(raw);
    this.#lastParse = { raw, parsed };
    // The trainee reads the problem in their words; a file's reader gets the located one (`problem`).
    if (!parsed.ok) return { ok: false, reason: parsed.problem.plain, problem: parsed.problem };
    const refusal = this.#refusal(patientId, parsed.action);
    return refusal === null ? parsed : { ok: false, reason: refusal };
  }

  /** Why a parsed action does not fit now, or null when it does. */
  #refusal(patientId: string | null, action: TraineeAction): string | null {
    if (isDayAction(action)) {
      const own = this.#dayActor(action);
      if (own ? (own.getSnapshot() as AnyMachineSnapshot).can(action) : this.#actor.getSnapshot().can({ type: 'trainee.action', patientId, action })) return null;
      return this.#dayRefusal(patientId, action);
    }
    if (patientId === null) return 'That action needs a patient.';
    const encounter = this.#encounter(patientId);
    if (!encounter) return `There is no patient "${patientId}" today.`;
    const snapshot = encounter.getSnapshot();
    const workflow = workflowUnderWay(snapshot.children.workflow);
    // Every stage state that runs a workflow takes the trainee's actions for it.
    if (workflow && this.#workflowAccepts(workflow.getSnapshot() as AnyMachineSnapshot, action)) return null;
    return notNow(displayName(encounter.getSnapshot().context.patient), encounterStage(snapshot));
  }

  /**
   * The actions a patient's workflow takes in this snapshot. A snapshot is immutable and
   * each workflow's answer depends on its snapshot alone (state, context, guards on them),
   * so the answer is kept until the workflow moves on: a trainee asks before every move,
   * mostly about patients nothing has happened to since.
   */
  #workflowActions(patientId: string, snapshot: AnyMachineSnapshot): WorkflowAnswer {
    const known = this.#workflowActionsByPatient.get(patientId);
    if (known?.snapshot === snapshot) return known;
    const workflow = this.#workflows.get(snapshot.machine.id);
    const actions = (workflow ? availableWorkflowActions(workflow, snapshot) : NO_ACTIONS) as readonly TraineeActionType[];
    const urgent = (workflow?.urgent && snapshot.status === 'active' ? workflow.urgent(snapshot) : NO_ACTIONS) as readonly TraineeActionType[];
    const listedFirst = workflow?.listedFirst !== undefined && snapshot.status === 'active' && workflow.listedFirst(snapshot);
    const answer: WorkflowAnswer = { snapshot, actions, urgent, listedFirst };
    this.#workflowActionsByPatient.set(patientId, answer);
    return answer;
  }

  /**
   * Whether the workflow takes the action in this snapshot. A snapshot is immutable and
   * its guards read only its context and the action, so the answer is remembered for the
   * last question: a trainee asks `canAct` and then `act` with the same action.
   */
  #workflowAccepts(snapshot: AnyMachineSnapshot, action: TraineeAction): boolean {
    const last = this.#lastWorkflowAnswer;
    if (last !== null && last.snapshot === snapshot && last.action === action) return last.accepts;
    const accepts = snapshot.can(action);
    this.#lastWorkflowAnswer = { snapshot, action, accepts };
    return accepts;
  }

  #dayRefusal(patientId: string | null, action: TraineeAction): string {
    const context = this.#context;
    if (action.type === 'patient.roomed') {
      if (patientId === null) return 'Rooming needs a patient.';
      const encounter = this.#encounter(patientId);
      if (!encounter) return `There is no patient "${patientId}" today.`;
      const name = displayName(encounter.getSnapshot().context.patient);
      if (!this.scenario.workflows.vitals) return 'Rooming is done by another medical assistant today.';
      if (!context.waitingForRoom.includes(patientId)) return notNow(name, encounterStage(encounter.getSnapshot()));
      return `No exam room is free for ${name} yet: a room frees up when the provider finishes a visit.`;
    }
    if ('itemId' in action) {
      const item = context.inbox.get(action.itemId);
      if (!item) return `There is no inbox item "${action.itemId}" today.`;
      const snapshot = item.getSnapshot();
      if (snapshot.matches('scheduled')) return 'Not now: that item has not reached the inbox yet.';
      if (snapshot.status !== 'active') return 'Not now: that inbox item is already finished.';
      if (action.type === 'inbox.handed-over') return 'Not now: only a routine item, in the last half hour before closing, is handed over to the next shift; an emergency never is.';
      return snapshot.matches({ open: 'waiting' }) ? 'Open the item first.' : 'Not now: that step does not fit this item as it stands.';
    }
    return 'There is no phone call to take right now.';
  }
}

/** Plays `log` back on a fresh day: the same scenario, seed and log give the same day. */
export function replaySession(
  scenario: Scenario,
  seed: number,
  settings: SessionSettings,
  log: readonly ActionLogEntry[],
  options: SessionOptions = {},
): Session {
  const session = Session.start(scenario, { ...options, seed, settings });
  for (const entry of log) {
    if (entry.minute < session.minute) {
      throw new ReplayError(`action ${entry.seq} (${entry.action.type}) is logged at minute ${entry.minute}, before the replayed clock (${session.minute})`, entry.seq);
    }
    session.advanceTo(entry.minute);
    const outcome = session.act(entry.patientId, entry.action);
    if (!outcome.accepted) {
      throw new ReplayError(`action ${entry.seq} (${entry.action.type}) was refused on replay: ${outcome.problem?.message ?? outcome.reason}`, entry.seq);
    }
  }
  return session;
}

/** A log that does not replay: edited, reordered, or for another scenario. */
export class ReplayError extends Error {
  constructor(
    message: string,
    readonly seq: number,
  ) {
    super(message);
    this.name = 'ReplayError';
  }
}

/** Stages before the lab station: every order is still to do (a patient who left unseen, or did not come, needed them too). */
const ORDERS_STILL_AHEAD: ReadonlySet<EncounterStage> = new Set(['expected', 'check-in', 'waiting-for-room', 'rooming', 'ready-for-provider', 'with-provider', 'left-unseen', 'no-show', 'rebooked']);

const STAGE_PHRASES: Record<EncounterStage, string> = {
  expected: 'has not arrived yet',
  'check-in': 'is at check-in',
  'waiting-for-room': 'is waiting for an exam room',
  rooming: 'is being roomed',
  'standing-order': 'is at the ECG bed on the standing order',
  'ready-for-provider': 'is waiting for the provider',
  'with-provider': 'is with the provider',
  orders: 'is waiting for the lab',
  checkout: 'is at checkout',
  billing: 'has left; the visit is ready for billing',
  done: 'is done for the day',
  'left-unseen': 'left without being seen',
  'no-show': 'did not come today',
  rebooked: 'has left with an appointment for another time',
};

function notNow(name: string, stage: EncounterStage): string {
  return `Not now: ${name} ${STAGE_PHRASES[stage]}.`;
}
