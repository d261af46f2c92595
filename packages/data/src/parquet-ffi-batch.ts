import {
  Binary,
  Bool,
  type Data,
  type DataType,
  DateDay,
  Field,
  Float32,
  Float64,
  Int8,
  Int16,
  Int32,
  Int64,
  LargeBinary,
  LargeUtf8,
  makeData,
  Timestamp,
  TimeUnit,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Utf8,
} from "apache-arrow";
import {
  type RecordBatch as WasmRecordBatch,
  type Schema as WasmSchema,
  wasmMemory,
} from "parquet-wasm/node";
import { int64Doubles } from "./int64-doubles.ts";
import type { RangeBuffers } from "./range-buffers.ts";

/**
 * The column types copied out of the decoder's memory by `copiedColumns`, by their format in the Arrow C
 * data interface: integers, floats, texts and bytes (32- and 64-bit offsets), booleans and dates (days).
 * A 64-bit integer column ("l", "L") becomes its values as doubles, the cells it has (see `int64Doubles`).
 */
const COPIED_TYPES: ReadonlyMap<string, () => DataType> = new Map<string, () => DataType>([
  ["c", () => new Int8()],
  ["C", () => new Uint8()],
  ["s", () => new Int16()],
  ["S", () => new Uint16()],
  ["i", () => new Int32()],
  ["I", () => new Uint32()],
  ["l", () => new Float64()],
  ["L", () => new Float64()],
  ["f", () => new Float32()],
  ["g", () => new Float64()],
  ["u", () => new Utf8()],
  ["U", () => new LargeUtf8()],
  ["z", () => new Binary()],
  ["Z", () => new LargeBinary()],
  ["b", () => new Bool()],
  ["tdD", () => new DateDay()],
]);

/** The column types that `schemaFields` reads, by their format in the Arrow C data interface. */
const FIELD_TYPES: ReadonlyMap<string, () => DataType> = new Map([
  ...COPIED_TYPES,
  ["l", () => new Int64()],
  ["L", () => new Uint64()],
]);

/** A timestamp's format: `ts`, the unit, `:` and the time zone (empty for none). */
const TIMESTAMP_FORMAT = /^ts([smun]):(.*)$/s;
const TIMESTAMP_UNITS: Readonly<Record<string, TimeUnit>> = {
  s: TimeUnit.SECOND,
  m: TimeUnit.MILLISECOND,
  u: TimeUnit.MICROSECOND,
  n: TimeUnit.NANOSECOND,
};

/** The type of a column of this format when it is one that `schemaFields` reads (timestamps too). */
function fieldType(format: string): DataType | undefined {
  const stamp = TIMESTAMP_FORMAT.exec(format);
  if (stamp) return new Timestamp(TIMESTAMP_UNITS[stamp[1] as string] as TimeUnit, stamp[2] || null);
  return FIELD_TYPES.get(format)?.();
}

/**
 * The fields of a file of `schema` (consumed), as Arrow IPC would give them (without metadata), when
 * every column is of a type `fieldType` reads and none is dictionary-encoded; else undefined. Reading the
 * schema through the C data interface spares loading apache-arrow's IPC reader for most files.
 */
export function schemaFields(schema: WasmSchema): Field[] | undefined {
  const ffi = schema.intoFFI();
  try {
    const view = new DataView(wasmMemory().buffer);
    const fields: Field[] = [];
    for (const child of structChildren(view, ffi.addr(), SCHEMA_CHILDREN)) {
      const type = fieldType(cString(view, view.getUint32(child + SCHEMA_FORMAT, true)));
      if (type === undefined || view.getUint32(child + SCHEMA_DICTIONARY, true) !== 0) return undefined;
      const name = cString(view, view.getUint32(child + SCHEMA_NAME, true));
      const nullable = (view.getBigInt64(child + SCHEMA_FLAGS, true) & ARROW_FLAG_NULLABLE) !== 0n;
      fields.push(new Field(name, type, nullable));
    }
    return fields;
  } finally {
    ffi.free();
  }
}

/**
 * Whether each column `names` of a file of `schema` (consumed) has a type that `copiedColumns` copies.
 * parquet-wasm exports a record batch either as Arrow IPC (written into its memory, then copied out, then
 * parsed) or through the C data interface (pointers to the decoded buffers): copying those buffers out
 * costs less than half the CPU time of the IPC route.
 */
export function copiesColumns(schema: WasmSchema, names: readonly string[]): boolean {
  const ffi = schema.intoFFI();
  try {
    const view = new DataView(wasmMemory().buffer);
    return structChildren(view, ffi.addr(), SCHEMA_CHILDREN).every(
      (child) =>
        !names.includes(cString(view, view.getUint32(child + SCHEMA_NAME, true))) || copied(view, child),
    );
  } finally {
    ffi.free();
  }
}

/**
 * The columns of a decoded record batch (consumed), each named, their buffers copied out of the decoder's
 * memory into `buffers`. Nothing calls into the decoder between reading its memory and freeing the batch:
 * a call may grow that memory, which detaches every view of it. Each column must be of a type
 * `copiesColumns` accepts.
 */
