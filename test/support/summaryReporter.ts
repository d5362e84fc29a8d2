import type { Reporter, SerializedError, TestModule } from 'vitest/node';

/**
 * Ends the run with a plain `N passed, N failed` line (plus skipped), the closing line CI tooling
 * reads in any language, under vitest's own summary. A file that fails outside any test (a failing
 * beforeAll, an import error) and an unhandled error each count as a failure, so the line can never
 * read "0 failed" for a run vitest calls failed.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const module of testModules) {
      let failedHere = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failedHere++;
        else skipped++;
      }
      failed += failedHere === 0 && module.state() === 'failed' ? 1 : failedHere;
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}\n`);
  }
}
