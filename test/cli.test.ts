/**
 * `usmx`: every command runs in-process through `run`, the function the binary calls; a few tests spawn the built
 * binary (dist/usmx.js, so run `npm run build` first) for what only a real process shows: the shebang, exit codes,
 * a closed pipe and a terminal.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { failure } from '../src/cli/errors.js';
import { run } from '../src/cli/run.js';
import {
  asOf,
  dataVersion,
  formatPartialDate,
  figures,
  initiatives,
  sourcesFor,
  timeline,
  tradeMonths,
  tradeSeries,
} from '../src/index.js';

const BIN = fileURLToPath(new URL('../dist/usmx.js', import.meta.url));
const ANSI = '\u001b[';

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `usmx` in-process, as the binary would with stdout not a terminal, in a clean colour environment. */
function usmx(args: readonly string[], env: Record<string, string> = {}, isTTY = false): Run {
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
function spawnBinary(args: readonly string[]): Run {
  const { NO_COLOR: _, FORCE_COLOR: __, ...base } = process.env;
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: base });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs a command that must succeed and returns its stdout. */
function ok(...args: string[]): string {
  const result = usmx(args);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

const json = (...args: string[]): unknown => JSON.parse(ok(...args, '--format', 'json'));
const lines = (text: string) => text.replace(/\n$/, '').split('\n');
const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** One run of every command, with the csv header each prints. */
const COMMANDS: readonly { readonly args: readonly string[]; readonly csvHeader: string }[] = [
  { args: ['brief'], csvHeader: 'section,group,id,date,text,value,sources' },
  { args: ['trade'], csvHeader: 'year,exportsUsd,importsUsd,totalUsd,balanceUsd' },
  {
    args: ['trade', '--monthly', '--from', '2024-07'],
    csvHeader: 'month,exportsUsd,importsUsd,vintage,revisable,sources',
  },
  { args: ['encounters'], csvHeader: 'period,value,qualifier,preliminary,vintage,sources' },
  {
    args: ['encounters', '--nationwide'],
    csvHeader: 'period,value,qualifier,preliminary,vintage,sources',
  },
  { args: ['remittances', '--monthly'], csvHeader: 'period,value,qualifier,preliminary,vintage,sources' },
  { args: ['fdi', '--from-us'], csvHeader: 'period,value,qualifier,preliminary,vintage,sources' },
  { args: ['timeline'], csvHeader: 'id,date,kind,title,summary,domains,initiatives,actors,places,figures,sources' },
  { args: ['lookup', 'usmca'], csvHeader: 'field,value' },
  { args: ['lookup', 'Claudia', 'Sheinbaum'], csvHeader: 'field,value' },
  { args: ['lookup', 'MX-NLE'], csvHeader: 'field,value' },
  { args: ['search', 'border'], csvHeader: 'kind,id,label,score' },
  { args: ['figures'], csvHeader: 'id,subject,date,label,value,unit,qualifier,text,domains,sources' },
  { args: ['cite', 'usmca'], csvHeader: 'source,publisher,title,published,url,kind,language,quote,note' },
  { args: ['comments'], csvHeader: 'id,position,author,language,stance,themes,text,sources' },
];

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
});

