/**
 * A test endpoint on 127.0.0.1 standing in for a cmi5 LMS and its Learning Record Store: the
 * parts of the xAPI and cmi5 protocols the game uses, checked as strictly as a conformant LMS
 * would check them. No real LRS runs on this machine (nothing installable from npm or Debian
 * without a database server: see the README's "Use it in your LMS").
 *
 * What it does:
 * - `launch()` prepares a cmi5 launch as an LMS does (cmi5 8.1, 10.0): a registration, a session
 *   id, a one-time fetch URL, the `LMS.LaunchData` state document (context template with the
 *   session id and the publisher id grouping, launch mode, mastery score, move-on), and the
 *   Launched statement the LMS records before the AU starts (9.3.1).
 * - POST to the fetch URL answers the auth token once; a second POST answers cmi5's error 1
 *   (8.2.3).
 * - GET `activities/state` and `agents/profile` answer the launch data and no preferences.
 * - POST and PUT `statements` need the session's token and the `X-Experience-API-Version`
 *   header; every statement is checked with @learninglocker/xapi-validation (xAPI 1.0.3) and
 *   against cmi5's rules: the context template kept (registration, session id, the grouping
 *   activity), Initialized first and Terminated last in a session, no cmi5 defined verb twice,
 *   one of Passed and Failed, the cmi5 category only on defined statements, the AU's activity
 *   as their object, moveOn with success or completion, a score only on Passed and Failed, a
 *   duration where 9.5.4.1 asks, and a timestamp (9.7). A statement that breaks a rule is
 *   refused with 400 and recorded in `violations`.
 * - A statement whose id is already stored changes nothing: 204 when it is the same statement,
 *   409 when it is not (xAPI 1.0.3 Part Three 2.1.2).
 * - Every request is answered with CORS headers, as an LRS on another origin must.
 * - Outside cmi5 it is a plain LRS too: statements sent with the Basic credential
 *   `STANDALONE_KEY:STANDALONE_SECRET` (an instructor's statement-write key) are validated and
 *   stored, with no cmi5 rules.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import validateStatement from '@learninglocker/xapi-validation';

const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const VERB = (name: string): string => `http://adlnet.gov/expapi/verbs/${name}`;
const DEFINED = ['initialized', 'completed', 'passed', 'failed', 'terminated'].map(VERB);

/** The key and secret of the endpoint's plain LRS credential. */
export const STANDALONE_KEY = 'clinic-day-writer';
export const STANDALONE_SECRET = 'write-only-secret';

/** A statement as the endpoint holds it (the shape it reads; validation comes first). */
export interface StoredStatement {
  readonly id: string;
  readonly actor: unknown;
  readonly verb: { readonly id: string };
  readonly object: { readonly id: string };
  readonly result?: { readonly score?: unknown; readonly success?: boolean; readonly completion?: boolean; readonly duration?: string };
  readonly context?: {
    readonly registration?: string;
    readonly contextActivities?: Record<string, readonly { readonly id: string }[] | undefined>;
    readonly extensions?: Record<string, unknown>;
  };
  readonly timestamp?: string;
}

/** A request as the endpoint saw it. */
export interface SeenRequest {
  readonly method: string;
  readonly path: string;
}

interface Cmi5Session {
  readonly fetchKey: string;
  readonly token: string;
  readonly sessionId: string;
  readonly registration: string;
  readonly activityId: string;
  readonly actor: Record<string, unknown>;
  readonly publisherId: string;
  readonly launchData: Record<string, unknown>;
  fetched: boolean;
  verbs: string[];
  ended: boolean;
}

/** The launch an LMS would give the AU: its query parameters. */
export interface Cmi5Launch {
  readonly query: string;
  readonly registration: string;
  readonly sessionId: string;
  readonly activityId: string;
}

/** The endpoint and what it recorded. */
export class TestLrs {
  readonly statements: StoredStatement[] = [];
  /** Every statement id received, once per time it was sent. */
  readonly received: string[] = [];
  readonly violations: string[] = [];
  readonly requests: SeenRequest[] = [];
  readonly #sessions: Cmi5Session[] = [];
  readonly #server: Server;
  #origin = '';

  private constructor() {
    this.#server = createServer((request, response) => void this.#handle(request, response));
  }

