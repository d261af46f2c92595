import type { ByteTexts } from "./byte-texts.ts";
import { type ColumnState, ColumnValidator } from "./column-validator.ts";
import { splitParquetColumns } from "./parquet-column-split.ts";
import { readParquetFooter } from "./parquet-footer.ts";
import type { FileOutcome } from "./reader-types.ts";
import type { DataSchema } from "./schema.ts";
import type { ParallelOptions } from "./validate.ts";
import type { ValidationWorker, WorkerWork } from "./validate-worker.ts";

interface ParquetSplitOptions {
  parallel: ParallelOptions;
  maxExamples: number;
  nulls: ReadonlySet<string> | undefined;
  nullBytes: ByteTexts | undefined;
  /** A worker thread for `parallel.workerScript`: one started ahead, or new. */
  startWorker: (script: string | URL, work: WorkerWork) => ValidationWorker;
}

/** A Parquet file validated on two threads: its columns and rows. */
export interface ParquetSplitOutcome {
  columns: string[];
  rows: number;
}

/**
 * Validates a Parquet file's columns on two threads, each column wholly on one (`splitParquetColumns`),
 * the worker's into validators of its own whose state is then merged into `validators`:
 *
 * - While no validator has seen a row (the first file of a dataset), the main thread checks its columns
 *   straight into `validators`, and a merge into a fresh validator is exact: the outcome is the
 *   one-thread one, bit for bit.
 * - Later, when no column keeps a distinct set (a value repeated from an earlier file would need this
 *   file read again for its line), the main thread also checks into validators of its own, and both
 *   are merged: counts add, examples follow the earlier files', and means and standard deviations merge
 *   (Chan et al.; they may differ from one pass in the last bits, the same run to run).
 *
 * Undefined when the file is to be validated on one thread instead: neither of those, nothing to split,
 * a problem in the file (so that a damaged file reads, rows and problems, as on one thread: `validators`
 * are left as they were, or fresh again), or a failed worker.
 */
export async function validateParquetSplit(
  file: string,
  schema: DataSchema,
  validators: ColumnValidator[],
  options: ParquetSplitOptions,
): Promise<ParquetSplitOutcome | undefined> {
  const { parallel, maxExamples, nulls, nullBytes } = options;
  const direct = validators.every((validator) => validator.rows === 0);
  if (!direct && validators.some((validator) => validator.seen !== undefined)) return undefined;
  const metadata = await readParquetFooter(file).catch(() => undefined);
  const split = metadata && splitParquetColumns(metadata, validators);
  if (!split) return undefined;
  const worker = options.startWorker(parallel.workerScript, "parquet");
  const second = worker.validateParquet({ file, schema, columns: split.worker, maxExamples });
  // Loaded only now (the Parquet readers; parquet-wasm later, if a chunk needs it): the worker has its job first.
  const { validateParquetFile } = await import("./validate-parquet-columns.ts");
  const mine = split.main.map((index) =>
    direct ? (validators[index] as ColumnValidator) : fresh(validators[index], maxExamples),
  );
  let outcome: FileOutcome;
  try {
    outcome = await validateParquetFile(file, mine, nulls, nullBytes, metadata);
  } catch (error) {
    worker.terminate();
    throw error;
  }
  const { rows, problems } = outcome;
  const columns = outcome.columns ?? [];
  const result = await second;
  const merged =
    result !== undefined && result.problems === 0 && problems.length === 0 && result.rows === rows;
  const names = split.worker.map((index) => validators[index]?.spec.name as string);
  parallel.onParquetSplit?.({ file, worker: names, merged });
  if (!merged) {
    if (direct) for (const index of split.main) validators[index] = fresh(validators[index], maxExamples);
    return undefined;
  }
  const states = [
    ...(direct ? [] : split.main.map((index, k) => ({ index, state: (mine[k] as ColumnValidator).state() }))),
    ...split.worker.map((index, k) => ({ index, state: result.columns[k] as ColumnState })),
  ];
  for (const { index, state } of states) {
    // No distinct set, or a fresh one: no value repeated from before.
    if (validators[index]?.merge(state, 0))
      throw new Error(
        `internal: column '${validators[index]?.spec.name}' has values repeated across threads`,
      );
  }
  return { columns, rows };
}

/** A validator of the same column that has seen nothing. */
function fresh(validator: ColumnValidator | undefined, maxExamples: number): ColumnValidator {
  return new ColumnValidator((validator as ColumnValidator).spec, maxExamples);
}
