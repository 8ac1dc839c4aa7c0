/** Minutes before closing from which a novice who let the inbox wait turns to it. */
const INBOX_LEFT_UNTIL_MINUTES = 30;

/**
 * The novice: works in no particular order, sometimes lets the phone ring, lets inbox items
 * wait until near closing, and leaves claims to pile up until nothing else is left — the time-management mistakes beginners
 * make — and inside each workflow makes that workflow's typical mistakes. Its choices
 * come from its own seeded generator, so the same seed gives the same novice.
 */
import type { Session } from '../session/session';
import { SeededRandom } from '../domain/random';
import { actionForTask, type Move, type ScriptedTrainee } from './trainee';
import type { MistakeDice } from '../workflows/shared/player';

/** A beginner who makes typical mistakes at `mistakeRate` (0–1). */
export function noviceTrainee(options: { seed: number; mistakeRate: number }): ScriptedTrainee {
  const random = new SeededRandom(options.seed ^ 0x5eed);
  const dice: MistakeDice = { random, slips: () => random.chance(options.mistakeRate) };
  // Whether each inbox item is left for the end of the day, decided once, the first time the novice sees it.
  const leftForLater = new Map<string, boolean>();
  const waitsForClosing = (session: Session, itemId: string): boolean => {
    if (!leftForLater.has(itemId)) leftForLater.set(itemId, dice.slips());
    return leftForLater.get(itemId)! && session.closingMinute - session.minute > INBOX_LEFT_UNTIL_MINUTES;
  };
  return {
    name: 'novice',
    nextMove(session: Session): Move | null {
      const tasks = session.available().filter((task) => {
        // Lets the phone ring out while busy with something else.
        if (task.stage === 'phone' && task.actions[0] === 'phone.answered') return !dice.slips();
        // Lets the inbox wait while there are patients, until near closing.
        if (task.stage === 'inbox' && task.itemId !== undefined && task.actions[0] === 'inbox.opened') return !waitsForClosing(session, task.itemId);
        return true;
      });
      const patientWork = tasks.filter((task) => task.stage !== 'billing');
      // Claims wait until there is nothing else to do.
      const pool = patientWork.length > 0 ? patientWork : tasks;
      if (pool.length === 0) return null;
      // A task put aside (a denial left for later) is not a reason to stand idle: the novice
      // turns to the next task in the queue, as the session lists them, after the one it picked.
      const first = pool.indexOf(random.pick(pool));
      for (let offset = 0; offset < pool.length; offset += 1) {
        const task = pool[(first + offset) % pool.length]!;
        const action = actionForTask(session, task, dice);
        if (action) return { patientId: task.patientId, action };
      }
      return null;
    },
  };
}
