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

/** The second time zone: far from UTC and from the main one (Asia/Tokyo, package.json `test:source` and `test:built`). */
const SECOND_TIME_ZONE = 'America/Mexico_City';

/**
 * Which tests a run takes (`TEST_SUITE`), so that `npm test` starts each as soon as what it reads exists:
 * - `source`: the tests that read only the repository (src/, data/, scripts/), from the start;
 * - `built`: the tests that run the built package (dist/: the usmx binary and its csv files, the release rehearsal's publint), after
 *   `npm run build`;
 * - `browser`: the tests that drive the built site in headless Chromium, after `npm run docs`, alone;
 * - unset: `source` and `built` together (a plain `vitest run`).
 */
const BUILT = ['test/cli-binary.test.ts', 'test/release.test.ts'];
const BROWSER = 'test/browser/**';
const suite = process.env.TEST_SUITE;
if (suite !== undefined && !['source', 'built', 'browser'].includes(suite))
  throw new Error(`TEST_SUITE must be source, built or browser, not ${suite}`);
const include = suite === 'built' ? BUILT : ['test/**/*.test.ts'];
const zoneInclude =
  suite === 'built' ? TIME_ZONE_SENSITIVE.filter((file) => BUILT.includes(file)) : TIME_ZONE_SENSITIVE;
const exclude = ['test/package/**', BROWSER, ...(suite === 'source' ? BUILT : [])];

export default defineConfig({
  test: {
    exclude: suite === 'browser' ? ['test/package/**'] : exclude,
    // The test files share each worker's module graph instead of importing the package afresh per file (about half
    // the suite's CPU time). Nothing here mocks modules or changes globals, and the data is frozen, so no file can
    // change what another sees.
    isolate: false,
    // The CLI and actionlint tests start child processes, which take seconds each when other jobs load the two
    // cores; nothing here asserts on time.
    testTimeout: 30_000,
    // One run, two projects. The time zone is process-wide: the main project's worker threads share vitest's own
    // process, started under the main zone (package.json `test:source`, `test:built`), and the second zone's workers are processes
    // of their own (forks) that set TZ before any test file loads.
    projects:
      suite === 'browser'
        ? [{ extends: true, test: { name: 'browser', include: [`${BROWSER}/*.test.ts`] } }]
        : [
            { extends: true, test: { name: 'main', include, pool: 'threads' } },
            {
              extends: true,
              test: { name: 'tz', include: zoneInclude, pool: 'forks', env: { TZ: SECOND_TIME_ZONE } },
            },
          ],
  },
});
