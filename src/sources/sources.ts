import { NotFoundError } from '../core/errors.js';
import { idLookup } from '../core/id-lookup.js';
import { type SourceId, sources } from '../generated/sources.js';
import { citableRecord } from './records.js';
import type { CitationTarget, ResolvedCitation, SourceRecord } from './types.js';

const sourceById = /* @__PURE__ */ idLookup(sources);

/**
 * A source by id, or `undefined`.
 *
 * @param id - a source id such as `'brief'`
 * @returns the source, or `undefined` for an unknown id
 * @throws `InvalidArgumentError` when `id` is not a string
 * @example
 * getSource('brief')?.kind // 'brief'
 */
export function getSource(id: SourceId | (string & {})): SourceRecord | undefined {
  return sourceById(id);
}

/**
 * The citations of a record with their sources looked up, in the record's order. Takes a record, an id of any
 * record, or a trade year.
 *
 * @param recordOrId - a record with `sources`, the id of an initiative, event, actor, role, place, figure or
 *   comment, or a year of the trade series
 * @returns each citation (quote, note) with its source
 * @throws `NotFoundError` for an unknown id or year, or a citation naming an unknown source; `InvalidArgumentError`
 *   for anything but a record, a string or a whole number
 * @example
 * sourcesFor('usmca')[0]?.source.kind // 'official'
 */
export function sourcesFor(recordOrId: CitationTarget): ResolvedCitation[] {
  return citableRecord(recordOrId).sources.map((citation) => {
    const source = sourceById(citation.source);
    if (source === undefined) throw new NotFoundError('source', citation.source, []);
    return { ...citation, source };
  });
}
