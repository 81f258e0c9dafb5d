/**
 * Integrity checks beyond the schemas: the relations between records that no single record can check.
 * Each check returns the problems it finds, each naming file, record and field path.
 */
import { actorKeys } from '../../src/actors/keys.js';
import { foldKey } from '../../src/core/fold.js';
import { initiativeKeys } from '../../src/initiatives/keys.js';
import { placeKeys } from '../../src/places/keys.js';
import { derivedFlows } from '../../src/trade/flows.js';
import type { ActorRecord, InitiativeRecord, PlaceRecord } from '../../src/generated/records.js';
import { dateSpan } from '../../src/core/partial-date.js';
import { checkTradeVintages } from './census/vintages-check.js';
import { isMonth, monthsOf, periodsBetween, type SeriesRange } from '../../src/core/series.js';
import { ENCOUNTER_COVERAGE } from '../../src/encounters/coverage.js';
import { FDI_COVERAGE } from '../../src/fdi/coverage.js';
import { REMITTANCE_COVERAGE } from '../../src/remittances/coverage.js';
import { DATASET_NAMES, DATASETS, type Dataset, type DatasetName, datasetInfo, type Problem } from './dataset.js';

type Check = (data: Dataset) => Problem[];

/** Tolerance, as a share of the series value, within which an `approximately` figure must agree. */
export const APPROXIMATE_TOLERANCE = 0.01;
/** How far the months of a year may sum from the year, in dollars (Census rounds to $0.1 million). */
export const MONTH_SUM_TOLERANCE_USD = 500_000;

function problem(name: DatasetName, record: string, path: string, message: string): Problem {
  return { file: DATASETS[name].file, record, path, message };
}

/** Keys are unique within each dataset, and component ids within their initiative. */
export const checkUniqueIds: Check = (data) => {
  const problems: Problem[] = [];
  for (const name of DATASET_NAMES) {
    const { key } = datasetInfo(name);
    const seen = new Set<string>();
    for (const record of data[name]) {
      const value = key(record);
      if (seen.has(value)) problems.push(problem(name, value, 'id', `duplicate id '${value}'`));
      seen.add(value);
    }
  }
  for (const initiative of data.initiatives) {
    const seen = new Set<string>();
    initiative.components.forEach((component, index) => {
      if (seen.has(component.id)) {
        problems.push(
          problem('initiatives', initiative.id, `components.${index}.id`, `duplicate component id '${component.id}'`),
        );
      }
      seen.add(component.id);
    });
  }
  return problems;
};

/** Ids are unique across the datasets `cite` and `sourcesFor` accept an id of, so that an id names one record. */
export const checkGlobalIds: Check = (data) => {
  const problems: Problem[] = [];
  const owner = new Map<string, DatasetName>();
  for (const name of DATASET_NAMES.filter((n) => DATASETS[n].citable)) {
    const { key } = datasetInfo(name);
    for (const id of data[name].map(key)) {
      const other = owner.get(id);
      if (other !== undefined && other !== name)
        problems.push(problem(name, id, 'id', `id '${id}' is also used in ${DATASETS[other].file}`));
      owner.set(id, name);
    }
  }
  return problems;
};

/** One citation of a source, located by dataset, record and field path. */
export interface CitationSite {
  readonly name: DatasetName;
  readonly record: string;
  readonly path: string;
  readonly source: string;
}

/** Every `sources` list anywhere inside a value (a record, a component, an office), with the path of each citation. */
function citationsIn(value: unknown, path: string): { path: string; source: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => citationsIn(item, `${path}${index}.`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([field, child]) =>
    field === 'sources' && Array.isArray(child)
      ? child.flatMap((citation: unknown, index) => {
          const source = (citation as { source?: unknown }).source;
          return typeof source === 'string' ? [{ path: `${path}sources.${index}.source`, source }] : [];
        })
      : citationsIn(child, `${path}${field}.`),
  );
}

/** Every citation of every record, with its field path (`components.0.sources.1.source`). */
export function citationsOf(data: Dataset): CitationSite[] {
  return DATASET_NAMES.flatMap((name) => {
    const { key } = datasetInfo(name);
    return data[name].flatMap((record) => citationsIn(record, '').map((c) => ({ name, record: key(record), ...c })));
  });
}

