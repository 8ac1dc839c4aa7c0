/**
 * The words the end of the day says in two places, the closing notice and the debrief, kept in
 * one place so both say them alike: why the day did not pass on its critical findings, each one
 * named (the playtest's banner named one of two), what the work left undone is made of, counted
 * by what it is (the playtest's notice called inbox items and patients "steps"), and the day's
 * numbers, with a dash where nothing was measured (it read "door to door 0 min" with no patient
 * completed). Pure: no page, so each is tested without one.
 */
import { unfinishedInboxRule } from '../src/clinic/inbox/inbox.rules';
import { displayName, type PersonName } from '../src/domain/patient';
import { formatMinutesOfDay } from '../src/scenario/clock-time';
import { isUnfinishedWork, leftUnseenRule } from '../src/scoring/day-rules';
import type { Finding } from '../src/scoring/finding';
import type { PatientJourney } from '../src/scoring/day-record';
import type { DayStats, Gate } from '../src/scoring/score';

/** How many critical findings the verdict names one by one; the rest are counted, each is under Findings. */
export const CRITICAL_NAMED = 5;

/** The verdict of a day failed on its critical findings, in parts: the link to each finding is the debrief's. */
export interface CriticalVerdict {
  /** "Not passed — a critical finding fails the day whatever the score: " (and how many, when more than one). */
  readonly lead: string;
  /** The findings named, each with its words ("Lena Marsh, 10:55"). */
  readonly named: readonly { readonly finding: Finding; readonly words: string }[];
  /** Between two names. */
  readonly separator: string;
  /** After the last name: "." or "; and 7 more, under Findings." */
  readonly tail: string;
}

/** A person a finding may concern, as a scenario lists them (a patient with a visit, or a chart: a portal message's writer). */
interface NamedPerson {
  readonly id: string;
  readonly name: PersonName;
}

/**
 * The names a finding's patient is called by, by id: each visit's patient as the Patients table
 * names them, then the scenario's other people, its charts (the playtest's two critical findings
 * were portal messages from Lena Marsh and Rosa Delgado, who had no visit). Without the
 * scenario (a history entry whose scenario this page no longer has), the visits' alone.
 */
export function peopleNamed(journeys: readonly PatientJourney[], scenario?: { readonly patients: readonly NamedPerson[]; readonly charts?: readonly NamedPerson[] | undefined }): ReadonlyMap<string, string> {
  const people = [...(scenario?.patients ?? []), ...(scenario?.charts ?? [])].map((person): [string, string] => [person.id, displayName(person)]);
  return new Map([...people, ...journeys.map((journey): [string, string] => [journey.patientId, journey.name])]);
}

/**
 * How a critical finding is named in the verdict: the patient and the clinic time, or the time
 * alone where the patient's name is not known or the finding is about the day, not a patient.
 */
function criticalWords(finding: Finding, names: ReadonlyMap<string, string>): string {
  const name = finding.patientId === null ? undefined : names.get(finding.patientId);
  const time = formatMinutesOfDay(finding.atMinute);
  return name === undefined ? `at ${time}` : `${name}, ${time}`;
}

/**
 * Why a day did not pass when it had a critical finding, naming each (up to `CRITICAL_NAMED`),
 * in the order of the day; null when the day had none. `names`: the patients' names by id.
 */
export function criticalVerdict(findings: readonly Finding[], names: ReadonlyMap<string, string> = new Map()): CriticalVerdict | null {
  const critical = findings.filter((finding) => finding.severity === 'critical').sort((a, b) => a.atMinute - b.atMinute);
  if (critical.length === 0) return null;
  const how = critical.length === 1 ? '' : `, and the day had ${critical.length}`;
  const named = critical.slice(0, CRITICAL_NAMED).map((finding) => ({ finding, words: criticalWords(finding, names) }));
  const more = critical.length - named.length;
  return {
    lead: `Not passed — a critical finding fails the day whatever the score${how}: `,
    named,
    separator: '; ',
    tail: more === 0 ? '.' : `; and ${more} more, under Findings.`,
  };
}

/** The verdict as one line of text (the closing notice's; the debrief makes each name a link). */
export function criticalVerdictText(verdict: CriticalVerdict): string {
  return `${verdict.lead}${verdict.named.map((part) => part.words).join(verdict.separator)}${verdict.tail}`;
}

/**
 * Why a day did not pass when no critical finding failed it, in the gate's words: the visits the
 * day needs left unfinished, or the total under the pass mark ("the total 62 is below the pass
 * mark of 70"); null for a day that passed or failed on a critical finding (`criticalVerdict`).
 */
