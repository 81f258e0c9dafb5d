/// <reference types="vite/client" />
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as root from '../src/index.js';
import {
  checkValue,
  instrument,
  markdownExamples,
  show,
  tsdocExamples,
  type DocExample,
} from './helpers/doc-examples.js';

// Every module of the package, for the examples of internal helpers; public exports win name clashes.
const modules = import.meta.glob<Record<string, unknown>>(
  ['../src/**/*.ts', '!../src/generated/**', '!../src/cli/**'],
  { eager: true },
);
const scope: Record<string, unknown> = {};
for (const module of Object.values(modules)) Object.assign(scope, module);
Object.assign(scope, root);

const sources = import.meta.glob<string>('../src/**/*.ts', { eager: true, query: '?raw', import: 'default' });

async function run(example: DocExample): Promise<string[]> {
  const failures: string[] = [];
  const check = (actual: unknown, expected: string) => {
    const failure = checkValue(actual, expected);
    if (failure !== undefined) failures.push(failure);
  };
  const throws = (thunk: () => unknown, name: string) => {
    try {
      failures.push(`expected ${name} to be thrown, got ${show(thunk())}`);
    } catch (error) {
      if (!(error instanceof Error) || error.name !== name) failures.push(`expected ${name}, got ${String(error)}`);
    }
  };
  const names = Object.keys(scope);
  // Examples are TypeScript: strip the types, then run them as a function body.
  const body = transformSync(instrument(example.code), { loader: 'ts' }).code;
  const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
    ...args: string[]
  ) => (...values: unknown[]) => Promise<void>;
  await new AsyncFunction(...names, '__check', '__throws', body)(...names.map((n) => scope[n]), check, throws);
  return failures;
}

// The CLI's examples are shell commands, exercised by test/cli.test.ts instead.
const tsdoc = Object.entries(sources)
  .filter(([file]) => !file.includes('/cli/'))
  .flatMap(([file, source]) => tsdocExamples(file.replace('../', ''), source));

describe('TSDoc @example blocks', () => {
  it('every exported function, class and constant of the public API has an example', () => {
    // The generated data modules share names with functions (tradeYears) and are not public; meta.ts is.
    const text = Object.entries(sources)
      .filter(([file]) => !file.includes('/cli/') && (!file.includes('/generated/') || file.endsWith('/meta.ts')))
      .map(([, source]) => source)
      .join('\n');
    const docOf = (name: string) =>
      new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export (?:function|class|const) ${name}\\b`).exec(text)?.[1] ??
      '';
    const missing = Object.keys(root).filter((name) => !docOf(name).includes('@example'));
    expect(missing).toEqual([]);
  });
  it.each(tsdoc.map((e) => [e.where, e] as const))('%s', async (_, example) => {
    expect(await run(example)).toEqual([]);
  });
});

describe('README examples', () => {
  const readme = markdownExamples('README.md', readFileSync(new URL('../README.md', import.meta.url), 'utf8'));
  it('the README has examples', () => expect(readme.length).toBeGreaterThan(3));
  it.each(readme.map((e) => [e.where, e] as const))('%s', async (_, example) => {
    expect(await run(example)).toEqual([]);
  });
});
