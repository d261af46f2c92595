// L-infinity (Chebyshev) distance between two discrete distributions: max_i |p_i - q_i| after normalising
// p and q to proportions. For categorical data this is the largest change in any category's share.
import { assertDistributions } from "./errors.ts";
import { proportions } from "./proportions.ts";

export function lInfinity(p: ArrayLike<number>, q: ArrayLike<number>): number {
  assertDistributions(p, q, ["p", "q"]);
  const pn = proportions(p, "p");
  const qn = proportions(q, "q");
  let largest = 0;
  for (let i = 0; i < pn.length; i++)
    largest = Math.max(largest, Math.abs((pn[i] as number) - (qn[i] as number)));
  return largest;
}
