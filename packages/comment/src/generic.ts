import { escapeInlineCode, escapeMarkdown } from "@mlops-actions/kit";
import { formatBytes, formatDuration, formatNumber } from "./format.ts";

const MAX_FIELDS = 30;
const MAX_TABLE_ROWS = 20;
const MAX_COLUMNS = 6;
const MAX_TEXT = 120;

type Scalar = string | number | boolean | null;

const isScalar = (value: unknown): value is Scalar =>
  value === null || ["string", "number", "boolean"].includes(typeof value);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A field value, formatted by what its name says it is (bytes, durations, digests). */
export function formatField(name: string, value: Scalar): string {
  if (value === null) return "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") {
    if (/bytes$|size$/i.test(name) && Number.isInteger(value)) return formatBytes(value);
    if (/(duration|time|elapsed)(ms)?$|ms$/i.test(name)) return formatDuration(value);
    return formatNumber(value);
  }
  const text = value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT - 1)}…` : value;
  if (/digest$|sha$|^sha256:/i.test(name) || /^sha256:[0-9a-f]{16,}$/.test(value))
    return escapeInlineCode(text);
  return escapeMarkdown(text);
}

/** Top-level scalars and those one object deep (`model.size`), as `[name, value]` pairs. */
export function scalarFields(data: Record<string, unknown>, skip: ReadonlySet<string>): [string, Scalar][] {
  const fields: [string, Scalar][] = [];
  for (const [key, value] of Object.entries(data)) {
    if (skip.has(key)) continue;
    if (isScalar(value)) fields.push([key, value]);
    else if (isRecord(value)) {
      for (const [inner, innerValue] of Object.entries(value)) {
        if (isScalar(innerValue)) fields.push([`${key}.${inner}`, innerValue]);
      }
    }
  }
  return fields;
}

export function fieldsTable(fields: [string, Scalar][]): string {
  if (fields.length === 0) return "";
  const shown = fields.slice(0, MAX_FIELDS);
  const lines = shown.map(([name, value]) => `| ${escapeMarkdown(name)} | ${formatField(name, value)} |`);
  const more =
    fields.length > shown.length ? `\n\n_${fields.length - shown.length} more fields in the report._` : "";
  return `| Field | Value |\n|:--|:--|\n${lines.join("\n")}${more}`;
}

// Drift and validation reports list columns and checks with a verdict and a score: worst first.
const VERDICT_RANK: Record<string, number> = { fail: 3, failed: 3, error: 3, drift: 3, warn: 2, warning: 2 };
const ASCENDING_SCORES = ["adjustedPValue", "pValue", "p_value", "pvalue"];
const DESCENDING_SCORES = ["driftScore", "drift_score", "score", "statistic", "distance", "psi"];

function severity(item: Record<string, unknown>): number {
  const verdict = item.verdict ?? item.status;
  const rank = typeof verdict === "string" ? (VERDICT_RANK[verdict] ?? 0) : 0;
  return rank + (item.drifted === true || item.passed === false ? 1 : 0);
}

/** A list of objects, worst first: by verdict, then by p-value (ascending) or score (descending). */
export function sortMostSevere(items: Record<string, unknown>[]): Record<string, unknown>[] {
  const has = (key: string) => items.some((item) => typeof item[key] === "number");
  const ascending = ASCENDING_SCORES.find(has);
  const key = ascending ?? DESCENDING_SCORES.find(has);
  const score = (item: Record<string, unknown>) => {
    const value = key === undefined ? undefined : item[key];
    if (typeof value === "number" && Number.isFinite(value)) return ascending ? -value : value;
    return Number.NEGATIVE_INFINITY;
  };
  return [...items].sort((a, b) => severity(b) - severity(a) || score(b) - score(a));
}

// Columns a reader looks for first; the rest fill the table up to MAX_COLUMNS.
const PREFERRED_COLUMNS = [
  "name",
  "column",
  "metric",
  "check",
  "verdict",
  "status",
  "drifted",
  "test",
  "statistic",
  "threshold",
  "adjustedPValue",
  "pValue",
  "score",
  "message",
];

function tableColumns(records: Record<string, unknown>[]): string[] {
  const available: string[] = [];
  for (const record of records.slice(0, 50)) {
    for (const [key, value] of Object.entries(record)) {
      if (isScalar(value) && !available.includes(key)) available.push(key);
    }
  }
  const preferred = PREFERRED_COLUMNS.filter((key) => available.includes(key));
  const rest = available.filter((key) => !preferred.includes(key));
  return [...preferred, ...rest].slice(0, MAX_COLUMNS);
}

/** An array of objects as a table: the first columns that hold scalars, the first rows. */
export function listTable(name: string, items: unknown[]): string {
  const records = sortMostSevere(items.filter(isRecord));
  if (records.length === 0) return "";
  const columns = tableColumns(records);
  if (columns.length === 0) return "";
  const rows = records.slice(0, MAX_TABLE_ROWS).map((record) => {
    const cells = columns.map((column) => {
      const value = record[column];
      return isScalar(value) ? formatField(column, value) : "";
    });
    return `| ${cells.join(" | ")} |`;
  });
  const more =
    records.length > rows.length ? `\n\n_${records.length - rows.length} more in the report._` : "";
  return (
    `**${escapeMarkdown(name)}** (${records.length})\n\n` +
    `| ${columns.map(escapeMarkdown).join(" | ")} |\n|${columns.map(() => ":--").join("|")}|\n${rows.join("\n")}${more}`
  );
}

/** The parameters of a run, and what changed from the baseline's when the report has both. */
export function paramsTable(params: unknown, baseline: unknown): string {
  if (!isRecord(params)) return "";
  const base = isRecord(baseline) ? baseline : undefined;
  const names = [...new Set([...Object.keys(params), ...Object.keys(base ?? {})])].sort();
  if (names.length === 0) return "";
  const cell = (value: unknown) =>
    value === undefined
      ? "—"
      : isScalar(value)
        ? formatField("", value)
        : escapeMarkdown(JSON.stringify(value));
  if (!base) {
    const lines = names
      .slice(0, MAX_FIELDS)
      .map((name) => `| ${escapeMarkdown(name)} | ${cell(params[name])} |`);
    return `**Parameters**\n\n| Parameter | Value |\n|:--|:--|\n${lines.join("\n")}`;
  }
  const changed = names.filter((name) => JSON.stringify(params[name]) !== JSON.stringify(base[name]));
  if (changed.length === 0) return "**Parameters**: unchanged from the baseline.";
  const lines = changed
    .slice(0, MAX_FIELDS)
    .map((name) => `| ${escapeMarkdown(name)} | ${cell(base[name])} | ${cell(params[name])} |`);
  return `**Parameters changed** (${changed.length})\n\n| Parameter | Baseline | Candidate |\n|:--|:--|:--|\n${lines.join("\n")}`;
}

/** The body of a report section for any action: its fields, its lists, its parameters. */
export function genericBody(data: Record<string, unknown>): string {
  const skip = new Set(["params", "baselineParams"]);
  const parts = [fieldsTable(scalarFields(data, skip)), paramsTable(data.params, data.baselineParams)];
  for (const [key, value] of Object.entries(data)) {
    if (Array.isArray(value) && !skip.has(key)) parts.push(listTable(key, value));
  }
  return parts.filter(Boolean).join("\n\n");
}
