import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { after, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { Table as ArrowTable, Float32, Float64, Int32, Int64, Utf8, vectorFromArray } from "apache-arrow";
import { Compression, Encoding, WriterPropertiesBuilder, WriterVersion } from "parquet-wasm/node";
import { decodeFlatChunk, flatChunkShape } from "./parquet-flat-chunk.ts";
import { FlatColumn } from "./parquet-flat-column.ts";
import { readParquetFooter } from "./parquet-footer.ts";
import { EDGE_DOUBLES, EDGE_INT64S, smallPagesWriter, writeArrowTable } from "./parquet-test-data.ts";
import { readParquetColumns } from "./read-parquet.ts";
import { tempFiles } from "./test-files.ts";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "..", "test-fixtures");
const files = tempFiles();
after(files.cleanup);

const ROWS = 3000;
const WORDS = [
  "red",
  "grün",
  "",
  "NA",
  "日本語のテキスト",
  "a longer text, past thirty-two bytes of UTF-8 ✓",
];

/**
 * A file of flat columns of every type read from its pages: texts optional and required, of a few values
 * and of mostly distinct ones, int32, int64, double and float, with nulls; row groups of 1,000 rows and
 * pages of ~128 bytes, so that a dictionary page size limit of a few hundred bytes turns every
 * dictionary-encoded chunk to PLAIN pages part of the way.
 */
function writeFlat(
  name: string,
  compression: Compression,
  version: WriterVersion,
  tune: (builder: WriterPropertiesBuilder) => WriterPropertiesBuilder = (builder) => builder,
): string {
  const table = new ArrowTable({
    word: vectorFromArray(
      Array.from({ length: ROWS }, (_, i) => (i % 7 === 3 ? null : (WORDS[(i * 5) % 6] as string))),
      new Utf8(),
    ),
    key: vectorFromArray(
      Array.from({ length: ROWS }, (_, i) => `key-${i}-${WORDS[i % 6]}`),
      new Utf8(),
    ),
    count: vectorFromArray(
      Array.from({ length: ROWS }, (_, i) => (i * 7919) % 100_003),
      new Int32(),
    ),
    big: vectorFromArray(
      Array.from({ length: ROWS }, (_, i) =>
        i % 11 === 4 ? null : (EDGE_INT64S[i % 5] as bigint) + BigInt(i % 2 === 0 ? 0 : i),
      ),
      new Int64(),
    ),
    ratio: vectorFromArray(
      Array.from({ length: ROWS }, (_, i) =>
        i % 13 === 2 ? null : (EDGE_DOUBLES[i % 6] as number) * (i + 1),
      ),
      new Float64(),
    ),
    tiny: vectorFromArray(
      Array.from({ length: ROWS }, (_, i) => (i % 3 === 0 ? null : 0.1 * i)),
      new Float32(),
    ),
  });
  const builder = smallPagesWriter(compression, version).setDictionaryPageSizeLimit(300);
  return files.write(name, writeArrowTable(table, tune(builder).build()));
}

/**
 * Each column's values as `readParquetColumns` gives them, read from the pages (`readsPages`, one column
 * at a time with `byColumn`) or by the decoder (numbers as the doubles `acceptDoubles` takes, texts as
 * the bytes `acceptArrowTexts` reads and as cells), which columns were read from their pages, and the
 * memory their numbers were read into.
 */
async function readValues(file: string, readsPages: boolean, byColumn = false, rangeRows = 700) {
  const values = new Map<string, unknown[]>();
  const problems: string[] = [];
  const fromPages = new Set<string>();
  const numberMemory = new Set<ArrayBufferLike>();
  let header: string[] = [];
  for await (const event of readParquetColumns(file, { readsPages, byColumn }, rangeRows)) {
    if (event.kind === "header") header = event.columns;
    if (event.kind === "problem") problems.push(event.problem.message);
    if (event.kind !== "columns" && event.kind !== "column") continue;
    const given = event.kind === "column" ? [event.position] : header.map((_, position) => position);
    given.forEach((position) => {
      const name = header[position] as string;
      const column = event.kind === "column" ? event.column : event.columns[position];
      if (!column) return;
      if (event.kind === "columns") assert.ok(!event.given.has(position), `${name} came twice`);
      if (column instanceof FlatColumn) {
        fromPages.add(name);
        const memory = column.numbers()?.values.buffer;
        if (memory) numberMemory.add(memory);
      }
      const numbers = column.numbers();
      const texts = column.texts();
      const cells = column.cells();
      // Read from the pages, a null is 0, or an empty range: also in memory a chunk before wrote
      // (`byColumn`). The decoder's Arrow nulls may hold anything.
      for (let k = 0; k < event.rows && column instanceof FlatColumn; k++) {
        if (numbers?.present?.[k] === 0) assert.equal(numbers.values[k], 0, `${name} row ${k}`);
        if (texts?.present?.[k] === 0) assert.equal(texts.starts[k], texts.ends[k], `${name} row ${k}`);
      }
      const read = numbers
        ? Array.from(numbers.values, (value, k) => (numbers.present?.[k] === 0 ? null : value))
        : texts
          ? Array.from({ length: event.rows }, (_, k) =>
              texts.present?.[k] === 0
                ? null
                : texts.bytes.toString("utf8", texts.starts[k] as number, texts.ends[k] as number),
            )
          : cells;
      assert.equal(read.length, event.rows);
      assert.deepEqual(read, cells, name);
      values.set(name, [...(values.get(name) ?? []), ...read]);
    });
  }
  return { values, problems, fromPages, numberMemory };
}

