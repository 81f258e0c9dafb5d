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

export default defineConfig({
  test: {
    include: process.env.TIME_ZONE_SENSITIVE_ONLY === '1' ? TIME_ZONE_SENSITIVE : ['test/**/*.test.ts'],
    exclude: ['test/package/**'],
    pool: 'threads',
    // The test files share each worker's module graph instead of importing the package afresh per file (about half
    // the suite's CPU time). Nothing here mocks modules or changes globals, and the data is frozen, so no file can
    // change what another sees.
    isolate: false,
    // The CLI and actionlint tests start child processes, which take seconds each when other jobs load the two
    // cores; nothing here asserts on time.
    testTimeout: 30_000,
  },
});
