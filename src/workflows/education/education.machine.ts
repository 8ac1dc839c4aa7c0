/**
 * Giving the patient the education the provider's plan calls for, after the visit.
 *
 * working (a leaflet from the shelf given and gone through for each topic; the patient asked
 * to say it back; taught again where they got it wrong, and asked again; the question they
 * ask passed to the provider, or answered) → education.finished → done.
 *
 * Every guard refuses an action that would change nothing (the same leaflet again, a
 * teach-back asked again before the topic is taught again, a second answer to the
 * question), so an event received twice is harmless.
 */
import { type AnyMachineSnapshot, assign, setup } from 'xstate';
import type { EducationRecord } from '../../domain/chart';
import { materialById } from '../../reference/education/materials';
import type { EducationTopic } from '../../reference/education/terms';
import type { Check } from '../../scoring/finding';
import type { WorkflowInput } from '../workflow';
import { inOrder, NO_CHANGE } from '../workflow-steps';
import type { EducationAction } from './education.actions';
import {
  type EducationContext,
  type EducationEvent,
  type EducationGuard,
  type EducationStep,
  lastTeachBack,
  maxGradeOf,
  planOf,
  preferredLanguageOf,
  questionWaiting,
  record,
  saysBackRightly,
  subject,
  topicGiven,
} from './education.context';
import { givenCheck, materialMatchCheck, scopeCheck, teachBackCheck } from './education.rules';

/** The context and events, for the station and the tests that read the machine's snapshot. */
export { type EducationContext, type EducationEvent } from './education.context';

/** A leaflet given: judged against the plan, the patient's language and reading level. */
const giveMaterial: EducationStep = (context, event) => {
  const material = event.type === 'material.given' ? materialById(event.materialId) : undefined;
  if (material === undefined) return NO_CHANGE;
  record(context.env, materialMatchCheck(subject(context, { material, planTopics: context.plan.topics, language: context.language, maxGrade: context.maxGrade })));
  return { given: [...context.given, { materialId: material.id, topic: material.topic }] };
};

const askTeachBack: EducationStep = (context, event) =>
  event.type === 'teach-back.asked' ? { teachBacks: [...context.teachBacks, { topic: event.topic, understood: saysBackRightly(context, event.topic), atMinute: context.env.now() }] } : NO_CHANGE;

const reteach: EducationStep = (context, event) => (event.type === 'topic.retaught' ? { retaught: [...context.retaught, event.topic] } : NO_CHANGE);

const routeQuestion: EducationStep = (context) => {
  if (context.plan.asksAbout !== undefined) record(context.env, scopeCheck(subject(context, { topic: context.plan.asksAbout, answered: false })));
  return { questionHandled: 'routed' };
};

const answerQuestion: EducationStep = (context) => {
  if (context.plan.asksAbout !== undefined) record(context.env, scopeCheck(subject(context, { topic: context.plan.asksAbout, answered: true })));
  return { questionHandled: 'answered' };
};

/** The patient leaves: each topic of the plan given or not, and each one given said back rightly or not. */
const finish: EducationStep = (context) => {
  record(
    context.env,
    context.plan.topics.flatMap((topic) => {
      const given = topicGiven(context, topic);
      const checks = [givenCheck(subject(context, { topic, given, dayEnded: false }))];
      return given ? [...checks, teachBackCheck(subject(context, { topic, last: lastTeachBack(context, topic) }))] : checks;
    }),
  );
  return NO_CHANGE;
};

/** Whether a teach-back on the topic can be asked: its leaflet given, and not yet asked, or answered wrongly and taught again since. */
function canAskTeachBack(context: EducationContext, topic: EducationTopic): boolean {
  if (!topicGiven(context, topic)) return false;
  const last = lastTeachBack(context, topic);
  return last === null || (!last.understood && context.retaught.includes(topic));
}

/** Whether the topic can be taught again: the patient said it back wrongly, and it has not been taught again since. */
function canReteach(context: EducationContext, topic: EducationTopic): boolean {
  const last = lastTeachBack(context, topic);
  return last !== null && !last.understood && !context.retaught.includes(topic);
}

/** The topics of the leaflets given, each once, in the order given. */
export function topicsGiven(context: Pick<EducationContext, 'given'>): EducationTopic[] {
  return [...new Set(context.given.map((given) => given.topic))];
}

