import assert from "node:assert/strict";
import { statSync } from "node:fs";
import { dirname, join } from "node:path";
import { after, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import {
  Field as ArrowField,
  Table as ArrowTable,
  Binary,
  Bool,
  Date_,
  DateUnit,
  Dictionary,
  type Field,
  Float32,
  Float64,
  Int8,
  Int16,
  Int32,
  Int64,
  LargeBinary,
  LargeUtf8,
  makeData,
  RecordBatch,
  Schema,
  Struct,
  TimestampMillisecond,
  Type,
  tableFromIPC,
  tableToIPC,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Utf8,
  vectorFromArray,
} from "apache-arrow";
import {
  ParquetFile,
  Table,
  type RecordBatch as WasmRecordBatch,
  WriterPropertiesBuilder,
  writeParquet,
} from "parquet-wasm/node";
import { ParquetColumn } from "./parquet-column.ts";
import { copiedColumns, copiesColumns, schemaFields } from "./parquet-ffi-batch.ts";
import { FileBlob } from "./parquet-file-blob.ts";
import { RangeBuffers, type RangeLease } from "./range-buffers.ts";
import { tempFiles } from "./test-files.ts";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "..", "test-fixtures");
const files = tempFiles();
after(files.cleanup);

const ROWS = 300;
const EDGE_INT64 = [-(2n ** 63n), 2n ** 63n - 1n, 2n ** 53n + 1n, -(2n ** 53n) - 3n, 0n, -1n, 4_294_967_296n];

/** Every copied type, with nulls (a column without any too), extremes and multi-byte texts. */
function sampleFile(): string {
  const pick = <T>(make: (i: number) => T, nullEvery = 0) =>
    Array.from({ length: ROWS }, (_, i) => (nullEvery > 0 && i % nullEvery === 3 ? null : make(i)));
  const texts = (i: number) => (i % 7 === 0 ? "" : i % 5 === 0 ? `né-${i}` : `t${i % 13}`);
  const table = new ArrowTable({
    i8: vectorFromArray(
      pick((i) => (i % 256) - 128, 5),
      new Int8(),
    ),
    u8: vectorFromArray(
      pick((i) => i % 256, 6),
      new Uint8(),
    ),
    i16: vectorFromArray(
      pick((i) => i * 97 - 20_000),
      new Int16(),
    ),
    u16: vectorFromArray(
      pick((i) => i * 211, 7),
      new Uint16(),
    ),
    i32: vectorFromArray(
      pick((i) => (i % 2 ? -1 : 1) * i * 7_000_000, 4),
      new Int32(),
    ),
    u32: vectorFromArray(
      pick((i) => i * 14_000_000, 9),
      new Uint32(),
    ),
    i64: vectorFromArray(
      pick((i) => (EDGE_INT64[i % EDGE_INT64.length] as bigint) + BigInt(i), 8),
      new Int64(),
    ),
    u64: vectorFromArray(
      pick((i) => 2n ** 64n - 1n - BigInt(i) * 2n ** 40n, 11),
      new Uint64(),
    ),
    f32: vectorFromArray(
      pick((i) => i / 3, 6),
      new Float32(),
    ),
    f64: vectorFromArray(
      pick((i) => (i % 10 === 1 ? Number.NaN : i / 7 - 20), 5),
      new Float64(),
    ),
    text: vectorFromArray(pick(texts, 4), new Utf8()),
    large: vectorFromArray(pick(texts, 6), new LargeUtf8()),
    bytes: vectorFromArray(
      pick((i) => Buffer.from(texts(i)), 5),
      new Binary(),
    ),
    largeBytes: vectorFromArray(
      pick((i) => Buffer.from(texts(i)), 9),
      new LargeBinary(),
    ),
    flag: vectorFromArray(
      pick((i) => i % 3 === 0, 10),
      new Bool(),
    ),
    day: vectorFromArray(
      pick((i) => new Date(Date.UTC(1969, 11, 25 + i)), 13),
      new Date_(DateUnit.DAY),
    ),
    stamp: vectorFromArray(
      pick((i) => new Date(Date.UTC(2024, 0, 1, i))),
      new TimestampMillisecond(),
    ),
  });
  const properties = new WriterPropertiesBuilder().setMaxRowGroupSize(128).build();
  const bytes = writeParquet(Table.fromIPCStream(tableToIPC(table, "stream")), properties);
  return files.write("copied.parquet", Buffer.from(bytes));
}

function openParquet(file: string): Promise<ParquetFile> {
  return ParquetFile.fromFile(new FileBlob(file, 0, statSync(file).size) as unknown as Blob);
}

