/**
 * Every action a trainee can take, as one typed union of events named as facts: the
 * workflows' actions (derived from the list in `workflows/workflows.ts`) and the actions that
 * concern the day's shared resources (rooms, the phone), with the day's own costs and labels.
 */
import { actionCost, type ActionCost } from '../reference/action-costs';
import { WORKFLOW_ACTION_COSTS, WORKFLOW_ACTION_LABELS, WORKFLOW_ACTION_SAMPLES, WORKFLOW_ACTION_SCHEMAS, type WorkflowTraineeAction } from '../workflows/workflows';
import { PHONE_CONVERSATION_ACTION_SAMPLES, PHONE_CONVERSATION_ACTION_TYPES, type PhoneConversationAction, phoneConversationActionSchema } from './phone-call.actions';
import { WAITING_ROOM_CALLS, type WaitingRoomCall } from './waiting-room';
import { INBOX_ACTION_COSTS, INBOX_ACTION_LABELS, INBOX_ACTION_SAMPLES, INBOX_ACTION_TYPES, type InboxEvent, inboxActionSchema } from './inbox/inbox.actions';
import { idEntry } from '../scenario/entries';
import { schemaOf, z } from '../scenario/zod';

/** Actions about the day's shared resources, handled by the clinic day machine. */
export type DayAction =
  /** Fetch a waiting patient into the next free room; `announce`: what was said aloud in the waiting room. */
  | { type: 'patient.roomed'; announce: WaitingRoomCall }
  | { type: 'phone.answered'; callId: string }
  | { type: 'phone.closed'; callId: string }
  | PhoneConversationAction
  /** An inbox item opened, worked, set aside, finished or handed over. */
  | InboxEvent;

export const DAY_ACTION_TYPES = ['patient.roomed', 'phone.answered', 'phone.closed', ...PHONE_CONVERSATION_ACTION_TYPES, ...INBOX_ACTION_TYPES] as const satisfies readonly DayAction['type'][];

/** Any trainee action. */
export type TraineeAction = DayAction | WorkflowTraineeAction;
export type TraineeActionType = TraineeAction['type'];

/** What each of the day's own actions costs on the clinic clock, and why (design estimates; the workflows' are in their descriptors). */
export const DAY_ACTION_COSTS: Readonly<Record<DayAction['type'], ActionCost>> = {
  'patient.roomed': actionCost(1),
  'phone.answered': actionCost(0.25),
  'phone.closed': actionCost(0.25),
  'caller.verified': actionCost(0.5, 'Asking the caller for identifiers and checking the release of information on file.'),
  'results.disclosed': actionCost(1),
  'results.withheld': actionCost(0.5, 'Explaining that nothing can be shared without the patient\'s permission and offering a call-back.'),
  'results.none-on-file': actionCost(0.5, 'Explaining that there is no result because the visit did not take place.'),
  'appointment.rescheduled': actionCost(2),
  'appointment.cancelled': actionCost(1),
  'appointment.confirmed': actionCost(1),
  ...INBOX_ACTION_COSTS,
};

/** What the screen calls each of the day's own actions (the workflows' are in their descriptors). */
export const DAY_ACTION_LABELS: Readonly<Record<DayAction['type'], string>> = {
  'patient.roomed': 'Room the patient',
  'phone.answered': 'Answer the phone',
  'phone.closed': 'End the call',
  'caller.verified': 'Verify the caller',
  'results.disclosed': 'Give the results',
  'results.withheld': 'Decline to share results',
  'results.none-on-file': 'Tell the caller there is no result',
  'appointment.rescheduled': 'Reschedule the appointment',
  'appointment.cancelled': 'Cancel the appointment',
  'appointment.confirmed': 'Confirm the appointment',
  ...INBOX_ACTION_LABELS,
};

/** What every trainee action costs, by type: the day's own and every workflow's. */
export const ACTION_COSTS: ReadonlyMap<TraineeActionType, ActionCost> = new Map<TraineeActionType, ActionCost>([
  ...(Object.entries(DAY_ACTION_COSTS) as [DayAction['type'], ActionCost][]),
  ...WORKFLOW_ACTION_COSTS,
]);

/** What the screen calls every trainee action, by type (each workflow's labels cover its actions, so none is missing). */
export const ACTION_LABELS: Readonly<Record<TraineeActionType, string>> = Object.freeze(
  Object.assign(Object.create(null) as Record<TraineeActionType, string>, DAY_ACTION_LABELS, Object.fromEntries(WORKFLOW_ACTION_LABELS)),
);

/** The day's own action types, as a set (the session asks about every action it reads and sends). */
const DAY_ACTION_TYPE_SET: ReadonlySet<string> = new Set(DAY_ACTION_TYPES);

