import { text } from '../core/arguments.js';
import { NotFoundError, describe, InvalidArgumentError } from '../core/errors.js';
import { memo } from '../core/memo.js';
import { suggest } from '../core/suggest.js';
import { citableDatasets } from '../generated/citable.js';
import { getTradeYear } from '../trade/trade-years.js';
import type { CitableRecord, CitationTarget } from './types.js';

// Build-time checks keep ids unique across the citable datasets (the DATASETS table says which), so an id names one
// record.
const byId = /* @__PURE__ */ memo(() => {
  const map = new Map<string, CitableRecord>();
  for (const list of citableDatasets) for (const record of list()) map.set(record.id, record);
  return map;
});

/**
 * The record a citation request names: a record object as given, a year of the trade series, or the id of an
 * initiative, event, actor, place, figure or comment. Throws `NotFoundError` for an unknown id or year.
 */
export function citableRecord(recordOrId: CitationTarget): CitableRecord {
  if (typeof recordOrId === 'number') {
    const year = getTradeYear(recordOrId);
    if (year === undefined) throw new NotFoundError('record', String(recordOrId), []);
    return year;
  }
  if (typeof recordOrId === 'object' && recordOrId !== null && Array.isArray((recordOrId as CitableRecord).sources))
    return recordOrId;
  if (typeof recordOrId !== 'string') {
    throw new InvalidArgumentError(
      `recordOrId must be a record with sources, an id or a trade year; got ${describe(recordOrId)}.`,
    );
  }
  const record = byId().get(text(recordOrId, 'recordOrId'));
  if (record === undefined) throw new NotFoundError('record', recordOrId, suggest(recordOrId, byId().keys()));
  return record;
}
