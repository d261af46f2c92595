import type { ColumnState } from "./column-validator.ts";

/** The buffers of validators' states that can move to another thread instead of being copied. */
export function stateBuffers(columns: readonly ColumnState[]): ArrayBuffer[] {
  return columns.flatMap((column) => [
    ...(column.numbers ? [column.numbers.buffer as ArrayBuffer] : []),
    ...(column.distinct
      ? [
          column.distinct.numbers,
          column.distinct.texts.bytes,
          column.distinct.texts.spans,
          ...(column.distinct.integerTexts ? [column.distinct.integerTexts.numbers] : []),
        ].map((array) => array.buffer as ArrayBuffer)
      : []),
  ]);
}
