import { describe, expect, it } from 'vitest';
import type { InboxEvent } from '../../../src/clinic/inbox/inbox.actions';
import { checksOf, inboxDay, portalMessage, resultNote, work } from './inbox-fixture';
import type { InboxItemContext } from '../../../src/clinic/inbox/inbox-item.machine';
import { educationChoices } from '../../../src/clinic/inbox/inbox-kinds';

const itemId = 'res-1';
const opened = (): InboxEvent[] => [{ type: 'inbox.opened', itemId }, { type: 'call.placed', itemId }];

/** The one check of a rule, as [passed, severity]. */
function verdict(session: ReturnType<typeof inboxDay>, ruleId: string): [boolean, string][] {
  return checksOf(session, ruleId).map((check) => [check.passed, check.severity]);
}

/** Whether a portal message of that concern, opened, takes "911 now". */
function mayDirect911(concern: 'admin' | 'emergency'): boolean {
  const session = inboxDay([portalMessage(concern === 'admin' ? { concern, symptom: undefined } : {})]);
  work(session, { type: 'inbox.opened', itemId: 'msg-1' });
  return session.canAct(null, { type: 'emergency.directed', itemId: 'msg-1' });
}

describe('the inbox rules', () => {
  it('finds a result read to a spouse the chart has no release for, critically (privacy.result-to-unauthorised)', () => {
    const session = inboxDay([resultNote({ answeredBy: { kind: 'person', name: 'Robert Park', relationship: 'Brother-in-law' } })]);
    work(session, ...opened(), { type: 'caller.identified', itemId }, { type: 'result.told', itemId, words: 'as-released' });
    expect(verdict(session, 'privacy.result-to-unauthorised')).toEqual([[false, 'critical']]);
    expect(checksOf(session, 'privacy.result-to-unauthorised')[0]?.finding?.message).toMatch(/Robert Park.*no release of information/);
  });

  it('lets a person the chart has a release for hear the result, and passes declining one who has none', () => {
    const onFile = inboxDay([resultNote({ answeredBy: { kind: 'person', name: 'Tom Park', relationship: 'Husband' } })]);
    work(onFile, ...opened(), { type: 'caller.identified', itemId }, { type: 'result.told', itemId, words: 'as-released' });
    expect(verdict(onFile, 'privacy.result-to-unauthorised')).toEqual([[true, 'critical']]);
    const notOnFile = inboxDay([resultNote({ answeredBy: { kind: 'person', name: 'Robert Park', relationship: 'Brother-in-law' } })]);
    work(notOnFile, ...opened(), { type: 'caller.identified', itemId }, { type: 'result.withheld', itemId }, { type: 'call.documented', itemId }, { type: 'inbox.completed', itemId });
    expect(verdict(notOnFile, 'privacy.result-to-unauthorised')).toEqual([[true, 'critical']]);
    expect(verdict(notOnFile, 'inbox.left-undone')).toEqual([[true, 'major']]);
  });

  it('finds a result given before two identifiers (inbox.identify)', () => {
    const session = inboxDay([resultNote()]);
    work(session, ...opened(), { type: 'result.told', itemId, words: 'as-released' });
    expect(verdict(session, 'inbox.identify')).toEqual([[false, 'major']]);
  });

  it('finds the MA’s own reading added to the released words (inbox.released-only)', () => {
    const session = inboxDay([resultNote()]);
    work(session, ...opened(), { type: 'caller.identified', itemId }, { type: 'result.told', itemId, words: 'own-reading' });
    expect(verdict(session, 'inbox.released-only')).toEqual([[false, 'major']]);
  });

  it('finds the result left on a voicemail, and passes a call-back-only one (privacy.voicemail)', () => {
    const detailed = inboxDay([resultNote({ answeredBy: { kind: 'voicemail' } })]);
    work(detailed, ...opened(), { type: 'voicemail.left', itemId, content: 'result-details' });
    expect(verdict(detailed, 'privacy.voicemail')).toEqual([[false, 'major']]);
    const minimal = inboxDay([resultNote({ answeredBy: { kind: 'voicemail' } })]);
    work(minimal, ...opened(), { type: 'voicemail.left', itemId, content: 'call-back-only' });
    expect(verdict(minimal, 'privacy.voicemail')).toEqual([[true, 'major']]);
  });

  it('finds a question about the result answered by the MA (major), and one about the dose (critical) (inbox.scope)', () => {
    const interpret = inboxDay([resultNote({ question: 'interpret' })]);
    work(interpret, ...opened(), { type: 'caller.identified', itemId }, { type: 'result.told', itemId, words: 'as-released' }, { type: 'question.answered', itemId });
    expect(verdict(interpret, 'inbox.scope')).toEqual([[false, 'major']]);
    const dose = inboxDay([resultNote({ question: 'dose-change' })]);
    work(dose, ...opened(), { type: 'caller.identified', itemId }, { type: 'result.told', itemId, words: 'as-released' }, { type: 'question.answered', itemId });
    expect(verdict(dose, 'inbox.scope')).toEqual([[false, 'critical']]);
    const routed = inboxDay([resultNote({ question: 'dose-change' })]);
    work(routed, ...opened(), { type: 'caller.identified', itemId }, { type: 'result.told', itemId, words: 'as-released' }, { type: 'question.routed', itemId });
    expect(verdict(routed, 'inbox.scope')).toEqual([[true, 'critical']]);
  });

  it('sends a person to 911 only where an emergency was described: never on a routine call or message, which could otherwise end it unjudged', () => {
    const emergency: InboxEvent = { type: 'emergency.directed', itemId };
    const routine = inboxDay([resultNote()]);
    work(routine, ...opened());
    expect(routine.canAct(null, emergency)).toBe(false);
    const described = inboxDay([resultNote({ emergency: 'chest-pain' })]);
    expect(described.canAct(null, emergency)).toBe(false);
    work(described, ...opened());
    expect(described.canAct(null, emergency)).toBe(true);
    const toVoicemail = inboxDay([resultNote({ emergency: 'chest-pain', answeredBy: { kind: 'voicemail' } })]);
    work(toVoicemail, ...opened());
    expect(toVoicemail.canAct(null, emergency)).toBe(false);
    expect([mayDirect911('admin'), mayDirect911('emergency')]).toEqual([false, true]);
  });

  it('finds a question for the provider in a portal message answered by the MA (inbox.scope)', () => {
    const session = inboxDay([portalMessage({ concern: 'question-for-provider', symptom: undefined })]);
    work(session, { type: 'inbox.opened', itemId: 'msg-1' }, { type: 'message.replied', itemId: 'msg-1', reply: 'advise' });
    expect(verdict(session, 'inbox.scope')).toEqual([[false, 'major']]);
  });

  it('finds an emergency message handled as routine, critically, and passes one acted on (inbox.emergency)', () => {
    const routine = inboxDay([portalMessage()]);
    work(routine, { type: 'inbox.opened', itemId: 'msg-1' }, { type: 'message.routed', itemId: 'msg-1' }, { type: 'inbox.completed', itemId: 'msg-1' });
    expect(verdict(routine, 'inbox.emergency')).toEqual([[false, 'critical']]);
    const directed = inboxDay([portalMessage()]);
    work(directed, { type: 'inbox.opened', itemId: 'msg-1' }, { type: 'emergency.directed', itemId: 'msg-1' }, { type: 'call.documented', itemId: 'msg-1' }, { type: 'inbox.completed', itemId: 'msg-1' });
    expect(verdict(directed, 'inbox.emergency')).toEqual([[true, 'critical']]);
    expect(verdict(directed, 'inbox.documentation')).toEqual([[true, 'major']]);
  });

  it('judges a result call’s emergency once somebody is on the line, not on a call never made (inbox.emergency)', () => {
    // Nobody called: the chest pain was never heard, so the day's end finds the item undone, not an emergency missed.
    const neverCalled = inboxDay([resultNote({ emergency: 'chest-pain' })]);
    neverCalled.advanceTo(12 * 60);
    expect(neverCalled.isOver).toBe(true);
    expect(verdict(neverCalled, 'inbox.emergency')).toEqual([]);
    expect(checksOf(neverCalled, 'inbox.unfinished').map((check) => check.passed)).toEqual([false]);
    // The patient described it on the call and was read the result as routine: critical, with what to do on a call.
    const heard = inboxDay([resultNote({ emergency: 'chest-pain' })]);
    work(heard, ...opened(), { type: 'caller.identified', itemId }, { type: 'result.told', itemId, words: 'as-released' }, { type: 'call.documented', itemId }, { type: 'inbox.completed', itemId });
    expect(verdict(heard, 'inbox.emergency')).toEqual([[false, 'critical']]);
    expect(checksOf(heard, 'inbox.emergency')[0]?.finding?.remedy).toMatch(/^Listen to what the patient says on the call/);
  });

  it('counts an item handled while the clock still reads its due time as on time (inbox.due)', () => {
    const onTime = inboxDay([resultNote({ due: '08:30' })]);
    work(onTime, ...opened(), { type: 'caller.identified', itemId }, { type: 'result.told', itemId, words: 'as-released' }, { type: 'call.documented', itemId });
    onTime.advanceTo(8 * 60 + 30.25);
    work(onTime, { type: 'inbox.completed', itemId });
    expect(onTime.minute).toBeGreaterThan(8 * 60 + 30);
    expect(onTime.minute).toBeLessThan(8 * 60 + 31);
    expect(verdict(onTime, 'inbox.due')).toEqual([[true, 'minor']]);
  });

  it('finds a call not documented, and an item marked done with its instruction not carried out', () => {
    const session = inboxDay([resultNote({ instruction: 'book-visit', visitTypeId: 'follow-up' })]);
    work(session, ...opened(), { type: 'caller.identified', itemId }, { type: 'result.told', itemId, words: 'as-released' }, { type: 'inbox.completed', itemId });
    expect(verdict(session, 'inbox.documentation')).toEqual([[false, 'major']]);
    expect(checksOf(session, 'inbox.left-undone')[0]?.finding?.message).toMatch(/the visit the provider asked for was not booked/);
  });

  it('checks the visit booked for a result against the provider’s template', () => {
    const session = inboxDay([resultNote({ instruction: 'book-visit', visitTypeId: 'follow-up' })]);
    // Saturday 2026-03-14: the test provider works weekdays only.
    work(session, ...opened(), { type: 'caller.identified', itemId }, { type: 'result.told', itemId, words: 'as-released' }, { type: 'visit.booked', itemId, date: '2026-03-14', time: '09:00' });
    expect(checksOf(session, 'scheduling.template').map((check) => check.passed)).toEqual([false]);
  });
});

