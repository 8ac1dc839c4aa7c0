/**
 * A patient's wait, as the debrief shows it, and the day's mean wait built from the same
 * figures.
 *
 * A patient's wait is the sum of their wait spells: each the minutes from being ready for a
 * step (check-in, a room, the provider, the provider's orders, checkout) to the work on it
 * beginning; a wait still open when the day closed counts to the close. The time of the work
 * itself is not waiting. The mean wait is the total of those sums over the patients who came
 * (arrived), divided by their number: a no-show or a patient who never arrived is not in it.
 * The Waited cells show each sum exactly (to the quarter minute the clinic clock keeps), so the
 * cells of the patients who came add up to the total the mean is made from (issue 19's
 * playtest: the cells were rounded to whole minutes, and the no-show's "0 min" row looked
 * counted, so the mean did not match the cells).
 *
 * A patient still in the clinic at the close is either still waiting for a step (their last
 * spell runs to the close: never checked in, never roomed, never seen by the provider, or
 * waiting for the orders or checkout) or stopped part-way through a step's work (the work had
 * begun and was not finished). The playtest's patient, never greeted at the desk, was said to
 * have "left part-way through it".
 */
import type { PatientJourney } from './day-record';
import type { WaitSpell, WaitStep } from '../clinic/encounter.machine';
import type { EncounterStage } from '../domain/encounter-stage';

/** What a day's result gives to place each patient at the close. */
export interface ClosingFacts {
  readonly journeys: readonly PatientJourney[];
  readonly timeline: readonly { readonly minute: number }[];
  readonly findings: readonly { readonly atMinute: number }[];
}

/** The minutes a patient waited: all their wait spells, added. */
export function journeyWaitMinutes(journey: PatientJourney): number {
  return journey.waits.reduce((sum, spell) => sum + (spell.to - spell.from), 0);
}

/** Minutes as the debrief writes a wait: exact to the hundredth, without trailing zeros ("3.75", "0.5", "17"). */
export function formatWaitMinutes(minutes: number): string {
  return String(Number(minutes.toFixed(2)));
}

/**
 * The minute the day closed, as a result shows it: the latest minute it names. The close is
 * always among them when anyone was still in the clinic: an open wait is closed at it, and the
 * work left undone is found at it.
 */
export function closingMinuteOf(facts: ClosingFacts): number {
  let latest = -Infinity;
  for (const entry of facts.timeline) latest = Math.max(latest, entry.minute);
  for (const finding of facts.findings) latest = Math.max(latest, finding.atMinute);
  for (const journey of facts.journeys) {
    if (journey.departedAt !== null) latest = Math.max(latest, journey.departedAt);
    for (const spell of journey.waits) latest = Math.max(latest, spell.to);
  }
  return latest;
}

/** Where a patient was at the close: gone or done (null), still waiting for a step, or part-way through a stage's work. */
export type AtClose = null | { readonly kind: 'waiting'; readonly step: WaitStep; readonly seenByProvider: boolean } | { readonly kind: 'part-way'; readonly stage: EncounterStage };

const COMPLETED_STAGES: ReadonlySet<EncounterStage> = new Set(['done', 'left-unseen', 'no-show', 'rebooked', 'expected']);

/** Where the patient was when the day closed at `closingMinute`. */
export function atClose(journey: PatientJourney, closingMinute: number, visitDone: boolean): AtClose {
  if (journey.arrivedAt === null || journey.departedAt !== null || journey.outcome !== null || visitDone || COMPLETED_STAGES.has(journey.stage)) return null;
  const last: WaitSpell | undefined = journey.waits.at(-1);
  const seenByProvider = journey.waits.some((spell) => spell.step === 'provider' && spell.to < closingMinute) || STAGES_AFTER_PROVIDER.has(journey.stage);
  if (last !== undefined && last.to >= closingMinute) return { kind: 'waiting', step: last.step, seenByProvider: seenByProvider && last.step !== 'provider' };
  if (journey.stage === 'waiting-for-room') return { kind: 'waiting', step: 'room', seenByProvider: false };
  if (journey.stage === 'ready-for-provider') return { kind: 'waiting', step: 'provider', seenByProvider: false };
  return { kind: 'part-way', stage: journey.stage };
}

const STAGES_AFTER_PROVIDER: ReadonlySet<EncounterStage> = new Set(['with-provider', 'orders', 'checkout', 'billing']);

const WAITING_FOR: Readonly<Record<WaitStep, string>> = {
  'check-in': 'still waiting at the front desk to be checked in',
  room: 'still waiting for an exam room',
  provider: 'still waiting for the provider',
  orders: "still waiting for the provider's orders to be done",
  checkout: 'still waiting for checkout',
};

/** The wait spells in words ("check-in 0.5 min, room 3.25 min"). */
function spellsText(journey: PatientJourney): string {
  return journey.waits.map((spell) => `${spell.step} ${formatWaitMinutes(spell.to - spell.from)} min`).join(', ');
}

/** The debrief's Waited cell: the wait and, for a patient who did not finish the visit, what happened at the end of it. */
export function waitedCellText(journey: PatientJourney, closingMinute: number, visitDone: boolean): string {
  if (journey.arrivedAt === null) return 'Did not come (not in the mean wait)';
  const spells = spellsText(journey);
  const counted = `${formatWaitMinutes(journeyWaitMinutes(journey))} min${spells ? ` (${spells})` : ''}`;
  if (journey.outcome === 'left-unseen') {
    const step = journey.waits.at(-1)?.step;
    return `${counted}; left without being seen${step ? `, tired of waiting for ${step === 'room' ? 'a room' : step === 'provider' ? 'the provider' : step}` : ''}`;
  }
  const place = atClose(journey, closingMinute, visitDone);
  if (place === null) return counted;
  if (place.kind === 'waiting') {
    const never = place.seenByProvider ? '' : 'Never seen: ';
    const what = WAITING_FOR[place.step];
    return `${never}${never ? what : what.charAt(0).toUpperCase() + what.slice(1)} when the clinic closed; ${counted}, counted to the close`;
  }
  if (place.stage === 'with-provider') return `Still with the provider when the clinic closed; ${counted}`;
  return `Stopped part-way: the ${place.stage.replaceAll('-', ' ')} work had begun and was not finished when the clinic closed; ${counted} of waiting before it began (the time since was work, not waiting)`;
}

/** The mean wait's basis, as the debrief says it under the patients: which patients it counts, their total, and the division. */
export function meanWaitBasis(journeys: readonly PatientJourney[], meanWaitMinutes: number): string {
  const came = journeys.filter((journey) => journey.arrivedAt !== null);
  const absent = journeys.length - came.length;
  const total = came.reduce((sum, journey) => sum + journeyWaitMinutes(journey), 0);
  const left = absent === 0 ? '' : `; the ${absent === 1 ? 'patient' : `${absent} patients`} who did not come ${absent === 1 ? 'is' : 'are'} not counted`;
  if (came.length === 0) return `Mean wait ${meanWaitMinutes} min: no patient came${left}`;
  return `Mean wait ${meanWaitMinutes} min: the Waited cells of the ${came.length === 1 ? 'patient' : `${came.length} patients`} who came add up to ${formatWaitMinutes(total)} min, divided by ${came.length}${left}`;
}