const ALL = ["big", "count", "key", "ratio", "tiny", "word"];

describe("flat column chunks read from their pages", () => {
  const codecs = [
    ["uncompressed", Compression.UNCOMPRESSED],
    ["snappy", Compression.SNAPPY],
    ["gzip", Compression.GZIP],
    ["zstd", Compression.ZSTD],
  ] as const;
  for (const [codec, compression] of codecs) {
    for (const [version, writerVersion] of [
      ["v1", WriterVersion.V1],
      ["v2", WriterVersion.V2],
    ] as const) {
      test(`give the decoder's values: ${codec}, data pages ${version}, dictionary then PLAIN pages, nulls`, async () => {
        const file = writeFlat(`${codec}-${version}.parquet`, compression, writerVersion);
        const fromPages = await readValues(file, true);
        const decoded = await readValues(file, false);
        assert.deepEqual(fromPages.problems, []);
        assert.deepEqual(fromPages.values, decoded.values);
        // One column at a time, each chunk's numbers read into the memory of the one before.
        const byColumn = await readValues(file, true, true);
        assert.deepEqual(byColumn.values, decoded.values);
        assert.deepEqual(byColumn.fromPages, fromPages.fromPages);
        assert.equal(byColumn.numberMemory.size, 1);
        assert.ok(fromPages.numberMemory.size > 3, `${fromPages.numberMemory.size} chunks' memory`);
        // Version 2 writers go on in DELTA encodings where a dictionary grows too large: integers
        // and texts of many values are then the decoder's.
        const flat = writerVersion === WriterVersion.V1 ? ALL : ["ratio", "tiny", "word"];
        assert.deepEqual([...fromPages.fromPages].sort(), flat);
        assert.deepEqual([...decoded.fromPages], []);
        assert.equal(decoded.values.get("word")?.filter((value) => value === null).length, 429);
        assert.ok(fromPages.values.get("ratio")?.some((value) => Object.is(value, -0)));
        assert.ok(fromPages.values.get("ratio")?.some((value) => Number.isNaN(value)));
        assert.ok(fromPages.values.get("big")?.includes(Number(2n ** 63n - 1n)));
      });
    }
  }

  test("PLAIN pages only, no dictionary; and pages that do not all start aligned", async () => {
    const file = writeFlat("plain.parquet", Compression.SNAPPY, WriterVersion.V1, (builder) =>
      builder.setDictionaryEnabled(false),
    );
    const metadata = await readParquetFooter(file);
    const stats = metadata.row_groups[0]?.columns.flatMap((chunk) => chunk.meta_data?.encoding_stats ?? []);
    assert.ok(stats?.every((stat) => stat.page_type !== "DICTIONARY_PAGE"));
    const fromPages = await readValues(file, true);
    assert.deepEqual([...fromPages.fromPages].sort(), ALL);
    assert.deepEqual(fromPages.values, (await readValues(file, false)).values);
  });

  test("pyarrow's files: the flat texts and plain numbers, the others decoded; the same values", async () => {
    for (const fixture of [
      "groups-v1.parquet",
      "groups-v2.parquet",
      "people-zstd.parquet",
      "people-gzip.parquet",
    ]) {
      const file = join(fixtures, fixture);
      const fromPages = await readValues(file, true);
      assert.deepEqual(fromPages.values, (await readValues(file, false)).values, fixture);
      assert.ok(fromPages.fromPages.size > 0, fixture);
    }
    const metadata = await readParquetFooter(join(fixtures, "groups-v1.parquet"));
    // Unsigned, a date, a decimal, a timestamp, a list, a boolean: the decoder's.
    for (const name of ["big", "day", "price", "seen", "tags", "flag"])
      assert.equal(flatChunkShape(metadata, 0, name), undefined, name);
    for (const name of ["id", "score", "small"])
      assert.equal(flatChunkShape(metadata, 0, name)?.numeric, true);
    assert.equal(flatChunkShape(metadata, 0, "name")?.numeric, false);
  });

  test("another encoding, or a row group past 2^23 rows, is left to the decoder", async () => {
    const file = writeFlat("delta.parquet", Compression.SNAPPY, WriterVersion.V1, (builder) =>
      builder.setDictionaryEnabled(false).setColumnEncoding("count", Encoding.DELTA_BINARY_PACKED),
    );
    const metadata = await readParquetFooter(file);
    assert.equal(flatChunkShape(metadata, 0, "count"), undefined);
    // Where the footer lists no page encodings, the page's header tells.
    for (const chunk of metadata.row_groups[0]?.columns ?? []) delete chunk.meta_data?.encoding_stats;
    const shape = flatChunkShape(metadata, 0, "count");
    assert.ok(shape);
    assert.equal(decodeFlatChunk(readFileSync(file).subarray(shape.start, shape.end), shape), undefined);
    const fromPages = await readValues(file, true);
    assert.deepEqual(fromPages.values, (await readValues(file, false)).values);
    assert.ok(!fromPages.fromPages.has("count") && fromPages.fromPages.has("key"));
    const group = metadata.row_groups[0];
    assert.ok(group);
    group.num_rows = BigInt(2 ** 23);
    assert.ok(flatChunkShape(metadata, 0, "key"));
    group.num_rows = BigInt(2 ** 23 + 1);
    assert.equal(flatChunkShape(metadata, 0, "key"), undefined);
  });

  test("a row group past pyarrow's 2^20 rows (Spark and Polars cut them by size) is read from its pages", async () => {
    const rows = 2 ** 20 + 2 ** 16 + 3;
    const table = new ArrowTable({
      score: vectorFromArray(
        Array.from({ length: rows }, (_, i) => (i % 997 === 5 ? null : i * 0.25 - 1000)),
        new Float64(),
      ),
      label: vectorFromArray(
        Array.from({ length: rows }, (_, i) => (i % 1009 === 7 ? null : `label-${i % 13}`)),
        new Utf8(),
      ),
    });
    const properties = new WriterPropertiesBuilder()
      .setCompression(Compression.SNAPPY)
      .setMaxRowGroupSize(rows)
      .build();
    const file = files.write("one-large-group.parquet", writeArrowTable(table, properties));
    const metadata = await readParquetFooter(file);
    assert.equal(metadata.row_groups.length, 1);
    const fromPages = await readValues(file, true, true, 65_536);
    assert.deepEqual([...fromPages.fromPages].sort(), ["label", "score"]);
    assert.deepEqual(fromPages.problems, []);
    const decoded = await readValues(file, false, false, 65_536);
    assert.deepEqual([...decoded.fromPages], []);
    assert.deepEqual(fromPages.values, decoded.values);
    assert.equal(fromPages.values.get("score")?.length, rows);
    assert.equal(fromPages.values.get("score")?.at(-1), (rows - 1) * 0.25 - 1000);
  });

  test("texts that are not UTF-8 or hold a NUL, and damaged pages, are left to the decoder", async () => {
    const file = writeFlat("source.parquet", Compression.UNCOMPRESSED, WriterVersion.V1, (builder) =>
      builder.setDictionaryEnabled(false),
    );
    const metadata = await readParquetFooter(file);
    const shape = flatChunkShape(metadata, 0, "key");
    assert.ok(shape);
    const bytes = readFileSync(file);
    const chunk = bytes.subarray(shape.start, shape.end);
    assert.ok(decodeFlatChunk(Buffer.from(chunk), shape));
    assert.equal(decodeFlatChunk(Buffer.from(chunk.subarray(0, chunk.length - 3)), shape), undefined);
    const garbled = Uint8Array.from(chunk, (byte, i) => (i > 12 ? 0xff : byte));
    assert.equal(decodeFlatChunk(garbled, shape), undefined);
    for (const [label, byte] of [
      ["not UTF-8", 0xff],
      ["a NUL", 0x00],
    ] as const) {
      const broken = Buffer.from(bytes);
      const at = broken.indexOf("key-1-", shape.start);
      assert.ok(at > 0 && at < shape.end);
      broken[at + 1] = byte;
      const brokenChunk: Uint8Array = Uint8Array.from(broken.subarray(shape.start, shape.end));
      assert.equal(decodeFlatChunk(brokenChunk, shape), undefined, label);
      const damaged = files.write(`damaged-${byte}.parquet`, broken);
      const fromPages = await readValues(damaged, true);
      const decoded = await readValues(damaged, false);
      assert.deepEqual(fromPages.problems, decoded.problems, label);
      assert.deepEqual(fromPages.values, decoded.values, label);
      if (byte === 0xff) {
        // The decoder's problem, as before, which ends the file's rows.
        assert.match(fromPages.problems.join(), /^cannot read rows 1-700: /);
      } else {
        // A NUL is UTF-8: the decoder reads this chunk, and the other row groups' are read from their pages.
        assert.deepEqual(fromPages.problems, []);
        assert.ok(fromPages.fromPages.has("key") && fromPages.fromPages.has("word"), label);
      }
    }
  });
});
