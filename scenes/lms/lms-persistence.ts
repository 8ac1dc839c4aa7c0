/**
 * The game inside an LMS: a `Persistence` whose unfinished day lives in the LMS
 * (`cmi.suspend_data`, `src/lms/suspend-data.ts`) and whose finished days are reported to it
 * (`src/lms/scorm-record.ts`), while the settings and the trainee's own history stay in the
 * browser's IndexedDB as outside an LMS. Loaded only when `find-runtime.ts` finds a runtime.
 *
 * The LMS must never see a crash: every call goes through `LmsConnection`, which catches
 * what the runtime throws, reads its error code after each call, and reports the first
 * problem in the page's notice area; play goes on either way.
 */
import { decodeSuspendData, encodeSuspendData, scorm12Overflow, suspendScenario, type SuspendableDay, type SuspendScenario } from '../../src/lms/suspend-data';
import { finishedDayValues, suspendedDayValues, type ScormValue, type ScormVersion } from '../../src/lms/scorm-record';
import type { DayResult } from '../../src/scoring/score';
import { button, element } from '../dom';
import { openClinicStore, type ClinicStore, type StoredHistoryRecord } from '../persistence/clinic-store';
import { Persistence } from '../persistence/persistence';
import type { HistoryRecord, SavedDay } from '../persistence/save-format';
import { SAVE_FORMAT_VERSION, SAVED_DAY_KIND } from '../persistence/settings-record';
import type { ScenarioCatalogEntry } from '../scenario-catalog';
import type { FoundRuntime } from './find-runtime';
import '../persistence/persistence.css';

