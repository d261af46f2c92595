import { closeSync, openSync, readSync } from "node:fs";
import { stat } from "node:fs/promises";
import { availableParallelism, loadavg } from "node:os";
import { isByteDelimiter } from "./byte-csv-scanner.ts";
import type { ColumnValidator } from "./column-validator.ts";
import { readCsvHeader } from "./csv-range.ts";
import {
  markProblems,
  type SegmentJob,
  type SegmentOutcome,
  type SegmentSinks,
  validateSegment,
} from "./csv-segment.ts";
import { isGzipFile, readHead } from "./open-bytes.ts";
import { csvDelimiter, headerProblems, stopProblem } from "./read-csv.ts";
import { formatFromName } from "./read-dataset.ts";
import { DEFAULT_MAX_RECORD_BYTES, type FileProblem, type ReadOptions } from "./reader-types.ts";
import type { DataSchema } from "./schema.ts";
import type { ParallelOptions } from "./validate.ts";
import { startSegmentWorker } from "./validate-worker.ts";

const DEFAULT_PARALLEL_BYTES = 8 * 1024 * 1024;
/** The main thread's share of a split file: the worker starts later (a thread, Node, the script). */
const MAIN_SHARE = 0.55;
/** How far past the middle a line end is looked for before the file is read on one thread. */
const SPLIT_SEARCH_BYTES = 1024 * 1024;

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
    const info = await stat(file);
    if (!info.isFile() || info.size === 0 || (await isGzipFile(file))) return undefined;
    const delimiter = csvDelimiter(await readHead(file), { ...options, format });
    return isByteDelimiter(delimiter) ? { delimiter, size: info.size } : undefined;
  } catch {
    return undefined;
  }
}

export interface FileOutcome {
  /** The header, when the file has one. */
  columns?: string[];
  rows: number;
  /** The file's problems, in the order the row reader reports them. */
  problems: FileProblem[];
}

interface BytesOptions {
  maxExamples: number;
  maxRecordBytes?: number;
  parallel?: ParallelOptions;
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
  const maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  const { delimiter, size } = plan;
  const problems: FileProblem[] = [];
  const fd = openSync(file, "r");
  let found: ReturnType<typeof readCsvHeader>;
  let split: number | undefined;
  try {
    found = readCsvHeader(fd, { delimiter, maxRecordBytes });
    const dataStart = found.header?.dataStart ?? size;
    if (options.parallel && worthSplitting(options.parallel, size - dataStart)) {
      split = lineStartAfter(fd, dataStart + Math.floor((size - dataStart) * MAIN_SHARE), size);
    }
  } finally {
    closeSync(fd);
  }
  const { header } = found;
  if (!header) {
    if (found.error !== undefined) problems.push(unreadable(file, 1, found.error));
    if (found.stop) problems.push(stopProblem(found.stop, file, maxRecordBytes));
    problems.push({ kind: "empty-file", file, message: "the file has no records" });
    return { rows: 0, problems };
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

  let outcome: SegmentOutcome;
  const script = options.parallel?.workerScript;
  if (split !== undefined && script !== undefined) {
    const worker = startSegmentWorker(script, { ...job, from: split, line: 1 }, schema, options.maxExamples);
    const first = validateSegment({ ...job, stopAt: split }, sinks);
    const { end } = first;
    const atSplit = end.boundary && end.end === split && !end.stop && end.error === undefined;
    const second = atSplit ? await worker.result : undefined;
    if (!atSplit) worker.cancel();
    options.parallel?.onSplit?.({ file, at: split, merged: second !== undefined });
    if (second) {
      const offset = end.line - 1;
      const searches = validators.map((validator, i) => {
        const state = second.columns[i];
        return state ? validator.merge(state, offset) : undefined;
      });
      if (searches.some((search) => search !== undefined)) {
        // Values repeated across the split: read the worker's segment again for their lines.
        validateSegment(
          { ...job, from: split, line: 1 },
          { ...sinks, validators: searches, rules: undefined },
        );
        for (const search of searches) search?.finish();
      }
      sinks.rules?.merge(second.rules, file, offset);
      const shift = (problem: FileProblem) =>
        problem.line === undefined ? problem : { ...problem, line: problem.line + offset };
      const shiftedEnd = { ...second.end, line: second.end.line + offset };
      if (second.end.stop) shiftedEnd.stop = { ...second.end.stop, line: second.end.stop.line + offset };
      outcome = {
        rows: first.rows + second.rows,
        problems: [...first.problems, ...second.problems.map(shift)],
        end: shiftedEnd,
      };
    } else if (end.stop || end.error !== undefined) outcome = first;
    else {
      const rest = validateSegment({ ...job, from: end.end, line: end.line }, sinks);
      outcome = {
        rows: first.rows + rest.rows,
        problems: [...first.problems, ...rest.problems],
        end: rest.end,
      };
    }
  } else outcome = validateSegment(job, sinks);

  problems.push(...outcome.problems);
  if (outcome.end.error !== undefined) problems.push(unreadable(file, outcome.end.line, outcome.end.error));
  if (outcome.end.stop) problems.push(stopProblem(outcome.end.stop, file, maxRecordBytes));
  if (outcome.rows === 0) {
    problems.push({ kind: "header-only", file, line: 1, message: "the file has a header but no data rows" });
  }
  return { columns, rows: outcome.rows, problems };
}

/** A file this large, with a core free to take half of it. */
function worthSplitting(parallel: ParallelOptions, dataBytes: number): boolean {
  const cores = availableParallelism();
  const [load = 0] = loadavg();
  return (
    dataBytes >= (parallel.minBytes ?? DEFAULT_PARALLEL_BYTES) &&
    cores >= 2 &&
    load < (parallel.maxLoad ?? Number.POSITIVE_INFINITY)
  );
}

/** The offset just after the first line feed at or after `from`, if one comes soon enough. */
function lineStartAfter(fd: number, from: number, size: number): number | undefined {
  const buffer = Buffer.allocUnsafe(Math.min(SPLIT_SEARCH_BYTES, Math.max(0, size - from)));
  const read = readSync(fd, buffer, 0, buffer.length, from);
  const at = buffer.subarray(0, read).indexOf(10);
  return at === -1 || from + at + 1 >= size ? undefined : from + at + 1;
}

function unreadable(file: string, line: number, reason: string): FileProblem {
  return { kind: "unreadable", file, line, message: `cannot read the file: ${reason}` };
}
