import { text } from './arguments.js';
import { NotFoundError, type RecordKind } from './errors.js';
import { foldKey, stripAccents } from './fold.js';
import { suggest } from './suggest.js';

/** Records found by any of their keys, folded (case, accents and punctuation ignored). */
export interface KeyIndex<T> {
  readonly kind: RecordKind;
  readonly byKey: ReadonlyMap<string, T>;
  /** The keys as written, for suggestions. */
  readonly keys: readonly string[];
}

/**
 * Indexes records by every key `keysOf` gives, each under the forms people type (as written, lower case, without
 * accents) and folded. Build-time checks guarantee that a folded key names one record, and so does every form.
 *
 * @example
 * const index = createKeyIndex('place', [{ id: 'mx-cmx', iso: 'MX-CMX' }], (p) => [p.id, p.iso]);
 * index.byKey.get('mxcmx')?.id // 'mx-cmx'
 */
export function createKeyIndex<T>(
  kind: RecordKind,
  records: readonly T[],
  keysOf: (record: T) => readonly string[],
): KeyIndex<T> {
  const byKey = new Map<string, T>();
  const keys: string[] = [];
  for (const record of records) {
    for (const key of keysOf(record)) {
      for (const form of [key, key.toLowerCase(), stripAccents(key), foldKey(key)]) byKey.set(form, record);
      keys.push(key);
    }
  }
  return { kind, byKey, keys };
}

/**
 * The record a key names, or `undefined`. A key that is not a string throws `InvalidArgumentError`.
 *
 * @example
 * const index = createKeyIndex('initiative', [{ id: 'usmca', acronym: 'T-MEC' }], (r) => [r.id, r.acronym]);
 * findByKey(index, 'tmec')?.id // 'usmca'
 * findByKey(index, 'nafta') // undefined
 */
export function findByKey<T>(index: KeyIndex<T>, key: unknown): T | undefined {
  const typed = text(key, 'key');
  // Most keys arrive in a stored form; folding, the slow path, is for the rest.
  const direct = index.byKey.get(typed) ?? index.byKey.get(typed.toLowerCase());
  if (direct !== undefined) return direct;
  const folded = foldKey(typed);
  return folded === '' ? undefined : index.byKey.get(folded);
}

/**
 * The record a key names; throws `NotFoundError` with the closest keys when there is none.
 *
 * @example
 * const index = createKeyIndex('initiative', [{ id: 'usmca' }], (r) => [r.id]);
 * requireByKey(index, 'USMCA').id // 'usmca'
 * requireByKey(index, 'usmac') // throws NotFoundError
 */
export function requireByKey<T>(index: KeyIndex<T>, key: unknown): T {
  const record = findByKey(index, key);
  if (record === undefined) throw new NotFoundError(index.kind, key as string, suggest(key as string, index.keys));
  return record;
}
