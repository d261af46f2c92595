import assert from "node:assert/strict";
import { it } from "node:test";
import { evaluate, parseRule } from "@mlops-actions/metrics";
import { dataSchemaProblems } from "../../../test/fixtures/evaluate-gate/helpers.ts";
import { gateReportData, withNonFiniteAsStrings } from "./report-data.ts";

it("writes non-finite numbers as strings, everywhere, and drops undefined fields", () => {
  assert.deepEqual(
    withNonFiniteAsStrings({ a: Number.NaN, b: [Number.POSITIVE_INFINITY, -Infinity, 1], c: undefined }),
    {
      a: "NaN",
      b: ["Infinity", "-Infinity", 1],
    },
  );
});

it("puts the Evaluation at the top level and merges the provenance into `baseline`, matching the schema", () => {
  const candidate = new Map<string, number | string>([
    ["accuracy", Number.NaN],
    ["f1", 0.8],
    ["model", "resnet"],
  ]);
  const baseline = new Map<string, number>([
    ["accuracy", 0.9],
    ["f1", Number.POSITIVE_INFINITY],
    ["removed", 1],
  ]);
  const rules = ["accuracy >= 0.5", "f1 >= baseline - 2% [warn]"].map((text, i) =>
    parseRule(text, { file: "input 'rules'", line: i + 1, column: 1 }),
  );
  const evaluation = evaluate(
    candidate,
    baseline,
    { file: "", defaults: {}, metrics: [], rules: [] },
    { rules },
  );
  const data = gateReportData(
    evaluation,
    { source: "git", description: "file(s) at v1", sha: "a".repeat(40), stale: [], attempts: [] },
    { id: 3, url: "https://github.com/o/r/runs/3" },
  );
  assert.equal(data.verdict, evaluation.verdict);
  assert.deepEqual(data.failedMetrics, ["accuracy"]);
  assert.equal(data.baseline.present, true);
  assert.equal(data.baseline.source, "git");
  assert.equal(data.checkRun?.id, 3);
  assert.equal(data.rows.find((row) => row.name === "accuracy")?.candidate, "NaN");
  assert.deepEqual(dataSchemaProblems(JSON.parse(JSON.stringify(data))), []);
});
