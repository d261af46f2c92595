import { escapeMarkdown } from "@mlops-actions/kit";
import type { MetricRow, MetricValue } from "@mlops-actions/metrics";
import { formatNumber, formatPercent, formatSigned } from "./format.ts";
import { ROW_LABELS } from "./status.ts";

export const METRIC_TABLE_HEADER =
  "| Metric | Baseline | Candidate | Change | Verdict |\n|:--|--:|--:|--:|:--|";

/** One row of the metric diff table; every piece of user text in it is escaped. */
export function metricRowLine(row: MetricRow): string {
  const direction = row.direction.direction === "lower" ? "↓" : "↑";
  const name = `${escapeMarkdown(row.name)} <sub>${direction}</sub>`;
  const label = ROW_LABELS[row.status] ?? escapeMarkdown(String(row.status));
  const reason =
    row.reason && !["pass", "improved", "within-noise"].includes(row.status)
      ? `: ${escapeMarkdown(row.reason)}`
      : "";
  return `| ${name} | ${formatValue(row.baseline)} | ${formatValue(row.candidate)} | ${formatChange(row)} | ${label}${reason} |`;
}

const NON_FINITE = new Set(["NaN", "Infinity", "-Infinity"]);

/** A metric value from a report: JSON has no NaN, so null may stand for one. */
export function formatValue(value: MetricValue | undefined): string {
  if (value === undefined) return "—";
  if (value === null) return "null";
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "boolean") return String(value);
  // Reports write non-finite numbers as these strings (JSON has no NaN).
  if (NON_FINITE.has(value)) return formatNumber(Number(value));
  return escapeMarkdown(value);
}

/**
 * The change with its sign, the relative change, and a mark saying whether it is better (🟢) or worse
 * (🔴) given the metric's direction; ⚪ when the gate called it noise or nothing changed.
 */
export function formatChange(row: MetricRow): string {
  const delta = row.delta;
  if (!delta || !Number.isFinite(delta.absolute)) return "";
  const relative =
    delta.relative === null || delta.relative === undefined ? "" : ` (${formatPercent(delta.relative)})`;
  const text = `${formatSigned(delta.absolute)}${relative}`;
  if (delta.absolute === 0 || row.status === "within-noise") return `⚪ ${text}`;
  const better = delta.absolute > 0 === (row.direction.direction !== "lower");
  return `${better ? "🟢" : "🔴"} ${text}`;
}
