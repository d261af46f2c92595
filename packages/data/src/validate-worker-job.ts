import { nullTexts } from "./byte-texts.ts";
import { stateBuffers } from "./column-state-buffers.ts";
import { type ColumnState, ColumnValidator } from "./column-validator.ts";
import { type SegmentJob, type SegmentOutcome, validateSegment } from "./csv-segment.ts";
import { DatasetRules, type DatasetRulesState } from "./dataset-rules.ts";
import type { DataSchema } from "./schema.ts";

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
}

/** Validates a segment into new validators and rules and returns their state, with the buffers to transfer. */
export function validateSegmentState(job: SegmentStateJob): {
  result: SegmentResult;
  transfer: ArrayBuffer[];
} {
  const { segment, schema, maxExamples } = job;
  const validators = schema.columns.map((spec) => new ColumnValidator(spec, maxExamples));
  const rules = new DatasetRules(schema, maxExamples, true);
  const sinks = { validators, rules, ...nullTexts(schema.nullValues) };
  const outcome = validateSegment(segment, sinks);
  const columns = validators.map((validator) => validator.state());
  return { result: { ...outcome, columns, rules: rules.state() }, transfer: stateBuffers(columns) };
}

/** Whole files to validate, in order, into validators of their own (see `startFilesSplit`). */
export interface FilesStateJob {
  files: SegmentJob[];
  schema: DataSchema;
  maxExamples: number;
}

/** Each file's outcome, and the state of the validators after the last. */
export interface FilesResult {
  outcomes: SegmentOutcome[];
  columns: ColumnState[];
}

/** Validates whole files, one after the other, into new validators, and returns their state. */
export function validateFilesState(job: FilesStateJob): { result: FilesResult; transfer: ArrayBuffer[] } {
  const { files, schema, maxExamples } = job;
  const validators = schema.columns.map((spec) => new ColumnValidator(spec, maxExamples));
  const sinks = { validators, ...nullTexts(schema.nullValues) };
  const outcomes = files.map((file) => validateSegment(file, sinks));
  const columns = validators.map((validator) => validator.state());
  return { result: { outcomes, columns }, transfer: stateBuffers(columns) };
}