/** Each batch of each row group of `columns`, `slice` of it when given, passed to `take`. */
async function eachBatch<T>(
  file: string,
  columns: string[],
  take: (batch: WasmRecordBatch) => T,
  slice?: [number, number],
): Promise<T[]> {
  const parquet = await openParquet(file);
  const taken: T[] = [];
  try {
    const groups = parquet.metadata().numRowGroups();
    for (let group = 0; group < groups; group++) {
      const stream = await parquet.stream({ rowGroups: [group], batchSize: 100, columns });
      const reader = stream.getReader() as ReadableStreamDefaultReader<WasmRecordBatch>;
      for (let next = await reader.read(); !next.done; next = await reader.read()) {
        const batch = next.value;
        if (!slice) taken.push(take(batch));
        else {
          const from = Math.min(slice[0], batch.numRows);
          taken.push(take(batch.slice(from, Math.min(slice[1], batch.numRows - from))));
        }
      }
    }
  } finally {
    parquet.free();
  }
  return taken;
}

/** Everything a consumer reads of a column. */
function forms(column: ParquetColumn) {
  const texts = column.texts();
  return {
    length: column.length,
    cells: column.cells(),
    numbers: column.numbers(),
    texts: texts && {
      values: Array.from({ length: column.length }, (_, i) =>
        texts.bytes.toString("latin1", texts.starts[i], texts.ends[i]),
      ),
      present: texts.present,
    },
    dictionary: column.dictionary(),
    present: column.present(),
    mayHoldText: column.mayHoldText,
  };
}

function ipcForms(batch: WasmRecordBatch) {
  const [read] = tableFromIPC(batch.intoIPCStream()).batches as [RecordBatch];
  return read.schema.fields.map((field, i) => ({
    name: field.name,
    forms: forms(new ParquetColumn(read.data.children[i] as never)),
  }));
}

function copiedForms(batch: WasmRecordBatch, buffers = new RangeBuffers()) {
  return copiedColumns(batch, buffers).map(({ name, data }) => ({
    name,
    forms: forms(new ParquetColumn(data)),
  }));
}

describe("copiedColumns", () => {
  const file = sampleFile();
  const copied = [
    "i8",
    "u8",
    "i16",
    "u16",
    "i32",
    "u32",
    "i64",
    "u64",
    "f32",
    "f64",
    "text",
    "large",
    "bytes",
    "largeBytes",
    "flag",
    "day",
  ];

  test("gives a column every form the IPC route gives, batch by batch", async () => {
    const expected = await eachBatch(file, copied, ipcForms);
    const got = await eachBatch(file, copied, copiedForms);
    assert.equal(got.length, 5, "row groups of 128, 128 and 44 rows in batches of up to 100 rows");
    assert.deepEqual(got, expected);
    const cells = got.flatMap((batch) => batch.find((column) => column.name === "i64")?.forms.cells ?? []);
    assert.equal(cells[1], Number(-(2n ** 63n) + 1n));
    assert.equal(cells[3], null);
  });

  test("buffers handed out again for each batch hold each batch's values, the previous lease ended", async () => {
    const buffers = new RangeBuffers();
    let previous: { column: ParquetColumn; lease: RangeLease } | undefined;
    const got = await eachBatch(file, copied, (batch) => {
      const lease = buffers.startRange();
      if (previous) {
        assert.equal(previous.lease.current, false);
        assert.throws(() => previous?.column.numbers(), /before the next range is decoded/);
      }
      const columns = copiedColumns(batch, buffers).map(({ name, data }) => {
        const column = new ParquetColumn(data, lease);
        return { name, column, forms: structuredClone(forms(column)) };
      });
      previous = { column: (columns[0] as { column: ParquetColumn }).column, lease };
      return columns.map(({ name, forms }) => ({ name, forms }));
    });
    assert.deepEqual(got, await eachBatch(file, copied, ipcForms));
  });

  test("a batch sliced from a row on (bitmaps read from their offset) gives the same forms", async () => {
    const expected = await eachBatch(file, copied, ipcForms, [13, 70]);
    const got = await eachBatch(file, copied, copiedForms, [13, 70]);
    assert.ok(got.every((batch) => batch.every((column) => column.forms.length <= 70)));
    assert.deepEqual(got, expected);
  });

  test("a pyarrow file's columns of copied types give the forms the IPC route gives", async () => {
    const fixture = join(fixtures, "groups-v1.parquet");
    const columns = ["id", "small", "big", "score", "name", "kind", "day", "flag"];
    const parquet = await openParquet(fixture);
    assert.ok(copiesColumns(parquet.schema(), columns));
    assert.ok(!copiesColumns(parquet.schema(), [...columns, "price"]), "a decimal column is not copied");
    parquet.free();
    const got = await eachBatch(fixture, columns, copiedForms);
    assert.equal(got.length, 25);
    assert.deepEqual(got, await eachBatch(fixture, columns, ipcForms));
  });
});

