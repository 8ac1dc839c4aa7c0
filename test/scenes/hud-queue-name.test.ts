/**
 * A "Needs you" line's accessible name: who and what is needed, in a few words (the playtest:
 * a screen reader said the provider's whole refill answer for the line); the whole task is
 * its description.
 */
import { describe, expect, it } from 'vitest';
import { queueItemName } from '../../scenes/hud-panel';

describe('queueItemName', () => {
  it('names a patient’s line by the patient and the short task, whole', () => {
    expect(queueItemName({ label: 'Marcus Bell', task: 'Check in' })).toBe('Marcus Bell: Check in');
  });

  it('names an answered refill by what and for whom, and the provider’s decision, without the pharmacy or the provider’s words', () => {
    const name = queueItemName({
      label: 'Refill answered: Metformin 1000 mg for Harold Kim (from Willow Creek Pharmacy)',
      task: 'Dr. Domínguez: Approved. Send it to the pharmacy and tell Harold the refill is on its way; he is due for his A1c next month.',
    });
    expect(name).toBe('Refill answered: Metformin 1000 mg for Harold Kim: Dr. Domínguez: Approved');
  });

  it('cuts a long task without a speaker to its first sentence, and a long first sentence to a few words', () => {
    expect(queueItemName({ label: 'Ada', task: 'Read the new result note now. Then call the patient back with the provider’s words.' })).toBe('Ada: Read the new result note now');
    const long = queueItemName({ label: 'Ada', task: 'x'.repeat(120) });
    expect(long.length).toBeLessThanOrEqual('Ada: '.length + 60);
    expect(long.endsWith('…')).toBe(true);
  });
});
