import { statSync } from "node:fs";
import type { ColumnValidator } from "./column-validator.ts";
import { type SegmentSinks, validateSegment } from "./csv-segment.ts";
import type { DatasetRules } from "./dataset-rules.ts";
import { formatFromName } from "./format-from-name.ts";
import type { DataFormat, FileOutcome } from "./reader-types.ts";
import type { DataSchema } from "./schema.ts";
import type { ParallelOptions } from "./validate.ts";
import { type BytePlan, finishCsvFile, type PreparedCsvFile, prepareCsvFile } from "./validate-csv-bytes.ts";
import {
  DEFAULT_PARALLEL_FILES_BYTES,
  DEFAULT_PARALLEL_PARQUET_FILES_BYTES,
  defaultParallelBytes,
  type FilesResult,
  mainThreadShare,
  type ValidationWorker,
  type WorkerWork,
  worthSplitting,
} from "./validate-worker.ts";

/** The later files of a dataset, handed to a worker while the main thread validates the earlier ones. */
export interface FilesSplit {
  /** The index of the worker's first file. */
  from: number;
  /**
   * Merges the worker's files into `validators` (and `sinks`, the same), after the main thread's, and
   * gives each file's outcome, in order; undefined when the worker failed, `validators` untouched.
   */
  finish(validators: readonly ColumnValidator[], sinks: SegmentSinks): Promise<FileOutcome[] | undefined>;
}

interface FilesSplitOptions {
  parallel: ParallelOptions;
  /** The dataset's format, when it is not told by each file's name. */
  format?: DataFormat;
  maxExamples: number;
  maxRecordBytes?: number;
  startWorker: (script: string | URL, work: WorkerWork) => ValidationWorker;
}

/**
 * Starts a worker on the later files of a dataset of plain CSV files none of which is large enough to
 * be split itself (`parallel.minBytes`), at least `parallel.minFilesBytes` together: the main thread
 * keeps the files up to its share of the bytes (`mainThreadShare` of their total, whole files), the
 * worker validates the others in order into validators of its own. Undefined when the dataset is not
 * such: a large file, a file the worker would take that is read by rows (gzip, JSON Lines, an empty
 * file), row rules (their keys are merged by segment), fewer than two files, or too few bytes.
 */
export function startFilesSplit(
  files: readonly string[],
  plans: readonly (BytePlan | undefined)[],
  schema: DataSchema,
  rules: DatasetRules,
  options: FilesSplitOptions,
): FilesSplit | undefined {
  const { parallel } = options;
  if (rules.hasRowRules) return undefined;
  // A file read by rows (gzip, an empty file...) counts for nothing, and stays with the main thread.
  const sizes = plans.map((plan) => plan?.size ?? 0);
  const from = laterFiles(sizes, parallel, {
    minBytes: parallel.minBytes ?? defaultParallelBytes("csv"),
    minFilesBytes: parallel.minFilesBytes ?? DEFAULT_PARALLEL_FILES_BYTES,
  });
  if (from === undefined || !plans.slice(from).every((plan) => plan !== undefined)) return undefined;
  const prepared = files
    .slice(from)
    .map((file, k) =>
      prepareCsvFile(file, plans[from + k] as BytePlan, schema, { maxRecordBytes: options.maxRecordBytes }),
    );
  const jobs = prepared.flatMap((file) => ("job" in file ? [file.job] : []));
  const worker = options.startWorker(parallel.workerScript, "csv");
  const result = worker.validateFiles({ files: jobs, schema, maxExamples: options.maxExamples });
  return { from, finish: (validators, sinks) => finishCsvFiles(prepared, result, validators, sinks) };
}

/**
 * `startFilesSplit` for a dataset of Parquet files, each below `parallel.minParquetBytes` (larger ones
 * have their columns split), at least `parallel.minParquetFilesBytes` together, checked by columns (no
 * row rules). Only when no column keeps a distinct set (`unique`, `stats.distinct`): a value repeated
 * from the main thread's files would need the worker's read again for its line, as a later file split
 * by columns would.
 */
export function startParquetFilesSplit(
  files: readonly string[],
  schema: DataSchema,
  rules: DatasetRules,
  validators: readonly ColumnValidator[],
  options: FilesSplitOptions,
): FilesSplit | undefined {
  const { parallel } = options;
  if (rules.hasRowRules || validators.some((validator) => validator.seen !== undefined)) return undefined;
  if (!files.every((file) => (options.format ?? formatFromName(file)) === "parquet")) return undefined;
  const sizes = files.map((file) => statSync(file, { throwIfNoEntry: false })?.size ?? 0);
  const from = laterFiles(sizes, parallel, {
    minBytes: parallel.minParquetBytes ?? defaultParallelBytes("parquet"),
    minFilesBytes: parallel.minParquetFilesBytes ?? DEFAULT_PARALLEL_PARQUET_FILES_BYTES,
  });
  if (from === undefined) return undefined;
  const worker = options.startWorker(parallel.workerScript, "parquet");
  const result = worker.validateParquetFiles({
    files: files.slice(from),
    schema,
    maxExamples: options.maxExamples,
  });
  return {
    from,
    finish: async (mainValidators) => {
      const done = await result;
      if (!done) return undefined;
      mainValidators.forEach((validator, i) => {
        const state = done.columns[i];
        // No distinct set: nothing repeated to look for.
        if (state && validator.merge(state, 0))
          throw new Error(`internal: column '${validator.spec.name}' has values repeated across threads`);
      });
      return done.outcomes;
    },
  };
}

/**
 * The index of the first file a worker takes, when the files are each below `minBytes` and at least
 * `minFilesBytes` together (and a core is free): the main thread keeps the files whose middle comes
 * before its share of the bytes, at least one, and leaves at least one.
 */
function laterFiles(
  sizes: readonly number[],
  parallel: ParallelOptions,
  thresholds: { minBytes: number; minFilesBytes: number },
): number | undefined {
  const total = sizes.reduce((sum, size) => sum + size, 0);
  if (sizes.length < 2 || sizes.some((size) => size >= thresholds.minBytes)) return undefined;
  if (!worthSplitting(parallel, total, thresholds.minFilesBytes)) return undefined;
  const mainBytes = total * mainThreadShare(total, parallel.workerLagBytes);
  let from = 0;
  for (let bytes = 0; from < sizes.length - 1 && bytes + (sizes[from] as number) / 2 < mainBytes; from++)
    bytes += sizes[from] as number;
  return Math.max(from, 1);
}

/**
 * Merges the worker's CSV files: their validators' state, and the values they repeat from the earlier
 * files, found by reading them again (only when a `unique` check has some).
 */
async function finishCsvFiles(
  prepared: readonly (PreparedCsvFile | { outcome: FileOutcome })[],
  result: Promise<FilesResult | undefined>,
  validators: readonly ColumnValidator[],
  sinks: SegmentSinks,
): Promise<FileOutcome[] | undefined> {
  const done = await result;
  if (!done) return undefined;
  const read = prepared.flatMap((file) => ("job" in file ? [file] : []));
  const order = read.map((file) => file.job.file);
  const searches = validators.map((validator, i) => {
    const state = done.columns[i];
    return state ? validator.merge(state, 0, order) : undefined;
  });
  if (searches.some((search) => search !== undefined)) {
    for (const file of read) validateSegment(file.job, { ...sinks, validators: searches, rules: undefined });
    for (const search of searches) search?.finish();
  }
  let next = 0;
  return prepared.map((file) =>
    "job" in file
      ? finishCsvFile(file, done.outcomes[next++] as FilesResult["outcomes"][number])
      : file.outcome,
  );
}
