/** Float64 machine epsilon: sklearn's `log_loss` clips probabilities to [eps, 1 − eps]. */
const EPS = 2 ** -52;

/** Binary log loss (`sklearn.metrics.log_loss`), `scores` the probability of the positive class. */
export function logLoss(positive: Uint8Array, scores: Float64Array, indices?: Uint32Array): number {
  const n = indices ? indices.length : positive.length;
  let total = 0;
  for (let j = 0; j < n; j++) {
    const i = indices ? (indices[j] as number) : j;
    const p = Math.min(Math.max(scores[i] as number, EPS), 1 - EPS);
    total -= positive[i] ? Math.log(p) : Math.log(1 - p);
  }
  return total / n;
}
