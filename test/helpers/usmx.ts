/** Running `usmx` in tests: in-process through `run`, the function the binary calls, and the built binary itself. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { run } from '../../src/cli/run.js';

/** How an ANSI escape sequence (colour, bold) starts. */
export const ANSI = '\u001b[';

/** The built binary (`npm run build`). */
export const BIN = fileURLToPath(new URL('../../dist/usmx.js', import.meta.url));

/** What a run of `usmx` did: its exit code and what it wrote. */
export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `usmx` in-process, as the binary would with stdout not a terminal, in a clean colour environment. */
export function usmx(args: readonly string[], env: Record<string, string> = {}, isTTY = false): Run {
  let stdout = '';
  let stderr = '';
  const code = run(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    env,
    isTTY,
  });
  return { code, stdout, stderr };
}

/** Runs the built binary in a child process with a clean colour environment. */
export function spawnBinary(args: readonly string[]): Run {
  const { NO_COLOR: _, FORCE_COLOR: __, ...base } = process.env;
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: base });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs a command in-process that must succeed and returns its stdout. */
export function ok(...args: string[]): string {
  const result = usmx(args);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}
