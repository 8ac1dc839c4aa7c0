/**
 * The xAPI statements Clinic Day sends to a Learning Record Store about a day: that a session
 * began (initialized), one statement per finding, the day's verdict (passed or failed) with
 * its score and competencies, completed, and terminated. Pure: the statement ids (UUIDs) and
 * the timestamps come from the caller, so the browser adapter (`scenes/lms/`) fixes both when
 * it queues a statement and a re-sent statement is the same statement.
 *
 * The same statements serve the two places the game reports to: a cmi5 LMS (launched with
 * cmi5's launch parameters, `session.cmi5` set) and an LRS an instructor's assignment names
 * (standalone, `session.cmi5` null).
 *
 * Sources (what was checked is in `src/reference/source-catalogue.ts`: `xapiSpec103`, `cmi5Spec`):
 * - xAPI 1.0.3, Part Two, 2.4: a statement's id (UUID), actor, verb, object, result (score with
 *   scaled −1..1 and raw between min and max; success; completion; duration as an ISO 8601
 *   duration; extensions keyed by IRIs), context (registration, contextActivities, extensions)
 *   and timestamp.
 * - cmi5 (Quartz), 9.1: the AU gives every statement a UUID id. 9.2: the actor is the launch
 *   parameter's Agent. 9.3: verbs and order within a session: Initialized first, Terminated
 *   last, no verb twice, at most one of Passed and Failed. 9.3.4/9.3.5: a Passed statement's
 *   scaled score is at least the LaunchData's masteryScore, a Failed one's below it. 9.4: the
 *   object of a "cmi5 defined" statement is the AU's activityId. 9.5.1: only Passed and Failed
 *   carry a score (raw an integer, with min and max). 9.5.2/9.5.3: success true on Passed,
 *   false on Failed; completion true on Completed, on no other. 9.5.4.1: Completed, Passed,
 *   Failed and Terminated carry a duration. 9.6: every statement's context is the
 *   LaunchData's contextTemplate, not overwritten (10.0), with the registration; the cmi5
 *   category activity on "cmi5 defined" statements only (9.6.2.1, 7.1.3: a "cmi5 allowed"
 *   statement, such as a finding, has the template but not the category); the moveOn category
 *   on statements whose result has success or completion (9.6.2.2); the masteryScore
 *   extension on Passed and Failed judged by it (9.6.3.2). 9.7: every statement has a UTC
 *   timestamp. 10.0: in the Browse and Review launch modes only Initialized and Terminated
 *   (and allowed statements) are sent.
 */
import type { DayResult } from '../scoring/score';
import type { Finding } from '../scoring/finding';

/** The IRIs of the verbs the game uses: ADL's (cmi5 9.3; the findings as ADL's "answered", as SCORM interactions are). */
export const XAPI_VERBS = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
} as const;

/** The verbs by name. */
export type XapiVerbName = keyof typeof XAPI_VERBS;

/** cmi5's context activities and extensions (cmi5 9.6.2.1, 9.6.2.2, 9.6.3.1, 9.6.3.2). */
export const CMI5 = {
  category: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  moveOnCategory: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
  sessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
  masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
} as const;

/** Clinic Day's own IRIs: its activities and its extensions. */
export const CLINIC_DAY_IRI = 'https://clinic-day.invalid/xapi';
const EXTENSION = {
  competency: `${CLINIC_DAY_IRI}/extensions/competency`,
  severity: `${CLINIC_DAY_IRI}/extensions/severity`,
  source: `${CLINIC_DAY_IRI}/extensions/source`,
  patient: `${CLINIC_DAY_IRI}/extensions/patient`,
  clinicMinute: `${CLINIC_DAY_IRI}/extensions/clinic-minute`,
  competencies: `${CLINIC_DAY_IRI}/extensions/competencies`,
  verdict: `${CLINIC_DAY_IRI}/extensions/verdict`,
  dayScore: `${CLINIC_DAY_IRI}/extensions/day-score`,
} as const;

/** An xAPI Agent identified by an account (cmi5 9.2) or a mailbox. */
export type XapiAgent = { readonly objectType?: 'Agent'; readonly name?: string } & (
  | { readonly account: { readonly homePage: string; readonly name: string } }
  | { readonly mbox: string }
);

/** An activity as a statement names it. */
export interface XapiActivity {
  readonly objectType?: 'Activity';
  readonly id: string;
  readonly definition?: Readonly<Record<string, unknown>>;
}

/** A statement's context. */
export interface XapiContext {
  readonly registration?: string;
  readonly contextActivities?: {
    readonly parent?: readonly XapiActivity[];
    readonly grouping?: readonly XapiActivity[];
    readonly category?: readonly XapiActivity[];
    readonly other?: readonly XapiActivity[];
  };
  readonly extensions?: Readonly<Record<string, unknown>>;
  readonly [key: string]: unknown;
}

