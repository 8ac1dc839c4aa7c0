/**
 * Helpers for the education workflow's tests: a small day whose provider's plans call for
 * education of every kind, one patient's education machine on a simulated clock, the
 * players' play of it as a list of actions, and a replay of a (changed) list of actions.
 */
import { createActor } from 'xstate';
import type { Scenario } from '../../../src/scenario/scenario.schema';
import type { EducationAction } from '../../../src/workflows/education/education.actions';
import { educationMachine } from '../../../src/workflows/education/education.machine';
import { EDUCATION_PLAYER } from '../../../src/workflows/education/education.player';
import type { MistakeDice } from '../../../src/workflows/shared/player';
import { SeededRandom } from '../../../src/domain/random';
import { patient as patientInput, scenario } from '../../support/scenario-builder';
import { simulatedDay } from '../support';

/**
 * The education day: a plain new medicine in English; a new medicine and the plate method
 * for a patient who prefers Spanish and asks whether she may skip the pill; and a new
 * diagnosis and a statin for a slow reader (grade 5) who gets the statin muddled at first.
 */
export function educationDay(): Scenario {
  return scenario([
    patientInput('plain', '08:00', { education: { topics: ['metformin'] } }),
    patientInput('spanish', '08:15', { preferredLanguage: 'es', education: { topics: ['empagliflozin', 'diabetes-meal-planning'], asksAbout: 'empagliflozin' } }),
    patientInput('slow', '08:30', {
      readingNeeds: { maxGrade: 5, note: 'Left school at 14; prefers short leaflets.' },
      education: { topics: ['prediabetes', 'atorvastatin'], muddledAtFirst: ['atorvastatin'] },
    }),
  ]);
}

/** One patient's education machine, started on a simulated clock at 09:00. */
export function start(day: Scenario, patientId: string) {
  const patient = day.patients.find((p) => p.id === patientId)!;
  const { clock, env, journal } = simulatedDay();
  const actor = createActor(educationMachine, { input: { scenario: day, patient, env, chart: {} }, clock }).start();
  const view = () => ({ snapshot: actor.getSnapshot(), patient, scenario: day, minute: clock.now() });
  return { actor, journal, clock, view };
}

/** A started machine. */
export type Started = ReturnType<typeof start>;

/** Sends one action, and a quarter of a minute passes. */
export function send(started: Started, action: EducationAction): void {
  started.actor.send(action);
  started.clock.increment(0.25);
}

/** Plays a player to the end (the expert, or the novice with `dice`); returns its actions. */
export function play(started: Started, dice?: MistakeDice): EducationAction[] {
  const actions: EducationAction[] = [];
  for (let i = 0; i < 50 && started.actor.getSnapshot().status === 'active'; i++) {
    const action = dice ? EDUCATION_PLAYER.novice(started.view(), dice) : EDUCATION_PLAYER.expert(started.view());
    if (action === null) break;
    if (!started.actor.getSnapshot().can(action)) throw new Error(`the player chose a refused action: ${JSON.stringify(action)}`);
    actions.push(action);
    send(started, action);
  }
  return actions;
}

/** Replays actions; refuses to go on silently when one is not accepted. */
export function replay(started: Started, actions: readonly EducationAction[]): void {
  for (const action of actions) {
    if (!started.actor.getSnapshot().can(action)) throw new Error(`refused: ${JSON.stringify(action)}`);
    send(started, action);
  }
}

/** Dice that slip on the calls whose (1-based) numbers are listed, and on no other. */
export function slipsOn(...calls: number[]): MistakeDice {
  let n = 0;
  return {
    random: new SeededRandom(1),
    slips: () => {
      n += 1;
      return calls.includes(n);
    },
  };
}

/** The rule ids a journal passed and missed. */
export function verdicts(journal: Started['journal']): { passed: string[]; missed: string[] } {
  return {
    passed: journal.checks.filter((check) => check.passed).map((check) => check.ruleId),
    missed: journal.checks.filter((check) => !check.passed).map((check) => check.ruleId),
  };
}

/** The findings' messages of a journal, by rule id. */
export function messages(journal: Started['journal'], ruleId: string): string[] {
  return journal.checks.filter((check) => !check.passed && check.ruleId === ruleId).map((check) => check.finding!.message);
}
