import { isAscii } from "node:buffer";
import {
  type Data,
  type Date_,
  type Decimal,
  type FixedSizeBinary,
  type FixedSizeList,
  type Float,
  type Timestamp,
  Type,
} from "apache-arrow";
// Not `util` from the package's index: that would bring all of apache-arrow (IPC included) into the bundle.
import { uint16ToFloat64 } from "apache-arrow/util/math";
import { int64Doubles } from "./int64-doubles.ts";
import type { CellValue } from "./value.ts";

/**
 * The cells of one decoded Arrow column chunk, in row order: what the validator sees of a Parquet value.
 * Numbers as numbers (int64 and decimals too), dates as `YYYY-MM-DD`, timestamps as ISO text in UTC
 * (milliseconds, truncated toward zero), byte arrays as UTF-8 text, lists, structs and maps as JSON.
 * These are the cells the reader gave when hyparquet decoded the file, value for value.
 */
export function arrowCells(data: Data): CellValue[] {
  const cells = new Array<CellValue>(data.length);
  const present = validity(data);
  switch (data.typeId) {
    case Type.Int:
    case Type.Float:
    case Type.Time:
    case Type.Duration: {
      const read = numberReader(data);
      for (let i = 0; i < cells.length; i++) cells[i] = present(i) ? read(i) : null;
      return cells;
    }
    case Type.Utf8:
    case Type.LargeUtf8:
    case Type.Binary:
    case Type.LargeBinary:
      fillTexts(data, present, cells);
      return cells;
    case Type.Bool: {
      const read = boolReader(data);
      for (let i = 0; i < cells.length; i++) cells[i] = present(i) ? read(i) : null;
      return cells;
    }
    case Type.Date: {
      const days = dayTexts();
      const read = dateMillisReader(data);
      for (let i = 0; i < cells.length; i++) cells[i] = present(i) ? days(read(i)) : null;
      return cells;
    }
    case Type.Dictionary: {
      const dictionary = data.dictionary?.data[0];
      const entries = dictionary ? arrowCells(dictionary) : [];
      const indices = data.values as ArrayLike<number | bigint>;
      for (let i = 0; i < cells.length; i++)
        cells[i] = present(i) ? (entries[Number(indices[i])] ?? null) : null;
      return cells;
    }
    default: {
      const read = jsonReader(data);
      for (let i = 0; i < cells.length; i++) cells[i] = present(i) ? cellOfJson(read(i)) : null;
      return cells;
    }
  }
}

/** A numeric column's values as doubles, and which are present (1) or null (0); the cells' numbers. */
export interface ArrowNumbers {
  values: Float64Array;
  /** Undefined when every value is present. */
  present: Uint8Array | undefined;
}

/**
 * The values of an integer or floating-point Arrow column as doubles (int64 as the nearest double, as its
 * cells have it), without a JS value a cell; undefined for any other type.
 */
export function arrowNumbers(data: Data): ArrowNumbers | undefined {
  const isHalf = data.typeId === Type.Float && (data.type as Float).precision === 0;
  if ((data.typeId !== Type.Int && data.typeId !== Type.Float) || isHalf) return undefined;
  const source = data.values as ArrayLike<number | bigint>;
  // IPC buffers may be padded past the last value.
  let values: Float64Array;
  if (source instanceof Float64Array) values = source.subarray(0, data.length);
  else if (source instanceof BigInt64Array || source instanceof BigUint64Array) {
    values = int64Doubles(
      source.buffer as ArrayBuffer,
      source.byteOffset,
      data.length,
      source instanceof BigInt64Array,
    );
  } else {
    values = new Float64Array(data.length);
    values.set((source as Float32Array).subarray(0, data.length));
  }
  const bitmap = data.nullBitmap;
  if (!bitmap || bitmap.length === 0 || data.nullCount === 0) return { values, present: undefined };
  const { offset } = data;
  const present = new Uint8Array(data.length);
  for (let i = 0; i < present.length; i++)
    present[i] = ((bitmap[(offset + i) >> 3] as number) >> ((offset + i) & 7)) & 1;
  return { values, present };
}

/** A top-level value that is not a plain cell (a list, a struct, a map, fixed-size bytes) as JSON text. */
function cellOfJson(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return JSON.stringify(value);
}

/**
 * Whether the value at index `i` is present. apache-arrow slices an array's value and offset buffers, so
 * values are read at `i`, but not its bitmaps (validity, booleans), read at `offset + i`.
 */
