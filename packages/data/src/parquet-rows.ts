import type { Row } from "./reader-types.ts";
import type { CellValue } from "./value.ts";

/**
 * Rows `from` to `from + count` of decoded columns, `columns[position]` being the cells of the column at
 * that position (undefined when it was not read: its cells are null); the first row's line is `line`.
 * Built row by row, each row's array filled once in order: far cheaper for V8 than writing column by column.
 */
export function buildRows(
  columns: readonly (readonly CellValue[] | undefined)[],
  from: number,
  count: number,
  line: number,
): Row[] {
  const width = columns.length;
  const rows = new Array<Row>(count);
  for (let index = 0; index < count; index++) {
    const values = new Array<CellValue>(width);
    for (let position = 0; position < width; position++) {
      values[position] = columns[position]?.[from + index] ?? null;
    }
    rows[index] = { line: line + index, values };
  }
  return rows;
}
