import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import { bundledPackages, entries } from './scripts/lib/entries.js';

const ROOT_SOURCE = resolve('src/index.ts');

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

/** RECOGNIZE_COPIES (src/core/errors.ts): whether the error classes must recognise their copies in other files of the build. */
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
 * need them: each is carried by four or five entry points, so one copy instead of five saves about 2.7 MB of the
 * unpacked package, for one more module per dataset on those entries' imports (about 0.7 ms each, small beside the
 * 10-35 ms these datasets take to compile). The smaller datasets stay inside the entry points, where a module of
 * their own would cost more than their data.
 */
const NODE_SHARED_DATASETS = ['events', 'initiatives', 'sources'];

/** Resolves imports of the shared datasets' generated modules to their files in dist/node/, except when built as entries. */
const sharedDatasets: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'node-shared-datasets',
  setup(build) {
    const sources = new Map(NODE_SHARED_DATASETS.map((name) => [resolve(`src/generated/${name}.js`), name]));
    build.onResolve({ filter: new RegExp(`(${NODE_SHARED_DATASETS.join('|')})\\.js$`) }, (args) => {
      const name = sources.get(resolve(args.resolveDir, args.path));
      return args.kind === 'entry-point' || name === undefined
        ? undefined
        : { path: `./data-${name}.js`, external: true };
    });
  },
};

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
    // own files). Node pays about
    // 0.7 ms for every module an import loads on this machine, more than parsing most datasets, so the shared chunks
    // made the subpaths cost 4 to 27 times their data (npm run bench, section 2). A bundler could not shake these
    // files as well as the chunks above, which is why they are node's alone. The error classes recognise their
    // copies in other entry points (src/core/errors.ts), so `instanceof` works across subpaths.
    format: 'esm',
    entry: {
      ...entries,
      ...Object.fromEntries(NODE_SHARED_DATASETS.map((name) => [`data-${name}`, `src/generated/${name}.ts`])),
    },
    outDir: 'dist/node',
    splitting: false,
    esbuildPlugins: [sharedDatasets],
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
    // The `usmx` binary is ESM only (it reads its own package.json through import.meta). It reaches the data only
    // through the root entry, which it imports from dist/node/ instead of carrying a second copy of everything.
    format: 'esm',
    entry: { usmx: 'src/cli/usmx.ts' },
    splitting: false,
    define: copiesOfErrors(true),
    esbuildOptions: quotedStrings,
    esbuildPlugins: [
      {
        name: 'root-entry-external',
        setup(build) {
          build.onResolve({ filter: /\/index\.js$/ }, (args) =>
            resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')) === ROOT_SOURCE
              ? { path: './node/index.js', external: true }
              : undefined,
          );
        },
      },
    ],
  },
]);
