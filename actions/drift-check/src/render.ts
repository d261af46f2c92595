import type { ColumnDrift, DriftResult } from "@mlops-actions/drift";
import { formatNumber } from "@mlops-actions/drift";
import { addHeading, addParagraph, addTable, escapeMarkdown } from "@mlops-actions/kit";

const SUMMARY_ROWS = 50;

/** One line for the report and the log. */
export function oneLine(result: DriftResult): string {
  const head = result.datasetDrift ? "dataset drift" : "no dataset drift";
  const names = result.driftedColumns.slice(0, 5).join(", ");
  const more = result.driftedColumns.length > 5 ? ", ..." : "";
  return `${head}: ${result.driftedColumns.length}/${result.tested} columns drifted (share ${formatNumber(result.driftShare)}, threshold ${formatNumber(result.driftShareThreshold)})${names ? `: ${names}${more}` : ""}`;
}

/** Why a column got its verdict, in a few words: what moved most, new categories, notes. */
export function why(column: ColumnDrift): string {
  const parts: string[] = [];
  const m = column.movement;
  if (m && column.verdict !== "skipped") {
    parts.push(
      m.kind === "quantile"
        ? `${m.label} ${formatNumber(m.reference)} → ${formatNumber(m.current)}`
        : `'${m.label}' ${percent(m.reference)} → ${percent(m.current)}`,
    );
  }
  parts.push(...column.notes);
  return parts.join("; ");
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

export function addDriftSummary(result: DriftResult): void {
  addHeading("Data drift");
  addParagraph(
    `${oneLine(result)}; method ${result.method}${result.exact ? "" : " (some statistics estimated from sketches)"}.`,
  );
  const rows = result.columns
    .slice(0, SUMMARY_ROWS)
    .map((c) => [
      c.column,
      c.verdict,
      c.type,
      c.test ?? "—",
      formatNumber(c.statistic),
      c.effect ? formatNumber(c.effect.value) : "—",
      formatNumber(c.threshold),
      why(c),
    ]);
  addTable(["column", "verdict", "type", "test", "statistic", "effect", "threshold", "why"], rows);
  if (result.columns.length > SUMMARY_ROWS) {
    addParagraph(`${result.columns.length - SUMMARY_ROWS} more columns are in the report.`);
  }
}

/** The issue body: the drifted columns and why, markdown-escaped. */
export function issueBody(result: DriftResult, runUrl: string, marker: string): string {
  const lines = result.columns
    .filter((c) => c.verdict === "drift")
    .slice(0, SUMMARY_ROWS)
    .map(
      (c) =>
        `| ${escapeMarkdown(c.column)} | ${c.test ?? "—"} | ${formatNumber(c.statistic)} | ${escapeMarkdown(why(c))} |`,
    );
  return [
    marker,
    `**${escapeMarkdown(oneLine(result))}**`,
    "",
    "| column | test | statistic | why |",
    "|---|---|---|---|",
    ...lines,
    "",
    `Last checked in [this run](${runUrl}).`,
  ].join("\n");
}
