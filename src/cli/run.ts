/**
 * `usmx` as a function: parses the command line, runs one command, writes its report, and turns every error into
 * one `usmx: …` line and an exit code. It touches no process state, so the tests run it in-process.
 */
import { parseInvocation } from './command.js';
import { COMMANDS } from './commands/index.js';
import { didYouMean, EXIT, failure, sentence, UsageError } from './errors.js';
import { commandHelp, mainHelp, versionText } from './help.js';
import { render, styleFor } from './output.js';

/** Where `usmx` writes, and what it knows of its environment. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal: headings are bold only there, and `usmx` alone prints the brief. */
  readonly isTTY: boolean;
  /** The terminal's width, when stdout is one. */
  readonly columns?: number;
}

/** The package's argument names, as the options a shell user typed (`activeOn` is `--active-on`). */
const OPTION_NAMES: Readonly<Record<string, string>> = {
  from: '--from',
  to: '--to',
  activeOn: '--active-on',
  limit: '--limit',
  date: 'DATE',
};

/** An error of the package, reworded to name the option the user typed. */
function asTyped(error: unknown): unknown {
  if (!(error instanceof Error) || error instanceof UsageError) return error;
  const [, name = '', rest = ''] = /^(\w+)( .*)$/s.exec(error.message) ?? [];
  const option = OPTION_NAMES[name];
  if (option === undefined) return error;
  const reworded = Object.create(Object.getPrototypeOf(error) as object) as Error;
  return Object.assign(reworded, error, { message: `${option}${rest}` });
}

function output(args: readonly string[], io: CliIo): string {
  // `usmx` alone: on a terminal, the brief (the main job); piped or in a script, the help on stderr, exit 2.
  const [name, ...rest] = args.length === 0 && io.isTTY ? ['brief'] : args;
  if (name === undefined) throw new UsageError(`missing command; see 'usmx --help'.\n${mainHelp(COMMANDS)}`);
  if (name === '--help' || name === '-h' || name === 'help') return mainHelp(COMMANDS);
  if (name === '--version' || name === '-V') return versionText();
  const command = COMMANDS.find((c) => c.name === name.toLowerCase());
  if (command === undefined) {
    if (name.startsWith('-'))
      throw new UsageError(
        `unknown option '${name}': options go after the command (usmx <command> [options]); see 'usmx --help'.`,
      );
    const names = COMMANDS.map((c) => c.name);
    const hint = didYouMean(name, names) ?? `the commands are ${names.join(', ')}`;
    throw new UsageError(sentence(`unknown command '${name}'; ${hint}`));
  }
  const invocation = parseInvocation(command, rest, { env: io.env, ...(io.isTTY ? { columns: io.columns } : {}) });
  if (invocation === undefined) return commandHelp(command);
  try {
    const report = command.run(invocation);
    return render(report, invocation.format, styleFor({ isTTY: io.isTTY }, io.env, invocation.width));
  } catch (error) {
    throw asTyped(error);
  }
}

/** Runs `usmx` with the arguments after the program name; returns the exit code. Never throws. */
export function run(args: readonly string[], io: CliIo): number {
  try {
    io.stdout(output(args, io));
    return EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError && error.message.includes('\n')) {
      // A missing command: the one line, then the help.
      io.stderr(`usmx: ${error.message}`);
      return EXIT.usage;
    }
    const { line, code } = failure(error);
    io.stderr(`${line}\n`);
    return code;
  }
}
