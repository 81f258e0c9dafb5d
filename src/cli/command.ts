import { parseArgs } from 'node:util';
import type { Language } from '../index.js';
import { didYouMean, sentence, UsageError } from './errors.js';
import { environmentLanguage } from './i18n.js';
import { FORMATS, type Format, MIN_WIDTH, type Report, SCREEN_WIDTH } from './output.js';

/** A command-line option, with what `--help` says about it. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** May be given more than once. */
  readonly multiple?: boolean;
  readonly short?: string;
  /** The value's name in the usage line, such as `YEAR`. */
  readonly placeholder?: string;
  readonly description: string;
}

/** The argument a command takes after its name. */
export interface PositionalSpec {
  readonly name: string;
  readonly description: string;
  /** Several words are joined with spaces, so that `usmx lookup Claudia Sheinbaum` needs no quotes. */
  readonly words?: boolean;
}

/** What a command was given, checked. */
export interface Invocation {
  readonly lang: Language;
  readonly format: Format;
  /** The width of table lines: `--width`, else `COLUMNS`, else the terminal's, else 80. */
  readonly width: number;
  /** The positional argument; always present when the command declares one. */
  readonly argument: string;
  /** A string option's value. */
  string(name: string): string | undefined;
  /** Every value of a repeatable string option. */
  strings(name: string): string[];
  /** Whether a boolean option was given. */
  flag(name: string): boolean;
}

/** One `usmx` command: its help and how it runs. */
export interface Command {
  readonly name: string;
  /** One line for `usmx --help`. */
  readonly summary: string;
  /** More about what the command prints, for `usmx <command> --help`. */
  readonly details?: string;
  readonly positional?: PositionalSpec;
  /** The positional argument may be left out (`argument` is then empty). */
  readonly optionalPositional?: boolean;
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly examples: readonly string[];
  run(invocation: Invocation): Report;
}

/** The options every command takes. */
export const COMMON_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  lang: {
    type: 'string',
    placeholder: 'en|es',
    description: 'language of labels, names, titles and dates (default: from LC_ALL, LC_MESSAGES or LANG, else en)',
  },
  format: { type: 'string', placeholder: 'FORMAT', description: `${FORMATS.join(', ')} (default table)` },
  width: {
    type: 'string',
    placeholder: 'N',
    description: `table width in columns (default: COLUMNS, else the terminal's, else ${SCREEN_WIDTH})`,
  },
  help: { type: 'boolean', short: 'h', description: 'show this help' },
};

/** Reads Node's `parseArgs` errors as one usage line about the command. */
function usageError(error: unknown, command: string, known: readonly string[]): UsageError {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(--?[^' <]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const hint =
      didYouMean(
        option,
        known.map((name) => `--${name}`),
      ) ?? `see 'usmx ${command} --help'`;
    return new UsageError(sentence(`unknown option '${option}' for 'usmx ${command}'; ${hint}`));
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /does not take an argument/.test(message)
      ? new UsageError(`option '${option}' takes no value.`)
      : new UsageError(`option '${option}' needs a value; see 'usmx ${command} --help'.`);
  }
  return new UsageError(message);
}

/**
 * Reads an option whose value is one of a list, ignoring case (`--format CSV`); throws `UsageError` naming the
 * option, what was typed, the closest value and the list.
 */
export function choice<const T extends string>(value: string, allowed: readonly T[], option: string): T {
  const found = allowed.find((candidate) => candidate.toLowerCase() === value.trim().toLowerCase());
  if (found !== undefined) return found;
  const hint = didYouMean(value, allowed);
  throw new UsageError(
    sentence(
      `--${option} must be one of ${allowed.join(', ')}; got '${value}'${hint === undefined ? '' : `; ${hint}`}`,
    ),
  );
}

/** The table width: `--width`, else `COLUMNS`, else the terminal's, else `SCREEN_WIDTH`. */
function tableWidth(option: string | undefined, env: Readonly<Record<string, string | undefined>>, tty?: number) {
  if (option !== undefined) {
    const width = wholeNumberOption(option, 'width', `a whole number of columns, at least ${MIN_WIDTH}`) ?? 0;
    if (width < MIN_WIDTH) throw new UsageError(`--width must be at least ${MIN_WIDTH}; got '${option}'.`);
    return width;
  }
  // COLUMNS is a hint from the shell: a value that is not a sensible width is ignored rather than an error.
  const columns = Number(env.COLUMNS);
  if (Number.isInteger(columns) && columns >= MIN_WIDTH) return columns;
  return tty !== undefined && tty >= MIN_WIDTH ? tty : SCREEN_WIDTH;
}

/** What a command knows of where it runs: the environment and the terminal's width, when stdout is one. */
export interface Surroundings {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly columns?: number;
}

/**
 * Parses a command's arguments with `util.parseArgs`: its own options plus `--lang`, `--format` and `--help`.
 * Returns `undefined` when `--help` was given; throws `UsageError` for anything it cannot accept.
 */
export function parseInvocation(
  command: Command,
  args: readonly string[],
  surroundings: Surroundings = { env: {} },
): Invocation | undefined {
  const specs = { ...command.options, ...COMMON_OPTIONS };
  const options = Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [
      name,
      {
        type: spec.type,
        ...(spec.multiple === true ? { multiple: true } : {}),
        ...(spec.short === undefined ? {} : { short: spec.short }),
      },
    ]),
  );
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(error, command.name, Object.keys(specs));
  }
  const { values, positionals } = parsed;
  if (values.help === true) return undefined;
  const text = (name: string) => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };
  const langOption = text('lang');
  const lang =
    langOption === undefined ? environmentLanguage(surroundings.env) : choice(langOption, ['en', 'es'], 'lang');
  const formatOption = text('format');
  const format = formatOption === undefined ? 'table' : choice(formatOption, FORMATS, 'format');
  const width = tableWidth(text('width'), surroundings.env, surroundings.columns);
  const argument = positionals.join(' ').trim();
  if (command.positional === undefined && positionals.length > 0) {
    throw new UsageError(
      `unexpected argument '${positionals[0] ?? ''}' for 'usmx ${command.name}'; see 'usmx ${command.name} --help'.`,
    );
  }
  if (command.positional !== undefined) {
    if (argument === '' && command.optionalPositional !== true)
      throw new UsageError(
        `missing <${command.positional.name}> for 'usmx ${command.name}'; see 'usmx ${command.name} --help'.`,
      );
    if (command.positional.words !== true && positionals.length > 1) {
      throw new UsageError(
        `unexpected argument '${positionals[1] ?? ''}' for 'usmx ${command.name}': it takes one <${command.positional.name}>.`,
      );
    }
  }
  return {
    lang,
    format,
    width,
    argument,
    string: text,
    strings: (name) => {
      const value = values[name];
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    },
    flag: (name) => values[name] === true,
  };
}

/** Reads a whole-number option such as a year (`what` is, say, `a year such as 2023`); throws `UsageError` otherwise. */
export function wholeNumberOption(value: string | undefined, option: string, what: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[+-]?\d+$/.test(value.trim())) throw new UsageError(`--${option} must be ${what}; got '${value}'.`);
  return Number(value);
}

/** The entries of an object whose value is defined, for options objects under `exactOptionalPropertyTypes`. */
export function defined<T extends Record<string, unknown>>(
  values: T,
): { [Key in keyof T]?: Exclude<T[Key], undefined> } {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as {
    [Key in keyof T]?: Exclude<T[Key], undefined>;
  };
}
