import { foldKey } from './fold.js';

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The known keys closest to an unknown one (by edit distance on folded text), best first.
 *
 * @example
 * suggest('usmac', ['usmca', 'nafta', 'hled']) // ['usmca']
 */
export function suggest(key: string, candidates: Iterable<string>, limit = 3): string[] {
  const folded = foldKey(key);
  const ranked: { candidate: string; distance: number }[] = [];
  for (const candidate of new Set(candidates)) {
    const other = foldKey(candidate);
    const distance = other.includes(folded) && folded.length >= 3 ? 0 : editDistance(folded, other);
    if (distance <= Math.max(2, Math.floor(other.length / 3))) ranked.push({ candidate, distance });
  }
  ranked.sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate, 'en'));
  // 'usmca' and 'USMCA' are one key to the lookups, so one suggestion.
  const distinct = new Map<string, string>();
  for (const { candidate } of ranked) if (!distinct.has(foldKey(candidate))) distinct.set(foldKey(candidate), candidate);
  return [...distinct.values()].slice(0, limit);
}