/** True for actions the clinic day handles rather than a patient's encounter. */
export function isDayAction(action: TraineeAction): action is DayAction {
  return DAY_ACTION_TYPE_SET.has(action.type);
}

/** The day's own actions, checked at the edge before the clinic day's machine sees them. */
export const dayActionSchema = schemaOf<DayAction>()(
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('patient.roomed'), announce: z.enum(WAITING_ROOM_CALLS) }),
    z.strictObject({ type: z.literal('phone.answered'), callId: idEntry() }),
    z.strictObject({ type: z.literal('phone.closed'), callId: idEntry() }),
    phoneConversationActionSchema,
    inboxActionSchema,
  ]),
);

/**
 * Every action schema: the day's own and each workflow's. The edge parses with these and
 * nothing else, so an action no schema describes never reaches a machine.
 */
export const TRAINEE_ACTION_SCHEMAS: readonly z.ZodMiniType[] = [dayActionSchema, ...WORKFLOW_ACTION_SCHEMAS];

/** A schema of one action type: a strict object whose `type` is one literal. */
type ActionOptionSchema = z.ZodMiniObject<{ type: z.ZodMiniLiteral<string> }>;

/**
 * The schemas of each action type. A type two workflows share (`hands.cleaned` at the lab
 * and in the exam room) is one schema, defined once, listed once; a type two schemas read
 * (the chief complaint at check-in and in the exam room) keeps both, and an action is read by either.
 */
const SCHEMAS_BY_TYPE: ReadonlyMap<string, readonly z.ZodMiniType[]> = (() => {
  const byType = new Map<string, z.ZodMiniType[]>();
  const collect = (schema: z.ZodMiniType): void => {
    const options = (schema as unknown as { def: { options?: readonly z.ZodMiniType[] } }).def.options;
    if (options) {
      for (const option of options) collect(option);
      return;
    }
    for (const type of (schema as ActionOptionSchema).shape.type.def.values) {
      const known = byType.get(String(type)) ?? [];
      if (!known.includes(schema)) byType.set(String(type), [...known, schema]);
    }
  };
  for (const schema of TRAINEE_ACTION_SCHEMAS) collect(schema);
  return byType;
})();

/** Every action type the game knows. */
export const TRAINEE_ACTION_TYPES: readonly TraineeActionType[] = [...SCHEMAS_BY_TYPE.keys()] as TraineeActionType[];

/** What is wrong with an action that came in from outside: which field, and what. */
export interface ActionProblem {
  /** The field's path inside the action (`values.temperatureC`), `type`, or '' for the action as a whole. */
  readonly field: string;
  /** What is wrong with the field, with its value and the action's type: `Infinity is not a finite number (vitals.recorded)`. */
  readonly detail: string;
  /** The whole problem as one sentence: `vitals.recorded: values.temperatureC Infinity is not a finite number.` */
  readonly message: string;
  /** The problem in the trainee's words, without the game's internal names: `The temperature (°C) 999 is more than 46: check what you typed.` */
  readonly plain: string;
}

/** An action read at the edge: its parsed copy, or what is wrong with it. */
export type ParsedAction = { readonly ok: true; readonly action: TraineeAction } | { readonly ok: false; readonly problem: ActionProblem };

/**
 * Reads an action that comes from outside the domain (a station, a result file, a saved
 * day, an assignment) with its schema: strings where strings belong, finite numbers within
 * the instrument's range, known ids, no extra fields. Returns a fresh copy, never the
 * caller's object, or the first problem and the field it is in. Never throws.
 */
export function parseTraineeAction(raw: unknown): ParsedAction {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return refused('', 'is not an action (a set of fields with a type)', 'An action must be a set of fields with a type.');
  const type: unknown = (raw as { type?: unknown }).type;
  if (typeof type !== 'string') return refused('type', `${shown(type) ?? 'it'} is not an action type`, `An action needs a type; ${shown(type) ?? 'it'} is not one.`);
  const schemas = SCHEMAS_BY_TYPE.get(type);
  if (!schemas) return refused('type', `${shown(type)} is not an action the game knows`, `${shown(type)} is not an action the game knows.`);
  let closest: { readonly problem: ActionProblem; readonly depth: number } | null = null;
  for (const schema of schemas) {
    const parsed = schema.safeParse(raw, { reportInput: true });
    if (parsed.success) return { ok: true, action: parsed.data as TraineeAction };
    const issue = parsed.error.issues[0]!;
    const problem = describeIssue(type, issue);
    // Of a type's two readings, report the one the action came closest to: a field that
    // reading has and the value got wrong, rather than a field it does not have at all.
    const depth = issue.code === 'unrecognized_keys' ? -1 : issue.path.length;
    if (closest === null || depth > closest.depth) closest = { problem, depth };
  }
  return { ok: false, problem: closest!.problem };
}