/** A statement's result. */
export interface XapiResult {
  readonly score?: { readonly scaled: number; readonly raw: number; readonly min: number; readonly max: number };
  readonly success?: boolean;
  readonly completion?: boolean;
  readonly response?: string;
  readonly duration?: string;
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/** A statement as the game sends it. */
export interface XapiStatement {
  readonly id: string;
  readonly actor: XapiAgent;
  readonly verb: { readonly id: string; readonly display: Readonly<Record<string, string>> };
  readonly object: XapiActivity;
  readonly result?: XapiResult;
  readonly context: XapiContext;
  readonly timestamp: string;
}

/** cmi5's launch modes (cmi5 10.0). */
export const LAUNCH_MODES = ['Normal', 'Browse', 'Review'] as const;
export type LaunchMode = (typeof LAUNCH_MODES)[number];

/** Who and what the statements are about, fixed for a session. */
export interface XapiSession {
  readonly actor: XapiAgent;
  /** The object of the session's own statements: the AU's activityId (cmi5 9.4), or the assignment's activity. */
  readonly activityId: string;
  /** A UUID: the cmi5 registration, or one the game made for the standalone day. */
  readonly registration: string;
  /** The context every statement starts from: cmi5's contextTemplate (LaunchData), or the game's own. */
  readonly contextTemplate: XapiContext;
  /** The cmi5 launch (LaunchData's launchMode and masteryScore), or null outside cmi5. */
  readonly cmi5: { readonly launchMode: LaunchMode; readonly masteryScore: number | null } | null;
}

/** What the caller fixes for the statements it builds: their ids and their time. */
export interface StatementStamp {
  /** A new UUID for each statement. */
  readonly newId: () => string;
  /** When, ISO 8601 in UTC (cmi5 9.7). */
  readonly timestamp: string;
}

/** The activity id of a standalone day: its scenario's, and its assignment's when it has one. */
export function assignmentActivityId(scenarioId: string, assignmentId: string | null): string {
  return `${CLINIC_DAY_IRI}/scenarios/${encodeURIComponent(scenarioId)}${assignmentId === null ? '' : `/assignments/${assignmentId}`}`;
}

/** The activity id of a rule, the object of its findings. */
export function ruleActivityId(ruleId: string): string {
  return `${CLINIC_DAY_IRI}/rules/${encodeURIComponent(ruleId)}`;
}

function verb(name: XapiVerbName): XapiStatement['verb'] {
  return { id: XAPI_VERBS[name], display: { 'en-US': name } };
}

/**
 * The template with what the game adds: the registration, and activities appended to the
 * template's lists; the template's own values are never overwritten (cmi5 10.0).
 */
function contextFrom(session: XapiSession, add: { readonly category?: readonly string[]; readonly parent?: readonly XapiActivity[]; readonly extensions?: Readonly<Record<string, unknown>> }): XapiContext {
  const template = session.contextTemplate;
  const activities = { ...template.contextActivities };
  const category = [...(activities.category ?? []), ...(add.category ?? []).filter((id) => !(activities.category ?? []).some((activity) => activity.id === id)).map((id) => ({ id }))];
  const parent = [...(activities.parent ?? []), ...(add.parent ?? [])];
  const contextActivities = { ...activities, ...(category.length > 0 ? { category } : {}), ...(parent.length > 0 ? { parent } : {}) };
  const extensions = { ...add.extensions, ...template.extensions };
  return {
    ...template,
    registration: template.registration ?? session.registration,
    ...(Object.keys(contextActivities).length > 0 ? { contextActivities } : {}),
    ...(Object.keys(extensions).length > 0 ? { extensions } : {}),
  };
}

/** A statement about the session's own activity (a "cmi5 defined" one under cmi5). */
function sessionStatement(session: XapiSession, name: XapiVerbName, stamp: StatementStamp, result?: XapiResult, extensions?: Readonly<Record<string, unknown>>): XapiStatement {
  const moveOn = result !== undefined && (result.success !== undefined || result.completion !== undefined);
  const category = session.cmi5 === null ? [] : [CMI5.category, ...(moveOn ? [CMI5.moveOnCategory] : [])];
  return {
    id: stamp.newId(),
    actor: session.actor,
    verb: verb(name),
    object: { objectType: 'Activity', id: session.activityId },
    ...(result === undefined ? {} : { result }),
    context: contextFrom(session, { category, ...(extensions === undefined ? {} : { extensions }) }),
    timestamp: stamp.timestamp,
  };
}

/** The first statement of a session: the game is launched and ready (cmi5 9.3.2, 7.1.1); outside cmi5, a day started. */
export function initializedStatement(session: XapiSession, stamp: StatementStamp): XapiStatement {
  return sessionStatement(session, 'initialized', stamp);
}

/**
 * The last statement of a session the learner leaves before the day ends (a closed tab, the
 * LMS's own exit): cmi5 9.3.8 has the AU send Terminated however the session ends, with the
 * time since Initialized as its duration (9.5.4.1); no verdict, since no day was finished.
 */
export function terminatedStatement(session: XapiSession, stamp: StatementStamp, durationMs: number): XapiStatement {
  return sessionStatement(session, 'terminated', stamp, { duration: isoDuration(durationMs) });
}

/** An ISO 8601 duration with hundredths of a second (xAPI 1.0.3 Part Two 4.6). */
export function isoDuration(milliseconds: number): string {
  const total = Math.max(0, Math.round(milliseconds / 10));
  const hours = Math.floor(total / 360_000);
  const minutes = Math.floor((total % 360_000) / 6000);
  const seconds = (total % 6000) / 100;
  return `PT${hours > 0 ? `${hours}H` : ''}${minutes > 0 ? `${minutes}M` : ''}${Number(seconds.toFixed(2))}S`;
}

/** A finding, as a "cmi5 allowed" statement: the trainee did not follow the rule (success false). */
export function findingStatement(session: XapiSession, finding: Finding, stamp: StatementStamp): XapiStatement {
  const source = `${finding.source.title}${finding.source.edition === undefined ? '' : ` (${finding.source.edition})`}, ${finding.source.publisher}`;
  return {
    id: stamp.newId(),
    actor: session.actor,
    verb: verb('answered'),
    object: {
      objectType: 'Activity',
      id: ruleActivityId(finding.ruleId),
      definition: {
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        interactionType: 'other',
        name: { 'en-US': finding.ruleId },
      },
    },
    result: { success: false, response: finding.message },
    context: contextFrom(session, {
      parent: [{ objectType: 'Activity', id: session.activityId }],
      extensions: {
        [EXTENSION.competency]: finding.competency,
        [EXTENSION.severity]: finding.severity,
        [EXTENSION.source]: source,
        [EXTENSION.patient]: finding.patientId,
        [EXTENSION.clinicMinute]: finding.atMinute,
      },
    }),
    timestamp: stamp.timestamp,
  };
}

/** The score as xAPI carries it: raw an integer 0–100 (cmi5 9.5.1), scaled 0–1 to four places. */
export function xapiScore(result: DayResult): { readonly scaled: number; readonly raw: number; readonly min: number; readonly max: number } {
  const total = Math.min(100, Math.max(0, result.score.total));
  return { scaled: Math.round(total * 100) / 10_000, raw: Math.round(total), min: 0, max: 100 };
}

/**
 * Whether the day counts as passed where it is reported: the game's own verdict (its pass
 * mark and its gate: any critical finding fails a day) and, under cmi5, the LMS's
 * masteryScore too, on which Passed and Failed must be based (cmi5 10.0, masteryScore).
 */
export function reportedPassed(session: XapiSession, result: DayResult): boolean {
  const mastery = session.cmi5?.masteryScore ?? null;
  return result.passed && (mastery === null || xapiScore(result).scaled >= mastery);
}

/**
 * The statements of a finished day, in the order they are sent: one per finding, then (in
 * cmi5's Normal mode, and always outside cmi5) passed or failed with the score and the
 * competencies, and completed; then terminated, the session's last (cmi5 9.3.8).
 *
 * A Failed statement's scaled score must be below the masteryScore (cmi5 9.3.5): a day failed
 * on a critical finding with a score at or above it carries its score in the game's own
 * `day-score` extension instead.
 */
export function finishedDayStatements(session: XapiSession, result: DayResult, stamp: StatementStamp, durationMs: number): XapiStatement[] {
  const statements = result.findings.map((finding) => findingStatement(session, finding, stamp));
  const judged = session.cmi5 === null || session.cmi5.launchMode === 'Normal';
  const duration = isoDuration(durationMs);
  if (judged) {
    const score = xapiScore(result);
    const passed = reportedPassed(session, result);
    const mastery = session.cmi5?.masteryScore ?? null;
    const scoreFits = passed || mastery === null || score.scaled < mastery;
    const extensions = {
      [EXTENSION.competencies]: Object.fromEntries(result.competencies.map((competency) => [competency.id, competency.score])),
      [EXTENSION.verdict]: result.gate.reason,
      ...(scoreFits ? {} : { [EXTENSION.dayScore]: score }),
    };
    statements.push(
      sessionStatement(
        session,
        passed ? 'passed' : 'failed',
        stamp,
        { ...(scoreFits ? { score } : {}), success: passed, duration, extensions },
        mastery === null ? undefined : { [CMI5.masteryScore]: mastery },
      ),
      sessionStatement(session, 'completed', stamp, { completion: true, duration }),
    );
  }
  statements.push(sessionStatement(session, 'terminated', stamp, { duration }));
  return statements;
}
