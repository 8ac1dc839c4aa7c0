import { describe, expect, it } from 'vitest';
import { debriefText } from '../../../src/scoring/debrief';
import { scoreDay } from '../../../src/scoring/score';
import { dayView, EncounterWatch } from '../../../src/session/day-view';
import { Session } from '../../../src/session/session';
import { stepHint } from '../../../src/session/step-hint';
import { actionForTask } from '../../../src/trainees/trainee';
import { bundledLibrary } from '../../support/bundled-library';

const chronicCare = bundledLibrary().find((scenario) => scenario.id === 'chronic-care')!;
const GLORIA = 'gloria-espinoza';

/** The chronic-care day played by the expert until Gloria Espinoza's education is the work at hand. */
function atEducation(): { session: Session; watch: EncounterWatch } {
  const watch = new EncounterWatch();
  const session = Session.start(chronicCare, { seed: 1, settings: { mode: 'practice', timerEnabled: false }, inspect: watch.inspect });
  for (let i = 0; i < 2000; i++) {
    const task = session.available().find((candidate) => candidate.patientId === GLORIA && candidate.stage !== 'phone');
    if (session.workflowSnapshot(GLORIA)?.machine.id === 'education') return { session, watch };
    const action = task ? actionForTask(session, task) : null;
    if (!(action && session.act(GLORIA, action).accepted)) session.waitForNextEvent();
  }
  throw new Error('the expert never brought Gloria Espinoza to her education');
}

describe('patient education on the floor', () => {
  it('offers the step in the patient’s queue line, with its badge and hint, once the provider has finished', () => {
    const { session, watch } = atEducation();
    const view = dayView(session, { watch });
    const line = view.queue.find((item) => item.patientId === GLORIA);
    expect(line?.task).toBe('Teach the provider’s plan (patient education)');
    expect(line?.actions).toEqual(['material.given', 'education.finished']);
    const gloria = view.patients.find((patient) => patient.id === GLORIA);
    expect(gloria?.badge.text).toBe('Needs education');
    expect(gloria?.machineId).toBe('education');
    expect(stepHint(session, { kind: 'patient', patientId: GLORIA })).toBe(
      'Take the leaflet on empagliflozin (new medicine) in Spanish, at grade 8 or easier, and go through it with the patient.',
    );
    session.dispose();
  });

  it('explains each finding in the debrief: what was wrong, what to do instead, why and the source', () => {
    const { session } = atEducation();
    for (const action of [{ type: 'material.given', materialId: 'empagliflozin-en-detailed' }, { type: 'patient-question.answered' }, { type: 'education.finished' }] as const) {
      expect(session.act(GLORIA, action).accepted).toBe(true);
    }
    const findings = session.checksSince(0).flatMap((check) => (check.finding && check.ruleId.startsWith('education.') ? [check.finding] : []));
    expect(findings.map((finding) => finding.ruleId).sort()).toEqual(['education.given', 'education.match', 'education.scope', 'education.teach-back']);
    for (const finding of findings) {
      expect(finding.message).toMatch(/^Gloria/);
      expect(finding.remedy.length).toBeGreaterThan(20);
      expect(finding.explanation.length).toBeGreaterThan(20);
      expect(finding.source.title.length).toBeGreaterThan(10);
    }
    expect(findings.find((finding) => finding.ruleId === 'education.match')?.message).toContain('it was in English, but the chart says the patient prefers Spanish and it is written at grade 11');
    const debrief = debriefText(scoreDay(session.record()), chronicCare.title);
    for (const finding of findings) expect(debrief).toContain(finding.message);
    session.dispose();
  });
});
