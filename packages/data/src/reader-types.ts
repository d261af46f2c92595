import type { CellValue } from "./value.ts";

/** One data row with the 1-based line it starts on (for Parquet: the 1-based row number). */
export interface Row {
  line: number;
  values: CellValue[];
}

/** What can be wrong with a data file itself; each becomes a finding, never a crash. */
export const FILE_PROBLEM_KINDS = [
  "unreadable",
  "empty-file",
  "header-only",
  "duplicate-columns",
  "ragged-row",
  "unterminated-quote",
  "malformed-csv",
  "invalid-utf8",
  "nul-byte",
  "record-too-long",
  "wrong-delimiter",
  "invalid-json",
  "not-an-object",
] as const;
export type FileProblemKind = (typeof FILE_PROBLEM_KINDS)[number];

export interface FileProblem {
  kind: FileProblemKind;
  file: string;
  /** 1-based; absent when the problem is about the whole file. */
  line?: number;
  message: string;
}

/** What a file validated whole gave: its header, rows and problems. */
export interface FileOutcome {
  /** The header, when the file has one. */
  columns?: string[];
  rows: number;
  /** The file's problems, in the order the row reader reports them. */
  problems: FileProblem[];
}

/** A file that could not be read on from `line`, for `cause` (an error, or the reader's reason). */
export function unreadableFile(file: string, line: number, cause: unknown): FileProblem {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return { kind: "unreadable", file, line, message: `cannot read the file: ${reason}` };
}

/** A reader's output for one file, in order: the header, then rows in batches, with problems between. */
export type ReadEvent =
  | { kind: "header"; file: string; columns: string[] }
  | { kind: "rows"; file: string; rows: Row[] }
  | { kind: "problem"; problem: FileProblem };

export type DataFormat = "csv" | "tsv" | "jsonl" | "parquet";

export interface ReadOptions {
  /** Default: from the file name (`.csv`, `.tsv`, `.jsonl`/`.ndjson`, `.parquet`, each maybe `.gz`), else CSV. */
  format?: DataFormat;
  /** CSV/TSV field delimiter, one character; default: sniffed from the first line (TSV: tab). */
  delimiter?: string;
  /** Longest record accepted, in bytes (default 8 MiB); a longer one is a `record-too-long` finding. */
  maxRecordBytes?: number;
  /** Columns the caller needs (Parquet reads only these); default all. */
  columns?: readonly string[];
  /** Rows per `rows` event (default 2048). */
  batchSize?: number;
}

export const DEFAULT_MAX_RECORD_BYTES = 8 * 1024 * 1024;
export const DEFAULT_BATCH_SIZE = 2048;
