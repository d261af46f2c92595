import { availableParallelism, loadavg } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { formatFromName } from "./format-from-name.ts";
import type { DataFormat } from "./reader-types.ts";
import type { ParallelOptions } from "./validate.ts";
import type {
  ParquetColumnsJob,
  ParquetColumnsResult,
  ParquetFilesJob,
  ParquetFilesResult,
} from "./validate-parquet-job.ts";
import type { FilesResult, FilesStateJob, SegmentResult, SegmentStateJob } from "./validate-worker-job.ts";

// Light on purpose: an action's entry imports this to start its worker thread before anything else
// loads, and the worker itself loads the validation code (validate-worker-job.ts for a CSV segment,
// validate-parquet-job.ts for Parquet columns) while it waits.

const WORKER_TAG = "@mlops-actions/data:validate-segment";

/**
 * How far the main thread reads before a worker started with it begins. A worker started first thing
 * (early-worker.ts) is ready about when the main thread has read the schema: what is left of its lag is
 * its colder start (each thread compiles the hot loops on its own) and the main thread's merge and
 * report after both end. Measured on the bench's 1M-row CSV: 8 MiB ended 10 ms sooner than 16 (248 vs
 * 258 ms, 14 alternated runs), 4 MiB in between; the same at 10M rows. The default of
 * `ParallelOptions.workerLagBytes`.
 */
export const DEFAULT_WORKER_LAG_BYTES = 8 * 1024 * 1024;
/**
 * Smaller files are validated on one thread on a machine of three cores or more (the default of
 * `ParallelOptions.minBytes` there): below about 1.5 lags, the worker would start too late to take a
 * useful share.
 */
export const DEFAULT_PARALLEL_BYTES = 24 * 1024 * 1024;
/**
 * The same on two cores. There the worker's fixed cost competes for the cores with both threads and
 * V8's compiler threads: its own Node (~30 ms of CPU), its own compiles of the hot loops (~35 ms) and
 * its first batches run before they are compiled. On the bench's rows, alternated runs: 62.6 MB took
 * 199–223 ms on one thread and 211–236 on two (CPU 220–250 against 330–360 ms), 69 MB 213 and 240,
 * 78.5 MB 230–241 and 234–256, 94 MB 244 and 221, 126 MB 312 and 285, 636 MB 1,109 and 691.
 */
export const DEFAULT_PARALLEL_BYTES_TWO_CORES = 80 * 1024 * 1024;
/**
 * A dataset of plain CSV files each smaller than `minBytes` has its later files validated by a worker
 * when they are this large together (the default of `ParallelOptions.minFilesBytes`). That worker starts
 * only once the files are listed, so it pays later than a large file's: on the bench's rows cut into
 * files of 100,000, 97 MB took 438 ms on two threads and 452 on one, 182 MB 572 and 613, 607 MB 1,106
 * and 1,520 (alternated runs).
 */
export const DEFAULT_PARALLEL_FILES_BYTES = 128 * 1024 * 1024;
/**
 * A dataset of Parquet files each smaller than `minParquetBytes` has its later files validated by a
 * worker when they are this large together (the default of `ParallelOptions.minParquetFilesBytes`).
 * One thread already keeps ~1.35 cores busy on such files (V8 compiles and collects on its own
 * threads), so a worker gains less than on CSV: on the bench's rows in small files, 27 MB took 868 ms
 * on two threads and 830 on one, 57 MB 1,113 and 1,055, 137 MB 1,677 and 1,771, 221 MB 2.2–2.4 s and
 * 2.7–2.9 s (alternated runs).
 */
export const DEFAULT_PARALLEL_PARQUET_FILES_BYTES = 128 * 1024 * 1024;
/** The main thread's share of a split file at most, however small the file. */
const MAX_MAIN_SHARE = 0.85;

/**
 * Where a file of `dataBytes` is cut, as a share for the main thread: the bytes it reads while the
 * worker starts, and half of the rest, so both end together. A function of the size alone, so that the
 * cut, and the last bits of the merged means, are the same run to run.
 */
