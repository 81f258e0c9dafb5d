/**
 * Packs the package the way `npm publish` would and installs the tarball in a fresh consumer project. Shared by
 * the package check (scripts/check-package.ts) and the bench (scripts/bench.ts), which both measure the package as
 * an app installs it. Run after `npm run build`.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { root } from './paths.js';

/** What `npm pack --json` reports about the tarball. */
export interface PackedTarball {
  readonly filename: string;
  readonly size: number;
  readonly unpackedSize: number;
  readonly files: readonly { readonly path: string }[];
}

const commandOptions = (cwd: string) =>
  ({ cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 }) as const;

/** Runs a command and returns its standard output; throws (with stdout and stderr on the error) when it fails. */
export function run(command: string, args: readonly string[], cwd = root): string {
  return execFileSync(command, args, { ...commandOptions(cwd), stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * {@link run} without blocking, so that independent checks (a linter, an install, two compilers) share the cores.
 * Rejects, with stdout and stderr on the error, when the command fails.
 */
export async function runConcurrently(command: string, args: readonly string[], cwd = root): Promise<string> {
  return (await promisify(execFile)(command, args, commandOptions(cwd))).stdout;
}

/** Empties `work` and packs the package into it; returns the tarball's path and npm's description of it. */
export function packTarball(work: string): { tarball: string; packed: PackedTarball } {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work])) as PackedTarball[];
  if (packed === undefined) throw new Error('npm pack produced nothing');
  return { tarball: join(work, packed.filename), packed };
}

/** The installed version of one of this repository's dev dependencies. */
export function devVersion(name: string): string {
  return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
    .version;
}

/**
 * Creates `<work>/<name>`: a private ESM project depending on the tarball and on zod (the optional peer dependency:
 * this repository's version unless another is given), not yet installed. Returns its path.
 */
export function writeConsumer(work: string, tarball: string, zod = devVersion('zod'), name = 'consumer'): string {
  const consumer = join(work, name);
  mkdirSync(consumer, { recursive: true });
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify(
      {
        name: 'consumer',
        private: true,
        type: 'module',
        dependencies: { 'us-mexico-relations': `file:${tarball}`, zod },
      },
      null,
      2,
    ),
  );
  return consumer;
}

const installArguments = [
  'install',
  '--prefer-offline',
  '--no-audit',
  '--no-fund',
  '--ignore-scripts',
  '--loglevel=error',
];

/** Installs the consumer project's dependencies (the tarball among them) without running scripts. */
export function installConsumer(consumer: string): void {
  run('npm', installArguments, consumer);
}

/** {@link installConsumer} without blocking. */
export async function installConsumerConcurrently(consumer: string): Promise<void> {
  await runConcurrently('npm', installArguments, consumer);
}

/** Packs the package into `work` and installs it in `<work>/consumer`, in one go; throws on any failure. */
export function setUpConsumer(work: string): { tarball: string; packed: PackedTarball; consumer: string } {
  const { tarball, packed } = packTarball(work);
  const consumer = writeConsumer(work, tarball);
  installConsumer(consumer);
  return { tarball, packed, consumer };
}
