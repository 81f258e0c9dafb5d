import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import { bundledPackages, entries } from './scripts/lib/entries.js';
import { readingShippedFile } from './scripts/lib/shipped-data-module.js';

const shared: Options = {
  // The declarations come from the one TypeScript pass of the build (scripts/write-declarations.ts), not from tsup.
  sourcemap: false,
  // dist/ is emptied by the build script.
  clean: false,
  target: 'node20',
  platform: 'neutral',
  // zod stays the app's own (a peer).
  external: ['zod'],
  noExternal: bundledPackages,
};

/**
 * RECOGNIZE_COPIES (src/core/errors/recognize-copies.ts): whether the error classes recognise their copies in other
 * files.
 */
const copiesOfErrors = (recognize: boolean) => ({ RECOGNIZE_COPIES: String(recognize) });

/**
 * For the files node loads: strings stay in quotes. esbuild would print the embedded JSON as template literals (fewer
 * escapes), which V8 scans about half again as slowly at import. Bundlers reprint strings as they like, and the
 * lowered templates would make their bundles bigger, so the bundlers' build keeps templates.
 */
const quotedStrings: Options['esbuildOptions'] = (options) => {
  options.supported = { ...options.supported, 'template-literal': false };
};

/**
 * The datasets node's build keeps in files of their own (dist/node/data-<name>.js), imported by the entry points that
 * need them: the three largest, events and initiatives carried by five entry points and sources by two. One copy of
 * each saves about 2.7 MB of the unpacked package, for one more module per dataset on those entries' imports (about
 * 0.7 ms each, small beside the 10-35 ms those entries take). The smaller datasets stay inside the entry points,
 * where a module of their own would cost more than their data.
 */
const NODE_SHARED_DATASETS = ['events', 'initiatives', 'sources'];

/**
 * An esbuild plugin that leaves imports of some source modules to files the build writes beside the output, as
 * relative imports (the modules themselves are still built when they are entry points).
 *
 * @param name - the plugin's name
 * @param files - each source module (`src/….ts`) and the file that replaces it, relative to the output
 */
function importBuiltFiles(name: string, files: Record<string, string>): NonNullable<Options['esbuildPlugins']>[number] {
  const built = new Map(Object.entries(files).map(([source, file]) => [resolve(source.replace(/\.ts$/, '.js')), file]));
  return {
    name,
    setup(build) {
      build.onResolve({ filter: /\.js$/ }, (args) => {
        const file = args.kind === 'entry-point' ? undefined : built.get(resolve(args.resolveDir, args.path));
        return file === undefined ? undefined : { path: file, external: true };
      });
    },
  };
}

/**
 * An esbuild plugin for the `usmx` binary: each generated dataset module reads dist/data/<stem>.json on first use
 * (scripts/lib/shipped-data-module.ts) instead of embedding its records.
 */
function datasetsFromShippedFiles(): NonNullable<Options['esbuildPlugins']>[number] {
  return {
    name: 'datasets-from-shipped-files',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]generated[\\/][\w-]+\.ts$/ }, (args) => {
        const contents = readingShippedFile(readFileSync(args.path, 'utf8'), basename(args.path, '.ts'));
        return contents === undefined ? undefined : { contents, loader: 'ts' };
      });
    },
  };
}

export default defineConfig([
  {
    ...shared,
    // For bundlers (the `default` condition): shared chunks, so that an app's bundler drops whole modules it does not
    // use (package.json sideEffects: false), keeps one copy of each dataset and one identity per error class.
    format: 'esm',
    entry: entries,
    splitting: true,
    define: copiesOfErrors(false),
  },
  {
    ...shared,
    // For node (the `node` condition): each ES entry point is one file in dist/node/ (with the datasets above in their
    // own files). Node pays about 0.7 ms for every module an import loads on this machine, more than parsing most
    // datasets, so the shared chunks made the subpaths cost 4 to 27 times their data (npm run bench, section 2). A
    // bundler could not shake these files as well as the chunks above, which is why they are node's alone. The error
    // classes recognise their copies in other entry points (src/core/errors/recognize-copies.ts), so `instanceof`
    // works across subpaths.
    format: 'esm',
    entry: {
      ...entries,
      ...Object.fromEntries(NODE_SHARED_DATASETS.map((name) => [`data-${name}`, `src/generated/${name}.ts`])),
    },
    outDir: 'dist/node',
    splitting: false,
    esbuildPlugins: [
      importBuiltFiles(
        'node-shared-datasets',
        Object.fromEntries(NODE_SHARED_DATASETS.map((name) => [`src/generated/${name}.ts`, `./data-${name}.js`])),
      ),
    ],
    define: copiesOfErrors(true),
    esbuildOptions: quotedStrings,
  },
  {
    ...shared,
    // CommonJS loads each chunk with one synchronous require, so its entries share chunks too.
    format: 'cjs',
    entry: entries,
    splitting: true,
    // An app can load this build beside the ES one.
    define: copiesOfErrors(true),
    esbuildOptions: quotedStrings,
  },
  {
    ...shared,
    // The `usmx` binary is ESM only (it reads its own package.json through import.meta) and one file. It carries its
    // own copy of the code it runs, and reads each dataset from dist/data/ when a command first needs it: importing
    // the root entry would scan every embedded dataset at each start (about 35 ms here) before showing any.
    format: 'esm',
    entry: { usmx: 'src/cli/usmx.ts' },
    splitting: false,
    // Nothing else loads its error classes.
    define: copiesOfErrors(false),
    esbuildPlugins: [datasetsFromShippedFiles()],
  },
]);
