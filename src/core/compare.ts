/**
 * Orders two strings by their UTF-16 code units, as `Array.prototype.sort` does by default: the right order for ids,
 * ISO dates and codes. Unlike `localeCompare`, it does not start the platform's collator, whose first use costs
 * about 15 ms on this machine (a noticeable part of `usmx brief`'s start).
 *
 * @param a - one string
 * @param b - the other
 * @returns a negative number, zero or a positive number, as `a` sorts before, with or after `b`
 * @throws never
 * @example
 * ['2025-09', '2025-01-20', '2024'].sort(compareCodeUnits) // ['2024', '2025-01-20', '2025-09']
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
