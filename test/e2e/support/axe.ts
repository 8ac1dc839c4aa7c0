/**
 * axe-core in the page: the serious and critical violations of WCAG 2.x A and AA rules
 * and best practices, for browser tests that check a panel they open.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/**
 * axe-core's own build, run in the page through the browser's debugging protocol: the
 * game's Content-Security-Policy forbids the inline `<script>` that `addScriptTag` would add.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** The impacts that fail a check; minor and moderate ones are listed by axe but not failed. */
const FAILING_IMPACTS: readonly string[] = ['serious', 'critical'];

/** One axe violation, as an assertion prints it. */
export interface Violation {
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  /** CSS selectors of the offending elements, with axe's summary of what is wrong with each. */
  readonly nodes: readonly string[];
}

/** Runs axe-core on the whole page and returns its serious and critical violations. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = Reflect.get(window, 'axe') as typeof import('axe-core');
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`.replace(/\s+/g, ' ').trim()),
    }));
  });
  return violations.filter((violation) => FAILING_IMPACTS.includes(violation.impact));
}
