/**
 * After `tsc -p tsconfig.build.json --noCheck` (which emits the declarations of src/ into .tmp/declarations, without
 * the type check `npm run typecheck` does): writes the type declarations of the package. They are (the CLI's aside)
 * copied twice, as dist/types/esm/ (ECMAScript modules, like the package) and dist/types/cjs/ (under a package.json
 * that makes them CommonJS, so that `require` consumers resolve types of their own module kind), and every tsup entry
 * gets dist/<entry>.d.ts and dist/<entry>.d.cts re-exporting its module from them.
 */
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { entries } from './lib/entries.js';
import { distDir, root } from './lib/paths.js';

const emitted = join(root, '.tmp/declarations/src');
const trees = { esm: { extension: 'd.ts', type: 'module' }, cjs: { extension: 'd.cts', type: 'commonjs' } } as const;

for (const [tree, { extension, type }] of Object.entries(trees)) {
  const target = join(distDir, 'types', tree);
  rmSync(target, { recursive: true, force: true });
  // The CLI is a program, not an entry: no entry's types reach it.
  cpSync(emitted, target, { recursive: true, filter: (path) => path !== join(emitted, 'cli') });
  writeFileSync(join(target, 'package.json'), `${JSON.stringify({ type })}\n`);
  for (const [name, source] of Object.entries(entries)) {
    const module = relative('src', source).replace(/\.ts$/, '.js');
    writeFileSync(join(distDir, `${name}.${extension}`), `export * from './types/${tree}/${module}';\n`);
  }
}