export function gateVerdictWords(gate: Gate, findings: readonly Finding[]): string | null {
  if (gate.passed || findings.some((finding) => finding.severity === 'critical')) return null;
  return gate.reason.replace(/^Failed: /, '');
}

/**
 * Why the day did not pass, as one line, in the debrief banner's words: its critical findings
 * named, or the gate's reason ("Not passed — the total 62 is below the pass mark of 70."); null for
 * a day that passed. The closing notice's first line (session 22's playtest: the notice said
 * nothing of a day failed on the pass mark alone, nor did the top bar).
 */
export function dayVerdictText(gate: Gate, findings: readonly Finding[], names: ReadonlyMap<string, string> = new Map()): string | null {
  if (gate.passed) return null;
  const critical = criticalVerdict(findings, names);
  if (critical !== null) return criticalVerdictText(critical);
  return `Not passed — ${gateVerdictWords(gate, findings) ?? gate.reason}.`;
}

function counted(count: number, one: string, many: string): string | null {
  return count === 0 ? null : `${count} ${count === 1 ? one : many}`;
}

/**
 * What the work left undone is made of, each counted by what it is: "13 inbox items, 12 patients
 * who left unseen, 3 steps of patients’ visits". Empty when nothing was left undone.
 */
export function undoneMadeOf(findings: readonly Finding[]): string {
  const undone = findings.filter(isUnfinishedWork);
  const inbox = undone.filter((finding) => finding.ruleId === unfinishedInboxRule.id).length;
  const unseen = undone.filter((finding) => finding.ruleId === leftUnseenRule.id).length;
  const visits = undone.length - inbox - unseen;
  return [counted(inbox, 'inbox item', 'inbox items'), counted(unseen, 'patient who left unseen', 'patients who left unseen'), counted(visits, 'step of a patient’s visit', 'steps of patients’ visits')]
    .filter((part): part is string => part !== null)
    .join(', ');
}

/** How many findings the work left undone counts, in words: "28 findings". */
export function undoneCount(findings: readonly Finding[]): string {
  const count = findings.filter(isUnfinishedWork).length;
  return `${count} ${count === 1 ? 'finding' : 'findings'}`;
}

/** A finding as the same finding recorded twice would be: its rule, patient, minute and words. */
function findingKey(finding: Finding): string {
  return `${finding.ruleId}|${finding.patientId ?? ''}|${finding.atMinute}|${finding.message}`;
}

/**
 * How the feedback log's count and the debrief's differ, in a line for the closing notice: the
 * log holds the findings recorded as the day went (`logged`), the debrief counts those and the
 * ones judged from the whole day as it closed (`all`: work left undone, calls not answered).
 * Session 22's playtest read "Feedback (24)" in the top bar and 35 findings in the debrief. Null
 * when the two counts agree.
 */
export function findingsCountedLine(logged: readonly Finding[], all: readonly Finding[]): string | null {
  const left = new Map<string, number>();
  for (const finding of logged) left.set(findingKey(finding), (left.get(findingKey(finding)) ?? 0) + 1);
  const judged = all.filter((finding) => {
    const key = findingKey(finding);
    const count = left.get(key) ?? 0;
    if (count === 0) return true;
    left.set(key, count - 1);
    return false;
  });
  if (judged.length === 0) return null;
  const undone = judged.filter(isUnfinishedWork).length;
  const ofThem = undone === 0 ? '' : undone === judged.length ? `, all of them work left undone` : `, ${undone} of them work left undone`;
  const counts = logged.length === 0 ? `${all.length}, all judged from the whole day as the clinic closed` : `${all.length}: those ${logged.length}, and ${judged.length} judged from the whole day as the clinic closed`;
  return `Feedback (${logged.length}) holds the findings recorded as you worked; the debrief counts ${counts}${ofThem}.`;
}

/**
 * The day's numbers in a line. Door to door is a dash when no patient was completed: there was
 * no visit to measure, and "0 min" read as visits that took no time.
 */
export function dayNumbersText(stats: DayStats): string {
  const door = stats.patientsCompleted === 0 ? 'door to door — (none completed)' : `door to door ${stats.meanDoorToDoorMinutes} min`;
  return `${stats.patientsCompleted} ${stats.patientsCompleted === 1 ? 'patient' : 'patients'} completed, ${stats.patientsUnfinished} unfinished, ${stats.patientsLeftUnseen} left unseen, ${stats.patientsNoShow} no-show, ${stats.patientsRebooked} rebooked without being seen · ${stats.patientsPerHour} per hour (target ${stats.targetPatientsPerHour}) · mean wait ${stats.meanWaitMinutes} min (patients who came) · ${door} · provider idle ${stats.providerIdleMinutes} min · ${stats.complaints} ${stats.complaints === 1 ? 'complaint' : 'complaints'}`;
}
