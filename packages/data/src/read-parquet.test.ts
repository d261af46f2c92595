import assert from "node:assert/strict";
import { dirname, join } from "node:path";
import { after, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { parseSchema } from "./parse-schema.ts";
import { readAll, tempFiles } from "./test-files.ts";
import { validateDataset } from "./validate.ts";

// Written by pyarrow: scripts/golden/data_parquet.py.
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
