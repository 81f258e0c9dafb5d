import { defineConfig } from 'vitest/config';

/**
 * The test files that check formatted dates. `formatPartialDate` is the only code that reads local time (date-fns
 * formats local fields; test/search-format.test.ts keeps it that way), so only these files run a second time, under
 * a second time zone (the `tz` project).
 */
export const TIME_ZONE_SENSITIVE = [
  'test/cli.test.ts',
  'test/data.test.ts',
  'test/examples.test.ts',
  'test/figures-sources-comments.test.ts',
  'test/search-format.test.ts',
];

/** The second time zone: far from UTC and from the main one (Asia/Tokyo, package.json `test:unit`). */
const SECOND_TIME_ZONE = 'America/Mexico_City';

/**
 * The tests that drive the built site in headless Chromium (`npm run test:browser`): they need `npm run docs` first,
 * so they run after it, alone (`BROWSER_TESTS_ONLY=1`), and never with the unit tests.
 */
const BROWSER = 'test/browser/**';
const browserOnly = process.env.BROWSER_TESTS_ONLY === '1';

export default defineConfig({
  test: {
    exclude: ['test/package/**', ...(browserOnly ? [] : [BROWSER])],
    // The test files share each worker's module graph instead of importing the package afresh per file (about half
    // the suite's CPU time). Nothing here mocks modules or changes globals, and the data is frozen, so no file can
    // change what another sees.
    isolate: false,
    // The CLI and actionlint tests start child processes, which take seconds each when other jobs load the two
    // cores; nothing here asserts on time.
    testTimeout: 30_000,
    // One run, two projects. The time zone is process-wide: the main project's worker threads share vitest's own
    // process, started under the main zone (package.json `test:unit`), and the second zone's workers are processes
    // of their own (forks) that set TZ before any test file loads.
    projects: browserOnly
      ? [{ extends: true, test: { name: 'browser', include: [`${BROWSER}/*.test.ts`] } }]
      : [
          { extends: true, test: { name: 'main', include: ['test/**/*.test.ts'], pool: 'threads' } },
          {
            extends: true,
            test: { name: 'tz', include: TIME_ZONE_SENSITIVE, pool: 'forks', env: { TZ: SECOND_TIME_ZONE } },
          },
        ],
  },
});
