import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { SourceError } from "@mlops-actions/metrics";
import { parseSchema } from "./parse-schema.ts";

function failure(text: string): string {
  try {
    parseSchema(text, "schema.yml");
  } catch (error) {
    assert.ok(error instanceof SourceError, String(error));
    return error.message;
  }
  assert.fail("the schema was accepted");
}

describe("parseSchema", () => {
  test("reads columns, stats and dataset rules", () => {
    const schema = parseSchema(
      [
        "version: 1",
        "null-values: [NA, '-']",
        "columns:",
        "  age:",
        "    type: integer",
        "    nullable: false",
        "    min: 0",
        "    max: 130",
        "    mostly: 0.99",
        "    severity: warning",
        "    stats: { mean: { min: 20, max: 60 }, quantiles: { 0.9: { max: 100 } }, missing: { max: 0.1 } }",
        "  day: { type: date, format: DD/MM/YYYY, min: 01/01/2020 }",
        "  code: { pattern: '[A-Z]{3}', length: 3, in: [ABC, DEF] }",
        "dataset:",
        "  rows: { min: 10, max: 1000 }",
        "  columns: { match: superset, ordered: true }",
        "  unique: [[age, day], code]",
        "  no-duplicate-rows: true",
        "  compare: ['day >= day']",
      ].join("\n"),
      "schema.yml",
    );
    const [age, day, code] = schema.columns;
    assert.deepEqual(schema.nullValues, ["NA", "-"]);
    assert.equal(age?.type, "integer");
    assert.equal(age?.nullable, false);
    assert.equal(age?.min, 0);
    assert.equal(age?.mostly.min, 0.99);
    assert.equal(age?.mostly.unique, 0.99, "one number is every check's");
    assert.equal(age?.severity, "warning");
    assert.deepEqual(age?.stats.mean, { min: 20, max: 60 });
    assert.deepEqual(age?.stats.quantiles, [{ quantile: 0.9, range: { max: 100 } }]);
    assert.deepEqual(age?.location, { file: "schema.yml", line: 4, column: 3 });
    assert.equal(day?.dateFormat, "DD/MM/YYYY");
    assert.equal(day?.min, Date.UTC(2020, 0, 1) / 86_400_000);
    assert.equal(code?.pattern?.test("ABC"), true);
    assert.equal(code?.pattern?.test("xABC"), false);
    assert.deepEqual(code?.length, { min: 3, max: 3 });
    assert.deepEqual(schema.dataset.rows, { min: 10, max: 1000 });
    assert.deepEqual(schema.dataset.columns, { match: "superset", ordered: true });
    assert.deepEqual(
      schema.dataset.uniqueKeys.map((key) => key.columns),
      [["age", "day"], ["code"]],
    );
    assert.equal(schema.dataset.noDuplicateRows, true);
    assert.deepEqual(
      schema.dataset.comparisons.map(({ left, operator, right }) => [left, operator, right]),
      [["day", ">=", "day"]],
    );
  });

  test("an unknown key names file:line:col and suggests the right one", () => {
    assert.equal(
      failure("columns:\n  age:\n    type: integer\n    nulable: false\n"),
      "schema.yml:4:5: unknown key 'nulable' in column 'age'; did you mean 'nullable'?",
    );
    assert.match(
      failure("columns:\n  age: { zzz: 1 }\n"),
      /unknown key 'zzz' in column 'age'; expected one of type, nullable, min,/,
    );
    assert.match(
      failure("colums:\n  a: {}\n"),
      /^schema\.yml:1:1: unknown key 'colums' in the schema; did you mean 'columns'\?/,
    );
  });

  test("bad values name their position", () => {
    assert.match(
      failure("columns:\n  a: { type: integr }\n"),
      /^schema\.yml:2:14: type is 'integr'; did you mean 'integer'\?/,
    );
    assert.match(
      failure("columns:\n  a:\n    pattern: '[a-'\n"),
      /^schema\.yml:3:14: pattern is not a valid regular expression/,
    );
    assert.match(
      failure("columns:\n  a: { mostly: 2 }\n"),
      /^schema\.yml:2:16: mostly must be a share between 0 and 1/,
    );
    assert.match(
      failure("columns:\n  a: { min: 1, mostly: { mni: 0.9 } }\n"),
      /^schema\.yml:2:26: unknown key 'mni' in mostly; did you mean 'min'\?/,
    );
    assert.match(
      failure("columns:\n  a: { min: 1, mostly: { max: 1.5 } }\n"),
      /^schema\.yml:2:31: mostly max must be a share between 0 and 1/,
    );
    assert.match(
      failure("columns:\n  a: { min: 1, mostly: { pattern: 0.9 } }\n"),
      /^schema\.yml:2:26: mostly for 'pattern', which column 'a' does not check/,
    );
    assert.match(
      failure("columns:\n  a: { type: string, min: 3 }\n"),
      /min applies to integer, number, date and datetime/,
    );
    assert.match(
      failure("columns:\n  a: { type: integer, in: [1, x] }\n"),
      /^schema\.yml:2:31: in value 'x' is not a valid integer/,
    );
    assert.match(
      failure("dataset:\n  compare: ['a ~ b']\n"),
      /^schema\.yml:2:13: comparison 'a ~ b' must look like/,
    );
    assert.match(
      failure("columns:\n  a: { stats: { mean: { min: 3, max: 1 } } }\n"),
      /mean has min 3 above max 1/,
    );
    assert.match(failure("columns: [\n"), /^schema\.yml:\d+:\d+: invalid YAML/);
    assert.match(failure("- a\n"), /^schema\.yml:1:1: the schema must be a mapping/);
  });

  test("datetime bounds may be dates (midnight UTC) or date-times", () => {
    const schema = parseSchema(
      "columns:\n  t: { type: datetime, min: 2024-01-01, max: '2024-01-02T12:00:00+01:00' }\n",
      "s.yml",
    );
    assert.equal(schema.columns[0]?.min, Date.UTC(2024, 0, 1));
    assert.equal(schema.columns[0]?.max, Date.UTC(2024, 0, 2, 11));
  });

  test("a column with no rules is allowed", () => {
    const schema = parseSchema("columns:\n  a:\n  b: {}\n", "schema.yml");
    assert.deepEqual(
      schema.columns.map((column) => column.name),
      ["a", "b"],
    );
  });
});
