/** Repeated measurements reduced to what the bench reports: the minimum and the median of at least three. */

export interface Samples {
  readonly min: number;
  readonly median: number;
  readonly runs: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function summarize(values: readonly number[]): Samples {
  if (values.length < 3) throw new Error(`a bench figure needs at least 3 samples; got ${values.length}`);
  return { min: Math.min(...values), median: median(values), runs: values.length };
}

/** "min 1.23 ms, n=5": the note shown beside a median. */
export const minNote = (s: Samples, unit: 'ms' | 'B' = 'ms') =>
  `min ${s.min >= 100 ? s.min.toFixed(0) : s.min.toPrecision(3)} ${unit}, ${s.runs} runs`;
