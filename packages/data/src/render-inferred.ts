import type { InferResult, InferredColumn } from "./infer.ts";
import { formatTyped } from "./value.ts";

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/**
 * The inferred schema as YAML for a person to review: each rule comes from what was observed, and a
 * comment above each column says what that was.
 */
export function renderInferredSchema(result: InferResult, schemaUrl?: string): string {
  const lines: string[] = [];
  if (schemaUrl) lines.push(`# yaml-language-server: $schema=${schemaUrl}`);
  lines.push(
    `# Inferred by mlops-actions validate-data from ${result.files.length} file(s), ${result.rows} row(s).`,
    "# The ranges and categories are what was observed, not what should be allowed: review before use.",
  );
  if (result.problems.length > 0) {
    lines.push(`# ${result.problems.length} problem(s) in the files were seen while inferring; the first:`);
    const [first] = result.problems;
    if (first) lines.push(`#   ${first.file}${first.line ? `:${first.line}` : ""}: ${first.message}`);
  }
  lines.push("version: 1", "columns:");
  for (const column of result.columns) lines.push(...renderColumn(column, result.rows));
  lines.push(
    "dataset:",
    `  rows: { min: ${result.rows > 0 ? 1 : 0} }  # observed: ${result.rows}`,
    "  columns: { match: exact, ordered: true }",
    "",
  );
  return lines.join("\n");
}

function renderColumn(column: InferredColumn, rows: number): string[] {
  const out = [
    `  ${key(column.name)}:`,
    `    # observed: ${describe(column, rows)}`,
    `    type: ${column.type}`,
  ];
  if (column.dateFormat && column.dateFormat !== "YYYY-MM-DD") out.push(`    format: ${column.dateFormat}`);
  out.push(`    nullable: ${column.missing > 0 || column.values === 0}`);
  if (column.unique && column.values > 1) out.push("    unique: true");
  if (column.min !== undefined && column.max !== undefined && column.values > 0) {
    out.push(`    min: ${scalar(column, column.min)}`, `    max: ${scalar(column, column.max)}`);
  }
  if (column.categories)
    out.push(`    in: [${column.categories.map((value) => JSON.stringify(value)).join(", ")}]`);
  if (column.minLength !== undefined && column.maxLength !== undefined && !column.categories) {
    out.push(`    length: { min: ${column.minLength}, max: ${column.maxLength} }`);
  }
  return out;
}

function describe(column: InferredColumn, rows: number): string {
  const parts = [`${column.values} value(s)`, `${column.missing} missing`];
  parts.push(column.distinct === undefined ? "too many distinct to count" : `${column.distinct} distinct`);
  if (column.min !== undefined && column.max !== undefined && column.values > 0) {
    parts.push(`range ${scalar(column, column.min)} .. ${scalar(column, column.max)}`);
  }
  if (column.mean !== undefined && column.values > 0) {
    parts.push(`mean ${+column.mean.toPrecision(6)}`);
    if (column.std !== undefined && !Number.isNaN(column.std))
      parts.push(`std ${+column.std.toPrecision(6)}`);
  }
  if (column.minLength !== undefined) parts.push(`length ${column.minLength} .. ${column.maxLength}`);
  if (rows > 0 && column.values === 0) parts.push("no values at all: type unknown");
  return parts.join(", ");
}

function scalar(column: InferredColumn, value: number): string {
  return column.type === "date" || column.type === "datetime"
    ? JSON.stringify(formatTyped(value, column.type))
    : String(value);
}

function key(name: string): string {
  return PLAIN_KEY.test(name) ? name : JSON.stringify(name);
}
