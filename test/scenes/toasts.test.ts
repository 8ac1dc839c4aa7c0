/**
 * The floor's toasts (issue 19's playtest): ten ECG electrodes placed in a row stacked ten
 * "Done" toasts over the side panel's alerts; a run of the same message is one toast with a
 * count, and a different message, or the same words in another tone, is a toast of its own.
 * The newest two show at once (the merged build's playtest: three "Done" toasts covered the
 * Alerts list and cut the Inbox card).
 */
import { describe, expect, it } from 'vitest';
import { repeatOf, type ToastShown, toastsOverLimit, toastWords } from '../../scenes/toasts';

describe('a repeated toast', () => {
  const done = 'Done: Place an electrode for Jamal Carter (0.25 min)';

  it('counts a run of the same message on the newest toast', () => {
    let toast: ToastShown = { text: done, tone: 'done', count: 1 };
    for (let i = 0; i < 9; i++) toast = repeatOf(toast, done, 'done')!;
    expect(toast.count).toBe(10);
    expect(toastWords(toast)).toBe(`${done} ×10`);
  });

  it('starts a new toast for another message, the same words in another tone, or when none shows', () => {
    const toast: ToastShown = { text: done, tone: 'done', count: 2 };
    expect(repeatOf(toast, 'Done: Remove the electrodes for Jamal Carter (0.5 min)', 'done')).toBeNull();
    expect(repeatOf(toast, done, 'refused')).toBeNull();
    expect(repeatOf(null, done, 'done')).toBeNull();
    expect(toastWords({ text: done, tone: 'done', count: 1 })).toBe(done);
  });
});

describe('the toasts shown at once', () => {
  it('keeps the newest two: a third takes the oldest away, so the side panel keeps its alerts and its cards in view', () => {
    expect([0, 1, 2].map(toastsOverLimit)).toEqual([0, 0, 0]);
    expect(toastsOverLimit(3)).toBe(1);
    expect(toastsOverLimit(4)).toBe(2);
  });
});
