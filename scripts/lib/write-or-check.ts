/**
 * The one main of every script that derives committed files: write them, or with `--check` compare them with what
 * is committed and exit 1 naming the stale ones.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { root } from './paths.js';

/** Files to derive, by absolute path, with their full text. */
export type DerivedFiles = ReadonlyMap<string, string>;

/** What one script derives: its files, and how to rewrite them. */
export interface Derivation {
  readonly files: DerivedFiles;
  /** The command that rewrites the files, for the message when they are stale. */
  readonly fix: string;
  /** A folder the files fill entirely: with `--check`, a file there that is no longer derived is stale too. */
  readonly ownedDir?: string;
}

/** Paths (relative to the root) of the files that are missing or differ, and of files in `ownedDir` not derived. */
export function staleFiles(files: DerivedFiles, ownedDir?: string): string[] {
  const stale = [...files]
    .filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text)
    .map(([path]) => path);
  const extra =
    ownedDir === undefined || !existsSync(ownedDir)
      ? []
      : readdirSync(ownedDir)
          .map((file) => join(ownedDir, file))
          .filter((path) => !files.has(path));
  return [...stale, ...extra].map((path) => relative(root, path));
}

/**
 * Compares a derivation's files with what is committed and prints the outcome: the stale files and the command that
 * rewrites them, or that all are current. Returns whether all are current.
 */
export function checkDerived({ files, fix, ownedDir }: Derivation): boolean {
  const stale = staleFiles(files, ownedDir);
  if (stale.length > 0) {
    console.error(`stale: ${stale.join(', ')}. Run ${fix} and commit the result.`);
    return false;
  }
  console.log(`${files.size} file(s) current: ${[...files.keys()].map((path) => relative(root, path)).join(', ')}`);
  return true;
}

/** Writes a derivation's files, or with `--check` in argv only compares them and exits 1 when any is stale. */
export function writeOrCheck(derivation: Derivation, argv: readonly string[] = process.argv): void {
  if (argv.includes('--check')) {
    if (!checkDerived(derivation)) process.exit(1);
    return;
  }
  const { files } = derivation;
  for (const [path, text] of files) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  console.log(`wrote ${files.size} file(s)`);
}
