import { text } from '../core/arguments.js';
import { NotFoundError } from '../core/errors.js';
import { tradeVintages as history } from '../generated/trade-vintages.js';
import { derivedFlows } from './flows.js';
/**
 * Which vintage of a value to read: `'latest'` (the default, the current Census value), `'first-release'` (the
 * value as Census first published it, where the package holds one), or the id of a vintage (a source id such as
 * `'census-country-xlsx-2024-01'`; `tradeRevisions` lists the ones a period has).
 */
export type TradeVintageSelector = 'latest' | 'first-release' | (string & {});

/** Options of the trade value helpers (`tradeTotal`, `tradeExports`, `tradeImports`, `tradeBalance`). */
export interface TradeVintageOptions {
  /** The vintage to read; `'latest'` when omitted. */
  readonly vintage?: TradeVintageSelector;
}

/** One vintage of a year or month of goods trade, in whole U.S. dollars. */
export interface TradeRevision {
  /** The year (`'2023'`) or month (`'2023-01'`). */
  readonly period: string;
  /** Id of the source that is the release these values come from. */
  readonly vintage: string;
  /** Whether these are the values as Census first published them. */
  readonly firstRelease: boolean;
  /** Whether these are the current values (those of `tradeYears` and `tradeMonths`). */
  readonly latest: boolean;
  /** Exports, when the source gives them. */
  readonly exportsUsd: number | undefined;
  /** Imports, when the source gives them. */
  readonly importsUsd: number | undefined;
  /** Two-way trade: as the source states it where it does (rounded separately), else exports plus imports. */
  readonly totalUsd: number;
  /** Exports minus imports, when both are given. */
  readonly balanceUsd: number | undefined;
  /** Whether Census may still revise the period (the same for every vintage of it). */
  readonly revisable: boolean;
}

/** The current values of a period, as the year and month records hold them. */
export interface CurrentTradeValues {
  readonly exportsUsd: number;
  readonly importsUsd: number;
  readonly vintage: string;
  readonly revisable: boolean;
}

/** Every vintage of a period, oldest first, given its current values. */
export function revisionsOf(key: string, current: CurrentTradeValues): TradeRevision[] {
  const entries: TradeRevision[] = history()
    .filter((r) => r.period === key)
    .map((r) => ({
      period: key,
      vintage: r.vintage,
      firstRelease: r.release === 'first-release',
      latest: false,
      exportsUsd: r.exportsUsd,
      importsUsd: r.importsUsd,
      totalUsd: r.totalUsd ?? (r.exportsUsd ?? 0) + (r.importsUsd ?? 0),
      balanceUsd: r.exportsUsd === undefined || r.importsUsd === undefined ? undefined : r.exportsUsd - r.importsUsd,
      revisable: current.revisable,
    }));
  const latest: TradeRevision = {
    period: key,
    vintage: current.vintage,
    firstRelease: false,
    latest: true,
    exportsUsd: current.exportsUsd,
    importsUsd: current.importsUsd,
    ...derivedFlows(current),
    revisable: current.revisable,
  };
  // A month first published by a refresh is both its first release and its current value: one entry, both flags.
  const same = entries.findIndex((e) => e.vintage === latest.vintage && e.totalUsd === latest.totalUsd);
  if (same !== -1) {
    const entry = entries[same] as TradeRevision;
    entries[same] = { ...latest, firstRelease: entry.firstRelease };
    return entries;
  }
  return [...entries, latest];
}

/** The entry a selector names; throws `NotFoundError` listing the vintages the period has. */
export function pickVintage(revisions: readonly TradeRevision[], key: string, vintage: unknown): TradeRevision {
  const wanted = text(vintage, 'vintage');
  const found =
    wanted === 'latest'
      ? revisions.find((r) => r.latest)
      : wanted === 'first-release'
        ? revisions.find((r) => r.firstRelease)
        : revisions.find((r) => r.vintage === wanted);
  if (found === undefined) {
    const held = revisions.flatMap((r) => (r.firstRelease ? ['first-release', r.vintage] : [r.vintage]));
    throw new NotFoundError('vintage', `${wanted}' for '${key}`, [...new Set(['latest', ...held])]);
  }
  return found;
}
