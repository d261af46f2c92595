// Two-sample Kolmogorov-Smirnov test (Smirnov 1939), matching scipy.stats.ks_2samp (alternative
// "two-sided"): statistic D = sup |F_a(x) - F_b(x)| over the pooled sample, with right-continuous ECDFs.
// p-values:
// - "exact": the exact permutation distribution of D (see ks-exact-two-sample.ts; Hodges 1957);
// - "asymp": the Kolmogorov distribution for n = round(m*n/(m+n)), as scipy does (kstwo.sf with the
//   effective sample size; see kolmogorov-sf.ts, Simard & L'Ecuyer 2011, Marsaglia-Tsang-Wang 2003);
// - "auto": exact when both samples have at most 10 000 values, otherwise asymp (scipy's rule).
// Like scipy, "exact" falls back to "asymp" when lcm(m, n) does not fit in a 32-bit signed integer.
import { assertSample, StatsInputError } from "./errors.ts";
import { kolmogorovSf } from "./kolmogorov-sf.ts";
import { gcd, ksTwoSampleExactSf } from "./ks-exact-two-sample.ts";

export type KsMode = "auto" | "exact" | "asymp";

export interface KsTwoSampleOptions {
  mode?: KsMode;
  alternative?: "two-sided";
}

export interface KsTwoSampleResult {
  statistic: number;
  pvalue: number;
  /** The method that produced the p-value ("auto" resolved). */
  mode: "exact" | "asymp";
}

const MAX_AUTO_EXACT_SIZE = 10_000;
const INT32_MAX = 2 ** 31 - 1;

export function ksTwoSample(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  options: KsTwoSampleOptions = {},
): KsTwoSampleResult {
  const requested = options.mode ?? "auto";
  if (requested !== "auto" && requested !== "exact" && requested !== "asymp") {
    throw new StatsInputError(`mode is "${String(requested)}"; expected "auto", "exact" or "asymp"`);
  }
  if ((options.alternative ?? "two-sided") !== "two-sided") {
    throw new StatsInputError(
      `alternative is "${String(options.alternative)}"; only "two-sided" is supported`,
    );
  }
  assertSample(a, "first sample");
  assertSample(b, "second sample");
  const m = a.length;
  const n = b.length;
  const { statistic, lcmMultiple } = ksStatistic(a, b);
  let mode: "exact" | "asymp" =
    requested === "auto" ? (Math.max(m, n) <= MAX_AUTO_EXACT_SIZE ? "exact" : "asymp") : requested;
  const g = gcd(m, n);
  if (mode === "exact" && m / g >= INT32_MAX / (n / g)) mode = "asymp";
  if (mode === "exact") {
    const lcm = (m / g) * n;
    return { statistic: lcmMultiple / lcm, pvalue: ksTwoSampleExactSf(m, n, lcmMultiple), mode };
  }
  const effectiveN = roundHalfEven((m * n) / (m + n));
  return { statistic, pvalue: kolmogorovSf(effectiveN, statistic), mode };
}

/**
 * D as a float, and D * lcm(m, n) as an exact integer (|i*n - j*m| / gcd) for the exact distribution.
 */
function ksStatistic(a: ArrayLike<number>, b: ArrayLike<number>): { statistic: number; lcmMultiple: number } {
  const x = Float64Array.from(a).sort();
  const y = Float64Array.from(b).sort();
  const m = x.length;
  const n = y.length;
  const g = gcd(m, n);
  let i = 0;
  let j = 0;
  let largest = 0;
  let smallest = 0;
  let largestInt = 0;
  let smallestInt = 0;
  while (i < m || j < n) {
    const value = Math.min(
      i < m ? (x[i] as number) : Number.POSITIVE_INFINITY,
      j < n ? (y[j] as number) : Number.POSITIVE_INFINITY,
    );
    while (i < m && x[i] === value) i++;
    while (j < n && y[j] === value) j++;
    const difference = i / m - j / n;
    const differenceInt = (i * n - j * m) / g;
    if (differenceInt > largestInt) {
      largestInt = differenceInt;
      largest = difference;
    }
    if (differenceInt < smallestInt) {
      smallestInt = differenceInt;
      smallest = difference;
    }
  }
  return -smallest > largest
    ? { statistic: -smallest, lcmMultiple: -smallestInt }
    : { statistic: largest, lcmMultiple: largestInt };
}

/** numpy's round: halves go to the even neighbour. */
function roundHalfEven(value: number): number {
  const floor = Math.floor(value);
  const fraction = value - floor;
  if (fraction !== 0.5) return Math.round(value);
  return floor % 2 === 0 ? floor : floor + 1;
}
