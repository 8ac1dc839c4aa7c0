/**
 * A Vitest reporter that adds one line after the default reporter's output, counting the
 * tests of every project in the run:
 *
 *     12 passed, 0 failed
 *     11 passed, 1 failed, 2 skipped
 *
 * CI reads this last line. A test file that fails outside its tests (it does not import,
 * a `beforeAll` throws) and an unhandled error each count as one failure, so the line never
 * says "0 failed" about a run that failed.
 *
 * In `vitest run` the line is written when the process exits, after anything Vitest prints
 * on closing; a run that exits non-zero with no failed test (a global setup that throws,
 * such as a failed test build) is reported as one failure. In watch mode it follows each run.
 */
import type { Reporter, SerializedError, TestModule, TestRunEndReason, Vitest } from 'vitest/node';

/** The counts the summary line reports. */
export interface RunCounts {
  passed: number;
  failed: number;
  skipped: number;
}

/** Counts the tests of finished test modules, plus failures that belong to no test. */
export function countRun(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): RunCounts {
  const counts: RunCounts = { passed: 0, failed: 0, skipped: 0 };
  for (const testModule of testModules) {
    let failedTests = 0;
    for (const testCase of testModule.children.allTests()) {
      const { state } = testCase.result();
      if (state === 'passed') counts.passed += 1;
      else if (state === 'failed') failedTests += 1;
      else counts.skipped += 1;
    }
    const failedOutsideTests = failedTests === 0 && (testModule.state() === 'failed' || testModule.errors().length > 0);
    counts.failed += failedTests + (failedOutsideTests ? 1 : 0);
  }
  counts.failed += unhandledErrors.length;
  return counts;
}

/** `N passed, N failed`, with `, N skipped` when any test was skipped. */
export function formatSummary({ passed, failed, skipped }: RunCounts): string {
  const line = `${passed} passed, ${failed} failed`;
  return skipped > 0 ? `${line}, ${skipped} skipped` : line;
}

/** Prints the summary line at the end of a run; list it after `'default'` in `reporters`. */
export default class SummaryReporter implements Reporter {
  private watching = false;
  private counts: RunCounts | undefined;

  onInit(vitest: Vitest): void {
    this.watching = vitest.config.watch;
    if (this.watching) return;
    process.once('exit', (exitCode) => {
      const counts = this.counts ?? { passed: 0, failed: 0, skipped: 0 };
      // A run can fail outside every test (its global setup threw, say): count that as one.
      const failed = exitCode !== 0 && counts.failed === 0 ? 1 : counts.failed;
      process.stdout.write(`${formatSummary({ ...counts, failed })}\n`);
    });
  }

  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    _reason: TestRunEndReason,
  ): void {
    this.counts = countRun(testModules, unhandledErrors);
    if (this.watching) process.stdout.write(`${formatSummary(this.counts)}\n`);
  }
}
