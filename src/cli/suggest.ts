// "Did you mean …?": the known names nearest to what the user typed, for error messages.

/** Edit distance with transpositions ("Lavorv" is one edit from "Lavrov"), case and accents ignored. */
export function editDistance(a: string, b: string): number {
  const x = fold(a);
  const y = fold(b);
  const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) => [i, ...new Array<number>(y.length).fill(0)]);
  for (let j = 1; j <= y.length; j++) d[0][j] = j;
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[x.length][y.length];
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/**
 * Up to `max` candidates nearest the query: within a quarter of the query's length in edits (at
 * least 1), or starting with it; of those, only the nearest. `keys` gives the strings a candidate answers to
 * (a speaker answers to each word of each of its names).
 */
export function nearest<T>(query: string, candidates: Iterable<T>, keys: (c: T) => string[] = (c) => [String(c)], max = 3): T[] {
  const q = fold(query.trim());
  if (!q) return [];
  const limit = Math.max(1, Math.round(q.length / 4));
  const scored: { c: T; score: number }[] = [];
  for (const c of candidates) {
    let best = Infinity;
    for (const k of keys(c)) {
      const key = fold(k);
      // Far longer or shorter strings cannot be within the limit: skip the table.
      if (Math.abs(key.length - q.length) <= limit) best = Math.min(best, editDistance(q, key));
      if (key.startsWith(q) && q.length >= 3) best = Math.min(best, 0.5);
    }
    if (best <= limit) scored.push({ c, score: best });
  }
  // Only the nearest: one typo away from "Lavrov" is not also two away from "Laurov".
  const best = Math.min(...scored.map((s) => s.score));
  return scored
    .filter((s) => s.score === best)
    .slice(0, max)
    .map((s) => s.c);
}

/** " (did you mean A or B?)", or "" when nothing is near. */
export function didYouMean(names: string[]): string {
  if (names.length === 0) return '';
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
  return ` (did you mean ${list}?)`;
}
