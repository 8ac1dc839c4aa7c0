/**
 * The education a released result sends with a new medicine: the topic of the leaflet, from
 * the scenario's `educationTopic` or the one medicine on the clinic's shelf that the released
 * words name. Read by scenario:check (which refuses a start-medication result with neither)
 * and by the inbox (which offers and judges the leaflets on it).
 */
import { EDUCATION_TOPIC_INFO } from '../reference/education/materials';
import { EDUCATION_TOPICS, type EducationTopic } from '../reference/education/terms';

/** The medicines a released result can start, as the clinic's shelf names their leaflets' topics. */
const MEDICATION_TOPICS = EDUCATION_TOPICS.filter((topic) => EDUCATION_TOPIC_INFO[topic].kind === 'medication');

/**
 * The topic of the education a `start-medication` result sends: the scenario's
 * `educationTopic`, or else the one medicine on the clinic's shelf that the released words
 * name ("…has started metformin…"); null when neither says (scenario:check refuses that).
 */
export function resultEducationTopic(item: { readonly instruction: string; readonly educationTopic?: EducationTopic | undefined; readonly released: string }): EducationTopic | null {
  if (item.instruction !== 'start-medication') return null;
  if (item.educationTopic !== undefined) return item.educationTopic;
  const words = new Set(item.released.toLowerCase().split(/[^a-z0-9-]+/));
  const named = MEDICATION_TOPICS.filter((topic) => words.has(topic));
  return named.length === 1 ? named[0]! : null;
}