export function copiedColumns(batch: WasmRecordBatch, buffers: RangeBuffers): { name: string; data: Data }[] {
  const ffi = batch.intoFFI();
  try {
    const arrayAddress = ffi.arrayAddr();
    const schemaAddress = ffi.schemaAddr();
    const buffer = wasmMemory().buffer;
    const view = new DataView(buffer);
    // A struct's offset applies to its children as well: the batch's is 0 (its columns hold their own).
    if (view.getBigInt64(arrayAddress + ARRAY_OFFSET, true) !== 0n) throw new Error("a batch with an offset");
    const arrays = structChildren(view, arrayAddress, ARRAY_CHILDREN);
    return structChildren(view, schemaAddress, SCHEMA_CHILDREN).map((schema, i) => {
      const format = cString(view, view.getUint32(schema + SCHEMA_FORMAT, true));
      const name = cString(view, view.getUint32(schema + SCHEMA_NAME, true));
      if (!copied(view, schema))
        throw new Error(`the column ${name} (Arrow format "${format}") is not copied`);
      return { name, data: copiedData(buffer, view, arrays[i] as number, format, buffers) };
    });
  } finally {
    ffi.free();
  }
}

// Offsets in the C data interface's structs on wasm32 (pointers of 4 bytes, int64 fields of 8).
const SCHEMA_FORMAT = 0;
const SCHEMA_NAME = 4;
const SCHEMA_FLAGS = 16;
const ARROW_FLAG_NULLABLE = 2n;
const SCHEMA_CHILDREN = { count: 24, pointer: 32 };
const SCHEMA_DICTIONARY = 36;
const ARRAY_CHILDREN = { count: 32, pointer: 44 };
const ARRAY_LENGTH = 0;
const ARRAY_NULL_COUNT = 8;
const ARRAY_OFFSET = 16;
const ARRAY_BUFFERS = 40;

/**
 * Whether the column of this ArrowSchema is of a copied type. A dictionary-encoded column has its indices'
 * format, and its values in a dictionary: never copied.
 */
function copied(view: DataView, schema: number): boolean {
  const format = cString(view, view.getUint32(schema + SCHEMA_FORMAT, true));
  return COPIED_TYPES.has(format) && view.getUint32(schema + SCHEMA_DICTIONARY, true) === 0;
}

/** The addresses of a struct's children (an ArrowSchema's or an ArrowArray's). */
function structChildren(view: DataView, address: number, at: { count: number; pointer: number }): number[] {
  const count = Number(view.getBigInt64(address + at.count, true));
  const pointers = view.getUint32(address + at.pointer, true);
  return Array.from({ length: count }, (_, i) => view.getUint32(pointers + 4 * i, true));
}

function cString(view: DataView, address: number): string {
  const bytes = new Uint8Array(view.buffer, address);
  return Buffer.from(bytes.buffer, address, bytes.indexOf(0)).toString("utf8");
}

/**
 * One column as apache-arrow Data of buffers from `into`. apache-arrow's value and offset buffers start at
 * the column's first value, its bitmaps (validity, booleans) at bit 0 with the column's `offset`.
 */
function copiedData(
  memory: ArrayBuffer,
  view: DataView,
  array: number,
  format: string,
  into: RangeBuffers,
): Data {
  const type = (COPIED_TYPES.get(format) as () => DataType)();
  const length = Number(view.getBigInt64(array + ARRAY_LENGTH, true));
  const nullCount = Number(view.getBigInt64(array + ARRAY_NULL_COUNT, true));
  const offset = Number(view.getBigInt64(array + ARRAY_OFFSET, true));
  const buffers = view.getUint32(array + ARRAY_BUFFERS, true);
  const address = (k: number) => view.getUint32(buffers + 4 * k, true);
  const copy = <T extends TypedArray>(ArrayType: TypedArrayType<T>, at: number, count: number): T => {
    const copied = new ArrayType(into.take(count * ArrayType.BYTES_PER_ELEMENT), 0, count);
    copied.set(wasmArray(memory, ArrayType, at, count));
    return copied;
  };
  const bits = (at: number) => copy(Uint8Array, at, (offset + length + 7) >> 3);
  const validity = address(0);
  const nullBitmap = validity === 0 || nullCount === 0 ? undefined : bits(validity);
  const common = { type, length, nullCount: nullBitmap ? nullCount : 0, nullBitmap, offset };
  switch (format) {
    case "b":
      return makeData({ ...common, type: type as Bool, data: bits(address(1)) });
    case "u":
    case "z": {
      const valueOffsets = copy(Int32Array, address(1) + 4 * offset, length + 1);
      const data = copy(Uint8Array, address(2), valueOffsets[length] as number);
      return makeData({ ...common, type: type as Utf8, valueOffsets, data });
    }
    case "U":
    case "Z": {
      const valueOffsets = copy(BigInt64Array, address(1) + 8 * offset, length + 1);
      const data = copy(Uint8Array, address(2), Number(valueOffsets[length]));
      return makeData({ ...common, type: type as LargeUtf8, valueOffsets, data });
    }
    case "l":
    case "L": {
      const doubles = new Float64Array(into.take(8 * length), 0, length);
      int64Doubles(memory, address(1) + 8 * offset, length, format === "l", doubles);
      return makeData({ ...common, type: type as Float64, data: doubles });
    }
    default: {
      const { ArrayType } = type as Int8;
      const data = copy(ArrayType, address(1) + ArrayType.BYTES_PER_ELEMENT * offset, length);
      return makeData({ ...common, type: type as Int8, data });
    }
  }
}

type TypedArray = ArrayLike<number | bigint> & { set(from: ArrayLike<number | bigint>): void };

interface TypedArrayType<T> {
  new (buffer: ArrayBuffer, byteOffset: number, length: number): T;
  readonly BYTES_PER_ELEMENT: number;
}

/** `length` elements at byte `address` of `memory`: a view, or a copy where the address is not aligned. */
function wasmArray<T>(memory: ArrayBuffer, ArrayType: TypedArrayType<T>, address: number, length: number): T {
  const size = ArrayType.BYTES_PER_ELEMENT;
  if (address % size === 0) return new ArrayType(memory, address, length);
  return new ArrayType(memory.slice(address, address + length * size), 0, length);
}
