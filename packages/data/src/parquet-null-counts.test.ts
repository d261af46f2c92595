import assert from "node:assert/strict";
import { dirname, join } from "node:path";
import { after, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import {
  Table as ArrowTable,
  type Data,
  Field,
  Int32,
  List,
  makeData,
  RecordBatch,
  Schema,
  Struct,
  tableToIPC,
  Utf8,
  vectorFromArray,
} from "apache-arrow";
import { EnabledStatistics, Table, WriterPropertiesBuilder, writeParquet } from "parquet-wasm/node";
import type { ParquetColumnInfo } from "./parquet-chunk-plan.ts";
import { readParquetFooter } from "./parquet-footer.ts";
import { nullCountsOf } from "./parquet-null-counts.ts";
import { readParquet, readParquetColumns } from "./read-parquet.ts";
import { tempFiles } from "./test-files.ts";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "..", "test-fixtures");
const files = tempFiles();
after(files.cleanup);

/** The nulls of each column of each row group, counted from the rows `readParquet` gives. */
async function countedNulls(file: string, groupRows: readonly number[]): Promise<Map<string, number>[]> {
  const counts = groupRows.map(() => new Map<string, number>());
  let header: string[] = [];
  for await (const event of readParquet(file)) {
    if (event.kind === "header") header = event.columns;
    if (event.kind !== "rows") continue;
    for (const row of event.rows) {
      let group = 0;
      for (let end = groupRows[0] ?? 0; row.line > end; end += groupRows[group] ?? 0) group++;
      const count = counts[group] as Map<string, number>;
      header.forEach((name, i) => {
        count.set(name, (count.get(name) ?? 0) + (row.values[i] === null ? 1 : 0));
      });
    }
  }
  return counts;
}

/** Rows of a required and an optional int column, a text column with nulls and a list column. */
function writeSmall(name: string, statistics: EnabledStatistics, groupRows: number): string {
  const list = new List(new Field("item", new Int32(), true));
  const fields = [
    new Field("required", new Int32(), false),
    new Field("optional", new Int32(), true),
    new Field("text", new Utf8(), true),
    new Field("list", list, true),
  ];
  const children: Data[] = [
    vectorFromArray([1, 2, 3, 4, 5], new Int32()).data,
    vectorFromArray([1, null, 3, null, null], new Int32()).data,
    vectorFromArray(["a", "b", null, "d", "e"], new Utf8()).data,
    vectorFromArray([[1], null, [null], [], [2, 3]], list).data,
  ].map((chunks) => chunks[0] as Data);
  const type = new Struct(fields);
  const batch = new RecordBatch(new Schema(fields), makeData({ type, length: 5, nullCount: 0, children }));
  const properties = new WriterPropertiesBuilder()
    .setStatisticsEnabled(statistics)
    .setMaxRowGroupSize(groupRows)
    .build();
  const table = Table.fromIPCStream(tableToIPC(new ArrowTable([batch]), "stream"));
  return files.write(name, Buffer.from(writeParquet(table, properties)));
}

/** The null counts the footer tells. */
async function parquetNullCounts(file: string): Promise<ReadonlyMap<string, number>[]> {
  return nullCountsOf(await readParquetFooter(file));
}

describe("nullCountsOf", () => {
  test("pyarrow's statistics: each row group's nulls of each flat column, as the values have them", async () => {
    const file = join(fixtures, "groups-v2.parquet");
    const counts = await parquetNullCounts(file);
    assert.deepEqual(
      counts.map((count) => [...count.keys()]),
      counts.map(() => ["id", "small", "big", "score", "price", "name", "kind", "day", "seen", "flag"]),
    );
    // groups-v2: 2,500 rows in row groups of 700.
    const values = await countedNulls(file, [700, 700, 700, 400]);
    assert.deepEqual(
      counts,
      values.map((count) => new Map([...count].filter(([name]) => name !== "tags"))),
    );
    assert.ok(counts.some((count) => (count.get("name") ?? 0) > 0));
  });

  test("without statistics only a required column is told (it has no nulls); never a nested one", async () => {
    const bare = await parquetNullCounts(writeSmall("bare.parquet", EnabledStatistics.None, 3));
    assert.deepEqual(bare, [new Map([["required", 0]]), new Map([["required", 0]])]);
    const file = writeSmall("stats.parquet", EnabledStatistics.Chunk, 3);
    assert.deepEqual(await parquetNullCounts(file), [
      new Map([
        ["required", 0],
        ["optional", 1],
        ["text", 1],
      ]),
      new Map([
        ["required", 0],
        ["optional", 2],
        ["text", 0],
      ]),
    ]);
  });

  test("a file that is not Parquet has no footer to tell them", async () => {
    await assert.rejects(readParquetFooter(files.write("broken.parquet", "PAR1 not a footer PAR1")));
    await assert.rejects(readParquetFooter(files.write("short.parquet", "PAR1")));
  });
});

describe("readParquetColumns with null counts asked for", () => {
  test("a column of none or only nulls in a row group is counted, not decoded; the others are", async () => {
    // Row groups: rows 1-3 (optional and text hold 1 null each), rows 4-5 (optional only nulls, text none).
    const file = writeSmall("asked.parquet", EnabledStatistics.Chunk, 3);
    const asked: string[] = [];
    const countsNulls = (column: ParquetColumnInfo) => {
      asked.push(column.name);
      return column.name !== "required";
    };
    const events: unknown[] = [];
    for await (const event of readParquetColumns(file, { countsNulls })) {
      if (event.kind !== "columns") events.push(event);
      else {
        const read = event.columns.map((column) => column !== undefined);
        events.push({ line: event.line, rows: event.rows, read, counts: [...event.nullCounts] });
      }
    }
    assert.deepEqual(asked, ["required", "required", "optional", "text"]);
    assert.deepEqual(events, [
      { kind: "header", file, columns: ["required", "optional", "text", "list"] },
      { line: 1, rows: 3, read: [true, true, true, true], counts: [] },
      {
        line: 4,
        rows: 2,
        read: [true, false, false, true],
        counts: [
          [1, 2],
          [2, 0],
        ],
      },
    ]);
  });

  test("without statistics every column asked for is decoded", async () => {
    const file = writeSmall("unasked.parquet", EnabledStatistics.None, 5);
    const read: boolean[][] = [];
    const options = { columns: ["optional", "text"], countsNulls: () => true };
    for await (const event of readParquetColumns(file, options)) {
      if (event.kind === "columns") read.push(event.columns.map((column) => column !== undefined));
    }
    assert.deepEqual(read, [[false, true, true, false]]);
  });
});
