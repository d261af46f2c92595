import { didYouMean } from "@mlops-actions/metrics";
import type { CheckResult } from "./check-result.ts";
import { ColumnValidator } from "./column-validator.ts";
import { DatasetRules } from "./dataset-rules.ts";
import { fileProblemResults } from "./file-problems.ts";
import { readDataset } from "./read-dataset.ts";
import type { FileProblem, ReadOptions } from "./reader-types.ts";
import type { DataSchema } from "./schema.ts";
import type { CellValue } from "./value.ts";

export interface ValidateOptions extends Omit<ReadOptions, "columns"> {
  /** Failing examples kept per check (default 20). */
  maxExamples?: number;
  /** How file paths are shown in messages (default: as given). */
  displayName?: (file: string) => string;
}

export interface FileSummary {
  file: string;
  rows: number;
  columns: string[];
}

export interface ValidationResult {
  /** True when no check of severity error failed. */
  valid: boolean;
  rows: number;
  files: FileSummary[];
  /** Failed checks of severity error / warning. */
  errors: number;
  warnings: number;
  /** Every check, failures first (errors, then warnings), each group in schema order. */
  checks: CheckResult[];
}

/** Validates the files, read as one dataset in one streaming pass, against the schema. */
export async function validateDataset(
  files: readonly string[],
  schema: DataSchema,
  options: ValidateOptions = {},
): Promise<ValidationResult> {
  const maxExamples = options.maxExamples ?? 20;
  const validators = schema.columns.map((spec) => new ColumnValidator(spec, maxExamples));
  const rules = new DatasetRules(schema, maxExamples);
  const nulls = new Set(schema.nullValues);
  const checkNulls = nulls.size > 0;
  const needed = rules.neededColumns();
  const readOptions: ReadOptions = { ...options };
  if (needed) readOptions.columns = [...new Set([...schema.columns.map((column) => column.name), ...needed])];
  const problems: FileProblem[] = [];
  const summaries = new Map<string, FileSummary>();
  const missing = new Map<string, { file: string; columns: string[] }[]>();
  let positions: number[] = [];
  let index = new Map<string, number>();
  let rows = 0;

  const closeFile = (summary: FileSummary | undefined) => {
    if (!summary) return;
    rules.addFileColumns(summary.file, summary.columns);
    for (const spec of schema.columns) {
      if (!summary.columns.includes(spec.name)) {
        missing.set(spec.name, [
          ...(missing.get(spec.name) ?? []),
          { file: summary.file, columns: summary.columns },
        ]);
      }
    }
  };

  let current: FileSummary | undefined;
  for await (const event of readDataset(files, readOptions)) {
    if (event.kind === "problem") {
      problems.push(event.problem);
      continue;
    }
    if (current?.file !== event.file) {
      closeFile(current);
      current = { file: event.file, rows: 0, columns: [] };
      summaries.set(event.file, current);
    }
    if (event.kind === "header") {
      current.columns = event.columns;
      index = new Map();
      event.columns.forEach((name, i) => {
        if (!index.has(name)) index.set(name, i);
      });
      positions = schema.columns.map((spec) => index.get(spec.name) ?? -1);
      continue;
    }
    const cellOf = (values: readonly CellValue[], position: number): CellValue => {
      const value = position < 0 ? null : (values[position] ?? null);
      return typeof value === "string" && nulls.has(value) ? null : value;
    };
    const { file } = event;
    for (let i = 0; i < validators.length; i++) {
      const position = positions[i] ?? -1;
      if (position >= 0)
        validators[i]?.acceptColumn(event.rows, position, checkNulls ? nulls : undefined, file);
    }
    if (rules.hasRowRules) {
      for (const { values, line } of event.rows) {
        rules.acceptRow((column) => cellOf(values, index.get(column) ?? -1), values, file, line);
      }
    }
    rows += event.rows.length;
    current.rows += event.rows.length;
  }
  closeFile(current);

  const allColumns = [...new Set([...summaries.values()].flatMap((summary) => summary.columns))];
  const show = options.displayName ?? ((file: string) => file);
  const checks: CheckResult[] = [...fileProblemResults(problems, maxExamples, show)];
  for (const validator of validators) {
    const absent = missing.get(validator.spec.name);
    if (absent && summaries.size > 0)
      checks.push(missingColumnResult(validator, absent, allColumns, summaries.size, show));
    checks.push(...validator.results());
  }
  checks.push(...rules.results(rows));
  const ordered = [
    ...checks.filter((check) => check.status === "fail" && check.severity === "error"),
    ...checks.filter((check) => check.status === "fail" && check.severity === "warning"),
    ...checks.filter((check) => check.status === "pass"),
  ];
  const errors = ordered.filter((check) => check.status === "fail" && check.severity === "error").length;
  const warnings = ordered.filter((check) => check.status === "fail" && check.severity === "warning").length;
  return { valid: errors === 0, rows, files: [...summaries.values()], errors, warnings, checks: ordered };
}

function missingColumnResult(
  validator: ColumnValidator,
  absent: { file: string; columns: string[] }[],
  allColumns: string[],
  fileCount: number,
  show: (file: string) => string,
): CheckResult {
  const { spec } = validator;
  const hint = didYouMean(spec.name, allColumns);
  const where = absent.length === fileCount ? "the data" : `${absent.length} of ${fileCount} files`;
  return {
    scope: "column",
    column: spec.name,
    severity: spec.severity,
    id: `column.${spec.name}.exists`,
    check: "exists",
    expected: "the column exists",
    status: "fail",
    message: `column '${spec.name}' (schema ${show(spec.location.file)}:${spec.location.line ?? 1}) is missing from ${where}${hint}`,
    evaluated: fileCount,
    unexpected: absent.length,
    unexpectedShare: absent.length / fileCount,
    examples: absent.map(({ file, columns }) => ({ value: columns.join(", "), file, line: 1 })),
    rule: spec.location,
  };
}
