/**
 * Rewrites the captured CLI output in README.md (`npm start`, the Spanish brief at 160 columns, `usmx trade --from 2023`, `usmx lookup usmac`) from
 * the real CLI, after a data change such as a trade refresh. test/cli.test.ts checks the same captures.
 * `--check` writes nothing and exits 1 when a capture is stale.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(root, 'src/cli/usmx.ts');

/** The command lines shown in the README, with the arguments that produce them and the stream they show. */
const CAPTURES = [
  { prompt: '$ npm start --silent\n', args: ['brief'], stream: 'stdout' },
  {
    prompt: '$ npx usmx brief --lang es --width 160\n',
    args: ['brief', '--lang', 'es', '--width', '160'],
    stream: 'stdout',
  },
  { prompt: '$ npx usmx trade --from 2023\n', args: ['trade', '--from', '2023'], stream: 'stdout' },
  { prompt: '$ npx usmx lookup usmac\n', args: ['lookup', 'usmac'], stream: 'stderr' },
] as const;

/** The README with every capture replaced by the CLI's current output. */
export function refreshCaptures(readme: string): string {
  let text = readme;
  for (const capture of CAPTURES) {
    const { NO_COLOR: _, FORCE_COLOR: __, ...env } = process.env;
    const run = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...capture.args], { encoding: 'utf8', env });
    const start = text.indexOf(capture.prompt);
    if (start === -1) throw new Error(`README.md has no capture of '${capture.prompt.trim()}'`);
    const from = start + capture.prompt.length;
    // A capture ends at its code fence, or at the next prompt of the same block.
    const fence = text.indexOf('```', from);
    const next = text.indexOf('\n$ ', from);
    const end = next !== -1 && next < fence ? next : fence;
    text = text.slice(0, from) + run[capture.stream] + text.slice(end);
  }
  return text;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = join(root, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const next = refreshCaptures(readme);
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md captures are stale: run npm run readme:captures');
      process.exit(1);
    }
  } else if (next !== readme) {
    writeFileSync(path, next);
    console.log('updated the CLI captures in README.md');
  }
}
