/**
 * Verifies the package from the tarball `npm publish` would upload: its contents and size, publint and attw, that no
 * declaration but `./schemas` needs zod, fresh consumer projects (ESM, CJS, TypeScript under node16, bundler and a
 * strict nodenext project with the DOM library; the schemas beside zod 4 and beside zod 3.25, whose `zod/v4` is the
 * same API, installed without --legacy-peer-deps; an esbuild bundle of one subpath), and the
 * bundle budgets in size-budgets.json (size ratios against the data each entry needs, and no zod or foreign data
 * outside the entries that need them). Run after `npm run build`.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib/paths.js';
import { installConsumer, packTarball, run, writeConsumer } from './lib/consumer.js';
import { bundleReport, type BundleCheck } from './lib/size-report.js';

const work = join(root, '.tmp/package');
/**
 * The peer range's low end: the oldest zod 3 release whose `zod/v4` both loads (3.25.0's ESM build points at a missing
 * file) and type-checks with skipLibCheck off (up to 3.25.17 its own declarations fail under TypeScript 5.9).
 */
const ZOD_3 = '3.25.18';
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

// 2. Linters on the tarball.
step('publint --strict', () => run(bin('publint'), [tarball, '--strict']).trim().split('\n').pop());
step('attw (every resolution mode)', () => {
  run(bin('attw'), [tarball, '--format', 'table-flipped']);
  return 'no problems';
});

// 3. Declarations: only ./schemas may reach zod, so that apps that never validate need not install it.
step('no declaration but ./schemas imports zod', () => {
  const dist = join(root, 'dist');
  const declarations = readdirSync(dist).filter((file) => /\.d\.c?ts$/.test(file));
  const imports = (file: string) =>
    [...readFileSync(join(dist, file), 'utf8').matchAll(/from '([^']+)'/g)].map((match) => match[1] ?? '');
  const reachesZod = (file: string, seen = new Set<string>()): boolean => {
    if (seen.has(file)) return false;
    seen.add(file);
    return imports(file).some((specifier) =>
      specifier.startsWith('./')
        ? reachesZod(specifier.slice(2).replace(/\.c?js$/, file.endsWith('.d.cts') ? '.d.cts' : '.d.ts'), seen)
        : specifier === 'zod' || specifier.startsWith('zod/'),
    );
  };
  const entries = declarations.filter((file) => !file.includes('-') && !/^chunk/.test(file));
  const offenders = entries.filter((file) => !file.startsWith('schemas.') && reachesZod(file));
  if (offenders.length > 0) throw new Error(`zod reached from ${offenders.join(', ')}`);
  if (!reachesZod('schemas.d.ts') || !reachesZod('schemas.d.cts')) throw new Error('./schemas no longer reaches zod');
  return `${entries.length} entry declarations, zod only from schemas.d.ts and schemas.d.cts`;
});

// 4. Fresh consumer projects.
const consumerFiles = ['consumer-strict.ts', 'consumer-schemas.ts', 'consumer-schemas.mjs'];
const consumer = writeConsumer(work, tarball);
for (const file of [
  'consumer-esm.mjs',
  'consumer-cjs.cjs',
  'consumer-types.ts',
  'consumer-types.cts',
  ...consumerFiles,
])
  cpSync(join(root, 'test/package', file), join(consumer, file));
step('install the tarball', () => {
  installConsumer(consumer);
  return undefined;
});
step('ESM consumer', () => run('node', ['consumer-esm.mjs'], consumer).trim());
step('CJS consumer', () => run('node', ['consumer-cjs.cjs'], consumer).trim());
// A .cts file is CommonJS only under node16 resolution, so the bundler project checks the ESM file alone.
const tsconfig = (name: string, options: Record<string, unknown>, files: string[], project = consumer) =>
  writeFileSync(
    join(project, name),
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
const strictOptions = {
  module: 'nodenext',
  moduleResolution: 'nodenext',
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  lib: ['es2022', 'dom'],
};
tsconfig('tsconfig.strict.json', strictOptions, ['consumer-strict.ts', 'consumer-schemas.ts']);
step(
  'TypeScript, strict nodenext with the DOM library (ids, records, misspelled ids rejected)',
  () => run(bin('tsc'), ['-p', 'tsconfig.strict.json'], consumer) || undefined,
);
step('schemas validate the shipped records (zod 4)', () => run('node', ['consumer-schemas.mjs'], consumer).trim());

// The same strict project beside zod 3.25, the oldest release the peer range allows: npm must install it as is.
const zod3 = writeConsumer(work, tarball, ZOD_3, 'consumer-zod3');
for (const file of consumerFiles) cpSync(join(root, 'test/package', file), join(zod3, file));
tsconfig('tsconfig.strict.json', strictOptions, ['consumer-strict.ts', 'consumer-schemas.ts'], zod3);
step(`install beside zod ${ZOD_3} (no --legacy-peer-deps)`, () => {
  installConsumer(zod3);
  return undefined;
});
step(
  `TypeScript, strict nodenext beside zod ${ZOD_3}`,
  () => run(bin('tsc'), ['-p', 'tsconfig.strict.json'], zod3) || undefined,
);
step(`schemas validate the shipped records (zod ${ZOD_3})`, () => run('node', ['consumer-schemas.mjs'], zod3).trim());

// 5. Bundles: a single subpath runs, and every entry stays within its budget and carries no foreign data or zod.
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
