import { closeSync, openSync } from "node:fs";
import {
  type BytePlan,
  type FieldBatch,
  type FileProblem,
  headerProblems,
  markProblems,
  NOT_SHORT,
  readCsvHeader,
  scanFileRange,
  shortDecimalBytes,
  stopProblem,
} from "@mlops-actions/data";
import { type ProfiledCell, profileCell } from "./cell.ts";
import type { ColumnProfile } from "./column-profile.ts";
import type { DatasetProfile } from "./dataset-profile.ts";
import { DriftInputError } from "./errors.ts";

/**
 * Cells of at most this many bytes that are not plain decimals (categories like "a", "yes", "NA") are
 * classified once per column and file and remembered by their bytes: no string is made for them again,
 * and the same string goes to the category counts each time.
 */
const SHORT_BYTES = 4;
const MAX_SHORT_CELLS = 4096;

/**
 * Profiles one plain CSV/TSV file (see `byteReadable`) into `part` from its bytes, as `readDataset`'s rows
 * would: the same cells in the same order, so the same profile. A plain decimal is read from the bytes;
 * only the other cells become strings, classified by `profileCell`. The first file problem the row reader
 * would report fails with its `file:line: message` (a header-only file is an empty profile).
 */
export function profileCsvBytes(
  file: string,
  plan: BytePlan,
  part: DatasetProfile,
  maxRecordBytes: number,
): void {
  const { delimiter } = plan;
  const fd = openSync(file, "r");
  try {
    const found = readCsvHeader(fd, { delimiter, maxRecordBytes });
    const { header } = found;
    if (!header) {
      if (found.error !== undefined) fail(unreadable(file, 1, found.error));
      if (found.stop) fail(stopProblem(found.stop, file, maxRecordBytes));
      fail({ kind: "empty-file", file, message: "the file has no records" });
    }
    const columns = header.fields;
    const [markProblem] = markProblems(file, header.line, header.marks);
    if (markProblem) fail(markProblem);
    for (const event of headerProblems(file, header.line, columns, delimiter)) {
      if (event.kind === "problem") fail(event.problem);
    }
    const targets = columns.map((name) => part.column(name));
    const shortCells = columns.map(() => new Map<number, ProfiledCell>());
    const onBatch = (batch: FieldBatch) => {
      for (let r = 0; r < batch.records; r++) {
        const marks = batch.marks[r] as number;
        const line = batch.lines[r] as number;
        if (marks !== 0) fail(markProblems(file, line, marks)[0] as FileProblem);
        const fields = (batch.firstField[r + 1] as number) - (batch.firstField[r] as number);
        if (fields !== columns.length) {
          fail({
            kind: "ragged-row",
            file,
            line,
            message: `the row has ${fields} field(s); the header has ${columns.length}`,
          });
        }
      }
      for (let column = 0; column < targets.length; column++) {
        addColumn(
          targets[column] as ColumnProfile,
          batch,
          column,
          shortCells[column] as Map<number, ProfiledCell>,
        );
      }
      part.rows += batch.records;
    };
    const end = scanFileRange(
      fd,
      { delimiter, maxRecordBytes, from: header.dataStart, line: header.dataLine },
      onBatch,
    );
    if (end.error !== undefined) fail(unreadable(file, end.line, end.error));
    if (end.stop) fail(stopProblem(end.stop, file, maxRecordBytes));
  } finally {
    closeSync(fd);
  }
}

/**
 * One column's cells of the batch, in row order, as `profileCell` classifies their texts (every record
 * is a row: a ragged one has failed the file).
 */
function addColumn(
  target: ColumnProfile,
  batch: FieldBatch,
  column: number,
  shortCells: Map<number, ProfiledCell>,
): void {
  const { bytes, starts, ends, firstField, texts, records } = batch;
  for (let r = 0; r < records; r++) {
    const f = (firstField[r] as number) + column;
    const start = starts[f] as number;
    let cell: ProfiledCell;
    if (start < 0) {
      const text = texts[-1 - start] as string;
      cell = text === "" ? null : profileCell(text);
    } else {
      const end = ends[f] as number;
      if (start === end) cell = null;
      else {
        // A plain decimal of at most 15 digits: the value profileCell's fast path gives for its text.
        const value = shortDecimalBytes(bytes, start, end, true);
        if (value !== undefined && value !== NOT_SHORT) cell = value;
        else if (end - start <= SHORT_BYTES) {
          const key = shortKey(bytes, start, end);
          const known = shortCells.get(key);
          if (known !== undefined) cell = known;
          else {
            cell = profileCell(bytes.toString("utf8", start, end));
            if (shortCells.size < MAX_SHORT_CELLS) shortCells.set(key, cell);
          }
        } else cell = profileCell(bytes.toString("utf8", start, end));
      }
    }
    target.update(cell);
  }
}

/** A short text's bytes and length as one number: distinct texts give distinct keys. */
function shortKey(bytes: Uint8Array, start: number, end: number): number {
  let key = 0;
  for (let i = start; i < end; i++) key = key * 256 + (bytes[i] as number);
  return key * 8 + (end - start);
}

function fail(problem: FileProblem): never {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  throw new DriftInputError(`${where}: ${problem.message}`);
}

function unreadable(file: string, line: number, reason: string): FileProblem {
  return { kind: "unreadable", file, line, message: `cannot read the file: ${reason}` };
}
