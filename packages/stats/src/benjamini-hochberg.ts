// Benjamini-Hochberg adjusted p-values (Benjamini & Hochberg 1995, "Controlling the false discovery rate",
// JRSS B 57(1)), matching scipy.stats.false_discovery_control(p, method="bh"): with p sorted ascending,
// adjusted_(i) = min_{j >= i} p_(j) * m / j, capped at 1, returned in the input order.
import { assertNonEmpty, StatsInputError } from "./errors.ts";

export function benjaminiHochberg(pvalues: ArrayLike<number>): number[] {
  assertNonEmpty(pvalues, "p-values");
  for (let i = 0; i < pvalues.length; i++) {
    const p = pvalues[i] as number;
    if (!(p >= 0 && p <= 1)) throw new StatsInputError(`p-values[${i}] is ${p}; p-values must be in [0, 1]`);
  }
  const m = pvalues.length;
  const order = Array.from({ length: m }, (_, i) => i).sort(
    (a, b) => (pvalues[a] as number) - (pvalues[b] as number),
  );
  const adjusted = new Array<number>(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const index = order[rank - 1] as number;
    running = Math.min(running, ((pvalues[index] as number) * m) / rank);
    adjusted[index] = running;
  }
  return adjusted;
}
