// The per-column tests, each as Evidently computes it (legacy stattests of evidently 0.7.23, which its
// DataDriftPreset uses), on exact values when the profiles kept them and on sketches otherwise.
import {
  chiSquare,
  hellingerDistance,
  histogramBinEdges,
  histogramCountsSorted,
  jensenShannonDistance,
  klDivergence,
  kolmogorovSf,
  ksStatisticFromSketches,
  ksTwoSample,
  lInfinity,
  normalSf,
  wassersteinDistance,
} from "@mlops-actions/stats";
import { binnedShares, unionKeys } from "./binning.ts";
import type { ColumnProfile } from "./column-profile.ts";
import { sketchHistogramShares, sketchWasserstein } from "./sketch-estimates.ts";

export const TEST_NAMES = [
  "ks",
  "chisquare",
  "z",
  "wasserstein",
  "jensenshannon",
  "psi",
  "kl",
  "hellinger",
  "l-infinity",
] as const;
export type TestName = (typeof TEST_NAMES)[number];

export interface TestSpec {
  /** What the statistic is: a p-value (drift when at or below the threshold) or a distance (at or above). */
  kind: "p-value" | "distance";
  defaultThreshold: number;
  /** Evidently's display name. */
  title: string;
  /** Whether drift is `p <= threshold` (KS) rather than `p < threshold` (chi-square, z). */
  inclusive: boolean;
}

export const TESTS: Record<TestName, TestSpec> = {
  ks: { kind: "p-value", defaultThreshold: 0.05, title: "K-S p_value", inclusive: true },
  chisquare: { kind: "p-value", defaultThreshold: 0.05, title: "chi-square p_value", inclusive: false },
  z: { kind: "p-value", defaultThreshold: 0.05, title: "Z-test p_value", inclusive: false },
  wasserstein: {
    kind: "distance",
    defaultThreshold: 0.1,
    title: "Wasserstein distance (normed)",
    inclusive: true,
  },
  jensenshannon: {
    kind: "distance",
    defaultThreshold: 0.1,
    title: "Jensen-Shannon distance",
    inclusive: true,
  },
  psi: { kind: "distance", defaultThreshold: 0.1, title: "PSI", inclusive: true },
  kl: { kind: "distance", defaultThreshold: 0.1, title: "Kullback-Leibler divergence", inclusive: true },
  hellinger: { kind: "distance", defaultThreshold: 0.1, title: "Hellinger distance", inclusive: true },
  "l-infinity": { kind: "distance", defaultThreshold: 0.1, title: "L-infinity distance", inclusive: true },
};

export interface TestOutcome {
  statistic: number;
  /** False when computed from sketches or capped value counts rather than exact data. */
  exact: boolean;
  /** For an inexact result: how far from the exact statistic it can be (99 %), when known. */
  errorBound?: number;
}

export function isDrifted(test: TestName, statistic: number, threshold: number): boolean {
  const spec = TESTS[test];
  if (spec.kind === "distance") return statistic >= threshold;
  return spec.inclusive ? statistic <= threshold : statistic < threshold;
}

/** Runs one test on the non-null values of two column profiles (both must have some). */
export function runTest(
  test: TestName,
  ref: ColumnProfile,
  cur: ColumnProfile,
  numerical: boolean,
): TestOutcome {
  switch (test) {
    case "ks":
      return ks(ref, cur);
    case "chisquare":
      return chiSquareTest(ref, cur);
    case "z":
      return zTest(ref, cur);
    case "wasserstein":
      return wassersteinNormed(ref, cur);
    case "jensenshannon":
      return fromBins(ref, cur, numerical, false, (p, q) => jensenShannonDistance(p, q));
    case "psi":
      return fromBins(ref, cur, numerical, true, psiOfFilledShares);
    case "kl":
      return fromBins(ref, cur, numerical, true, (p, q) => klDivergence(p, q));
    case "l-infinity":
      return fromBins(ref, cur, numerical, false, (p, q) => lInfinity(p, q));
    case "hellinger":
      return hellinger(ref, cur, numerical);
  }
}

