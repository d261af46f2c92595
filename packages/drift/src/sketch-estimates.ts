// Estimates from KLL sketches when the exact values were not kept: each is within the sketches' rank
// error (Karnin, Lang & Liberty 2016) of the exact result, in the sense stated with each function.
import type { KllSketch } from "@mlops-actions/stats";

/** Shares of the stream in each bin `[edges[i], edges[i+1])` (last bin closed); each share is within 2ε. */
export function sketchHistogramShares(sketch: KllSketch, edges: readonly number[]): number[] {
  const shares: number[] = [];
  const last = edges.length - 2;
  for (let i = 0; i <= last; i++) {
    const lo = edges[i] as number;
    const hi = edges[i + 1] as number;
    const below = lo <= sketch.min ? 0 : rankBelow(sketch, lo);
    const upTo = i === last ? 1 : rankBelow(sketch, hi);
    shares.push(Math.max(0, upTo - below));
  }
  return shares;
}

/** Estimated share of the stream strictly below x. */
function rankBelow(sketch: KllSketch, x: number): number {
  let below = 0;
  let total = 0;
  for (const [value, weight] of sketch.sortedView()) {
    total += weight;
    if (value < x) below += weight;
  }
  return total === 0 ? 0 : below / total;
}

/**
 * W1 between two sketched distributions as ∫₀¹ |F⁻¹(q) − G⁻¹(q)| dq on a grid of 2000 quantiles
 * (midpoint rule). Its error is bounded by the quantile functions' error, which the rank error ε moves by
 * at most the spread of the data within ε of each quantile.
 */
export function sketchWasserstein(a: KllSketch, b: KllSketch, steps = 2000): number {
  let total = 0;
  for (let i = 0; i < steps; i++) {
    const q = (i + 0.5) / steps;
    total += Math.abs(a.quantile(q) - b.quantile(q));
  }
  return total / steps;
}