/** Every id a record refers to exists. */
export const checkReferences: Check = (data) => {
  const problems: Problem[] = [];
  const ids = (records: readonly { id: string }[]) => new Set(records.map((r) => r.id));
  const sources = ids(data.sources);
  const initiatives = ids(data.initiatives);
  const actors = ids(data.actors);
  const places = ids(data.places);
  const figures = ids(data.figures);
  const expect = (name: DatasetName, record: string, path: string, id: string, known: Set<string>, kind: string) => {
    if (!known.has(id)) problems.push(problem(name, record, path, `unknown ${kind} '${id}'`));
  };
  for (const citation of citationsOf(data)) {
    expect(citation.name, citation.record, citation.path, citation.source, sources, 'source');
  }
  const expectEach = (
    name: DatasetName,
    record: string,
    field: string,
    list: readonly string[],
    known: Set<string>,
    kind: string,
  ) => {
    for (const [i, id] of list.entries()) expect(name, record, `${field}.${i}`, id, known, kind);
  };
  for (const r of data.initiatives) {
    if (r.parent !== undefined) expect('initiatives', r.id, 'parent', r.parent, initiatives, 'initiative');
    expectEach('initiatives', r.id, 'replaces', r.replaces, initiatives, 'initiative');
    expectEach('initiatives', r.id, 'leadActors', r.leadActors, actors, 'actor');
  }
  for (const r of data.events) {
    expectEach('events', r.id, 'initiatives', r.initiatives, initiatives, 'initiative');
    expectEach('events', r.id, 'actors', r.actors, actors, 'actor');
    expectEach('events', r.id, 'places', r.places, places, 'place');
    expectEach('events', r.id, 'figures', r.figures, figures, 'figure');
  }
  const roles = ids(data.roles);
  const held = new Set<string>();
  for (const r of data.actors) {
    for (const [i, office] of r.offices.entries()) {
      expect('actors', r.id, `offices.${i}.role`, office.role, roles, 'role');
      held.add(office.role);
    }
  }
  for (const r of data.roles) {
    if (!held.has(r.id)) problems.push(problem('roles', r.id, 'id', 'has no recorded term'));
  }
  for (const r of data.tradeYears) expect('tradeYears', String(r.year), 'vintage', r.vintage, sources, 'source');
  for (const r of data.tradeMonths) expect('tradeMonths', r.month, 'vintage', r.vintage, sources, 'source');
  for (const r of data.tradeVintages) expect('tradeVintages', r.period, 'vintage', r.vintage, sources, 'source');
  return problems;
};

/** No initiative is its own ancestor. */
export const checkParentCycles: Check = (data) => {
  const parentOf = new Map(data.initiatives.map((r) => [r.id, r.parent]));
  const problems: Problem[] = [];
  for (const r of data.initiatives) {
    const seen = new Set<string>([r.id]);
    for (let id = r.parent; id !== undefined; id = parentOf.get(id)) {
      if (seen.has(id)) {
        problems.push(problem('initiatives', r.id, 'parent', `parent chain loops back through '${id}'`));
        break;
      }
      seen.add(id);
    }
  }
  return problems;
};

/** Every source is cited by at least one record. */
export const checkSourcesCited: Check = (data) => {
  const cited = new Set(citationsOf(data).map((c) => c.source));
  return data.sources
    .filter((source) => !cited.has(source.id))
    .map((source) => problem('sources', source.id, 'id', 'is never cited'));
};

/**
 * Starts come before ends, and no two terms of one role overlap. A date known only to the month or the year spans
 * many days, so a term is certain only from the last day its start could be to the first day its end could be; two
 * terms conflict when their certain spans share more than a handover day (one ends at noon, the next begins). An
 * acting holder who stands in during the full holder's leave lies within that holder's term, and is allowed.
 */
export const checkDateOrder: Check = (data) => {
  const problems: Problem[] = [];
  for (const r of data.initiatives) {
    if (r.start !== undefined && r.end !== undefined && dateSpan(r.end).last < dateSpan(r.start).first) {
      problems.push(problem('initiatives', r.id, 'end', `end ${r.end} is before start ${r.start}`));
    }
  }
  const terms = new Map<string, Term[]>();
  for (const actor of data.actors) {
    actor.offices.forEach((office, index) => {
      const from = dateSpan(office.from);
      const to = office.to === undefined ? OPEN_END : dateSpan(office.to);
      if (to.last < from.first) {
        problems.push(
          problem('actors', actor.id, `offices.${index}.to`, `to ${office.to} is before from ${office.from}`),
        );
      }
      const list = terms.get(office.role) ?? [];
      list.push({ actor: actor.id, index, acting: office.acting, from, to });
      terms.set(office.role, list);
    });
  }
  for (const [role, list] of terms) {
    list.sort((a, b) => a.from.first - b.from.first);
    list.forEach((current, i) => {
      for (const previous of list.slice(0, i)) {
        if (certainlyOverlap(previous, current) && !standsIn(current, previous) && !standsIn(previous, current)) {
          problems.push(
            problem(
              'actors',
              current.actor,
              `offices.${current.index}.from`,
              `term in '${role}' overlaps the term of '${previous.actor}'`,
            ),
          );
        }
      }
    });
  }
  return problems;
};