export function mainThreadShare(dataBytes: number, lagBytes = DEFAULT_WORKER_LAG_BYTES): number {
  if (dataBytes <= 0) return 0.5;
  return Math.min(MAX_MAIN_SHARE, 0.5 + lagBytes / (2 * dataBytes));
}

/**
 * Parquet files smaller than this are validated on one thread on a machine of three cores or more (the
 * default of `ParallelOptions.minParquetBytes` there); in larger ones a worker takes about half of the
 * columns.
 */
export const DEFAULT_PARALLEL_PARQUET_BYTES = 8 * 1024 * 1024;
/**
 * The same on two cores (see `DEFAULT_PARALLEL_BYTES_TWO_CORES`). The bench's rows written by pyarrow,
 * alternated runs, one thread against two: 9.3 MB 152 and 163 ms (CPU 180 against 250 ms), 12.7 MB 179
 * and 174, 17.8 MB 218 and 201.
 */
export const DEFAULT_PARALLEL_PARQUET_BYTES_TWO_CORES = 12 * 1024 * 1024;

/**
 * The size from which a file is split on a machine of `cores` cores: the default of
 * `ParallelOptions.minBytes` for CSV/TSV (`work` "csv") and of `minParquetBytes` for Parquet.
 */
export function defaultParallelBytes(work: WorkerWork, cores = availableParallelism()): number {
  const twoCores = cores <= 2;
  if (work === "csv") return twoCores ? DEFAULT_PARALLEL_BYTES_TWO_CORES : DEFAULT_PARALLEL_BYTES;
  return twoCores ? DEFAULT_PARALLEL_PARQUET_BYTES_TWO_CORES : DEFAULT_PARALLEL_PARQUET_BYTES;
}

/** What a worker is to validate: which code it loads while it waits. */
export type WorkerWork = "csv" | "parquet";

/**
 * How a file in `format` (undefined: as its name implies) would be split: a plain CSV/TSV file by byte
 * ranges, a Parquet file by columns; undefined for gzip, JSON Lines and a format not known here, which
 * are read by rows on one thread or rejected.
 */
export function splitWork(file: string, format: DataFormat | string | undefined): WorkerWork | undefined {
  if (/\.gz$/i.test(file)) return undefined;
  const implied = format ?? formatFromName(file);
  if (implied === "parquet") return "parquet";
  return implied === "csv" || implied === "tsv" ? "csv" : undefined;
}

/** A file of `dataBytes` (at least `minBytes`), with a core free to take half of it. */
export function worthSplitting(parallel: ParallelOptions, dataBytes: number, minBytes: number): boolean {
  if (dataBytes < minBytes || availableParallelism() < 2) return false;
  const { maxLoad } = parallel;
  return maxLoad === undefined || (loadavg()[0] ?? 0) < maxLoad;
}

/** A worker's `workerData`. */
interface WorkerData {
  tag: typeof WORKER_TAG;
  work: WorkerWork;
}

/** A message to a worker: its one job. */
type WorkerJob =
  | { kind: "csv"; job: SegmentStateJob }
  | { kind: "csv-files"; job: FilesStateJob }
  | { kind: "parquet"; job: ParquetColumnsJob }
  | { kind: "parquet-files"; job: ParquetFilesJob };

export type { ParquetColumnsResult, ParquetFilesResult } from "./validate-parquet-job.ts";
export type { FilesResult, SegmentResult } from "./validate-worker-job.ts";

/** True in a worker thread started by `startValidationWorker` (or by `validateDataset`). */
export function isValidationWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerData> | null)?.tag === WORKER_TAG;
}

/**
 * The work of a validation worker: waits for jobs (a CSV segment, whole CSV files, a Parquet file's
 * columns), one at a time, validates each with validators of its own and posts back their state, for
 * the main thread to merge. It serves jobs until it is terminated: the next file of a dataset finds its
 * code loaded and compiled. A script given as `parallel.workerScript` calls this when
 * `isValidationWorker()`.
 */
