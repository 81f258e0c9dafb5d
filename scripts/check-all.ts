/**
 * `npm test`: every check of the repository, each an npm script, run side by side where nothing orders them, so
 * that the two cores stay busy. A step starts as soon as the steps it needs have passed; its output is printed whole
 * when it ends (never interleaved with another's), with its time. The run fails if any step fails (a step whose
 * prerequisite failed is not run), after the steps under way have ended.
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/**
 * Each step and the steps it needs. `typecheck` checks the whole repository (src/, scripts/, test/) once; the build
 * only emits the declarations (tsc --noCheck), so that what reads dist/ (the package checks; the tests of the usmx
 * binary and the release) starts sooner, while the tests that read only the repository start at once. The reference
 * and the explorer are built from src/, so `docs` starts at once; the browser tests drive what it built, in the same
 * vitest run as the tests of the built package.
 */
const steps: Readonly<Record<string, readonly string[]>> = {
  lint: [],
  typecheck: [],
  'check:data': [],
  build: [],
  docs: [],
  'test:source': [],
  'test:built': ['build', 'docs'],
  'check:package': ['build'],
};

function runScript(script: string): Promise<boolean> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], {
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(`\n${code === 0 ? 'passed' : 'FAILED'}: npm run ${script} (${seconds} s)\n`);
      process.stdout.write(Buffer.concat(output));
      resolve(code === 0);
    });
  });
}

const started = performance.now();
const outcomes = new Map<string, Promise<boolean>>();
const outcome = (script: string): Promise<boolean> => {
  let promise = outcomes.get(script);
  if (promise === undefined) {
    const needs = steps[script] ?? [];
    promise = Promise.all(needs.map(outcome)).then((passed) => {
      if (passed.every(Boolean)) return runScript(script);
      process.stdout.write(`\nnot run: npm run ${script} (needs ${needs.join(', ')})\n`);
      return false;
    });
    outcomes.set(script, promise);
  }
  return promise;
};
const passed = await Promise.all(Object.keys(steps).map(outcome));
const failed = Object.keys(steps).filter((_, i) => !passed[i]);
if (failed.length > 0) {
  console.error(`\nnpm test failed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log(`\nevery check passed in ${((performance.now() - started) / 1000).toFixed(0)} s`);