/** Helen Park's result that starts metformin, given to her; her chart as the test sets it. */
function metformin(chart: Record<string, unknown> = {}): ReturnType<typeof inboxDay> {
  const session = inboxDay([resultNote({ instruction: 'start-medication', released: 'Dr. Test has started metformin 500 mg once a day with dinner.' })], {
    charts: [{ id: 'helen-park', name: { given: 'Helen', family: 'Park' }, dateOfBirth: '1971-02-23', sex: 'female', phone: '555-555-0311', ...chart }],
  });
  work(session, ...opened(), { type: 'caller.identified', itemId }, { type: 'result.told', itemId, words: 'as-released' });
  return session;
}

/** Sends that leaflet through the portal. */
function send(session: ReturnType<typeof inboxDay>, materialId: string): void {
  work(session, { type: 'education.sent', itemId, materialId });
}

describe('the education a start-medication result sends through the portal (education.match)', () => {
  it('offers the leaflets on the medicine the released words name, and passes one in the chart’s language at a grade that suits', () => {
    const session = metformin({ preferredLanguage: 'es', readingNeeds: { maxGrade: 6, note: 'Prefers short leaflets.' } });
    const context = session.inboxSnapshot(itemId)!.context as InboxItemContext;
    expect(educationChoices(context.item as Parameters<typeof educationChoices>[0]).map((material) => material.id)).toEqual(['metformin-en-easy', 'metformin-en-standard', 'metformin-en-detailed', 'metformin-es-easy', 'metformin-es-standard']);
    send(session, 'metformin-es-easy');
    expect(verdict(session, 'education.match')).toEqual([[true, 'major']]);
    expect((session.inboxSnapshot(itemId)!.context as InboxItemContext).work.educationSent).toBe('metformin-es-easy');
  });

  it('finds a leaflet in another language than the chart’s, or above the patient’s reading grade', () => {
    const spanish = metformin({ preferredLanguage: 'es' });
    send(spanish, 'metformin-en-standard');
    expect(checksOf(spanish, 'education.match')[0]?.finding?.message).toMatch(/in English, but the chart says the patient prefers Spanish/);
    const english = metformin();
    send(english, 'metformin-en-detailed');
    expect(checksOf(english, 'education.match')[0]?.finding?.message).toMatch(/written at grade 11 \(the detailed version\), above the grade 8/);
  });

  it('takes no leaflet for a result that starts no medicine, nor one the shelf does not hold', () => {
    const normal = inboxDay([resultNote()]);
    work(normal, ...opened());
    expect(normal.canAct(null, { type: 'education.sent', itemId, materialId: 'metformin-en-easy' })).toBe(false);
    const session = metformin();
    expect(session.canAct(null, { type: 'education.sent', itemId, materialId: 'no-such-leaflet' })).toBe(false);
  });
});

