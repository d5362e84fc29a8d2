import { defineConfig } from 'vitest/config';

/**
 * `npm run soak`: the long versions of the fault tests (docs/reliability.md). The kill -9 soak lives
 * in test/soak/ (not part of `npm test`); the hostile-input and two-worker tests of test/e2e/ run
 * again with more cases, set by the environment in the npm script.
 */
export default defineConfig({
  test: {
    include: ['test/soak/**/*.soak.ts', 'test/e2e/hostileInput.int.test.ts', 'test/e2e/twoWorkers.int.test.ts', 'test/e2e/slackStorm.int.test.ts'],
    globalSetup: ['test/support/globalSetup.ts'],
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 30 * 60_000,
    hookTimeout: 120_000,
    reporters: ['default', './test/support/summaryReporter.ts'],
  },
});