describe.each(COMMANDS.map((command) => ({ ...command, name: command.args.join(' ') })))(
  'usmx $name',
  ({ args, csvHeader }) => {
    it.each(['en', 'es'])('prints a table within 80 columns, without colour off a terminal (--lang %s)', (lang) => {
      const out = ok(...args, '--lang', lang);
      expect(out.length).toBeGreaterThan(0);
      for (const line of lines(out)) expect(line.length, line).toBeLessThanOrEqual(80);
      expect(out).not.toContain(ANSI);
    });
    it('prints json that a script can parse', () => {
      expect(typeof JSON.parse(ok(...args, '--format', 'json'))).toBe('object');
    });
    it('prints ndjson, one JSON value per line', () => {
      const out = lines(ok(...args, '--format', 'ndjson'));
      expect(out.length).toBeGreaterThan(0);
      for (const line of out) expect(() => JSON.parse(line)).not.toThrow();
    });
    it('prints csv with its header', () => {
      const out = lines(ok(...args, '--format', 'csv'));
      expect(out[0]).toBe(csvHeader);
      expect(out.length).toBeGreaterThan(1);
    });
    it('shows its help', () => {
      const out = ok(args[0] ?? '', '--help');
      expect(out).toContain(`Usage: usmx ${args[0]}`);
      expect(out).toContain('Examples:');
      expect(out).toContain('--format FORMAT');
      for (const line of lines(out)) expect(line.length, line).toBeLessThanOrEqual(80);
    });
  },
);

describe('usmx encounters, remittances and fdi', () => {
  it('print the published values with their qualifier, preliminary status, vintage and sources', () => {
    expect(json('encounters', '--from', 'FY2019', '--to', 'FY2019')).toEqual([
      {
        period: 'FY2019',
        value: 977_509,
        qualifier: 'exact',
        preliminary: false,
        vintage: '2021-01-05',
        sources: ['cbp-sw-land-border-encounters-dashboard-2021-01-docslib', 'cbp-2019-09-release-imperialvalleynews'],
      },
    ]);
    expect(ok('encounters', '--component', 'usbp', '--from', 'FY2025')).toContain('237,565 p');
    expect(json('remittances', '--from', '2025')).toMatchObject([{ period: '2025', value: 61_791 }]);
    expect(json('fdi', '--from-us', '--from', '2022', '--to', '2022')).toMatchObject([
      { period: '2022', value: 15_000, qualifier: 'approximately', preliminary: true },
    ]);
    expect(usmx(['encounters', '--component', 'all']).code).toBe(2);
  });
});

describe('usmx trade', () => {
  it('gives the tradeSeries rows as json', () => {
    const out = ok('trade', '--from', '2023', '--to', '2023', '--format', 'json');
    expect(JSON.parse(out)).toEqual([
      {
        year: 2023,
        exportsUsd: 324_425_900_000,
        importsUsd: 472_898_700_000,
        totalUsd: 797_324_600_000,
        balanceUsd: -148_472_800_000,
      },
    ]);
    expect(json('trade')).toEqual(tradeSeries());
  });
  it('flattens the rows to csv in whole dollars', () => {
    expect(lines(ok('trade', '--from', '2019', '--to', '2020', '--format', 'csv'))).toEqual([
      'year,exportsUsd,importsUsd,totalUsd,balanceUsd',
      '2019,256676500000,356093600000,612770100000,-99417100000',
      '2020,212512800000,323476900000,535989700000,-110964100000',
    ]);
  });
  it('shows billions in the table, with the Census vintage', () => {
    const row = lines(ok('trade', '--from', '2023', '--to', '2023')).find((line) => line.startsWith('2023'));
    expect(row?.split(/\s+/)).toEqual(['2023', '324.4', '472.9', '797.3', '-148.5', 'census-country-xlsx-2026-10']);
  });
  it('gives months with --monthly', () => {
    expect(json('trade', '--monthly', '--from', '2025-01', '--to', '2025-03')).toEqual(
      roundTrip(tradeMonths({ from: '2025-01', to: '2025-03' })),
    );
    const out = ok('trade', '--monthly', '--from', '2025-01', '--to', '2025-01', '--lang', 'es');
    expect(out).toContain('Mes');
    expect(out).toContain('enero de 2025');
  });
  it('uses Spanish headings with --lang es', () => {
    const out = ok('trade', '--from', '2025', '--lang', 'es');
    expect(out).toContain('Año');
    expect(out).toContain('Saldo');
  });
});

