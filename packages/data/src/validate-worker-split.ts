import { closeSync, openSync } from "node:fs";
import type { ColumnValidator } from "./column-validator.ts";
import { lineStartAfter, type RangeEnd } from "./csv-range.ts";
import { type SegmentJob, type SegmentOutcome, type SegmentSinks, validateSegment } from "./csv-segment.ts";
import type { FileProblem } from "./reader-types.ts";
import type { DataSchema } from "./schema.ts";
import type { ParallelOptions } from "./validate.ts";
import type { ValidationWorker } from "./validate-worker.ts";
import { RangeHandoff } from "./validate-worker-handoff.ts";
import { type SegmentResult, validateSegmentState } from "./validate-worker-job.ts";

/** Less than this left to the worker: not worth another segment (its validators, its merge). */
const MIN_TAKE_OVER_BYTES = 4 * 1024 * 1024;

interface SplitOptions {
  parallel: ParallelOptions;
  maxExamples: number;
  /** The thread that validates from the cut. */
  worker: ValidationWorker;
}

/** A part of the worker's range this thread took over: from `at` to where the one taken before starts. */
interface Tail {
  at: number;
  result: SegmentResult;
}

/**
 * Validates the records of `job` on two threads: up to the cut (`split.at`, a line start that may be
 * inside quotes) here, from the cut in `worker`, and, while this thread is done first, the end of what
 * the worker has left here again, half of it at a time (see `validateCsvBytes`). Each later segment's
 * state is merged into `sinks` in file order, its lines shifted, so the outcome is the one-thread one.
 */
export async function validateSplit(
  job: SegmentJob,
  split: { at: number; size: number },
  schema: DataSchema,
  validators: readonly ColumnValidator[],
  sinks: SegmentSinks,
  options: SplitOptions,
): Promise<SegmentOutcome> {
  const forced = options.parallel.takeOverAt && [...options.parallel.takeOverAt];
  const handoff = RangeHandoff.create(split.at, forced !== undefined && forced.length > 0);
  const workerJob = { ...job, from: split.at, line: 1 };
  const { maxExamples, worker } = options;
  const second = worker.validate({ segment: workerJob, schema, maxExamples, handoff: handoff.buffer });
  try {
    return await validateParts(job, split, schema, validators, sinks, {
      ...options,
      handoff,
      second,
      forced,
    });
  } catch (error) {
    // A held worker would wait forever, and a running one keep the process alive.
    handoff.release();
    worker.terminate();
    throw error;
  }
}

interface PartsOptions extends SplitOptions {
  handoff: RangeHandoff;
  /** The worker's result. */
  second: Promise<SegmentResult | undefined>;
  /** Offsets to take over at (tests), consumed. */
  forced: number[] | undefined;
}

async function validateParts(
  job: SegmentJob,
  split: { at: number; size: number },
  schema: DataSchema,
  validators: readonly ColumnValidator[],
  sinks: SegmentSinks,
  options: PartsOptions,
): Promise<SegmentOutcome> {
  const { parallel, maxExamples, worker, handoff, second, forced } = options;
  const { file } = job;
  const first = validateSegment({ ...job, stopAt: split.at }, sinks);
  const { end } = first;
  if (!endsAt(end, split.at)) {
    handoff.release();
    worker.terminate();
    parallel.onSplit?.({ file, at: split.at, merged: false });
    return end.stop || end.error !== undefined ? first : readOn(first, job, sinks);
  }

  // Tails in the order taken, each just before the one taken before it. A tail that does not end
  // exactly where that one starts has read on to the end of the file (see validateSegmentState), and
  // replaces the ones before.
  const taken: number[] = [];
  let tails: Tail[] = [];
  for (;;) {
    const at = forced?.shift();
    if ((forced && at === undefined) || (!forced && parallel.takeOver !== true)) break;
    const limit = handoff.takeOver((frontier, current) =>
      tailStart(file, frontier, Math.min(current, split.size), forced ? at : undefined),
    );
    if (!forced?.length) handoff.release();
    if (limit === undefined) {
      if (forced) continue;
      break;
    }
    taken.push(limit);
    const upTo = tails.at(-1)?.at;
    const segment = { ...job, from: limit, line: 1, ...(upTo !== undefined && { stopAt: upTo }) };
    const { result } = validateSegmentState({ segment, schema, maxExamples });
    if (upTo !== undefined && !endsAt(result.end, upTo)) tails = [];
    tails.push({ at: limit, result });
  }
  handoff.release();
  const result = await second;
  const lowest = tails.at(-1);
  if (!result || !lowest || !endsAt(result.end, lowest.at)) tails = [];
  parallel.onSplit?.({
    file,
    at: split.at,
    merged: result !== undefined,
    ...(taken.length > 0 && {
      tails: taken.map((at) => ({ at, merged: tails.some((tail) => tail.at === at) })),
    }),
  });
  if (!result) return readOn(first, job, sinks);

  let outcome = first;
  const parts = [{ at: split.at, result }, ...tails.reverse()];
  parts.forEach((part, i) => {
    const next = parts[i + 1]?.at;
    const segment = { ...job, from: part.at, line: 1, ...(next !== undefined && { stopAt: next }) };
    const merged = mergeSegment(part.result, outcome.end.line - 1, validators, sinks, segment);
    outcome = {
      rows: outcome.rows + merged.rows,
      problems: [...outcome.problems, ...merged.problems],
      end: merged.end,
    };
  });
  return outcome;
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
 * Where this thread takes over what the worker has left before `end`: a line start half way (both
 * threads read at about the same speed), or at or past `forced` (tests). Undefined when too little is
 * left, or no line starts there.
 */
function tailStart(
  file: string,
  frontier: number,
  end: number,
  forced: number | undefined,
): number | undefined {
  if (forced === undefined && end - frontier < MIN_TAKE_OVER_BYTES) return undefined;
  const from = Math.floor(
    forced === undefined ? frontier + (end - frontier) / 2 : Math.max(forced, frontier),
  );
  const fd = openSync(file, "r");
  try {
    const at = lineStartAfter(fd, from, end);
    return at !== undefined && at < end ? at : undefined;
  } finally {
    closeSync(fd);
  }
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
