/**
 * `npm run check:data`: every committed file derived from the data or the configuration is current (the generated
 * modules, the data dictionary, the entry points in package.json and typedoc.json, the third-party notices). One
 * process loads and validates the dataset once for all of them; each writing script's `--check` does the same for its
 * own files. Exits 1 naming every stale file and the command that rewrites it.
 */
import { dataDictionaryFiles } from './data-dictionary.js';
import { renderGenerated } from './generate.js';
import { loadDataset } from './lib/load-dataset.js';
import { generatedDir } from './lib/paths.js';
import { checkDerived } from './lib/write-or-check.js';
import { entryPointFiles } from './write-entry-points.js';
import { thirdPartyNoticeFiles } from './write-third-party-notices.js';

try {
  const dataset = loadDataset();
  const current = [
    checkDerived(renderGenerated(dataset), { fix: 'npm run generate', ownedDir: generatedDir }),
    checkDerived(dataDictionaryFiles(dataset), { fix: 'npm run docs:dictionary' }),
    checkDerived(entryPointFiles(), { fix: 'npm run entry-points' }),
    checkDerived(thirdPartyNoticeFiles(), { fix: 'npm run notices' }),
  ];
  if (!current.every(Boolean)) process.exit(1);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
