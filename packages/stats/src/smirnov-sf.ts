// Exact survival function of the one-sided one-sample Kolmogorov-Smirnov statistic D+_n:
// P(D+_n >= x) = x * sum_{j=0}^{floor(n(1-x))} C(n, j) (1 - x - j/n)^(n-j) (x + j/n)^(j-1)
// (Smirnov 1944; Birnbaum & Tingey 1951, "One-sided confidence contours for probability distribution
// functions", Ann. Math. Statist. 22). Terms are positive; each is evaluated in log space.
// For n above 10^6 the sum is too long; like scipy.special.smirnov we then use the asymptotic
// P(D+_n >= x) ~ exp(-(6nx + 1)^2 / (18n)) (van Mulbregt 2018, "Computing the cumulative distribution
// function and quantiles of the one-sided Kolmogorov-Smirnov statistic", arXiv:1802.06966).
import expm1 from "@stdlib/math-base-special-expm1";
import gammaln from "@stdlib/math-base-special-gammaln";

const MAX_EXACT_N = 1_000_000;

export function smirnovSf(n: number, x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 1;
  if (x >= 1) return 0;
  if (n > MAX_EXACT_N && n * x > 1 && n * x < n - 1) {
    const logP = -((6 * n * x + 1) ** 2) / (18 * n);
    return logP < -Math.LN2 ? Math.exp(logP) : 1 + expm1(logP);
  }
  const last = Math.floor(n * (1 - x) + 1e-12 * n);
  const logN = gammaln(n + 1);
  let total = 0;
  let peak = Number.NEGATIVE_INFINITY;
  for (let j = 0; j <= last; j++) {
    const low = 1 - x - j / n;
    if (low <= 0) break;
    const logTerm =
      logN - gammaln(j + 1) - gammaln(n - j + 1) + (n - j) * Math.log(low) + (j - 1) * Math.log(x + j / n);
    const term = Math.exp(logTerm);
    total += term;
    if (logTerm > peak) peak = logTerm;
    // Terms are unimodal in j: once well past the peak and negligible, the rest cannot matter.
    else if (logTerm < peak - 40 && term < total * 1e-17) break;
  }
  return Math.min(1, Math.max(0, x * total));
}
