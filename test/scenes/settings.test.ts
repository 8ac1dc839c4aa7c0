import { describe, expect, it } from 'vitest';
import { readSettings, settingsRecord } from '../../scenes/persistence/settings-record';
import { defaultGameSettings, sessionSettingsFor, scenarioDayChoice, type DayChoice } from '../../scenes/settings';
import type { Mode } from '../../src/scenario/scenario.schema';
import { bundledLibrary } from '../support/bundled-library';
import { patient, scenario } from '../support/scenario-builder';

function day(mode: Mode, timerEnabled: boolean, locked: boolean) {
  return scenario([patient('ann', '08:00')], { mode, timer: { enabled: timerEnabled, secondsPerMinute: 2, locked } });
}

const PRACTICE_TIMED: DayChoice = { mode: 'practice', timed: true };
const PRACTICE_UNTIMED: DayChoice = { mode: 'practice', timed: false };
const ASSESSMENT: DayChoice = { mode: 'assessment', timed: true };
const ASSESSMENT_ASKED_UNTIMED: DayChoice = { mode: 'assessment', timed: false };

describe('sessionSettingsFor', () => {
  const rows: readonly [string, ReturnType<typeof day>, DayChoice | undefined, { mode: Mode; timerEnabled: boolean }][] = [
    ['plays an untimed practice scenario untimed when the trainee chose nothing', day('practice', false, false), undefined, { mode: 'practice', timerEnabled: false }],
    ['plays a timed practice scenario timed when the trainee chose nothing', day('practice', true, false), undefined, { mode: 'practice', timerEnabled: true }],
    ['plays an assessment scenario as assessment when the trainee chose nothing', day('assessment', true, false), undefined, { mode: 'assessment', timerEnabled: true }],
    ['lets the trainee turn the timer on for an untimed scenario that does not lock it', day('practice', false, false), PRACTICE_TIMED, { mode: 'practice', timerEnabled: true }],
    ['lets the trainee turn the timer off for a timed scenario that does not lock it', day('practice', true, false), PRACTICE_UNTIMED, { mode: 'practice', timerEnabled: false }],
    ['lets the trainee choose assessment where the scenario allows it', day('practice', false, false), ASSESSMENT, { mode: 'assessment', timerEnabled: true }],
    ['keeps an assessment the trainee chose timed, even when asked for untimed', day('practice', false, false), ASSESSMENT_ASKED_UNTIMED, { mode: 'assessment', timerEnabled: true }],
    ['ignores the trainee’s practice choice where the scenario locks assessment', day('assessment', true, true), PRACTICE_UNTIMED, { mode: 'assessment', timerEnabled: true }],
    ['ignores the trainee’s timer where the scenario locks untimed practice', day('practice', false, true), PRACTICE_TIMED, { mode: 'practice', timerEnabled: false }],
    ['plays a locked scenario as it says when the trainee chose nothing', day('practice', true, true), undefined, { mode: 'practice', timerEnabled: true }],
  ];
  it.each(rows)('%s', (_name, scenarioOfDay, choice, expected) => {
    expect(sessionSettingsFor(scenarioOfDay, choice)).toEqual(expected);
  });

  it('starts the orientation day untimed, as it declares, whatever was played before', () => {
    const firstDay = bundledLibrary().find((candidate) => candidate.id === 'first-day');
    expect(firstDay).toBeDefined();
    if (!firstDay) return;
    expect(scenarioDayChoice(firstDay)).toEqual({ mode: 'practice', timed: false });
    expect(sessionSettingsFor(firstDay)).toEqual({ mode: 'practice', timerEnabled: false });
  });

  it('offers each bundled scenario’s own mode and timer first', () => {
    for (const bundled of bundledLibrary()) {
      const offered = scenarioDayChoice(bundled);
      expect(offered.mode, bundled.id).toBe(bundled.mode);
      expect(offered.timed, bundled.id).toBe(bundled.mode === 'assessment' || bundled.timer.enabled);
    }
  });
});

describe('The stored settings', () => {
  it('reads back what it stores', () => {
    const settings = { ...defaultGameSettings(false), speed: 2 as const, textSize: 'larger' as const, playerName: 'Ana Ruiz' };
    expect(readSettings(JSON.parse(JSON.stringify(settingsRecord(settings))))).toEqual(settings);
  });

  it('keeps a returning trainee’s sound, text size and name from settings stored with a mode and timer, and drops those two', () => {
    const earlier = {
      kind: 'clinic-day-settings',
      formatVersion: 1,
      settings: { speed: 2, sound: false, mode: 'assessment', timed: false, reducedMotion: true, textSize: 'large', playerName: 'Ben Okafor' },
    };
    expect(readSettings(earlier)).toEqual({ speed: 2, sound: false, reducedMotion: true, textSize: 'large', playerName: 'Ben Okafor' });
  });

  it('refuses a settings record with a field it does not know', () => {
    const odd = { kind: 'clinic-day-settings', formatVersion: 1, settings: { ...defaultGameSettings(false), volume: 3 } };
    expect(readSettings(odd)).toBeNull();
  });
});
