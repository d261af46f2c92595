import { escapeMarkdown } from "@mlops-actions/kit";
import type { MetricRow } from "@mlops-actions/metrics";
import { formatNumber } from "./format.ts";
import { METRIC_TABLE_HEADER, metricRowLine } from "./metric-table.ts";
import { reportSection, sectionOrder } from "./sections.ts";
import { sparkline } from "./sparkline.ts";
import { UNCHANGED_STATUSES, VERDICT_HEADLINES, verdictOf, worstStatus } from "./status.ts";
import type { CommentInput, CommentReport, DetailLevel, GateData, RenderedComment } from "./types.ts";

export const GATE_ACTION = "evaluate-gate";
/** Tables longer than this are folded into a `<details>` once space gets short. */
const FOLD_ROWS = 20;

/**
 * The comment section for a set of reports, within `budget` characters. When the full rendering is
 * too long it degrades, in order: collapse the report sections to one line each, drop the metric rows
 * where nothing changed, truncate the metric table with a link to the job summary; as a last resort
 * the text is cut at a line. It never throws because of size.
 */
export function renderComment(input: CommentInput, budget: number): RenderedComment {
  const gate = findGate(input.reports);
  const rows = gate?.data.rows ?? [];
  const rowLines = rows.map(metricRowLine);
  const attempt = (level: DetailLevel, shown: number[], omitted: number, note: string) => ({
    markdown: assemble(
      input,
      gate,
      level,
      shown.map((i) => rowLines[i] ?? ""),
      note,
    ),
    level,
    omittedRows: omitted,
  });
  const all = rows.map((_, index) => index);

  const full = attempt("full", all, 0, "");
  if (full.markdown.length <= budget) return full;
  const collapsed = attempt("collapsed", all, 0, "");
  if (collapsed.markdown.length <= budget) return collapsed;

  const changed = all.filter((i) => !UNCHANGED_STATUSES.has(rows[i]?.status ?? ""));
  const dropped = rows.length - changed.length;
  const where = elsewhere(input);
  const dropNote = dropped ? `_${dropped} unchanged metrics are not shown; ${where}._` : "";
  const changedOnly = attempt("changed-rows", changed, dropped, dropNote);
  if (changedOnly.markdown.length <= budget) return changedOnly;

  // Keep as many of the (worst-first) changed rows as fit: the shown rows only grow the text.
  const truncatedNote = (kept: number) =>
    `_${rows.length - kept} of ${rows.length} metrics are not shown here; ${where}._`;
  const withRows = (kept: number) =>
    attempt("truncated", changed.slice(0, kept), rows.length - kept, truncatedNote(kept));
  let low = 0;
  let high = changed.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (withRows(middle).markdown.length <= budget) low = middle;
    else high = middle - 1;
  }
  const truncated = withRows(low);
  if (truncated.markdown.length <= budget) return truncated;
  return { markdown: cut(truncated.markdown, budget, where), level: "cut", omittedRows: rows.length };
}

function assemble(
  input: CommentInput,
  gate: { report: CommentReport; data: GateData } | undefined,
  level: DetailLevel,
  rowLines: string[],
  note: string,
): string {
  const compact = level !== "full";
  const others = input.reports
    .filter((report) => report !== gate?.report)
    .sort((a, b) => sectionOrder(a.action) - sectionOrder(b.action) || a.action.localeCompare(b.action));
  const parts = [headline(input, gate?.data)];
  if (gate) parts.push(gateSection(gate.data, rowLines, compact, note));
  for (const report of others) parts.push(reportSection(report, compact));
  if (input.trends?.length && !compact) parts.push(trendSection(input.trends));
  if (input.reports.length === 0) parts.push("_No reports were found for this job._");
  parts.push(footer(input.runUrl));
  return parts.filter(Boolean).join("\n\n");
}

function headline(input: CommentInput, gate: GateData | undefined): string {
  const verdict = verdictOf(worstStatus(input.reports.map((report) => report.status)));
  const title = input.title ? ` · ${escapeMarkdown(input.title)}` : "";
  const lines = [`### ${VERDICT_HEADLINES[verdict]}${title}`];
  const counts = gate ? metricCounts(gate.rows) : "";
  const checks = input.reports.filter((report) => report.action !== GATE_ACTION);
  const tally = tallyReports(checks);
  lines.push([counts, tally].filter(Boolean).join(" · "));
  return lines.filter(Boolean).join("\n");
}

