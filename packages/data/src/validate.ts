import { statSync } from "node:fs";
import { didYouMean } from "@mlops-actions/metrics/did-you-mean";
import { nullTexts } from "./byte-texts.ts";
import type { CheckResult } from "./check-result.ts";
import { ColumnValidator } from "./column-validator.ts";
import type { SegmentSinks } from "./csv-segment.ts";
import { DatasetRules } from "./dataset-rules.ts";
import { fileProblemResults } from "./file-problems.ts";
import { formatFromName, readFile } from "./read-dataset.ts";
import type { FileOutcome, FileProblem, ReadOptions } from "./reader-types.ts";
import type { DataSchema } from "./schema.ts";
import { byteReadable, validateCsvBytes } from "./validate-csv-bytes.ts";
import { startFilesSplit, startParquetFilesSplit } from "./validate-files-split.ts";
import {
  defaultParallelBytes,
  ValidationWorker,
  type WorkerWork,
  worthSplitting,
} from "./validate-worker.ts";
import type { CellValue } from "./value.ts";

export interface ValidateOptions extends Omit<ReadOptions, "columns"> {
  /** Failing examples kept per check (default 20). */
  maxExamples?: number;
  /** How file paths are shown in messages (default: as given). */
  displayName?: (file: string) => string;
  /** Validate large plain CSV/TSV files on two threads (see `ParallelOptions`); default: one thread. */
  parallel?: ParallelOptions;
}

/**
 * A large plain (not gzip) CSV/TSV file is cut in two byte ranges at a record boundary; the second is
 * validated in a worker thread while the main thread does the first, then the parts are merged. A large
 * Parquet file checked by columns (no row rules) has its columns split between the two threads (see
 * `validateParquetSplit` for when).
 */
export interface ParallelOptions {
  /**
   * The script the worker runs: it must call `serveValidationWorker()` when `isValidationWorker()`
   * (an action's bundle passes itself; `validate-worker-main.ts` does only that).
   */
  workerScript: string | URL;
  /**
   * A worker already started on `workerScript` (`new ValidationWorker(script)`, as early as the caller
   * can). One worker takes every split of the dataset, one after the other (a new one only after a
   * failure), and is terminated at the end.
   */
  worker?: ValidationWorker;
  /**
   * CSV/TSV files with fewer bytes than this are validated on one thread (default 24 MiB, 80 MiB on a
   * machine of two cores: `defaultParallelBytes`).
   */
  minBytes?: number;
  /**
   * A dataset of plain CSV/TSV files, each below `minBytes`, with fewer bytes than this together is
   * validated on one thread (default 128 MiB); else a worker takes its later files.
   */
  minFilesBytes?: number;
  /**
   * Parquet files with fewer bytes than this are validated on one thread (default 8 MiB, 12 MiB on a
   * machine of two cores: `defaultParallelBytes`).
   */
  minParquetBytes?: number;
  /**
   * A dataset of Parquet files, each below `minParquetBytes`, with fewer bytes than this together is
   * validated on one thread (default 128 MiB); else, when no column keeps a distinct set, a worker
   * takes its later files.
   */
  minParquetFilesBytes?: number;
  /** Told, for each Parquet file split, the columns the worker took and whether they were merged. */
  onParquetSplit?: (split: { file: string; worker: string[]; merged: boolean }) => void;
  /**
   * The bytes the main thread reads before the worker begins (default 8 MiB: see
   * `DEFAULT_WORKER_LAG_BYTES`): the main thread takes those and half of the rest (`mainThreadShare`).
   */
  workerLagBytes?: number;
  /**
   * Split only while the 1-minute load average is below this (default: always split). A second
   * thread helps only when a core is free: on the busy 2-core bench machine, 1M rows took 0.67 s on one
   * thread and 0.76 s on two, while 10M rows ran 1.76× in parallel at a quieter moment. The load average
   * lags (the work that just ended counts), so it is not a default.
   */
  maxLoad?: number;
  /**
   * Told, for each split file, where it was cut and whether the worker's half was merged (false: the
   * cut was inside a quoted field, or the worker failed, and the main thread read on alone).
   */
  onSplit?: (split: { file: string; at: number; merged: boolean }) => void;
  /**
   * Told when the later files of a dataset of small files went to the worker (`minFilesBytes`,
   * `minParquetFilesBytes`; see `startFilesSplit`): those files, and whether they were merged (false:
   * the worker failed, and the main thread validated them).
   */
  onFilesSplit?: (split: { files: string[]; merged: boolean }) => void;
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
  const { nulls, nullBytes } = nullTexts(schema.nullValues);
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
  /** The summary of the file an event is about: a new file closes the one before. */
  const enter = (file: string): FileSummary => {
    if (current?.file !== file) {
      closeFile(current);
      current = { file, rows: 0, columns: [] };
      summaries.set(file, current);
    }
    return current;
  };
  const setHeader = (summary: FileSummary, columns: string[]) => {
    summary.columns = columns;
    index = new Map();
    columns.forEach((name, i) => {
      if (!index.has(name)) index.set(name, i);
    });
    positions = schema.columns.map((spec) => index.get(spec.name) ?? -1);
  };
  /** A file validated whole, apart from the event loop below: its header and rows. */
  const addValidated = (file: string, columns: string[], fileRows: number) => {
    const summary = enter(file);
    setHeader(summary, columns);
    summary.rows += fileRows;
    rows += fileRows;
  };
  /** A file validated whole: its header and rows when it has a header, and its problems. */
  const addOutcome = (file: string, outcome: FileOutcome) => {
    if (outcome.columns) addValidated(file, outcome.columns, outcome.rows);
    problems.push(...outcome.problems);
  };
  const sinks: SegmentSinks = {
    validators,
    rules,
    nulls,
    nullBytes,
  };

