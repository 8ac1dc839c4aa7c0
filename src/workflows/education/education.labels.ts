/** What the screen calls each action of the education workflow. */
import type { EducationAction } from './education.actions';

/** The words for each action of the education workflow on the screen (its buttons, its toasts). */
export const EDUCATION_ACTION_LABELS: Readonly<Record<EducationAction['type'], string>> = {
  'material.given': 'Give and go through the leaflet',
  'teach-back.asked': 'Ask the patient to say it back',
  'topic.retaught': 'Teach it again',
  'patient-question.routed': 'Pass the question to the provider',
  'patient-question.answered': 'Answer the question yourself',
  'education.finished': 'Finish: on to checkout',
};