describe('writing back to a portal message yourself (inbox.scope)', () => {
  const officeHours = 'Our office hours are 8 to 5, Monday to Friday.';
  const replied = (overrides: Parameters<typeof portalMessage>[0], reply: 'clinic-answer' | 'reassure' | 'advise' | 'come-in-today') => {
    const session = inboxDay([portalMessage({ concern: 'admin', symptom: undefined, reply: officeHours, ...overrides })]);
    work(session, { type: 'inbox.opened', itemId: 'msg-1' }, { type: 'message.replied', itemId: 'msg-1', reply });
    return session;
  };

  it('passes the clinic’s approved answer, and finds a reassurance or advice of the MA’s own instead of it', () => {
    expect(verdict(replied({}, 'clinic-answer'), 'inbox.scope')).toEqual([[true, 'major']]);
    const reassured = replied({}, 'reassure');
    expect(verdict(reassured, 'inbox.scope')).toEqual([[false, 'major']]);
    expect(checksOf(reassured, 'inbox.scope')[0]?.finding?.message).toBe('The MA wrote back to Helen Park\'s message ("Appointment tomorrow?") with a reassurance of their own ("nothing to worry about") instead of the clinic\'s answer.');
    expect(checksOf(reassured, 'inbox.scope')[0]?.finding?.remedy).toContain(`Write the clinic's answer: "${officeHours}"`);
    expect(verdict(replied({}, 'advise'), 'inbox.scope')).toEqual([[false, 'major']]);
  });

  it('offers the clinic’s answer only where the scenario gives one, and an appointment this afternoon only to a message describing an emergency', () => {
    const without = inboxDay([portalMessage({ concern: 'admin', symptom: undefined })]);
    work(without, { type: 'inbox.opened', itemId: 'msg-1' });
    expect(without.canAct(null, { type: 'message.replied', itemId: 'msg-1', reply: 'clinic-answer' })).toBe(false);
    expect(without.canAct(null, { type: 'message.replied', itemId: 'msg-1', reply: 'come-in-today' })).toBe(false);
    const emergency = inboxDay([portalMessage()]);
    work(emergency, { type: 'inbox.opened', itemId: 'msg-1' });
    expect(emergency.canAct(null, { type: 'message.replied', itemId: 'msg-1', reply: 'come-in-today' })).toBe(true);
  });

  it('finds an emergency message answered with an appointment this afternoon critically, by the emergency rule alone', () => {
    const session = inboxDay([portalMessage()]);
    work(session, { type: 'inbox.opened', itemId: 'msg-1' }, { type: 'message.replied', itemId: 'msg-1', reply: 'come-in-today' }, { type: 'inbox.completed', itemId: 'msg-1' });
    expect(verdict(session, 'inbox.emergency')).toEqual([[false, 'critical']]);
    expect(verdict(session, 'inbox.scope')).toEqual([]);
  });
});

