import type { ColumnValidator } from "./column-validator.ts";
import type { RangeEnd } from "./csv-range.ts";
import { type SegmentJob, type SegmentOutcome, type SegmentSinks, validateSegment } from "./csv-segment.ts";
import type { FileProblem } from "./reader-types.ts";
import type { DataSchema } from "./schema.ts";
import type { ParallelOptions } from "./validate.ts";
import type { ValidationWorker } from "./validate-worker.ts";
import type { SegmentResult } from "./validate-worker-job.ts";

interface SplitOptions {
  parallel: ParallelOptions;
  maxExamples: number;
  /** The thread that validates from the cut. */
  worker: ValidationWorker;
}

/**
 * Validates the records of `job` on two threads: up to the cut (`split.at`, a line start that may be
 * inside quotes) here, from the cut in `worker` (see `validateCsvBytes`). The worker's state is merged
 * into `sinks`, its lines shifted, so the outcome is the one-thread one.
 */
export async function validateSplit(
  job: SegmentJob,
  split: { at: number },
  schema: DataSchema,
  validators: readonly ColumnValidator[],
  sinks: SegmentSinks,
  options: SplitOptions,
): Promise<SegmentOutcome> {
  const { parallel, maxExamples, worker } = options;
  const { file } = job;
  const segment = { ...job, from: split.at, line: 1 };
  const second = worker.validate({ segment, schema, maxExamples });
  try {
    const first = validateSegment({ ...job, stopAt: split.at }, sinks);
    const { end } = first;
    if (!endsAt(end, split.at)) {
      worker.terminate();
      parallel.onSplit?.({ file, at: split.at, merged: false });
      return end.stop || end.error !== undefined ? first : readOn(first, job, sinks);
    }
    const result = await second;
    parallel.onSplit?.({ file, at: split.at, merged: result !== undefined });
    if (!result) return readOn(first, job, sinks);
    const merged = mergeSegment(result, end.line - 1, validators, sinks, segment);
    return {
      rows: first.rows + merged.rows,
      problems: [...first.problems, ...merged.problems],
      end: merged.end,
    };
  } catch (error) {
    // A running worker would keep the process alive.
    worker.terminate();
    throw error;
  }
}

/** The scan ended exactly at `at`, a record boundary, with no problem that ends the file. */
function endsAt(end: RangeEnd, at: number): boolean {
  return end.boundary && end.end === at && !end.stop && end.error === undefined;
}

/** The main thread, alone, reads on from where `first` ended to the end of the file. */
function readOn(first: SegmentOutcome, job: SegmentJob, sinks: SegmentSinks): SegmentOutcome {
  const rest = validateSegment({ ...job, from: first.end.end, line: first.end.line }, sinks);
  return { rows: first.rows + rest.rows, problems: [...first.problems, ...rest.problems], end: rest.end };
}

/**
 * Merges the state of a segment validated apart (its lines counted from 1) into `sinks`, its lines
 * shifted by `lineOffset`. Values both saw are repeats on the segment's lines: `segment` is read again
 * to find them, only when a `unique` check has some.
 */
function mergeSegment(
  result: SegmentResult,
  lineOffset: number,
  validators: readonly ColumnValidator[],
  sinks: SegmentSinks,
  segment: SegmentJob,
): SegmentOutcome {
  const searches = validators.map((validator, i) => {
    const state = result.columns[i];
    return state ? validator.merge(state, lineOffset) : undefined;
  });
  if (searches.some((search) => search !== undefined)) {
    validateSegment(segment, { ...sinks, validators: searches, rules: undefined });
    for (const search of searches) search?.finish();
  }
  sinks.rules?.merge(result.rules, segment.file, lineOffset);
  const shift = (problem: FileProblem) =>
    problem.line === undefined ? problem : { ...problem, line: problem.line + lineOffset };
  const end = { ...result.end, line: result.end.line + lineOffset };
  if (result.end.stop) end.stop = { ...result.end.stop, line: result.end.stop.line + lineOffset };
  return { rows: result.rows, problems: result.problems.map(shift), end };
}