describe('usmx timeline', () => {
  it('gives the timeline records as json, filtered', () => {
    expect(json('timeline')).toEqual(roundTrip(timeline()));
    expect(json('timeline', '--from', '2025-09', '--to', '2025-09', '--domain', 'security')).toEqual(
      roundTrip(timeline({ from: '2025-09', to: '2025-09', domains: ['security'] })),
    );
    const dates = (json('timeline', '--initiative', 'T-MEC') as { date: string }[]).map((e) => e.date);
    expect(dates).toEqual(timeline({ initiative: 'usmca' }).map((e) => e.date));
    expect(dates).toEqual(expect.arrayContaining(['2018-11-30', '2020-07-01']));
  });
  it('shows titles and dates in the language asked for', () => {
    const en = ok('timeline', '--initiative', 'usmca');
    expect(en).toContain('November 30, 2018');
    const es = ok('timeline', '--initiative', 'usmca', '--lang', 'es');
    expect(es).toContain('30 de noviembre de 2018');
    expect(es).toContain('Se firma el T-MEC');
  });
  it('writes csv with the title in the language and lists joined by ;', () => {
    const rows = lines(ok('timeline', '--initiative', 'usmca', '--format', 'csv', '--lang', 'es'));
    expect(rows).toContainEqual(expect.stringMatching(/^usmca-signed,2018-11-30,signing,Se firma el T-MEC,/));
    const event = timeline({ initiative: 'usmca' })[0];
    expect(rows[1]?.startsWith(`${event?.id},${event?.date},${event?.kind},`)).toBe(true);
    expect(rows[1]).toContain(`,${event?.domains.join(';')},`);
  });
  it('takes several domains', () => {
    const ids = (json('timeline', '--domain', 'trade', '--domain', 'migration') as { id: string }[]).map((e) => e.id);
    expect(ids).toEqual(timeline({ domains: ['trade', 'migration'] }).map((e) => e.id));
  });
});

describe('usmx lookup', () => {
  it('finds initiatives, actors and places by any key', () => {
    expect(json('lookup', 'T-MEC')).toMatchObject({ id: 'usmca' });
    expect(json('lookup', 'DEAN')).toMatchObject({ id: 'hled' });
    expect(json('lookup', 'Claudia', 'Sheinbaum')).toMatchObject({ id: 'claudia-sheinbaum', kind: 'person' });
    expect(json('lookup', 'nuevo leon')).toMatchObject({ id: 'mx-nle', iso31662: 'MX-NLE' });
    expect(json('lookup', 'usmca')).toEqual(roundTrip(initiatives().find((i) => i.id === 'usmca')));
  });
  it('shows the record in the language asked for', () => {
    const es = ok('lookup', 'usmca', '--lang', 'es');
    expect(es).toContain('Tratado entre México, Estados Unidos y Canadá');
    expect(es).toContain('1 de julio de 2020');
    expect(lines(ok('lookup', 'usmca', '--format', 'csv', '--lang', 'es'))).toEqual(
      expect.arrayContaining(['id,usmca', 'acronyms,T-MEC', 'start,2020-07-01']),
    );
  });
});

describe('usmx search', () => {
  it('ranks hits across languages', () => {
    expect((json('search', 'dialogo', 'economico') as { id: string }[])[0]?.id).toBe('hled');
    expect((json('search', 'T-MEC', '--lang', 'es') as { label: string }[])[0]?.label).toBe(
      'Tratado entre México, Estados Unidos y Canadá',
    );
    expect(json('search', 'mexico', '--limit', '3')).toHaveLength(3);
  });
  it('says so when nothing matches', () => {
    expect(ok('search', 'zzzzqqq')).toBe('No matches.\n');
    expect(ok('search', 'zzzzqqq', '--lang', 'es')).toBe('Sin resultados.\n');
    expect(json('search', 'zzzzqqq')).toEqual([]);
  });
});

