/**
 * Optimal string alignment distance (Damerau-Levenshtein restricted to adjacent transpositions):
 * the number of insertions, deletions, substitutions and swaps of neighbours turning `a` into `b`.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => d[i]?.[j] ?? 0;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      const row = d[i];
      if (row) row[j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * The closest candidate to `word`, compared case-insensitively with `_` and `-` treated alike, if it is
 * within `maxDistance` edits (default: 1 for words up to 4 characters, 2 up to 8, else 3); ties go to
 * the candidate listed first.
 */
export function closestMatch(
  word: string,
  candidates: Iterable<string>,
  maxDistance?: number,
): string | undefined {
  const normalize = (s: string) => s.toLowerCase().replaceAll("_", "-");
  const limit = maxDistance ?? (word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3);
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(normalize(word), normalize(candidate));
    if (distance < bestDistance && distance <= limit) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** `; did you mean 'x'?` or the empty string. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const match = closestMatch(word, candidates);
  return match === undefined || match === word ? "" : `; did you mean '${match}'?`;
}
