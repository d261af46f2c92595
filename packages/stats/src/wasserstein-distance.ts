// First Wasserstein (earth mover's) distance between two 1-D empirical distributions, matching
// scipy.stats.wasserstein_distance: W1 = integral |U(x) - V(x)| dx over the pooled support, U and V
// the (weighted) empirical CDFs (Ramdas, Garcia & Cuturi 2017, "On Wasserstein two sample testing and
// related families of nonparametric tests", Entropy 19(2), eq. 3).
import { assertNonNegative, assertSameLength, assertSampleAscending, StatsInputError } from "./errors.ts";
import { CompensatedSum } from "./sum.ts";

export function wassersteinDistance(
  u: ArrayLike<number>,
  v: ArrayLike<number>,
  uWeights?: ArrayLike<number>,
  vWeights?: ArrayLike<number>,
): number {
  const uAscending = assertSampleAscending(u, "first sample");
  const vAscending = assertSampleAscending(v, "second sample");
  const uCdf = weightedCdf(u, uAscending, uWeights, "first sample");
  const vCdf = weightedCdf(v, vAscending, vWeights, "second sample");
  const uValues = uCdf.values;
  const vValues = vCdf.values;
  const m = uValues.length;
  const n = vValues.length;
  // Walks the distinct values of the pooled sample in ascending order (a merge of the two sorted
  // samples, never built); between one and the next, |U - V| is constant. The pieces are summed as they
  // come (compensated, so in a fixed order: the same result as summing them afterwards).
  const total = new CompensatedSum();
  let i = 0;
  let j = 0;
  let x = Math.min(uValues[0] as number, vValues[0] as number);
  for (;;) {
    while (i < m && (uValues[i] as number) <= x) i++;
    while (j < n && (vValues[j] as number) <= x) j++;
    if (i === m && j === n) break;
    const next =
      j === n || (i < m && (uValues[i] as number) <= (vValues[j] as number))
        ? (uValues[i] as number)
        : (vValues[j] as number);
    total.add(Math.abs(uCdf.at(i) - vCdf.at(j)) * (next - x));
    x = next;
  }
  return total.value;
}

interface EmpiricalCdf {
  values: Float64Array;
  /** CDF after the first `count` sorted values. */
  at(count: number): number;
}

function weightedCdf(
  values: ArrayLike<number>,
  ascending: boolean,
  weights: ArrayLike<number> | undefined,
  what: string,
): EmpiricalCdf {
  if (weights === undefined) {
    const sorted = ascendingCopy(values, ascending);
    const size = sorted.length;
    return { values: sorted, at: (count) => count / size };
  }
  assertSameLength(values, weights, `${what} and its weights`);
  assertNonNegative(weights, `${what} weights`);
  // A stable sort of the positions: tied values add their weights in input order.
  const order = Array.from({ length: values.length }, (_, index) => index).sort(
    (left, right) => (values[left] as number) - (values[right] as number),
  );
  const sorted = Float64Array.from(order, (index) => values[index] as number);
  const cumulative = new Float64Array(values.length + 1);
  for (let k = 0; k < order.length; k++) {
    cumulative[k + 1] = (cumulative[k] as number) + (weights[order[k] as number] as number);
  }
  const total = cumulative[values.length] as number;
  if (!(total > 0))
    throw new StatsInputError(`${what} weights sum to ${total}; they must sum to more than 0`);
  return { values: sorted, at: (count) => (cumulative[count] as number) / total };
}

/** The values ascending: the input itself when it is an already sorted Float64Array (it is not changed). */
function ascendingCopy(values: ArrayLike<number>, ascending: boolean): Float64Array {
  if (values instanceof Float64Array && ascending) return values;
  return Float64Array.from(values).sort();
}
