// Turns counts (or unnormalised weights) into proportions that sum to 1.
import { assertNonEmpty, assertNonNegative, StatsInputError } from "./errors.ts";
import { sum } from "./sum.ts";

export function proportions(counts: ArrayLike<number>, what = "counts"): number[] {
  assertNonEmpty(counts, what);
  assertNonNegative(counts, what);
  const total = sum(counts);
  if (!(total > 0)) throw new StatsInputError(`${what} sum to 0; at least one must be > 0`);
  return Array.from(counts, (count) => count / total);
}

/** x * ln(x / y) with the conventions of scipy.special.rel_entr: 0 when x = 0, infinite when y = 0 < x. */
export function relativeEntropyTerm(x: number, y: number): number {
  if (x === 0) return 0;
  if (y === 0) return Number.POSITIVE_INFINITY;
  return x * Math.log(x / y);
}
