import type { BaselineProvenance } from "@mlops-actions/github";
import { detailsHtml, escapeMarkdown, type Html, html, tableHtml, text } from "@mlops-actions/kit";
import {
  describeValue,
  type Evaluation,
  formatNumber,
  type MetricRow,
  type RowStatus,
} from "@mlops-actions/metrics";

const STATUS_LABELS: Record<RowStatus, string> = {
  fail: "❌ fail",
  warn: "⚠️ warn",
  missing: "❔ missing",
  "non-finite": "❔ not finite",
  "non-numeric": "❔ not a number",
  info: "ℹ️ info",
  skipped: "⏭️ not compared",
  "regressed-ok": "↘️ worse, allowed",
  removed: "➖ removed",
  new: "➕ new",
  "within-noise": "≈ within noise",
  improved: "✨ improved",
  pass: "✅ pass",
};

const VERDICT_HEADLINES = {
  pass: "✅ Gate passed",
  warn: "⚠️ Gate passed with warnings",
  fail: "❌ Gate failed",
};

export function headline(evaluation: Evaluation): string {
  return VERDICT_HEADLINES[evaluation.verdict];
}

/** A value as the table shows it: numbers with up to 6 significant digits, text quoted, absence a dash. */
export function formatValue(value: MetricRow["candidate"]): string {
  if (value === undefined) return "—";
  return typeof value === "number" ? formatNumber(value) : describeValue(value);
}

export function formatDelta(row: MetricRow): { absolute: string; relative: string } {
  if (row.delta === undefined) return { absolute: "", relative: "" };
  const { absolute, relative } = row.delta;
  const signed = (n: number, suffix = "") => `${n > 0 ? "+" : ""}${n === 0 ? "0" : formatNumber(n)}${suffix}`;
  return {
    absolute: signed(absolute),
    relative: relative === null ? "" : signed(Number((relative * 100).toFixed(2)), "%"),
  };
}

function metricCell(row: MetricRow): Html {
  const arrow = row.direction.direction === "higher" ? "↑" : "↓";
  return html(`${escapeMarkdown(row.name)} ${arrow}${row.direction.inferred ? "*" : ""}`);
}

function ruleCell(row: MetricRow): string {
  if (!row.gated) return "not gated";
  return row.checks.map((check) => check.rule.text).join("; ");
}

/** The diff table, worst first (the rows' order): Metric, Baseline, Candidate, Δ, Δ%, Rule, Verdict. */
export function gateTable(rows: readonly MetricRow[]): Html {
  return tableHtml(
    ["Metric", "Baseline", "Candidate", "Δ", "Δ%", "Rule", "Verdict"],
    rows.map((row) => {
      const delta = formatDelta(row);
      return [
        metricCell(row),
        formatValue(row.baseline),
        formatValue(row.candidate),
        delta.absolute,
        delta.relative,
        ruleCell(row),
        STATUS_LABELS[row.status],
      ];
    }),
  );
}

export function baselineLine(provenance: BaselineProvenance): string {
  const parts = [`Baseline: ${provenance.description}`];
  if (provenance.ageDays !== undefined) parts.push(`${provenance.ageDays} day(s) old`);
  return parts.join(", ");
}

/** Rows that need a word of explanation: failures, warnings, missing values and the like. */
function reasonsList(rows: readonly MetricRow[]): Html | undefined {
  const explained = rows.filter(
    (row) => row.reason !== undefined && !["pass", "improved", "within-noise"].includes(row.status),
  );
  if (explained.length === 0) return undefined;
  const items = explained.map((row) => `<li>${escapeMarkdown(`${row.name}: ${row.reason}`)}</li>`);
  return html(`<ul>${items.join("")}</ul>`);
}

function paragraph(userText: string): Html {
  return html(`<p>${text(userText).html}</p>`);
}

export interface GateBody {
  /** Verdict, baseline, staleness: the check run's summary. */
  overview: Html[];
  /** The table and the explanations: the check run's text. */
  details: Html[];
}

/** The body shared by the job summary and the check run. */
export function gateBody(evaluation: Evaluation, provenance: BaselineProvenance): GateBody {
  const overview: Html[] = [
    paragraph(`${headline(evaluation)}: ${evaluation.summary}`),
    paragraph(baselineLine(provenance)),
  ];
  for (const reason of provenance.stale) overview.push(paragraph(`⚠️ Stale baseline: ${reason}`));
  if (evaluation.baseline.note) overview.push(paragraph(evaluation.baseline.note));
  const details: Html[] = [
    gateTable(evaluation.rows),
    paragraph("↑ higher is better, ↓ lower is better; * direction inferred from the name."),
  ];
  const reasons = reasonsList(evaluation.rows);
  if (reasons) details.push(reasons);
  if (evaluation.unmatchedPatterns.length > 0) {
    details.push(paragraph(`Patterns that matched no metric: ${evaluation.unmatchedPatterns.join(", ")}`));
  }
  if (provenance.attempts.length > 0) {
    const looked = provenance.attempts.map(
      (a) => `<li>${escapeMarkdown(`${a.source}: ${a.found ? "found" : "not found"} — ${a.detail}`)}</li>`,
    );
    details.push(detailsHtml("Where the baseline was looked for", html(`<ul>${looked.join("")}</ul>`)));
  }
  return { overview, details };
}