function refused(field: string, detail: string, message: string): ParsedAction {
  return { ok: false, problem: { field, detail, message, plain: 'The game cannot take that: it is not one of its actions.' } };
}

/** How the trainee knows the fields the panels let them type into; any other field reads as its own name in words. */
const FIELD_WORDS: Readonly<Record<string, string>> = {
  heightCm: 'the height (cm)',
  weightKg: 'the weight (kg)',
  bmi: 'the BMI',
  temperatureC: 'the temperature (°C)',
  pulsePerMinute: 'the pulse (beats a minute)',
  respirationsPerMinute: 'the respirations (breaths a minute)',
  systolicMmHg: 'the systolic pressure (mmHg)',
  diastolicMmHg: 'the diastolic pressure (mmHg)',
  spo2Percent: 'the oxygen saturation (%)',
  painScore: 'the pain score',
  text: 'the text',
};

/** A field's path in the trainee's words: its last part, from the table or split into words (`memberId` → "the member id"). */
function fieldWords(path: readonly PropertyKey[]): string {
  const last = path.findLast((part) => typeof part === 'string');
  if (last === undefined) return 'the entry';
  return FIELD_WORDS[last] ?? `the ${last.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()}`;
}

/** The trainee's sentence for a problem with a value they gave. */
function plainSentence(issue: z.core.$ZodIssue, valued: string): string {
  // A number too long for any instrument (400 nines) arrives as Infinity: say what it means, not its name.
  const endless = typeof issue.input === 'number' && !Number.isFinite(issue.input);
  const sentence = endless ? `${fieldWords(issue.path)} is not a number any instrument shows` : `${fieldWords(issue.path)} ${valued}`;
  const typed = issue.code === 'too_big' || issue.code === 'too_small' || issue.code === 'invalid_type';
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}${typed ? ': check what you typed.' : '.'}`;
}

/** A value as the message quotes it: short primitives only (`"25:00"`, `Infinity`, `12`). */
function shown(value: unknown): string | undefined {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return undefined;
}

const TYPE_NAMES: Readonly<Record<string, string>> = { number: 'a finite number', int: 'a whole number', string: 'text', boolean: 'true or false', array: 'a list', object: 'a set of fields' };

/** One Zod issue as a sentence: `vitals.recorded: values.temperatureC 400 is more than 46.` */
function describeIssue(type: string, issue: z.core.$ZodIssue): ActionProblem {
  const field = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => (field === '' ? key : `${field}.${key}`));
    const wrong = keys.length === 1 ? 'is not a field' : 'are not fields';
    return { field: keys.join(', '), detail: `${wrong} of ${type}`, message: `${type}: ${keys.join(', ')} ${wrong} of this action.`, plain: 'The game cannot take that: it carries details this step does not have.' };
  }
  const value = issue.input === undefined ? undefined : shown(issue.input);
  const what = predicate(issue);
  const valued = value === undefined ? what : `${value} ${what}`;
  return { field, detail: `${valued} (${type})`, message: `${type}: ${field} ${valued}.`, plain: plainSentence(issue, valued) };
}

/** What is wrong with a value, as the rest of a sentence that begins with the field. */
function predicate(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is missing' : `is not ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_big':
      if (issue.origin === 'string') return `is longer than ${issue.maximum} characters`;
      if (issue.origin === 'array') return `has more than ${issue.maximum} entries`;
      return `is more than ${issue.maximum}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'is empty' : `is shorter than ${issue.minimum} characters`;
      if (issue.origin === 'array') return `has fewer than ${issue.minimum} entries`;
      return `is less than ${issue.minimum}`;
    case 'invalid_value': {
      const options = issue.values.map((option) => JSON.stringify(option));
      return options.length > 8 ? `is not one the game knows (such as ${options.slice(0, 3).join(', ')})` : `is not one of ${options.join(', ')}`;
    }
    case 'invalid_union':
      return 'is neither text nor a finite number';
    default:
      // Format checks (times, dates) carry their own wording.
      return issue.message;
  }
}

/** One example of every action, for property tests and tools that probe the machines. */
export const TRAINEE_ACTION_SAMPLES: readonly TraineeAction[] = [
  { type: 'patient.roomed', announce: 'first-name' },
  { type: 'patient.roomed', announce: 'full-name-and-reason' },
  { type: 'phone.answered', callId: 'call-1' },
  { type: 'phone.closed', callId: 'call-1' },
  ...WORKFLOW_ACTION_SAMPLES,
  ...PHONE_CONVERSATION_ACTION_SAMPLES,
  ...INBOX_ACTION_SAMPLES,
];
