import type { CheckResult, ValidationResult } from "@mlops-actions/data";
import { type Cell, workspaceRelative } from "@mlops-actions/kit";

export const MAX_TABLE_ROWS = 100;

/** `1,003 rows in 2 files: 3 errors, 1 warning` */
export function summaryLine(result: ValidationResult): string {
  const files = result.files.length === 1 ? "1 file" : `${result.files.length} files`;
  const checks = result.checks.length;
  if (result.errors === 0 && result.warnings === 0) {
    return `${result.rows} rows in ${files}: all ${checks} checks passed`;
  }
  return `${result.rows} rows in ${files}: ${result.errors} error(s), ${result.warnings} warning(s) in ${checks} checks`;
}

/** The checks table: failures first, at most 100 rows. */
export function checkRows(checks: readonly CheckResult[]): Cell[][] {
  return checks
    .slice(0, MAX_TABLE_ROWS)
    .map((check) => [
      check.status === "pass" ? "✅ pass" : check.severity === "warning" ? "⚠️ warning" : "❌ error",
      check.column ?? check.scope,
      check.expected,
      observedText(check),
      firstExample(check),
    ]);
}

export const CHECK_TABLE_HEADER = ["status", "column", "check", "observed", "first failing example"];

function observedText(check: CheckResult): string {
  if (check.unexpected !== undefined && check.evaluated !== undefined) {
    const share =
      check.unexpectedShare === undefined ? "" : ` (${(check.unexpectedShare * 100).toFixed(2)}%)`;
    return `${check.unexpected} of ${check.evaluated} failed${share}`;
  }
  if (check.unexpected !== undefined) return `${check.unexpected} found`;
  if (check.observed !== undefined && check.observed !== null) {
    return typeof check.observed === "number" ? String(+check.observed.toPrecision(6)) : check.observed;
  }
  return "";
}

function firstExample(check: CheckResult): string {
  const [example] = check.examples;
  if (!example) return "";
  const where = `${workspaceRelative(example.file)}${example.line === undefined ? "" : `:${example.line}`}`;
  return `${where}: ${example.value}`;
}
