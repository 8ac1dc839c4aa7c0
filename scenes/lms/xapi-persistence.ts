/**
 * The game reporting to a Learning Record Store over xAPI: launched by a cmi5 LMS, or from an
 * instructor's assignment link that names an LRS. A `Persistence` whose store is the
 * browser's own (the day in progress and the history stay in IndexedDB) and which, beside
 * it, queues the day's statements (`src/lms/xapi-statements.ts`) in the outbox
 * (`statement-outbox.ts`). Loaded only when `find-xapi-launch.ts` finds a launch.
 *
 * cmi5, in the specification's order (cmi5 Quartz, 8.1, 8.2, 10.0, 11.0, 9.3): read the
 * launch parameters; POST once to the `fetch` URL for the session's auth token (kept in the
 * tab's sessionStorage, so a reload of the same launch goes on with the same session and
 * never posts to the one-time URL again); read the LMS's `LMS.LaunchData` state document
 * (context template, launch mode, mastery score, move-on) and the learner preferences; queue
 * Initialized; when the day ends, queue its findings, Passed or Failed, Completed and
 * Terminated. A trainee who closes the window mid-day ends the session with Terminated as the
 * page goes (cmi5 9.3.8; `fetch` with `keepalive`, or queued behind what still waits); if it
 * cannot arrive, the LMS records the session as abandoned (9.3.6). The day waits in the
 * browser for the next launch.
 *
 * Standalone: each day started is one registration (a UUID) with its Initialized; the
 * finished day's statements follow. The actor is an account on the game's site named by an id
 * kept in this browser (no name or e-mail leaves it).
 *
 * Everything from outside (the address, the token, LaunchData, the LRS's answers) is parsed
 * with Zod before it is used; a launch that cannot be used is said in the notice area, and
 * play goes on without reporting.
 */
import XAPI from '@xapi/xapi';
import { navigateTop, setCourseExit } from './course-exit';
import { finishedDayStatements, initializedStatement, LAUNCH_MODES, assignmentActivityId, terminatedStatement, type XapiAgent, type XapiContext, type XapiSession } from '../../src/lms/xapi-statements';
import { z } from '../../src/scenario/zod';
import type { DayResult } from '../../src/scoring/score';
import { button, element } from '../dom';
import { openClinicStore, type ClinicStore, type StoredHistoryRecord } from '../persistence/clinic-store';
import { Persistence } from '../persistence/persistence';
import type { HistoryRecord, SavedDay } from '../persistence/save-format';
import type { FoundXapiLaunch } from './find-xapi-launch';
import { StatementOutbox, type ExitSender, type SendOutcome, type StatementSender } from './statement-outbox';
import '../persistence/persistence.css';

/** Says a reporting problem once, in the page's notice area. */
function showXapiNotice(layer: HTMLElement, problem: string): void {
  const notice = element('div', 'storage-notice');
  notice.setAttribute('role', 'alert');
  const text = element('p', 'storage-notice-text');
  text.append(element('strong', undefined, 'Your results may not reach the learning record: '), document.createTextNode(`${problem}. You can play on; tell your instructor if your result does not appear.`));
  notice.append(text, button('Dismiss', 'button-quiet', () => notice.remove()));
  layer.append(notice);
}

/** An HTTP answer other than 2xx from the LRS or the LMS. */
class HttpError extends Error {
  readonly status: number;
  constructor(status: number, text: string) {
    super(`HTTP ${status}${text ? `: ${text.slice(0, 200)}` : ''}`);
    this.status = status;
  }
}

/** The xAPI client's transport: `fetch`, keeping the status of a refusal (the client's own fetch adapter drops it). */
const fetchAdapter = async <T,>({ url, method, data, headers }: { url: string; method: string; data?: unknown; headers?: Record<string, string> }): Promise<{ data: T; headers: Record<string, string>; status: number }> => {
  const body = data === undefined ? undefined : typeof data === 'string' ? data : JSON.stringify(data);
  const response = await fetch(url, { method, body, headers, cache: 'no-store' });
  const text = await response.text();
  if (!response.ok) throw new HttpError(response.status, text);
  let parsed: unknown = text;
  try {
    parsed = text === '' ? '' : JSON.parse(text);
  } catch {
    // A body that is not JSON stays text; callers parse what they use.
  }
  return { data: parsed as T, headers: Object.fromEntries(response.headers.entries()), status: response.status };
};

