import { deltaOf, withinTolerance } from "./arithmetic.ts";
import { type BaselineSide, checkRule } from "./check-rule.ts";
import { didYouMean } from "./did-you-mean.ts";
import type {
  CheckLevel,
  EvaluateOptions,
  Evaluation,
  MetricRow,
  NoiseEvidence,
  OnMissingBaseline,
  RowStatus,
  Verdict,
} from "./evaluate-types.ts";
import { ROW_STATUSES } from "./evaluate-types.ts";
import { isGlob } from "./glob.ts";
import type { Policy } from "./policy.ts";
import { patternMatches, type ResolvedMetric, resolveMetric } from "./resolve.ts";
import type { Rule } from "./rule.ts";
import { describeValue, type MetricValue } from "./value.ts";

type Metrics = ReadonlyMap<string, MetricValue>;

const LEVEL_RANK: Record<CheckLevel, number> = { none: 0, info: 1, warn: 2, fail: 3 };
const NO_BASELINE = "no baseline";
const SKIPPED_NO_BASELINE = `not evaluated: ${NO_BASELINE}`;
const MISSING_BASELINE_LEVEL: Record<OnMissingBaseline, CheckLevel> = {
  warn: "warn",
  fail: "fail",
  pass: "none",
};

/**
 * Compares candidate metrics with the baseline's (undefined when there is none) under a policy.
 * Every metric of either side is a row; metrics the policy names exactly but neither side has are rows
 * too (missing). See README "Evaluation" for the statuses and how the verdict follows from them.
 */
export function evaluate(
  candidate: Metrics,
  baseline: Metrics | undefined,
  policy: Policy,
  options: EvaluateOptions = {},
): Evaluation {
  const onMissing = options.onMissingBaseline ?? "warn";
  const extraRules = options.rules ?? [];
  const names = metricNames(candidate, baseline, policy, extraRules);
  const context: RowContext = {
    candidate,
    baseline,
    onMissing,
    ...(options.noise && { noise: options.noise }),
  };
  const rows = names.map((name) => evaluateMetric(name, resolveMetric(name, policy, extraRules), context));
  rows.sort((a, b) => ROW_STATUSES.indexOf(a.status) - ROW_STATUSES.indexOf(b.status));

  const counts = Object.fromEntries(ROW_STATUSES.map((s) => [s, 0])) as Record<RowStatus, number>;
  for (const row of rows) counts[row.status]++;
  const skippedRules = baseline
    ? 0
    : rows.reduce(
        (n, row) =>
          n + row.checks.filter((c) => c.outcome === "skipped" && c.reason === SKIPPED_NO_BASELINE).length,
        0,
      );
  let verdict: Verdict = counts.fail > 0 ? "fail" : counts.warn > 0 ? "warn" : "pass";
  if (!baseline && onMissing !== "pass" && verdict !== "fail") verdict = onMissing;

  const evaluation: Evaluation = {
    verdict,
    summary: "",
    rows,
    failedMetrics: rows.filter((r) => r.status === "fail").map((r) => r.name),
    warnedMetrics: rows.filter((r) => r.status === "warn").map((r) => r.name),
    counts,
    baseline: { present: baseline !== undefined, onMissing, skippedRules },
    unmatchedPatterns: unmatchedPatterns(policy, extraRules, names),
  };
  if (!baseline) {
    evaluation.baseline.note =
      `no baseline: ${skippedRules} baseline rule(s) not evaluated; ` +
      `on-missing-baseline '${onMissing}' makes this ${onMissing === "pass" ? "leaves the verdict to the other rules" : `at least a ${onMissing}`}`;
  }
  evaluation.summary = summarize(evaluation);
  return evaluation;
}

interface RowContext {
  candidate: Metrics;
  baseline: Metrics | undefined;
  onMissing: OnMissingBaseline;
  noise?: ReadonlyMap<string, NoiseEvidence>;
}

function evaluateMetric(name: string, resolved: ResolvedMetric, context: RowContext): MetricRow {
  const candidate = context.candidate.get(name);
  const baseline = context.baseline?.get(name);
  const row: MetricRow = {
    name,
    ...(context.candidate.has(name) ? { candidate } : {}),
    ...(context.baseline?.has(name) ? { baseline } : {}),
    ...(isFiniteNumber(candidate) && isFiniteNumber(baseline) ? { delta: deltaOf(candidate, baseline) } : {}),
    direction: resolved.direction,
    tolerance: resolved.tolerance,
    gated: resolved.rules.length > 0,
    severity: resolved.severity,
    checks: [],
    status: "pass",
  };
  if (resolved.entry) row.entry = resolved.entry.pattern;

  const problem = candidateProblem(name, candidate, context);
  if (!row.gated)
    return problem ? withStatus(row, problem.ungated, problem.reason) : describeChange(row, context);
  if (problem) {
    row.checks = resolved.rules.map((rule) => ({
      rule,
      severity: rule.severity ?? resolved.severity,
      outcome: "skipped",
      level: "none",
      reason: `not evaluated: ${problem.reason}`,
    }));
    const status = resolved.missing === "ignore" ? problem.ignored : resolved.missing;
    return withStatus(row, status, `${problem.reason} (missing: ${resolved.missing})`);
  }

  const side = baselineSide(name, context);
  row.checks = resolved.rules.map((rule) =>
    checkRule(
      rule,
      candidate as number,
      side,
      resolved.tolerance,
      resolved.severity,
      context.noise?.get(name),
    ),
  );
  const worst = row.checks.reduce((a, c) => (LEVEL_RANK[c.level] > LEVEL_RANK[a.level] ? c : a));
  if (worst.level !== "none") return withStatus(row, worst.level, worst.reason);
  const skipped = row.checks.filter((c) => c.outcome === "skipped");
  if (skipped.length > 0 && !(context.baseline && baseline === undefined)) {
    return withStatus(
      row,
      "skipped",
      `${skipped.length} of ${row.checks.length} rule(s) ${skipped[0]?.reason}`,
    );
  }
  return describeChange(row, context);
}

