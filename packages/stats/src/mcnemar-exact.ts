/**
 * McNemar's exact test (McNemar 1947; exact form: the two-sided binomial test of the discordant pairs,
 * as statsmodels' `mcnemar(exact=True)` and scipy's `binomtest(min(b, c), b + c, 0.5)` compute it).
 * `b`: examples only the first model gets right; `c`: only the second. Returns the two-sided p-value.
 */
export function mcnemarExact(b: number, c: number): number {
  const n = b + c;
  if (n === 0) return 1;
  const k = Math.min(b, c);
  // P(X <= k) for X ~ Binomial(n, 1/2), summed in log space so large n does not underflow.
  let logTerm = -n * Math.LN2; // log C(n, 0) / 2^n
  let logSum = logTerm;
  for (let i = 0; i < k; i++) {
    logTerm += Math.log(n - i) - Math.log(i + 1);
    logSum = logAddExp(logSum, logTerm);
  }
  return Math.min(1, 2 * Math.exp(logSum));
}

function logAddExp(a: number, b: number): number {
  const high = Math.max(a, b);
  return high + Math.log1p(Math.exp(Math.min(a, b) - high));
}
