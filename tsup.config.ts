import { defineConfig } from 'tsup';

/** One entry per public subpath, plus the `usmx` binary; package.json `exports` mirrors this list. */
export const entries = {
  index: 'src/index.ts',
  trade: 'src/trade/index.ts',
  timeline: 'src/timeline/index.ts',
  initiatives: 'src/initiatives/index.ts',
  actors: 'src/actors/index.ts',
  places: 'src/places/index.ts',
  figures: 'src/figures/index.ts',
  sources: 'src/sources/index.ts',
  comments: 'src/comments/index.ts',
  search: 'src/search/index.ts',
  format: 'src/format/index.ts',
  schemas: 'src/schemas/index.ts',
  usmx: 'src/cli/usmx.ts',
};

export default defineConfig([
  {
    entry: entries,
    format: ['esm', 'cjs'],
    dts: true,
    // Shared chunks keep one copy of each dataset and one identity per error class across subpaths.
    splitting: true,
    sourcemap: false,
    clean: true,
    target: 'node20',
    platform: 'neutral',
    external: ['zod', 'date-fns'],
  },
]);
