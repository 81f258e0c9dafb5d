/**
 * The `usmx` binary's form of a generated dataset module (src/generated/<stem>.ts, written by scripts/generate.ts):
 * the same exports, with the records read from dist/data/<stem>.json on first use (src/cli/data-file.ts) instead of
 * from the string the module embeds. tsup.config.ts applies it to the binary's build only.
 */

const IMPORT = `import { frozenJson } from '../core/freeze.js';`;
// `const <name>Json = "<JSON text>";` on a line of its own, and its one use: `frozenJson<<type>>(<name>Json)`.
const EMBEDDED = /^const (\w+Json) = ".*";\n/m;
const PARSE = /frozenJson<(.+)>\((\w+Json)\)/;

/**
 * @param source - a generated module's text
 * @param stem - its stem
 * @returns the module reading its data file, or `undefined` for a generated module that holds no dataset
 * @throws when a dataset module is not in the form scripts/generate.ts writes
 */
export function readingShippedFile(source: string, stem: string): string | undefined {
  if (!source.includes(IMPORT)) return undefined;
  const embedded = EMBEDDED.exec(source);
  const parse = PARSE.exec(source);
  if (embedded === null || parse === null || parse[2] !== embedded[1]) {
    throw new Error(`src/generated/${stem}.ts is not a dataset module`);
  }
  return source
    .replace(embedded[0], '')
    .replace(parse[0], `frozenDataFile<${parse[1]}>(${JSON.stringify(stem)})`)
    .replace(IMPORT, `import { frozenDataFile } from '../cli/data-file.js';`);
}
