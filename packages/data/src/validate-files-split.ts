import type { ColumnValidator } from "./column-validator.ts";
import { type SegmentSinks, validateSegment } from "./csv-segment.ts";
import type { DatasetRules } from "./dataset-rules.ts";
import type { FileOutcome } from "./reader-types.ts";
import type { DataSchema } from "./schema.ts";
import type { ParallelOptions } from "./validate.ts";
import { type BytePlan, finishCsvFile, type PreparedCsvFile, prepareCsvFile } from "./validate-csv-bytes.ts";
import {
  DEFAULT_PARALLEL_BYTES,
  DEFAULT_PARALLEL_FILES_BYTES,
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
  /** Each of the worker's files, header read: its job, or its whole outcome (no record). */
  prepared: (PreparedCsvFile | { outcome: FileOutcome })[];
  result: Promise<FilesResult | undefined>;
}

interface FilesSplitOptions {
  parallel: ParallelOptions;
  maxExamples: number;
  maxRecordBytes?: number;
  startWorker: (script: string | URL, work: WorkerWork) => ValidationWorker;
}

/**
 * Starts a worker on the later files of a dataset of plain CSV files none of which is large enough to
 * be split itself (`parallel.minBytes`), at least `parallel.minFilesBytes` together: the main thread
 * keeps the files up to its share of the bytes (`mainThreadShare` of their total, whole files), the
 * worker validates the others in order into validators of its own. Undefined when the dataset is not such: a large file, a file the
 * worker would take that is read by rows (gzip, JSON Lines, an empty file), row rules (their keys are
 * merged by segment), fewer than two files, or too few bytes.
 */
export function startFilesSplit(
  files: readonly string[],
  plans: readonly (BytePlan | undefined)[],
  schema: DataSchema,
  rules: DatasetRules,
  options: FilesSplitOptions,
): FilesSplit | undefined {
  const { parallel } = options;
  const minBytes = parallel.minBytes ?? DEFAULT_PARALLEL_BYTES;
  const minFilesBytes = parallel.minFilesBytes ?? DEFAULT_PARALLEL_FILES_BYTES;
  if (rules.hasRowRules || files.length < 2) return undefined;
  // A file read by rows (gzip, an empty file...) counts for nothing, and stays with the main thread.
  const sizes = plans.map((plan) => plan?.size ?? 0);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  if (sizes.some((size) => size >= minBytes) || !worthSplitting(parallel, total, minFilesBytes))
    return undefined;
  const mainBytes = total * mainThreadShare(total, parallel.workerLagBytes);
  let from = 0;
  for (let bytes = 0; from < files.length - 1 && bytes + (sizes[from] as number) / 2 < mainBytes; from++)
    bytes += sizes[from] as number;
  if (from === 0) from = 1;
  if (!plans.slice(from).every((plan) => plan !== undefined)) return undefined;
  const prepared = files
    .slice(from)
    .map((file, k) =>
      prepareCsvFile(file, plans[from + k] as BytePlan, schema, { maxRecordBytes: options.maxRecordBytes }),
    );
  const jobs = prepared.flatMap((file) => ("job" in file ? [file.job] : []));
  const worker = options.startWorker(parallel.workerScript, "csv");
  const result = worker.validateFiles({ files: jobs, schema, maxExamples: options.maxExamples });
  return { from, prepared, result };
}

/**
 * Merges the worker's files into `sinks`, after the main thread's: their validators' state, and the
 * values they repeat from the earlier files, found by reading them again (only when a `unique` check
 * has some). Each file's outcome, in order; undefined when the worker failed, `validators` untouched.
 */
export async function finishFilesSplit(
  split: FilesSplit,
  validators: readonly ColumnValidator[],
  sinks: SegmentSinks,
): Promise<FileOutcome[] | undefined> {
  const result = await split.result;
  if (!result) return undefined;
  const read = split.prepared.flatMap((file) => ("job" in file ? [file] : []));
  const order = read.map((file) => file.job.file);
  const searches = validators.map((validator, i) => {
    const state = result.columns[i];
    return state ? validator.merge(state, 0, order) : undefined;
  });
  if (searches.some((search) => search !== undefined)) {
    for (const file of read) validateSegment(file.job, { ...sinks, validators: searches, rules: undefined });
    for (const search of searches) search?.finish();
  }
  let next = 0;
  return split.prepared.map((file) =>
    "job" in file
      ? finishCsvFile(file, result.outcomes[next++] as FilesResult["outcomes"][number])
      : file.outcome,
  );
}