interface Term {
  readonly actor: string;
  readonly index: number;
  readonly acting: boolean;
  readonly from: { readonly first: number; readonly last: number };
  readonly to: { readonly first: number; readonly last: number };
}

const OPEN_END = { first: Number.POSITIVE_INFINITY, last: Number.POSITIVE_INFINITY };

function certainlyOverlap(a: Term, b: Term): boolean {
  return Math.max(a.from.last, b.from.last) < Math.min(a.to.first, b.to.first);
}

/** Whether `stand` is an acting term within `term`, as a stand-in during a leave is. */
function standsIn(stand: Term, term: Term): boolean {
  return stand.acting && !term.acting && stand.from.first >= term.from.first && stand.to.last <= term.to.last;
}

/** Files are in their canonical order (each dataset's `sortKey`), so that diffs stay small. */
export const checkSorted: Check = (data) => {
  const problems: Problem[] = [];
  for (const name of DATASET_NAMES) {
    const { key, sortKey } = datasetInfo(name);
    const records: readonly unknown[] = data[name];
    for (let i = 1; i < records.length; i++) {
      const previous = records[i - 1];
      const current = records[i];
      if (sortKey(previous) > sortKey(current)) {
        problems.push(problem(name, key(current), '', `is out of order: it must come before '${key(previous)}'`));
      }
    }
  }
  return problems;
};

function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const number = Number(month.slice(5, 7));
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

/** Years and months run without gaps over the same years, and each year's months sum to the year. */
export const checkTradeSeries: Check = (data) => {
  const problems: Problem[] = [];
  data.tradeYears.forEach((r, i) => {
    const previous = data.tradeYears[i - 1];
    if (previous !== undefined && r.year !== previous.year + 1) {
      problems.push(problem('tradeYears', String(r.year), 'year', `follows ${previous.year}: the series has a gap`));
    }
  });
  data.tradeMonths.forEach((r, i) => {
    const previous = data.tradeMonths[i - 1];
    if (previous !== undefined && r.month !== nextMonth(previous.month)) {
      problems.push(problem('tradeMonths', r.month, 'month', `follows ${previous.month}: the series has a gap`));
    }
  });
  const months = new Map<number, { exportsUsd: number; importsUsd: number; count: number }>();
  for (const r of data.tradeMonths) {
    const year = Number(r.month.slice(0, 4));
    const sum = months.get(year) ?? { exportsUsd: 0, importsUsd: 0, count: 0 };
    months.set(year, {
      exportsUsd: sum.exportsUsd + r.exportsUsd,
      importsUsd: sum.importsUsd + r.importsUsd,
      count: sum.count + 1,
    });
  }
  for (const r of data.tradeYears) {
    const sum = months.get(r.year);
    if (sum === undefined || sum.count !== 12) {
      problems.push(
        problem('tradeYears', String(r.year), 'year', `has ${sum?.count ?? 0} months in the monthly series, not 12`),
      );
      continue;
    }
    for (const field of ['exportsUsd', 'importsUsd'] as const) {
      const gap = Math.abs(sum[field] - r[field]);
      if (gap > MONTH_SUM_TOLERANCE_USD) {
        problems.push(
          problem(
            'tradeYears',
            String(r.year),
            field,
            `months sum to ${sum[field]}, ${gap} dollars from the year's ${r[field]}`,
          ),
        );
      }
    }
  }
  const years = new Set(data.tradeYears.map((r) => r.year));
  // Months of the year after the last full year are the year in progress, which has no annual row yet.
  const inProgress = (data.tradeYears[data.tradeYears.length - 1]?.year ?? Number.NaN) + 1;
  for (const year of months.keys()) {
    if (!years.has(year) && year !== inProgress)
      problems.push(problem('tradeMonths', `${year}-01`, 'month', `year ${year} is not in the annual series`));
  }
  return problems;
};

