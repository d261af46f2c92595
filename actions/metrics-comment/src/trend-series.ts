import type { CommentReport, Trend } from "@mlops-actions/comment";
import type { MetricValue } from "@mlops-actions/metrics";

/** How many metrics get a trend line when the gate names none. */
export const UNGATED_TREND_METRICS = 3;

/**
 * The metrics worth a trend: the gated metrics of the evaluate-gate report, else its first few numeric
 * ones (in the report's order), else none.
 */
export function keyMetrics(reports: readonly CommentReport[]): string[] {
  const gate = reports.findLast((report) => report.action === "evaluate-gate");
  const rows = Array.isArray(gate?.data.rows) ? (gate.data.rows as unknown[]) : [];
  const named = rows.filter(
    (row): row is { name: string; gated?: unknown; candidate?: unknown } =>
      typeof row === "object" && row !== null && typeof (row as { name?: unknown }).name === "string",
  );
  const gated = named.filter((row) => row.gated === true).map((row) => row.name);
  if (gated.length > 0) return gated;
  return named
    .filter((row) => typeof row.candidate === "number")
    .slice(0, UNGATED_TREND_METRICS)
    .map((row) => row.name);
}

/**
 * One trend per metric from the runs' metrics, oldest run first; a run without the metric is a gap.
 * A metric with fewer than two numeric values has no trend to draw.
 */
export function trendsOf(metrics: readonly string[], runs: readonly Map<string, MetricValue>[]): Trend[] {
  return metrics
    .map((metric) => ({
      metric,
      values: runs.map((run) => {
        const value = run.get(metric);
        return typeof value === "number" ? value : Number.NaN;
      }),
    }))
    .filter((trend) => trend.values.filter(Number.isFinite).length >= 2);
}
