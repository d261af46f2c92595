// Pearson's chi-square goodness-of-fit test (Pearson 1900), matching scipy.stats.chisquare(f_obs, f_exp):
// statistic = sum (observed - expected)^2 / expected, dof = k - 1, p = chi2.sf(statistic, dof).
// Like scipy: expected defaults to the mean of observed; the totals must agree to a relative 1.49e-8
// (sqrt of double epsilon); an expected 0 gives an infinite term (observed > 0) or NaN (observed 0).
import { chi2Sf } from "./chi2-sf.ts";
import { assertNonEmpty, assertNonNegative, assertSameLength, StatsInputError } from "./errors.ts";
import { sum } from "./sum.ts";

export interface ChiSquareResult {
  statistic: number;
  pvalue: number;
  dof: number;
}

const SUM_TOLERANCE = Math.sqrt(Number.EPSILON);

export function chiSquare(observed: ArrayLike<number>, expected?: ArrayLike<number>): ChiSquareResult {
  assertNonEmpty(observed, "observed");
  assertNonNegative(observed, "observed");
  const observedTotal = sum(observed);
  let expectedValues: ArrayLike<number>;
  if (expected === undefined) {
    expectedValues = Array.from({ length: observed.length }, () => observedTotal / observed.length);
  } else {
    assertSameLength(observed, expected, "observed and expected");
    assertNonNegative(expected, "expected");
    const expectedTotal = sum(expected);
    const difference = Math.abs(observedTotal - expectedTotal) / Math.min(observedTotal, expectedTotal);
    if (difference > SUM_TOLERANCE) {
      throw new StatsInputError(
        `observed total ${observedTotal} and expected total ${expectedTotal} differ by more than a relative ${SUM_TOLERANCE}`,
      );
    }
    expectedValues = expected;
  }
  const terms: number[] = [];
  for (let i = 0; i < observed.length; i++) {
    const o = observed[i] as number;
    const e = expectedValues[i] as number;
    terms.push(((o - e) * (o - e)) / e);
  }
  const statistic = sum(terms);
  const dof = observed.length - 1;
  const pvalue = dof > 0 && !Number.isNaN(statistic) ? chi2Sf(statistic, dof) : Number.NaN;
  return { statistic, pvalue, dof };
}
