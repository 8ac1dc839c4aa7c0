import { describe, expect, it } from 'vitest';
import { readScenarioFile } from '../../../src/cli/scenario-file';
import type { Scenario, ScenarioPatient } from '../../../src/scenario/scenario.schema';
import type { IdentityAnswer } from '../../../src/workflows/intake/intake.rules';
import { flagLeftBeforeConfirming, intakeStepHint } from '../../../src/workflows/intake/intake.hint';
import type { IntakeContext } from '../../../src/workflows/intake/intake.machine';
import { answerTo, photoIdReadings } from '../../../src/workflows/intake/patient-at-desk';
import { photoIdReadingText } from '../../../scenes/stations/intake-text';
import type { AnyMachineSnapshot } from 'xstate';

function loaded(id: string): Scenario {
  const file = readScenarioFile(id);
  if (!file.ok) throw new Error(`${id} does not load`);
  return file.scenario;
}

const wholeDay = loaded('whole-day');
const patientOf = (day: Scenario, id: string): ScenarioPatient => day.patients.find((candidate) => candidate.id === id)!;
const margaret = patientOf(wholeDay, 'margaret-oyelaran');

/** Name and date of birth asked of the patient, answered as they answer at the desk. */
function statedAnswers(patient: ScenarioPatient): IdentityAnswer[] {
  return (['full-name', 'date-of-birth'] as const).map((question) => ({ question, style: 'stated', answer: answerTo(patient, question, 'stated') }));
}

function identifying(patient: ScenarioPatient, scenario: Scenario, facts: { photoIdChecked: boolean; mismatchFlagged: boolean }): AnyMachineSnapshot {
  const context = { scenario, patient, answers: statedAnswers(patient), ...facts } as unknown as IntakeContext;
  return { status: 'active', value: 'identifying', context } as unknown as AnyMachineSnapshot;
}

describe('photoIdReadings', () => {
  it('reads Margaret Oyelaran’s ID as the chart’s 1951, against the 1952 she said', () => {
    const readings = photoIdReadings(margaret, statedAnswers(margaret));
    expect(readings).toEqual([
      { identifier: 'full-name', photoId: 'Margaret Folake Oyelaran', chart: 'Margaret Folake Oyelaran', stated: 'Margaret Folake Oyelaran', idMatchesChart: true, idMatchesStated: true },
      { identifier: 'date-of-birth', photoId: '1951-03-14', chart: '1951-03-14', stated: '1952-03-14', idMatchesChart: true, idMatchesStated: false },
    ]);
    expect(readings.map((reading) => photoIdReadingText(reading, 'the patient'))).toEqual([
      'Photo ID: name Margaret Folake Oyelaran, as the chart and as the patient said.',
      'Photo ID: born 3/14/1951, as the chart; the patient said 3/14/1952.',
    ]);
  });

  it('reads an ID that agrees with what was said against a chart that is wrong (Eleanor Whitfield, whose chart has the day and month swapped)', () => {
    const day = loaded('default-morning');
    const eleanor = patientOf(day, 'eleanor-whitfield');
    const birth = photoIdReadings(eleanor, statedAnswers(eleanor)).find((reading) => reading.identifier === 'date-of-birth')!;
    expect(birth).toMatchObject({ idMatchesChart: false, idMatchesStated: true });
    expect(photoIdReadingText(birth, 'the patient')).toMatch(/^Photo ID: born \d+\/\d+\/\d{4}, as the patient said; the chart has \d+\/\d+\/\d{4}\.$/);
  });

  it('reads nothing of an identifier that was not stated', () => {
    expect(photoIdReadings(margaret, [{ question: 'full-name', style: 'yes-no', answer: 'yes' }])).toEqual([]);
  });
});

describe('flagLeftBeforeConfirming', () => {
  it('names the flag as the step left once the photo ID is compared and the difference is not flagged', () => {
    const snapshot = identifying(margaret, wholeDay, { photoIdChecked: true, mismatchFlagged: false });
    const left = flagLeftBeforeConfirming(snapshot.context as IntakeContext);
    expect(left).toMatch(/^What was said differs from the chart: flag the mismatch \(“They differ: flag a mismatch”\) before you confirm identity\./);
    // The practice hint says the same.
    expect(intakeStepHint(snapshot)).toBe(left);
  });

  it('says nothing before the photo ID, once flagged, or where what was said matches the chart', () => {
    expect(flagLeftBeforeConfirming(identifying(margaret, wholeDay, { photoIdChecked: false, mismatchFlagged: false }).context as IntakeContext)).toBeNull();
    expect(flagLeftBeforeConfirming(identifying(margaret, wholeDay, { photoIdChecked: true, mismatchFlagged: true }).context as IntakeContext)).toBeNull();
    const douglas = patientOf(wholeDay, 'douglas-whitaker');
    expect(flagLeftBeforeConfirming(identifying(douglas, wholeDay, { photoIdChecked: true, mismatchFlagged: false }).context as IntakeContext)).toBeNull();
  });
});
