import { ByteTexts } from "./byte-texts.ts";
import { stateBuffers } from "./column-state-buffers.ts";
import { type ColumnState, ColumnValidator } from "./column-validator.ts";
import { type SegmentJob, type SegmentOutcome, validateSegment } from "./csv-segment.ts";
import { DatasetRules, type DatasetRulesState } from "./dataset-rules.ts";
import type { DataSchema } from "./schema.ts";
import { RangeHandoff } from "./validate-worker-handoff.ts";

/** A segment's outcome with the state of its validators and rules, lines counted from the segment. */
export interface SegmentResult extends SegmentOutcome {
  columns: ColumnState[];
  rules: DatasetRulesState;
}

/** A segment to validate into validators of its own, for their state to be merged into others. */
export interface SegmentStateJob {
  segment: SegmentJob;
  schema: DataSchema;
  maxExamples: number;
  /** A `RangeHandoff`'s buffer: another thread may take over the end of the segment. */
  handoff?: SharedArrayBuffer;
}

/**
 * Validates a segment into new validators and rules and returns their state, with the buffers to
 * transfer. When where it was to stop (`stopAt`, or a handoff's limit) turns out not to be a record
 * boundary (it fell inside a quoted field), the segment is read on to the end of the file: the thread
 * that validated from there is told so by where this one ended.
 */
export function validateSegmentState(job: SegmentStateJob): {
  result: SegmentResult;
  transfer: ArrayBuffer[];
} {
  const { segment, schema, maxExamples } = job;
  const validators = schema.columns.map((spec) => new ColumnValidator(spec, maxExamples));
  const rules = new DatasetRules(schema, maxExamples, true);
  const nulls = schema.nullValues.length > 0 ? new Set(schema.nullValues) : undefined;
  const sinks = { validators, rules, nulls, nullBytes: nulls && new ByteTexts(nulls) };
  const handoff = job.handoff && new RangeHandoff(job.handoff);
  let limit = Number.POSITIVE_INFINITY;
  const claim = handoff && ((reach: number) => (limit = handoff.claim(reach)));
  let outcome = validateSegment({ ...segment, ...(claim && { claim }) }, sinks);
  const { end } = outcome;
  if (end.boundary && end.end > Math.min(limit, segment.stopAt ?? limit)) {
    const { stopAt: _, ...toEnd } = segment;
    const rest = validateSegment({ ...toEnd, from: end.end, line: end.line }, sinks);
    outcome = {
      rows: outcome.rows + rest.rows,
      problems: [...outcome.problems, ...rest.problems],
      end: rest.end,
    };
  }
  const columns = validators.map((validator) => validator.state());
  return { result: { ...outcome, columns, rules: rules.state() }, transfer: stateBuffers(columns) };
}
