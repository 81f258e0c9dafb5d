/** Where things are, for every script. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
/** The generated data modules. */
export const generatedDir = join(root, 'src/generated');
/** The build output. */
export const distDir = join(root, 'dist');
