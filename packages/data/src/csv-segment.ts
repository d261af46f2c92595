import { closeSync, openSync } from "node:fs";
import { type FieldBatch, fieldText } from "./byte-csv-scanner.ts";
import type { ByteTexts } from "./byte-texts.ts";
import type { BatchColumn } from "./column-validator.ts";
import { type RangeEnd, scanFileRange } from "./csv-range.ts";
import { NUL_MARK, REPLACEMENT_MARK } from "./csv-scanner.ts";
import type { DatasetRules } from "./dataset-rules.ts";
import type { FileProblem } from "./reader-types.ts";
import type { CellValue } from "./value.ts";

/** One byte range of a CSV file to validate, from a record boundary. */
export interface SegmentJob {
  file: string;
  delimiter: string;
  maxRecordBytes: number;
  from: number;
  line: number;
  /** End at the first record boundary at or after this offset (default: the end of the file). */
  stopAt?: number;
  /** The file's header. */
  columns: string[];
  /** Each schema column's field in the file (-1: missing). */
  positions: number[];
}

/** Where the checks of a segment go. */
export interface SegmentSinks {
  /** By schema column (undefined: the column is not read). */
  validators: readonly (BatchColumn | undefined)[];
  /** Row rules (undefined: none are checked). */
  rules?: DatasetRules;
  /** Texts meaning a missing value, as text and as bytes (undefined when there are none). */
  nulls: ReadonlySet<string> | undefined;
  nullBytes: ByteTexts | undefined;
}

export interface SegmentOutcome {
  rows: number;
  problems: FileProblem[];
  end: RangeEnd;
}

/**
 * Validates the records of one byte range of a CSV file, in order, into `sinks`: rows go to the column
 * validators a batch and a column at a time, records with the wrong field count and marked records
 * become problems as `readCsv` reports them. Reads synchronously.
 */
export function validateSegment(job: SegmentJob, sinks: SegmentSinks): SegmentOutcome {
  const { file, columns, positions } = job;
  const { validators, rules, nulls, nullBytes } = sinks;
  const problems: FileProblem[] = [];
  const width = columns.length;
  const index = new Map<string, number>();
  columns.forEach((name, i) => {
    if (!index.has(name)) index.set(name, i);
  });
  // Row rules read only their columns (all of them for duplicate rows): the other fields stay null.
  const ruleColumns = rules?.hasRowRules ? rules.neededColumns() : undefined;
  const decoded = columns.map((name) => ruleColumns === undefined || ruleColumns.includes(name));
  let rows = 0;
  let rowRecords = new Int32Array(1024);
  const onBatch = (batch: FieldBatch) => {
    let rowCount = 0;
    let batchRows: Int32Array;
    // The usual batch: no marks, and every record as wide as the header, so every record is a row.
    if (!batch.marked && batch.fieldsPerRecord === width) {
      rowCount = batch.records;
      batchRows = identityRows(rowCount);
    } else {
      if (rowRecords.length < batch.records) rowRecords = new Int32Array(batch.records * 2);
      for (let r = 0; r < batch.records; r++) {
        const marks = batch.marks[r] as number;
        const line = batch.lines[r] as number;
        if (marks !== 0) problems.push(...markProblems(file, line, marks));
        const fields = (batch.firstField[r + 1] as number) - (batch.firstField[r] as number);
        if (fields !== width) {
          problems.push({
            kind: "ragged-row",
            file,
            line,
            message: `the row has ${fields} field(s); the header has ${width}`,
          });
        } else rowRecords[rowCount++] = r;
      }
      batchRows = rowRecords;
    }
    for (let i = 0; i < validators.length; i++) {
      const position = positions[i] ?? -1;
      if (position >= 0)
        validators[i]?.acceptBatch(batch, batchRows, rowCount, position, nullBytes, nulls, file);
    }
    if (rules?.hasRowRules) {
      for (let k = 0; k < rowCount; k++) {
        const r = batchRows[k] as number;
        const first = batch.firstField[r] as number;
        const values: CellValue[] = [];
        for (let c = 0; c < width; c++) {
          const text = decoded[c] ? fieldText(batch, first + c) : "";
          values.push(text === "" ? null : text);
        }
        const cell = (column: string): CellValue => {
          const value = values[index.get(column) ?? -1] ?? null;
          return typeof value === "string" && nulls?.has(value) ? null : value;
        };
        rules.acceptRow(cell, values, file, batch.lines[r] as number);
      }
    }
    rows += rowCount;
  };
  const fd = openSync(file, "r");
  try {
    const end = scanFileRange(
      fd,
      {
        delimiter: job.delimiter,
        maxRecordBytes: job.maxRecordBytes,
        from: job.from,
        line: job.line,
        ...(job.stopAt !== undefined && { stopAt: job.stopAt }),
      },
      onBatch,
    );
    return { rows, problems, end };
  } finally {
    closeSync(fd);
  }
}

/** `[0, 1, ..., count - 1]`: the records of a batch where every record is a row (shared, not to write). */
function identityRows(count: number): Int32Array {
  if (identity.length < count)
    identity = Int32Array.from({ length: Math.max(count, identity.length * 2) }, (_, i) => i);
  return identity;
}

let identity = Int32Array.from({ length: 1024 }, (_, i) => i);

/** The problems `readCsv` reports for a record's marks, in its order. */
export function markProblems(file: string, line: number, marks: number): FileProblem[] {
  const problems: FileProblem[] = [];
  if (marks & REPLACEMENT_MARK)
    problems.push({ kind: "invalid-utf8", file, line, message: "invalid UTF-8 bytes" });
  if (marks & NUL_MARK) problems.push({ kind: "nul-byte", file, line, message: "a NUL byte (binary data?)" });
  return problems;
}
