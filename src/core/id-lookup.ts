import { text } from './arguments.js';
import { memo } from './memo.js';

/**
 * A lookup by exact id over records (or a function that gives them, so that a dataset is read on first use, not at
 * import), with the map built on first use. A non-string id throws `InvalidArgumentError`; an unknown one gives
 * `undefined`.
 *
 * @example
 * const byId = idLookup([{ id: 'brief', kind: 'brief' }]);
 * byId('brief')?.kind // 'brief'
 * byId('nope') // undefined
 */
export function idLookup<T extends { readonly id: string }>(
  records: readonly T[] | (() => readonly T[]),
): (id: unknown) => T | undefined {
  const byId = memo(() => new Map((typeof records === 'function' ? records() : records).map((r) => [r.id, r])));
  return (id) => byId().get(text(id, 'id'));
}
