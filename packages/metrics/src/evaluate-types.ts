import type { Delta } from "./arithmetic.ts";
import type { DirectionInfo } from "./direction.ts";
import type { Amount, Rule, Severity } from "./rule.ts";
import type { MetricValue } from "./value.ts";

export type Verdict = "pass" | "warn" | "fail";
export type OnMissingBaseline = "warn" | "fail" | "pass";

/** What one rule did to one metric. */
export type CheckOutcome = "pass" | "within-noise" | "fail" | "skipped";

/** A rule's effect on the verdict: `none` for passes and for skips that do not count. */
export type CheckLevel = "none" | "info" | "warn" | "fail";

export interface RuleCheck {
  rule: Rule;
  severity: Severity;
  outcome: CheckOutcome;
  level: CheckLevel;
  /** The number the candidate was compared with, when it could be computed. */
  threshold?: number;
  /** Why it failed or was skipped, one line. */
  reason?: string;
}

/** Row statuses, worst first (the order rows are sorted in). See README "Verdicts". */
export const ROW_STATUSES = [
  "fail",
  "warn",
  "missing",
  "non-finite",
  "non-numeric",
  "info",
  "skipped",
  "regressed-ok",
  "removed",
  "new",
  "within-noise",
  "improved",
  "pass",
] as const;
export type RowStatus = (typeof ROW_STATUSES)[number];

export interface MetricRow {
  name: string;
  candidate?: MetricValue;
  baseline?: MetricValue;
  /** Present when both values are finite numbers. */
  delta?: Delta;
  direction: DirectionInfo;
  tolerance: Amount;
  /** False when no rule applies: the row is shown, never gates. */
  gated: boolean;
  /** The `metrics:` pattern that applied, if any. */
  entry?: string;
  severity: Severity;
  checks: RuleCheck[];
  status: RowStatus;
  /** One line saying why, for every status other than pass / improved / within-noise. */
  reason?: string;
}

export interface Evaluation {
  verdict: Verdict;
  /** One line, e.g. `fail: 2 metrics failed (accuracy, f1); 1 warning`. */
  summary: string;
  /** Worst first, then in the order the metrics were read. */
  rows: MetricRow[];
  /** Rows with status `fail` — the action's `failed-metrics` output. */
  failedMetrics: string[];
  warnedMetrics: string[];
  counts: Record<RowStatus, number>;
  baseline: {
    present: boolean;
    onMissing: OnMissingBaseline;
    /** Baseline rules that could not be evaluated because there is no baseline. */
    skippedRules: number;
    /** Set when the baseline is missing: what that did to the verdict. */
    note?: string;
  };
  /** Glob patterns (entries and inline rules) that matched no metric. */
  unmatchedPatterns: string[];
}

export interface EvaluateOptions {
  /** What a missing baseline does (default `warn`); baseline rules are then not evaluated. */
  onMissingBaseline?: OnMissingBaseline;
  /** Inline rules from outside the policy file (the action's `rules` input). */
  rules?: readonly Rule[];
  /** Per metric: how noisy its change is (from per-example predictions); see `NoiseEvidence`. */
  noise?: ReadonlyMap<string, NoiseEvidence>;
}

/**
 * A confidence interval of (candidate − baseline) for one metric, e.g. from a paired bootstrap, and
 * whether the change is statistically significant. A failing baseline rule then fails only when the
 * change is significant and the rule fails even at the interval's most favourable end.
 */
export interface NoiseEvidence {
  low: number;
  high: number;
  significant: boolean;
}
