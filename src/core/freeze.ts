/** A value whose objects and arrays are read-only all the way down. */
export type DeepReadonly<T> = T extends (infer Item)[]
  ? readonly DeepReadonly<Item>[]
  : T extends object
    ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
    : T;

/**
 * Freezes a JSON-like value and everything in it, so shared data cannot be changed by one consumer for all others.
 *
 * @example
 * const record = deepFreeze({ tags: ['a'] });
 * Object.isFrozen(record.tags) // true
 */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value as DeepReadonly<T>;
}
