import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../../src/domain/random';
import type { Scenario } from '../../../src/scenario/scenario.schema';
import type { MedicationAction } from '../../../src/workflows/medication/medication.actions';
import { type MedicationContext, medicationAvailableActions, medicationRecord } from '../../../src/workflows/medication/medication.machine';
import { readingFindings } from '../../../src/workflows/medication/medication.context';
import { MEDICATION_PLAYER } from '../../../src/workflows/medication/medication.player';
import { formatReadingAppointment, hoursUntilReading, readingAppointment, whealProblems } from '../../../src/workflows/medication/medication.rules';
import { changed, expertSteps, immunizationDay, playExpert, replay, type Step, start, verdicts, without } from './medication-support';

/** The immunization day with Ben sent for a tuberculin skin test instead, from the default stock (a Tubersol vial opened that morning). */
function tuberculinDay(): Scenario {
  const day = immunizationDay();
  const { medicationStock: _ownStock, ...clinic } = day.clinic;
  return {
    ...day,
    clinic,
    patients: day.patients.map((p) => (p.id === 'ben' ? { ...p, orders: [{ testId: 'tuberculin-skin-test', diagnoses: [] }] } : p)),
  };
}

const DAY = tuberculinDay();
const EXPERT = expertSteps(DAY, 'ben');

function played(steps: readonly Step[]) {
  const started = start(DAY, 'ben');
  replay(started, steps);
  return { started, ...verdicts(started.journal) };
}

/** The steps up to and including the first step of `type`. */
function upTo(steps: readonly Step[], type: MedicationAction['type']): Step[] {
  return steps.slice(0, steps.findIndex((step) => !('wait' in step) && step.type === type) + 1);
}

function messages(started: ReturnType<typeof start>, ruleId: string): string[] {
  return started.journal.checks.flatMap((check) => (!check.passed && check.ruleId === ruleId && check.finding !== undefined ? [check.finding.message] : []));
}

