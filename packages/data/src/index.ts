// Data validation without any GitHub runtime: streaming readers, the schema, validation and inference.

// Schema mistakes are SourceErrors (file:line:col); re-exported so callers need not know where they live.
export { formatLocation, SourceError, type SourceLocation } from "@mlops-actions/metrics/source-error";
// The byte-level CSV reading, for callers that read cells from bytes (drift-check's profiles).
export type { FieldBatch } from "./byte-csv-scanner.ts";
export type { CheckResult, CheckScope, Example } from "./check-result.ts";
export { readCsvHeader, scanFileRange } from "./csv-range.ts";
export { markProblems } from "./csv-segment.ts";
export { fileProblemResults } from "./file-problems.ts";
export { type InferOptions, type InferResult, type InferredColumn, inferSchema } from "./infer.ts";
export { parseSchema, readSchemaFile, SCHEMA_KEYS } from "./parse-schema.ts";
export { headerProblems, stopProblem } from "./read-csv.ts";
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
export { NOT_SHORT, shortDecimal, shortDecimalBytes } from "./short-decimal.ts";
export { sniffDelimiter } from "./sniff-delimiter.ts";
export {
  type FileSummary,
  type ParallelOptions,
  type ValidateOptions,
  type ValidationResult,
  validateDataset,
} from "./validate.ts";
export { type BytePlan, byteReadable } from "./validate-csv-bytes.ts";
export { isValidationWorker, serveValidationWorker } from "./validate-worker.ts";
export { type CellValue, COLUMN_TYPES, type ColumnType, DATE_FORMATS } from "./value.ts";
