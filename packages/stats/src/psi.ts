// Population stability index (Siddiqi 2006, "Credit Risk Scorecards", ch. 8; Yurdakul 2018, "Statistical
// properties of population stability index"): PSI = sum (e_i - a_i) ln(e_i / a_i) over bins, e the
// expected (reference) and a the actual (current) proportions.
// Empty bins would make a term infinite; like Evidently (legacy stattests/utils.py get_binned_data with
// feel_zeroes) each vector's zero proportions are replaced by a small epsilon: 1e-4, or the vector's
// smallest non-zero proportion / 1e6 when that is itself <= 1e-4 (see fillZeroProportions).
import { assertDistributions, StatsInputError } from "./errors.ts";
import { proportions } from "./proportions.ts";
import { sum } from "./sum.ts";

export const PSI_ZERO_EPSILON = 1e-4;

/** Evidently's zero replacement: 0 -> 1e-4, or min non-zero / 1e6 if that minimum is <= 1e-4. */
export function fillZeroProportions(values: ArrayLike<number>): number[] {
  let smallestNonZero = Number.POSITIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (value > 0 && value < smallestNonZero) smallestNonZero = value;
  }
  if (smallestNonZero === Number.POSITIVE_INFINITY) throw new StatsInputError("every proportion is 0");
  const epsilon = smallestNonZero <= PSI_ZERO_EPSILON ? smallestNonZero / 1e6 : PSI_ZERO_EPSILON;
  return Array.from(values, (value) => (value === 0 ? epsilon : value));
}

/** PSI of `actual` against `expected`; both are counts or proportions over the same bins. */
export function psi(expected: ArrayLike<number>, actual: ArrayLike<number>): number {
  assertDistributions(expected, actual, ["expected", "actual"]);
  const e = fillZeroProportions(proportions(expected, "expected"));
  const a = fillZeroProportions(proportions(actual, "actual"));
  return sum(e.map((value, i) => (value - (a[i] as number)) * Math.log(value / (a[i] as number))));
}
