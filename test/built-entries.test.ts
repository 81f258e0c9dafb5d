/**
 * The built entry points as node loads them (dist/node/: one file each, beside one file for each of the three largest
 * datasets) and as bundlers get them (dist/, shared chunks): the same API, and errors that `instanceof` recognises
 * across the copies node holds. Run in child node processes, as an app would load the files. And the data of the `usmx`
 * binary, which reads dist/data/ instead of embedding it.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DATASET_NAMES, DATASETS, type DatasetName } from '../scripts/lib/dataset.js';
import { entries } from '../scripts/lib/entries.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/** Runs an ES module script in a fresh node and returns what it printed as JSON. */
function inNode(script: string): unknown {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dist, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout);
}

describe("node's one-file build", () => {
  it.each(Object.keys(entries))(
    '%s is one file that imports no other file of the package but the shared datasets',
    (name) => {
      const code = readFileSync(`${dist}node/${name}.js`, 'utf8');
      const imported = [...code.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s*["']([^"']+)["']/gm)].map((m) => m[1]);
      const own = imported.filter((specifier) => specifier?.startsWith('.'));
      expect(own.filter((specifier) => !/^\.\/data-(events|initiatives|sources)\.js$/.test(specifier ?? ''))).toEqual(
        [],
      );
    },
  );

  it('carries only the error classes each entry throws (src/core/errors/: a module each)', () => {
    // Each class that an entry carries is defined, and recognises its copies, when the entry is imported.
    const classes = (name: string) =>
      [...readFileSync(`${dist}node/${name}.js`, 'utf8').matchAll(/^var (\w+Error) = class\b/gm)].map((m) => m[1]);
    expect(classes('comments')).toEqual([]);
    expect(classes('figures').sort()).toEqual(['InvalidArgumentError', 'InvalidDateError', 'InvalidRangeError']);
    expect(classes('places').sort()).toEqual(['InvalidArgumentError', 'NotFoundError']);
  });

  it('keeps one copy of each shared dataset: the entries that carry them import the same file', () => {
    const importers = (dataset: string) =>
      Object.keys(entries).filter((name) =>
        readFileSync(`${dist}node/${name}.js`, 'utf8').includes(`from "./data-${dataset}.js"`),
      );
    expect(importers('events')).toEqual(['index', 'timeline', 'initiatives', 'sources', 'search']);
    expect(importers('sources')).toEqual(['index', 'sources']);
    // An event's id, as the embedded JSON writes it, is in the shared file and in none of the entries.
    const [first] = JSON.parse(readFileSync(`${dist}data/events.json`, 'utf8')) as { id: string }[];
    const marker = `"id":"${first?.id}"`;
    expect(readFileSync(`${dist}node/data-events.js`, 'utf8')).toContain(marker);
    for (const name of importers('events'))
      expect(readFileSync(`${dist}node/${name}.js`, 'utf8')).not.toContain(marker);
  });

  it('embeds every dataset at the top level, as a string of one byte a character that parses to its data', () => {
    // Above U+00FF, one character makes V8 hold the whole literal in two bytes a character, slower to scan at import
    // and to parse; inside the function that parses it, the literal would be scanned again at the first call.
    const embedded = readdirSync(`${dist}node`).flatMap((file) => {
      const code = readFileSync(`${dist}node/${file}`, 'utf8');
      expect(code, file).not.toMatch(/frozenJson\(\s*["'`]/);
      return [...code.matchAll(/^var (\w+)Json = ('.*');$/gm)].map(([, name, literal]) => ({
        where: `${file}: ${name}`,
        name: name as DatasetName,
        text: new Function(`return ${literal}`)() as string,
      }));
    });
    expect(new Set(embedded.map(({ name }) => name))).toEqual(new Set(DATASET_NAMES));
    for (const { where, name, text } of embedded) {
      expect(text, where).not.toMatch(/[\u0100-\uffff]/);
      expect(JSON.parse(text), where).toEqual(
        JSON.parse(readFileSync(`${dist}data/${DATASETS[name].stem}.json`, 'utf8')),
      );
    }
  });

  it('writes every \\p{…} regular expression as a string, built at first use', () => {
    // V8 loads Unicode property data to check a \p{…} literal when it parses the module (src/core/fold.ts).
    for (const file of readdirSync(`${dist}node`)) {
      expect(readFileSync(`${dist}node/${file}`, 'utf8'), file).not.toMatch(/(?<!\\)\\p\{/);
    }
  });

  it.each(Object.keys(entries).filter((name) => name !== 'schemas'))(
    '%s exports the same names as the build for bundlers',
    (name) => {
      const [node, bundlers] = inNode(
        `const names = async (f) => Object.keys(await import(f)).sort();
         console.log(JSON.stringify([await names('./node/${name}.js'), await names('./${name}.js')]));`,
      ) as [string[], string[]];
      expect(node).toEqual(bundlers);
    },
  );

  it('throws errors that instanceof recognises across entry points and the CommonJS build, and only those', () => {
    const checks = inNode(`
      import { createRequire } from 'node:module';
      const root = await import('./node/index.js');
      const trade = await import('./node/trade.js');
      const timeline = await import('./node/timeline.js');
      const cjs = createRequire(import.meta.url)('./index.cjs');
      const thrown = (f) => { try { f(); } catch (e) { return e; } throw new Error('did not throw'); };
      const coverage = thrown(() => trade.tradeTotal(1900));
      const events = thrown(() => timeline.createTimeline([{ id: 'x' }]));
      class AppError extends root.CoverageError {}
      console.log(JSON.stringify({
        sameEntry: events instanceof timeline.InvalidEventsError,
        rootClass: coverage instanceof root.CoverageError,
        commonJsClass: coverage instanceof cjs.CoverageError,
        builtIn: coverage instanceof RangeError,
        otherClass: coverage instanceof root.NotFoundError,
        subclassOfOther: events instanceof root.InvalidArgumentError && events instanceof root.InvalidEventsError,
        appSubclass: coverage instanceof AppError,
        plainRangeError: new RangeError('x') instanceof root.CoverageError,
        fromCommonJs: thrown(() => cjs.tradeTotal(1900)) instanceof root.CoverageError,
      }));
    `);
    expect(checks).toEqual({
      sameEntry: true,
      rootClass: true,
      commonJsClass: true,
      builtIn: true,
      otherClass: false,
      subclassOfOther: true,
      appSubclass: false,
      plainRangeError: false,
      fromCommonJs: true,
    });
  });
});

describe("usmx's data", () => {
  it.each(DATASET_NAMES)('dist/data/ holds exactly the %s the entry points embed', async (name) => {
    const { stem } = DATASETS[name];
    const embedded = (await import(`../src/generated/${stem}.ts`)) as Record<string, () => unknown>;
    const shipped: unknown = JSON.parse(readFileSync(`${dist}data/${stem}.json`, 'utf8'));
    expect(shipped).toEqual(embedded[name]?.());
  });

  it('reads every dataset it uses from dist/data/ and embeds none', () => {
    const usmx = readFileSync(`${dist}usmx.js`, 'utf8');
    const read = [...usmx.matchAll(/frozenDataFile\("([\w-]+)"\)/g)].map((m) => m[1]);
    expect(read).toEqual(expect.arrayContaining(['events', 'sources', 'figures', 'trade-years']));
    expect(read.filter((stem) => !DATASET_NAMES.some((name) => DATASETS[name].stem === stem))).toEqual([]);
    const [first] = JSON.parse(readFileSync(`${dist}data/sources.json`, 'utf8')) as { id: string }[];
    expect(readFileSync(`${dist}node/data-sources.js`, 'utf8')).toContain(`"id":"${first?.id}"`);
    expect(usmx).not.toContain(`"id":"${first?.id}"`);
    expect(usmx).not.toMatch(/^var \w+Json = /m);
  });
});
