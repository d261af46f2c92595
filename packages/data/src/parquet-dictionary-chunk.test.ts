import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { after, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { Table as ArrowTable, Float32, Float64, Int32, Int64, Utf8, vectorFromArray } from "apache-arrow";
import { Compression, type WriterPropertiesBuilder, WriterVersion } from "parquet-wasm/node";
import type { DecodedColumn } from "./parquet-column.ts";
import { decodeDictionaryChunk, dictionaryChunkShape } from "./parquet-dictionary-chunk.ts";
import { readParquetFooter } from "./parquet-footer.ts";
import { EDGE_DOUBLES, EDGE_INT64S, smallPagesWriter, writeArrowTable } from "./parquet-test-data.ts";
import { readParquetColumns } from "./read-parquet.ts";
import { tempFiles } from "./test-files.ts";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "..", "test-fixtures");
const files = tempFiles();
after(files.cleanup);

const ROWS = 3000;
const COLORS = ["red", "green", "blue", "grün", "", "NA"];

/**
 * A file of a few text columns: optional with nulls, required, one of 50 texts (6-bit indices), and one
 * of thousands of distinct texts; and number columns of a few values each: int32, int64, double and
 * float, with nulls.
 */
function writeTexts(
  name: string,
  compression: Compression,
  version: WriterVersion,
  tune: (builder: WriterPropertiesBuilder) => WriterPropertiesBuilder = (builder) => builder,
): string {
  const table = new ArrowTable({
    color: vectorFromArray(
      Array.from({ length: ROWS }, (_, i) => (i % 7 === 3 ? null : (COLORS[(i * 5) % 6] as string))),
      new Utf8(),
    ),
    kind: vectorFromArray(
      Array.from({ length: ROWS }, (_, i) => `k${i % 3}`),
      new Utf8(),
    ),
    grade: vectorFromArray(
      Array.from({ length: ROWS }, (_, i) => `g${(i * 7) % 50}`),
      new Utf8(),
    ),
    key: vectorFromArray(
      Array.from({ length: ROWS }, (_, i) => `key-${i}`),
      new Utf8(),
    ),
    count: vectorFromArray(
      Array.from({ length: ROWS }, (_, i) => i % 5),
      new Int32(),
    ),
    big: vectorFromArray(
      Array.from({ length: ROWS }, (_, i) => (i % 11 === 4 ? null : (EDGE_INT64S[i % 5] as bigint))),
      new Int64(),
    ),
    ratio: vectorFromArray(
      Array.from({ length: ROWS }, (_, i) => (i % 13 === 2 ? null : (EDGE_DOUBLES[(i * 7) % 6] as number))),
      new Float64(),
    ),
    tiny: vectorFromArray(
      Array.from({ length: ROWS }, (_, i) => (i % 3 === 0 ? null : 0.1 * (i % 4))),
      new Float32(),
    ),
  });
  const builder = smallPagesWriter(compression, version);
  return files.write(name, writeArrowTable(table, tune(builder).build()));
}

/**
 * Each column's values as `readParquetColumns` gives them (numbers as the doubles `acceptDoubles`
 * takes), and which columns came as a dictionary.
 */
async function readValues(file: string, takesDictionary: boolean) {
  const values = new Map<string, unknown[]>();
  const problems: string[] = [];
  const asDictionary = new Set<string>();
  let header: string[] = [];
  for await (const event of readParquetColumns(file, { takesDictionary: () => takesDictionary }, 700)) {
    if (event.kind === "header") header = event.columns;
    if (event.kind === "problem") problems.push(event.problem.message);
    if (event.kind !== "columns") continue;
    header.forEach((name, position) => {
      const dictionary = event.dictionaries.get(position);
      if (dictionary) asDictionary.add(name);
      const cells = dictionary
        ? Array.from({ length: event.rows }, (_, k) =>
            dictionary.present?.[k] === 0 ? null : dictionary.entries[Number(dictionary.indices[k])],
          )
        : decodedValues(event.columns[position]);
      values.set(name, [...(values.get(name) ?? []), ...(cells ?? [])]);
    });
  }
  return { values, problems, asDictionary };
}

