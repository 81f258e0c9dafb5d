import { rmSync } from 'node:fs';
import { defineConfig } from 'tsup';

/** One entry per public subpath; package.json `exports`, `typesVersions` and typedoc mirror this list (test/manifest.test.ts). */
export const entries = {
  index: 'src/index.ts',
  trade: 'src/trade/index.ts',
  encounters: 'src/encounters/index.ts',
  remittances: 'src/remittances/index.ts',
  fdi: 'src/fdi/index.ts',
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

/**
 * Third-party packages bundled into the package's own chunks (date-fns for `intlFormat`, and the two stemmers), so
 * that importing the package loads no third-party module graph. Their licences travel with them in
 * THIRD-PARTY-NOTICES.md (scripts/write-third-party-notices.ts).
 */
export const bundledPackages = ['date-fns', '@orama/stemmers'];

export default defineConfig({
  // The declarations come from the one TypeScript pass of the build (scripts/write-declarations.ts), not from tsup.
  format: ['esm', 'cjs'],
  // The `usmx` binary is ESM only (it reads its own package.json through import.meta), so the CommonJS copy this
  // config also makes of it is deleted. No CommonJS chunk is left for it alone: the CLI reaches the data only through
  // the root entry.
  entry: { ...entries, usmx: 'src/cli/usmx.ts' },
  onSuccess: async () => rmSync('dist/usmx.cjs', { force: true }),
  // Shared chunks keep one copy of each dataset and one identity per error class across subpaths.
  splitting: true,
  sourcemap: false,
  // dist/ is emptied by the build script.
  clean: false,
  target: 'node20',
  platform: 'neutral',
  // zod stays the app's own (a peer).
  external: ['zod'],
  noExternal: bundledPackages,
});