describe("copiesColumns", () => {
  test("only when each column asked for is of a copied type", async () => {
    const parquet = await openParquet(sampleFile());
    try {
      assert.equal(copiesColumns(parquet.schema(), ["i64", "text", "flag", "day"]), true);
      assert.equal(copiesColumns(parquet.schema(), ["i64", "stamp"]), false);
      assert.equal(copiesColumns(parquet.schema(), []), true);
    } finally {
      parquet.free();
    }
  });

  test("not a dictionary-encoded column, whose format is its indices'", async () => {
    const table = new ArrowTable({
      label: vectorFromArray(["b", "a", "b", null, "c"], new Dictionary(new Utf8(), new Int32())),
      count: vectorFromArray([1, 2, 3, 4, 5], new Int32()),
    });
    const bytes = writeParquet(Table.fromIPCStream(tableToIPC(table, "stream")));
    const parquet = await openParquet(files.write("dictionary.parquet", Buffer.from(bytes)));
    try {
      assert.equal(tableFromIPC(parquet.schema().intoIPCStream()).schema.fields[0]?.typeId, Type.Dictionary);
      assert.equal(copiesColumns(parquet.schema(), ["label"]), false);
      assert.equal(copiesColumns(parquet.schema(), ["count"]), true);
    } finally {
      parquet.free();
    }
  });
});

describe("schemaFields", () => {
  /** What a consumer may read of a field: its name, whether it is nullable, its type's id and settings. */
  const described = (fields: readonly Field[] | undefined) =>
    fields?.map(({ name, nullable, type }) => ({ name, nullable, typeId: type.typeId, type: { ...type } }));

  async function fieldsBothWays(file: string) {
    const parquet = await openParquet(file);
    try {
      const ipc = tableFromIPC(parquet.schema().intoIPCStream()).schema.fields;
      return { ffi: described(schemaFields(parquet.schema())), ipc: described(ipc) };
    } finally {
      parquet.free();
    }
  }

  test("gives the fields Arrow IPC gives: every copied type, 64-bit integers, timestamps", async () => {
    const { ffi, ipc } = await fieldsBothWays(sampleFile());
    assert.equal(ffi?.length, 17);
    assert.deepEqual(ffi, ipc);
  });

  test("a timestamp's time zone, as pyarrow writes it", async () => {
    const { ffi, ipc } = await fieldsBothWays(join(fixtures, "people-snappy.parquet"));
    assert.ok(ffi?.some((field) => field.typeId === Type.Timestamp && field.type.timezone === "UTC"));
    assert.deepEqual(ffi, ipc);
  });

  test("whether a column may hold nulls", async () => {
    const fields = [
      new ArrowField("required", new Int32(), false),
      new ArrowField("optional", new Int32(), true),
    ];
    const column = (values: number[]) =>
      makeData({ type: new Int32(), length: values.length, data: Int32Array.from(values) });
    const data = makeData({
      type: new Struct(fields),
      length: 2,
      children: [column([1, 2]), column([3, 4])],
    });
    const table = new ArrowTable([new RecordBatch(new Schema(fields), data)]);
    const bytes = writeParquet(Table.fromIPCStream(tableToIPC(table, "stream")));
    const { ffi, ipc } = await fieldsBothWays(files.write("required.parquet", Buffer.from(bytes)));
    assert.deepEqual(
      ffi?.map(({ nullable }) => nullable),
      [false, true],
    );
    assert.deepEqual(ffi, ipc);
  });

  test("undefined with a column of another type: a decimal, a list, a dictionary", async () => {
    assert.equal((await fieldsBothWays(join(fixtures, "groups-v1.parquet"))).ffi, undefined);
    const table = new ArrowTable({
      label: vectorFromArray(["b", "a", null], new Dictionary(new Utf8(), new Int32())),
      count: vectorFromArray([1, 2, 3], new Int32()),
    });
    const bytes = writeParquet(Table.fromIPCStream(tableToIPC(table, "stream")));
    const { ffi, ipc } = await fieldsBothWays(files.write("dictionary-fields.parquet", Buffer.from(bytes)));
    assert.equal(ffi, undefined);
    assert.equal(ipc?.[0]?.typeId, Type.Dictionary);
  });
});
