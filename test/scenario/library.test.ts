/**
 * The bundled scenario library: every file in `scenarios/` loads cleanly, the library holds
 * the days the game ships with, each carries its instructor notes, and each day is set up so
 * that it can be played (appointments leave time to finish, the throughput target can be
 * met, phone numbers are the fictional 555 ones). Whether the scripted trainees pass each
 * day is tested with the workflows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, parseScenarioText } from '../../src/scenario/scenario-loader';
import { type Scenario, type TrapKind } from '../../src/scenario/scenario.schema';
import { minutesOfDay } from '../../src/scenario/clock-time';
import { placeholderWordIn, weekdayOf } from '../../src/scenario/scenario-checks';

const LIBRARY_IDS = [
  'default-morning',
  'first-day',
  'adult-morning',
  'pediatrics',
  'chronic-care',
  'flu-season',
  'front-desk-trouble',
  'billing-day',
  'externship-checkoff',
  'well-child-immunizations',
  'cardiology-morning',
] as const;

const files = readdirSync('scenarios')
  .filter((file) => file.endsWith('.yaml'))
  .toSorted();

function load(file: string): Scenario {
  const result = parseScenarioText(readFileSync(`scenarios/${file}`, 'utf8'), `scenarios/${file}`);
  if (!result.ok) throw new Error(`scenarios/${file} does not load:\n${result.problems.map(formatProblem).join('\n')}`);
  return result.scenario;
}

const library = new Map(files.map((file) => [file.replace(/\.yaml$/, ''), load(file)]));

function scenario(id: (typeof LIBRARY_IDS)[number]): Scenario {
  const found = library.get(id);
  if (!found) throw new Error(`no scenarios/${id}.yaml`);
  return found;
}

/** Patients expected to arrive: everyone but the no-shows. */
function arriving(s: Scenario) {
  return s.patients.filter((p) => !(p.arrival.kind === 'scheduled' && p.arrival.noShow));
}

