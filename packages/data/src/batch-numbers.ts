import type { FieldBatch } from "./byte-csv-scanner.ts";
import { readDateBytes } from "./byte-date.ts";
import { readShortInteger, readShortNumber } from "./byte-number.ts";
import type { ByteTexts } from "./byte-texts.ts";
import type { ColumnValidator } from "./column-validator.ts";

/**
 * The batch loop of an integer, number or date column: each number (a date's day number) is read from
 * the bytes, counted in the statistics and distinct values the column keeps, and passes when it is
 * within the column's bounds; only a failing cell (or one the byte reader cannot decide) is decoded,
 * and passes are counted in bulk.
 */
export function acceptNumberCells(
  column: ColumnValidator,
  batch: FieldBatch,
  rows: Int32Array,
  rowCount: number,
  position: number,
  nullBytes: ByteTexts | undefined,
  nulls: ReadonlySet<string> | undefined,
  file: string,
): void {
  const { bytes, starts, ends, firstField, lines, marks, texts } = batch;
  const { fraction, dateLayout, low, high, moments, numbers, seen, uniqueTally } = column;
  let passed = 0;
  let unique = 0;
  // Every record of the batch is a row: record `k` is row `k`, its fields `width` apart.
  const uniform = rowCount === batch.records;
  const width = (firstField[1] as number) - (firstField[0] as number);
  const first = (firstField[0] as number) + position;
  for (let k = 0; k < rowCount; k++) {
    const r = uniform ? k : (rows[k] as number);
    const f = uniform ? first + k * width : (firstField[r] as number) + position;
    const start = starts[f] as number;
    if (start < 0) {
      const text = texts[-1 - start] as string;
      column.accept(nulls?.has(text) ? null : text, file, lines[r] as number);
      continue;
    }
    const end = ends[f] as number;
    if (start === end || nullBytes?.has(bytes, start, end)) {
      column.accept(null, file, lines[r] as number);
      continue;
    }
    if (marks[r] !== 0) {
      column.accept(bytes.toString("utf8", start, end), file, lines[r] as number);
      continue;
    }
    const value =
      dateLayout !== undefined
        ? readDateBytes(bytes, start, end, dateLayout)
        : fraction
          ? readShortNumber(bytes, start, end, true)
          : readShortInteger(bytes, start, end);
    if (Number.isNaN(value)) {
      // Not a date: the general path counts the type failure. A number the byte reader cannot decide
      // is read again.
      if (dateLayout !== undefined)
        column.accept(bytes.toString("utf8", start, end), file, lines[r] as number);
      else if (column.acceptNumberBytes(bytes, start, end, file, lines[r] as number)) passed++;
      continue;
    }
    if (moments !== undefined) moments.update(value);
    if (numbers !== undefined) numbers.push(value);
    if (seen !== undefined) {
      if (seen.addNumber(value)) unique++;
      else uniqueTally?.failBytes(bytes, start, end, file, lines[r] as number);
    }
    if (value >= low && value <= high) passed++;
    else column.acceptOutOfBounds(value, bytes, start, end, file, lines[r] as number);
  }
  column.countPassed(passed);
  if (uniqueTally !== undefined) uniqueTally.evaluated += unique;
}
