import { defineConfig, type Options } from 'tsup';

/** One entry per public subpath; package.json `exports`, `typesVersions` and typedoc mirror this list (test/manifest.test.ts). */
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
};

const shared: Options = {
  dts: true,
  // Shared chunks keep one copy of each dataset and one identity per error class across subpaths.
  splitting: true,
  sourcemap: false,
  // dist/ is emptied by the build script, since the two builds below write into it side by side.
  clean: false,
  target: 'node20',
  platform: 'neutral',
  external: ['zod', '@orama/stemmers'],
};

export default defineConfig([
  // The `usmx` binary is ESM only: it reads its own package.json through import.meta.
  { ...shared, format: ['esm'], entry: { ...entries, usmx: 'src/cli/usmx.ts' }, dts: { entry: entries } },
  { ...shared, format: ['cjs'], entry: entries },
]);
