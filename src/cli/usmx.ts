#!/usr/bin/env node
/**
 * `usmx`: the us-mexico-relations data from the shell. Parses the command line, runs one command, prints its
 * report, and turns every error into one `usmx: …` line on stderr and an exit code.
 */
import { parseInvocation } from './command.js';
import { COMMANDS } from './commands/index.js';
import { EXIT, failure, UsageError } from './errors.js';
import { commandHelp, mainHelp, versionText } from './help.js';
import { render, styleFor } from './output.js';

/** Runs `usmx` with the arguments after the program name; returns the text for stdout. */
function run(args: readonly string[]): string {
  const [name, ...rest] = args;
  if (name === undefined) throw new UsageError("missing command; see 'usmx --help'.");
  if (name === '--help' || name === '-h') return mainHelp(COMMANDS);
  if (name === '--version' || name === '-V') return versionText();
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    if (name.startsWith('-'))
      throw new UsageError(
        `unknown option '${name}': options go after the command (usmx <command> [options]); see 'usmx --help'.`,
      );
    throw new UsageError(`unknown command '${name}'; the commands are ${COMMANDS.map((c) => c.name).join(', ')}.`);
  }
  const invocation = parseInvocation(command, rest);
  if (invocation === undefined) return commandHelp(command);
  return render(command.run(invocation), invocation.format, styleFor(process.stdout, process.env));
}

/** Prints an error as one line and sets the exit code; never a stack trace. */
function fail(error: unknown): void {
  const { line, code } = failure(error);
  process.stderr.write(`${line}\n`);
  process.exitCode = code;
}

// A reader that stops early (`usmx trade | head`) closes the pipe: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
  else fail(error);
});

try {
  process.stdout.write(run(process.argv.slice(2)));
} catch (error) {
  fail(error);
}
