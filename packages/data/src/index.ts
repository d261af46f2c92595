// Data validation without any GitHub runtime: streaming readers, the schema, validation and inference.

// Schema mistakes are SourceErrors (file:line:col); re-exported so callers need not know where they live.
export { formatLocation, SourceError, type SourceLocation } from "@mlops-actions/metrics";
export type { CheckResult, CheckScope, Example } from "./check-result.ts";
export { type InferOptions, type InferResult, type InferredColumn, inferSchema } from "./infer.ts";
export { parseSchema, readSchemaFile, SCHEMA_KEYS } from "./parse-schema.ts";
export { formatFromName, readDataset, readFile } from "./read-dataset.ts";
export {
  type DataFormat,
  DEFAULT_MAX_RECORD_BYTES,
  FILE_PROBLEM_KINDS,
  type FileProblem,
  type FileProblemKind,
  type ReadEvent,
  type ReadOptions,
  type Row,
} from "./reader-types.ts";
export { renderInferredSchema } from "./render-inferred.ts";
export type { ColumnSpec, DataSchema, DatasetSpec, Range, Severity } from "./schema.ts";
export { sniffDelimiter } from "./sniff-delimiter.ts";
export {
  type FileSummary,
  type ParallelOptions,
  type ValidateOptions,
  type ValidationResult,
  validateDataset,
} from "./validate.ts";
export { isValidationWorker, serveValidationWorker } from "./validate-worker.ts";
export { type CellValue, COLUMN_TYPES, type ColumnType, DATE_FORMATS } from "./value.ts";
