import { text } from './arguments.js';
import { memo } from './memo.js';

/**
 * A lookup by exact id over records, with the map built on first use. A non-string id throws
 * `InvalidArgumentError`; an unknown one gives `undefined`.
 *
 * @example
 * const byId = idLookup([{ id: 'brief', kind: 'brief' }]);
 * byId('brief')?.kind // 'brief'
 * byId('nope') // undefined
 */
export function idLookup<T extends { readonly id: string }>(records: readonly T[]): (id: unknown) => T | undefined {
  const byId = memo(() => new Map(records.map((record) => [record.id, record])));
  return (id) => byId().get(text(id, 'id'));
}