/** The runtime's methods by version (SCORM 1.2 RTE 3.3; SCORM 2004 RTE 3.1). */
const METHODS = {
  '1.2': { initialize: 'LMSInitialize', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit', terminate: 'LMSFinish', lastError: 'LMSGetLastError', errorString: 'LMSGetErrorString' },
  '2004': { initialize: 'Initialize', get: 'GetValue', set: 'SetValue', commit: 'Commit', terminate: 'Terminate', lastError: 'GetLastError', errorString: 'GetErrorString' },
} as const;

/** Says the LMS's problem once, in the page's notice area. */
function showLmsNotice(layer: HTMLElement, problem: string): void {
  const notice = element('div', 'storage-notice');
  notice.setAttribute('role', 'alert');
  const text = element('p', 'storage-notice-text');
  text.append(element('strong', undefined, 'The LMS did not take what the game sent: '), document.createTextNode(`${problem}. You can play on; ask your instructor if your result does not appear in the LMS.`));
  notice.append(text, button('Dismiss', 'button-quiet', () => notice.remove()));
  layer.append(notice);
}

/** The LMS's runtime, called safely. */
export class LmsConnection {
  readonly version: ScormVersion;
  readonly #api: Record<string, unknown>;
  readonly #report: (problem: string) => void;
  readonly #started = performance.now();
  #reported = false;
  #open = false;

  constructor(runtime: FoundRuntime, report: (problem: string) => void) {
    this.version = runtime.version;
    this.#api = runtime.api;
    this.#report = report;
  }

  #call(method: keyof (typeof METHODS)['2004'], ...args: string[]): string {
    const name = METHODS[this.version][method];
    try {
      const fn = this.#api[name];
      if (typeof fn !== 'function') throw new Error(`the LMS's runtime has no ${name}`);
      const value = String((fn as (...a: string[]) => unknown).apply(this.#api, args));
      if (method !== 'lastError' && method !== 'errorString') this.#check(name, args[0]);
      return value;
    } catch (error) {
      this.#problem(`${name} failed (${error instanceof Error ? error.message : String(error)})`);
      return '';
    }
  }

  #check(name: string, dataElement: string | undefined): void {
    const code = this.#call('lastError');
    if (code === '' || code === '0') return;
    // 2004's 403: a read of an element the LMS holds no value for yet (a first attempt's suspend data).
    if (name === 'GetValue' && code === '403') return;
    this.#problem(`${name}${dataElement ? ` ${dataElement}` : ''} returned error ${code}: ${this.#call('errorString', code)}`);
  }

  #problem(problem: string): void {
    if (this.#reported) return;
    this.#reported = true;
    this.#report(problem);
  }

  /** Opens the session with the LMS; true when it accepted. */
  initialize(): boolean {
    this.#open = this.#call('initialize', '') === 'true';
    return this.#open;
  }

  get(dataElement: string): string {
    return this.#open ? this.#call('get', dataElement) : '';
  }

  /** Sets each value, then commits them. */
  setAll(values: readonly ScormValue[]): void {
    if (!this.#open) return;
    for (const [dataElement, value] of values) this.#call('set', dataElement, value);
    this.#call('commit', '');
  }

  /** Milliseconds since this session with the LMS began. */
  get sessionMilliseconds(): number {
    return performance.now() - this.#started;
  }

  /**
   * Ends the session with the LMS (once), committing first: the page is going away (a closed
   * tab, the LMS's exit), and an LMS that keeps only what was committed then still holds the
   * suspend data of the day's last save.
   */
  terminate(): void {
    if (!this.#open) return;
    this.#call('commit', '');
    this.#open = false;
    this.#call('terminate', '');
  }
}

/** The store of a page inside an LMS: the unfinished day in the LMS, the rest in the browser. */
class LmsClinicStore implements ClinicStore {
  readonly #inner: ClinicStore;
  readonly #lms: LmsConnection;
  readonly #catalog: readonly ScenarioCatalogEntry[];
  readonly #report: (problem: string) => void;
  /** The suspend data the LMS held when the page opened. */
  readonly #suspended: string;
  /** True once the LMS holds a finished day's verdict, which a later day in progress must not turn back to incomplete. */
  #finished: boolean;
  /**
   * Set once a day in progress is saved: from then on the session with the LMS ends on a
   * listener added after the day's own autosave (`day-autosave.ts`), so the save the day
   * makes as the page is left reaches the LMS before the session ends.
   */
  #leavesAfterTheDay = false;
  readonly #suspendScenarios = new Map<string, Promise<SuspendScenario>>();

  constructor(inner: ClinicStore, lms: LmsConnection, catalog: readonly ScenarioCatalogEntry[], report: (problem: string) => void) {
    this.#inner = inner;
    this.#lms = lms;
    this.#catalog = catalog;
    this.#report = report;
    this.#suspended = lms.get('cmi.suspend_data');
    const status = lms.get(lms.version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status');
    this.#finished = ['passed', 'failed', 'completed'].includes(status);
    window.addEventListener('pagehide', () => {
      if (!this.#leavesAfterTheDay) lms.terminate();
    });
  }

  get durable(): boolean {
    return true;
  }

  /**
   * What the suspend data of a day of the scenario `id` is written against, made once per
   * scenario; the scenario itself is fetched (the bundled days' chunk) the first time.
   */
  #scenario(id: string): Promise<SuspendScenario | null> {
    const known = this.#suspendScenarios.get(id);
    if (known) return known;
    const entry = this.#catalog.find((candidate) => candidate.kind === 'playable' && candidate.id === id);
    if (entry?.kind !== 'playable') return Promise.resolve(null);
    const made = entry.load().then((scenario) => suspendScenario(scenario, entry.contentHash));
    this.#suspendScenarios.set(id, made);
    return made;
  }

  loadSettings(): Promise<unknown> {
    return this.#inner.loadSettings();
  }

  saveSettings(record: unknown): Promise<void> {
    return this.#inner.saveSettings(record);
  }

  async loadUnfinished(): Promise<unknown> {
    if (this.#suspended === '') return undefined;
    // The suspend data names its scenario inside: every bundled one is made ready first.
    const ids = this.#catalog.flatMap((entry) => (entry.kind === 'playable' ? [entry.id] : []));
    const ready = new Map(await Promise.all(ids.map(async (id) => [id, await this.#scenario(id)] as const)));
    const read = decodeSuspendData(this.#suspended, (id) => ready.get(id) ?? null);
    if (!read.ok) {
      this.#report(read.message.replace(/\.$/, ''));
      return undefined;
    }
    return { kind: SAVED_DAY_KIND, formatVersion: SAVE_FORMAT_VERSION, customScenario: null, ...read.record };
  }

  async saveUnfinished(record: unknown): Promise<void> {
    if (!this.#leavesAfterTheDay) {
      this.#leavesAfterTheDay = true;
      window.addEventListener('pagehide', () => this.#lms.terminate());
    }
    const day = record as SavedDay;
    const scenario = await this.#scenario(day.scenarioId);
    // A package carries bundled scenarios only; a custom one stays in the browser.
    if (scenario === null || day.customScenario !== null) return this.#inner.saveUnfinished(record);
    const { kind: _kind, formatVersion: _version, customScenario: _custom, ...rest } = day;
    const text = encodeSuspendData(rest as unknown as SuspendableDay, scenario);
    const overflow = this.#lms.version === '1.2' ? scorm12Overflow(text) : null;
    if (overflow !== null) this.#report(overflow);
    const values = suspendedDayValues(this.#lms.version, text, this.#lms.sessionMilliseconds);
    this.#lms.setAll(this.#finished ? values.filter(([dataElement]) => !/(lesson|completion)_status$/.test(dataElement)) : values);
  }

  async clearUnfinished(): Promise<void> {
    this.#lms.setAll([['cmi.suspend_data', '']]);
  }

  async addHistory(record: unknown): Promise<number> {
    const result = (record as HistoryRecord).file.result as DayResult;
    const first = Number.parseInt(this.#lms.version === '2004' ? this.#lms.get('cmi.interactions._count') : '0', 10);
    this.#lms.setAll(finishedDayValues(this.#lms.version, result, this.#lms.sessionMilliseconds, Number.isFinite(first) ? first : 0));
    this.#finished = true;
    return this.#inner.addHistory(record);
  }

  listHistory(): Promise<StoredHistoryRecord[]> {
    return this.#inner.listHistory();
  }
}

/**
 * Opens the LMS session and the page's storage over it. The session ends when the page is
 * left (`pagehide`), as the LMS closes the SCO's window or the trainee navigates away
 * (`LmsClinicStore`).
 */
export async function openLmsPersistence(runtime: FoundRuntime, catalog: readonly ScenarioCatalogEntry[], layer: HTMLElement): Promise<Persistence> {
  const report = (problem: string): void => showLmsNotice(layer, problem);
  const lms = new LmsConnection(runtime, report);
  lms.initialize();
  const opened = await openClinicStore();
  return new Persistence(new LmsClinicStore(opened.store, lms, catalog, report), opened.problem);
}
