/**
 * Builds the data explorer (site/explorer) into the reference (docs/api/explorer/, after typedoc, which empties
 * docs/api): one esbuild bundle of the explorer's code and the package entries it imports, its page and its
 * stylesheet. Prints the bundle's size, minified and gzipped.
 *
 * typedoc writes `navigationLinks` into every page as given, so a relative link to the explorer is right only on
 * pages at the root of the reference; this script rewrites it on the pages below the root.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { apiDocsDir, explorerDir, root } from './lib/paths.js';

const source = join(root, 'site/explorer');
/** The link typedoc.json's `navigationLinks` gives the explorer, relative to the reference's root. */
const EXPLORER_LINK = 'explorer/index.html';

rmSync(explorerDir, { recursive: true, force: true });
mkdirSync(explorerDir, { recursive: true });
const result = await build({
  entryPoints: [join(source, 'main.ts')],
  outfile: join(explorerDir, 'explorer.js'),
  tsconfig: join(source, 'tsconfig.json'),
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  logLevel: 'warning',
  write: false,
  metafile: true,
});
const code = result.outputFiles[0]?.contents ?? new Uint8Array();
writeFileSync(join(explorerDir, 'explorer.js'), code);
copyFileSync(join(source, 'index.html'), join(explorerDir, 'index.html'));
copyFileSync(join(source, 'style.css'), join(explorerDir, 'explorer.css'));

let relinked = 0;
for (const file of readdirSync(apiDocsDir, { recursive: true, encoding: 'utf8' })) {
  const depth = file.split(sep).length - 1;
  if (!file.endsWith('.html') || depth === 0 || file.startsWith(`explorer${sep}`)) continue;
  const path = join(apiDocsDir, file);
  const page = readFileSync(path, 'utf8');
  const fixed = page.replaceAll(`href="${EXPLORER_LINK}"`, `href="${'../'.repeat(depth)}${EXPLORER_LINK}"`);
  if (fixed !== page) {
    writeFileSync(path, fixed);
    relinked++;
  }
}

// The explorer searches and cites every record, so it carries the whole dataset: say how much of it is data.
const dataBytes = Object.values(result.metafile.outputs)
  .flatMap((output) => Object.entries(output.inputs))
  .filter(([path]) => path.startsWith('src/generated/'))
  .reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(
  `wrote ${relative(root, explorerDir)}/: explorer.js ${kib(code.length)} minified (${Math.round((dataBytes / code.length) * 100)}% of it the generated data modules), ${kib(gzipSync(code, { level: 9 }).length)} gzipped; relinked the explorer on ${relinked} reference pages`,
);