function decodedValues(column: DecodedColumn | undefined): unknown[] | undefined {
  const numbers = column?.numbers();
  if (!numbers) return column?.cells();
  return Array.from(numbers.values, (value, k) => (numbers.present?.[k] === 0 ? null : value));
}

describe("a text or number column read as its dictionary", () => {
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
      test(`gives the decoder's values: ${codec}, data pages ${version}, nulls, many pages and row groups`, async () => {
        const file = writeTexts(`${codec}-${version}.parquet`, compression, writerVersion);
        const direct = await readValues(file, true);
        const decoded = await readValues(file, false);
        assert.deepEqual(direct.problems, []);
        assert.deepEqual(direct.values, decoded.values);
        assert.deepEqual([...direct.asDictionary].sort(), [
          "big",
          "color",
          "count",
          "grade",
          "kind",
          "ratio",
          "tiny",
        ]);
        assert.deepEqual([...decoded.asDictionary], []);
        assert.equal(decoded.values.get("color")?.filter((value) => value === null).length, 429);
        assert.deepEqual(new Set(direct.values.get("big")), new Set([null, ...EDGE_INT64S.map(Number)]));
        assert.ok(direct.values.get("ratio")?.some((value) => Object.is(value, -0)));
      });
    }
  }

  test("a chunk whose dictionary grew too large, and went on in PLAIN, is left to the decoder", async () => {
    const file = writeTexts("fallback.parquet", Compression.SNAPPY, WriterVersion.V1, (builder) =>
      builder.setDictionaryPageSizeLimit(256),
    );
    const direct = await readValues(file, true);
    assert.deepEqual(direct.values, (await readValues(file, false)).values);
    assert.deepEqual([...direct.asDictionary].sort(), ["big", "color", "count", "kind", "ratio", "tiny"]);
    // Told by the metadata's page encodings; where a writer lists none, found from the pages.
    const metadata = await readParquetFooter(file);
    assert.equal(dictionaryChunkShape(metadata, 0, "key"), undefined);
    for (const chunk of metadata.row_groups[0]?.columns ?? []) delete chunk.meta_data?.encoding_stats;
    const shape = dictionaryChunkShape(metadata, 0, "key");
    assert.ok(shape);
    assert.equal(
      decodeDictionaryChunk(readFileSync(file).subarray(shape.start, shape.end), shape),
      undefined,
    );
  });

  test("a dictionary of mostly distinct texts is left to the decoder: by its size, and by its entries", async () => {
    const file = writeTexts("distinct.parquet", Compression.SNAPPY, WriterVersion.V1);
    const metadata = await readParquetFooter(file);
    // 1,000 entries of ~8 bytes for 1,000 rows: told by the footer, before any page is read.
    assert.equal(dictionaryChunkShape(metadata, 0, "key"), undefined);
    assert.ok(dictionaryChunkShape(metadata, 0, "grade"));
    // Where the footer does not tell it, the dictionary page's header does.
    const key = metadata.row_groups[0]?.columns.find((chunk) => chunk.meta_data?.path_in_schema[0] === "key");
    assert.ok(key?.meta_data);
    const { dictionary_page_offset: dictionaryAt, data_page_offset: dataAt } = key.meta_data;
    key.meta_data.data_page_offset = BigInt(dictionaryAt ?? 0);
    const shape = dictionaryChunkShape(metadata, 0, "key");
    assert.ok(shape);
    const bytes = readFileSync(file).subarray(shape.start, shape.end);
    assert.equal(decodeDictionaryChunk(bytes, shape), undefined);
    key.meta_data.data_page_offset = dataAt;
  });

  test("pyarrow's files: the chunks whose pages say PLAIN are not tried, the others read as the decoder does", async () => {
    for (const fixture of ["groups-v1.parquet", "groups-v2.parquet", "people-zstd.parquet"]) {
      const file = join(fixtures, fixture);
      const direct = await readValues(file, true);
      assert.deepEqual(direct.values, (await readValues(file, false)).values, fixture);
      // people-zstd's row groups of 4 rows are too small for any of its dictionaries to pay.
      assert.equal(direct.asDictionary.size > 0, fixture !== "people-zstd.parquet", fixture);
    }
    const metadata = await readParquetFooter(join(fixtures, "groups-v1.parquet"));
    const plainPages = metadata.row_groups[0]?.columns.find(
      (chunk) => chunk.meta_data?.path_in_schema[0] === "name",
    )?.meta_data?.encoding_stats;
    assert.ok(plainPages?.some((stat) => stat.page_type === "DATA_PAGE" && stat.encoding === "PLAIN"));
    assert.equal(dictionaryChunkShape(metadata, 0, "name"), undefined);
  });

  test("only flat texts and plain numbers: not an unsigned, a date, a time, a decimal, a list, a boolean", async () => {
    const metadata = await readParquetFooter(join(fixtures, "groups-v1.parquet"));
    // PLAIN data pages (id, score), a dictionary large for its rows (small), none (flag), no such column.
    for (const name of ["id", "score", "small", "flag", "missing"])
      assert.equal(dictionaryChunkShape(metadata, 0, name), undefined, name);
    assert.equal(dictionaryChunkShape(metadata, 0, "kind")?.numeric, false);
    // With no page encodings listed and a dictionary told small, the types alone decide.
    for (const chunk of metadata.row_groups[0]?.columns ?? []) {
      if (!chunk.meta_data) continue;
      delete chunk.meta_data.encoding_stats;
      chunk.meta_data.data_page_offset = BigInt(chunk.meta_data.dictionary_page_offset ?? 0);
    }
    for (const name of ["big", "day", "seen", "price", "tags", "flag"])
      assert.equal(dictionaryChunkShape(metadata, 0, name), undefined, name);
    for (const name of ["id", "small", "score"])
      assert.equal(dictionaryChunkShape(metadata, 0, name)?.numeric, true);
    assert.equal(dictionaryChunkShape(metadata, 0, "name")?.numeric, false);
    // A row group past 2^24 rows keeps the decoder, whose memory follows its ranges, not the group.
    const group = metadata.row_groups[0];
    assert.ok(group);
    group.num_rows = BigInt(2 ** 24 + 1);
    assert.equal(dictionaryChunkShape(metadata, 0, "kind"), undefined);
  });

  test("damaged pages are left to the decoder, which reports them as before", async () => {
    const file = writeTexts("damaged-source.parquet", Compression.UNCOMPRESSED, WriterVersion.V1);
    const metadata = await readParquetFooter(file);
    const shape = dictionaryChunkShape(metadata, 0, "kind");
    assert.ok(shape);
    const bytes = readFileSync(file);
    const chunk = bytes.subarray(shape.start, shape.end);
    assert.ok(decodeDictionaryChunk(chunk, shape));
    // Cut short, and every byte after the dictionary page's header garbled.
    assert.equal(decodeDictionaryChunk(chunk.subarray(0, chunk.length - 3), shape), undefined);
    const garbled = Uint8Array.from(chunk, (byte, i) => (i > 12 ? 0xff : byte));
    assert.equal(decodeDictionaryChunk(garbled, shape), undefined);
    // A dictionary entry that is not UTF-8: the decoder's problem, unchanged.
    const broken = Buffer.from(bytes);
    const at = broken.indexOf("k1", shape.start);
    assert.ok(at > 0 && at < shape.end);
    broken[at] = 0xff;
    const file2 = files.write("damaged.parquet", broken);
    assert.equal(decodeDictionaryChunk(broken.subarray(shape.start, shape.end), shape), undefined);
    const direct = await readValues(file2, true);
    assert.deepEqual(direct.problems, (await readValues(file2, false)).problems);
    assert.equal(direct.problems.length, 1);
    assert.ok(!direct.asDictionary.has("kind"));
  });
});
