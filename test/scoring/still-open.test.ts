/**
 * Results rightly left waiting for the patient's call back (a husband without a release asked
 * only to pass on a call-back request; a call-back-only voicemail) have still not reached the
 * patient when no call back comes by closing: the debrief and the closing notice name them,
 * item by item, unscored, with what happens next.
 */
import { describe, expect, it } from 'vitest';
import { debriefText } from '../../src/scoring/debrief';
import { scoreDay } from '../../src/scoring/score';
import { stillOpenAtClosing, stillOpenClosingLine } from '../../src/scoring/still-open';
import { expertTrainee } from '../../src/trainees/expert-trainee';
import { playDay } from '../../src/trainees/play-day';
import { bundledLibrary } from '../support/bundled-library';

const afternoon = bundledLibrary().find((s) => s.id === 'afternoon-inbox')!;

describe('still open at closing', () => {
  const session = playDay(afternoon, expertTrainee(), { seed: 1 });
  const result = scoreDay(session.record());
  session.dispose();
  const notes = stillOpenAtClosing(result.timeline);

  it('names each result that waits for a call back, and only those: the husband asked for a call back, and the voicemail', () => {
    expect(notes.map((note) => note.patientId)).toEqual(['linda-alvarez', 'grace-obi']);
    expect(notes[0]!.text).toMatch(/^Result: Thyroid-stimulating hormone \(TSH\) for Linda Alvarez .*, marked done at \d\d:\d\d\. The result has not reached Linda: Robert Alvarez may not hear it/);
    expect(notes[1]!.text).toMatch(/Lipid panel for Grace Obi .* the voicemail asked only for a call back/);
  });

  it('says what happens next, why it is not scored, and the source', () => {
    expect(notes).toHaveLength(2);
    for (const note of notes) {
      expect(note.next).toMatch(/hand-over to the next shift names the item.*called again if no call back comes/);
      expect(note.why).toMatch(/Asking only for a call back was right/);
      expect(note.source.id).toBe('callen2012TestFollowUp');
    }
  });

  it('costs nothing: no finding names the items waiting for a call back', () => {
    expect(result.findings.filter((finding) => finding.patientId === 'linda-alvarez' || finding.patientId === 'grace-obi')).toEqual([]);
  });

  it('shows in the debrief text under its own heading, and in the closing notice as one line', () => {
    const text = debriefText(result, 'Afternoon');
    expect(text).toContain('Still open at closing (not scored):');
    expect(text).toMatch(/Robert Alvarez may not hear it[^\n]*\n\s+Next: The hand-over to the next shift/);
    expect(stillOpenClosingLine(notes)).toBe('Still open, not scored: 2 results have not reached the patient (each waits for a call back). The debrief names each and what the next shift does.');
    expect(stillOpenClosingLine([])).toBeNull();
  });
});
