import assert from "node:assert/strict";
import { it } from "node:test";
import { isUserError } from "@mlops-actions/kit";
import { readRules } from "./inputs.ts";

it("reads one rule a line, skipping blanks and comments", () => {
  const rules = readRules("accuracy >= 0.9\n\n# a comment\n  f1 >= baseline - 0.01 [warn]\n");
  assert.deepEqual(
    rules.map((rule) => [rule.metric, rule.op, rule.severity, rule.location?.line, rule.location?.column]),
    [
      ["accuracy", ">=", undefined, 1, 1],
      ["f1", ">=", "warn", 4, 3],
    ],
  );
});

it("points a bad rule at its line and column in the input, as a user error without a file", () => {
  assert.throws(
    () => readRules("accuracy >= 0.9\n  f1 => 0.8"),
    (error: unknown) =>
      isUserError(error) && error.file === undefined && /^input 'rules':2:6: .*'>='/.test(error.message),
  );
});
