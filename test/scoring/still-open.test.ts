/**
 * Results rightly left waiting for the patient's call back (a husband without a release asked
 * only to pass on a call-back request; a call-back-only voicemail) have still not reached the
 * patient when no call back comes by closing; questions rightly sent to the provider (Samuel
 * Reed's "is that bad?", Frank Moretti's "can I double it?", Owen Fitzgerald's message) have
 * no answer that reached the patient. The debrief and the closing notice name them, item by
 * item, unscored, with what happens next.
 */
import { describe, expect, it } from 'vitest';
import { debriefText } from '../../src/scoring/debrief';
import { scoreDay } from '../../src/scoring/score';
import { stillOpenAtClosing, stillOpenByKind, stillOpenClosingLine } from '../../src/scoring/still-open';
import { expertTrainee } from '../../src/trainees/expert-trainee';
import { playDay } from '../../src/trainees/play-day';
import { bundledLibrary } from '../support/bundled-library';
import { inboxDay, resultNote, work } from '../clinic/inbox/inbox-fixture';

const afternoon = bundledLibrary().find((s) => s.id === 'afternoon-inbox')!;

describe('still open at closing', () => {
  const session = playDay(afternoon, expertTrainee(), { seed: 1 });
  const result = scoreDay(session.record());
  session.dispose();
  const all = stillOpenAtClosing(result.timeline);
  const notes = all.filter((note) => note.kind === 'awaiting-call-back');
  const questions = all.filter((note) => note.kind === 'awaiting-provider-answer');

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

  it('names each question sent to the provider whose answer has not reached the patient: Samuel Reed’s, Frank Moretti’s and Owen Fitzgerald’s', () => {
    expect(questions.map((note) => note.patientId)).toEqual(['samuel-reed', 'frank-moretti', 'owen-fitzgerald']);
    expect(questions[0]!.text).toMatch(/^Result: Hemoglobin A1c for Samuel Reed .*, marked done at \d\d:\d\d\. Samuel asked what the Hemoglobin A1c result means \("Is that bad\? What does it mean\?"\), a question only the provider may answer; it was sent to Dr\. Rafael Domínguez, whose answer has not reached Samuel\.$/);
    expect(questions[1]!.text).toMatch(/Frank asked whether to double the dose/);
    expect(questions[2]!.text).toMatch(/^Message from Owen Fitzgerald: Muscle aches on my statin, marked done at .* portal message .* sent to the provider, whose answer has not reached Owen\.$/);
    for (const note of questions) {
      expect(note.next).toMatch(/hand-over to the next shift names the question.*two identifiers.*provider’s answer in the provider’s words/);
      expect(note.why).toMatch(/Sending the question to the provider was right/);
      expect(note.source.id).toBe('aamaScopeInterpretation');
      expect(note.source.note).toMatch(/^Applied to a question sent to the provider and still unanswered at closing/);
    }
  });

  it('names a result whose call rang out with no voicemail: Walter Brooks’s lipid panel reached nobody, and the next shift calls again', () => {
    const rangOut = all.filter((note) => note.kind === 'awaiting-another-call');
    expect(rangOut.map((note) => note.patientId)).toEqual(['walter-brooks']);
    expect(rangOut[0]!.text).toMatch(/^Result: Lipid panel for Walter Brooks \(Call to book a visit to discuss\), marked done at \d\d:\d\d\. The result has not reached Walter: the call rang out, with no voicemail to leave a message on\. The next shift calls Walter again, .*then books the visit the provider asked for\.$/);
    expect(rangOut[0]!.next).toMatch(/hand-over to the next shift names the item, so that the patient is called again/);
    expect(rangOut[0]!.why).toMatch(/^Recording that nobody answered was right/);
    expect(rangOut[0]!.source.id).toBe('callen2012TestFollowUp');
    expect(result.findings.filter((finding) => finding.patientId === 'walter-brooks')).toEqual([]);
  });

  it('names a confirmation call that rang out (Paul Brandt), and not one that left a message (Victor Lindahl with his wife, Teresa Mendes’s voicemail)', () => {
    const reminders = all.filter((note) => note.kind === 'reminder-not-reached');
    expect(reminders.map((note) => note.patientId)).toEqual(['paul-brandt']);
    expect(reminders[0]!.text).toMatch(/^Confirm: Paul Brandt, tomorrow at 11:00, marked done at .*The reminder has not reached Paul: the call rang out.*stays on the book unconfirmed\. The next shift calls Paul again before the visit\.$/);
    expect(reminders[0]!.source.note).toMatch(/this clinic's practice, not a published rule/);
    expect(all.map((note) => note.patientId)).not.toContain('victor-lindahl');
    expect(all.map((note) => note.patientId)).not.toContain('teresa-mendes');
  });

  it('costs nothing: no finding names the questions sent to the provider', () => {
    expect(result.findings.filter((finding) => ['samuel-reed', 'frank-moretti', 'owen-fitzgerald'].includes(finding.patientId ?? ''))).toEqual([]);
  });

  it('shows in the debrief text under its own heading, and in the closing notice as one line counting both kinds', () => {
    const text = debriefText(result, 'Afternoon');
    expect(text).toContain('Still open at closing (not scored):');
    // Each kind's items, then its next step, why and source once for them all.
    expect(text).toMatch(/Robert Alvarez may not hear it[^\n]*\n {2}Result: Lipid panel for Grace Obi[^\n]*\n {4}For these 2:\n {6}Next: The hand-over to the next shift/);
    expect(text).toMatch(/whose answer has not reached Samuel\.\n(?: {2}[^\n]*\n)+ {4}For these 3:\n {6}Next: The hand-over to the next shift names the question/);
    expect(stillOpenClosingLine(notes)).toBe('Still open, not scored: 2 results have not reached the patient (each waits for a call back). The debrief names each and what the next shift does.');
    expect(stillOpenClosingLine(all)).toBe(
      'Still open, not scored: 2 results have not reached the patient (each waits for a call back); 1 result has not reached the patient (the call rang out; the next shift calls again); 1 reminder of tomorrow’s appointment has not reached the patient (the call rang out); 3 questions sent to the provider have no answer that reached the patient. The debrief names each and what the next shift does.',
    );
    expect(stillOpenClosingLine(questions.slice(0, 1))).toBe('Still open, not scored: 1 question sent to the provider has no answer that reached the patient. The debrief names it and what the next shift does.');
    expect(stillOpenClosingLine([])).toBeNull();
  });
});

describe('still open at closing: a result the day scored as not given', () => {
  // Three results for Helen Park, none given: one never opened, one whose voicemail got no message, one handed over uncalled.
  const session = inboxDay([
    resultNote(),
    resultNote({ id: 'res-2', test: 'Lipid panel', answeredBy: { kind: 'voicemail' } }),
    resultNote({ id: 'res-3', test: 'Thyroid-stimulating hormone (TSH)', due: '11:45' }),
  ]);
  work(session, { type: 'inbox.opened', itemId: 'res-2' }, { type: 'call.placed', itemId: 'res-2' }, { type: 'call.documented', itemId: 'res-2' }, { type: 'inbox.completed', itemId: 'res-2' });
  session.advanceTo(11 * 60 + 40);
  work(session, { type: 'inbox.handed-over', itemId: 'res-3' });
  session.finish();
  const record = session.record();
  const result = scoreDay(record);
  session.dispose();
  const notes = stillOpenAtClosing(result.timeline, result.findings).filter((note) => note.kind === 'result-not-given');

  it('names every result not given under "Still open", with why it has not reached the patient and what the next shift does', () => {
    expect(notes.map((note) => note.text.replace(' for Helen Park (Normal: tell the patient)', ''))).toEqual([
      expect.stringMatching(/^Result: Hemoglobin A1c, still open at closing .*The result has not reached Helen: the item was never opened\. The next shift calls Helen/),
      expect.stringMatching(/^Result: Lipid panel, marked done at \d\d:\d\d\. The result has not reached Helen: no voicemail was left\. The next shift calls Helen/),
      expect.stringMatching(/^Result: Thyroid-stimulating hormone \(TSH\), handed over at 11:40, .*The result has not reached Helen: the item was never opened\./),
    ]);
    for (const note of notes) {
      expect(note.next).toMatch(/hand-over to the next shift names the item.*released words/);
      expect(note.why).toMatch(/points are under its finding, not counted again here/);
    }
  });

  it('points each one the day scored to its finding (never opened: the inbox at closing; no voicemail: marked done with work missing), and the handed-over one to none', () => {
    expect(notes.map((note) => note.scoredIn?.ruleId ?? null)).toEqual(['inbox.unfinished', 'inbox.left-undone', null]);
    expect(notes[0]!.scoredIn!.message).toMatch(/^Result: Hemoglobin A1c for Helen Park .* was never opened/);
    expect(notes[1]!.scoredIn!.message).toMatch(/^Result: Lipid panel for Helen Park .* was marked done, but no voicemail was left/);
    for (const note of notes.filter((each) => each.scoredIn !== null)) expect(result.findings).toContain(note.scoredIn);
  });

  it('scores nothing more: the day’s score is the same without the notes', () => {
    const without = scoreDay({ ...record, timeline: record.timeline.filter((entry) => entry.kind !== 'result-not-given') });
    expect(result.score).toEqual(without.score);
    expect(result.findings).toEqual(without.findings);
  });

  it('counts them on the closing notice’s line', () => {
    expect(stillOpenClosingLine(stillOpenAtClosing(result.timeline))).toBe('Still open, not scored: 3 results have not been given to the patient at all (the next shift calls; where how one was left was a mistake, its finding has the points). The debrief names each and what the next shift does.');
  });

  it('names them in the debrief’s text under "Still open", each with its finding', () => {
    const text = debriefText(result, 'test');
    const open = text.slice(text.indexOf('Still open at closing (not scored):'));
    const lipid = open.split('\n  Result: ')[2]!;
    expect(lipid).toMatch(/^Lipid panel for Helen Park .*\n {6}Also scored: this item cost points under its finding \(inbox\.left-undone, 08:12\), listed with the findings; nothing more is counted here\.$/);
    expect(open.split('\n  Result: ')[3]).not.toMatch(/Also scored/);
  });

  it('says the next step, why it is not scored and the source once for the three, after them (the playtest read them nine times over, once per result)', () => {
    const text = debriefText(result, 'test');
    const open = text.slice(text.indexOf('Still open at closing (not scored):'), text.indexOf('Competencies (strongest first):'));
    for (const term of ['Next: ', 'Not scored: ', 'Source: ']) expect(open.split(`\n      ${term}`)).toHaveLength(2);
    expect(open).toMatch(/\(TSH\) for Helen Park[^\n]*\n {4}For these 3:\n {6}Next: The hand-over to the next shift names the item/);
    const groups = stillOpenByKind(stillOpenAtClosing(result.timeline, result.findings));
    expect(groups.map((group) => [group.kind, group.notes.length])).toEqual([['result-not-given', 3]]);
    expect(groups[0]!.notes.map((note) => note.scoredIn?.ruleId ?? null)).toEqual(['inbox.unfinished', 'inbox.left-undone', null]);
  });
});
