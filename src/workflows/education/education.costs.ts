/**
 * The simulated minutes each action of the education workflow costs, with what they cover.
 * Design estimates (see `reference/action-costs.ts`): the expert's education on two topics
 * (two leaflets gone through, two teach-backs) comes to about 6 minutes.
 */
import { actionCost, type ActionCost } from '../../reference/action-costs';
import type { EducationAction } from './education.actions';

/** What each action of the education workflow costs on the clinic clock, and why (design estimates). */
export const EDUCATION_ACTION_COSTS: Readonly<Record<EducationAction['type'], ActionCost>> = {
  'material.given': actionCost(2, 'Find the leaflet on the shelf, sit with the patient and go through its main point, pointing to it on the page.'),
  'teach-back.asked': actionCost(1, 'Ask the patient to say it back in their own words and listen to the answer.'),
  'topic.retaught': actionCost(1.5, 'Explain the point again in other, plainer words, with the leaflet.'),
  'patient-question.routed': actionCost(0.5, 'Write the question down for the provider and tell the patient who will answer and when.'),
  'patient-question.answered': actionCost(0.5),
  'education.finished': actionCost(0.25),
};
