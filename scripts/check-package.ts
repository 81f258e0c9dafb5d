/**
 * Verifies the package from the tarball `npm publish` would upload: its contents and size, publint and attw, fresh
 * consumer projects (ESM, CJS, TypeScript under node16 and bundler, an esbuild bundle of one subpath), and the
 * bundle budgets in size-budgets.json (size ratios against the data each entry needs, and no zod or foreign data
 * outside the entries that need them). Run after `npm run build`.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib/paths.js';
import { installConsumerConcurrently, packTarball, runConcurrently, writeConsumer } from './lib/consumer.js';
import { bundleReport, type BundleCheck } from './lib/size-report.js';

const work = join(root, '.tmp/package');
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const failures: string[] = [];

/**
 * Runs one check and prints its outcome. Independent checks run side by side (the linters, the install, the two
 * compilers spend most of their time in other processes), so a step's line appears when it ends.
 */
async function step(name: string, action: () => Promise<string | undefined> | string | undefined): Promise<void> {
  try {
    const detail = await action();
    console.log(`ok   ${name}${detail ? `: ${detail}` : ''}`);
  } catch (error) {
    const output = error as { stdout?: string; stderr?: string; message?: string };
    failures.push(name);
    console.log(`FAIL ${name}\n${[output.stdout, output.stderr].filter(Boolean).join('\n') || output.message}`);
  }
}

// 1. The tarball.
const { tarball, packed } = packTarball(work);
await step('tarball contents', () => {
  const allowed = /^(dist\/|docs\/data-(dictionary|policy)\.md$|package\.json$|README\.md$|LICENSE$|CHANGELOG\.md$)/;
  const stray = packed.files.map((f) => f.path).filter((path) => !allowed.test(path));
  if (stray.length > 0) throw new Error(`unexpected files: ${stray.join(', ')}`);
  return `${packed.files.length} files, ${(packed.size / 1024).toFixed(1)} KiB packed, ${(packed.unpackedSize / 1024).toFixed(1)} KiB unpacked`;
});

// Relative links in the README resolve only to files that ship: the README is the package's page on npm, where a
// link to a file outside the tarball can never resolve.
await step('README links point into the tarball', () => {
  const paths = new Set(packed.files.map((f) => f.path));
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1] ?? '');
  const relative = targets
    .filter((target) => !/^[a-z][a-z\d+.-]*:|^#/i.test(target))
    .map((target) => target.split('#')[0] ?? '');
  const missing = relative.filter((path) => !paths.has(path));
  if (missing.length > 0) throw new Error(`not in the tarball: ${[...new Set(missing)].join(', ')}`);
  return `${relative.length} relative links, all to packed files`;
});

// 2. Linters on the tarball, beside 3. fresh consumer projects.
const linters = Promise.all([
  step('publint --strict', async () =>
    (await runConcurrently(bin('publint'), [tarball, '--strict'])).trim().split('\n').pop(),
  ),
  step('attw (every resolution mode)', async () => {
    await runConcurrently(bin('attw'), [tarball, '--format', 'table-flipped']);
    return 'no problems';
  }),
]);

const consumer = writeConsumer(work, tarball);
for (const file of ['consumer-esm.mjs', 'consumer-cjs.cjs', 'consumer-types.ts', 'consumer-types.cts'])
  cpSync(join(root, 'test/package', file), join(consumer, file));
await step('install the tarball', async () => {
  await installConsumerConcurrently(consumer);
  return undefined;
});
// A .cts file is CommonJS only under node16 resolution, so the bundler project checks the ESM file alone.
const tsconfig = (name: string, options: Record<string, unknown>, files: string[]) =>
  writeFileSync(
    join(consumer, name),
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, skipLibCheck: false, target: 'es2022', types: [], ...options },
      files,
    }),
  );
tsconfig('tsconfig.node16.json', { module: 'node16', moduleResolution: 'node16' }, [
  'consumer-types.ts',
  'consumer-types.cts',
]);
tsconfig('tsconfig.bundler.json', { module: 'esnext', moduleResolution: 'bundler' }, ['consumer-types.ts']);
const consumers = Promise.all([
  step('ESM consumer', async () => (await runConcurrently('node', ['consumer-esm.mjs'], consumer)).trim()),
  step('CJS consumer', async () => (await runConcurrently('node', ['consumer-cjs.cjs'], consumer)).trim()),
  step(
    'TypeScript, moduleResolution node16',
    async () => (await runConcurrently(bin('tsc'), ['-p', 'tsconfig.node16.json'], consumer)) || undefined,
  ),
  step(
    'TypeScript, moduleResolution bundler',
    async () => (await runConcurrently(bin('tsc'), ['-p', 'tsconfig.bundler.json'], consumer)) || undefined,
  ),
]);

// 4. Bundles: a single subpath runs, and every entry stays within its budget and carries no foreign data or zod.
const checks: BundleCheck[] = [];
const sizes = await bundleReport(consumer, checks);
await step('esbuild bundle of one subpath runs', async () => {
  const code = sizes.find((s) => s.name === 'tradeTotal')?.runnable ?? '';
  writeFileSync(join(consumer, 'bundle.mjs'), code);
  const output = (await runConcurrently('node', ['bundle.mjs'], consumer)).trim();
  if (output !== '797324600000') throw new Error(`bundle printed ${output}`);
  return output;
});
for (const check of checks)
  await step(check.name, () => {
    if (check.problem !== undefined) throw new Error(check.problem);
    return check.detail;
  });
await Promise.all([linters, consumers]);

if (failures.length > 0) {
  console.error(`\n${failures.length} package check(s) failed: ${failures.join(', ')}`);
  process.exit(1);
}
console.log('\nall package checks passed');