describe('usmx figures', () => {
  it('gives the figure records and writes their values out', () => {
    expect(json('figures')).toEqual(roundTrip(figures()));
    expect(ok('figures')).toContain('at least 50');
    expect(ok('figures', '--lang', 'es')).toContain('al menos 50');
    expect(lines(ok('figures', '--format', 'csv'))).toContainEqual(
      expect.stringMatching(/^visa-revocations-2025,visa-revocations,2025-10-14,.*,50,people,at-least,at least 50,/),
    );
  });
});

describe('usmx cite', () => {
  it('prints the numbered citations of a record or a trade year', () => {
    const out = ok('cite', 'usmca');
    // Strongest evidence first; the brief, the origin of some claims, comes last.
    expect(out.startsWith('1. Congressional Research Service.')).toBe(true);
    expect(out).toMatch(/\n\d+\. us-mexico-relations source brief\./);
    expect(out.slice(out.lastIndexOf('us-mexico-relations source brief'))).not.toMatch(/\n\d+\. /);
    expect(json('cite', 'usmca')).toEqual(roundTrip(sourcesFor('usmca')));
    expect(json('cite', '2023')).toEqual(roundTrip(sourcesFor(2023)));
    expect(ok('cite', '2023', '--lang', 'es')).toContain('U.S. Census Bureau');
  });
});

describe('usmx comments', () => {
  it('lists the comments with the stance summary', () => {
    expect((json('comments') as { author: string }[]).map((c) => c.author)).toEqual([
      'dedus mopedus',
      'ytkonos',
      'lettlelenok',
      'Michelangelo',
      'Bella Ciao',
    ]);
    expect(lines(ok('comments')).at(-1)).toBe('supportive: 2 · skeptical: 2 · critical: 1');
    expect(lines(ok('comments', '--lang', 'es')).at(-1)).toBe('a favor: 2 · escéptico: 2 · crítico: 1');
  });
});

describe('usmx brief', () => {
  let table: string[] = [];
  beforeAll(() => {
    table = lines(ok('brief'));
  });
  it('fills one screen of 80 columns', () => {
    expect(table.length).toBeLessThanOrEqual(50);
    for (const line of table) expect(line.length, line).toBeLessThanOrEqual(80);
    expect(table[0]).toMatch(/^U\.S\.–Mexico relations: brief +data as of .+ · [0-9a-f]{12}$/);
    expect(table).toEqual(
      expect.arrayContaining([
        'Latest events',
        'Active initiatives by domain',
        'Key figures (the latest of each kind)',
      ]),
    );
  });
  it('charts 15 years of goods trade, each line ending with its source', () => {
    const chart = table.filter((line) => /^ {2}\d{4} /.test(line));
    expect(chart).toHaveLength(15);
    expect(chart.at(-1)).toMatch(/^ {2}2025 +871\.6 +█+ +census-country-xlsx-2026-10$/);
    // The longest bar is the largest total.
    const bars = chart.map((line) => (/█[█▏▎▍▌▋▊▉]*/.exec(line)?.[0] ?? '').length);
    expect(Math.max(...bars)).toBe(bars[14]);
  });
  it('ends every event, initiative and figure line with its source ids', () => {
    type Cited = { sources: { source: string }[] };
    const data = json('brief') as {
      events: (Cited & { title: { en: string } })[];
      initiatives: Record<string, (Cited & { name: { en: string } })[]>;
      figures: (Cited & { label: { en: string } })[];
    };
    const entries = [
      ...data.events.map((e) => ({ text: e.title.en, sources: e.sources })),
      ...Object.values(data.initiatives).flatMap((list) => list.map((i) => ({ text: i.name.en, sources: i.sources }))),
      ...data.figures.map((f) => ({ text: f.label.en, sources: f.sources })),
    ];
    expect(entries.length).toBeGreaterThan(10);
    for (const { text, sources } of entries) {
      const line = table.find((l) => l.includes(text.slice(0, 24)));
      const ids = [...new Set(sources.map((c) => c.source))];
      // The last cell: the ids that fit, then +N for the rest; a first id too long for the column is cut with '…'.
      const cell = line?.split(/ {2,}/).at(-1) ?? '';
      expect(cell.startsWith(ids[0]?.slice(0, 12) ?? '-'), `${text}: ${line}`).toBe(true);
      expect(
        cell === ids.join(', ') || cell.endsWith(` +${ids.length - cell.split(', ').length}`) || ids.length === 1,
        `${text}: ${line}`,
      ).toBe(true);
    }
  });
  it('gives the records behind the brief as json and ndjson', () => {
    const data = json('brief') as {
      dataVersion: string;
      events: unknown[];
      initiatives: Record<string, { id: string }[]>;
      figures: unknown[];
      trade: { year: number }[];
    };
    expect(data.dataVersion).toBe(dataVersion);
    expect(data.events).toEqual(roundTrip(timeline().slice(-8).reverse()));
    expect(data.initiatives.security?.map((i) => i.id)).toContain('mission-firewall');
    expect(data.initiatives.trade?.map((i) => i.id)).toEqual(['usmca']);
    expect(data.trade).toEqual(tradeSeries({ from: 2011, to: 2025 }));
    const sections = lines(ok('brief', '--format', 'ndjson')).map(
      (line) => (JSON.parse(line) as { section: string }).section,
    );
    expect(new Set(sections)).toEqual(new Set(['events', 'initiatives', 'figures', 'trade']));
  });
  it('speaks Spanish with --lang es', () => {
    const es = ok('brief', '--lang', 'es');
    expect(es).toContain('Últimos acontecimientos');
    expect(es).toContain('Iniciativas activas por ámbito');
    expect(es).toContain('Tratado entre México');
    expect(es).toContain(formatPartialDate(asOf, { lang: 'es' }));
  });
});