function validity(data: Data): (i: number) => boolean {
  if (data.typeId === Type.Null) return () => false;
  const bitmap = data.nullBitmap;
  if (!bitmap || bitmap.length === 0 || data.nullCount === 0) return () => true;
  const { offset } = data;
  return (i) => ((bitmap[(offset + i) >> 3] as number) & (1 << ((offset + i) & 7))) !== 0;
}

/** Integers (int64 as the nearest number), floats (half floats widened), times and durations. */
function numberReader(data: Data): (index: number) => number {
  const values = data.values as ArrayLike<number | bigint>;
  if (data.type.typeId === Type.Float && (data.type as Float).precision === 0) {
    const halves = data.values as Uint16Array;
    return (index) => uint16ToFloat64(halves[index] as number);
  }
  if (values instanceof BigInt64Array || values instanceof BigUint64Array) return int64Reader(values);
  return (index) => values[index] as number;
}

/**
 * A 64-bit integer as the nearest double, read as two 32-bit halves (little-endian, as Arrow's buffers
 * are): `high * 2^32` is exact, so the one rounding of the sum gives what `Number(bigint)` gives, several
 * times faster.
 */
function int64Reader(values: BigInt64Array | BigUint64Array): (index: number) => number {
  const words = new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
  const signed = values instanceof BigInt64Array;
  return (index) => {
    const high = words[2 * index + 1] as number;
    return (signed ? high | 0 : high) * 4_294_967_296 + (words[2 * index] as number);
  };
}

/**
 * Byte-array values as text. An ASCII chunk (the usual case) is decoded once, and each cell is a slice of
 * that text: decoding cell by cell costs several times more.
 */
function fillTexts(data: Data, present: (i: number) => boolean, cells: CellValue[]): void {
  const bytes = data.values as Uint8Array;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const source = data.valueOffsets as Int32Array | BigInt64Array;
  // Large (64-bit) offsets of one batch fit in 32 bits: a batch is far below 2 GiB.
  const offsets = source instanceof BigInt64Array ? Int32Array.from(source, Number) : source;
  const first = offsets[0] as number;
  const last = offsets[cells.length] as number;
  if (isAscii(buffer.subarray(first, last))) {
    const text = buffer.toString("latin1", first, last);
    for (let i = 0; i < cells.length; i++) {
      cells[i] = present(i)
        ? text.slice((offsets[i] as number) - first, (offsets[i + 1] as number) - first)
        : null;
    }
    return;
  }
  for (let i = 0; i < cells.length; i++) {
    cells[i] = present(i) ? buffer.toString("utf8", offsets[i] as number, offsets[i + 1] as number) : null;
  }
}

const DAY_MS = 86_400_000;
const MAX_KEPT_DAYS = 1 << 16;

/** `YYYY-MM-DD` of a UTC midnight, formatted once per day seen (formatting is the costly part). */
function dayTexts(): (millis: number) => string {
  const days = new Map<number, string>();
  return (millis) => {
    // Keyed by the day number, a small integer, which V8 hashes much faster than a millisecond count.
    const key = millis / DAY_MS;
    let day = days.get(key);
    if (day === undefined) {
      if (days.size >= MAX_KEPT_DAYS) days.clear();
      day = new Date(millis).toISOString().slice(0, 10);
      days.set(key, day);
    }
    return day;
  };
}

/** A date's milliseconds since the epoch (date32 counts days, date64 milliseconds). */
function dateMillisReader(data: Data): (index: number) => number {
  const values = data.values as ArrayLike<number | bigint>;
  if ((data.type as Date_).unit === 0) return (index) => (values[index] as number) * DAY_MS;
  // apache-arrow keeps date64 as pairs of 32-bit words.
  if (values instanceof Int32Array) {
    return (index) => (values[2 * index + 1] as number) * 2 ** 32 + ((values[2 * index] as number) >>> 0);
  }
  return (index) => Number(values[index]);
}

/** A timestamp's whole milliseconds since the epoch, truncated toward zero. */
function timestampMillisReader(data: Data): (index: number) => number {
  const values = data.values as BigInt64Array;
  const unit: number = (data.type as Timestamp).unit;
  if (unit === 0) return (index) => Number(values[index] as bigint) * 1000;
  if (unit === 1) return (index) => Number(values[index] as bigint);
  const divisor = unit === 2 ? 1000n : 1_000_000n;
  return (index) => Number((values[index] as bigint) / divisor);
}

