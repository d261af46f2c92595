// A self-contained HTML report: inline CSS and SVG only (no scripts, no network), aggregates only.
import type { ColumnDrift, DriftResult } from "./result.ts";

export interface HtmlReportMeta {
  title?: string;
  reference: string;
  current: string;
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

export function formatNumber(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return "—";
  if (value !== 0 && (Math.abs(value) < 1e-3 || Math.abs(value) >= 1e6)) return value.toExponential(3);
  return String(Number(value.toPrecision(4)));
}

export function renderHtmlReport(result: DriftResult, meta: HtmlReportMeta): string {
  const title = meta.title ?? "Data drift report";
  const verdict = result.datasetDrift ? "Dataset drift detected" : "No dataset drift";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 2rem; color: #1f2328; }
table { border-collapse: collapse; }
td, th { padding: 2px 10px; text-align: left; border-bottom: 1px solid #d0d7de; }
section.column { border: 1px solid #d0d7de; border-radius: 6px; padding: 1rem; margin: 1rem 0; }
.drift { color: #cf222e; } .warn { color: #9a6700; } .ok { color: #1a7f37; } .skipped { color: #656d76; }
.legend span { display: inline-block; width: 12px; height: 12px; margin: 0 4px 0 12px; vertical-align: middle; }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p><strong class="${result.datasetDrift ? "drift" : "ok"}">${verdict}</strong>: ${result.driftedColumns.length} of
${result.tested} tested columns drifted (share ${formatNumber(result.driftShare)}, threshold
${formatNumber(result.driftShareThreshold)}); method <code>${escapeHtml(result.method)}</code>${result.exact ? "" : "; some statistics are estimated from sketches"}.</p>
<p>Reference: <code>${escapeHtml(meta.reference)}</code> · Current: <code>${escapeHtml(meta.current)}</code></p>
<p class="legend"><span style="background:#0969da"></span>reference<span style="background:#fb8500"></span>current</p>
${result.columns.map(renderColumn).join("\n")}
</body>
</html>
`;
}

function renderColumn(column: ColumnDrift): string {
  const rows: Array<[string, string]> = [
    ["type", column.type],
    ["test", column.test ?? "—"],
    ["statistic", formatNumber(column.statistic)],
    [column.effect ? "threshold (effect size)" : "threshold", formatNumber(column.threshold)],
  ];
  if (column.effect) rows.push([`effect (${column.effect.name})`, formatNumber(column.effect.value)]);
  if (column.adjustedPValue !== undefined)
    rows.push(["adjusted p-value (BH)", formatNumber(column.adjustedPValue)]);
  if (column.movement) {
    const m = column.movement;
    rows.push([
      `moved most (${m.kind} ${m.label})`,
      `${formatNumber(m.reference)} → ${formatNumber(m.current)}`,
    ]);
  }
  rows.push(["rows (reference / current)", `${column.reference.count} / ${column.current.count}`]);
  rows.push(["missing (reference / current)", `${column.reference.nulls} / ${column.current.nulls}`]);
  return `<section class="column" data-column="${escapeHtml(column.column)}">
<h2>${escapeHtml(column.column)} — <span class="${column.verdict}">${column.verdict}</span></h2>
<table>${rows.map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join("")}</table>
${column.notes.map((note) => `<p>${escapeHtml(note)}</p>`).join("")}
${renderChart(column)}
</section>`;
}

/** Overlaid bars of both sides' shares per bin or value, as inline SVG. */
function renderChart(column: ColumnDrift): string {
  const ref = column.reference.histogram;
  const cur = column.current.histogram;
  if (!ref || !cur || ref.shares.length === 0) return "";
  const width = 640;
  const height = 160;
  const n = ref.shares.length;
  const slot = width / n;
  const top = Math.max(...ref.shares, ...cur.shares, 1e-12);
  const bar = (share: number, i: number, offset: number, color: string) => {
    const h = (share / top) * (height - 20);
    return `<rect x="${(i * slot + offset).toFixed(1)}" y="${(height - h).toFixed(1)}" width="${(slot / 2 - 1).toFixed(1)}" height="${h.toFixed(1)}" fill="${color}"><title>${escapeHtml(ref.labels[i] ?? "")}: ${formatNumber(share)}</title></rect>`;
  };
  const bars =
    ref.shares.map((s, i) => bar(s, i, 0, "#0969da")).join("") +
    cur.shares.map((s, i) => bar(s, i, slot / 2, "#fb8500")).join("");
  const axis = ref.edges
    ? `<text x="0" y="${height + 14}" font-size="11">${formatNumber(ref.edges[0])}</text><text x="${width}" y="${height + 14}" font-size="11" text-anchor="end">${formatNumber(ref.edges[ref.edges.length - 1])}</text>`
    : ref.labels
        .map((label, i) => {
          const short = label.length > 14 ? `${label.slice(0, 13)}…` : label;
          return `<text x="${(i * slot + slot / 2).toFixed(1)}" y="${height + 14}" font-size="11" text-anchor="middle">${escapeHtml(short)}</text>`;
        })
        .join("");
  return `<svg class="chart" role="img" aria-label="distribution of ${escapeHtml(column.column)}" width="${width}" height="${height + 16}" viewBox="0 0 ${width} ${height + 16}" xmlns="http://www.w3.org/2000/svg">${bars}${axis}</svg>`;
}