describe('colour', () => {
  const hasScript = spawnSync('script', ['--version']).status === 0;
  /** Runs the binary on a pseudo-terminal (util-linux `script`), so that stdout is a TTY. */
  const onTty = (env: Record<string, string>) => {
    const { NO_COLOR: _, ...base } = process.env;
    return spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" comments`, '/dev/null'], {
      encoding: 'utf8',
      env: { ...base, ...env },
    }).stdout;
  };
  it('is off when stdout is not a terminal, and with NO_COLOR', () => {
    expect(ok('brief')).not.toContain(ANSI);
    expect(usmx(['brief'], { NO_COLOR: '1' }, true).stdout).not.toContain(ANSI);
    expect(usmx(['brief'], {}, true).stdout).toContain(`${ANSI}1m`);
    expect(usmx(['brief'], { NO_COLOR: '' }, true).stdout).toContain(`${ANSI}1m`);
  });
  it.skipIf(!hasScript)('the binary sees a real terminal: bold headings, unless NO_COLOR is set', () => {
    expect(onTty({})).toContain(`${ANSI}1m`);
    expect(onTty({ NO_COLOR: '1' })).not.toContain(ANSI);
  });
});

describe('usmx --help and --version', () => {
  it('shows usage with every command and examples', () => {
    for (const flag of ['--help', '-h']) {
      const out = ok(flag);
      expect(out).toContain('Usage: usmx <command>');
      for (const { args } of COMMANDS) expect(out).toContain(`  ${args[0]} `);
      expect(out).toContain('Examples:');
      for (const line of lines(out)) expect(line.length, line).toBeLessThanOrEqual(80);
    }
  });
  it('prints the package version and the data version', () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(ok('--version')).toBe(`usmx ${version} (us-mexico-relations; data ${dataVersion}, as of ${asOf})\n`);
  });
});

