#!/usr/bin/env node
/**
 * `usmx`: the us-mexico-relations data from the shell. The work is in run.ts; this file binds it to the process.
 */
import { EXIT, failure } from './errors.js';
import { run } from './run.js';

// A reader that stops early (`usmx trade | head`) closes the pipe: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
  const { line, code } = failure(error);
  process.stderr.write(`${line}\n`);
  process.exitCode = code;
});

process.exitCode = run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  ...(process.stdout.columns === undefined ? {} : { columns: process.stdout.columns }),
});
