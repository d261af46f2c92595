import type { FieldBatch } from "./byte-csv-scanner.ts";
import type { ByteTexts } from "./byte-texts.ts";
import type { ColumnValidator } from "./column-validator.ts";

/** Scratch space of `acceptAsciiText`, shared: one batch loop runs at a time in a thread. */
let gathered = Buffer.allocUnsafe(0);
let textEnds = new Int32Array(0);

/**
 * The batch loop of a column whose checks need each cell's text (dates, booleans, `format`, `unique`
 * texts...): the cells are decoded and take the same path as a row's.
 */
export function acceptTextCells(
  column: ColumnValidator,
  batch: FieldBatch,
  rows: Int32Array,
  rowCount: number,
  position: number,
  nullBytes: ByteTexts | undefined,
  nulls: ReadonlySet<string> | undefined,
  file: string,
): void {
  if (batch.ascii) {
    acceptAsciiText(column, batch, rows, rowCount, position, nullBytes, nulls, file);
    return;
  }
  const { bytes, starts, ends, firstField, lines, texts } = batch;
  for (let k = 0; k < rowCount; k++) {
    const r = rows[k] as number;
    const f = (firstField[r] as number) + position;
    const start = starts[f] as number;
    if (start < 0) {
      const text = texts[-1 - start] as string;
      column.accept(nulls?.has(text) ? null : text, file, lines[r] as number);
      continue;
    }
    const end = ends[f] as number;
    if (start === end || nullBytes?.has(bytes, start, end)) column.accept(null, file, lines[r] as number);
    else column.accept(bytes.toString("utf8", start, end), file, lines[r] as number);
  }
}

/**
 * `acceptTextCells` in an ASCII batch: the column's bytes are gathered into one buffer and decoded at
 * once, and each cell is a slice of that text (one decode a cell costs several times more).
 */
function acceptAsciiText(
  column: ColumnValidator,
  batch: FieldBatch,
  rows: Int32Array,
  rowCount: number,
  position: number,
  nullBytes: ByteTexts | undefined,
  nulls: ReadonlySet<string> | undefined,
  file: string,
): void {
  const { bytes, starts, ends, firstField, lines, texts } = batch;
  if (textEnds.length < rowCount) textEnds = new Int32Array(rowCount * 2);
  let length = 0;
  for (let k = 0; k < rowCount; k++) {
    const f = (firstField[rows[k] as number] as number) + position;
    const start = starts[f] as number;
    if (start >= 0) {
      const end = ends[f] as number;
      if (length + end - start > gathered.length) {
        const grown = Buffer.allocUnsafe(Math.max(gathered.length * 2, length + end - start));
        gathered.copy(grown, 0, 0, length);
        gathered = grown;
      }
      for (let b = start; b < end; b++) gathered[length++] = bytes[b] as number;
    }
    textEnds[k] = length;
  }
  const text = gathered.toString("latin1", 0, length);
  let from = 0;
  for (let k = 0; k < rowCount; k++) {
    const r = rows[k] as number;
    const f = (firstField[r] as number) + position;
    const start = starts[f] as number;
    const to = textEnds[k] as number;
    let value: string | null;
    if (start < 0) value = texts[-1 - start] as string;
    else if (to === from) value = null;
    else if (nullBytes?.has(bytes, start, ends[f] as number)) value = null;
    else value = text.slice(from, to);
    from = to;
    column.accept(value !== null && nulls?.has(value) ? null : value, file, lines[r] as number);
  }
}