export async function serveValidationWorker(): Promise<void> {
  const port = parentPort;
  if (!isValidationWorker() || !port)
    throw new Error("serveValidationWorker runs only in a validation worker");
  const expected = (workerData as WorkerData).work;
  const csv = expected === "csv" ? import("./validate-worker-job.ts") : undefined;
  const parquet = expected === "parquet" ? import("./validate-parquet-job.ts") : undefined;
  let done = Promise.resolve();
  port.on("message", (message: WorkerJob) => {
    done = done.then(async () => {
      const { result, transfer } = await runJob(message, csv, parquet);
      port.postMessage(result, transfer);
    });
  });
}

async function runJob(
  message: WorkerJob,
  csv: Promise<typeof import("./validate-worker-job.ts")> | undefined,
  parquet: Promise<typeof import("./validate-parquet-job.ts")> | undefined,
): Promise<{ result: unknown; transfer: ArrayBuffer[] }> {
  if (message.kind === "parquet" || message.kind === "parquet-files") {
    const jobs = await (parquet ?? import("./validate-parquet-job.ts"));
    return message.kind === "parquet"
      ? jobs.validateParquetColumnsState(message.job)
      : jobs.validateParquetFilesState(message.job);
  }
  const jobs = await (csv ?? import("./validate-worker-job.ts"));
  return message.kind === "csv-files"
    ? jobs.validateFilesState(message.job)
    : jobs.validateSegmentState(message.job);
}

/**
 * A worker thread that runs `script` (which must call `serveValidationWorker()`), started before it
 * has anything to validate so that Node and the validation code for `work` load while the main thread
 * reads inputs and the schema. It takes jobs of any kind, one at a time, and keeps the process alive
 * only while it has one; `terminate` stops it for good.
 */
export class ValidationWorker {
  readonly work: WorkerWork;
  private readonly thread: Worker;
  private pending: ((result: unknown) => void) | undefined;
  private ended = false;
  private given = 0;

  constructor(script: string | URL, work: WorkerWork = "csv") {
    const data: WorkerData = { tag: WORKER_TAG, work };
    this.work = work;
    this.thread = new Worker(script, { workerData: data });
    this.thread.on("message", (result: unknown) => this.settle(result));
    this.thread.once("error", () => this.end());
    this.thread.once("exit", () => this.end());
    // After the listeners: a "message" listener refs the thread again.
    this.thread.unref();
  }

  /** How many jobs it was given. */
  get jobs(): number {
    return this.given;
  }

  /** Whether it can take a job: neither terminated nor failed. */
  get usable(): boolean {
    return !this.ended;
  }

  /** Hands the worker a CSV segment: its result, or undefined if the worker failed. */
  validate(job: SegmentStateJob): Promise<SegmentResult | undefined> {
    return this.run({ kind: "csv", job }) as Promise<SegmentResult | undefined>;
  }

  /** Hands the worker whole CSV files: their result, or undefined if the worker failed. */
  validateFiles(job: FilesStateJob): Promise<FilesResult | undefined> {
    return this.run({ kind: "csv-files", job }) as Promise<FilesResult | undefined>;
  }

  /** Hands the worker columns of a Parquet file: its result, or undefined if the worker failed. */
  validateParquet(job: ParquetColumnsJob): Promise<ParquetColumnsResult | undefined> {
    return this.run({ kind: "parquet", job }) as Promise<ParquetColumnsResult | undefined>;
  }

  /** Hands the worker whole Parquet files: their result, or undefined if the worker failed. */
  validateParquetFiles(job: ParquetFilesJob): Promise<ParquetFilesResult | undefined> {
    return this.run({ kind: "parquet-files", job }) as Promise<ParquetFilesResult | undefined>;
  }

  private run(job: WorkerJob): Promise<unknown> {
    if (this.pending) throw new Error("a ValidationWorker takes one job at a time");
    this.given++;
    if (this.ended) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      this.pending = resolve;
      this.thread.ref();
      this.thread.postMessage(job);
    });
  }

  private settle(result: unknown): void {
    const resolve = this.pending;
    this.pending = undefined;
    this.thread.unref();
    resolve?.(result);
  }

  private end(): void {
    this.ended = true;
    this.settle(undefined);
  }

  /** Stops the thread, whatever it is doing; a job it had gives undefined. */
  terminate(): void {
    this.ended = true;
    void this.thread.terminate();
  }
}