function client(endpoint: string, auth: string): XAPI {
  return new XAPI({ endpoint, auth, version: '1.0.3', adapter: fetchAdapter });
}

const StatementIdsAnswer = z.array(z.string());

/** Sends one statement (POST, with its id: xAPI 1.0.3 Part Three 2.1.1, "SHOULD POST Statements including the id"). */
const sendStatement: StatementSender = async (endpoint, auth, statement): Promise<SendOutcome> => {
  try {
    const answer = await client(endpoint, auth).sendStatement({ statement: statement as never });
    const ids = StatementIdsAnswer.safeParse(answer.data);
    return ids.success || answer.status === 204 ? { kind: 'stored' } : { kind: 'retry', why: 'the LRS answered with something other than the statement ids' };
  } catch (error) {
    if (!(error instanceof HttpError)) return { kind: 'retry', why: error instanceof Error ? error.message : String(error) };
    // 409: the LRS already holds a statement with this id; it keeps it unchanged (2.1.2).
    if (error.status === 409) return { kind: 'stored' };
    if (error.status === 408 || error.status === 429 || error.status >= 500 || error.status === 401 || error.status === 403) return { kind: 'retry', why: error.message };
    return { kind: 'refused', status: error.status, why: error.message };
  }
};

/**
 * Sends a statement from a page that is going away: `fetch` with `keepalive`, which the
 * browser finishes after the page is gone (the xAPI client's own requests would be cut off).
 * Nothing waits for the answer; a statement that does not arrive leaves the LMS to record the
 * session as abandoned (cmi5 9.3.6).
 */
const sendStatementAtExit: ExitSender = (endpoint, auth, statement) => {
  const url = new URL('statements', endpoint.endsWith('/') ? endpoint : `${endpoint}/`);
  void fetch(url, {
    method: 'POST',
    keepalive: true,
    headers: { Authorization: auth, 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' },
    body: JSON.stringify(statement),
  }).catch(() => undefined);
};

const IriSchema = z.string().check(z.refine((text) => URL.canParse(text), { message: 'expected an absolute IRI' }));
const UuidSchema = z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i, { message: 'expected a UUID' }));
const HttpUrlSchema = z.string().check(z.refine((text) => URL.canParse(text) && /^https?:$/.test(new URL(text).protocol), { message: 'expected an http(s) URL' }));

/** cmi5 9.2: the launch's actor is an Agent with an account. */
const ActorSchema = z.object({
  objectType: z.optional(z.literal('Agent')),
  name: z.optional(z.string()),
  account: z.object({ homePage: IriSchema, name: z.string().check(z.minLength(1)) }),
});

const ActivityListSchema = z.optional(z.array(z.looseObject({ id: IriSchema })));
const ContextTemplateSchema = z.looseObject({
  registration: z.optional(UuidSchema),
  contextActivities: z.optional(z.looseObject({ parent: ActivityListSchema, grouping: ActivityListSchema, category: ActivityListSchema, other: ActivityListSchema })),
  extensions: z.optional(z.record(z.string(), z.unknown())),
});

/** cmi5 10.0: the LMS.LaunchData state document. */
const LaunchDataSchema = z.looseObject({
  contextTemplate: ContextTemplateSchema,
  launchMode: z.enum(LAUNCH_MODES),
  masteryScore: z.optional(z.number().check(z.gte(0), z.lte(1))),
  moveOn: z.enum(['Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable']),
  returnURL: z.optional(z.string()),
});

/** cmi5 8.2.1: the fetch URL's answer. */
const AuthTokenSchema = z.object({ 'auth-token': z.string().check(z.minLength(1)) });

/** What the tab keeps of a cmi5 session across reloads. */
const Cmi5TabSessionSchema = z.object({ authToken: z.string(), startedAt: z.string(), terminated: z.boolean() });
type Cmi5TabSession = z.infer<typeof Cmi5TabSessionSchema>;

function readJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function problemsOf(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  return error.issues.map((issue) => `${issue.path.map(String).join('.') || '(value)'}: ${issue.message}`).join('; ');
}