const GUARDS = {
  newMaterial: ({ context, event }) => event.type === 'material.given' && !context.given.some((given) => given.materialId === event.materialId),
  canAskTeachBack: ({ context, event }) => event.type === 'teach-back.asked' && canAskTeachBack(context, event.topic),
  canReteach: ({ context, event }) => event.type === 'topic.retaught' && canReteach(context, event.topic),
  questionWaiting: ({ context }) => questionWaiting(context),
  canFinish: ({ context }) => !questionWaiting(context),
} satisfies Record<string, EducationGuard>;

/** The education workflow's machine: started with the encounter's input, it ends with the chart's `education` section. */
export const educationMachine = setup({
  types: {} as { input: WorkflowInput; context: EducationContext; events: EducationEvent; output: { education: EducationRecord } },
  guards: GUARDS,
  // One assign per trainee action: its steps, in order.
  actions: {
    giveMaterial: assign(({ context, event }) => inOrder(context, event, [giveMaterial])),
    askTeachBack: assign(({ context, event }) => inOrder(context, event, [askTeachBack])),
    reteach: assign(({ context, event }) => inOrder(context, event, [reteach])),
    routeQuestion: assign(({ context, event }) => inOrder(context, event, [routeQuestion])),
    answerQuestion: assign(({ context, event }) => inOrder(context, event, [answerQuestion])),
    finish: assign(({ context, event }) => inOrder(context, event, [finish])),
  },
}).createMachine({
  id: 'education',
  context: ({ input }) => ({
    // The input field by field, as the other workflows build theirs.
    scenario: input.scenario,
    patient: input.patient,
    env: input.env,
    chart: input.chart,
    plan: planOf(input.patient),
    language: preferredLanguageOf(input.patient),
    maxGrade: maxGradeOf(input.patient),
    given: [],
    teachBacks: [],
    retaught: [],
    questionHandled: null,
  }),
  initial: 'working',
  states: {
    working: {
      on: {
        'material.given': { guard: 'newMaterial', actions: 'giveMaterial' },
        'teach-back.asked': { guard: 'canAskTeachBack', actions: 'askTeachBack' },
        'topic.retaught': { guard: 'canReteach', actions: 'reteach' },
        'patient-question.routed': { guard: 'questionWaiting', actions: 'routeQuestion' },
        'patient-question.answered': { guard: 'questionWaiting', actions: 'answerQuestion' },
        'education.finished': { guard: 'canFinish', target: 'done', actions: 'finish' },
      },
    },
    done: { type: 'final' },
  },
  output: ({ context }) => ({ education: educationRecord(context) }),
});

/** The workflow's section of the chart: the leaflets given, the topics said back rightly, the question passed on. */
export function educationRecord(context: EducationContext): EducationRecord {
  return {
    materialsGiven: context.given.map((given) => given.materialId),
    understood: context.plan.topics.filter((topic) => lastTeachBack(context, topic)?.understood === true),
    questionRouted: context.questionHandled === 'routed',
  };
}

/** The day ends with the patient still being taught: each topic of the plan not yet given is education never given. */
export function educationAtDayEnd(snapshot: AnyMachineSnapshot): Check[] {
  if (!snapshot.matches('working')) return [];
  const context = snapshot.context as EducationContext;
  return context.plan.topics.filter((topic) => !topicGiven(context, topic)).map((topic) => givenCheck(subject(context, { topic, given: false, dayEnded: true })));
}

/** The education actions that fit the workflow's current state, for the task list and the scripted trainees (as the guards have it). */
export function educationAvailableActions(snapshot: AnyMachineSnapshot): EducationAction['type'][] {
  if (!snapshot.matches('working')) return [];
  const context = snapshot.context as EducationContext;
  const actions: EducationAction['type'][] = ['material.given'];
  const topics = topicsGiven(context);
  if (topics.some((topic) => canAskTeachBack(context, topic))) actions.push('teach-back.asked');
  if (topics.some((topic) => canReteach(context, topic))) actions.push('topic.retaught');
  if (questionWaiting(context)) actions.push('patient-question.routed', 'patient-question.answered');
  else actions.push('education.finished');
  return actions;
}