function ks(ref: ColumnProfile, cur: ColumnProfile): TestOutcome {
  const [a, b] = [ref.sortedValues(), cur.sortedValues()];
  if (a && b) return { statistic: ksTwoSample(a, b).pvalue, exact: true };
  const { statistic, errorBound } = ksStatisticFromSketches(ref.sketch, cur.sketch);
  const m = ref.numbers;
  const n = cur.numbers;
  // scipy's asymptotic p-value of the sketched statistic; the bound is on the statistic, not the p-value.
  return { statistic: kolmogorovSf(Math.round((m * n) / (m + n)), statistic), exact: false, errorBound };
}

function chiSquareTest(ref: ColumnProfile, cur: ColumnProfile): TestOutcome {
  const keys = unionKeys(ref, cur);
  const scale = cur.nonNull / ref.nonNull;
  const expected = keys.map((key) => (ref.categories.get(key) ?? 0) * scale);
  const observed = keys.map((key) => cur.categories.get(key) ?? 0);
  const exact = ref.categoriesComplete && cur.categoriesComplete;
  // scipy divides by a zero expectation: a value the reference never had makes the statistic infinite.
  if (expected.some((e, i) => e === 0 && (observed[i] as number) > 0)) return { statistic: 0, exact };
  return { statistic: chiSquare(observed, expected).pvalue, exact };
}

function zTest(ref: ColumnProfile, cur: ColumnProfile): TestOutcome {
  const exact = ref.categoriesComplete && cur.categoriesComplete;
  const keys = unionKeys(ref, cur).sort();
  const only = keys[0] as string;
  if (keys.length === 1) return { statistic: 1, exact };
  const n1 = ref.nonNull;
  const n2 = cur.nonNull;
  const p1 = (n1 - (ref.categories.get(only) ?? 0)) / n1;
  const p2 = (n2 - (cur.categories.get(only) ?? 0)) / n2;
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
  const z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  // Evidently's 2 * (1 - Φ(|z|)), rounding included (it is 0 below ~1e-16, where 2·sf(|z|) is not).
  const cdf = 1 - normalSf(Math.abs(z));
  return { statistic: 2 * (1 - cdf), exact };
}

function wassersteinNormed(ref: ColumnProfile, cur: ColumnProfile): TestOutcome {
  const norm = Math.max(ref.moments.std(0), 0.001);
  const [a, b] = [ref.sortedValues(), cur.sortedValues()];
  if (a && b) {
    return { statistic: wassersteinDistance(a, b) / norm, exact: true };
  }
  return { statistic: sketchWasserstein(ref.sketch, cur.sketch) / norm, exact: false };
}

function fromBins(
  ref: ColumnProfile,
  cur: ColumnProfile,
  numerical: boolean,
  fillZeroes: boolean,
  distance: (p: number[], q: number[]) => number,
): TestOutcome {
  const binned = binnedShares(ref, cur, numerical, fillZeroes);
  return { statistic: distance(binned.reference, binned.current), exact: binned.exact };
}

function hellinger(ref: ColumnProfile, cur: ColumnProfile, numerical: boolean): TestOutcome {
  if (!numerical) return fromBins(ref, cur, false, false, (p, q) => hellingerDistance(p, q));
  const [a, b] = [ref.sortedValues(), cur.sortedValues()];
  if (a && b) {
    const edges = histogramBinEdges([...new Set([...a, ...b])], "sturges");
    const p = histogramCountsSorted(a, edges);
    const q = histogramCountsSorted(b, edges);
    return { statistic: hellingerDistance(shares(p), shares(q)), exact: true };
  }
  const edges = histogramBinEdges(
    [Math.min(ref.sketch.min, cur.sketch.min), Math.max(ref.sketch.max, cur.sketch.max)],
    10,
  );
  return {
    statistic: hellingerDistance(
      sketchHistogramShares(ref.sketch, edges),
      sketchHistogramShares(cur.sketch, edges),
    ),
    exact: false,
  };
}

function shares(counts: number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((c) => (total === 0 ? 0 : c / total));
}

/**
 * PSI on shares whose zeros were already replaced, without normalising again: Evidently's `_psi` sums
 * (e - a) ln(e / a) over get_binned_data's output as is (the stats package's `psi` renormalises first).
 */
function psiOfFilledShares(expected: number[], actual: number[]): number {
  let total = 0;
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i] as number;
    const a = actual[i] as number;
    total += (e - a) * Math.log(e / a);
  }
  return total;
}
