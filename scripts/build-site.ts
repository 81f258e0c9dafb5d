/**
 * Builds the data explorer (site/explorer) into the reference (docs/api/explorer/, after typedoc, which empties
 * docs/api): an esbuild bundle of the explorer's code and the package entries it imports (split in two: the trade
 * chart first, then the records' sections), its page and its stylesheet. Prints the bundle's size, minified and
 * gzipped.
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
// Split: the page's own module (the trade chart) loads first, and the records' sections load after it.
const result = await build({
  entryPoints: { explorer: join(source, 'main.ts') },
  outdir: explorerDir,
  chunkNames: 'chunks/[name]-[hash]',
  tsconfig: join(source, 'tsconfig.json'),
  bundle: true,
  splitting: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  logLevel: 'warning',
  metafile: true,
});
copyFileSync(join(source, 'index.html'), join(explorerDir, 'index.html'));
copyFileSync(join(source, 'style.css'), join(explorerDir, 'explorer.css'));
// The bundle contains the package's bundled third-party code, whose licences travel with it.
copyFileSync(join(root, 'THIRD-PARTY-NOTICES.md'), join(explorerDir, 'THIRD-PARTY-NOTICES.md'));

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

// The explorer searches and cites every record, so it carries the whole dataset: say how much of it is data, and
// how much the page loads before it draws the chart.
const outputs = result.metafile.outputs;
const gzipped = (file: string) => gzipSync(readFileSync(join(root, file)), { level: 9 }).length;
const firstLoad = (file: string): string[] => [
  file,
  ...(outputs[file]?.imports ?? []).filter((i) => i.kind === 'import-statement').flatMap((i) => firstLoad(i.path)),
];
const entry = Object.keys(outputs).find((file) => file.endsWith('/explorer.js')) ?? '';
const files = Object.keys(outputs).filter((file) => file.endsWith('.js'));
const total = files.reduce((sum, file) => sum + gzipped(file), 0);
const first = [...new Set(firstLoad(entry))].reduce((sum, file) => sum + gzipped(file), 0);
const minified = files.reduce((sum, file) => sum + (outputs[file]?.bytes ?? 0), 0);
const dataBytes = Object.values(outputs)
  .flatMap((output) => Object.entries(output.inputs))
  .filter(([path]) => path.startsWith('src/generated/'))
  .reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(
  `wrote ${relative(root, explorerDir)}/: ${files.length} scripts, ${kib(minified)} minified (${Math.round((dataBytes / minified) * 100)}% of it the generated data modules), ${kib(total)} gzipped, of which ${kib(first)} before the chart draws; relinked the explorer on ${relinked} reference pages`,
);