  /** Starts the endpoint on a free port of 127.0.0.1. */
  static async start(): Promise<TestLrs> {
    const lrs = new TestLrs();
    await new Promise<void>((resolve) => lrs.#server.listen(0, '127.0.0.1', resolve));
    lrs.#origin = `http://127.0.0.1:${(lrs.#server.address() as AddressInfo).port}`;
    return lrs;
  }

  get origin(): string {
    return this.#origin;
  }

  /** The xAPI endpoint (with its trailing slash). */
  get endpoint(): string {
    return `${this.#origin}/xapi/`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }

  /** Prepares a cmi5 launch of the AU `publisherId` for a learner, as an LMS does before it opens the AU. */
  launch(options: { readonly publisherId: string; readonly masteryScore?: number; readonly launchMode?: 'Normal' | 'Browse' | 'Review'; readonly returnURL?: string }): Cmi5Launch {
    const session: Cmi5Session = {
      fetchKey: randomUUID(),
      token: Buffer.from(`${randomUUID()}:${randomUUID()}`).toString('base64'),
      sessionId: randomUUID(),
      registration: randomUUID(),
      activityId: `${this.#origin}/activities/au/${randomUUID()}`,
      actor: { objectType: 'Agent', name: 'Test Trainee', account: { homePage: this.#origin, name: 'trainee-1' } },
      publisherId: options.publisherId,
      launchData: {},
      fetched: false,
      verbs: [],
      ended: false,
    };
    const contextTemplate = { contextActivities: { grouping: [{ objectType: 'Activity', id: options.publisherId }] }, extensions: { [SESSION_ID]: session.sessionId } };
    Object.assign(session.launchData, {
      contextTemplate,
      launchMode: options.launchMode ?? 'Normal',
      moveOn: 'CompletedAndPassed',
      ...(options.masteryScore === undefined ? {} : { masteryScore: options.masteryScore }),
      ...(options.returnURL === undefined ? {} : { returnURL: options.returnURL }),
    });
    this.#sessions.push(session);
    this.statements.push({
      id: randomUUID(),
      actor: session.actor,
      verb: { id: VERB('launched') },
      object: { id: session.activityId },
      context: { registration: session.registration, ...contextTemplate, contextActivities: { ...contextTemplate.contextActivities, category: [{ id: CMI5_CATEGORY }] } },
      timestamp: new Date().toISOString(),
    });
    const query = new URLSearchParams({
      endpoint: this.endpoint,
      fetch: `${this.#origin}/fetch/${session.fetchKey}`,
      actor: JSON.stringify(session.actor),
      registration: session.registration,
      activityId: session.activityId,
    }).toString();
    return { query, registration: session.registration, sessionId: session.sessionId, activityId: session.activityId };
  }

  /** The verbs stored, by their last path segment, in the order stored. */
  verbs(): string[] {
    return this.statements.map((statement) => statement.verb.id.split('/').at(-1)!);
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.#origin);
    this.requests.push({ method: request.method ?? '', path: url.pathname });
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, X-Experience-API-Version');
    response.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, OPTIONS');
    response.setHeader('X-Experience-API-Version', '1.0.3');
    if (request.method === 'OPTIONS') return end(response, 204);
    const body = await readBody(request);

    const fetchMatch = /^\/fetch\/([0-9a-f-]+)$/.exec(url.pathname);
    if (fetchMatch) {
      const session = this.#sessions.find((candidate) => candidate.fetchKey === fetchMatch[1]);
      if (request.method !== 'POST' || !session) return end(response, 404);
      if (session.fetched) return json(response, 200, { 'error-code': '1', 'error-text': 'The authorization token has already been returned.' });
      session.fetched = true;
      return json(response, 200, { 'auth-token': session.token });
    }

    const standalone = request.headers.authorization === `Basic ${Buffer.from(`${STANDALONE_KEY}:${STANDALONE_SECRET}`).toString('base64')}`;
    const session = this.#sessions.find((candidate) => request.headers.authorization === `Basic ${candidate.token}`);
    if (!session && !standalone) return end(response, 401);
    if (!request.headers['x-experience-api-version']) return end(response, 400, 'missing X-Experience-API-Version');

    if (url.pathname === '/xapi/activities/state' && request.method === 'GET' && session) {
      const agent = JSON.parse(url.searchParams.get('agent') ?? 'null') as { account?: { name?: string } } | null;
      const ok = url.searchParams.get('stateId') === 'LMS.LaunchData' && url.searchParams.get('activityId') === session.activityId && url.searchParams.get('registration') === session.registration && agent?.account?.name === 'trainee-1';
      return ok ? json(response, 200, session.launchData) : end(response, 404);
    }
    if (url.pathname === '/xapi/agents/profile' && request.method === 'GET') return end(response, 404);
    if (url.pathname === '/xapi/statements' && (request.method === 'POST' || request.method === 'PUT')) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch {
        return end(response, 400, 'not JSON');
      }
      const batch = (Array.isArray(parsed) ? parsed : [parsed]) as StoredStatement[];
      const stored: string[] = [];
      let duplicateOnly = true;
      for (const statement of batch) {
        const warnings = validateStatement(statement);
        if (warnings.length > 0) return this.#refuse(response, `invalid xAPI: ${JSON.stringify(warnings).slice(0, 400)}`);
        this.received.push(statement.id);
        const existing = this.statements.find((candidate) => candidate.id === statement.id);
        if (existing) {
          if (JSON.stringify(existing) !== JSON.stringify(statement)) return end(response, 409, 'another statement has this id');
          stored.push(statement.id);
          continue;
        }
        const broken = session ? this.#cmi5Problem(session, statement) : null;
        if (broken !== null) return this.#refuse(response, `${statement.verb.id}: ${broken}`);
        duplicateOnly = false;
        this.statements.push(statement);
        stored.push(statement.id);
      }
      return duplicateOnly ? end(response, 204) : json(response, 200, stored);
    }
    return end(response, 404);
  }

  #refuse(response: ServerResponse, why: string): void {
    this.violations.push(why);
    end(response, 400, why);
  }

  /** What in `statement` breaks cmi5's rules for `session`, or null. */
  #cmi5Problem(session: Cmi5Session, statement: StoredStatement): string | null {
    const context = statement.context ?? {};
    if (!statement.timestamp) return 'no timestamp (cmi5 9.7)';
    if (context.registration !== session.registration) return 'not the registration of the launch (9.6.1)';
    if (context.extensions?.[SESSION_ID] !== session.sessionId) return 'no session id of the template (9.6.3.1)';
    if (!(context.contextActivities?.grouping ?? []).some((activity) => activity.id === session.publisherId)) return "the template's publisher id grouping is missing (9.6.2.3)";
    if (JSON.stringify(statement.actor) !== JSON.stringify(session.actor)) return 'not the launch actor (9.2)';
    if (session.ended) return 'a statement after Terminated (9.3.8)';
    const categories = (context.contextActivities?.category ?? []).map((activity) => activity.id);
    const defined = categories.includes(CMI5_CATEGORY);
    const verb = statement.verb.id;
    if (session.verbs.length === 0 && verb !== VERB('initialized')) return 'the first statement of the session is not Initialized (9.3.2)';
    if (defined) {
      if (!DEFINED.includes(verb)) return 'the cmi5 category on a verb cmi5 does not define (7.1.3)';
      if (statement.object.id !== session.activityId) return "a defined statement's object is not the AU (9.4)";
      if (session.verbs.includes(verb)) return 'a defined verb twice in the session (9.3)';
      if ((verb === VERB('passed') || verb === VERB('failed')) && session.verbs.some((seen) => seen === VERB('passed') || seen === VERB('failed'))) return 'both Passed and Failed (9.3)';
      const result = statement.result ?? {};
      const moveOn = result.success !== undefined || result.completion !== undefined;
      if (moveOn !== categories.includes(MOVEON_CATEGORY)) return 'the moveOn category does not match the result (9.6.2.2)';
      if (result.score !== undefined && verb !== VERB('passed') && verb !== VERB('failed')) return 'a score on a statement other than Passed or Failed (9.5.1)';
      if ([VERB('passed'), VERB('failed'), VERB('completed'), VERB('terminated')].includes(verb) && !result.duration) return 'no duration (9.5.4.1)';
      const mastery = session.launchData.masteryScore as number | undefined;
      const scaled = (result.score as { scaled?: number } | undefined)?.scaled;
      if (mastery !== undefined && scaled !== undefined && (verb === VERB('passed') ? scaled < mastery : scaled >= mastery)) return 'a score against the masteryScore (9.3.4, 9.3.5)';
    } else if (categories.includes(MOVEON_CATEGORY)) {
      return 'the moveOn category on an allowed statement (9.6.2.2)';
    }
    session.verbs.push(verb);
    if (verb === VERB('terminated') && defined) session.ended = true;
    return null;
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function end(response: ServerResponse, status: number, text = ''): void {
  response.writeHead(status, { 'Content-Type': 'text/plain' });
  response.end(text);
}

function json(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify(value));
}
