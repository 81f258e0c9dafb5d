/**
 * The built `usmx` binary (dist/usmx.js, so `npm run build` first), for what only a real process shows: the shebang,
 * exit codes, a closed pipe, a terminal, and the csv files the build ships. Every other behaviour of the commands is
 * tested in-process in test/cli.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ANSI, BIN, ok, spawnBinary, usmx } from './helpers/usmx.js';

describe('the built binary', () => {
  it('is built, with a shebang', () => {
    expect(existsSync(BIN), 'dist/usmx.js is missing: run npm run build first').toBe(true);
    expect(readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
  it('prints what run prints, and exits with its code', () => {
    for (const args of [['brief'], ['trade', '--from', '2023', '--format', 'csv'], ['lookup', 'usmac'], ['foo']]) {
      const spawned = spawnBinary(args);
      const inProcess = usmx(args);
      expect(spawned, args.join(' ')).toEqual(inProcess);
    }
    expect(spawnBinary(['lookup', 'usmac']).code).toBe(1);
    expect(spawnBinary(['foo']).code).toBe(2);
  }, 30_000);
  it('stays quiet when the reader of its output goes away', () => {
    // More output than a pipe holds, into a reader that exits at once.
    const run = spawnSync(
      'bash',
      ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" trade --monthly --format json | true`],
      { encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
  const hasScript = spawnSync('script', ['--version']).status === 0;
  /** Runs the binary on a pseudo-terminal (util-linux `script`), so that stdout is a TTY. */
  const onTty = (env: Record<string, string>) => {
    const { NO_COLOR: _, ...base } = process.env;
    return spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" comments`, '/dev/null'], {
      encoding: 'utf8',
      env: { ...base, ...env },
    }).stdout;
  };
  it.skipIf(!hasScript)('sees a real terminal: bold headings, unless NO_COLOR is set', () => {
    expect(onTty({})).toContain(`${ANSI}1m`);
    expect(onTty({ NO_COLOR: '1' })).not.toContain(ANSI);
  });
});

describe('csv', () => {
  it.each([
    ['timeline', 'events'],
    ['figures', 'figures'],
    ['places', 'places'],
    ['trade', 'trade-years'],
    ['trade --monthly', 'trade-months'],
  ])('usmx %s --format csv is the shipped csv/%s.csv', (command, stem) => {
    const file = fileURLToPath(new URL(`../dist/csv/${stem}.csv`, import.meta.url));
    expect(ok(...command.split(' '), '--format', 'csv')).toBe(readFileSync(file, 'utf8'));
  });
});
