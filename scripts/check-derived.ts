/**
 * `npm run check:data`: every committed file derived from the data or the configuration is current (the generated
 * modules, the data dictionary, the entry points in package.json and typedoc.json, the third-party notices). One
 * process loads and validates the dataset once for all of them; each writing script's `--check` does the same for its
 * own files. Exits 1 naming every stale file and the command that rewrites it.
 */
import { dataDictionary } from './data-dictionary.js';
import { generatedModules } from './generate.js';
import { loadDataset } from './lib/load-dataset.js';
import { checkDerived } from './lib/write-or-check.js';
import { entryPoints } from './write-entry-points.js';
import { thirdPartyNotices } from './write-third-party-notices.js';

try {
  const dataset = loadDataset();
  const current = [generatedModules(dataset), dataDictionary(dataset), entryPoints(), thirdPartyNotices()].map(
    checkDerived,
  );
  if (!current.every(Boolean)) process.exit(1);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
