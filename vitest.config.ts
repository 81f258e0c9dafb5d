import { defineConfig } from 'vitest/config';

/**
 * The test files that check formatted dates. `formatPartialDate` is the only code that reads local time (date-fns
 * formats local fields; test/search-format.test.ts keeps it that way), so only these files run again under a second
 * time zone (`npm run test:tz`).
 */
export const TIME_ZONE_SENSITIVE = [
  'test/cli.test.ts',
  'test/data.test.ts',
  'test/examples.test.ts',
  'test/figures-sources-comments.test.ts',
  'test/search-format.test.ts',
];

/**
 * The tests that drive the built site in headless Chromium (`npm run test:browser`): they need `npm run docs` first,
 * so they run after it, alone, and never with the unit tests.
 */
const BROWSER = 'test/browser/**';

function suite(): string[] {
  if (process.env.TIME_ZONE_SENSITIVE_ONLY === '1') return TIME_ZONE_SENSITIVE;
  if (process.env.BROWSER_TESTS_ONLY === '1') return [`${BROWSER}/*.test.ts`];
  return ['test/**/*.test.ts'];
}

export default defineConfig({
  test: {
    include: suite(),
    exclude: ['test/package/**', ...(process.env.BROWSER_TESTS_ONLY === '1' ? [] : [BROWSER])],
    pool: 'threads',
    // The CLI and actionlint tests start child processes, which take seconds each when other jobs load the two
    // cores; nothing here asserts on time.
    testTimeout: 30_000,
  },
});