describe('the tuberculin skin test at the medication station', () => {
  it('is placed by the expert with every check passed: 0.1 mL, 27 gauge 1/2 inch, volar forearm at 5–15°, the wheal looked at, the reading two days later', () => {
    const { started, passed, missed } = played(EXPERT);
    expect(started.actor.getSnapshot().status).toBe('done');
    expect(missed).toEqual([]);
    expect(passed).toEqual(expect.arrayContaining(['medication.dose-volume', 'medication.label-checks', 'medication.tst-technique', 'medication.tst-wheal', 'medication.tst-reading', 'immunization.record-lot']));
    const drawn = EXPERT.find((step) => !('wait' in step) && step.type === 'dose.drawn-up');
    expect(drawn).toMatchObject({ volumeMl: 0.1, needle: { gauge: 27, length: '1/2' } });
    expect(EXPERT.find((step) => !('wait' in step) && step.type === 'injection.given')).toMatchObject({ site: 'left-volar-forearm', route: 'intradermal', angle: 10 });
  });

  it('asks for no VIS, no registry entry and no observation chair', () => {
    const types = EXPERT.flatMap((step) => ('wait' in step ? ['wait'] : [step.type]));
    expect(types).not.toContain('vis.given');
    expect(types).not.toContain('observation.started');
    expect(types).not.toContain('wait');
    const { passed } = played(EXPERT);
    expect(passed.filter((id) => /vis|registry|observation/.test(id))).toEqual([]);
    const midway = start(DAY, 'ben');
    replay(midway, upTo(EXPERT, 'dose.drawn-up'));
    expect(medicationAvailableActions(midway.actor.getSnapshot())).not.toContain('vis.given');
    expect(midway.actor.getSnapshot().can({ type: 'vis.given', testId: 'tuberculin-skin-test', edition: '2023-08-06' })).toBe(false);
  });

  it('charts the test as given intradermally with the vial’s lot, and the record carries the reading appointment', () => {
    const { started } = played(EXPERT);
    const context = started.actor.getSnapshot().context as MedicationContext;
    expect(medicationRecord(context).vaccines).toEqual([{ testId: 'tuberculin-skin-test', given: true, returned: null, route: 'intradermal', lot: expect.stringMatching(/^TUB\d{4}$/) }]);
    const recorded = EXPERT.find((step) => !('wait' in step) && step.type === 'administration.recorded');
    expect(recorded).toMatchObject({ record: { manufacturer: 'Sanofi Pasteur', doseMl: 0.1, visEdition: '', visGivenOn: '', readingDue: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/) } });
  });

  it('raises no wheal at a subcutaneous 45°: the technique is a finding, and after the look the test is placed again on the other forearm', () => {
    const steps = changed(upTo(EXPERT, 'wheal.checked'), 'injection.given', (step) => ({ ...step, angle: 45 }));
    const { started } = played(steps);
    expect(messages(started, 'medication.tst-technique')).toEqual([expect.stringContaining('at 45°, the depth of a subcutaneous injection')]);
    const context = started.actor.getSnapshot().context as MedicationContext;
    expect(context.given[0]?.wheal).toEqual({ rises: false, checked: true });
    expect(medicationAvailableActions(started.actor.getSnapshot())).toContain('dose.drawn-up');
    expect(medicationAvailableActions(started.actor.getSnapshot())).not.toContain('administration.recorded');
    playExpert(started);
    const sites = (started.actor.getSnapshot().context as MedicationContext).given.map((dose) => dose.site);
    expect(sites).toEqual(['left-volar-forearm', 'right-volar-forearm']);
    const { missed } = verdicts(started.journal);
    expect(missed).toEqual(['medication.tst-technique']);
  });

  it.each([
    ['a 5/8 inch needle', { gauge: 27, length: '5/8' }, 'a 5/8 inch needle was used, not 1/4, 3/8 or 1/2 inch'],
    ['a 25-gauge needle', { gauge: 25, length: '1/2' }, 'a 25-gauge needle was used, not 26 or 27 gauge'],
  ] as const)('counts %s as a technique finding', (_, needle, words) => {
    const { started } = played(changed(EXPERT, 'dose.drawn-up', (step) => ({ ...step, needle })));
    expect(messages(started, 'medication.tst-technique')).toEqual([expect.stringContaining(words)]);
  });

  it('counts a site never looked at for its wheal as a finding when the patient leaves', () => {
    const { started, missed } = played(without(EXPERT, 'wheal.checked'));
    expect(missed).toEqual(['medication.tst-wheal']);
    expect(messages(started, 'medication.tst-wheal')).toEqual([expect.stringContaining('the site was not looked at for the wheal')]);
  });

  it.each([
    ['the next day (24 hours)', 24, 'booked 24 hours after placement, before the reaction has developed'],
    ['five days later (120 hours)', 120, 'booked 120 hours after placement, after the result is no longer valid'],
    ['71 hours later (inside the 72)', 71, null],
    ['48 hours later', 48, null],
  ] as const)('judges a reading booked %s', (_, hours, words) => {
    const placedAt = (played(upTo(EXPERT, 'injection.given')).started.actor.getSnapshot().context as MedicationContext).given[0]!;
    const due = formatReadingAppointment(DAY.day.date, Math.floor(placedAt.atMinute), hours);
    const { started, missed } = played(changed(EXPERT, 'administration.recorded', (step) => ({ ...step, record: { ...step.record, readingDue: due } })));
    if (words === null) expect(missed).toEqual([]);
    else expect(messages(started, 'medication.tst-reading')).toEqual([expect.stringContaining(words)]);
  });

  it('counts a record with no reading appointment as a finding', () => {
    const { started } = played(changed(EXPERT, 'administration.recorded', (step) => ({ ...step, record: { ...step.record, readingDue: '' } })));
    expect(messages(started, 'medication.tst-reading')).toEqual([expect.stringContaining('recorded with no reading appointment')]);
  });
});

describe('whealProblems', () => {
  it.each([
    ['a wheal looked at', [{ site: 'left-volar-forearm', rises: true, checked: true }], []],
    ['no wheal, placed again on the other forearm', [{ site: 'left-volar-forearm', rises: false, checked: true }, { site: 'right-volar-forearm', rises: true, checked: true }], []],
    ['no wheal, placed again in the same forearm', [{ site: 'left-volar-forearm', rises: false, checked: true }, { site: 'left-volar-forearm', rises: true, checked: true }], ['the test was placed again in the same left volar forearm, not about 2 inches away or on the other forearm']],
    ['no wheal and not placed again', [{ site: 'left-volar-forearm', rises: false, checked: true }], ['no wheal rose and the test was not placed again']],
    ['never looked at, none risen', [{ site: 'left-volar-forearm', rises: false, checked: false }], ['the site was not looked at for the wheal, and none had risen: the test cannot be read']],
  ] as const)('%s', (_, placements, problems) => {
    expect(whealProblems(placements)).toEqual(problems);
  });
});