/** A reporter: what the wrapped store tells it, and what it queues. */
interface Reporter {
  dayStarted(day: SavedDay): Promise<void>;
  dayLeft(): Promise<void>;
  dayFinished(result: DayResult, assignmentId: string | null): Promise<void>;
  /** Where the LMS wants the learner taken when the session ends (cmi5 `returnURL`), checked; null when nowhere. */
  readonly returnUrl: string | null;
}

/** Reports a cmi5 session. */
async function cmi5Reporter(launch: Extract<FoundXapiLaunch, { kind: 'cmi5' }>, outbox: StatementOutbox, report: (problem: string) => void): Promise<Reporter | null> {
  const actor = ActorSchema.safeParse(readJson(launch.params.actor));
  const endpoint = HttpUrlSchema.safeParse(launch.params.endpoint);
  const fetchUrl = HttpUrlSchema.safeParse(launch.params.fetch);
  const registration = UuidSchema.safeParse(launch.params.registration);
  const activityId = IriSchema.safeParse(launch.params.activityId);
  if (!actor.success || !endpoint.success || !fetchUrl.success || !registration.success || !activityId.success) {
    const wrong = [['actor', actor], ['endpoint', endpoint], ['fetch', fetchUrl], ['registration', registration], ['activityId', activityId]].filter(([, read]) => !(read as { success: boolean }).success).map(([name]) => name);
    report(`the LMS's launch parameters cannot be used (${wrong.join(', ')})`);
    return null;
  }
  const key = `clinic-day-cmi5:${fetchUrl.data}`;
  const kept = Cmi5TabSessionSchema.safeParse(readJson(sessionStorage.getItem(key) ?? ''));
  let session: Cmi5TabSession;
  if (kept.success) {
    session = kept.data;
  } else {
    // cmi5 8.2: one POST to the one-time fetch URL per session.
    let answer: unknown;
    try {
      const response = await fetch(fetchUrl.data, { method: 'POST', cache: 'no-store' });
      answer = await response.json();
    } catch (error) {
      report(`the LMS did not give the game its access token (${error instanceof Error ? error.message : String(error)})`);
      return null;
    }
    const token = AuthTokenSchema.safeParse(answer);
    if (!token.success) {
      report('the LMS refused to give the game its access token (was the launch link opened twice?)');
      return null;
    }
    session = { authToken: token.data['auth-token'], startedAt: new Date().toISOString(), terminated: false };
    sessionStorage.setItem(key, JSON.stringify(session));
  }
  const auth = `Basic ${session.authToken}`;
  const lrs = client(endpoint.data, auth);
  let launchData: z.infer<typeof LaunchDataSchema>;
  try {
    const state = await lrs.getState({ agent: actor.data as never, activityId: activityId.data, registration: registration.data, stateId: 'LMS.LaunchData' });
    const read = LaunchDataSchema.safeParse(state.data);
    if (!read.success) {
      report(`the LMS's launch data cannot be used (${problemsOf(read.error)})`);
      return null;
    }
    launchData = read.data;
  } catch (error) {
    report(`the LMS's launch data could not be read (${error instanceof Error ? error.message : String(error)})`);
    return null;
  }
  // cmi5 11.0: the learner's preferences; the game has no language or audio choice they change, and may do without them.
  await lrs.getAgentProfile({ agent: actor.data as never, profileId: 'cmi5LearnerPreferences' }).catch(() => undefined);

  const xapiSession: XapiSession = {
    actor: actor.data as XapiAgent,
    activityId: activityId.data,
    registration: registration.data,
    contextTemplate: { ...(launchData.contextTemplate as XapiContext), registration: registration.data },
    cmi5: { launchMode: launchData.launchMode, masteryScore: launchData.masteryScore ?? null },
  };
  outbox.authorize(endpoint.data, auth);
  if (!kept.success) await outbox.queue(endpoint.data, [initializedStatement(xapiSession, stampNow())]);
  else if (kept.data.terminated) report('this launch of the game has ended for the LMS, which records nothing more from it: to have a day recorded, go back to the course and launch the game again');

  // A tab closed (or a page left) before the day ends: cmi5 9.3.8 has the AU send Terminated,
  // the last statement of the session, however it ends; the LMS records Abandoned (9.3.6)
  // only when none comes. The page is going away, so it is sent at once with `keepalive`,
  // and the session is marked ended in the tab first, so a reload of the same launch neither
  // sends it again nor sends anything after it.
  window.addEventListener('pagehide', () => {
    const current = Cmi5TabSessionSchema.safeParse(readJson(sessionStorage.getItem(key) ?? ''));
    if (!current.success || current.data.terminated) return;
    sessionStorage.setItem(key, JSON.stringify({ ...current.data, terminated: true }));
    outbox.sendAtExit(endpoint.data, terminatedStatement(xapiSession, stampNow(), Date.now() - Date.parse(current.data.startedAt)));
  });

  const returnUrl = launchData.returnURL === undefined ? null : HttpUrlSchema.safeParse(launchData.returnURL);
  if (returnUrl !== null && !returnUrl.success) report('the LMS gave a return address that is not a web address, so the game cannot take you back to the course: use the LMS\'s own navigation');

  return {
    returnUrl: returnUrl?.success ? returnUrl.data : null,
    dayStarted: async () => undefined,
    dayLeft: async () => undefined,
    dayFinished: async (result) => {
      const current = Cmi5TabSessionSchema.safeParse(readJson(sessionStorage.getItem(key) ?? ''));
      // A session sends one verdict and ends once (cmi5 9.3); a second day in the same launch is practice.
      if (!current.success || current.data.terminated) return;
      sessionStorage.setItem(key, JSON.stringify({ ...current.data, terminated: true }));
      await outbox.queue(endpoint.data, finishedDayStatements(xapiSession, result, stampNow(), Date.now() - Date.parse(current.data.startedAt)));
    },
  };
}

