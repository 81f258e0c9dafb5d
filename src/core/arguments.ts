import { describe, InvalidArgumentError } from './errors.js';

/**
 * Returns the value if it is a whole number, else throws `InvalidArgumentError` naming the argument.
 *
 * @example
 * wholeNumber(2023, 'year') // 2023
 */
export function wholeNumber(value: unknown, argument: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new InvalidArgumentError(`${argument} must be a whole number; got ${describe(value)}.`);
  }
  return value;
}

/**
 * Returns the value if it is a string, else throws `InvalidArgumentError` naming the argument.
 *
 * @example
 * text('usmca', 'key') // 'usmca'
 */
export function text(value: unknown, argument: string): string {
  if (typeof value !== 'string')
    throw new InvalidArgumentError(`${argument} must be a string; got ${describe(value)}.`);
  return value;
}

/**
 * Returns the value if it is one of the allowed strings, else throws `InvalidArgumentError` listing them.
 *
 * @example
 * oneOf('es', ['en', 'es'], 'lang') // 'es'
 */
export function oneOf<const T extends string>(value: unknown, allowed: readonly T[], argument: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(
      `${argument} must be one of ${allowed.map((a) => `'${a}'`).join(', ')}; got ${describe(value)}.`,
    );
  }
  return value as T;
}

/**
 * Returns the options object, or an empty one when omitted; throws `InvalidArgumentError` for anything else.
 *
 * @example
 * options(undefined, 'query') // {}
 */
export function options<T extends object>(value: T | undefined, argument: string): Partial<T> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidArgumentError(`${argument} must be an object; got ${describe(value)}.`);
  }
  return value;
}