/** Whether a stated figure agrees with the series value within what its qualifier allows. */
export function agreesWithin(stated: number, actual: number, qualifier: string): boolean {
  switch (qualifier) {
    case 'exact':
      return stated === actual;
    case 'approximately':
      return Math.abs(stated - actual) <= Math.abs(actual) * APPROXIMATE_TOLERANCE;
    case 'at-least':
      return actual >= stated;
    case 'more-than':
      return actual > stated;
    case 'at-most':
      return actual <= stated;
    default:
      return false;
  }
}

/** A figure linked to a trade year agrees with the series within its qualifier. */
export const checkTradeFigures: Check = (data) => {
  const problems: Problem[] = [];
  const years = new Map(data.tradeYears.map((r) => [r.year, r]));
  for (const figure of data.figures) {
    const link = figure.trade;
    if (link === undefined || link.measure === 'rank') continue;
    const year = years.get(link.year);
    if (year === undefined) {
      problems.push(problem('figures', figure.id, 'trade.year', `year ${link.year} is not in the trade series`));
      continue;
    }
    if (figure.quantity.unit !== 'usd') {
      problems.push(problem('figures', figure.id, 'quantity.unit', `a ${link.measure} figure must be in usd`));
      continue;
    }
    const { totalUsd, balanceUsd } = derivedFlows(year);
    const actual = { exports: year.exportsUsd, imports: year.importsUsd, total: totalUsd, balance: balanceUsd }[
      link.measure
    ];
    if (!agreesWithin(figure.quantity.value, actual, figure.quantity.qualifier)) {
      problems.push(
        problem(
          'figures',
          figure.id,
          'quantity.value',
          `${figure.quantity.qualifier} ${figure.quantity.value} disagrees with the ${link.year} ${link.measure} of ${actual}`,
        ),
      );
    }
  }
  return problems;
};

/** Lookup keys (ids, names, acronyms, aliases, codes), once folded, name one record each. */
export const checkLookupKeys: Check = (data) => {
  const problems: Problem[] = [];
  const scan = <T extends { id: string }>(name: DatasetName, records: readonly T[], keysOf: (r: T) => string[]) => {
    const owner = new Map<string, string>();
    for (const record of records) {
      for (const key of new Set(keysOf(record).map(foldKey))) {
        const other = owner.get(key);
        if (other !== undefined && other !== record.id) {
          problems.push(problem(name, record.id, '', `lookup key '${key}' also names '${other}'`));
        }
        owner.set(key, record.id);
      }
    }
  };
  // The id unions are generated from these very records, so validated records are shipped records.
  scan('initiatives', data.initiatives as readonly InitiativeRecord[], initiativeKeys);
  scan('actors', data.actors as readonly ActorRecord[], actorKeys);
  scan('places', data.places as readonly PlaceRecord[], placeKeys);
  return problems;
};

/** How strong the evidence of each kind of source is, strongest first: the order citations follow. */
const EVIDENCE_ORDER = ['official', 'dataset', 'press', 'reference', 'brief'] as const;

/**
 * Each list of citations runs from the strongest evidence to the weakest (official, dataset, press, reference), so
 * that the brief comes first only when nothing else supports a record.
 */
export const checkCitationOrder: Check = (data) => {
  const kindOf = new Map(data.sources.map((s) => [s.id, EVIDENCE_ORDER.indexOf(s.kind)]));
  const previous = new Map<string, number>();
  const problems: Problem[] = [];
  for (const citation of citationsOf(data)) {
    const list = `${citation.name}\u0000${citation.record}\u0000${citation.path.replace(/sources\.\d+\.source$/, '')}`;
    const rank = kindOf.get(citation.source) ?? 0;
    if (rank < (previous.get(list) ?? 0)) {
      problems.push(
        problem(citation.name, citation.record, citation.path, `cites ${citation.source} after weaker evidence`),
      );
    }
    previous.set(list, Math.max(rank, previous.get(list) ?? 0));
  }
  return problems;
};

/**
 * Problems of one statistical series against the ranges it declares: every period inside a range is present unless
 * listed as missing, a listed period is really absent, and ranges are well formed.
 */
