import type { ByteTexts } from "./byte-texts.ts";
import { type ColumnState, ColumnValidator } from "./column-validator.ts";
import { splitParquetColumns } from "./parquet-column-split.ts";
import { readParquetFooter } from "./parquet-footer.ts";
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
 * Validates a Parquet file's columns on two threads, each column wholly on one (`splitParquetColumns`):
 * the worker's into validators of its own whose state is then merged into `validators`, which must not
 * have seen any rows yet (a merge into a fresh validator is exact, so the outcome is the one-thread one).
 * Undefined when the file is to be validated on one thread instead: there is nothing to split, or either
 * thread met a problem in the file (the main thread's validators are then replaced by fresh ones, so
 * that a damaged file reads, rows and problems, as on one thread), or the worker failed.
 */
export async function validateParquetSplit(
  file: string,
  schema: DataSchema,
  validators: ColumnValidator[],
  options: ParquetSplitOptions,
): Promise<ParquetSplitOutcome | undefined> {
  const { parallel, maxExamples, nulls, nullBytes } = options;
  const split = await readParquetFooter(file).then(
    (metadata) => splitParquetColumns(metadata, validators),
    () => undefined,
  );
  if (!split) return undefined;
  const worker = options.startWorker(parallel.workerScript, "parquet");
  const second = worker.validateParquet({ file, schema, columns: split.worker, maxExamples });
  // Loaded only now (parquet-wasm, apache-arrow): the worker has its job first.
  const { validateParquetColumns } = await import("./validate-parquet-columns.ts");
  let columns: string[] = [];
  let rows = 0;
  let problems = 0;
  try {
    const mine = split.main.map((index) => validators[index] as ColumnValidator);
    for await (const event of validateParquetColumns(file, mine, nulls, nullBytes)) {
      if (event.kind === "header") columns = event.columns;
      else if (event.kind === "checked") rows += event.rows;
      else problems++;
    }
  } catch (error) {
    worker.terminate();
    throw error;
  }
  const result = await second;
  const merged = result !== undefined && result.problems === 0 && problems === 0 && result.rows === rows;
  const names = split.worker.map((index) => validators[index]?.spec.name as string);
  parallel.onParquetSplit?.({ file, worker: names, merged });
  if (!merged) {
    for (const index of split.main) {
      validators[index] = new ColumnValidator((validators[index] as ColumnValidator).spec, maxExamples);
    }
    return undefined;
  }
  split.worker.forEach((index, k) => {
    const search = validators[index]?.merge(result.columns[k] as ColumnState, 0);
    // A validator that has seen no value has none repeated.
    if (search) throw new Error(`internal: column '${names[k]}' was merged into a validator that saw rows`);
  });
  return { columns, rows };
}