/** The stamp of statements made now: fresh UUIDs, this moment in UTC. */
function stampNow(): { newId: () => string; timestamp: string } {
  return { newId: () => crypto.randomUUID(), timestamp: new Date().toISOString() };
}

const LEARNER_KEY = 'learner';
const DAY_KEY = 'day';
const StandaloneDaySchema = z.object({ key: z.string(), registration: UuidSchema, activityId: IriSchema, startedAt: z.string(), open: z.boolean() });

/** A day of an assignment begun now, with its own registration. */
function startedDay(key: string, scenarioId: string, assignmentId: string | null): z.infer<typeof StandaloneDaySchema> {
  return { key, registration: crypto.randomUUID(), activityId: assignmentActivityId(scenarioId, assignmentId), startedAt: new Date().toISOString(), open: true };
}

/** Reports the days of an assignment to the LRS its link names. */
async function standaloneReporter(launch: Extract<FoundXapiLaunch, { kind: 'lrs' }>, outbox: StatementOutbox, report: (problem: string) => void): Promise<Reporter | null> {
  const endpoint = HttpUrlSchema.safeParse(launch.endpoint);
  const auth = z.string().check(z.regex(/^[A-Za-z0-9+/]+=*$/)).safeParse(launch.auth);
  if (!endpoint.success || !auth.success) {
    report('the learning record store named in the assignment link cannot be used (its address or key is damaged: was the link copied in full?)');
    return null;
  }
  let learner = await outbox.meta(LEARNER_KEY);
  if (typeof learner !== 'string' || !UuidSchema.safeParse(learner).success) {
    learner = crypto.randomUUID();
    await outbox.setMeta(LEARNER_KEY, learner);
  }
  const actor: XapiAgent = { objectType: 'Agent', account: { homePage: window.location.origin, name: learner as string } };
  outbox.authorize(endpoint.data, `Basic ${auth.data}`);
  const sessionOf = (day: z.infer<typeof StandaloneDaySchema>): XapiSession => ({ actor, activityId: day.activityId, registration: day.registration, contextTemplate: {}, cmi5: null });
  const current = async (): Promise<z.infer<typeof StandaloneDaySchema> | null> => {
    const read = StandaloneDaySchema.safeParse(await outbox.meta(DAY_KEY));
    return read.success ? read.data : null;
  };
  return {
    returnUrl: null,
    dayStarted: async (day) => {
      const key = `${day.scenarioId}:${day.scenarioHash}:${day.seed}:${day.assignmentId ?? ''}`;
      const kept = await current();
      if (kept !== null && kept.open && kept.key === key) return;
      const started = startedDay(key, day.scenarioId, day.assignmentId ?? null);
      await outbox.setMeta(DAY_KEY, started);
      await outbox.queue(endpoint.data, [initializedStatement(sessionOf(started), stampNow())]);
    },
    dayLeft: async () => {
      const kept = await current();
      if (kept !== null) await outbox.setMeta(DAY_KEY, { ...kept, open: false });
    },
    dayFinished: async (result, assignmentId) => {
      // A day ended before anything in it was saved (ended at once, with no move made) was never
      // started here: it starts and ends now, so the LRS still gets its verdict.
      const kept = await current();
      const day = kept ?? startedDay('', result.scenarioId, assignmentId);
      await outbox.setMeta(DAY_KEY, null);
      const started = kept === null ? [initializedStatement(sessionOf(day), stampNow())] : [];
      await outbox.queue(endpoint.data, [...started, ...finishedDayStatements(sessionOf(day), result, stampNow(), Date.now() - Date.parse(day.startedAt))]);
    },
  };
}