describe('a visit booked on a result call', () => {
  it('is not booked at a slot the patient said does not work (too early), and is at one that suits', () => {
    const session = inboxDay([resultNote({ instruction: 'book-visit', visitTypeId: 'follow-up', released: 'Dr. Test would like to see you.', availability: { notBefore: '10:00' } })]);
    work(session, { type: 'inbox.opened', itemId: 'res-1' }, { type: 'call.placed', itemId: 'res-1' }, { type: 'caller.identified', itemId: 'res-1' }, { type: 'result.told', itemId: 'res-1', words: 'as-released' });
    expect(session.canAct(null, { type: 'visit.booked', itemId: 'res-1', date: '2026-03-12', time: '09:00' })).toBe(false);
    expect(session.canAct(null, { type: 'visit.booked', itemId: 'res-1', date: '2026-03-12', time: '10:00' })).toBe(true);
  });
});

describe('an emergency described on a result call, answered with “come in this afternoon” (inbox.emergency)', () => {
  it('is a critical finding as it is said, and judged once though 911 follows', () => {
    const session = inboxDay([resultNote({ emergency: 'chest-pain' })]);
    work(session, { type: 'inbox.opened', itemId: 'res-1' }, { type: 'call.placed', itemId: 'res-1' }, { type: 'emergency.deferred', itemId: 'res-1' });
    expect(verdict(session, 'inbox.emergency')).toEqual([[false, 'critical']]);
    expect(checksOf(session, 'inbox.emergency')[0]?.finding?.message).toBe('On the call, Helen Park described chest pain and pressure spreading to the arm, and the patient was told to come in this afternoon instead of calling 911.');
    work(session, { type: 'emergency.directed', itemId: 'res-1' }, { type: 'call.documented', itemId: 'res-1' }, { type: 'inbox.completed', itemId: 'res-1' });
    expect(verdict(session, 'inbox.emergency')).toEqual([[false, 'critical']]);
  });

  it('is offered only where the person on the line described an emergency', () => {
    const routine = inboxDay([resultNote()]);
    work(routine, { type: 'inbox.opened', itemId: 'res-1' }, { type: 'call.placed', itemId: 'res-1' });
    expect(routine.canAct(null, { type: 'emergency.deferred', itemId: 'res-1' })).toBe(false);
  });

  it('judges a portal message answered with an appointment this afternoon as it is written', () => {
    const session = inboxDay([portalMessage()]);
    work(session, { type: 'inbox.opened', itemId: 'msg-1' }, { type: 'message.replied', itemId: 'msg-1', reply: 'come-in-today' });
    expect(checksOf(session, 'inbox.emergency')[0]?.finding?.message).toMatch(/and the patient was told to come in this afternoon instead of calling 911\.$/);
  });
});
