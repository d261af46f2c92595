import type { Amount, Comparison, RuleTarget } from "./rule.ts";

/**
 * An amount against a baseline: absolute as is, a percentage of the baseline's magnitude
 * (`2%` of -0.5 is 0.01). With a baseline of 0 every percentage is 0.
 */
export function amountOf(amount: Amount, baseline: number): number {
  return amount.percent ? (Math.abs(baseline) * amount.value) / 100 : amount.value;
}

/** The number a rule compares with; `baseline` is needed for baseline targets. */
export function thresholdOf(target: RuleTarget, baseline: number): number {
  if (target.kind === "number") return target.value;
  const adjust = target.adjust;
  if (!adjust) return baseline;
  if (adjust.op === "*") return baseline * adjust.factor;
  const amount = amountOf(adjust.amount, baseline);
  return adjust.op === "+" ? baseline + amount : baseline - amount;
}

/**
 * Slack for binary floating point: `0.9 - 0.01` is 0.8900000000000001, and a candidate of 0.89 must
 * still satisfy `>= baseline - 0.01`. Values closer than 1e-12 (relative, at least 1e-12 absolute) are
 * treated as equal.
 */
export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
}

export function compare(value: number, op: Comparison, threshold: number): boolean {
  const equal = nearlyEqual(value, threshold);
  switch (op) {
    case ">=":
      return equal || value > threshold;
    case ">":
      return !equal && value > threshold;
    case "<=":
      return equal || value < threshold;
    case "<":
      return !equal && value < threshold;
    case "==":
      return equal;
  }
}

/** Candidate minus baseline, and that as a fraction of the baseline's magnitude (null when baseline is 0). */
export interface Delta {
  absolute: number;
  relative: number | null;
}

export function deltaOf(candidate: number, baseline: number): Delta {
  const absolute = candidate - baseline;
  if (baseline === 0) return { absolute, relative: absolute === 0 ? 0 : null };
  return { absolute, relative: absolute / Math.abs(baseline) };
}

/** True when a change is no larger than the tolerance (computed against the baseline). */
export function withinTolerance(candidate: number, baseline: number, tolerance: Amount): boolean {
  const allowed = amountOf(tolerance, baseline);
  const change = Math.abs(candidate - baseline);
  return change <= allowed || nearlyEqual(change, allowed);
}
