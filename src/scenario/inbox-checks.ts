/**
 * Cross-field checks of a scenario's inbox and the charts it concerns: each item about a
 * patient the scenario knows, landing within the day and due after it lands, a result's
 * provider and visit type real, a person on a call named exactly as the chart's release
 * names them or not at all, and the question or emergency only where someone answers.
 * Part of `checkScenario` (`scenario-checks.ts`); pure, like the rest of it.
 */
import type { z } from './zod';
import { Chart, InboxItem, ScenarioSchema } from './scenario.schema';
import { minutesOfDay } from './clock-time';
import { resultEducationTopic } from './result-education';

type InboxItemValue = z.output<typeof InboxItem>;
type ChartValue = z.output<typeof Chart>;

/** The inbox and the charts as far as they could be read: each entry that passed the schema on its own, or undefined. */
export interface CheckableInbox {
  readonly inbox?: ReadonlyArray<InboxItemValue | undefined>;
  readonly charts?: ReadonlyArray<ChartValue | undefined>;
}

/** What the inbox checks read of the rest of the scenario. */
export interface InboxCheckContext {
  readonly clinic: { readonly phone?: string | undefined } | undefined;
  readonly day: { readonly start: string; readonly end: string; readonly date?: string } | undefined;
  readonly patients: ReadonlyArray<{ readonly id?: string | undefined; readonly name?: { readonly given: string; readonly family: string } | undefined; readonly releaseOfInformation?: ReadonlyArray<{ readonly name: string }> | undefined } | undefined>;
  readonly providers: ReadonlyArray<{ readonly id: string; readonly template: { readonly visitTypes: ReadonlyArray<{ readonly id: string }> } } | undefined>;
}

type Report = (path: Array<string | number>, message: string) => void;

/** Reads `inbox:` and `charts:` from raw scenario data, entry by entry. */
export function toCheckableInbox(raw: Record<string, unknown>): CheckableInbox {
  const read = <T>(key: 'inbox' | 'charts', entry: z.ZodMiniType<T>): ReadonlyArray<T | undefined> | undefined => {
    const value = raw[key];
    if (value === undefined) return undefined;
    const whole = ScenarioSchema.shape[key].safeParse(value);
    if (whole.success) return whole.data as unknown as T[];
    if (!Array.isArray(value)) return [undefined];
    return value.map((one) => {
      const parsed = entry.safeParse(one);
      return parsed.success ? parsed.data : undefined;
    });
  };
  const inbox = read('inbox', InboxItem);
  const charts = read('charts', Chart);
  return { ...(inbox ? { inbox } : {}), ...(charts ? { charts } : {}) };
}