/**
 * Reads a value as plain JSON-ready data: numbers, text, booleans, ISO text for dates and timestamps,
 * arrays for lists, objects for structs and maps; a missing value inside them is null, as hyparquet gave.
 */
function jsonReader(data: Data): (index: number) => unknown {
  const { type } = data;
  switch (data.typeId) {
    case Type.Null:
      return () => null;
    case Type.Int:
    case Type.Float:
    case Type.Time:
    case Type.Duration:
      return numberReader(data);
    case Type.Bool:
      return boolReader(data);
    case Type.Utf8:
    case Type.LargeUtf8:
    case Type.Binary:
    case Type.LargeBinary: {
      const bytes = data.values as Uint8Array;
      const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const offsets = data.valueOffsets as ArrayLike<number | bigint>;
      return (index) => buffer.toString("utf8", Number(offsets[index]), Number(offsets[index + 1]));
    }
    case Type.Date: {
      const read = dateMillisReader(data);
      return (index) => new Date(read(index)).toISOString();
    }
    case Type.Timestamp: {
      const read = timestampMillisReader(data);
      return (index) => new Date(read(index)).toISOString();
    }
    case Type.Decimal: {
      const words = data.values as Uint32Array;
      const { bitWidth, scale } = type as Decimal;
      const stride = bitWidth / 32;
      const factor = 10 ** -scale;
      return (index) => Number(decimalInteger(words, index * stride, stride)) * factor;
    }
    case Type.FixedSizeBinary: {
      const bytes = data.values as Uint8Array;
      const width = (type as FixedSizeBinary).byteWidth;
      return (index) => ({ ...bytes.subarray(index * width, (index + 1) * width) });
    }
    case Type.Dictionary: {
      const dictionary = data.dictionary?.data[0];
      const entries = dictionary ? nullable(dictionary, jsonReader(dictionary)) : () => null;
      const indices = data.values as ArrayLike<number | bigint>;
      return (index) => entries(Number(indices[index]));
    }
    case Type.List:
    case Type.LargeList:
    case Type.Map: {
      const offsets = data.valueOffsets as ArrayLike<number | bigint>;
      const child = data.children[0] as Data;
      const item = nullable(child, jsonReader(child));
      const range = (index: number): [number, number] => [Number(offsets[index]), Number(offsets[index + 1])];
      if (data.typeId === Type.Map) return mapReader(child, range);
      return (index) => {
        const [start, end] = range(index);
        const items = new Array<unknown>(end - start);
        for (let k = start; k < end; k++) items[k - start] = item(k);
        return items;
      };
    }
    case Type.FixedSizeList: {
      const child = data.children[0] as Data;
      const item = nullable(child, jsonReader(child));
      const size = (type as FixedSizeList).listSize;
      return (index) => Array.from({ length: size }, (_, k) => item(index * size + k));
    }
    case Type.Struct: {
      const fields = data.children.map((child, i) => ({
        name: type.children[i]?.name as string,
        read: nullable(child, jsonReader(child)),
      }));
      return (index) => {
        const value: Record<string, unknown> = {};
        for (const field of fields) value[field.name] = field.read(index);
        return value;
      };
    }
    default:
      throw new Error(`the Arrow type ${String(type)} is not supported`);
  }
}

/** `read`, or null where the value is null. */
function nullable(data: Data, read: (index: number) => unknown): (index: number) => unknown {
  const present = validity(data);
  return (index) => (present(index) ? read(index) : null);
}

function boolReader(data: Data): (index: number) => boolean {
  const bits = data.values as Uint8Array;
  const { offset } = data;
  return (index) => ((bits[(offset + index) >> 3] as number) & (1 << ((offset + index) & 7))) !== 0;
}

/** A map's entries as an object, keyed by the text of each key. */
function mapReader(entries: Data, range: (index: number) => [number, number]): (index: number) => unknown {
  const [keys, values] = entries.children as [Data, Data];
  const key = nullable(keys, jsonReader(keys));
  const value = nullable(values, jsonReader(values));
  return (index) => {
    const [start, end] = range(index);
    const map: Record<string, unknown> = {};
    for (let k = start; k < end; k++) map[String(key(k))] = value(k);
    return map;
  };
}

/** A decimal's unscaled integer: `stride` little-endian 32-bit words, two's complement. */
function decimalInteger(words: Uint32Array, start: number, stride: number): bigint {
  let value = 0n;
  for (let word = stride - 1; word >= 0; word--)
    value = (value << 32n) | BigInt(words[start + word] as number);
  return BigInt.asIntN(stride * 32, value);
}
