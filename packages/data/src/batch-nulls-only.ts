import type { FieldBatch } from "./byte-csv-scanner.ts";
import type { ByteTexts } from "./byte-texts.ts";
import type { ColumnValidator } from "./column-validator.ts";

/**
 * The batch loop of a text column with no value check (`note: {}`): a non-null cell always passes, so
 * only the missing ones are looked at; nothing is decoded.
 */
export function acceptNullsOnly(
  column: ColumnValidator,
  batch: FieldBatch,
  rows: Int32Array,
  rowCount: number,
  position: number,
  nullBytes: ByteTexts | undefined,
  nulls: ReadonlySet<string> | undefined,
  file: string,
): void {
  column.countPassed(nonNullCells(column, batch, rows, rowCount, position, nullBytes, nulls, file));
}

/**
 * `acceptNullsOnly`' loop; returns the non-null cells for the caller to count (see batch-numbers.ts:
 * code after a hot loop is best kept out of the loop's function).
 */
function nonNullCells(
  column: ColumnValidator,
  batch: FieldBatch,
  rows: Int32Array,
  rowCount: number,
  position: number,
  nullBytes: ByteTexts | undefined,
  nulls: ReadonlySet<string> | undefined,
  file: string,
): number {
  const { bytes, starts, ends, firstField, lines, texts } = batch;
  let passed = 0;
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
    } else passed++;
  }
  return passed;
}
