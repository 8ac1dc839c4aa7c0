/**
 * The inbox's rules: who may hear a result, what a voicemail may say, what the MA may and
 * may not say about a result, what an emergency in a message or on a call needs, and that
 * each item is done, on time, and its call written in the chart. Each rule rests on a
 * confirmed source (`src/reference/source.ts`); the due time itself is the game clinic's
 * policy, which the rule says.
 */
import { checked, SOURCES } from '../../reference/source';
import { type Rule, defineRule } from '../../scoring/finding';

export const resultToUnauthorisedRule = defineRule({
  id: 'privacy.result-to-unauthorised',
  competency: 'documentation-privacy',
  severity: 'critical',
  title: 'Give a result only to the patient or a person the chart has a release for',
  why: "A result is the patient's. A spouse or relative who answers the phone may be told that the clinic called, and nothing more, unless the chart holds a release of information for them (an authorisation, a personal representative, the patient's documented agreement). Being married to the patient, or knowing their date of birth, is not permission.",
  source: SOURCES.hhsFamilyInvolvement,
});

export const voicemailRule = defineRule({
  id: 'privacy.voicemail',
  competency: 'documentation-privacy',
  severity: 'major',
  title: 'Leave only the minimum on a voicemail: the clinic, a number, a request to call back',
  why: 'Anyone in the household may play a voicemail. The Privacy Rule allows messages, but the clinic must limit what it leaves: its name and number and a request to call back, never the test or the result.',
  source: SOURCES.hhsFaq198LeavingMessages,
});

export const scopeRule = defineRule({
  id: 'inbox.scope',
  competency: 'communication',
  severity: 'major',
  title: "Pass the patient's questions about a result or a treatment to the provider; never answer them yourself",
  why: "Saying what a result means, or changing how a medicine is taken, is the provider's judgment, not the medical assistant's: an MA gives the provider's released words and takes the question back to the provider. Advice that changes care (\"double your dose\") can harm the patient.",
  source: SOURCES.aamaScopeInterpretation,
});

/** `inbox.scope` where the MA's answer would change the patient's care (a dose): the same rule, weighed as critical. */
export const scopeChangesCareRule: Rule = { ...scopeRule, severity: 'critical' };

export const releasedOnlyRule = defineRule({
  id: 'inbox.released-only',
  competency: 'communication',
  severity: 'major',
  title: "Give a result in the provider's released words, adding no reading of your own",
  why: 'The provider released the words the patient may be told. "That\'s fine, nothing to worry about" is an interpretation: it needs a clinician\'s judgment the MA may not exercise, and a patient reassured by it may not come back when they should.',
  source: checked(SOURCES.aamaScopeInterpretation, 'Applied to results given by phone: the MA relays the provider\'s released instruction only.'),
});

export const emergencyRule = defineRule({
  id: 'inbox.emergency',
  competency: 'escalation',
  severity: 'critical',
  title: 'A patient describing chest pain, stroke signs or trouble breathing is told to call 911 now, and the provider is told at once',
  why: 'Chest discomfort, shortness of breath, a drooping face, a weak arm or slurred speech can be a heart attack or a stroke, where minutes decide the outcome. A message or a call that describes them is not routine work for the queue: the patient is told to call 911 now (not to drive in, not to wait for a call back), and the provider hears of it at once.',
  source: SOURCES.ahaHeartAttackStrokeWarningSigns,
});

export const documentationRule = defineRule({
  id: 'inbox.documentation',
  competency: 'documentation-privacy',
  severity: 'major',
  title: 'Document every call in the chart: who was called, what was said, when',
  why: 'If a call is not documented it did not happen: the provider, the next MA and a reviewer read the chart to know whether the patient heard their result, who took the call and what they were told.',
  source: SOURCES.ncmicCallDocumentation,
});

export const dueRule = defineRule({
  id: 'inbox.due',
  competency: 'patient-flow',
  severity: 'minor',
  title: 'Handle each inbox item by its due time',
  why: "Results and messages that wait are how follow-up fails: patients are not told, and abnormal results go unacted on. The due time on each item is this clinic's policy for how soon it must be handled.",
  source: SOURCES.callen2012TestFollowUp,
});

export const leftUndoneRule = defineRule({
  id: 'inbox.left-undone',
  competency: 'patient-flow',
  severity: 'major',
  title: 'Clear the inbox: finish each item, or hand it over properly at closing',
  why: 'An item left in the inbox is a patient not told their result, a visit not booked, a question no one answered. Routine items still open near closing are handed over with a note; an item marked done must be done.',
  source: SOURCES.callen2012TestFollowUp,
});

export const unfinishedInboxRule = defineRule({
  id: 'inbox.unfinished',
  competency: 'patient-flow',
  severity: 'major',
  title: 'Finish every inbox item by closing, or hand a routine one over with a note',
  why: 'An item still in the inbox at closing, never opened, set aside or half done, is a patient not told their result, a visit not booked, a question no one answered, and nobody on the next shift knows it is waiting. In the last half hour a routine item is handed over to the provider or the next shift with a note of what is still needed; an emergency never is. Unfinished work is missed work.',
  source: checked(SOURCES.callen2012TestFollowUp, "Applied to the inbox at closing; the half hour and the hand-over with a note are this clinic's policy."),
});

export const identifyRule = defineRule({
  id: 'inbox.identify',
  competency: 'patient-identification',
  severity: 'major',
  title: 'Confirm two identifiers with the person on the phone before any health information',
  why: 'The person who picks up may not be the patient: a name and a date of birth, checked against the chart, come before any result is given.',
  source: checked(SOURCES.jointCommissionNpsg, 'At least two identifiers (name and date of birth), applied to calls out.'),
});

export const bookUpdatedRule = defineRule({
  id: 'inbox.book-updated',
  competency: 'scheduling',
  severity: 'major',
  title: "On a confirmation call, change tomorrow's book as the patient asks: confirm, move or cancel the appointment",
  why: 'The book is what the front desk, the provider and tomorrow\'s schedule go by. A patient who asked to move their visit and was not moved in the book is expected at a time they will not come, has no visit at the time they expect, and keeps a slot from someone else; a cancellation not made in the book wastes the slot.',
  source: checked(SOURCES.aamaCmaOutline2021, 'Checked: "Scheduling and Monitoring Appointments" is an administrative area of the CMA (AAMA) exam outline (the outline as reproduced by docsbay.net; the 2021 outline\'s own text was not read). Applied to confirmation calls: the book is changed as the patient asks before the call ends.'),
});

/** The inbox's rules, for the rule catalogue. */
export const INBOX_RULES: readonly Rule[] = [resultToUnauthorisedRule, voicemailRule, scopeRule, releasedOnlyRule, emergencyRule, documentationRule, dueRule, leftUndoneRule, unfinishedInboxRule, identifyRule, bookUpdatedRule];