export function rangeProblems(
  present: ReadonlySet<string>,
  ranges: readonly SeriesRange[],
  report: (period: string, message: string) => void,
): void {
  for (const range of ranges) {
    if (range.from > range.to) report(range.from, `declared range ${range.from}–${range.to} is reversed`);
    const missing = new Set(range.missing.map((m) => m.period));
    for (const period of periodsBetween(range.from, range.to)) {
      if (!present.has(period) && !missing.has(period)) {
        report(period, `is inside the declared range ${range.from}–${range.to} but missing: the series has a gap`);
      }
      if (present.has(period) && missing.has(period)) report(period, 'is declared missing but is present');
    }
    for (const period of missing) {
      if (period < range.from || period > range.to)
        report(period, `is declared missing outside ${range.from}–${range.to}`);
    }
  }
}

/**
 * How far the months of a year may sum from the year, in the series' unit: each of n values rounded to a whole
 * unit may be off by half a unit, and the year too.
 */
export function monthSumTolerance(months: number, unit: number): number {
  return ((months + 1) * unit) / 2;
}

/**
 * Where a year and all its months are present, the months sum to the year (within rounding for values published
 * to the whole million); the months of a fiscal year are October to September.
 */
function sumProblems(
  values: ReadonlyMap<string, number>,
  years: readonly string[],
  unit: number,
  report: (period: string, message: string) => void,
): void {
  for (const year of years) {
    const total = values.get(year);
    const months = monthsOf(year).map((m) => values.get(m));
    if (total === undefined || months.some((m) => m === undefined)) continue;
    const sum = months.reduce((a: number, b) => a + (b ?? 0), 0);
    if (Math.abs(sum - total) > monthSumTolerance(12, unit)) {
      report(year, `months sum to ${sum}, the year says ${total}`);
    }
  }
}

/**
 * The encounter, remittance and FDI series have no gap inside their declared ranges, and months sum to years. A
 * series with no record at all is not checked against its ranges (test fixtures); test/series.test.ts checks that
 * every declared series has records.
 */
export const checkStatisticalSeries: Check = (data) => {
  const problems: Problem[] = [];
  for (const c of ENCOUNTER_COVERAGE) {
    const records = data.encounters.filter(
      (r) => r.scope === c.scope && r.component === c.component && isMonth(r.period) === (c.frequency === 'month'),
    );
    const report = (period: string, message: string) =>
      problems.push(problem('encounters', `${c.scope}/${c.component}/${period}`, 'period', message));
    if (records.length > 0) rangeProblems(new Set(records.map((r) => r.period)), c.ranges, report);
  }
  const groups = new Map<string, Map<string, number>>();
  for (const r of data.encounters) {
    const key = `${r.scope}/${r.component}`;
    const values = groups.get(key) ?? new Map<string, number>();
    values.set(r.period, r.value);
    groups.set(key, values);
  }
  for (const [key, values] of groups) {
    const years = [...values.keys()].filter((p) => p.startsWith('FY'));
    sumProblems(values, years, 0, (period, message) =>
      problems.push(problem('encounters', `${key}/${period}`, 'value', message)),
    );
  }
  const remittances = new Map(data.remittances.map((r) => [r.period, r.valueUsdMillions]));
  const reportRemittance = (period: string, message: string) =>
    problems.push(problem('remittances', period, 'period', message));
  if (data.remittances.length > 0) {
    const present = new Set(data.remittances.map((r) => r.period));
    rangeProblems(present, [...REMITTANCE_COVERAGE.years, ...REMITTANCE_COVERAGE.months], reportRemittance);
  }
  sumProblems(
    remittances,
    data.remittances.filter((r) => !isMonth(r.period)).map((r) => r.period),
    1,
    reportRemittance,
  );
  if (data.fdi.length > 0) {
    rangeProblems(new Set(data.fdi.map((r) => String(r.year))), FDI_COVERAGE, (period, message) =>
      problems.push(problem('fdi', period, 'year', message)),
    );
  }
  return problems;
};

/** Every check, in the order they run. */
export const CHECKS: Readonly<Record<string, Check>> = {
  checkUniqueIds,
  checkGlobalIds,
  checkReferences,
  checkParentCycles,
  checkSourcesCited,
  checkCitationOrder,
  checkDateOrder,
  checkSorted,
  checkTradeSeries,
  checkTradeFigures,
  checkTradeVintages,
  checkStatisticalSeries,
  checkLookupKeys,
};

/** Runs every integrity check. */
export function checkIntegrity(data: Dataset): Problem[] {
  return Object.values(CHECKS).flatMap((check) => check(data));
}
