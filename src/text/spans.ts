// Binary search over records sorted by offset: the one lookup every extractor needs.

import type { Offset, Span } from '../model.js';

/** Index of the first item whose key is at least `value` (items sorted by key); items.length if none. */
export function lowerBound<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The span that holds `at`, among spans sorted by start that do not overlap; undefined if none. */
export function spanAt<T extends Span>(spans: readonly T[], at: Offset): T | undefined {
  const s = spans[lowerBound(spans, at + 1, (x) => x.end)];
  return s && s.start <= at ? s : undefined;
}

/** Index of the last item whose start is at or before `at`, or -1. */
export function lastStartingBy<T extends Span>(spans: readonly T[], at: Offset): number {
  return lowerBound(spans, at + 1, (x) => x.start) - 1;
}
