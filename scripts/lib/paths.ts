/** Where things are, for every script. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
/** The generated data modules. */
export const generatedDir = join(root, 'src/generated');
/** The build output. */
export const distDir = join(root, 'dist');
/** The typedoc reference (typedoc.json `out`), which also holds the data explorer. */
export const apiDocsDir = join(root, 'docs/api');
/** The built data explorer (`npm run site`), linked from the reference. */
export const explorerDir = join(apiDocsDir, 'explorer');
