// Two-proportion z-test with pooled variance (e.g. Fleiss, Levin & Paik 2003, "Statistical Methods for
// Rates and Proportions", sec. 2.5.2), as Evidently's "z" stattest applies to binary categoricals:
// z = (p1 - p2) / sqrt(P (1 - P) (1/n1 + 1/n2)), P the pooled proportion; two-sided p = 2 * P(Z > |z|).
// The p-value uses the normal survival function (not 1 - cdf as Evidently does), so it stays accurate
// below 1e-16. When P is 0 or 1 (both samples all one value) z is 0 and p is 1: there is no difference.
import { StatsInputError } from "./errors.ts";
import { normalSf } from "./normal-sf.ts";

export interface ZTestResult {
  statistic: number;
  pvalue: number;
}

export function zTestProportions(
  countRef: number,
  nRef: number,
  countCur: number,
  nCur: number,
): ZTestResult {
  assertCount(countRef, nRef, "reference");
  assertCount(countCur, nCur, "current");
  const p1 = countRef / nRef;
  const p2 = countCur / nCur;
  const pooled = (countRef + countCur) / (nRef + nCur);
  const variance = pooled * (1 - pooled) * (1 / nRef + 1 / nCur);
  if (!(variance > 0)) return { statistic: 0, pvalue: 1 };
  const statistic = (p1 - p2) / Math.sqrt(variance);
  return { statistic, pvalue: Math.min(1, 2 * normalSf(Math.abs(statistic))) };
}

function assertCount(count: number, total: number, what: string): void {
  if (!Number.isInteger(total) || total <= 0) {
    throw new StatsInputError(`${what} sample size is ${total}; it must be a positive integer`);
  }
  if (!Number.isFinite(count) || count < 0 || count > total) {
    throw new StatsInputError(`${what} count is ${count}; it must be between 0 and the sample size ${total}`);
  }
}
