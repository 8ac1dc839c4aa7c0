/**
 * Every rule the game scores on, from every workflow and from the day itself: the
 * contract between workflows, scoring, the debrief, scenarios and tests. Each workflow
 * adds its exported rule list here.
 */
import { DAY_RULES } from './day-rules';
import type { Rule } from './finding';

export const RULES: readonly Rule[] = [...DAY_RULES];

/** The rule with that id, if the game has it. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
