import { nullTexts } from "./byte-texts.ts";
import { stateBuffers } from "./column-state-buffers.ts";
import { type ColumnState, ColumnValidator } from "./column-validator.ts";
import type { FileOutcome } from "./reader-types.ts";
import type { ColumnSpec, DataSchema } from "./schema.ts";
import { validateParquetFile } from "./validate-parquet-columns.ts";

/** Some columns of a Parquet file, validated into validators of their own (the schema's, by index). */
export interface ParquetColumnsJob {
  file: string;
  schema: DataSchema;
  columns: number[];
  maxExamples: number;
}

/**
 * What a worker saw of its columns: how many rows, whether the file had any problem (the thread that
 * split the file then validates it alone again, so that a damaged file reads as on one thread), and the
 * state of each validator, in the order of the job's `columns`.
 */
export interface ParquetColumnsResult {
  rows: number;
  problems: number;
  columns: ColumnState[];
}

/** Validates the job's columns of its file and returns their state, with the buffers to transfer. */
export async function validateParquetColumnsState(
  job: ParquetColumnsJob,
): Promise<{ result: ParquetColumnsResult; transfer: ArrayBuffer[] }> {
  const { file, schema, maxExamples } = job;
  const validators = job.columns.map(
    (index) => new ColumnValidator(schema.columns[index] as ColumnSpec, maxExamples),
  );
  const { nulls, nullBytes } = nullTexts(schema.nullValues);
  const { rows, problems } = await validateParquetFile(file, validators, nulls, nullBytes);
  const columns = validators.map((validator) => validator.state());
  return { result: { rows, problems: problems.length, columns }, transfer: stateBuffers(columns) };
}

/** Whole Parquet files to validate, in order, into validators of their own (see `startParquetFilesSplit`). */
export interface ParquetFilesJob {
  files: string[];
  schema: DataSchema;
  maxExamples: number;
}

/** Each file's outcome, and the state of the validators after the last. */
export interface ParquetFilesResult {
  outcomes: FileOutcome[];
  columns: ColumnState[];
}

/** Validates whole Parquet files, one after the other, into new validators, and returns their state. */
export async function validateParquetFilesState(
  job: ParquetFilesJob,
): Promise<{ result: ParquetFilesResult; transfer: ArrayBuffer[] }> {
  const { schema, maxExamples } = job;
  const validators = schema.columns.map((spec) => new ColumnValidator(spec, maxExamples));
  const { nulls, nullBytes } = nullTexts(schema.nullValues);
  const outcomes: FileOutcome[] = [];
  for (const file of job.files) outcomes.push(await validateParquetFile(file, validators, nulls, nullBytes));
  const columns = validators.map((validator) => validator.state());
  return { result: { outcomes, columns }, transfer: stateBuffers(columns) };
}
