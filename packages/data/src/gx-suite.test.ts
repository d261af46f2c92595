import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { SourceError } from "@mlops-actions/metrics";
import { GX_EXPECTATIONS, gxSuiteToYaml, parseGxSuite } from "./gx-suite.ts";
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

/** The message of the SourceError that refusing `suite` throws. */
const rejection = (suite: unknown) => {
  try {
    parseGxSuite(JSON.stringify(suite), "suite.json");
  } catch (error) {
    assert.ok(error instanceof SourceError);
    return error.message;
  }
  assert.fail("accepted");
};

/** The failing checks, as `[id, unexpected]`, of `csv` validated against the converted `expectations`. */
const failedChecks = async (expectations: unknown[], csv: string) => {
  const suite = files.write("suite.json", JSON.stringify({ expectations }));
  const data = files.write("d.csv", csv);
  const result = await validateDataset([data], await readSchemaFile(suite));
  return result.checks.filter((c) => c.status === "fail").map((c) => [c.id, c.unexpected]);
};

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
    assert.deepEqual([age?.nullable, age?.min, age?.max], [false, 0, 120]);
    assert.deepEqual([age?.mostly.nullable, age?.mostly.min, age?.mostly.max], [0.5, 0.5, 0.5]);
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
    const fail = rejection;
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

  test("a repeat that would overwrite an earlier rule is an error naming both expectations", () => {
    const regex = (pattern: string) =>
      expectation("expect_column_values_to_match_regex", { column: "city", regex: pattern });
    assert.match(
      rejection({ expectations: [regex("^[A-Z]"), regex("^P")] }),
      /^suite\.json: expectation 2 \(expect_column_values_to_match_regex\): column 'city' already has a different pattern from expectation 1 \(expect_column_values_to_match_regex\)$/,
    );
    const inSet = (values: string[]) =>
      expectation("expect_column_values_to_be_in_set", { column: "city", value_set: values });
    assert.match(
      rejection({ expectations: [inSet(["Paris"]), regex("x"), inSet(["Rome"])] }),
      /expectation 3 \(expect_column_values_to_be_in_set\): column 'city' already has a different in from expectation 1 \(expect_column_values_to_be_in_set\)/,
    );
    const quantiles = (quantile: number, max: number) =>
      expectation("expect_column_quantile_values_to_be_between", {
        column: "age",
        quantile_ranges: { quantiles: [quantile], value_ranges: [[null, max]] },
      });
    assert.match(
      rejection({ expectations: [quantiles(0.5, 40), quantiles(0.5, 50)] }),
      /expectation 2 \(expect_column_quantile_values_to_be_between\): column 'age' already has a different quantile 0\.5 from expectation 1 \(expect_column_quantile_values_to_be_between\)/,
    );
    assert.match(
      rejection({
        expectations: [
          expectation("expect_table_row_count_to_be_between", { min_value: 1 }),
          expectation("expect_table_row_count_to_equal", { value: 3 }),
        ],
      }),
      /expectation 2 \(expect_table_row_count_to_equal\): the dataset already has a different row count from expectation 1 \(expect_table_row_count_to_be_between\)/,
    );
    // An identical repeat is harmless, and ranges of different quantiles add up.
    const schema = parseGxSuite(
      JSON.stringify({
        expectations: [inSet(["Paris"]), inSet(["Paris"]), quantiles(0.5, 40), quantiles(0.9, 60)],
      }),
      "suite.json",
    );
    const [city, age] = schema.columns;
    assert.deepEqual(city?.in, ["Paris"]);
    assert.deepEqual(age?.stats.quantiles, [
      { quantile: 0.5, range: { max: 40 } },
      { quantile: 0.9, range: { max: 60 } },
    ]);
  });

  test("mostly on a dataset rule and kwargs the conversion cannot honour are errors naming them", () => {
    const one = (type: string, kwargs: Record<string, unknown>) =>
      rejection({ expectations: [expectation(type, kwargs)] });
    assert.match(
      one("expect_compound_columns_to_be_unique", { column_list: ["a", "b"], mostly: 0.9 }),
      /expectation 1 \(expect_compound_columns_to_be_unique\): mostly 0\.9 is not supported for this expectation/,
    );
    assert.match(
      one("expect_column_pair_values_a_to_be_greater_than_b", { column_A: "a", column_B: "b", mostly: 0.9 }),
      /expectation 1 \(expect_column_pair_values_a_to_be_greater_than_b\): mostly 0\.9 is not supported for this expectation/,
    );
    assert.match(
      one("expect_column_values_to_not_be_null", {
        column: "a",
        row_condition: 'b=="x"',
        condition_parser: "pandas",
      }),
      /expectation 1 \(expect_column_values_to_not_be_null\): row_condition "b==\\"x\\"" is not supported/,
    );
    assert.match(
      one("expect_column_values_to_be_unique", { column: "a", condition_parser: "great_expectations" }),
      /expectation 1 \(expect_column_values_to_be_unique\): condition_parser "great_expectations" is not supported/,
    );
    assert.match(
      one("expect_column_to_exist", { column: "a", column_index: 2 }),
      /expectation 1 \(expect_column_to_exist\): column_index 2 is not supported/,
    );
    assert.match(
      one("expect_column_mean_to_be_between", { column: "a", min_value: 1, mostly: 0.5 }),
      /expectation 1 \(expect_column_mean_to_be_between\): mostly 0\.5 is not supported for this expectation/,
    );
    // What GX suites carry besides the rules is accepted (GX 1.x writes defaults out or leaves them null).
    const schema = parseGxSuite(
      JSON.stringify({
        name: "t",
        expectations: [
          {
            type: "expect_column_values_to_be_between",
            kwargs: {
              column: "a",
              min_value: 0,
              strict_min: false,
              strict_max: false,
              row_condition: null,
              condition_parser: null,
              result_format: "BASIC",
              include_config: true,
              catch_exceptions: true,
              meta: {},
              notes: null,
            },
            meta: {},
            id: "6528f8ec-f6d5-4133-82db-4a1e80edddbe",
            severity: "critical",
            rendered_content: [],
          },
          expectation("expect_compound_columns_to_be_unique", { column_list: ["a", "b"], mostly: 1 }),
        ],
        meta: { great_expectations_version: "1.24.1" },
      }),
      "suite.json",
    );
    assert.equal(schema.columns[0]?.min, 0);
  });

  test("bounds that are not numbers, and a missing value set or value, are errors naming the kwarg", () => {
    const one = (type: string, kwargs: Record<string, unknown>) =>
      rejection({ expectations: [expectation(type, kwargs)] });
    assert.match(
      one("expect_column_values_to_be_between", {
        column: "a",
        min_value: { $PARAMETER: "low" },
        max_value: 3,
      }),
      /expectation 1 \(expect_column_values_to_be_between\): min_value \{"\$PARAMETER":"low"\} is not a number/,
    );
    assert.match(
      one("expect_column_value_lengths_to_be_between", { column: "a", min_value: "3" }),
      /expectation 1 \(expect_column_value_lengths_to_be_between\): min_value "3" is not a number/,
    );
    assert.match(
      one("expect_table_row_count_to_be_between", { min_value: 1, max_value: "100" }),
      /expectation 1 \(expect_table_row_count_to_be_between\): max_value "100" is not a number/,
    );
    assert.match(
      one("expect_column_mean_to_be_between", { column: "a", max_value: { $PARAMETER: "m" } }),
      /expectation 1 \(expect_column_mean_to_be_between\): max_value \{"\$PARAMETER":"m"\} is not a number/,
    );
    assert.match(
      one("expect_column_quantile_values_to_be_between", {
        column: "a",
        quantile_ranges: { quantiles: [0.5], value_ranges: [["1", 2]] },
      }),
      /expectation 1 \(expect_column_quantile_values_to_be_between\): quantile_ranges value_ranges\[0\]\[0\] "1" is not a number/,
    );
    assert.match(
      one("expect_column_values_to_be_in_set", { column: "a" }),
      /expectation 1 \(expect_column_values_to_be_in_set\): value_set is missing/,
    );
    assert.match(
      one("expect_table_row_count_to_equal", {}),
      /expectation 1 \(expect_table_row_count_to_equal\): value is missing/,
    );
    // A text bound is a date, for a date or datetime column only (its type may come before or after).
    assert.match(
      one("expect_column_values_to_be_between", { column: "a", min_value: "3" }),
      /expectation 1 \(expect_column_values_to_be_between\): min_value "3" is not a number/,
    );
    const dates = (order: "type first" | "bounds first") => {
      const between = expectation("expect_column_values_to_be_between", {
        column: "d",
        min_value: "2024-01-01",
        max_value: "2024-12-31",
      });
      const format = expectation("expect_column_values_to_match_strftime_format", {
        column: "d",
        strftime_format: "%Y-%m-%d",
      });
      const expectations = order === "type first" ? [format, between] : [between, format];
      return parseGxSuite(JSON.stringify({ expectations }), "suite.json").columns[0];
    };
    for (const column of [dates("type first"), dates("bounds first")]) {
      assert.equal(column?.type, "date");
      assert.equal(typeof column?.min, "number");
    }
  });

  test("a count of distinct values leaves a text column text", async () => {
    const distinct = expectation("expect_column_unique_value_count_to_be_between", {
      column: "c",
      min_value: 1,
      max_value: 5,
    });
    assert.deepEqual(await failedChecks([distinct], "c\nParis\nRome\nOslo\n"), []);
    assert.deepEqual(await failedChecks([distinct], "c\nParis\nRome\nOslo\nA\nB\nC\n"), [
      ["column.c.stats.distinct", undefined],
    ]);
  });

  test("each expectation's mostly applies to the checks it creates only", async () => {
    const notNull = (kwargs: Record<string, unknown> = {}) =>
      expectation("expect_column_values_to_not_be_null", { column: "a", ...kwargs });
    const between = expectation("expect_column_values_to_be_between", {
      column: "a",
      min_value: 0,
      max_value: 10,
      mostly: 0.8,
    });
    // As GX 1.24: the not-null check fails on the one missing value, 99 is within between's allowance.
    const csv = `a,b\n${["1", "2", "3", "4", "", "6", "7", "8", "99", "9"].map((a) => `${a},x`).join("\n")}\n`;
    assert.deepEqual(await failedChecks([notNull(), between], csv), [["column.a.nullable", 1]]);
    const yaml = (expectations: unknown[]) => gxSuiteToYaml(JSON.stringify({ expectations }), "suite.json");
    assert.match(yaml([notNull(), between]), /\n {4}mostly:\n {6}min: 0\.8\n {6}max: 0\.8\n/);
    assert.match(yaml([notNull({ mostly: 0.8 }), between]), /\n {4}mostly: 0\.8\n/);
    assert.doesNotMatch(yaml([notNull({ mostly: 1 })]), /mostly/);
    // Two expectations creating the same check: the stricter share is the one both need.
    assert.match(yaml([notNull({ mostly: 0.5 }), notNull({ mostly: 0.9 })]), /\n {4}mostly: 0\.9\n/);
  });

  test("a numeric value set on a column with no type compares numbers, as pandas reads them", async () => {
    const kwargs = (column: string, values: unknown[]) => ({ column, value_set: values });
    const expectations = [
      expectation("expect_column_values_to_be_in_set", kwargs("n", [1, 2, 3])),
      expectation("expect_column_values_to_not_be_in_set", kwargs("n", [4])),
      expectation("expect_column_values_to_be_in_set", kwargs("t", ["a", "b"])),
    ];
    assert.deepEqual(await failedChecks(expectations, "n,t\n1.0,a\n2,b\n3.0,c\n4.0,a\n"), [
      ["column.n.in", 1],
      ["column.n.not-in", 1],
      ["column.t.in", 1],
    ]);
  });

  test("columns follow an ordered column list even when other expectations name them first", async () => {
    const expectations = [
      expectation("expect_column_values_to_not_be_null", { column: "b" }),
      expectation("expect_table_columns_to_match_ordered_list", { column_list: ["a", "b"] }),
    ];
    assert.deepEqual(await failedChecks(expectations, "a,b\n1,2\n"), []);
  });
});
