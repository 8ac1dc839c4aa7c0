/** The scenario checker holds a patient's `complaintWords` to the words of the answer they are part of; the bundled days' small talk is set apart. */
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../src/scenario/scenario-checks';
import type { Scenario, ScenarioPatient } from '../../src/scenario/scenario.schema';
import { checkChiefComplaint } from '../../src/workflows/intake/intake.rules';
import { bundledLibrary } from '../support/bundled-library';
import { checkedRules, missedRules, playCheckIn } from '../workflows/intake/front-desk-support';

const wholeDay = bundledLibrary().find((s) => s.id === 'whole-day')!;
const MARGARET = wholeDay.patients.findIndex((p) => p.id === 'margaret-oyelaran');

function problemsWith(index: number, change: (patient: ScenarioPatient) => ScenarioPatient): string[] {
  const day: Scenario = { ...wholeDay, patients: wholeDay.patients.map((p, i) => (i === index ? change(p) : p)) };
  return checkScenario(day)
    .filter((problem) => problem.path[0] === 'patients')
    .map((problem) => `${problem.path.join('.')}: ${problem.message}`);
}

describe('the complaint words', () => {
  it('sets Margaret Oyelaran’s complaint apart from her small talk on the whole day, and the checker finds nothing', () => {
    const margaret = wholeDay.patients[MARGARET]!;
    expect(margaret.chiefComplaint).toBe("Blood pressure follow-up. I've been feeling fine.");
    expect(margaret.complaintWords).toBe('Blood pressure follow-up.');
    expect(checkScenario(wholeDay)).toEqual([]);
    // Recorded without the small talk, as the desk asks, it is her words.
    const at = { patientId: margaret.id, patientName: 'Margaret Folake Oyelaran', minute: 482 };
    expect(checkChiefComplaint({ ...at, said: margaret.chiefComplaint, complaint: margaret.complaintWords!, recorded: '“Blood pressure follow-up.”' }).passed).toBe(true);
  });

  it('has the expert record her complaint without the small talk at check-in, with no chief-complaint finding', () => {
    const { sent, journal } = playCheckIn(wholeDay, wholeDay.patients[MARGARET]!);
    expect(sent.filter((action) => action.type === 'chief-complaint.recorded')).toEqual([{ type: 'chief-complaint.recorded', text: 'Blood pressure follow-up.' }]);
    expect(checkedRules(journal)).toContain('intake.chief-complaint');
    expect(missedRules(journal)).not.toContain('intake.chief-complaint');
  });

  it('reports complaint words that are not in the answer, at the complaint words', () => {
    expect(problemsWith(MARGARET, (p) => ({ ...p, complaintWords: 'High blood pressure follow-up.' }))).toEqual([
      `patients.${MARGARET}.complaintWords: "High blood pressure follow-up." is not in the patient's answer ("Blood pressure follow-up. I've been feeling fine."): complaintWords are the words of chiefComplaint that are the complaint itself, as said, so copy them from it`,
    ]);
  });

  it('reports complaint words that are the whole answer', () => {
    expect(problemsWith(MARGARET, (p) => ({ ...p, complaintWords: "Blood pressure follow-up, I've been feeling fine" }))).toEqual([
      `patients.${MARGARET}.complaintWords: "Blood pressure follow-up, I've been feeling fine" is the whole answer: leave complaintWords out where the answer is all complaint`,
    ]);
  });

  it('takes the words in the answer’s order, case and punctuation aside', () => {
    expect(problemsWith(MARGARET, (p) => ({ ...p, complaintWords: 'blood pressure FOLLOW-UP' }))).toEqual([]);
    expect(problemsWith(MARGARET, (p) => ({ ...p, complaintWords: 'Pressure blood follow-up.' }))).toHaveLength(1);
  });

  it('sets Douglas Whitaker’s chest pressure apart from his guess that it was indigestion, on every day he comes', () => {
    const days = bundledLibrary().filter((s) => s.patients.some((p) => p.chiefComplaint.includes('I thought it was indigestion')));
    expect(days.map((day) => day.id).sort()).toEqual(['cardiology-morning', 'whole-day']);
    for (const day of days) {
      const douglas = day.patients.find((p) => p.chiefComplaint.includes('indigestion'))!;
      expect(douglas.complaintWords).toBe('Pressure in my chest since I woke up, going into my left arm.');
      const { sent, journal } = playCheckIn(day, douglas);
      expect(sent.filter((action) => action.type === 'chief-complaint.recorded')).toEqual([{ type: 'chief-complaint.recorded', text: douglas.complaintWords }]);
      expect(missedRules(journal)).not.toContain('intake.chief-complaint');
    }
  });

  it('leaves out of every bundled patient’s complaint the questions they ask and the news they add after it', () => {
    // Sentences a patient says after the reason for the visit that are not it: a question to the
    // doctor, good news, a guess, a remark (each set apart by the scenario's complaintWords).
    const notTheReason = ['?', '!', 'I thought it was indigestion', 'have been better', 'pretty good', 'I hate needles', 'watching the sweets', 'is helping', 'I feel fine', 'No cough', 'No headaches'];
    const offending = bundledLibrary().flatMap((day) =>
      day.patients
        .filter((p) => notTheReason.some((words) => (p.complaintWords ?? p.chiefComplaint).includes(words)))
        .map((p) => `${day.id}: ${p.id}: ${p.complaintWords ?? p.chiefComplaint}`),
    );
    expect(offending).toEqual([]);
  });
});
