import { compare, thresholdOf, withinTolerance } from "./arithmetic.ts";
import type { CheckLevel, NoiseEvidence, RuleCheck } from "./evaluate-types.ts";
import { type Amount, formatTarget, needsBaseline, type Rule, type Severity } from "./rule.ts";

/** The baseline side of one metric: a usable number, or why there is none and what that costs. */
export type BaselineSide = { value: number } | { unavailable: string; level: CheckLevel };

const LEVEL_OF: Record<Severity, CheckLevel> = { block: "fail", warn: "warn", info: "info" };

/**
 * Checks one rule against a finite candidate value. Baseline rules need a baseline value; when the
 * change from the baseline is within tolerance a failing baseline rule passes as `within-noise`.
 * Absolute rules (`min`, `max`, `accuracy >= 0.9`) are never softened by the tolerance.
 */
export function checkRule(
  rule: Rule,
  candidate: number,
  baseline: BaselineSide,
  tolerance: Amount,
  defaultSeverity: Severity,
  noise?: NoiseEvidence,
): RuleCheck {
  const severity = rule.severity ?? defaultSeverity;
  const base = { rule, severity };
  const usesBaseline = needsBaseline(rule);
  if (usesBaseline && "unavailable" in baseline) {
    return {
      ...base,
      outcome: "skipped",
      level: baseline.level,
      reason: `not evaluated: ${baseline.unavailable}`,
    };
  }
  const baselineValue = "value" in baseline ? baseline.value : Number.NaN;
  const threshold = thresholdOf(rule.target, baselineValue);
  if (compare(candidate, rule.op, threshold)) return { ...base, outcome: "pass", level: "none", threshold };
  if (usesBaseline && withinTolerance(candidate, baselineValue, tolerance)) {
    return { ...base, outcome: "within-noise", level: "none", threshold };
  }
  if (usesBaseline && noise && rule.op !== "==") {
    const interval = `confidence interval of the change [${formatNumber(noise.low)}, ${formatNumber(noise.high)}]`;
    // The candidate value the interval still allows that is most favourable to this rule.
    const favourable = baselineValue + (rule.op.startsWith(">") ? noise.high : noise.low);
    if (!noise.significant || compare(favourable, rule.op, threshold)) {
      const why = noise.significant
        ? `${interval} reaches it`
        : `the change is not significant (${interval})`;
      return {
        ...base,
        outcome: "within-noise",
        level: "none",
        threshold,
        reason: `${rule.text} not met, but ${why}`,
      };
    }
  }
  const explained =
    rule.target.kind === "baseline"
      ? ` (${formatTarget(rule).replace(/^\S+ baseline/, `baseline ${formatNumber(baselineValue)}`)})`
      : "";
  return {
    ...base,
    outcome: "fail",
    level: LEVEL_OF[severity],
    threshold,
    reason: `${rule.text} not met: expected ${rule.op} ${formatNumber(threshold)}${explained}, got ${formatNumber(candidate)}`,
  };
}

/** Numbers in messages: up to 6 significant digits, so `0.8900000000000001` reads `0.89`. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return String(Number(value.toPrecision(6)));
}
