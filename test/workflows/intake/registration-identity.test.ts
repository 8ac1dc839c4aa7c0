import { describe, expect, it } from 'vitest';
import { readScenarioFile } from '../../../src/cli/scenario-file';
import { ageInYears } from '../../../src/reference/iso-date';
import { type IntakeSnapshot, intakeAvailableActions, intakeMachine } from '../../../src/workflows/intake/intake.machine';
import { checkChartCorrection, checkPhotoId } from '../../../src/workflows/intake/intake.rules';
import { demographicsReply, emergencyContactNamed, statedDiffersFromChart } from '../../../src/workflows/intake/patient-at-desk';
import { intakeActionSchema, type IntakeAction } from '../../../src/workflows/intake/intake.actions';
import { normalizeName, respondentFor } from '../../../src/workflows/shared/patient-identity';
import type { Scenario, ScenarioPatient } from '../../../src/scenario/scenario.schema';
import { identityQuestionText, spokenAnswer, chartFacts } from '../../../scenes/stations/intake-text';
import { patient, scenario } from '../../support/scenario-builder';
import { missedRules, playCheckIn as playDesk, startWorkflow } from './front-desk-support';

function loaded(id: string): Scenario {
  const file = readScenarioFile(id);
  if (!file.ok) throw new Error(`${id} does not load`);
  return file.scenario;
}

const BUNDLED = ['adult-morning', 'billing-day', 'chronic-care', 'default-morning', 'externship-checkoff', 'first-day', 'flu-season', 'front-desk-trouble', 'pediatrics'];

/** Plays check-in to the end with the expert, or with a novice who slips only while settling a mismatch. */
function playCheckIn(day: Scenario, who: ScenarioPatient, mode: 'expert' | 'slips-settling' = 'expert') {
  return playDesk(day, who, mode === 'expert' ? {} : { slips: (snapshot) => snapshot.value === 'resolvingMismatch' });
}

const child = { dateOfBirth: '2019-09-02', emergencyContact: { name: 'Lucía Ramírez', relationship: 'Mother', phone: '555-555-0177' } };

