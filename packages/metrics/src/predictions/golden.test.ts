// Metric values and McNemar's counts and p-value against scikit-learn and scipy (golden values from
// scripts/golden/predictions_golden.py), within 1e-9.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { comparePredictions } from "./compare-predictions.ts";
import { pairPredictions } from "./pair-predictions.ts";
import { parsePredictions } from "./parse-predictions.ts";
import { regressionScores } from "./regression-scores.ts";

const goldenDir = new URL("../../golden/predictions/", import.meta.url);
type Values = Record<string, number>;
interface Dataset {
  candidate: Values;
  baseline: Values;
  mcnemar?: Values;
}
interface Golden {
  [dataset: string]: unknown;
  r2Constant: { perfect: number; imperfect: number };
}
const golden = JSON.parse(readFileSync(new URL("golden.json", goldenDir), "utf8")) as Golden;

function close(actual: number | undefined, expected: number, what: string): void {
  assert.ok(actual !== undefined && Math.abs(actual - expected) <= 1e-9, `${what}: ${actual} vs ${expected}`);
}

async function read(name: string) {
  const path = fileURLToPath(new URL(name, goldenDir));
  return parsePredictions(await readFile(path, "utf8"), path);
}

async function compare(dataset: string) {
  const candidate = await read(`${dataset}-candidate.csv`);
  const baseline = await read(`${dataset}-baseline.csv`);
  return comparePredictions(pairPredictions(candidate, baseline), { resamples: 200 });
}

describe("metrics from predictions equal scikit-learn's", () => {
  for (const dataset of ["binary", "multiclass", "regression"]) {
    it(dataset, async () => {
      const result = await compare(dataset);
      const expected = golden[dataset] as Dataset;
      assert.deepEqual(result.metrics.map((m) => m.name).sort(), Object.keys(expected.candidate).sort());
      for (const metric of result.metrics) {
        close(
          metric.candidate,
          expected.candidate[metric.name] as number,
          `${dataset} candidate ${metric.name}`,
        );
        close(
          metric.baseline,
          expected.baseline[metric.name] as number,
          `${dataset} baseline ${metric.name}`,
        );
      }
      if (expected.mcnemar) {
        assert.equal(result.mcnemar?.candidateOnly, expected.mcnemar.candidateOnly);
        assert.equal(result.mcnemar?.baselineOnly, expected.mcnemar.baselineOnly);
        close(result.mcnemar?.pValue, expected.mcnemar.pValue as number, `${dataset} McNemar`);
      }
    });
  }
});

it("R² of a constant truth is scikit-learn's: 1 for a perfect fit, else 0", () => {
  const truth = Float64Array.of(2, 2, 2);
  close(regressionScores(truth, Float64Array.of(2, 2, 2)).r2, golden.r2Constant.perfect, "perfect");
  close(regressionScores(truth, Float64Array.of(2, 2.5, 2)).r2, golden.r2Constant.imperfect, "imperfect");
});