describe('errors', () => {
  const cases: readonly [args: readonly string[], code: number, start: string][] = [
    [[], 2, 'usmx: missing command'],
    [['foo'], 2, "usmx: unknown command 'foo'"],
    [['--lang', 'es', 'brief'], 2, "usmx: unknown option '--lang'"],
    [['trade', '--foo'], 2, "usmx: unknown option '--foo' for 'usmx trade'"],
    [['trade', '--from'], 2, "usmx: option '--from' needs a value"],
    [['trade', '--monthly=yes'], 2, "usmx: option '--monthly' takes no value"],
    [['trade', '--format', 'xml'], 2, 'usmx: --format must be one of table, json, csv, ndjson'],
    [['brief', '--lang', 'fr'], 2, 'usmx: --lang must be one of en, es'],
    [['trade', '--from', 'abc'], 2, "usmx: --from must be a year such as 2023; got 'abc'"],
    [['trade', '--from', '1960'], 2, 'usmx: from 1960 is outside the goods-trade series'],
    [['trade', '--from', '2025', '--to', '2020'], 2, 'usmx: from (2025) is after to (2020)'],
    [['trade', '--monthly', '--from', '1970', '--to', '1971'], 2, 'usmx: The monthly goods-trade series covers'],
    [['trade', '--monthly', '--from', '2025-13'], 2, 'usmx: from must be a YYYY, YYYY-MM or YYYY-MM-DD'],
    [['timeline', '--from', '2025-02-30'], 2, 'usmx: from must be a YYYY, YYYY-MM or YYYY-MM-DD'],
    [['timeline', '--from', '2025-10', '--to', '2025-09'], 2, 'usmx: from (2025-10) is after to (2025-09)'],
    [['timeline', '--domain', 'foo'], 2, 'usmx: domains[0] must be one of'],
    [['timeline', '--initiative', 'usmac'], 1, "usmx: No initiative matches 'usmac'. Did you mean"],
    [['lookup'], 2, "usmx: missing <key> for 'usmx lookup'"],
    [['lookup', 'usmac'], 1, "usmx: No record matches 'usmac'. Did you mean"],
    [['lookup', 'zzzzqqq'], 1, "usmx: No record matches 'zzzzqqq'."],
    [['search'], 2, "usmx: missing <text> for 'usmx search'"],
    [['search', 'border', '--limit', 'many'], 2, "usmx: --limit must be a whole number such as 5; got 'many'"],
    [['search', 'border', '--limit', '0'], 2, 'usmx: limit must be at least 1'],
    [['cite'], 2, "usmx: missing <id> for 'usmx cite'"],
    [['cite', 'usmca', 'nafta'], 2, "usmx: unexpected argument 'nafta' for 'usmx cite'"],
    [['cite', 'nope'], 1, "usmx: No record matches 'nope'."],
    [['cite', '1960'], 1, "usmx: No record matches '1960'."],
    [['figures', 'extra'], 2, "usmx: unexpected argument 'extra' for 'usmx figures'"],
  ];
  it.each(cases)('usmx %j exits %i with one line: %s', (args, code, start) => {
    const run = usmx(args);
    expect(run.code).toBe(code);
    expect(run.stdout).toBe('');
    expect(run.stderr.startsWith(start), run.stderr).toBe(true);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).not.toContain('    at ');
  });
  it('suggests the closest keys for a mistyped one', () => {
    expect(usmx(['lookup', 'usmac']).stderr).toContain("'usmca'");
    expect(usmx(['timeline', '--initiative', 'usmac']).stderr).toContain("'usmca'");
  });
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
  it('reports anything unexpected as an internal error, exit 70', () => {
    expect(failure(new Error('boom'))).toEqual({ line: 'usmx: internal error: boom', code: 70 });
  });
});

describe('README', () => {
  it('shows the real output of npm start (usmx brief) and of the trade and lookup examples', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`$ npm start --silent\n${ok('brief')}\`\`\``);
    expect(readme).toContain(`$ npx usmx trade --from 2023\n${ok('trade', '--from', '2023')}`);
    expect(readme).toContain(`$ npx usmx lookup usmac\n${usmx(['lookup', 'usmac']).stderr}`);
  });
});
