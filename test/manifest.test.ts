import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packageManifest, typedocConfig } from '../scripts/write-entry-points.js';
import { entries } from '../scripts/lib/entries.js';

const read = (path: string) =>
  JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')) as Record<string, unknown>;

// That package.json and typedoc.json match the entries is checked by `npm run check:data`
// (scripts/write-entry-points.ts --check); these tests check the derivation itself.
describe('entry points derived from the tsup entries', () => {
  const pkg = read('package.json');

  it('exports every entry, types first, the one-file build for node before the default last, and keeps the wildcard exports as written', () => {
    const exports = packageManifest(pkg).exports as Record<string, Record<string, Record<string, string>>>;
    expect(Object.keys(exports)).toEqual([
      '.',
      ...Object.keys(entries)
        .filter((name) => name !== 'index')
        .map((name) => `./${name}`),
      './data/*.json',
      './json-schema/*.json',
      './csv/*.csv',
      './package.json',
    ]);
    expect(exports['./trade']).toEqual({
      import: { types: './dist/trade.d.ts', node: './dist/node/trade.js', default: './dist/trade.js' },
      require: { types: './dist/trade.d.cts', default: './dist/trade.cjs' },
    });
    for (const conditions of Object.values(exports).filter((value) => typeof value === 'object')) {
      for (const target of Object.values(conditions)) {
        expect(Object.keys(target)[0]).toBe('types');
        expect(Object.keys(target).at(-1)).toBe('default');
      }
    }
  });
  it('names every subpath in typesVersions (node10 resolution) and every entry in typedoc', () => {
    const { typesVersions } = packageManifest(pkg) as { typesVersions: { '*': Record<string, string[]> } };
    expect(typesVersions['*'].format).toEqual(['./dist/format.d.cts']);
    expect(Object.keys(typesVersions['*'])).not.toContain('index');
    expect(typedocConfig(read('typedoc.json')).entryPoints).toEqual(Object.values(entries));
  });
  it('is side-effect free, bundles what it runs (the stemmers are in its chunks), and takes zod as an optional peer', () => {
    const manifest = pkg as {
      sideEffects: boolean;
      dependencies?: object;
      peerDependencies: Record<string, string>;
      peerDependenciesMeta: Record<string, { optional?: boolean }>;
    };
    expect(manifest.sideEffects).toBe(false);
    expect(manifest.dependencies).toBeUndefined();
    // zod 3.25.18 and later ship the v4 API at zod/v4, which is all ./schemas imports (check:package installs both).
    expect(manifest.peerDependencies).toEqual({ zod: '^3.25.18 || ^4.0.0' });
    expect(manifest.peerDependenciesMeta).toEqual({ zod: { optional: true } });
  });
});
