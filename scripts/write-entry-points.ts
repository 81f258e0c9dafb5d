/**
 * Writes the lists of public entry points that tools read from their own files: package.json `exports` and
 * `typesVersions`, and typedoc.json `entryPoints`, all from the entries (scripts/lib/entries.ts). `--check` exits 1
 * when either file no longer matches.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entries } from './lib/entries.js';
import { root } from './lib/paths.js';
import { type Derivation, writeOrCheck } from './lib/write-or-check.js';

type Json = Record<string, unknown>;

/**
 * The conditions of one built entry: types first and default last in each, as TypeScript and Node require. Node
 * imports the one-file build in dist/node/ (quicker to load); bundlers take the default, whose shared chunks they
 * tree-shake module by module (tsup.config.ts).
 */
function conditions(name: string): Json {
  return {
    import: { types: `./dist/${name}.d.ts`, node: `./dist/node/${name}.js`, default: `./dist/${name}.js` },
    require: { types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs` },
  };
}

/** package.json with `exports` and `typesVersions` derived from the entries; every other field as it is. */
export function packageManifest(pkg: Json): Json {
  const subpaths = Object.keys(entries).filter((name) => name !== 'index');
  // Wildcard exports (data files) and ./package.json are not tsup entries: they stay as written.
  const others = Object.entries(pkg.exports as Json).filter(([key]) => key.includes('*') || key === './package.json');
  return {
    ...pkg,
    typesVersions: { '*': Object.fromEntries(subpaths.map((s) => [s, [`./dist/${s}.d.cts`]])) },
    exports: Object.fromEntries([
      ['.', conditions('index')],
      ...subpaths.map((s) => [`./${s}`, conditions(s)]),
      ...others,
    ]),
  };
}

/** typedoc.json with one entry point per tsup entry. */
export function typedocConfig(typedoc: Json): Json {
  return { ...typedoc, entryPoints: Object.values(entries) };
}

const read = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as Json;
const text = (value: Json) => `${JSON.stringify(value, null, 2)}\n`;

/** The files this script derives: package.json and typedoc.json with their entry points from the table. */
export const entryPoints = (): Derivation => ({
  files: new Map([
    [join(root, 'package.json'), text(packageManifest(read('package.json')))],
    [join(root, 'typedoc.json'), text(typedocConfig(read('typedoc.json')))],
  ]),
  fix: 'npm run entry-points',
});

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeOrCheck(entryPoints());
}