/** `12 metrics: 1 failed, 2 warnings, 3 improved, 6 unchanged`. */
export function metricCounts(rows: MetricRow[]): string {
  const count = (predicate: (row: MetricRow) => boolean) => rows.filter(predicate).length;
  const parts: [number, string][] = [
    [count((r) => r.status === "fail"), "failed"],
    [count((r) => ["warn", "missing", "non-finite"].includes(r.status)), "warnings"],
    [count((r) => r.status === "regressed-ok"), "worse but allowed"],
    [count((r) => r.status === "improved"), "improved"],
    [count((r) => r.status === "new"), "new"],
    [count((r) => r.status === "removed"), "removed"],
    [count((r) => UNCHANGED_STATUSES.has(r.status)), "unchanged"],
  ];
  const listed = parts.filter(([n]) => n > 0).map(([n, label]) => `${n} ${label}`);
  const noun = rows.length === 1 ? "metric" : "metrics";
  return `**${rows.length} ${noun}**${listed.length ? `: ${listed.join(", ")}` : ""}`;
}

function tallyReports(reports: CommentReport[]): string {
  if (reports.length === 0) return "";
  const failed = reports.filter((r) => r.status === "fail" || r.status === "error").length;
  const warned = reports.filter((r) => r.status === "warn").length;
  const noun = reports.length === 1 ? "check" : "checks";
  const parts = [failed && `${failed} failed`, warned && `${warned} warned`].filter(Boolean);
  return `**${reports.length} ${noun}**${parts.length ? `: ${parts.join(", ")}` : ": all passed"}`;
}

function gateSection(gate: GateData, rowLines: string[], compact: boolean, note: string): string {
  const parts: string[] = [];
  const baseline = baselineLine(gate);
  if (baseline) parts.push(baseline);
  if (rowLines.length > 0) {
    const table = `${METRIC_TABLE_HEADER}\n${rowLines.join("\n")}`;
    parts.push(
      compact && rowLines.length > FOLD_ROWS
        ? `<details><summary>Metric table (${rowLines.length} rows)</summary>\n\n${table}\n\n</details>`
        : table,
    );
  }
  if (note) parts.push(note);
  return parts.join("\n\n");
}

/** Where the baseline came from; report text is untrusted (a fork's run writes its own reports). */
function baselineLine(gate: GateData): string {
  const baseline = gate.baseline;
  if (!baseline) return "";
  const note = baseline.note ? `: ${escapeMarkdown(baseline.note)}` : "";
  if (baseline.present === false || baseline.source === "none" || baseline.source === "missing") {
    return `Baseline: ${escapeMarkdown(baseline.source ?? "none")}${note}`;
  }
  if (baseline.description) return `Baseline: ${escapeMarkdown(baseline.description)}`;
  const pieces = [baseline.source ? escapeMarkdown(baseline.source) : "found"];
  if (baseline.sha) pieces.push(`at <code>${escapeMarkdown(baseline.sha.slice(0, 7))}</code>`);
  if (baseline.runId) pieces.push(`(run ${escapeMarkdown(String(baseline.runId))})`);
  return `Baseline: ${pieces.join(" ")}`;
}

function trendSection(trends: CommentInput["trends"] = []): string {
  const lines = trends.map((trend) => {
    const last = trend.values.at(-1);
    return `| ${escapeMarkdown(trend.metric)} | ${sparkline(trend.values)} | ${last === undefined || !Number.isFinite(last) ? "—" : formatNumber(last)} |`;
  });
  return `<details><summary>📈 Trend on the base branch</summary>\n\n| Metric | Recent runs | Latest |\n|:--|:--|--:|\n${lines.join("\n")}\n\n</details>`;
}

function footer(runUrl: string | undefined): string {
  if (!runUrl) return "<sub>Full reports: the job summary of this run.</sub>";
  return `<sub>[Workflow run](${runUrl}) · full reports in its [job summary](${runUrl})</sub>`;
}

/** Where the rows left out can be read. */
function elsewhere(input: CommentInput): string {
  if (input.fullTableAt) return input.fullTableAt;
  const summary = input.runUrl ? `[job summary](${input.runUrl})` : "job summary";
  return `the full table is in the ${summary}`;
}

/** Cuts at the last line that fits and says where the rest is. */
function cut(markdown: string, budget: number, where: string): string {
  const tail = `\n\n_Cut to fit GitHub's comment limit; ${where}._`;
  if (budget <= tail.length) return markdown.slice(0, Math.max(0, budget));
  const room = budget - tail.length;
  const lastLine = markdown.lastIndexOf("\n", room);
  return `${markdown.slice(0, lastLine > 0 ? lastLine : room)}${tail}`;
}

/** The evaluate-gate report (the last one, when a job ran the gate twice), with rows read defensively. */
export function findGate(reports: CommentReport[]): { report: CommentReport; data: GateData } | undefined {
  const report = reports.filter((r) => r.action === GATE_ACTION).at(-1);
  if (!report) return undefined;
  const data = report.data as Partial<GateData>;
  const rows = Array.isArray(data.rows) ? data.rows.filter(isRow) : [];
  return { report, data: { ...data, rows } as GateData };
}

function isRow(value: unknown): value is MetricRow {
  if (typeof value !== "object" || value === null) return false;
  const row = value as Partial<MetricRow>;
  return typeof row.name === "string" && typeof row.status === "string" && typeof row.direction === "object";
}
