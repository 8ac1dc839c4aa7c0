/** The scenario checker holds a patient's red-flag marks and the words of the complaint together, and the standing ECG order to chest pain. */
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../src/scenario/scenario-checks';
import { redFlagsInWords } from '../../src/reference/red-flag-symptoms';
import type { Scenario, ScenarioPatient } from '../../src/scenario/scenario.schema';
import { bundledLibrary } from '../support/bundled-library';

const cardiology = bundledLibrary().find((s) => s.id === 'cardiology-morning')!;
const DOUGLAS = cardiology.patients.findIndex((p) => p.id === 'douglas-whitaker');
const LEAH = cardiology.patients.findIndex((p) => p.id === 'leah-brandt');

function problemsWith(index: number, change: (patient: ScenarioPatient) => ScenarioPatient): string[] {
  const day: Scenario = { ...cardiology, patients: cardiology.patients.map((p, i) => (i === index ? change(p) : p)) };
  return checkScenario(day)
    .filter((problem) => problem.path[0] === 'patients')
    .map((problem) => `${problem.path.join('.')}: ${problem.message}`);
}

describe('redFlagsInWords', () => {
  it.each([
    ['Pressure in my chest since I woke up, going into my left arm.', ['chest-pain']],
    ['My chest feels tight and heavy.', ['chest-pain']],
    ['My face is drooping and my words come out slurred.', ['stroke-signs']],
    ['I get short of breath walking to the car.', ['trouble-breathing']],
    ['Stuffy nose and pressure in my face for ten days.', []],
    ['My heart keeps racing and fluttering.', []],
  ] as const)('hears in “%s” %j', (words, flags) => {
    expect(redFlagsInWords(words)).toEqual(flags);
  });
});

describe('the red-flag checks', () => {
  it('finds nothing in the cardiology morning, whose chest pain is marked', () => {
    expect(checkScenario(cardiology)).toEqual([]);
  });

  it('reports chest-pain words left unmarked, at the complaint', () => {
    expect(problemsWith(DOUGLAS, (p) => ({ ...p, redFlags: undefined, orders: p.orders.map((o) => ({ ...o, ecg: o.ecg && { ...o.ecg, standing: undefined } })) }))).toEqual([
      `patients.${DOUGLAS}.chiefComplaint: the chief complaint speaks of chest pain or pressure, a red flag the provider must hear of at once at rooming, but redFlags does not mark it: add redFlags: [chest-pain] (the rooming is judged by the marks), or reword the complaint`,
    ]);
  });

  it('reports a mark the complaint does not carry, and a mark given twice, at the mark', () => {
    expect(problemsWith(LEAH, (p) => ({ ...p, redFlags: ['trouble-breathing', 'trouble-breathing'] }))).toEqual([
      `patients.${LEAH}.redFlags.1: "trouble-breathing" is marked twice: mark each red flag once`,
      `patients.${LEAH}.redFlags.0: "trouble-breathing" is marked, but the chief complaint says nothing of trouble breathing ("My heart keeps racing and fluttering, mostly at work. Is something wrong with it?"): the trainee hears only the words, so put what the patient says in them (shortness of breath, struggling to breathe or to finish a sentence) or remove the mark`,
    ]);
  });

  it('reports a standing ECG order on a patient whose complaint is not chest pain, at the order', () => {
    const problems = problemsWith(LEAH, (p) => ({ ...p, orders: p.orders.map((o) => ({ ...o, ecg: o.ecg && { ...o.ecg, standing: true } })) }));
    expect(problems).toEqual([
      `patients.${LEAH}.orders.0.ecg.standing: a standing ECG order is the clinic's order for chest pain (recorded before the provider's visit), but the patient's complaint is not marked as chest pain: add redFlags: [chest-pain] with a complaint that says so, or leave standing out`,
    ]);
  });
});
