// Hellinger distance between two discrete distributions (Hellinger 1909):
// H(p, q) = sqrt(1 - BC), BC = sum sqrt(p_i q_i) the Bhattacharyya coefficient, which equals
// ||sqrt(p) - sqrt(q)||_2 / sqrt(2). p and q are normalised first; BC is clipped to [0, 1] as Evidently's
// hellinger stattest does, so rounding never yields NaN. Range [0, 1].
import { assertDistributions } from "./errors.ts";
import { proportions } from "./proportions.ts";
import { sum } from "./sum.ts";

export function hellingerDistance(p: ArrayLike<number>, q: ArrayLike<number>): number {
  assertDistributions(p, q, ["p", "q"]);
  const pn = proportions(p, "p");
  const qn = proportions(q, "q");
  const coefficient = sum(pn.map((value, i) => Math.sqrt(value * (qn[i] as number))));
  return Math.sqrt(1 - Math.min(1, Math.max(0, coefficient)));
}
