/**
 * A workflow's bookkeeping for one trainee action as a list of small pure steps, run as one
 * context update. A chain of XState assign actions would do the same, but makes a new
 * snapshot (state value, tags, context copy) for every step; the day runs hundreds of
 * actions per patient-hour, so each action makes one.
 */

/**
 * One step: what it changes in the context, or `NO_CHANGE`. A step may journal the check
 * it decides; it changes nothing else.
 */
export type WorkflowStep<Context, Event> = (context: Context, event: Event) => Partial<Context>;

/** What a step returns when it changes nothing (compared by identity, so nothing is copied). */
export const NO_CHANGE: Readonly<Record<string, never>> = Object.freeze({});

/**
 * The steps' changes, applied in order: each step sees the context the earlier ones left,
 * as it would after the earlier assigns.
 */
export function inOrder<Context extends object, Event>(context: Context, event: Event, steps: readonly WorkflowStep<Context, Event>[]): Partial<Context> {
  let changes = NO_CHANGE as Partial<Context>;
  let current = context;
  const last = steps.length - 1;
  for (let index = 0; index <= last; index++) {
    const change = steps[index]!(current, event);
    if (change === NO_CHANGE) continue;
    changes = changes === NO_CHANGE ? change : { ...changes, ...change };
    // The context the next step sees; the last step's is XState's to make.
    if (index < last) current = { ...current, ...change };
  }
  return changes;
}