/** pass / improved / within-noise / regressed-ok / new, from the values alone. */
function describeChange(row: MetricRow, context: RowContext): MetricRow {
  const { candidate, baseline } = row;
  if (baseline === undefined) {
    return context.baseline ? withStatus(row, "new", "not in the baseline") : withStatus(row, "pass");
  }
  if (!isFiniteNumber(candidate) || !isFiniteNumber(baseline)) {
    return withStatus(row, "pass", `baseline value ${describeValue(baseline)} cannot be compared`);
  }
  if (candidate === baseline) return withStatus(row, "pass");
  if (withinTolerance(candidate, baseline, row.tolerance)) return withStatus(row, "within-noise");
  const better = row.direction.direction === "higher" ? candidate > baseline : candidate < baseline;
  if (better) return withStatus(row, "improved");
  const passedRules = row.gated ? "; every rule passed" : "; no rule applies";
  return withStatus(
    row,
    "regressed-ok",
    `worse than the baseline (${row.direction.direction} is better)${passedRules}`,
  );
}

function withStatus(row: MetricRow, status: RowStatus, reason?: string): MetricRow {
  row.status = status;
  if (reason !== undefined) row.reason = reason;
  return row;
}

interface CandidateProblem {
  reason: string;
  /** The status when the metric is gated with `missing: ignore`. */
  ignored: RowStatus;
  /** The status when no rule applies. */
  ungated: RowStatus;
}

function candidateProblem(
  name: string,
  value: MetricValue | undefined,
  context: RowContext,
): CandidateProblem | undefined {
  if (!context.candidate.has(name)) {
    const known = context.baseline?.has(name);
    const where = known ? "the candidate metrics" : "the candidate or baseline metrics";
    const hint = known ? "" : didYouMean(name, context.candidate.keys());
    return { reason: `not found in ${where}${hint}`, ignored: "missing", ungated: "removed" };
  }
  if (typeof value !== "number") {
    return {
      reason: `value ${describeValue(value)} is not a number`,
      ignored: "non-numeric",
      ungated: "non-numeric",
    };
  }
  if (!Number.isFinite(value)) {
    return { reason: `value is ${value}`, ignored: "non-finite", ungated: "non-finite" };
  }
  return undefined;
}

function baselineSide(name: string, context: RowContext): BaselineSide {
  const level = MISSING_BASELINE_LEVEL[context.onMissing];
  if (!context.baseline) return { unavailable: NO_BASELINE, level };
  if (!context.baseline.has(name)) return { unavailable: "not in the baseline", level: "none" };
  const value = context.baseline.get(name);
  if (typeof value !== "number")
    return { unavailable: `baseline value ${describeValue(value)} is not a number`, level };
  if (!Number.isFinite(value)) return { unavailable: `baseline value is ${value}`, level };
  return { value };
}

function isFiniteNumber(value: MetricValue | undefined): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** Candidate names in file order, then baseline-only names, then names only the policy mentions. */
function metricNames(
  candidate: Metrics,
  baseline: Metrics | undefined,
  policy: Policy,
  rules: readonly Rule[],
): string[] {
  const names = new Set(candidate.keys());
  for (const name of baseline?.keys() ?? []) names.add(name);
  const patterns = [
    ...policy.metrics.map((e) => e.pattern),
    ...policy.rules.map((r) => r.metric),
    ...rules.map((r) => r.metric),
  ];
  for (const pattern of patterns) if (!isGlob(pattern)) names.add(pattern);
  return [...names];
}

function unmatchedPatterns(policy: Policy, rules: readonly Rule[], names: readonly string[]): string[] {
  const patterns = new Set([
    ...policy.metrics.map((e) => e.pattern),
    ...policy.rules.map((r) => r.metric),
    ...rules.map((r) => r.metric),
  ]);
  return [...patterns].filter((p) => isGlob(p) && !names.some((name) => patternMatches(p, name)));
}

function summarize(evaluation: Evaluation): string {
  const { counts, rows, failedMetrics, warnedMetrics } = evaluation;
  const parts: string[] = [];
  if (failedMetrics.length > 0) parts.push(`${failedMetrics.length} failed (${failedMetrics.join(", ")})`);
  if (warnedMetrics.length > 0) parts.push(`${warnedMetrics.length} warned (${warnedMetrics.join(", ")})`);
  if (counts.improved > 0) parts.push(`${counts.improved} improved`);
  if (counts["regressed-ok"] > 0) parts.push(`${counts["regressed-ok"]} regressed within the rules`);
  const gated = rows.filter((r) => r.gated).length;
  parts.push(`${gated} of ${rows.length} metric(s) gated`);
  if (evaluation.baseline.note) parts.push(evaluation.baseline.note);
  return `${evaluation.verdict}: ${parts.join("; ")}`;
}
