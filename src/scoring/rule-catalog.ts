/**
 * Every rule the game scores on, from every workflow and from the day itself: the
 * contract between workflows, scoring, the debrief, scenarios and tests. Each workflow
 * adds its exported rule list here.
 */
import { DAY_RULES } from './day-rules';
import type { Rule } from './finding';
import { VITALS_RULES } from '../workflows/vitals/vitals.rules';
import { SPECIMEN_RULES } from '../workflows/specimen/specimen.rules';
import { BILLING_RULES } from '../workflows/billing/billing.rules';
import { INTAKE_RULES } from '../workflows/intake/intake.rules';
import { SCHEDULING_RULES } from '../workflows/scheduling/scheduling.rules';

export const RULES: readonly Rule[] = [...DAY_RULES, ...VITALS_RULES, ...SPECIMEN_RULES, ...BILLING_RULES, ...INTAKE_RULES, ...SCHEDULING_RULES];

/** The rule with that id, if the game has it. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
