import type { CheckResult, ValidationResult } from "@mlops-actions/data";
import { workspaceRelative } from "@mlops-actions/kit";
import type { FailOn } from "./inputs.ts";

/** The report's `data` for a validation (documented by ../report-data.schema.json). */
export function validationReportData(result: ValidationResult, schema: string, failOn: FailOn) {
  return {
    mode: "validate" as const,
    schemaFile: workspaceRelative(schema),
    failOn,
    valid: result.valid,
    rows: result.rows,
    errors: result.errors,
    warnings: result.warnings,
    files: result.files.map((file) => ({
      file: workspaceRelative(file.file),
      rows: file.rows,
      columns: file.columns,
    })),
    checks: result.checks.map(relativeCheck),
  };
}

/** The report's `data` when a schema was inferred. */
export function inferReportData(files: readonly string[], rows: number, schema: string, columns: number) {
  return {
    mode: "infer" as const,
    schemaFile: workspaceRelative(schema),
    rows,
    columns,
    files: files.map((file) => workspaceRelative(file)),
  };
}

function relativeCheck(check: CheckResult): CheckResult {
  return {
    ...check,
    examples: check.examples.map((example) => ({ ...example, file: workspaceRelative(example.file) })),
    ...(check.rule && { rule: { ...check.rule, file: workspaceRelative(check.rule.file) } }),
  };
}
