// Jensen-Shannon distance (Lin 1991, "Divergence measures based on the Shannon entropy", IEEE Trans.
// Inf. Theory 37(1); Endres & Schindelin 2003 for the metric sqrt(JSD)), matching
// scipy.spatial.distance.jensenshannon(p, q, base): p and q are normalised, m = (p + q) / 2,
// distance = sqrt((D(p||m) + D(q||m)) / 2), with D in nats or divided by ln(base).
// A rounding-level negative divergence is taken as 0 (scipy would return NaN there).
import { assertDistributions } from "./errors.ts";
import { proportions, relativeEntropyTerm } from "./proportions.ts";
import { sum } from "./sum.ts";

export function jensenShannonDistance(p: ArrayLike<number>, q: ArrayLike<number>, base?: number): number {
  assertDistributions(p, q, ["p", "q"]);
  const pn = proportions(p, "p");
  const qn = proportions(q, "q");
  const terms: number[] = [];
  for (let i = 0; i < pn.length; i++) {
    const pi = pn[i] as number;
    const qi = qn[i] as number;
    const mi = (pi + qi) / 2;
    terms.push(relativeEntropyTerm(pi, mi), relativeEntropyTerm(qi, mi));
  }
  let divergence = sum(terms);
  if (base !== undefined) divergence /= Math.log(base);
  return Math.sqrt(Math.max(0, divergence / 2));
}