/** The browser's store, with the reporter told of each day started, left and finished. */
class ReportingClinicStore implements ClinicStore {
  readonly #inner: ClinicStore;
  readonly #reporter: Reporter;
  readonly #report: (problem: string) => void;

  constructor(inner: ClinicStore, reporter: Reporter, report: (problem: string) => void) {
    this.#inner = inner;
    this.#reporter = reporter;
    this.#report = report;
  }

  get durable(): boolean {
    return this.#inner.durable;
  }

  /** The reporter's work so far: each piece runs after the one before, so two saves in a row cannot both start a day. */
  #reporting: Promise<void> = Promise.resolve();

  /** Resolves when what the reporter was told so far is queued. */
  reported(): Promise<void> {
    return this.#reporting;
  }

  #tell(work: () => Promise<void>): void {
    // Reporting never stands in the way of play or of the day's own save.
    this.#reporting = this.#reporting.then(work).catch((error: unknown) => this.#report(`a statement could not be queued (${error instanceof Error ? error.message : String(error)})`));
  }

  loadSettings(): Promise<unknown> {
    return this.#inner.loadSettings();
  }

  saveSettings(record: unknown): Promise<void> {
    return this.#inner.saveSettings(record);
  }

  loadUnfinished(): Promise<unknown> {
    return this.#inner.loadUnfinished();
  }

  async saveUnfinished(record: unknown): Promise<void> {
    this.#tell(() => this.#reporter.dayStarted(record as SavedDay));
    return this.#inner.saveUnfinished(record);
  }

  clearUnfinished(): Promise<void> {
    this.#tell(() => this.#reporter.dayLeft());
    return this.#inner.clearUnfinished();
  }

  async addHistory(record: unknown): Promise<number> {
    const { file } = record as HistoryRecord;
    this.#tell(() => this.#reporter.dayFinished(file.result as DayResult, file.assignmentId ?? null));
    return this.#inner.addHistory(record);
  }

  listHistory(): Promise<StoredHistoryRecord[]> {
    return this.#inner.listHistory();
  }
}

/** Opens the browser's storage with reporting to the LRS of `launch` beside it. */
export async function openXapiPersistence(launch: FoundXapiLaunch, layer: HTMLElement): Promise<{ readonly persistence: Persistence; readonly outbox: StatementOutbox }> {
  let said = false;
  const report = (problem: string): void => {
    if (said) return;
    said = true;
    showXapiNotice(layer, problem);
  };
  const [opened, outbox] = await Promise.all([openClinicStore(), StatementOutbox.open(sendStatement, report, sendStatementAtExit)]);
  const reporter = launch.kind === 'cmi5' ? await cmi5Reporter(launch, outbox, report) : await standaloneReporter(launch, outbox, report);
  // Statements queued by an earlier page wait for a credential; outside cmi5 the one just given sends them.
  outbox.flush();
  const store = reporter === null ? null : new ReportingClinicStore(opened.store, reporter, report);
  const returnUrl = reporter?.returnUrl ?? null;
  if (store !== null && returnUrl !== null) {
    setCourseExit({
      label: 'Back to the course',
      leave: async () => {
        // The day's statements (Terminated last) go before the window does; offline, they wait in the outbox for the next launch.
        await store.reported();
        await outbox.settled();
        navigateTop(returnUrl);
      },
    });
  }
  return { persistence: new Persistence(store ?? opened.store, opened.problem), outbox };
}
