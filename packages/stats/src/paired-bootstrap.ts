// Paired bootstrap percentile intervals: Efron & Tibshirani 1993, "An Introduction to the Bootstrap", ch. 13.
import { mulberry32 } from "./mulberry32.ts";
import { quantileSorted } from "./quantile-sorted.ts";

export interface BootstrapInterval {
  low: number;
  high: number;
  /** Resamples on which the statistic was defined (e.g. ROC AUC needs both classes). */
  valid: number;
  resamples: number;
}

export const DEFAULT_RESAMPLES = 1000;
export const DEFAULT_SEED = 20_240_601;

/**
 * Paired bootstrap percentile intervals (Efron & Tibshirani 1993, ch. 13): resample the n examples with
 * replacement, the same indices for both models, and take the (α/2, 1−α/2) quantiles of each statistic
 * — typically each metric's difference between the models. `statistics` returns one value per
 * statistic for a resample, undefined where it is not defined.
 */
export function pairedBootstrap(
  n: number,
  statistics: (indices: Uint32Array) => readonly (number | undefined)[],
  options: { resamples?: number; seed?: number; confidence?: number } = {},
): BootstrapInterval[] {
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  const alpha = 1 - (options.confidence ?? 0.95);
  const random = mulberry32(options.seed ?? DEFAULT_SEED);
  const values: number[][] = [];
  const indices = new Uint32Array(n);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) indices[i] = Math.floor(random() * n);
    statistics(indices).forEach((value, k) => {
      values[k] ??= [];
      if (value !== undefined && Number.isFinite(value)) values[k].push(value);
    });
  }
  return values.map((list) => {
    list.sort((a, b) => a - b);
    return {
      low: quantileSorted(list, alpha / 2),
      high: quantileSorted(list, 1 - alpha / 2),
      valid: list.length,
      resamples,
    };
  });
}
