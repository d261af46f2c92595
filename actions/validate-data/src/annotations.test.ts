import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { CheckResult } from "@mlops-actions/data";
import { checkAnnotations } from "./annotations.ts";

const check = (overrides: Partial<CheckResult>): CheckResult => ({
  id: "column.age.min",
  scope: "column",
  column: "age",
  check: "min",
  expected: ">= 0",
  status: "fail",
  severity: "error",
  message: "age: 2 of 10 values (20.0%) fail >= 0",
  unexpected: 2,
  evaluated: 10,
  examples: [
    { value: "-1", file: "data.csv", line: 4 },
    { value: "-2", file: "data.csv", line: 9 },
  ],
  rule: { file: "schema.yml", line: 3, column: 5 },
  ...overrides,
});

describe("checkAnnotations", () => {
  test("one per failed check, on the first failing value, with the value and the count", () => {
    assert.deepEqual(checkAnnotations([check({}), check({ id: "column.age.max", status: "pass" })]), [
      {
        level: "error",
        title: "validate-data: column.age.min",
        message: 'age: 2 of 10 values (20.0%) fail >= 0; e.g. "-1" (first of 2)',
        file: "data.csv",
        line: 4,
      },
    ]);
  });

  test("aggregate checks point at their rule in the schema; warnings stay warnings", () => {
    const [annotation] = checkAnnotations([
      check({
        id: "column.age.stats.mean",
        severity: "warning",
        examples: [],
        unexpected: undefined,
        message: "m",
      }),
    ]);
    assert.deepEqual(annotation, {
      level: "warning",
      title: "validate-data: column.age.stats.mean",
      message: "m",
      file: "schema.yml",
      line: 3,
    });
  });

  test("file problems do not repeat their message as an example", () => {
    const [annotation] = checkAnnotations([
      check({
        id: "file.ragged-row",
        scope: "file",
        message: "ragged",
        examples: [{ value: "ragged", file: "d.csv", line: 2 }],
      }),
    ]);
    assert.equal(annotation?.message, "ragged", "the message already counts them");
  });
});
