/**
 * Regression metrics as scikit-learn defines them: `mean_absolute_error`, `root_mean_squared_error`
 * and `r2_score` (with `force_finite=True`: a constant truth gives 1 for a perfect fit, else 0).
 */
export interface RegressionScores {
  mae: number;
  rmse: number;
  r2: number;
}

export function regressionScores(
  truth: Float64Array,
  predicted: Float64Array,
  indices?: Uint32Array,
): RegressionScores {
  const n = indices ? indices.length : truth.length;
  let mean = 0;
  for (let j = 0; j < n; j++) mean += truth[indices ? (indices[j] as number) : j] as number;
  mean /= n;
  let absolute = 0;
  let squared = 0;
  let total = 0;
  for (let j = 0; j < n; j++) {
    const i = indices ? (indices[j] as number) : j;
    const error = (truth[i] as number) - (predicted[i] as number);
    absolute += Math.abs(error);
    squared += error * error;
    total += ((truth[i] as number) - mean) ** 2;
  }
  const r2 = total === 0 ? (squared === 0 ? 1 : 0) : 1 - squared / total;
  return { mae: absolute / n, rmse: Math.sqrt(squared / n), r2 };
}
