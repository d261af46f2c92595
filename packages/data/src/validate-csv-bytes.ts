import { closeSync, openSync, readSync, statSync } from "node:fs";
import { isByteDelimiter } from "./byte-csv-scanner.ts";
import type { ColumnValidator } from "./column-validator.ts";
import { lineStartAfter, readCsvHeader } from "./csv-range.ts";
import {
  markProblems,
  type SegmentJob,
  type SegmentOutcome,
  type SegmentSinks,
  validateSegment,
} from "./csv-segment.ts";
import { formatFromName } from "./format-from-name.ts";
import { csvDelimiter, headerProblems, stopProblem } from "./read-csv.ts";
import {
  DEFAULT_MAX_RECORD_BYTES,
  type FileOutcome,
  type FileProblem,
  type ReadOptions,
  unreadableFile,
} from "./reader-types.ts";
import type { DataSchema } from "./schema.ts";
import type { ParallelOptions } from "./validate.ts";
import {
  defaultParallelBytes,
  mainThreadShare,
  ValidationWorker,
  type WorkerWork,
  worthSplitting,
} from "./validate-worker.ts";
import { validateSplit } from "./validate-worker-split.ts";

/** The bytes the delimiter is sniffed from, as `readCsv` does (`readHead`'s default). */
const HEAD_BYTES = 64 * 1024;
const GZIP_MAGIC = [0x1f, 0x8b] as const;

/** How a file can be read by bytes: a plain CSV/TSV file with a one-byte ASCII delimiter. */
export interface BytePlan {
  delimiter: string;
  size: number;
}

/** The byte reading of the file, or undefined when it needs the row reader (gzip, JSONL, Parquet...). */
export async function byteReadable(file: string, options: ReadOptions): Promise<BytePlan | undefined> {
  const format = options.format ?? formatFromName(file);
  if (format !== "csv" && format !== "tsv") return undefined;
  try {
    // Synchronous: the start of a run waits on it, and a plain file needs no stream.
    const info = statSync(file);
    if (!info.isFile() || info.size === 0) return undefined;
    const fd = openSync(file, "r");
    try {
      const head = Buffer.allocUnsafe(Math.min(HEAD_BYTES, info.size));
      const read = readSync(fd, head, 0, head.length, 0);
      if (read >= 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1]) return undefined;
      const delimiter = csvDelimiter(head.subarray(0, read), { ...options, format });
      return isByteDelimiter(delimiter) ? { delimiter, size: info.size } : undefined;
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

interface BytesOptions {
  maxExamples: number;
  maxRecordBytes?: number;
  parallel?: ParallelOptions;
  /** A worker thread for `parallel.workerScript`: one started ahead (`ParallelOptions.worker`), or new. */
  startWorker?: (script: string | URL, work: WorkerWork) => ValidationWorker;
}

/**
 * Validates one plain CSV file by bytes into `sinks` (the validators of the whole dataset), with the
 * outcome the row reader would give. With `parallel`, a large file's second half goes to a worker that
 * starts at the first line end past the middle, a guess (that line end may be inside quotes) checked
 * when the main thread, scanning the first half, reaches it: if its records end exactly there, the
 * worker's state is merged in (lines shifted); otherwise the worker is dropped and the main thread reads
 * on. So quotes never make the result wrong, only slower.
 */
export async function validateCsvBytes(
  file: string,
  plan: BytePlan,
  schema: DataSchema,
  validators: readonly ColumnValidator[],
  sinks: SegmentSinks,
  options: BytesOptions,
): Promise<FileOutcome> {
  const prepared = prepareCsvFile(file, plan, schema, options);
  if ("outcome" in prepared) return prepared.outcome;
  const { job, split } = prepared;
  const script = options.parallel?.workerScript;
  const outcome =
    split !== undefined && script !== undefined && options.parallel
      ? await validateSplit(job, { at: split }, schema, validators, sinks, {
          parallel: options.parallel,
          maxExamples: options.maxExamples,
          worker: options.startWorker?.(script, "csv") ?? new ValidationWorker(script),
        })
      : validateSegment(job, sinks);
  return finishCsvFile(prepared, outcome);
}

/** A CSV file whose header is read: its records to validate, and the header's problems. */
export interface PreparedCsvFile {
  job: SegmentJob;
  problems: FileProblem[];
  /** Where to cut it for a worker (see `validateCsvBytes`), when it is worth it. */
  split?: number;
}

/**
 * Reads the header of a plain CSV file: the job of validating its records (and, with `parallel`, where
 * to cut them), or the whole outcome of a file with no record.
 */
export function prepareCsvFile(
  file: string,
  plan: BytePlan,
  schema: DataSchema,
  options: Pick<BytesOptions, "maxRecordBytes" | "parallel">,
): PreparedCsvFile | { outcome: FileOutcome } {
  const maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  const { delimiter, size } = plan;
  const problems: FileProblem[] = [];
  const fd = openSync(file, "r");
  let found: ReturnType<typeof readCsvHeader>;
  let split: number | undefined;
  try {
    found = readCsvHeader(fd, { delimiter, maxRecordBytes });
    const dataStart = found.header?.dataStart ?? size;
    if (
      options.parallel &&
      worthSplitting(
        options.parallel,
        size - dataStart,
        options.parallel.minBytes ?? defaultParallelBytes("csv"),
      )
    ) {
      const share = mainThreadShare(size - dataStart, options.parallel.workerLagBytes);
      split = lineStartAfter(fd, dataStart + Math.floor((size - dataStart) * share), size);
    }
  } finally {
    closeSync(fd);
  }
  const { header } = found;
  if (!header) {
    if (found.error !== undefined) problems.push(unreadableFile(file, 1, found.error));
    if (found.stop) problems.push(stopProblem(found.stop, file, maxRecordBytes));
    problems.push({ kind: "empty-file", file, message: "the file has no records" });
    return { outcome: { rows: 0, problems } };
  }
  const columns = header.fields;
  problems.push(...markProblems(file, header.line, header.marks));
  for (const event of headerProblems(file, header.line, columns, delimiter)) {
    if (event.kind === "problem") problems.push(event.problem);
  }
  const index = new Map<string, number>();
  columns.forEach((name, i) => {
    if (!index.has(name)) index.set(name, i);
  });
  const job: SegmentJob = {
    file,
    delimiter,
    maxRecordBytes,
    from: header.dataStart,
    line: header.dataLine,
    columns,
    positions: schema.columns.map((spec) => index.get(spec.name) ?? -1),
  };
  return split === undefined ? { job, problems } : { job, problems, split };
}

/** A prepared file's outcome, from how the validation of its records ended. */
export function finishCsvFile(prepared: PreparedCsvFile, outcome: SegmentOutcome): FileOutcome {
  const { job } = prepared;
  const { file } = job;
  const problems = [...prepared.problems, ...outcome.problems];
  if (outcome.end.error !== undefined)
    problems.push(unreadableFile(file, outcome.end.line, outcome.end.error));
  if (outcome.end.stop) problems.push(stopProblem(outcome.end.stop, file, job.maxRecordBytes));
  if (outcome.rows === 0) {
    problems.push({ kind: "header-only", file, line: 1, message: "the file has a header but no data rows" });
  }
  return { columns: job.columns, rows: outcome.rows, problems };
}
