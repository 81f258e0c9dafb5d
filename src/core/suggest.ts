import { foldKey } from './fold.js';

/** Edit distance counting an insertion, deletion, substitution or swap of neighbours as one edit. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const above = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row[j] = best;
    }
  }
  return rows[a.length]?.[b.length] ?? 0;
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
  for (const { candidate } of ranked)
    if (!distinct.has(foldKey(candidate))) distinct.set(foldKey(candidate), candidate);
  return [...distinct.values()].slice(0, limit);
}
