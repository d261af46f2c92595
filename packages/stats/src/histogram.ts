// Equal-width histogram binning as numpy does it, used to turn numeric samples into proportions for
// PSI, KL, Jensen-Shannon and Hellinger:
// - histogramBinEdges(values, "sturges") = np.histogram_bin_edges(values, bins="sturges"): the number of
//   bins is ceil(range / (range / (log2(n) + 1))) (Sturges 1926, "The choice of a class interval",
//   JASA 21); edges are start + i * (end - start) / bins with the last edge exactly the maximum; a
//   constant sample gets one bin [x - 0.5, x + 0.5].
//   Evidently (legacy get_binned_data) bins numeric columns with more than 20 unique reference values
//   this way, on the pooled reference + current sample.
// - histogramCounts(values, edges) = np.histogram(values, edges)[0]: bins are [e_i, e_(i+1)), the last
//   one closed; values outside the edges are not counted. histogramCountsSorted gives the same counts for
//   ascending values in O(bins log n), each bin the distance between two binary-searched positions.
import { assertSample, StatsInputError } from "./errors.ts";

export function histogramBinEdges(values: ArrayLike<number>, bins: "sturges" | number = "sturges"): number[] {
  assertSample(values, "values");
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const range = max - min;
  let count: number;
  if (bins === "sturges") {
    const width = range / (Math.log2(values.length) + 1);
    count = width > 0 ? Math.ceil(range / width) : 1;
  } else {
    if (!Number.isInteger(bins) || bins < 1)
      throw new StatsInputError(`bins is ${bins}; it must be an integer >= 1`);
    count = bins;
  }
  const first = range === 0 ? min - 0.5 : min;
  const last = range === 0 ? max + 0.5 : max;
  const step = (last - first) / count;
  const edges = Array.from({ length: count + 1 }, (_, i) => i * step + first);
  edges[count] = last;
  return edges;
}

export function histogramCounts(values: ArrayLike<number>, edges: ArrayLike<number>): number[] {
  if (edges.length < 2) throw new StatsInputError(`edges has ${edges.length} values; at least 2 are needed`);
  const binCount = edges.length - 1;
  const counts = new Array<number>(binCount).fill(0);
  const first = edges[0] as number;
  const last = edges[binCount] as number;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (Number.isNaN(value)) throw new StatsInputError(`values[${i}] is NaN`);
    if (value < first || value > last) continue;
    // Largest bin index b with edges[b] <= value, the last bin taking the upper edge too.
    let low = 0;
    let high = binCount - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((edges[mid] as number) <= value) low = mid;
      else high = mid - 1;
    }
    counts[low] = (counts[low] as number) + 1;
  }
  return counts;
}

/** `histogramCounts` of values already in ascending order (as a profile's sorted numbers), without a pass. */
export function histogramCountsSorted(sorted: ArrayLike<number>, edges: ArrayLike<number>): number[] {
  if (edges.length < 2) throw new StatsInputError(`edges has ${edges.length} values; at least 2 are needed`);
  const binCount = edges.length - 1;
  const counts = new Array<number>(binCount);
  // A value lands in the largest bin b with edges[b] <= value: bin b holds [edges[b], edges[b + 1]),
  // ties of equal edges going to the later bin, and the last bin also holds values equal to its upper edge.
  let start = firstAtLeast(sorted, edges[0] as number);
  for (let b = 0; b < binCount; b++) {
    const upper = edges[b + 1] as number;
    const end = b === binCount - 1 ? firstAbove(sorted, upper) : firstAtLeast(sorted, upper);
    counts[b] = Math.max(0, end - start);
    start = Math.max(start, end);
  }
  return counts;
}

/** The first position whose value is >= x (the length when none is). */
function firstAtLeast(sorted: ArrayLike<number>, x: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) < x) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The first position whose value is > x (the length when none is). */
function firstAbove(sorted: ArrayLike<number>, x: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) <= x) low = mid + 1;
    else high = mid;
  }
  return low;
}
