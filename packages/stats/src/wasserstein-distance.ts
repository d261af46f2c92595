// First Wasserstein (earth mover's) distance between two 1-D empirical distributions, matching
// scipy.stats.wasserstein_distance: W1 = integral |U(x) - V(x)| dx over the pooled support, U and V
// the (weighted) empirical CDFs (Ramdas, Garcia & Cuturi 2017, "On Wasserstein two sample testing and
// related families of nonparametric tests", Entropy 19(2), eq. 3).
import { assertNonNegative, assertSameLength, assertSample, StatsInputError } from "./errors.ts";
import { sum } from "./sum.ts";

export function wassersteinDistance(
  u: ArrayLike<number>,
  v: ArrayLike<number>,
  uWeights?: ArrayLike<number>,
  vWeights?: ArrayLike<number>,
): number {
  assertSample(u, "first sample");
  assertSample(v, "second sample");
  const uCdf = weightedCdf(u, uWeights, "first sample");
  const vCdf = weightedCdf(v, vWeights, "second sample");
  const pooled = Float64Array.from([...Array.from(u), ...Array.from(v)]).sort();
  const pieces: number[] = [];
  let i = 0;
  let j = 0;
  for (let k = 0; k < pooled.length - 1; k++) {
    const x = pooled[k] as number;
    while (i < uCdf.values.length && (uCdf.values[i] as number) <= x) i++;
    while (j < vCdf.values.length && (vCdf.values[j] as number) <= x) j++;
    const width = (pooled[k + 1] as number) - x;
    if (width === 0) continue;
    pieces.push(Math.abs(uCdf.at(i) - vCdf.at(j)) * width);
  }
  return sum(pieces);
}

interface EmpiricalCdf {
  values: Float64Array;
  /** CDF after the first `count` sorted values. */
  at(count: number): number;
}

function weightedCdf(
  values: ArrayLike<number>,
  weights: ArrayLike<number> | undefined,
  what: string,
): EmpiricalCdf {
  const order = Array.from({ length: values.length }, (_, index) => index).sort(
    (left, right) => (values[left] as number) - (values[right] as number),
  );
  const sorted = Float64Array.from(order, (index) => values[index] as number);
  if (weights === undefined) return { values: sorted, at: (count) => count / sorted.length };
  assertSameLength(values, weights, `${what} and its weights`);
  assertNonNegative(weights, `${what} weights`);
  const cumulative = new Float64Array(values.length + 1);
  for (let k = 0; k < order.length; k++) {
    cumulative[k + 1] = (cumulative[k] as number) + (weights[order[k] as number] as number);
  }
  const total = cumulative[values.length] as number;
  if (!(total > 0))
    throw new StatsInputError(`${what} weights sum to ${total}; they must sum to more than 0`);
  return { values: sorted, at: (count) => (cumulative[count] as number) / total };
}
