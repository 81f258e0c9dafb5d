/**
 * Verifies the package from the tarball `npm publish` would upload: its contents and size, publint and attw, fresh
 * consumer projects (ESM, CJS, TypeScript under node16 and bundler, an esbuild bundle of one subpath), and the
 * bundle budgets in size-budgets.json (size ratios against the data each entry needs, and no zod or foreign data
 * outside the entries that need them). Run after `npm run build`.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib/paths.js';
import { installConsumer, packTarball, run, writeConsumer } from './lib/consumer.js';
import { bundleReport, type BundleCheck } from './lib/size-report.js';

const work = join(root, '.tmp/package');
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const failures: string[] = [];

function step(name: string, action: () => string | undefined): void {
  try {
    const detail = action();
    console.log(`ok   ${name}${detail ? `: ${detail}` : ''}`);
  } catch (error) {
    const output = error as { stdout?: string; stderr?: string; message?: string };
    failures.push(name);
    console.log(`FAIL ${name}\n${[output.stdout, output.stderr].filter(Boolean).join('\n') || output.message}`);
  }
}

// 1. The tarball.
const { tarball, packed } = packTarball(work);
step('tarball contents', () => {
  const allowed = /^(dist\/|docs\/data-(dictionary|policy)\.md$|package\.json$|README\.md$|LICENSE$|CHANGELOG\.md$)/;
  const stray = packed.files.map((f) => f.path).filter((path) => !allowed.test(path));
  if (stray.length > 0) throw new Error(`unexpected files: ${stray.join(', ')}`);
  return `${packed.files.length} files, ${(packed.size / 1024).toFixed(1)} KiB packed, ${(packed.unpackedSize / 1024).toFixed(1)} KiB unpacked`;
});

// Relative links in the README resolve only to files that ship: the README is the package's page on npm, where a
// link to a file outside the tarball can never resolve.
step('README links point into the tarball', () => {
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

// 2. Linters on the tarball.
step('publint --strict', () => run(bin('publint'), [tarball, '--strict']).trim().split('\n').pop());
step('attw (every resolution mode)', () => {
  run(bin('attw'), [tarball, '--format', 'table-flipped']);
  return 'no problems';
});

// 3. Fresh consumer projects.
const consumer = writeConsumer(work, tarball);
for (const file of ['consumer-esm.mjs', 'consumer-cjs.cjs', 'consumer-types.ts', 'consumer-types.cts'])
  cpSync(join(root, 'test/package', file), join(consumer, file));
step('install the tarball', () => {
  installConsumer(consumer);
  return undefined;
});
step('ESM consumer', () => run('node', ['consumer-esm.mjs'], consumer).trim());
step('CJS consumer', () => run('node', ['consumer-cjs.cjs'], consumer).trim());
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
step(
  'TypeScript, moduleResolution node16',
  () => run(bin('tsc'), ['-p', 'tsconfig.node16.json'], consumer) || undefined,
);
step(
  'TypeScript, moduleResolution bundler',
  () => run(bin('tsc'), ['-p', 'tsconfig.bundler.json'], consumer) || undefined,
);

// 4. Bundles: a single subpath runs, and every entry stays within its budget and carries no foreign data or zod.
const checks: BundleCheck[] = [];
const sizes = await bundleReport(consumer, checks);
step('esbuild bundle of one subpath runs', () => {
  const code = sizes.find((s) => s.name === 'tradeTotal')?.runnable ?? '';
  writeFileSync(join(consumer, 'bundle.mjs'), code);
  const output = run('node', ['bundle.mjs'], consumer).trim();
  if (output !== '797324600000') throw new Error(`bundle printed ${output}`);
  return output;
});
for (const check of checks)
  step(check.name, () => {
    if (check.problem !== undefined) throw new Error(check.problem);
    return check.detail;
  });

if (failures.length > 0) {
  console.error(`\n${failures.length} package check(s) failed: ${failures.join(', ')}`);
  process.exit(1);
}
console.log('\nall package checks passed');
