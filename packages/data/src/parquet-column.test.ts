import assert from "node:assert/strict";
import { dirname, join } from "node:path";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import type { ParquetColumn } from "./parquet-column.ts";
import { type ParquetColumnsEvent, readParquetColumns } from "./read-parquet.ts";
import { readAll } from "./test-files.ts";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "..", "test-fixtures");

async function columnEvents(file: string, rangeRows: number, columns?: string[]) {
  const events: ParquetColumnsEvent[] = [];
  for await (const event of readParquetColumns(file, columns ? { columns } : {}, rangeRows))
    events.push(event);
  return events;
}

describe("readParquetColumns", () => {
  // groups-v1: row groups of 1,000, 1,000 and 500 rows.
  const file = join(fixtures, "groups-v1.parquet");

  test("gives ranges of whole row groups, each with the line of its first row", async () => {
    const events = await columnEvents(file, 400);
    assert.equal(events[0]?.kind, "header");
    assert.deepEqual(
      events.slice(1).map((event) => (event.kind === "columns" ? [event.line, event.rows] : event.kind)),
      [
        [1, 400],
        [401, 400],
        [801, 200],
        [1001, 400],
        [1401, 400],
        [1801, 200],
        [2001, 400],
        [2401, 100],
      ],
    );
  });

  test("its columns' cells are the rows' values, and the columns not asked for are absent", async () => {
    const columns = ["score", "name", "tags"];
    const { rows } = await readAll(file, { columns });
    const events = await columnEvents(file, 700, columns);
    for (const event of events) {
      if (event.kind !== "columns") continue;
      event.columns.forEach((column, position) => {
        const expected = rows
          .slice(event.line - 1, event.line - 1 + event.rows)
          .map((row) => row.values[position]);
        if (column) assert.deepEqual(column.cells(), expected);
        else assert.ok(expected.every((value) => value === null));
      });
      assert.deepEqual(
        event.columns.map((column) => column !== undefined),
        [false, false, false, true, false, true, false, false, false, false, true],
      );
    }
  });
});

describe("readParquetColumns' ranges of copied columns", () => {
  const file = join(fixtures, "groups-v1.parquet");

  test("a range's columns are read until the next range; a column read through IPC stays readable", async () => {
    for (const [columns, copied] of [
      [["id", "name"], true],
      [["id", "tags"], false],
    ] as const) {
      const { rows } = await readAll(file, { columns: [...columns] });
      let previous: ParquetColumn | undefined;
      let ranges = 0;
      for await (const event of readParquetColumns(file, { columns: [...columns] }, 300)) {
        if (event.kind !== "columns") continue;
        const id = event.columns[0] as ParquetColumn;
        const expected = rows.slice(event.line - 1, event.line - 1 + event.rows).map((row) => row.values[0]);
        assert.deepEqual(id.cells(), expected);
        if (previous && event.line % 1000 !== 1) {
          // Within a row group, the next range reuses the previous one's memory.
          if (copied) assert.throws(() => previous?.numbers(), /before the next range is decoded/);
          else assert.ok(previous.numbers());
        }
        previous = id;
        ranges++;
      }
      assert.equal(ranges, 10);
    }
  });
});

describe("ParquetColumn.numbers", () => {
  test("numeric columns as doubles equal to their cells, nulls marked; none for other types", async () => {
    const numeric = new Set(["id", "small", "big", "score"]);
    for (const fixture of ["groups-v1.parquet", "groups-v2.parquet", "people-snappy.parquet"]) {
      const events = await columnEvents(join(fixtures, fixture), 512);
      const header = events[0]?.kind === "header" ? events[0].columns : [];
      for (const event of events) {
        if (event.kind !== "columns") continue;
        event.columns.forEach((column, position) => {
          const name = header[position] as string;
          const numbers = (column as ParquetColumn).numbers();
          if (!numeric.has(name)) {
            assert.equal(numbers, undefined, `${fixture} ${name}`);
            return;
          }
          assert.ok(numbers, `${fixture} ${name}`);
          const fromNumbers = Array.from(numbers.values, (value, i) =>
            numbers.present && numbers.present[i] === 0 ? null : value,
          );
          assert.deepEqual(fromNumbers, column?.cells(), `${fixture} ${name}`);
        });
      }
    }
  });
});
