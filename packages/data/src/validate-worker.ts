import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { ByteTexts } from "./byte-texts.ts";
import { type ColumnState, ColumnValidator } from "./column-validator.ts";
import { type SegmentJob, type SegmentOutcome, validateSegment } from "./csv-segment.ts";
import { DatasetRules, type DatasetRulesState } from "./dataset-rules.ts";
import type { DataSchema } from "./schema.ts";

const WORKER_TAG = "@mlops-actions/data:validate-segment";

/** A worker's `workerData`. */
interface WorkerData {
  tag: typeof WORKER_TAG;
  job: WorkerJob;
}

interface WorkerJob {
  segment: SegmentJob;
  schema: DataSchema;
  maxExamples: number;
}

/** A segment's outcome with the state of its validators and rules, lines counted from the segment. */
export interface SegmentResult extends SegmentOutcome {
  columns: ColumnState[];
  rules: DatasetRulesState;
}

/** True in a worker thread that `validateDataset` started to validate a segment of a file. */
export function isValidationWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerData> | null)?.tag === WORKER_TAG;
}

/**
 * The work of a validation worker: validates its segment with validators of its own and posts back
 * their state, for the main thread to merge. A script given as `parallel.workerScript` calls this when
 * `isValidationWorker()`.
 */
export function serveValidationWorker(): void {
  if (!isValidationWorker()) throw new Error("serveValidationWorker runs only in a validation worker");
  const { segment, schema, maxExamples } = (workerData as WorkerData).job;
  const validators = schema.columns.map((spec) => new ColumnValidator(spec, maxExamples));
  const rules = new DatasetRules(schema, maxExamples, true);
  const nulls = schema.nullValues.length > 0 ? new Set(schema.nullValues) : undefined;
  const nullBytes = nulls && new ByteTexts(nulls);
  const outcome = validateSegment(segment, { validators, rules, nulls, nullBytes });
  const columns = validators.map((validator) => validator.state());
  const result: SegmentResult = { ...outcome, columns, rules: rules.state() };
  const transfer = columns.flatMap((column) => [
    ...(column.numbers ? [column.numbers.buffer as ArrayBuffer] : []),
    ...(column.distinct ? [column.distinct.numbers.buffer as ArrayBuffer] : []),
  ]);
  parentPort?.postMessage(result, transfer);
}

/** A segment validated in a worker thread: its result (undefined if the worker failed), or cancel it. */
export interface SegmentWorker {
  result: Promise<SegmentResult | undefined>;
  cancel(): void;
}

export function startSegmentWorker(
  script: string | URL,
  job: SegmentJob,
  schema: DataSchema,
  maxExamples: number,
): SegmentWorker {
  const data: WorkerData = { tag: WORKER_TAG, job: { segment: job, schema, maxExamples } };
  const worker = new Worker(script, { workerData: data });
  const result = new Promise<SegmentResult | undefined>((resolve) => {
    worker.once("message", (message: SegmentResult) => resolve(message));
    worker.once("error", () => resolve(undefined));
    worker.once("exit", () => resolve(undefined));
  });
  return { result, cancel: () => void worker.terminate() };
}
