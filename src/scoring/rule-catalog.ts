/**
 * Every rule the game scores on, from the day itself, its waiting room, its inbox, and every workflow (each
 * descriptor's `rules`, through the list in `workflows/workflows.ts`): the contract between
 * workflows, scoring, the debrief, scenarios and tests.
 */
import { DAY_RULES } from './day-rules';
import type { Rule } from './finding';
import { WORKFLOW_RULES } from '../workflows/workflows';
import { INBOX_RULES } from '../clinic/inbox/inbox.rules';
import { REFILL_RULES } from '../clinic/inbox/refill.rules';
import { waitingRoomCallRule } from '../clinic/waiting-room';

export const RULES: readonly Rule[] = [...DAY_RULES, waitingRoomCallRule, ...INBOX_RULES, ...REFILL_RULES, ...WORKFLOW_RULES];

const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));

/** The rule with that id, if the game has it. */
export function ruleById(id: string): Rule | undefined {
  return RULES_BY_ID.get(id);
}
