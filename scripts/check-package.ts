/**
 * Verifies the package from the tarball `npm publish` would upload: its contents and size, its README links, publint
 * and attw, that no declaration but `./schemas` needs zod, fresh consumer projects (ESM, CJS, TypeScript under
 * bundler resolution and a strict nodenext project with the DOM library; the schemas beside zod 4 and beside zod 3.25,
 * whose `zod/v4` is the same API, installed without --legacy-peer-deps; an esbuild bundle of one subpath), and the
 * bundle budgets in size-budgets.json (size ratios against the data each entry needs, and no zod or foreign data
 * outside the entries that need them). Run after `npm run build`.
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { installConsumerConcurrently, packTarball, runConcurrently, writeConsumer } from './lib/consumer.js';
import { distDir, root } from './lib/paths.js';
import { bundleReport, type BundleCheck } from './lib/size-report.js';

const work = join(root, '.tmp/package');
/**
 * The peer range's low end: the oldest zod 3 release whose `zod/v4` both loads (3.25.0's ESM build points at a missing
 * file) and type-checks with skipLibCheck off (up to 3.25.17 its own declarations fail under TypeScript 5.9).
 */
const ZOD_3 = '3.25.18';
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const failures: string[] = [];

/**
 * Runs one check and prints its outcome. Independent checks run side by side (the linters, the installs, the
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
  const allowed =
    /^(dist\/|docs\/data-(dictionary|policy)\.md$|package\.json$|README\.md$|LICENSE$|CHANGELOG\.md$|THIRD-PARTY-NOTICES\.md$)/;
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
  const relativeLinks = targets
    .filter((target) => !/^[a-z][a-z\d+.-]*:|^#/i.test(target))
    .map((target) => target.split('#')[0] ?? '');
  const missing = relativeLinks.filter((path) => !paths.has(path));
  if (missing.length > 0) throw new Error(`not in the tarball: ${[...new Set(missing)].join(', ')}`);
  return `${relativeLinks.length} relative links, all to packed files`;
});

// 2. Linters on the tarball, beside everything below.
const linters = Promise.all([
  step('publint --strict', async () =>
    (await runConcurrently(bin('publint'), [tarball, '--strict'])).trim().split('\n').pop(),
  ),
  step('attw (every resolution mode)', async () => {
    await runConcurrently(bin('attw'), [tarball, '--format', 'table-flipped']);
    return 'no problems';
  }),
]);

// 3. Declarations: only ./schemas may reach zod, so that apps that never validate need not install it. Each entry's
// declaration re-exports its module from dist/types/ (scripts/write-declarations.ts); the walk follows every relative
// import and type import from there.
await step('no declaration but ./schemas imports zod', () => {
  const specifiers = (path: string) =>
    [...readFileSync(path, 'utf8').matchAll(/(?:from\s+|import\s*\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
  const reachesZod = (path: string, seen = new Set<string>()): boolean => {
    if (seen.has(path)) return false;
    seen.add(path);
    return specifiers(path).some((specifier) => {
      if (specifier === 'zod' || specifier.startsWith('zod/')) return true;
      if (!specifier.startsWith('.')) return false;
      const target = join(dirname(path), specifier).replace(/\.c?js$/, '.d.ts');
      if (!existsSync(target)) throw new Error(`${relative(distDir, path)} imports ${specifier}, which is not shipped`);
      return reachesZod(target, seen);
    });
  };
  const entries = readdirSync(distDir).filter((file) => /\.d\.c?ts$/.test(file));
  const offenders = entries.filter((file) => !file.startsWith('schemas.') && reachesZod(join(distDir, file)));
  if (offenders.length > 0) throw new Error(`zod reached from ${offenders.join(', ')}`);
  if (!['schemas.d.ts', 'schemas.d.cts'].every((file) => reachesZod(join(distDir, file))))
    throw new Error('./schemas no longer reaches zod');
  return `${entries.length} entry declarations, zod only from schemas.d.ts and schemas.d.cts`;
});

// 4. Fresh consumer projects: one beside this repository's zod 4, and one beside zod 3.25, the oldest release the peer
// range allows, which npm must install as is. The strict nodenext project (the DOM library, exactOptionalPropertyTypes,
// skipLibCheck false) checks every consumer file, the CommonJS one included; the bundler project checks the ESM file,
// which imports no zod (the schemas, and zod's own declarations, are checked beside each zod release).
const tsconfig = (project: string, name: string, options: Record<string, unknown>, files: string[]) =>
  writeFileSync(
    join(project, name),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        // TypeScript's own lib.*.d.ts (the DOM among them) cannot be broken by this package; every other declaration,
        // the package's and zod's, is checked.
        skipDefaultLibCheck: true,
        target: 'es2022',
        types: [],
        ...options,
      },
      files,
    }),
  );
const strictOptions = {
  module: 'nodenext',
  moduleResolution: 'nodenext',
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  lib: ['es2022', 'dom'],
};
const strictFiles = ['consumer-strict.ts', 'consumer-schemas.ts'];
const project = (zod: string | undefined, name: string, files: readonly string[]): string => {
  const path = writeConsumer(work, tarball, zod, name);
  for (const file of [...strictFiles, 'consumer-schemas.mjs', ...files])
    cpSync(join(root, 'test/package', file), join(path, file));
  tsconfig(path, 'tsconfig.strict.json', strictOptions, [...strictFiles, ...files.filter((f) => /\.c?ts$/.test(f))]);
  return path;
};
const typeCheck = (name: string, path: string, config: string) =>
  step(name, async () => (await runConcurrently(bin('tsc'), ['-p', config], path)) || undefined);

const consumer = project(undefined, 'consumer', [
  'consumer-esm.mjs',
  'consumer-cjs.cjs',
  'consumer-types.ts',
  'consumer-types.cts',
]);
tsconfig(consumer, 'tsconfig.bundler.json', { module: 'esnext', moduleResolution: 'bundler' }, ['consumer-types.ts']);
const zod3 = project(ZOD_3, 'consumer-zod3', []);

const zod3Checks = (async () => {
  await step(`install beside zod ${ZOD_3} (no --legacy-peer-deps)`, async () => {
    await installConsumerConcurrently(zod3);
    return undefined;
  });
  await Promise.all([
    typeCheck(`TypeScript, strict nodenext beside zod ${ZOD_3}`, zod3, 'tsconfig.strict.json'),
    step(`schemas validate the shipped records (zod ${ZOD_3})`, async () =>
      (await runConcurrently('node', ['consumer-schemas.mjs'], zod3)).trim(),
    ),
  ]);
})();

await step('install the tarball', async () => {
  await installConsumerConcurrently(consumer);
  return undefined;
});
const consumers = Promise.all([
  step('ESM consumer', async () => (await runConcurrently('node', ['consumer-esm.mjs'], consumer)).trim()),
  step('CJS consumer', async () => (await runConcurrently('node', ['consumer-cjs.cjs'], consumer)).trim()),
  typeCheck('TypeScript, moduleResolution bundler', consumer, 'tsconfig.bundler.json'),
  typeCheck(
    'TypeScript, strict nodenext with the DOM library, ESM and CommonJS (ids, records, misspelled ids rejected)',
    consumer,
    'tsconfig.strict.json',
  ),
  step('schemas validate the shipped records (zod 4)', async () =>
    (await runConcurrently('node', ['consumer-schemas.mjs'], consumer)).trim(),
  ),
]);

// 5. Bundles: a single subpath runs, and every entry stays within its budget and carries no foreign data or zod.
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
await Promise.all([linters, consumers, zod3Checks]);

if (failures.length > 0) {
  console.error(`\n${failures.length} package check(s) failed: ${failures.join(', ')}`);
  process.exit(1);
}
console.log('\nall package checks passed');
