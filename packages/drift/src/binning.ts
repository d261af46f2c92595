// How Evidently turns two samples into two vectors of proportions (legacy stattests' get_binned_data):
// numbers with more than 20 distinct reference values into numpy's Sturges bins of the pooled sample,
// anything else one bin per distinct value of either sample.
import { fillZeroProportions, histogramBinEdges, histogramCountsSorted } from "@mlops-actions/stats";
import type { ColumnProfile } from "./column-profile.ts";
import { sketchHistogramShares } from "./sketch-estimates.ts";

export interface Binned {
  reference: number[];
  current: number[];
  /** The bins' labels: values, or `[lo, hi)` ranges. */
  labels: string[];
  exact: boolean;
}

export const NUMERIC_BIN_MIN_UNIQUE = 20;

export function binnedShares(
  ref: ColumnProfile,
  cur: ColumnProfile,
  numerical: boolean,
  fillZeroes: boolean,
): Binned {
  const binned =
    numerical && distinctCount(ref) > NUMERIC_BIN_MIN_UNIQUE ? numericBins(ref, cur) : valueBins(ref, cur);
  if (fillZeroes) {
    binned.reference = fillZeroProportions(binned.reference);
    binned.current = fillZeroProportions(binned.current);
  }
  return binned;
}

function numericBins(ref: ColumnProfile, cur: ColumnProfile): Binned {
  const [a, b] = [ref.sortedValues(), cur.sortedValues()];
  if (a && b) {
    const pooled = new Float64Array(a.length + b.length);
    pooled.set(a);
    pooled.set(b, a.length);
    const edges = histogramBinEdges(pooled, "sturges");
    return {
      reference: histogramCountsSorted(a, edges).map((c) => c / ref.nonNull),
      current: histogramCountsSorted(b, edges).map((c) => c / cur.nonNull),
      labels: rangeLabels(edges),
      exact: true,
    };
  }
  const min = Math.min(ref.moments.min, cur.moments.min);
  const max = Math.max(ref.moments.max, cur.moments.max);
  const edges = sturgesEdges(min, max, ref.numbers + cur.numbers);
  return {
    reference: sketchHistogramShares(ref.sketch, edges),
    current: sketchHistogramShares(cur.sketch, edges),
    labels: rangeLabels(edges),
    exact: false,
  };
}

function sturgesEdges(min: number, max: number, n: number): number[] {
  const bins = Math.ceil(Math.log2(n) + 1);
  const lo = min === max ? min - 0.5 : min;
  const hi = min === max ? max + 0.5 : max;
  return Array.from({ length: bins + 1 }, (_, i) => lo + ((hi - lo) * i) / bins);
}

function valueBins(ref: ColumnProfile, cur: ColumnProfile): Binned {
  const labels = unionKeys(ref, cur);
  return {
    reference: labels.map((key) => (ref.categories.get(key) ?? 0) / ref.nonNull),
    current: labels.map((key) => (cur.categories.get(key) ?? 0) / cur.nonNull),
    labels,
    exact: ref.categoriesComplete && cur.categoriesComplete,
  };
}

/** Distinct non-null values of both samples, in first-seen order (reference first). */
export function unionKeys(ref: ColumnProfile, cur: ColumnProfile): string[] {
  const keys = new Set(ref.categories.keys());
  for (const key of cur.categories.keys()) keys.add(key);
  return [...keys];
}

/** Distinct non-null values; a lower bound (the cap + 1) when values were counted as "other". */
export function distinctCount(profile: ColumnProfile): number {
  return profile.distinct;
}

/**
 * Distinct non-null values of both samples together (a lower bound past the value-count cap); with
 * `enough`, the counting may stop there: the answer is then `enough` for any count at least that large.
 */
export function unionDistinctCount(
  ref: ColumnProfile,
  cur: ColumnProfile,
  enough = Number.POSITIVE_INFINITY,
): number {
  if (ref.categoriesComplete && cur.categoriesComplete) return Math.min(unionKeys(ref, cur).length, enough);
  const [a, b] = [ref.sortedValues(), cur.sortedValues()];
  if (a && b && ref.texts === 0 && cur.texts === 0) return distinctOfSortedPair(a, b, enough);
  return Math.min(Math.max(distinctCount(ref), distinctCount(cur)), enough);
}

function rangeLabels(edges: readonly number[]): string[] {
  return edges
    .slice(0, -1)
    .map((lo, i) => `[${round(lo)}, ${round(edges[i + 1] as number)}${i === edges.length - 2 ? "]" : ")"}`);
}

function round(value: number): string {
  return String(Number(value.toPrecision(4)));
}

/** Distinct values of two ascending arrays together, by merging them, up to `enough`. */
function distinctOfSortedPair(a: Float64Array, b: Float64Array, enough: number): number {
  let i = 0;
  let j = 0;
  let distinct = 0;
  let last = Number.NaN;
  while ((i < a.length || j < b.length) && distinct < enough) {
    const next =
      j >= b.length || (i < a.length && (a[i] as number) <= (b[j] as number))
        ? (a[i++] as number)
        : (b[j++] as number);
    if (next !== last) distinct += 1;
    last = next;
  }
  return distinct;
}
