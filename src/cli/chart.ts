/** Partial blocks, by eighths of a character. */
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'] as const;

/**
 * A horizontal bar of block characters for `value` on a scale where `max` fills `width` characters, drawn to the
 * nearest eighth of a character. Zero, negative and non-finite values draw nothing.
 */
export function bar(value: number, max: number, width: number): string {
  if (!(value > 0) || !(max > 0) || !Number.isFinite(value)) return '';
  const eighths = Math.round((Math.min(value, max) / max) * width * 8);
  return '█'.repeat(Math.floor(eighths / 8)) + (EIGHTHS[eighths % 8] ?? '');
}
