/**
 * What a trainee action costs in simulated minutes on the clinic clock, and why.
 *
 * These are our design estimates, informed by typical MA task times taught in MA programmes
 * and competency check-offs; they are not measured data. Minutes are multiples of 0.25.
 * Each workflow keeps the costs of its own actions (its descriptor's `costs`); the clinic
 * day keeps those of the day's own actions (rooming, the phone).
 */
import { SOURCES, checked, type Source } from './source';

/** What an action costs on the clinic clock. */
export interface ActionCost {
  readonly minutes: number;
  readonly source: Source;
}

/** A design-estimate cost of `minutes`; `note` says what the minutes cover, where it needs saying. */
export function actionCost(minutes: number, note?: string): ActionCost {
  const estimate = SOURCES.clinicDayDesignEstimate;
  return { minutes, source: note === undefined ? estimate : checked(estimate, note) };
}
