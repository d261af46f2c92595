import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { SourceError } from "@mlops-actions/metrics";
import { GX_EXPECTATIONS, parseGxSuite } from "./gx-suite.ts";
import { readSchemaFile } from "./parse-schema.ts";
import { tempFiles } from "./test-files.ts";
import { validateDataset } from "./validate.ts";

const files = tempFiles();
after(files.cleanup);

const expectation = (type: string, kwargs: Record<string, unknown>) => ({
  expectation_type: type,
  kwargs,
  meta: {},
});

const SUITE = {
  expectation_suite_name: "train",
  data_asset_type: "Dataset",
  expectations: [
    expectation("expect_table_columns_to_match_ordered_list", {
      column_list: ["id", "age", "city", "start", "end"],
    }),
    expectation("expect_table_row_count_to_be_between", { min_value: 1, max_value: 100 }),
    expectation("expect_column_values_to_be_unique", { column: "id" }),
    expectation("expect_column_values_to_be_of_type", { column: "id", type_: "int64" }),
    expectation("expect_column_values_to_not_be_null", { column: "age", mostly: 0.5 }),
    expectation("expect_column_values_to_be_between", {
      column: "age",
      min_value: 0,
      max_value: 120,
      mostly: 0.5,
    }),
    expectation("expect_column_mean_to_be_between", { column: "age", min_value: 20, max_value: 60 }),
    expectation("expect_column_min_to_be_between", { column: "age", min_value: 0, max_value: 35 }),
    expectation("expect_column_max_to_be_between", { column: "age", min_value: 45, max_value: 49 }),
    expectation("expect_column_values_to_be_in_set", { column: "city", value_set: ["Paris", "Rome"] }),
    expectation("expect_column_values_to_match_regex", { column: "city", regex: "^[A-Z]" }),
    expectation("expect_column_quantile_values_to_be_between", {
      column: "age",
      quantile_ranges: {
        quantiles: [0.5, 0.9],
        value_ranges: [
          [null, 40],
          [30, null],
        ],
      },
    }),
    expectation("expect_compound_columns_to_be_unique", { column_list: ["id", "city"] }),
    expectation("expect_column_pair_values_a_to_be_greater_than_b", {
      column_A: "end",
      column_B: "start",
      or_equal: true,
    }),
    // GX 1.x writes `type` instead of `expectation_type`.
    {
      type: "expect_column_values_to_match_strftime_format",
      kwargs: { column: "start", strftime_format: "%Y-%m-%d" },
    },
  ],
};

describe("parseGxSuite", () => {
  test("converts the common expectations into schema rules", () => {
    const schema = parseGxSuite(JSON.stringify(SUITE), "suite.json");
    const [id, age, city, start] = schema.columns;
    assert.deepEqual(
      schema.columns.map((c) => c.name),
      ["id", "age", "city", "start", "end"],
    );
    assert.deepEqual([id?.type, id?.unique], ["integer", true]);
    assert.deepEqual([age?.nullable, age?.min, age?.max, age?.mostly], [false, 0, 120, 0.5]);
    assert.deepEqual(age?.stats.mean, { min: 20, max: 60 });
    assert.deepEqual(
      [age?.stats.min, age?.stats.max],
      [
        { min: 0, max: 35 },
        { min: 45, max: 49 },
      ],
    );
    assert.deepEqual(age?.stats.quantiles, [
      { quantile: 0.5, range: { max: 40 } },
      { quantile: 0.9, range: { min: 30 } },
    ]);
    assert.deepEqual(city?.in, ["Paris", "Rome"]);
    assert.equal(city?.pattern?.test("Paris x"), true, "GX regexes search anywhere in the value");
    assert.equal(city?.pattern?.test("paris"), false);
    assert.equal(start?.type, "date");
    assert.deepEqual(schema.dataset.columns, { match: "exact", ordered: true });
    assert.deepEqual(schema.dataset.rows, { min: 1, max: 100 });
    assert.deepEqual(schema.dataset.uniqueKeys[0]?.columns, ["id", "city"]);
    assert.equal(schema.dataset.comparisons[0]?.text, "end >= start");
    assert.ok(GX_EXPECTATIONS.length >= 20);
  });

  test("validates data like the suite would", async () => {
    const suite = files.write("suite.json", JSON.stringify(SUITE));
    const data = files.write(
      "d.csv",
      "id,age,city,start,end\n1,30,Paris,2024-01-01,2024-01-02\n2,,Rome,2024-01-05,2024-01-01\n2,50,rome,2024-01-01,2024-01-01\n",
    );
    const result = await validateDataset([data], await readSchemaFile(suite));
    const failed = result.checks.filter((c) => c.status === "fail").map((c) => [c.id, c.unexpected]);
    assert.deepEqual(failed, [
      ["column.id.unique", 1],
      // The largest age is 50; the smallest, 30, is within its range.
      ["column.age.stats.max", undefined],
      ["column.city.in", 1],
      ["column.city.pattern", 1],
      ["dataset.compare.end>=start", 1],
    ]);
  });

  test("unsupported expectations and kwargs are errors naming them", () => {
    const fail = (suite: unknown) => {
      try {
        parseGxSuite(JSON.stringify(suite), "suite.json");
      } catch (error) {
        assert.ok(error instanceof SourceError);
        return error.message;
      }
      assert.fail("accepted");
    };
    assert.match(
      fail({ expectations: [expectation("expect_column_kl_divergence_to_be_less_than", { column: "a" })] }),
      /^suite\.json: unsupported expectation\(s\) expect_column_kl_divergence_to_be_less_than; supported: /,
    );
    assert.match(
      fail({
        expectations: [
          expectation("expect_column_values_to_be_between", { column: "a", min_value: 0, strict_min: true }),
        ],
      }),
      /expectation 1 \(expect_column_values_to_be_between\): strict_min\/strict_max are not supported/,
    );
    assert.match(fail({ name: "x" }), /not a Great Expectations suite/);
    assert.match(
      fail({
        expectations: [expectation("expect_column_values_to_be_of_type", { column: "a", type_: "geometry" })],
      }),
      /type 'geometry' has no equivalent/,
    );
  });
});
