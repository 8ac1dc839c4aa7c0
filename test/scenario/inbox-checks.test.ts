import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { namedInPart } from '../../src/scenario/inbox-checks';
import { parseScenarioText } from '../../src/scenario/scenario-loader';

const AFTERNOON = parse(readFileSync('scenarios/afternoon-inbox.yaml', 'utf8')) as { inbox: Record<string, unknown>[]; charts: Record<string, unknown>[] };

/** The afternoon with one inbox item changed; the problems its check reports, as `path: message`. */
function problemsWith(index: number, change: Record<string, unknown>): string[] {
  const data = structuredClone(AFTERNOON);
  data.inbox[index] = { ...data.inbox[index], ...change };
  const loaded = parseScenarioText(JSON.stringify(data), 'afternoon.json');
  return loaded.ok ? [] : loaded.problems.map((problem) => `${problem.path}: ${problem.message}`);
}

describe('the inbox checks of scenario:check', () => {
  it('passes the bundled afternoon', () => {
    expect(parseScenarioText(readFileSync('scenarios/afternoon-inbox.yaml', 'utf8'), 'afternoon-inbox.yaml').ok).toBe(true);
  });

  it('asks a scenario with an inbox for the clinic’s call-back number, which its messages give', () => {
    const data = structuredClone(AFTERNOON) as typeof AFTERNOON & { clinic: Record<string, unknown> };
    delete data.clinic['phone'];
    const loaded = parseScenarioText(JSON.stringify(data), 'afternoon.json');
    expect(loaded.ok ? [] : loaded.problems.map((problem) => `${problem.path}: ${problem.message}`)).toEqual([
      "clinic: a scenario with an inbox needs the clinic's call-back number (clinic.phone, as 555-555-0100): the messages the MA leaves give it",
    ]);
  });

  it('locates an item about a patient the scenario does not know', () => {
    expect(problemsWith(0, { patientId: 'nobody-here' })).toEqual(['inbox[0].patientId: no patient or chart with id "nobody-here": an inbox item is about a patient of today\'s or one in charts']);
  });

  it('locates an item due before it arrives, and one arriving outside the day', () => {
    expect(problemsWith(0, { arrives: '14:00', due: '13:30' })).toEqual(['inbox[0].due: the item is due at 13:30, not after it arrives at 14:00']);
    expect(problemsWith(0, { arrives: '12:00' })).toEqual(['inbox[0].arrives: the item arrives at 12:00, outside the day (13:00–17:00)']);
  });

  it('locates a person on the call whom the chart’s release names only in part', () => {
    // Linda Alvarez's chart has a release for Maria Alvarez: "Mari Alvarez" is neither clearly her nor clearly someone else.
    expect(problemsWith(1, { answeredBy: { kind: 'person', name: 'Mari Alvarez', relationship: 'Daughter' } })).toEqual([
      'inbox[1].answeredBy.name: "Mari Alvarez" is not the chart\'s release of information as written, but "Maria Alvarez" is: name the person exactly as the chart does (they may hear the result), or as someone the chart does not name at all (they may not)',
    ]);
  });

  it('locates a question on a call nobody answers, and a book-visit result without a visit type', () => {
    expect(problemsWith(2, { question: 'interpret' })).toEqual(['inbox[2].question: nobody asks a question on a call that reaches voicemail']);
    expect(problemsWith(0, { instruction: 'book-visit' })).toEqual(['inbox[0].visitTypeId: a result the provider wants discussed at a visit needs the visit type to book (visitTypeId)']);
  });

  it('locates a Schedule II refill with refills, which federal law never allows, and one the provider wants seen with no visit type to book', () => {
    const price = AFTERNOON.inbox[12]!;
    expect(price['patientId']).toBe('jonah-price');
    const medication = { ...(price['medication'] as Record<string, unknown>), controlled: { schedule: 'II', issued: '2026-05-12', refillsAuthorized: 2, refillsUsed: 0 } };
    expect(problemsWith(12, { medication })).toEqual(['inbox[12].medication.controlled.refillsAuthorized: a Schedule II prescription is never refilled (21 CFR 1306.12(a)): refillsAuthorized must be 0']);
    expect(problemsWith(11, { visitTypeId: undefined })).toEqual(['inbox[11].visitTypeId: a request the provider wants seen first needs the visit type to book (visitTypeId)']);
  });

  it('locates an approved reply on a message that is not the MA’s to answer (a question for the provider)', () => {
    const fitzgerald = AFTERNOON.inbox.findIndex((item) => item['id'] === 'msg-fitzgerald-statin');
    expect(problemsWith(fitzgerald, { reply: 'Yes, stop it for a week.' })).toEqual([
      `inbox[${fitzgerald}].reply: an approved reply belongs only to an admin message (this one's concern is question-for-provider: it goes to the provider, or to 911)`,
    ]);
  });

  it('locates an emergency message without its symptom', () => {
    expect(problemsWith(5, { symptom: undefined })).toEqual(['inbox[5].symptom: an emergency message needs the symptom the patient describes (chest-pain, stroke-signs or breathing)']);
  });

  it('locates a confirmation for today or of an unknown visit type, and a wish said by someone who may not act for the patient', () => {
    // inbox[14] is Nora Quinn's confirmation (she answers and confirms); inbox[17] is Victor Lindahl's, whose wife is not on his release.
    const quinn = AFTERNOON.inbox[14]!.appointment as Record<string, unknown>;
    expect(problemsWith(14, { appointment: { ...quinn, date: '2026-06-10' } })).toEqual(['inbox[14].appointment.date: the appointment to confirm is on 2026-06-10, not after the day (2026-06-10)']);
    expect(problemsWith(14, { appointment: { ...quinn, visitTypeId: 'annual' } })).toEqual(['inbox[14].appointment.visitTypeId: provider "dr-dominguez" has no visit type "annual" (new-patient, follow-up, sick, results-visit)']);
    expect(problemsWith(14, { wants: undefined })).toEqual(['inbox[14].wants: say what the person who answers wants done with the appointment (confirm, reschedule or cancel)']);
    expect(problemsWith(17, { wants: 'confirm' })).toEqual(['inbox[17].wants: only the patient, or a person the chart has a release for, says what to do with the appointment: leave wants out']);
  });
});

describe('namedInPart', () => {
  it('tells a name given in part from the same name and from another person of the family', () => {
    expect(namedInPart('Chris Park', 'Christopher Park')).toBe(true);
    expect(namedInPart('T. Park', 'Tom Park')).toBe(true);
    expect(namedInPart('Park', 'Tom Park')).toBe(true);
    expect(namedInPart('Tom Park', 'Tom A. Park')).toBe(true);
    expect(namedInPart('Tom Park', 'tom park')).toBe(false);
    expect(namedInPart('Robert Alvarez', 'Maria Alvarez')).toBe(false);
  });
});