/** Names compare without case, accents, punctuation or spaces. */
function normalized(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

function words(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/**
 * True when `said` names the chart's `onFile` only in part: one name alone that the chart's
 * has; or the same family name with a given name that is the other's start (Chris and
 * Christopher; T. and Tom); or the same given and family names with a middle name one has and the other
 * has not. A relative with the same family name and another given name is someone else.
 */
export function namedInPart(said: string, onFile: string): boolean {
  const a = words(said);
  const b = words(onFile);
  if (a.length === 0 || b.length === 0 || normalized(said) === normalized(onFile)) return false;
  if (a.length === 1 || b.length === 1) return a.length === 1 ? b.includes(a[0]!) : a.includes(b[0]!);
  if (a.at(-1) !== b.at(-1)) return false;
  const [givenA, givenB] = [a[0]!, b[0]!];
  return givenA === givenB || givenA.startsWith(givenB) || givenB.startsWith(givenA);
}

type RefillValue = Extract<InboxItemValue, { kind: 'refill-request' }>;

/**
 * A refill request's own checks: the visit type it may book is the provider's; a request the
 * provider wants seen names one; a patient asks a question and a pharmacy does not; and a
 * controlled prescription's refills are ones federal law allows (none for Schedule II, 21
 * CFR 1306.12(a); at most five for Schedules III and IV, 1306.22(a)) and no more used than given.
 */
function checkRefill(
  item: RefillValue,
  provider: { readonly id: string; readonly template: { readonly visitTypes: ReadonlyArray<{ readonly id: string }> } } | undefined,
  at: (...rest: Array<string | number>) => Array<string | number>,
  report: Report,
): void {
  if (item.decision.kind === 'needs-visit' && item.visitTypeId === undefined) report(at('visitTypeId'), 'a request the provider wants seen first needs the visit type to book (visitTypeId)');
  if (provider && item.visitTypeId !== undefined && !provider.template.visitTypes.some((v) => v.id === item.visitTypeId)) {
    report(at('visitTypeId'), `provider "${provider.id}" has no visit type "${item.visitTypeId}" (${provider.template.visitTypes.map((v) => v.id).join(', ')})`);
  }
  if (item.requestedBy === 'pharmacy' && item.channel === 'portal') report(at('channel'), 'a pharmacy sends a refill request electronically or by phone, not through the patient portal');
  if (item.requestedBy === 'pharmacy' && item.asks !== undefined) report(at('asks'), 'only the patient asks a question beyond the refill; this request is from the pharmacy');
  const controlled = item.medication.controlled;
  if (!controlled) return;
  if (controlled.refillsUsed > controlled.refillsAuthorized) report(at('medication', 'controlled', 'refillsUsed'), `${controlled.refillsUsed} refills used of ${controlled.refillsAuthorized} authorized`);
  if (controlled.schedule === 'II' && controlled.refillsAuthorized > 0) report(at('medication', 'controlled', 'refillsAuthorized'), 'a Schedule II prescription is never refilled (21 CFR 1306.12(a)): refillsAuthorized must be 0');
  if ((controlled.schedule === 'III' || controlled.schedule === 'IV') && controlled.refillsAuthorized > 5) report(at('medication', 'controlled', 'refillsAuthorized'), 'a Schedule III or IV prescription is refilled at most five times (21 CFR 1306.22(a))');
}

/**
 * A confirmation: the appointment on a later day than the scenario's, with a provider and
 * visit type the scenario has; what the person wants said only where they may act for the
 * patient (the patient, or a person the chart has a release for), and then required.
 */
function checkConfirmation(
  item: Extract<InboxItemValue, { kind: 'appointment-confirmation' }>,
  scenario: InboxCheckContext,
  chart: { readonly releaseOfInformation?: ReadonlyArray<{ readonly name: string }> | undefined } | undefined,
  at: (...rest: Array<string | number>) => Array<string | number>,
  report: Report,
): void {
  const { appointment } = item;
  const today = scenario.day?.date;
  if (today !== undefined && appointment.date <= today) report(at('appointment', 'date'), `the appointment to confirm is on ${appointment.date}, not after the day (${today})`);
  const provider = scenario.providers.find((p) => p?.id === appointment.providerId);
  if (!provider && scenario.providers.every((p) => p !== undefined)) report(at('appointment', 'providerId'), `no provider with id "${appointment.providerId}"`);
  if (provider && !provider.template.visitTypes.some((v) => v.id === appointment.visitTypeId)) {
    report(at('appointment', 'visitTypeId'), `provider "${provider.id}" has no visit type "${appointment.visitTypeId}" (${provider.template.visitTypes.map((v) => v.id).join(', ')})`);
  }
  const answered = item.answeredBy;
  const mayAct = answered.kind === 'patient' || (answered.kind === 'person' && chart !== undefined && (chart.releaseOfInformation ?? []).some((entry) => normalized(entry.name) === normalized(answered.name)));
  if (mayAct && item.wants === undefined) report(at('wants'), 'say what the person who answers wants done with the appointment (confirm, reschedule or cancel)');
  if (!mayAct && item.wants !== undefined) report(at('wants'), 'only the patient, or a person the chart has a release for, says what to do with the appointment: leave wants out');
}

/** Runs the inbox checks. */
export function checkInbox(scenario: CheckableInbox & InboxCheckContext, report: Report): void {
  const charts = scenario.charts ?? [];
  const inbox = scenario.inbox ?? [];
  const patientIds = new Set(scenario.patients.flatMap((p) => (p?.id === undefined ? [] : [p.id])));
  const complete = scenario.patients.every((p) => p?.id !== undefined) && charts.every((c) => c !== undefined);
  const chartById = new Map<string, { readonly releaseOfInformation?: ReadonlyArray<{ readonly name: string }> | undefined }>();
  charts.forEach((chart, c) => {
    if (!chart) return;
    if (patientIds.has(chart.id)) report(['charts', c, 'id'], `chart id "${chart.id}" is also a patient's id: a chart is for a patient who does not come in today`);
    else if (chartById.has(chart.id)) report(['charts', c, 'id'], `duplicate chart id "${chart.id}"`);
    chartById.set(chart.id, chart);
  });
  for (const patient of scenario.patients) if (patient?.id !== undefined && !chartById.has(patient.id)) chartById.set(patient.id, patient);
  const seen = new Map<string, number>();
  const hours = scenario.day ? { start: minutesOfDay(scenario.day.start), end: minutesOfDay(scenario.day.end) } : undefined;
  // Every message the inbox leaves (a voicemail, a word with someone the chart does not name) gives the clinic's number to call back.
  if (inbox.length > 0 && scenario.clinic !== undefined && scenario.clinic.phone === undefined) {
    report(['clinic'], "a scenario with an inbox needs the clinic's call-back number (clinic.phone, as 555-555-0100): the messages the MA leaves give it");
  }
  inbox.forEach((item, i) => {
    if (!item) return;
    const at = (...rest: Array<string | number>) => ['inbox', i, ...rest];
    const first = seen.get(item.id);
    if (first !== undefined) report(at('id'), `duplicate inbox item id "${item.id}" (also inbox[${first}])`);
    else seen.set(item.id, i);
    const chart = chartById.get(item.patientId);
    if (!chart && complete) report(at('patientId'), `no patient or chart with id "${item.patientId}": an inbox item is about a patient of today's or one in charts`);
    const arrives = minutesOfDay(item.arrives);
    const due = minutesOfDay(item.due);
    if (hours && (arrives < hours.start || arrives >= hours.end)) report(at('arrives'), `the item arrives at ${item.arrives}, outside the day (${scenario.day!.start}–${scenario.day!.end})`);
    if (due <= arrives) report(at('due'), `the item is due at ${item.due}, not after it arrives at ${item.arrives}`);
    if (item.kind === 'patient-message') {
      if (item.concern === 'emergency' && item.symptom === undefined) report(at('symptom'), 'an emergency message needs the symptom the patient describes (chest-pain, stroke-signs or breathing)');
      if (item.concern !== 'emergency' && item.symptom !== undefined) report(at('symptom'), `a symptom belongs only to an emergency message (this one's concern is ${item.concern})`);
      // The MA writes only the clinic's own answers: a question for the provider, or an emergency, has none for them to give.
      if (item.concern !== 'admin' && item.reply !== undefined) report(at('reply'), `an approved reply belongs only to an admin message (this one's concern is ${item.concern}: it goes to the provider, or to 911)`);
      return;
    }
    if (item.kind === 'appointment-confirmation') {
      checkConfirmation(item, scenario, chart, at, report);
      return;
    }
    const provider = scenario.providers.find((p) => p?.id === item.providerId);
    const providersComplete = scenario.providers.every((p) => p !== undefined);
    if (!provider && providersComplete) report(at('providerId'), `no provider with id "${item.providerId}"`);
    if (item.kind === 'refill-request') {
      checkRefill(item, provider, at, report);
      return;
    }
    if (item.instruction === 'book-visit' && item.visitTypeId === undefined) report(at('visitTypeId'), 'a result the provider wants discussed at a visit needs the visit type to book (visitTypeId)');
    if (item.instruction !== 'book-visit' && item.visitTypeId !== undefined) report(at('visitTypeId'), `a visit type belongs only to a book-visit result (this one's instruction is ${item.instruction})`);
    if (provider && item.visitTypeId !== undefined && !provider.template.visitTypes.some((v) => v.id === item.visitTypeId)) {
      report(at('visitTypeId'), `provider "${provider.id}" has no visit type "${item.visitTypeId}" (${provider.template.visitTypes.map((v) => v.id).join(', ')})`);
    }
    if (item.instruction === 'start-medication' && resultEducationTopic(item) === null) {
      report(at('educationTopic'), 'a result that starts a medicine sends education on it: name its topic (educationTopic), or name the one medicine on the clinic\'s shelf in the released words');
    }
    if (item.instruction !== 'start-medication' && item.educationTopic !== undefined) report(at('educationTopic'), `an education topic belongs only to a start-medication result (this one's instruction is ${item.instruction})`);
    const answered = item.answeredBy;
    const live = answered.kind === 'patient' || answered.kind === 'person';
    if (!live && item.question !== undefined) report(at('question'), `nobody asks a question on a call that reaches ${answered.kind === 'voicemail' ? 'voicemail' : 'no one'}`);
    if (!live && item.emergency !== undefined) report(at('emergency'), `nobody describes an emergency on a call that reaches ${answered.kind === 'voicemail' ? 'voicemail' : 'no one'}`);
    if (answered.kind !== 'person' || !chart) return;
    const releases = chart.releaseOfInformation ?? [];
    if (releases.some((entry) => normalized(entry.name) === normalized(answered.name))) return;
    // A person the chart names only in part (Chris for Christopher, one name alone, a middle name more or less) is neither clearly on file nor clearly not.
    const partial = releases.find((entry) => namedInPart(answered.name, entry.name));
    if (partial) {
      report(
        at('answeredBy', 'name'),
        `"${answered.name}" is not the chart's release of information as written, but "${partial.name}" is: name the person exactly as the chart does (they may hear the result), or as someone the chart does not name at all (they may not)`,
      );
    }
  });
}
