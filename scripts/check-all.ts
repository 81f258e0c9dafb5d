/**
 * `npm test`: every check of the repository, each an npm script, run side by side where nothing orders them, so
 * that the two cores stay busy. A step's output is printed whole when it ends (never interleaved with another's),
 * with its time; the run fails if any step fails, after the steps under way have ended.
 *
 * Order: the build (which type-checks the whole repository once and emits the declarations) runs beside the linter
 * and the data checks; everything that reads dist/ waits for it. The browser test drives the site `docs` builds, after
 * it.
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/** The steps of one stage run together; a stage starts when the one before it has passed. */
const stages: readonly (readonly (readonly string[])[])[] = [
  [['lint'], ['check:data'], ['build']],
  [['test:unit'], ['check:package'], ['docs', 'test:browser']],
];

interface Outcome {
  readonly script: string;
  readonly ok: boolean;
}

function runScript(script: string): Promise<Outcome> {
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
      const ok = code === 0;
      process.stdout.write(`\n${ok ? 'passed' : 'FAILED'}: npm run ${script} (${seconds} s)\n`);
      process.stdout.write(Buffer.concat(output));
      resolve({ script, ok });
    });
  });
}

async function runInOrder(scripts: readonly string[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const script of scripts) {
    const outcome = await runScript(script);
    outcomes.push(outcome);
    if (!outcome.ok) break;
  }
  return outcomes;
}

const started = performance.now();
for (const stage of stages) {
  const failed = (await Promise.all(stage.map(runInOrder))).flat().filter((outcome) => !outcome.ok);
  if (failed.length > 0) {
    console.error(`\nnpm test failed: ${failed.map((outcome) => outcome.script).join(', ')}`);
    process.exit(1);
  }
}
console.log(`\nevery check passed in ${((performance.now() - started) / 1000).toFixed(0)} s`);
