/** Patient education after the provider's visit: the education workflow, as the game knows it. */
import { defineWorkflow } from '../workflow';
import { EDUCATION_ACTION_SAMPLES, type EducationAction, educationActionSchema } from './education.actions';
import { hasEducation } from './education.context';
import { EDUCATION_ACTION_COSTS } from './education.costs';
import { educationStepHint } from './education.hint';
import { EDUCATION_ACTION_LABELS } from './education.labels';
import { educationAtDayEnd, educationAvailableActions, educationMachine } from './education.machine';
import { EDUCATION_PLAYER } from './education.player';
import { EDUCATION_RULES } from './education.rules';

/** The education workflow. */
export const education = defineWorkflow<EducationAction>()({
  id: 'education',
  stage: 'orders',
  switch: 'education',
  hasWork: hasEducation,
  machine: educationMachine,
  actions: educationActionSchema,
  samples: EDUCATION_ACTION_SAMPLES,
  costs: EDUCATION_ACTION_COSTS,
  labels: EDUCATION_ACTION_LABELS,
  rules: EDUCATION_RULES,
  availableActions: educationAvailableActions,
  atDayEnd: educationAtDayEnd,
  player: EDUCATION_PLAYER,
  hint: educationStepHint,
  view: {
    area: 'lab',
    badge: { act: 'Needs education', other: { text: 'Education', tone: 'busy' } },
    task: 'Teach the provider’s plan (patient education)',
    queueOrder: 1,
  },
});
