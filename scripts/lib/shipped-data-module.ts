/**
 * The `usmx` binary's form of a generated dataset module (src/generated/<stem>.ts, written by scripts/generate.ts):
 * the same exports, with the records read from dist/data/<stem>.json on first use (src/cli/data-file.ts) instead of
 * from the string the module embeds. tsup.config.ts applies it to the binary's build only.
 */

const CALL = 'frozenJson<';
const IMPORT = `import { frozenJson } from '../core/freeze.js';`;

/** The index of the quote that closes the string literal opened at `open`. */
function closingQuote(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === '"') return i;
  }
  throw new Error('unterminated string literal');
}

/**
 * @param source - a generated module's text
 * @param stem - its stem
 * @returns the module reading its data file, or `undefined` for a generated module that holds no dataset
 * @throws when a dataset module is not in the form scripts/generate.ts writes
 */
export function readingShippedFile(source: string, stem: string): string | undefined {
  const call = source.indexOf(CALL);
  if (call === -1) return undefined;
  const open = source.indexOf('>("', call) + 2;
  if (open === 1 || !source.includes(IMPORT)) throw new Error(`src/generated/${stem}.ts is not a dataset module`);
  const type = source.slice(call + CALL.length, open - 2);
  const replaced = `${source.slice(0, call)}frozenDataFile<${type}>(${JSON.stringify(stem)}${source.slice(
    closingQuote(source, open) + 1,
  )}`;
  return replaced.replace(IMPORT, `import { frozenDataFile } from '../cli/data-file.js';`);
}
