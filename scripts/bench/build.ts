/** Builds dist/ for the bench with `npm run build` (always, so that the bench never measures a stale build). */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../lib/paths.js';

export interface BuildInfo {
  readonly command: string;
  readonly ms: number;
}

export function buildPackage(): BuildInfo {
  const started = performance.now();
  const result = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}${result.stderr}`);
  // The import baselines parse these files; `npm run build` writes them (scripts/emit-data-files.ts).
  if (!existsSync(join(root, 'dist/data'))) throw new Error('npm run build did not write dist/data');
  return { command: 'npm run build', ms: performance.now() - started };
}