describe('who answers at the front desk', () => {
  it('has the mother answer for a six-year-old, in her own words about her daughter', () => {
    const day = scenario([patient('p1', '08:00', { ...child, name: { given: 'Sofía', family: 'Ramírez' } })]);
    const sofia = day.patients[0]!;
    const respondent = respondentFor(sofia, day.day.date);
    expect(respondent).toEqual({ kind: 'companion', name: 'Lucía Ramírez', relationship: 'Mother' });
    const to = { respondent, sex: sofia.sex };
    expect(identityQuestionText('date-of-birth', 'stated', chartFacts(sofia), to)).toBe('And what is her date of birth?');
    expect(spokenAnswer('date-of-birth', 'stated', '2019-09-02', to)).toBe('Her birthday is 9/2/2019.');
    expect(spokenAnswer('full-name', 'stated', 'Sofía Ramírez', to)).toBe('Her name is Sofía Ramírez.');
  });

  it('lets an adult answer for themselves, and prefers the scenario’s companion to the emergency contact', () => {
    const day = scenario([
      patient('adult', '08:00', { emergencyContact: { name: 'Denise Johnson', relationship: 'Spouse', phone: '555-555-0143' } }),
      patient('kid', '08:15', { ...child, companion: { name: { given: 'Ana', family: 'Ramírez' }, relationship: 'Grandmother' } }),
    ]);
    expect(respondentFor(day.patients[0]!, day.day.date).kind).toBe('patient');
    expect(respondentFor(day.patients[1]!, day.day.date)).toEqual({ kind: 'companion', name: 'Ana Ramírez', relationship: 'Grandmother' });
    expect(spokenAnswer('date-of-birth', 'stated', '1970-05-14', { respondent: respondentFor(day.patients[0]!, day.day.date), sex: 'female' })).toBe('5/14/1970.');
  });

  it('names the parent in the two-identifiers finding when a child’s identity was confirmed on one identifier', () => {
    const day = scenario([patient('p1', '08:00', { ...child, name: { given: 'Sofía', family: 'Ramírez' } })]);
    const run = startWorkflow(intakeMachine, day, day.patients[0]!);
    run.actor.send({ type: 'patient.greeted' });
    run.actor.send({ type: 'identity.asked', question: 'full-name', style: 'stated' });
    run.actor.send({ type: 'identity.confirmed' });
    const finding = run.journal.checks.find((check) => check.ruleId === 'intake.two-identifiers')?.finding;
    expect(finding?.message).toMatch(/only one identifier Sofía's mother \(Lucía Ramírez\) stated \(full name\)/);
    expect(finding?.remedy).toMatch(/^Ask Sofía's mother \(Lucía Ramírez\) to state the child's full name and date of birth/);
  });

  it.each(BUNDLED)('gives every child of %s a parent or guardian to answer for them', (id) => {
    const day = loaded(id);
    const children = day.patients.filter((p) => ageInYears(p.dateOfBirth, day.day.date) < 18);
    for (const kid of children) expect(respondentFor(kid, day.day.date).kind, kid.id).toBe('companion');
  });
});

describe('the demographics question', () => {
  const newPatient = { newPatient: true, arrival: { kind: 'scheduled' as const, time: '08:00', visitTypeId: 'new-patient', providerId: 'dr-test' } };

  it('is not offered about changes to a new patient, and refused as not-now when put anyway', () => {
    const day = scenario([patient('p1', '08:00', newPatient)]);
    const run = startWorkflow(intakeMachine, day, day.patients[0]!);
    for (const action of [{ type: 'patient.greeted' }, { type: 'identity.asked', question: 'full-name', style: 'stated' }, { type: 'identity.asked', question: 'date-of-birth', style: 'stated' }, { type: 'identity.confirmed' }] as const) run.actor.send(action);
    expect(run.actor.getSnapshot().value).toBe('registering');
    expect(run.actor.getSnapshot().can({ type: 'demographics.asked', question: 'changes-since-last-visit' })).toBe(false);
    run.actor.send({ type: 'demographics.asked', question: 'changes-since-last-visit' });
    expect(run.actor.getSnapshot().context.demographicsAsked).toBeNull();
    expect(run.actor.getSnapshot().can({ type: 'demographics.asked', question: 'new-patient-details' })).toBe(true);
    expect(intakeAvailableActions(run.actor.getSnapshot() as IntakeSnapshot)).toContain('demographics.asked');
  });

  it('is what changed for an established patient, and the expert asks each the question that fits', () => {
    const day = scenario([patient('old', '08:00', { changedSinceLastVisit: { phone: '555-555-0188' } }), patient('new', '08:30', { ...newPatient, arrival: { ...newPatient.arrival, time: '08:30' } })]);
    const [established, fresh] = day.patients;
    expect(playCheckIn(day, established!).sent).toContainEqual({ type: 'demographics.asked', question: 'changes-since-last-visit' });
    expect(playCheckIn(day, fresh!).sent).toContainEqual({ type: 'demographics.asked', question: 'new-patient-details' });
    // Nothing on file for emergencies, and nobody to name: they say so.
    expect(demographicsReply(established!, 'changes-since-last-visit', respondentFor(established!, day.day.date))).toBe('The number is 555-555-0188 now. There’s nobody I’d want listed for emergencies.');
    expect(demographicsReply(fresh!, 'new-patient-details', respondentFor(fresh!, day.day.date))).toBe('I live at 1 Alder Way, Portland, OR, 97201. My number is 555-555-0101. I don’t have anyone for emergencies.');
  });

  it('has an established patient with no emergency contact on file name one when asked, and one on file read back, not named anew', () => {
    const sister = { name: 'Rosa Delgado', relationship: 'Sister', phone: '555-555-0177' };
    const day = scenario([patient('none', '08:00', { changedSinceLastVisit: { emergencyContact: sister } }), patient('onfile', '08:30', { emergencyContact: sister })]);
    const [none, onFile] = day.patients;
    expect(demographicsReply(none!, 'changes-since-last-visit', respondentFor(none!, day.day.date))).toBe('No, nothing’s changed. For emergencies, put Rosa Delgado, my sister — 555-555-0177.');
    expect(emergencyContactNamed(none!)).toEqual(sister);
    expect(demographicsReply(onFile!, 'changes-since-last-visit', respondentFor(onFile!, day.day.date))).toBe('No, nothing’s changed.');
    expect(emergencyContactNamed(onFile!)).toBeNull();
  });

  it('records the emergency contact entered in the registration, parsed before the machine sees it', () => {
    const day = scenario([patient('p1', '08:00')]);
    const run = startWorkflow(intakeMachine, day, day.patients[0]!);
    const contact = { name: 'Rosa Delgado', relationship: 'Sister', phone: '555-555-0177' };
    const confirmed = { type: 'demographics.confirmed', address: { line1: '1 Alder Way', city: 'Portland', state: 'OR', postalCode: '97201' }, phone: '555-555-0101', emergencyContactConfirmed: true, emergencyContact: contact } as const;
    expect(intakeActionSchema.safeParse(confirmed).success).toBe(true);
    // What a panel cannot send: a field the registration has not, or a name longer than it holds.
    expect(intakeActionSchema.safeParse({ ...confirmed, emergencyContact: { ...contact, email: 'rosa@example.test' } }).success).toBe(false);
    expect(intakeActionSchema.safeParse({ ...confirmed, emergencyContact: { ...contact, name: 'R'.repeat(121) } }).success).toBe(false);
    for (const action of [{ type: 'patient.greeted' }, { type: 'identity.asked', question: 'full-name', style: 'stated' }, { type: 'identity.asked', question: 'date-of-birth', style: 'stated' }, { type: 'identity.confirmed' }] as const) run.actor.send(action);
    run.actor.send(confirmed);
    expect(run.actor.getSnapshot().context.demographics?.emergencyContact).toEqual(contact);
    // Received twice, the same registration.
    run.actor.send(confirmed);
    expect(run.actor.getSnapshot().context.demographics?.emergencyContact).toEqual(contact);
    run.actor.send({ type: confirmed.type, address: confirmed.address, phone: confirmed.phone, emergencyContactConfirmed: true });
    expect(run.actor.getSnapshot().context.demographics?.emergencyContact).toBeNull();
  });

  it('tells an established patient’s missing forms without speaking of a new patient, and a new patient’s as one', () => {
    const day = scenario([patient('old', '08:00'), patient('new', '08:30', { ...newPatient, arrival: { ...newPatient.arrival, time: '08:30' } })]);
    const messages = day.patients.map((who) => {
      const run = startWorkflow(intakeMachine, day, who);
      for (const action of [{ type: 'patient.greeted' }, { type: 'identity.asked', question: 'full-name', style: 'stated' }, { type: 'identity.asked', question: 'date-of-birth', style: 'stated' }, { type: 'identity.confirmed' }, { type: 'check-in.completed' }] as const) run.actor.send(action);
      return run.journal.checks.find((check) => check.ruleId === 'intake.forms')?.finding;
    });
    expect(messages[0]?.message).toBe('Testold Patient was checked in without the consent to treat or the financial policy.');
    expect(messages[0]?.remedy).not.toMatch(/new patient/);
    expect(messages[1]?.message).toMatch(/^Testnew Patient, a new patient, was checked in without the notice of privacy practices acknowledgment/);
  });
});

/** Settles a mismatch with a photo ID, makes `correction` (or none), and completes check-in. */
function settle(overrides: Parameters<typeof patient>[2], correction: IntakeAction | null) {
  const day = scenario([patient('p1', '08:00', overrides)]);
  const run = startWorkflow(intakeMachine, day, day.patients[0]!);
  const steps: IntakeAction[] = [
    { type: 'patient.greeted' },
    { type: 'identity.asked', question: 'full-name', style: 'stated' },
    { type: 'identity.asked', question: 'date-of-birth', style: 'stated' },
    { type: 'identity.mismatch-flagged' },
    { type: 'photo-id.checked' },
    ...(correction ? [correction] : []),
    { type: 'identity.confirmed' },
    { type: 'check-in.completed' },
  ];
  for (const action of steps) {
    expect(run.actor.getSnapshot().can(action), JSON.stringify(action)).toBe(true);
    run.actor.send(action);
  }
  return { run, check: run.journal.checks.find((c) => c.ruleId === 'intake.chart-correction'), output: run.actor.getSnapshot().output };
}

describe('intake.chart-correction', () => {
  // The default morning's trap: Eleanor states 1947-08-12, the chart has day and month swapped.
  const swapped = { dateOfBirth: '1947-12-08', statesAtCheckIn: { dateOfBirth: '1947-08-12' } };
  // The front desk's trap the other way round: she misspeaks the year; her ID agrees with the chart.
  const misspoken = { dateOfBirth: '1951-03-14', statesAtCheckIn: { dateOfBirth: '1952-03-14' }, photoId: { dateOfBirth: '1951-03-14' } };

  it('passes a chart corrected to the photo ID, and puts the correction on the registration', () => {
    const { check, output } = settle(swapped, { type: 'chart.corrected', name: { given: 'Testp', family: 'Patient' }, dateOfBirth: '1947-08-12' });
    expect(check?.passed).toBe(true);
    expect(check?.severity).toBe('major');
    expect(output?.registration.correctedIdentity).toEqual({ name: 'Testp Patient', dateOfBirth: '1947-08-12' });
  });

  it('finds a known error left in the chart once the photo ID showed it, with what, instead, why and the source', () => {
    const { check } = settle(swapped, null);
    expect(check?.passed).toBe(false);
    expect(check?.finding?.message).toBe('Testp Patient: the chart still has the date of birth 1947-12-08, but the photo ID shows 1947-08-12.');
    expect(check?.finding?.remedy).toMatch(/correct the chart to exactly what the ID shows/);
    expect(check?.finding?.explanation).toMatch(/breaks the link between the patient and their records/);
    expect(check?.finding?.source.id).toBe('ahimaPatientIdentityIntegrity');
    expect(check?.finding?.source.edition).toBeDefined();
  });

  it('finds a right chart "corrected" to what the patient misspoke', () => {
    const { check } = settle(misspoken, { type: 'chart.corrected', name: { given: 'Testp', family: 'Patient' }, dateOfBirth: '1952-03-14' });
    expect(check?.finding?.message).toBe("Testp Patient: the chart's date of birth was changed to 1952-03-14, but the photo ID shows 1951-03-14, as the chart had it.");
  });

  it('checks nothing where the ID agrees with the chart and the chart was left alone', () => {
    expect(settle(misspoken, null).check).toBeUndefined();
  });

  it('refuses a correction before any photo ID was seen, and one to a date that does not exist', () => {
    const day = scenario([patient('p1', '08:00', swapped)]);
    const run = startWorkflow(intakeMachine, day, day.patients[0]!);
    for (const action of [{ type: 'patient.greeted' }, { type: 'identity.asked', question: 'date-of-birth', style: 'stated' }, { type: 'identity.mismatch-flagged' }] as const) run.actor.send(action);
    const early: IntakeAction = { type: 'chart.corrected', name: { given: 'Testp', family: 'Patient' }, dateOfBirth: '1947-08-12' };
    expect(run.actor.getSnapshot().can(early)).toBe(false);
    run.actor.send({ type: 'photo-id.checked' });
    expect(run.actor.getSnapshot().can({ ...early, dateOfBirth: '1947-02-30' })).toBe(false);
    expect(run.actor.getSnapshot().can(early)).toBe(true);
  });

  it('corrects a misspelled name to the ID, case and accents aside', () => {
    const check = checkChartCorrection({
      patientId: 'p1',
      patientName: 'Jose Pena',
      minute: 490,
      chart: { name: 'Jose Pena', dateOfBirth: '1980-01-01' },
      photoId: { name: 'José Peña', dateOfBirth: '1980-01-01' },
      final: { name: 'JOSE PENA', dateOfBirth: '1980-01-01' },
      sameName: (a, b) => normalizeName(a) === normalizeName(b),
    });
    expect(check.passed).toBe(true);
  });

  it('has the expert correct the default morning’s swapped date of birth, and the slipping novice leave it', () => {
    const day = loaded('default-morning');
    const eleanor = day.patients.find((p) => p.id === 'eleanor-whitfield')!;
    const expert = playCheckIn(day, eleanor);
    expect(expert.sent).toContainEqual({ type: 'chart.corrected', name: eleanor.name, dateOfBirth: '1947-08-12' });
    expect(missedRules(expert.journal)).toEqual([]);
    const novice = playCheckIn(day, eleanor, 'slips-settling');
    expect(missedRules(novice.journal)).toContain('intake.chart-correction');
  });

  it('has the expert leave the front desk’s right chart alone, and the slipping novice change it to what she said', () => {
    const day = loaded('front-desk-trouble');
    const margaret = day.patients.find((p) => p.id === 'margaret-oyelaran')!;
    const expert = playCheckIn(day, margaret);
    expect(expert.sent.some((action) => action.type === 'chart.corrected')).toBe(false);
    expect(expert.journal.checks.some((c) => c.ruleId === 'intake.chart-correction')).toBe(false);
    const novice = playCheckIn(day, margaret, 'slips-settling');
    expect(novice.journal.checks.find((c) => c.ruleId === 'intake.chart-correction')?.finding?.message).toMatch(/changed to 1952-03-14, but the photo ID shows 1951-03-14/);
  });
});

describe('intake.photo-id and an established patient', () => {
  const misspoken = { dateOfBirth: '1951-03-14', statesAtCheckIn: { dateOfBirth: '1952-03-14' }, photoId: { dateOfBirth: '1951-03-14' }, photoIdRequired: true };

  it('judges the photo ID of an established patient who misstates an identifier once, as the mismatch (intake.identity-mismatch), not again as the policy', () => {
    const { run } = settle(misspoken, null);
    expect(run.journal.checks.filter((check) => check.ruleId === 'intake.photo-id')).toEqual([]);
    expect(run.journal.checks.filter((check) => check.ruleId === 'intake.identity-mismatch').map((check) => check.passed)).toEqual([true]);
  });

  it('still asks a new patient for the photo ID the clinic’s policy requires, and says so', () => {
    const at = { patientId: 'p1', patientName: 'Testnew Patient', minute: 490 };
    expect(checkPhotoId({ ...at, newPatient: true, photoIdChecked: false }).finding?.message).toBe("Testnew Patient was checked in without a look at a photo ID, which this clinic's policy requires of a new patient.");
    expect(checkPhotoId({ ...at, newPatient: true, photoIdChecked: true }).passed).toBe(true);
  });
});

describe('statedDiffersFromChart', () => {
  const eleanor = scenario([patient('eleanor', '09:00', { name: { given: 'Eleanor', middle: 'May', family: 'Whitfield' }, dateOfBirth: '1947-12-08' })]).patients[0]!;
  it.each([
    ['date-of-birth', '1947-08-12', true],
    ['date-of-birth', '1947-12-08', false],
    ['full-name', 'Eleanor May Whitfield', false],
    ['full-name', 'eleanor whitfield', false],
    ['full-name', 'Ellen May Whitfield', true],
    ['phone', '555-555-0000', false],
  ] as const)('says %s “%s” differs from the chart: %s', (question, answer, differs) => {
    expect(statedDiffersFromChart(question, answer, eleanor)).toBe(differs);
  });
});
