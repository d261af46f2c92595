import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { after, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { asyncBufferFromFile, parquetMetadata, parquetMetadataAsync, parquetRead } from "hyparquet";
import { compressors } from "hyparquet-compressors";
import type { DecodedColumn } from "./parquet-column.ts";
import { parseSchema } from "./parse-schema.ts";
import { readParquet, readParquetColumns } from "./read-parquet.ts";
import type { ReadEvent, Row } from "./reader-types.ts";
import { readAll, tempFiles } from "./test-files.ts";
import { validateDataset } from "./validate.ts";
import type { CellValue } from "./value.ts";

// Written by pyarrow: scripts/golden/data_parquet.py (people-*) and data_parquet_groups.py (groups-*).
const fixtures = join(dirname(fileURLToPath(import.meta.url)), "..", "test-fixtures");
const files = tempFiles();
after(files.cleanup);

describe("readParquet", () => {
  for (const codec of ["snappy", "gzip", "zstd"]) {
    test(`reads a pyarrow file compressed with ${codec}, row groups in order`, async () => {
      const { headers, rows, problems } = await readAll(join(fixtures, `people-${codec}.parquet`));
      assert.deepEqual(problems, []);
      assert.deepEqual(headers, [["id", "score", "name", "day", "seen", "active"]]);
      assert.equal(rows.length, 10);
      assert.deepEqual(rows[0], {
        line: 1,
        values: [1, 0.5, "ann", "2024-01-01", "2024-01-01T00:30:00.000Z", true],
      });
      assert.deepEqual(rows[3], {
        line: 4,
        values: [4, 3, null, "2024-01-04", "2024-01-01T03:30:00.000Z", false],
      });
      assert.deepEqual(
        rows.map((row) => row.line),
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      );
    });
  }

  test("reads only the columns asked for", async () => {
    const { rows } = await readAll(join(fixtures, "people-zstd.parquet"), { columns: ["name"] });
    assert.deepEqual(rows[1]?.values, [null, null, "bob", null, null, null]);
  });

  test("validates typed Parquet values against a schema", async () => {
    const schema = parseSchema(
      "columns:\n  id: { type: integer, unique: true }\n  score: { type: number, min: 0 }\n  day: { type: date, max: 2024-01-08 }\n  seen: { type: datetime }\n  active: { type: boolean }\n",
      "s.yml",
    );
    const result = await validateDataset([join(fixtures, "people-snappy.parquet")], schema);
    const failed = result.checks.filter((check) => check.status === "fail");
    assert.deepEqual(
      failed.map((check) => [check.id, check.unexpected, check.examples.map((e) => e.line)]),
      [
        ["column.score.min", 1, [5]],
        ["column.day.max", 2, [9, 10]],
      ],
    );
  });

  test("a file that is not Parquet is a problem", async () => {
    const { problems } = await readAll(files.write("fake.parquet", "id,name\n1,x\n"));
    assert.deepEqual(
      problems.map((p) => p.kind),
      ["unreadable"],
    );
  });
});

/**
 * What the reader gave before it read in row ranges: hyparquet's rows of the whole file at once, each value
 * made a cell (int64 and decimals as numbers, dates as days, timestamps as ISO text, lists as JSON).
 */
async function wholeFileRows(file: string, columns?: string[]): Promise<{ header: string[]; rows: Row[] }> {
  const buffer = await asyncBufferFromFile(file);
  const metadata = await parquetMetadataAsync(buffer);
  const names = ["id", "small", "big", "score", "price", "name", "kind", "day", "seen", "flag", "tags"];
  const wanted = columns ?? names;
  const dates = new Set(
    wanted.filter((name) => metadata.schema.some((e) => e.name === name && e.converted_type === "DATE")),
  );
  let data: unknown[][] = [];
  await parquetRead({
    file: buffer,
    metadata,
    columns: wanted,
    compressors,
    onComplete: (rows) => (data = rows),
  });
  const rows = data.map((values, index) => {
    const cells: Row["values"] = names.map(() => null);
    wanted.forEach((name, i) => {
      cells[names.indexOf(name)] = oldCell(values[i], dates.has(name));
    });
    return { line: index + 1, values: cells };
  });
  return { header: names, rows };
}

function oldCell(value: unknown, isDate: boolean): Row["values"][number] {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return isDate ? value.toISOString().slice(0, 10) : value.toISOString();
  return JSON.stringify(value, (_key, inner: unknown) => (typeof inner === "bigint" ? Number(inner) : inner));
}

async function events(file: string, batchSize: number, rangeRows: number, columns?: string[]) {
  const all: ReadEvent[] = [];
  for await (const event of readParquet(file, { batchSize, ...(columns ? { columns } : {}) }, rangeRows)) {
    all.push(event);
  }
  return all;
}

describe("readParquet in row ranges", () => {
  // v1: data pages v1, snappy, groups of 1,000 rows, pages of 100 to 400 rows, dictionaries falling back to
  // plain; v2: data pages v2, zstd, page indexes, groups of 700 rows. Both: 2,500 rows with nulls.
  for (const fixture of ["groups-v1.parquet", "groups-v2.parquet"]) {
    const file = join(fixtures, fixture);
    for (const [batchSize, rangeRows] of [
      [128, 1],
      [100, 350],
      [2048, 65_536],
    ] as const) {
      test(`${fixture}: ranges of ${rangeRows} rows (in whole batches of ${batchSize}) give the whole file's rows`, async () => {
        const expected = await wholeFileRows(file);
        const got = await events(file, batchSize, rangeRows);
        assert.deepEqual(got[0], { kind: "header", file, columns: expected.header });
        const batches = got.slice(1).map((event) => (event.kind === "rows" ? event.rows : []));
        assert.equal(batches.length, got.length - 1, "only rows after the header");
        assert.ok(batches.every((rows) => rows.length > 0 && rows.length <= batchSize));
        assert.deepEqual(batches.flat(), expected.rows);
      });
    }

    test(`${fixture}: only the columns asked for, the others null`, async () => {
      const columns = ["seen", "id", "tags", "day"];
      const expected = await wholeFileRows(file, columns);
      const got = await events(file, 256, 512, columns);
      const rows = got.flatMap((event) => (event.kind === "rows" ? event.rows : []));
      assert.equal(rows.length, 2500);
      assert.deepEqual(rows, expected.rows);
    });
  }

  test("by columns, each row group's ranges take over the previous group's buffers, ending its lease", async () => {
    const file = join(fixtures, "groups-v1.parquet");
    const columns = ["id", "score", "name"];
    const expected = await wholeFileRows(file, columns);
    const values: CellValue[][] = [];
    let previous: DecodedColumn | undefined;
    let positions: number[] = [];
    let ended = 0;
    const ranges: number[] = [];
    for await (const event of readParquetColumns(file, { columns }, 1000)) {
      if (event.kind === "header") positions = columns.map((name) => event.columns.indexOf(name));
      if (event.kind !== "columns") continue;
      ranges.push(event.rows);
      if (previous) {
        assert.throws(() => previous?.numbers(), /before the next range is decoded/);
        ended++;
      }
      const cells = positions.map((position) => event.columns[position]?.cells() ?? []);
      for (let row = 0; row < event.rows; row++) values.push(cells.map((column) => column[row] as CellValue));
      previous = event.columns[positions[0] as number];
      assert.ok(previous?.numbers());
    }
    // Each row group is one range.
    assert.deepEqual(ranges, [1000, 1000, 500]);
    assert.equal(ended, 2);
    assert.deepEqual(
      values,
      expected.rows.map((row) => columns.map((name) => row.values[expected.header.indexOf(name)])),
    );
  });

  test("the values are the types pyarrow wrote, nulls included", async () => {
    const { rows } = await readAll(join(fixtures, "groups-v1.parquet"));
    assert.deepEqual(rows[1], {
      line: 2,
      values: [
        1000003,
        -149,
        2 ** 53 + 7,
        37 / 8,
        0.01,
        "név-2919",
        "bb",
        "2020-01-02",
        "2024-03-01T00:01:01.000Z",
        false,
        "[0]",
      ],
    });
    assert.deepEqual(rows[0]?.values.slice(0, 4), [null, -150, 2 ** 53, null]);
    assert.ok(Number.isNaN(rows[5]?.values[3]));
    assert.equal(rows[2499]?.line, 2500);
    assert.deepEqual(rows[2499]?.values[7], "2021-11-30");
  });

  test("a row group that cannot be decoded is a problem at its first row, after the rows before it", async () => {
    const bytes = readFileSync(join(fixtures, "groups-v1.parquet"));
    const metadata = parquetMetadata(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    );
    const chunk = metadata.row_groups[1]?.columns[0]?.meta_data;
    assert.ok(chunk);
    const start = Number(chunk.dictionary_page_offset || chunk.data_page_offset);
    bytes.fill(0xff, start, start + 8);
    const got = await events(files.write("broken.parquet", bytes), 500, 65_536);
    assert.deepEqual(
      got.map((event) => (event.kind === "rows" ? event.rows.length : event.kind)),
      ["header", 500, 500, "problem"],
    );
    const last = got.at(-1);
    assert.equal(last?.kind === "problem" && last.problem.kind, "unreadable");
    assert.equal(last?.kind === "problem" && last.problem.line, 1001);
  });
});
