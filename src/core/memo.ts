/**
 * Memoizes a zero-argument builder, so that an index is built on first use and not at import.
 *
 * @example
 * let builds = 0;
 * const lazy = memo(() => ++builds);
 * lazy() + lazy() // 2
 */
export function memo<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