describe('the reading appointment', () => {
  it.each([
    ['2026-03-12 10:00', { date: '2026-03-12', minute: 600 }],
    ['2026-03-12T09:05', { date: '2026-03-12', minute: 545 }],
    ['12/03/2026 10:00', null],
    ['2026-03-12 25:00', null],
    ['', null],
  ] as const)('reads "%s" as %j', (typed, expected) => {
    expect(readingAppointment(typed)).toEqual(expected);
  });

  it('counts hours across days from the placement minute', () => {
    expect(hoursUntilReading('2026-03-10', 600, { date: '2026-03-12', minute: 600 })).toBe(48);
    expect(hoursUntilReading('2026-03-10', 630, { date: '2026-03-13', minute: 600 })).toBe(71.5);
  });

  it('books a reading rounded up to the next quarter hour', () => {
    expect(formatReadingAppointment('2026-03-10', 637, 48)).toBe('2026-03-12 10:45');
    expect(formatReadingAppointment('2026-12-30', 600, 48)).toBe('2027-01-01 10:00');
  });
});

describe('the novice at the tuberculin skin test', () => {
  it('when every slip happens: the 5/8 inch needle, a 45° angle, no look at the wheal, a reading booked the next day or five days on', () => {
    const started = start(DAY, 'ben');
    const dice = { random: new SeededRandom(3), slips: () => true };
    for (let i = 0; i < 200 && started.actor.getSnapshot().status === 'active'; i++) {
      const action = MEDICATION_PLAYER.novice(started.view(), dice);
      if (action === null) started.clock.increment(1);
      else {
        started.actor.send(action);
        started.clock.increment(0.25);
      }
    }
    const { missed } = verdicts(started.journal);
    expect(new Set(missed)).toEqual(new Set(['medication.tst-technique', 'medication.tst-wheal', 'medication.tst-reading', 'immunization.record-lot']));
    expect(messages(started, 'medication.tst-technique')[0]).toContain('a 5/8 inch needle');
    expect(messages(started, 'medication.tst-reading')[0]).toMatch(/booked (24|120) hours after placement/);
  });
});

/** The immunization day with Ben back for the reading of a test placed two days before: 12 mm of induration. */
function readingDay(): Scenario {
  const day = immunizationDay();
  return { ...day, patients: day.patients.map((p) => (p.id === 'ben' ? { ...p, orders: [{ testId: 'tuberculin-skin-test-reading', result: 12, diagnoses: [] }] } : p)) };
}

describe('the tuberculin skin test reading at the medication station', () => {
  const READING = readingDay();
  const STEPS = expertSteps(READING, 'ben');

  function read(steps: readonly Step[]) {
    const started = start(READING, 'ben');
    replay(started, steps);
    return { started, ...verdicts(started.journal) };
  }

  it('shows 12 mm of induration inside a wider redness, and the expert records the induration with no vial, needle or VIS', () => {
    const ben = READING.patients.find((p) => p.id === 'ben')!;
    expect(readingFindings(ben, 'tuberculin-skin-test-reading')).toEqual({ indurationMm: 12, rednessMm: 20 });
    const types = STEPS.flatMap((step) => ('wait' in step ? ['wait'] : [step.type]));
    expect(types).toEqual(['hands.cleaned', 'patient.identified', 'order.reviewed', 'induration.recorded', 'medication.finished']);
    const { started, passed, missed } = read(STEPS);
    expect(missed).toEqual([]);
    expect(passed).toEqual(expect.arrayContaining(['medication.patient-id', 'medication.tst-measurement', 'medication.orders-complete']));
    expect(medicationRecord(started.actor.getSnapshot().context as MedicationContext).vaccines).toEqual([{ testId: 'tuberculin-skin-test-reading', given: true, returned: null, route: null, lot: null }]);
  });

  it.each([
    ['the redness', 20, 'recorded as 20 mm, the width of the redness; the induration measures 12 mm'],
    ['another number', 10, 'recorded as 10 mm; the induration measures 12 mm across the forearm'],
  ] as const)('counts %s recorded instead of the induration as a finding', (_, mm, words) => {
    const { started } = read(changed(STEPS, 'induration.recorded', (step) => ({ ...step, mm })));
    expect(messages(started, 'medication.tst-measurement')).toEqual([expect.stringContaining(words)]);
  });

  it('cannot be sent back to the provider, and is recorded once', () => {
    const started = start(READING, 'ben');
    replay(started, STEPS.slice(0, 3));
    expect(medicationAvailableActions(started.actor.getSnapshot())).not.toContain('order.returned');
    expect(started.actor.getSnapshot().can({ type: 'order.returned', testId: 'tuberculin-skin-test-reading', reason: 'no-usable-stock' })).toBe(false);
    replay(started, [STEPS[3]!]);
    expect(started.actor.getSnapshot().can({ type: 'induration.recorded', testId: 'tuberculin-skin-test-reading', mm: 12 })).toBe(false);
  });
});
