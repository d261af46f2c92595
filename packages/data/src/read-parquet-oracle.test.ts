import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { after, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import {
  Table as ArrowTable,
  Bool,
  Date_,
  DateUnit,
  Field,
  Float64,
  Int32,
  Int64,
  List,
  Map_,
  makeData,
  makeVector,
  Struct,
  TimestampMicrosecond,
  TimestampNanosecond,
  tableToIPC,
  Utf8,
  vectorFromArray,
} from "apache-arrow";
import { asyncBufferFromFile, parquetMetadata, parquetMetadataAsync, parquetRead } from "hyparquet";
import { compressors } from "hyparquet-compressors";
import { Compression, Table, WriterPropertiesBuilder, WriterVersion, writeParquet } from "parquet-wasm/node";
import { readParquet } from "./read-parquet.ts";
import type { Row } from "./reader-types.ts";
import { readAll, tempFiles } from "./test-files.ts";

// The reader decoded with hyparquet before it moved to parquet-wasm: its rows are the oracle, cell for
// cell, on every fixture (pyarrow's) and on files written here with each codec and nested types.
const fixtures = join(dirname(fileURLToPath(import.meta.url)), "..", "test-fixtures");
const files = tempFiles();
after(files.cleanup);

/** The rows hyparquet gives, each value made a cell as the reader used to. */
async function hyparquetRows(file: string): Promise<Row[]> {
  const buffer = await asyncBufferFromFile(file);
  const metadata = await parquetMetadataAsync(buffer);
  const [, ...elements] = metadata.schema;
  let data: Record<string, unknown>[] = [];
  await parquetRead({
    file: buffer,
    metadata,
    compressors,
    rowFormat: "object",
    onComplete: (rows) => (data = rows as unknown as Record<string, unknown>[]),
  });
  const names = Object.keys(data[0] ?? {});
  const dates = new Set(
    names.filter((name) =>
      elements.some(
        (e) => e.name === name && (e.converted_type === "DATE" || e.logical_type?.type === "DATE"),
      ),
    ),
  );
  return data.map((record, index) => ({
    line: index + 1,
    values: names.map((name) => oldCell(record[name], dates.has(name))),
  }));
}

function oldCell(value: unknown, isDate: boolean): Row["values"][number] {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return isDate ? value.toISOString().slice(0, 10) : value.toISOString();
  return JSON.stringify(value, (_key, inner: unknown) => (typeof inner === "bigint" ? Number(inner) : inner));
}

/** A table of 300 rows with nulls, nested values and the types pyarrow users write. */
function sampleTable(): ArrowTable {
  const rows = 300;
  const pick = <T>(make: (i: number) => T, nullEvery = 0) =>
    Array.from({ length: rows }, (_, i) => (nullEvery && i % nullEvery === 0 ? null : make(i)));
  const point = new Struct([new Field("x", new Float64(), true), new Field("label", new Utf8(), true)]);
  const entries = new Map_<Utf8, Int64>(
    new Field(
      "entries",
      new Struct<{ key: Utf8; value: Int64 }>([
        new Field("key", new Utf8(), false),
        new Field("value", new Int64(), true),
      ]),
      false,
    ),
  );
  return new ArrowTable({
    id: vectorFromArray(
      pick((i) => BigInt(i) * 7919n - 1000n),
      new Int64(),
    ),
    small: vectorFromArray(
      pick((i) => i - 150, 7),
      new Int32(),
    ),
    score: vectorFromArray(
      pick((i) => i / 8, 11),
      new Float64(),
    ),
    name: vectorFromArray(
      pick((i) => (i % 5 === 0 ? `né-${i}` : `n${i % 13}`), 9),
      new Utf8(),
    ),
    day: vectorFromArray(
      pick((i) => new Date(Date.UTC(1969, 11, 25 + i)), 13),
      new Date_(DateUnit.DAY),
    ),
    micros: timestamps(
      new TimestampMicrosecond("UTC"),
      pick((i) => BigInt(i - 150) * 1_234_567_891n, 6),
    ),
    nanos: timestamps(
      new TimestampNanosecond(),
      pick((i) => BigInt(i - 150) * 987_654_321_123n, 8),
    ),
    flag: vectorFromArray(
      pick((i) => i % 3 === 0, 10),
      new Bool(),
    ),
    tags: vectorFromArray(
      pick((i) => Array.from({ length: i % 4 }, (_, k) => (k === 1 && i % 8 === 2 ? null : i + k)), 5),
      new List(new Field("item", new Int32(), true)),
    ),
    point: vectorFromArray(
      pick((i) => ({ x: i % 4 === 0 ? null : i / 2, label: i % 6 === 0 ? null : `p${i}` }), 12),
      point,
    ),
    attrs: vectorFromArray(
      pick(
        (i) =>
          new Map(
            Array.from({ length: i % 3 }, (_, k): [string, bigint | null] => [
              `k${k}`,
              k === 1 ? null : BigInt(i * k),
            ]),
          ),
        14,
      ),
      entries,
    ),
  });
}

/** A timestamp column of raw counts of its unit (apache-arrow's builders take milliseconds). */
function timestamps(type: TimestampMicrosecond | TimestampNanosecond, counts: (bigint | null)[]) {
  const ints = vectorFromArray(counts, new Int64()).data[0];
  assert.ok(ints);
  const { length, nullCount, nullBitmap, values } = ints;
  return makeVector(makeData({ type, length, nullCount, nullBitmap, data: values }));
}

function writeSample(name: string, compression: Compression, version: WriterVersion): string {
  const table = Table.fromIPCStream(tableToIPC(sampleTable(), "stream"));
  const properties = new WriterPropertiesBuilder()
    .setCompression(compression)
    .setWriterVersion(version)
    .setMaxRowGroupSize(128)
    .setDataPageSizeLimit(256)
    .build();
  return files.write(name, Buffer.from(writeParquet(table, properties)));
}

describe("readParquet gives hyparquet's cells", () => {
  for (const fixture of readdirSync(fixtures).filter((name) => name.endsWith(".parquet"))) {
    test(`${fixture} (pyarrow)`, async () => {
      const file = join(fixtures, fixture);
      const { rows, problems } = await readAll(file);
      assert.deepEqual(problems, []);
      assert.deepEqual(rows, await hyparquetRows(file));
    });
  }

  // Columns of the types copied out of the decoder (see parquet-ffi-batch.ts), not through IPC: in ranges
  // of 96 rows (several to a row group, each range's memory handed to the next), in batches of 40.
  const copied = ["id", "small", "big", "score", "name", "kind", "day", "flag", "active"];
  for (const fixture of readdirSync(fixtures).filter((name) => name.endsWith(".parquet"))) {
    test(`${fixture} (pyarrow): the columns copied out of the decoder, in ranges of 96 rows`, async () => {
      const file = join(fixtures, fixture);
      const expected = await hyparquetRows(file);
      const header = (await readAll(file)).headers[0] ?? [];
      const columns = header.filter((name) => copied.includes(name));
      const rows: Row[] = [];
      for await (const event of readParquet(file, { columns, batchSize: 40 }, 96)) {
        assert.notEqual(event.kind, "problem");
        if (event.kind === "rows") rows.push(...event.rows);
      }
      const asked = header.map((name) => columns.includes(name));
      const only = (row: Row) => ({
        ...row,
        values: row.values.map((value, i) => (asked[i] ? value : null)),
      });
      assert.ok(columns.length >= 5);
      assert.deepEqual(rows, expected.map(only));
    });
  }

  const codecs = [
    ["snappy", Compression.SNAPPY, WriterVersion.V1],
    ["gzip", Compression.GZIP, WriterVersion.V2],
    ["zstd", Compression.ZSTD, WriterVersion.V2],
    ["brotli", Compression.BROTLI, WriterVersion.V1],
    ["lz4", Compression.LZ4_RAW, WriterVersion.V2],
    ["uncompressed", Compression.UNCOMPRESSED, WriterVersion.V1],
  ] as const;
  for (const [codec, compression, version] of codecs) {
    test(`${codec}, pages v${version + 1}: lists, structs, maps, timestamps in µs and ns, nulls`, async () => {
      const file = writeSample(`sample-${codec}.parquet`, compression, version);
      const { rows, problems } = await readAll(file, { batchSize: 50 });
      assert.deepEqual(problems, []);
      assert.equal(rows.length, 300);
      assert.deepEqual(rows, await hyparquetRows(file));
    });
  }

  test("the cells of nested values are JSON as hyparquet gave them", async () => {
    const file = writeSample("sample-nested.parquet", Compression.SNAPPY, WriterVersion.V1);
    const { rows } = await readAll(file, { columns: ["tags", "point", "attrs"] });
    assert.deepEqual(rows[13]?.values.slice(-3), ["[13]", '{"x":6.5,"label":"p13"}', '{"k0":0}']);
    assert.deepEqual(rows[18]?.values.slice(-3), ["[18,null]", '{"x":9,"label":null}', "{}"]);
    assert.deepEqual(rows[20]?.values.slice(-3), [null, '{"x":null,"label":"p20"}', '{"k0":0,"k1":null}']);
    assert.deepEqual(rows[0]?.values.slice(-3), [null, null, null]);
  });
});

describe("readParquet on files without rows", () => {
  test("an empty file and a file of columns without rows are problems, after the header for the latter", async () => {
    const empty = await readAll(files.write("empty.parquet", ""));
    assert.deepEqual(
      empty.events.map((event) => (event.kind === "problem" ? event.problem.kind : event.kind)),
      ["empty-file"],
    );
    const noRows = sampleTable().slice(0, 0);
    const headerOnly = files.write(
      "header-only.parquet",
      Buffer.from(writeParquet(Table.fromIPCStream(tableToIPC(noRows, "stream")))),
    );
    const { events } = await readAll(headerOnly);
    assert.deepEqual(
      events.map((event) => (event.kind === "problem" ? event.problem.kind : event.kind)),
      ["header", "header-only"],
    );
  });
});

describe("readParquet on corrupt data", () => {
  test("a decoder failure is a problem, and the next file reads as usual", async () => {
    const good = writeSample("after-corrupt.parquet", Compression.SNAPPY, WriterVersion.V1);
    // Inside the first data page of the second row group's first column (rows 1,001 to 2,000).
    const bytes = readFileSync(join(fixtures, "groups-v1.parquet"));
    const metadata = parquetMetadata(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    );
    const start = Number(metadata.row_groups[1]?.columns[0]?.meta_data?.data_page_offset);
    bytes.fill(0x55, start + 30, start + 70);
    const events = [];
    for await (const event of readParquet(files.write("corrupt.parquet", bytes), { batchSize: 500 })) {
      events.push(event);
    }
    assert.deepEqual(
      events.map((event) => (event.kind === "rows" ? event.rows.length : event.kind)),
      ["header", 500, 500, "problem"],
    );
    const last = events.at(-1);
    assert.equal(last?.kind === "problem" && last.problem.kind, "unreadable");
    assert.equal(last?.kind === "problem" && last.problem.line, 1001);
    assert.match(last?.kind === "problem" ? last.problem.message : "", /^cannot read rows 1001-2000: /);
    const { rows, problems } = await readAll(good);
    assert.deepEqual(problems, []);
    assert.equal(rows.length, 300);
  });
});
