import { createRequire } from 'node:module';
import { asOf, dataVersion } from '../index.js';
import { type Command, COMMON_OPTIONS, type OptionSpec } from './command.js';
import { wrapText } from './output.js';

const PACKAGE = 'us-mexico-relations';

/**
 * The package version from package.json. The built binary (dist/usmx.js) finds it at `../package.json`; run from
 * source with tsx (src/cli/), it is one level further up. The name check skips any other package.json on the way.
 */
export function packageVersion(): string {
  const require = createRequire(import.meta.url);
  for (const path of ['../package.json', '../../package.json']) {
    try {
      const manifest = require(path) as { name?: unknown; version?: unknown };
      if (manifest.name === PACKAGE && typeof manifest.version === 'string') return manifest.version;
    } catch {
      // Not at this level; try the next.
    }
  }
  return 'unknown';
}

/** What `usmx --version` prints: the package version and the data fingerprint. */
export function versionText(): string {
  return `usmx ${packageVersion()} (${PACKAGE}; data ${dataVersion}, as of ${asOf})\n`;
}

/** Two columns, a term and its description, wrapped within 80 columns under the description. */
function termLines(rows: readonly { readonly term: string; readonly description: string }[]): string[] {
  const width = Math.max(...rows.map((r) => r.term.length)) + 2;
  return rows.flatMap(({ term, description }) => {
    const [first = '', ...rest] = wrapText(description, 78 - width);
    return [`  ${term.padEnd(width)}${first}`, ...rest.map((line) => `  ${' '.repeat(width)}${line}`)];
  });
}

function optionLines(options: Readonly<Record<string, OptionSpec>>): string[] {
  return termLines(
    Object.entries(options).map(([name, spec]) => ({
      term: `${spec.short === undefined ? '' : `-${spec.short}, `}--${name}${spec.placeholder === undefined ? '' : ` ${spec.placeholder}`}`,
      description: spec.description + (spec.multiple === true ? ' (repeatable)' : ''),
    })),
  );
}

function usageLine(command: Command): string {
  const name = command.positional?.name;
  const positional = name === undefined ? '' : command.optionalPositional === true ? ` [${name}]` : ` <${name}>`;
  const own = Object.entries(command.options).map(
    ([name, spec]) => ` [--${name}${spec.placeholder === undefined ? '' : ` ${spec.placeholder}`}]`,
  );
  return `usmx ${command.name}${positional}${own.join('')} [--lang en|es] [--format FORMAT] [--width N]`;
}

/** `usmx <command> --help`: usage, what it prints, options and examples. */
export function commandHelp(command: Command): string {
  const lines = [
    ...wrapText(`usmx ${command.name}: ${command.summary}`, 78),
    '',
    ...wrapText(usageLine(command), 78 - 7).map((line, i) => (i === 0 ? `Usage: ${line}` : `         ${line}`)),
    ...(command.details === undefined ? [] : ['', ...wrapText(command.details, 78)]),
    ...(command.positional === undefined
      ? []
      : [
          '',
          'Argument:',
          ...termLines([
            {
              term:
                command.optionalPositional === true ? `[${command.positional.name}]` : `<${command.positional.name}>`,
              description: command.positional.description,
            },
          ]),
        ]),
    '',
    'Options:',
    ...optionLines({ ...command.options, ...COMMON_OPTIONS }),
    '',
    'Examples:',
    ...command.examples.map((example) => `  ${example}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** `usmx --help`: every command, the common options and a few examples. */
export function mainHelp(commands: readonly Command[]): string {
  const lines = [
    'usmx: U.S.–Mexico relations data from the shell (us-mexico-relations package)',
    '',
    'Usage: usmx <command> [arguments] [--lang en|es] [--format FORMAT]',
    '       usmx <command> --help',
    '       usmx --version',
    '',
    'Commands:',
    ...termLines(commands.map((c) => ({ term: c.name, description: c.summary }))),
    '',
    'Options of every command:',
    ...optionLines(COMMON_OPTIONS),
    '',
    ...wrapText(
      'Output: a table for reading, as wide as --width, else COLUMNS, else the terminal (80 when piped); json and ' +
        'ndjson print the records as the package returns them, csv flattens them like the csv files the package ' +
        'ships (lists joined with ;). Colour only on a terminal, never with NO_COLOR set. Language: --lang, else ' +
        'LC_ALL, LC_MESSAGES or LANG (es_MX.UTF-8 is Spanish), else English. usmx with no command prints the ' +
        'brief on a terminal, and this help (exit 2) when piped. Exit codes: 0 ok, 1 not found, 2 usage error.',
      78,
    ),
    '',
    'Examples:',
    '  usmx brief',
    '  usmx trade --from 2015 --format csv > trade.csv',
    '  usmx timeline --from 2025 --domain security --lang es',
    '  usmx lookup T-MEC --format json',
    '  usmx search "mission firewall"',
    '  usmx cite T-MEC --style markdown',
    '  usmx office president-of-mexico 2018',
  ];
  return `${lines.join('\n')}\n`;
}
