// Two-sample Kolmogorov-Smirnov statistic from two KLL sketches instead of the raw samples:
// D = sup_x |F_a(x) - F_b(x)| with each F the sketch's estimated CDF. Each sketch's CDF is within its
// normalized rank error eps of the true ECDF at every x (with 99% confidence, Karnin, Lang & Liberty 2016),
// so the estimate is within eps_a + eps_b of the exact statistic; that sum is returned as `errorBound`.
// The supremum of the difference of two step functions is reached at one of their steps, i.e. at a
// retained item, so checking those points is enough.
import { StatsInputError } from "./errors.ts";
import type { KllSketch } from "./kll-sketch.ts";

export interface SketchKsResult {
  statistic: number;
  /** Largest difference from the exact statistic the sketches' rank error allows (99% confidence). */
  errorBound: number;
}

export function ksStatisticFromSketches(a: KllSketch, b: KllSketch): SketchKsResult {
  if (a.n === 0 || b.n === 0) throw new StatsInputError("a sketch is empty; both need at least one value");
  const left = a.sortedView();
  const right = b.sortedView();
  let i = 0;
  let j = 0;
  let weightA = 0;
  let weightB = 0;
  let statistic = 0;
  while (i < left.length || j < right.length) {
    const nextA = i < left.length ? (left[i] as [number, number])[0] : Number.POSITIVE_INFINITY;
    const nextB = j < right.length ? (right[j] as [number, number])[0] : Number.POSITIVE_INFINITY;
    const value = Math.min(nextA, nextB);
    while (i < left.length && (left[i] as [number, number])[0] === value)
      weightA += (left[i++] as [number, number])[1];
    while (j < right.length && (right[j] as [number, number])[0] === value)
      weightB += (right[j++] as [number, number])[1];
    statistic = Math.max(statistic, Math.abs(weightA / a.n - weightB / b.n));
  }
  return { statistic, errorBound: a.rankErrorBound + b.rankErrorBound };
}
