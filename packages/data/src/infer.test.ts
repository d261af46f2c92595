import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { inferSchema } from "./infer.ts";
import { parseSchema } from "./parse-schema.ts";
import { renderInferredSchema } from "./render-inferred.ts";
import { tempFiles } from "./test-files.ts";
import { validateDataset } from "./validate.ts";

const files = tempFiles();
after(files.cleanup);

const CSV = [
  "id,city,score,day,when,flag,note,empty",
  "1,Paris,1.5,2024-01-02,2024-01-02T10:00:00Z,true,,",
  '2,Paris,2,2024-02-03,2024-01-02 11:00,false,"a ""quoted"": note",',
  "3,Rome,-0.25,2023-12-31,2024-01-02T10:00:00+02:00,TRUE,y,",
  "4,Rome,3,2024-01-01,2024-01-03T00:00:00.5Z,false,,",
  "5,Rome,1e-3,2024-01-01,2024-01-03T00:00:00Z,false,z,",
].join("\n");

describe("inferSchema", () => {
  test("infers types, nullability, ranges, categories and uniqueness", async () => {
    const result = await inferSchema([files.write("infer.csv", CSV)]);
    const columns = new Map(result.columns.map((column) => [column.name, column]));
    assert.equal(result.rows, 5);
    assert.deepEqual(
      result.columns.map((column) => [column.name, column.type]),
      [
        ["id", "integer"],
        ["city", "category"],
        ["score", "number"],
        ["day", "date"],
        ["when", "datetime"],
        ["flag", "boolean"],
        ["note", "string"],
        ["empty", "string"],
      ],
    );
    assert.equal(columns.get("id")?.unique, true);
    assert.deepEqual([columns.get("score")?.min, columns.get("score")?.max], [-0.25, 3]);
    assert.deepEqual(columns.get("city")?.categories, ["Paris", "Rome"]);
    assert.equal(columns.get("note")?.missing, 2);
    assert.equal(columns.get("empty")?.values, 0);
  });

  test("the rendered schema has comments and validates the data it came from", async () => {
    const file = files.write("roundtrip.csv", CSV);
    const text = renderInferredSchema(await inferSchema([file]));
    assert.match(text, /# observed: 5 value\(s\), 0 missing, 5 distinct, range 1 \.\. 5/);
    const result = await validateDataset([file], parseSchema(text, "inferred.yml"));
    assert.deepEqual(
      result.checks.filter((check) => check.status === "fail").map((check) => check.message),
      [],
    );
    assert.ok(result.checks.length > 20);
  });

  test("a date layout other than ISO is found and written as the format", async () => {
    const file = files.write("dates.csv", "d\n31/01/2024\n01/02/2024\n");
    const text = renderInferredSchema(await inferSchema([file]));
    assert.match(text, /type: date\n\s+format: DD\/MM\/YYYY/);
    const result = await validateDataset([file], parseSchema(text, "inferred.yml"));
    assert.equal(result.errors, 0);
  });
});
