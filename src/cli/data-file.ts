import { readFileSync } from 'node:fs';
import { frozenJson } from '../core/freeze.js';

/**
 * A dataset as the `usmx` binary reads it: from the package's own dist/data/<stem>.json, parsed and deeply frozen. The
 * binary's build (tsup.config.ts) puts this in place of the string each generated module embeds, so that starting
 * `usmx` does not scan 3 MB of data it will not show; the library's entry points keep the embedded strings, which
 * need no file at run time. The path is relative to dist/usmx.js, the one file this is built into.
 *
 * @param stem - the dataset's stem (src/generated/<stem>.ts, dist/data/<stem>.json)
 * @returns the records, deeply frozen
 * @throws the file system's error when the file is missing (a damaged install)
 */
export function frozenDataFile<T>(stem: string): T {
  return frozenJson<T>(readFileSync(new URL(`./data/${stem}.json`, import.meta.url), 'utf8'));
}
