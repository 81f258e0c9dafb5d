/**
 * `usmx` as a function: parses the command line, runs one command, writes its report, and turns every error into
 * one `usmx: …` line and an exit code. It touches no process state, so the tests run it in-process.
 */
import { parseInvocation } from './command.js';
import { COMMANDS } from './commands/index.js';
import { EXIT, failure, UsageError } from './errors.js';
import { commandHelp, mainHelp, versionText } from './help.js';
import { render, styleFor } from './output.js';

/** Where `usmx` writes, and what it knows of its environment. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal: headings are bold only there. */
  readonly isTTY: boolean;
}

function output(args: readonly string[], io: CliIo): string {
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
  return render(command.run(invocation), invocation.format, styleFor({ isTTY: io.isTTY }, io.env));
}

/** Runs `usmx` with the arguments after the program name; returns the exit code. Never throws. */
export function run(args: readonly string[], io: CliIo): number {
  try {
    io.stdout(output(args, io));
    return EXIT.ok;
  } catch (error) {
    const { line, code } = failure(error);
    io.stderr(`${line}\n`);
    return code;
  }
}
