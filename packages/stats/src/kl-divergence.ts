// Kullback-Leibler divergence D(p || q) = sum p_i ln(p_i / q_i) (Kullback & Leibler 1951), with the
// semantics of scipy.stats.entropy(p, q, base): p and q are normalised to sum to 1 first, terms with
// p_i = 0 count 0, and a q_i = 0 where p_i > 0 makes the divergence infinite. `base` divides by ln(base).
import { assertDistributions } from "./errors.ts";
import { proportions, relativeEntropyTerm } from "./proportions.ts";
import { sum } from "./sum.ts";

export function klDivergence(p: ArrayLike<number>, q: ArrayLike<number>, base?: number): number {
  assertDistributions(p, q, ["p", "q"]);
  const pn = proportions(p, "p");
  const qn = proportions(q, "q");
  const divergence = sum(pn.map((value, i) => relativeEntropyTerm(value, qn[i] as number)));
  return base === undefined ? divergence : divergence / Math.log(base);
}
