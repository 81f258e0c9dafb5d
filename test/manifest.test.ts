import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entries } from '../tsup.config.js';

const read = (path: string) =>
  JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')) as Record<string, unknown>;

describe('one list of entry points', () => {
  const pkg = read('package.json') as {
    exports: Record<string, unknown>;
    typesVersions: { '*': Record<string, string[]> };
    sideEffects: boolean;
    dependencies: Record<string, string>;
    peerDependencies: Record<string, string>;
  };
  const subpaths = Object.keys(entries).filter((name) => name !== 'index');

  it('package.json exports every built entry, types first and default last, and nothing unbuilt', () => {
    expect(Object.keys(pkg.exports).filter((key) => !key.includes('*') && key !== './package.json')).toEqual([
      '.',
      ...subpaths.map((s) => `./${s}`),
    ]);
    for (const [key, name] of [['.', 'index'], ...subpaths.map((s) => [`./${s}`, s])] as [string, string][]) {
      expect(pkg.exports[key]).toEqual({
        import: { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` },
        require: { types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs` },
      });
    }
  });
  it('typesVersions (for node10 resolution) and the typedoc entry points name the same subpaths', () => {
    expect(Object.keys(pkg.typesVersions['*'])).toEqual(subpaths);
    const typedoc = read('typedoc.json') as { entryPoints: string[] };
    expect(typedoc.entryPoints).toEqual(Object.values(entries));
  });
  it('is side-effect free, depends at run time on the stemmers only, and takes zod as a peer', () => {
    expect(pkg.sideEffects).toBe(false);
    expect(Object.keys(pkg.dependencies)).toEqual(['@orama/stemmers']);
    expect(Object.keys(pkg.peerDependencies)).toEqual(['zod']);
  });
});
