import { rmSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { bundledPackages, entries } from './scripts/lib/entries.js';

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
