import { isUtf8 } from "node:buffer";
import { type Data, Type } from "apache-arrow";
import { arrowCells } from "./parquet-cells.ts";
import type { CellValue } from "./value.ts";

/**
 * A text column's values as UTF-8: value `i` is `bytes[starts[i], ends[i])` (in an Arrow column, each
 * value ends where the next starts; a column read from Parquet pages has each value where its page holds it).
 */
export interface ArrowTexts {
  bytes: Buffer;
  starts: Int32Array;
  ends: Int32Array;
  /** 1 where a value is present, 0 where it is null; undefined when every value is present. */
  present: Uint8Array | undefined;
}

/**
 * The values of a text (or binary) Arrow column as bytes, when they are valid UTF-8 without a NUL: then
 * each value's bytes are exactly the UTF-8 of its cell's text (`arrowCells`), and byte tests read them as
 * they would the text. Undefined for any other column.
 */
export function arrowTexts(data: Data): ArrowTexts | undefined {
  const { typeId } = data;
  if (
    typeId !== Type.Utf8 &&
    typeId !== Type.LargeUtf8 &&
    typeId !== Type.Binary &&
    typeId !== Type.LargeBinary
  )
    return undefined;
  const raw = data.values as Uint8Array;
  const bytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  const source = data.valueOffsets as Int32Array | BigInt64Array;
  // Large (64-bit) offsets of one batch fit in 32 bits: a batch is far below 2 GiB.
  const offsets =
    source instanceof BigInt64Array ? Int32Array.from(source.subarray(0, data.length + 1), Number) : source;
  const used = bytes.subarray(offsets[0] as number, offsets[data.length] as number);
  if (!isUtf8(used) || used.includes(0)) return undefined;
  const { length } = data;
  return {
    bytes,
    starts: offsets.subarray(0, length),
    ends: offsets.subarray(1, length + 1),
    present: arrowPresence(data),
  };
}

/** A dictionary-encoded column: value `i` is `entries[indices[i]]` where `present` has it. */
export interface ArrowDictionary {
  /** The dictionary's cells, as `arrowCells` gives them. */
  entries: CellValue[];
  indices: ArrayLike<number | bigint>;
  present: Uint8Array | undefined;
  /** True when every index is known to be one of the entries' (read from the pages, each checked). */
  indicesChecked?: boolean;
}

/** The dictionary and indices of a dictionary-encoded Arrow column; undefined for any other column. */
export function arrowDictionary(data: Data): ArrowDictionary | undefined {
  if (data.typeId !== Type.Dictionary) return undefined;
  const dictionary = data.dictionary?.data[0];
  return {
    entries: dictionary ? arrowCells(dictionary) : [],
    indices: data.values as ArrayLike<number | bigint>,
    present: arrowPresence(data),
  };
}

/**
 * Which values are present (1) or null (0), undefined when all are. apache-arrow slices the value buffers
 * of a column but not its validity bitmap: value `i` is bit `offset + i`.
 */
export function arrowPresence(data: Data): Uint8Array | undefined {
  if (data.typeId === Type.Null) return new Uint8Array(data.length);
  const bitmap = data.nullBitmap;
  if (!bitmap || bitmap.length === 0 || data.nullCount === 0) return undefined;
  const { offset } = data;
  const present = new Uint8Array(data.length);
  for (let i = 0; i < present.length; i++)
    present[i] = ((bitmap[(offset + i) >> 3] as number) >> ((offset + i) & 7)) & 1;
  return present;
}