  let spare = options.parallel?.worker;
  const startWorker = (script: string | URL, work: WorkerWork): ValidationWorker => {
    // One worker for the whole dataset: the next split file finds its code loaded and compiled.
    if (spare === undefined || !spare.usable) spare = new ValidationWorker(script, work);
    return spare;
  };
  const parallel = options.parallel;
  try {
    // A dataset of many files, each too small to split: the worker takes the later files.
    const plans =
      parallel && files.length > 1
        ? await Promise.all(files.map((file) => byteReadable(file, readOptions)))
        : undefined;
    const splitOptions = parallel && plans && { ...options, parallel, maxExamples, startWorker };
    const filesSplit =
      splitOptions &&
      (startFilesSplit(files, plans, schema, rules, splitOptions) ??
        startParquetFilesSplit(files, schema, rules, validators, splitOptions));
    for (const [at, file] of files.entries()) {
      if (filesSplit && at === filesSplit.from) {
        const outcomes = await filesSplit.finish(validators, sinks);
        parallel?.onFilesSplit?.({ files: files.slice(at), merged: outcomes !== undefined });
        if (outcomes) {
          for (const [k, outcome] of outcomes.entries()) addOutcome(files[at + k] as string, outcome);
          break;
        }
      }
      const plan = plans ? plans[at] : await byteReadable(file, readOptions);
      if (plan) {
        const outcome = await validateCsvBytes(file, plan, schema, validators, sinks, {
          ...options,
          maxExamples,
          startWorker,
        });
        addOutcome(file, outcome);
        continue;
      }
      if (!rules.hasRowRules && (readOptions.format ?? formatFromName(file)) === "parquet") {
        const { parallel } = options;
        const minBytes = parallel?.minParquetBytes ?? defaultParallelBytes("parquet");
        const size = statSync(file, { throwIfNoEntry: false })?.size ?? 0;
        if (parallel && worthSplitting(parallel, size, minBytes)) {
          const { validateParquetSplit } = await import("./validate-parquet-split.ts");
          const outcome = await validateParquetSplit(file, schema, validators, {
            parallel,
            maxExamples,
            nulls: sinks.nulls,
            nullBytes: sinks.nullBytes,
            startWorker,
          });
          if (outcome) {
            addValidated(file, outcome.columns, outcome.rows);
            continue;
          }
        }
        // No rule needs whole rows: each column is checked from the decoded columns.
        const { validateParquetFile } = await import("./validate-parquet-columns.ts");
        addOutcome(file, await validateParquetFile(file, validators, sinks.nulls, sinks.nullBytes));
        continue;
      }
      for await (const event of readFile(file, readOptions)) {
        if (event.kind === "problem") {
          problems.push(event.problem);
          continue;
        }
        const summary = enter(event.file);
        if (event.kind === "header") {
          setHeader(summary, event.columns);
          continue;
        }
        const cellOf = (values: readonly CellValue[], position: number): CellValue => {
          const value = position < 0 ? null : (values[position] ?? null);
          return typeof value === "string" && nulls?.has(value) ? null : value;
        };
        for (let i = 0; i < validators.length; i++) {
          const position = positions[i] ?? -1;
          if (position >= 0) validators[i]?.acceptColumn(event.rows, position, nulls, event.file);
        }
        if (rules.hasRowRules) {
          for (const { values, line } of event.rows) {
            rules.acceptRow((column) => cellOf(values, index.get(column) ?? -1), values, event.file, line);
          }
        }
        rows += event.rows.length;
        summary.rows += event.rows.length;
      }
    }
  } finally {
    spare?.terminate();
  }
  closeFile(current);

  const allColumns = [...new Set([...summaries.values()].flatMap((summary) => summary.columns))];
  const show = options.displayName ?? ((file: string) => file);
  const checks: CheckResult[] = [...fileProblemResults(problems, maxExamples, show)];
  // Under `columns: subset` a schema column may be absent: its checks look at the files that have it, and
  // a column no file has is not checked at all.
  const mayBeAbsent = schema.dataset.columns?.match === "subset";
  for (const validator of validators) {
    const absent = missing.get(validator.spec.name);
    if (absent && summaries.size > 0) {
      if (!mayBeAbsent) checks.push(missingColumnResult(validator, absent, allColumns, summaries.size, show));
      else if (absent.length === summaries.size) continue;
    }
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