describe('the scenario library', () => {
  it('holds the default morning and the ten library days, each file named by its id', () => {
    expect([...library.keys()].toSorted()).toEqual(expect.arrayContaining([...LIBRARY_IDS].toSorted()));
    for (const [fileId, s] of library) expect(s.id).toBe(fileId);
  });

  it.each(files)('%s loads with no problem', (file) => {
    const result = parseScenarioText(readFileSync(`scenarios/${file}`, 'utf8'), `scenarios/${file}`);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it.each(LIBRARY_IDS)('%s has instructor objectives, competencies and notes', (id) => {
    const { instructor } = scenario(id);
    expect(instructor.objectives.length).toBeGreaterThanOrEqual(3);
    expect(instructor.competencies.length).toBeGreaterThanOrEqual(3);
    expect(instructor.notes?.trim().length ?? 0).toBeGreaterThan(0);
  });

  it.each(LIBRARY_IDS.filter((id) => id !== 'default-morning'))('%s notes give the expected difficulty and name every trapped patient', (id) => {
    const s = scenario(id);
    const notes = s.instructor.notes ?? '';
    expect(notes).toContain(`Expected difficulty: ${s.instructor.difficulty}`);
    for (const trap of s.traps) {
      const patient = s.patients.find((p) => p.id === trap.patientId)!;
      expect(notes, `${trap.kind} for ${trap.patientId}`).toContain(patient.name.family);
    }
  });

  it('gives each day a difficulty that fits it', () => {
    expect(scenario('first-day').instructor.difficulty).toBe('introductory');
    expect(scenario('externship-checkoff').instructor.difficulty).toBe('advanced');
  });
});

describe('each library day is playable', () => {
  it.each(LIBRARY_IDS)('%s falls on a weekday in 2026', (id) => {
    const { date } = scenario(id).day;
    expect(date.startsWith('2026-')).toBe(true);
    expect([1, 2, 3, 4, 5]).toContain(weekdayOf(date));
  });

  it.each(LIBRARY_IDS.filter((id) => id !== 'default-morning'))('%s leaves at least 60 minutes after the last arrival', (id) => {
    const s = scenario(id);
    const lastArrival = Math.max(...s.patients.map((p) => minutesOfDay(p.arrival.time) + (p.arrival.kind === 'scheduled' ? p.arrival.lateMinutes : 0)));
    expect(minutesOfDay(s.day.end) - lastArrival).toBeGreaterThanOrEqual(60);
  });

  it.each(LIBRARY_IDS)('%s sets a throughput target met by finishing every patient before closing', (id) => {
    const s = scenario(id);
    const hours = (minutesOfDay(s.day.end) - minutesOfDay(s.day.start)) / 60;
    expect(s.day.targetPatientsPerHour).toBeLessThanOrEqual(arriving(s).length / hours);
  });

  it.each(LIBRARY_IDS)('%s has no more patients in rooms at once than it has rooms to spare for', (id) => {
    const s = scenario(id);
    // Every provider should have a room to work in, and one room more to room the next patient.
    expect(s.clinic.examRooms).toBeGreaterThanOrEqual(s.providers.length + 1);
  });

  it.each(LIBRARY_IDS)('%s gives every patient a made-up address of a real kind, each one different', (id) => {
    const addresses = scenario(id).patients.map((p) => `${p.address.line1}, ${p.address.city}`);
    for (const address of addresses) {
      expect(address).toMatch(/^\d+ [A-Z][A-Za-z ]+, [A-Z]/);
      expect(placeholderWordIn(address)).toBeUndefined();
    }
    expect(new Set(addresses).size).toBe(addresses.length);
  });

  it.each(LIBRARY_IDS)('%s uses only fictional 555 phone numbers', (id) => {
    const s = scenario(id);
    const phones = s.patients.flatMap((p) => [p.phone, p.emergencyContact?.phone, p.changedSinceLastVisit?.phone]);
    for (const phone of phones) if (phone !== undefined) expect(phone).toMatch(/^\d{3}-555-01\d\d$/);
  });
});

describe('the library days', () => {
  it('makes flu-season the largest day, with at least 18 patients, walk-ins and phone calls', () => {
    const flu = scenario('flu-season');
    expect(flu.patients.length).toBeGreaterThanOrEqual(18);
    for (const [id, s] of library) if (id !== 'flu-season') expect(s.patients.length, id).toBeLessThan(flu.patients.length);
    expect(flu.patients.filter((p) => p.arrival.kind === 'walk-in').length).toBeGreaterThanOrEqual(3);
    expect(flu.events.length).toBeGreaterThanOrEqual(3);
    const tests = new Set(flu.patients.flatMap((p) => p.orders.map((o) => o.testId)));
    expect([...tests]).toEqual(expect.arrayContaining(['rapid-flu', 'rapid-strep', 'covid-antigen']));
  });

  it('runs first-day untimed, in practice mode, with hints, three adults and no traps', () => {
    const first = scenario('first-day');
    expect(first.timer.enabled).toBe(false);
    expect(first.mode).toBe('practice');
    expect(first.hints).toBe(true);
    expect(first.novice.mistakeRate).toBe(0.35);
    expect(first.patients).toHaveLength(3);
    expect(first.traps).toEqual([]);
  });

  it('runs externship-checkoff in assessment mode with the timer on and locked and every workflow enabled', () => {
    const checkoff = scenario('externship-checkoff');
    expect(checkoff.mode).toBe('assessment');
    expect(checkoff.timer).toMatchObject({ enabled: true, locked: true });
    expect(checkoff.hints).toBe(false);
    expect(Object.values(checkoff.workflows).every(Boolean)).toBe(true);
    expect(checkoff.traps.map((t) => t.kind)).toEqual(expect.arrayContaining<TrapKind>(['dob-mismatch', 'inactive-coverage', 'critical-vital']));
    expect(checkoff.patients.filter((p) => p.note.separatelyIdentifiable)).toHaveLength(1);
  });

  it('names every front-desk trap in front-desk-trouble, with the same-name trap on both namesakes', () => {
    const desk = scenario('front-desk-trouble');
    const kinds = desk.traps.map((t) => t.kind);
    expect(kinds).toEqual(
      expect.arrayContaining<TrapKind>([
        'dob-mismatch',
        'same-name',
        'inactive-coverage',
        'missing-authorization',
        'member-id-mismatch',
        'changed-demographics',
        'relative-calling',
      ]),
    );
    const sameName = desk.traps.filter((t) => t.kind === 'same-name').map((t) => desk.patients.find((p) => p.id === t.patientId)!);
    expect(sameName).toHaveLength(2);
    expect(sameName[0]!.dateOfBirth).not.toBe(sameName[1]!.dateOfBirth);
    expect(sameName[0]!.mrn).not.toBe(sameName[1]!.mrn);
  });

  it('gives billing-day modifier 25, new and established E/M by time and by MDM, a denial and an authorisation', () => {
    const billing = scenario('billing-day');
    expect(billing.patients.some((p) => p.note.separatelyIdentifiable)).toBe(true);
    expect(billing.patients.some((p) => p.newPatient && p.note.totalMinutes !== undefined)).toBe(true);
    expect(billing.patients.some((p) => !p.newPatient && p.note.medicalDecisionMaking !== undefined && p.note.totalMinutes !== undefined)).toBe(true);
    expect(billing.traps.map((t) => t.kind)).toEqual(expect.arrayContaining<TrapKind>(['member-id-mismatch', 'missing-authorization']));
  });

  it('gives the cardiology morning ECGs read here and sent out, a tracing that cannot wait and an artefact of each cause', () => {
    const cardiology = scenario('cardiology-morning');
    const ecgs = cardiology.patients.flatMap((p) => p.orders.filter((o) => o.testId === 'ecg').map((o) => ({ patient: p, ecg: o.ecg! })));
    expect(ecgs.length).toBeGreaterThanOrEqual(3);
    expect(new Set(ecgs.map(({ ecg }) => ecg.interpretation))).toEqual(new Set(['in-house', 'sent-out']));
    const urgent = ecgs.filter(({ ecg }) => ecg.urgent);
    expect(urgent.map(({ ecg }) => ecg.rhythm)).toEqual(['st-elevation']);
    expect(urgent[0]!.patient.chiefComplaint).toMatch(/chest/i);
    expect(ecgs.some(({ ecg }) => ecg.patientState !== 'calm')).toBe(true);
    expect(ecgs.some(({ ecg }) => ecg.interference)).toBe(true);
    expect(ecgs.some(({ ecg }) => ecg.hasLotion || ecg.needsHairClipped)).toBe(true);
    expect(cardiology.traps.map((t) => t.kind)).toEqual(expect.arrayContaining<TrapKind>(['ecg-artefact', 'urgent-tracing', 'limb-lead-reversal']));
    expect(cardiology.title).toMatch(/^A Cardiology Morning at /);
  });

  it('has pediatrics see infants, toddlers, a school-age child and an adolescent, with a febrile infant under 3 months', () => {
    const peds = scenario('pediatrics');
    const ageInMonths = (dob: string) => {
      const [y, m, d] = dob.split('-').map(Number) as [number, number, number];
      const [ty, tm, td] = peds.day.date.split('-').map(Number) as [number, number, number];
      return (ty - y) * 12 + (tm - m) - (td < d ? 1 : 0);
    };
    const ages = peds.patients.map((p) => ageInMonths(p.dateOfBirth));
    expect(ages.some((a) => a < 3)).toBe(true);
    expect(ages.some((a) => a >= 12 && a < 36)).toBe(true);
    expect(ages.some((a) => a >= 72 && a < 144)).toBe(true);
    expect(ages.some((a) => a >= 144)).toBe(true);
    const febrileInfant = peds.traps.find((t) => t.kind === 'critical-vital');
    expect(ageInMonths(peds.patients.find((p) => p.id === febrileInfant?.patientId)!.dateOfBirth)).toBeLessThan(3);
    expect(peds.patients.some((p) => p.coverage?.subscriber?.relationship === 'child')).toBe(true);
  });
});
