// Metric values, McNemar p-values and quantiles against scikit-learn, scipy and numpy (golden values from
// test/fixtures/evaluate-gate/noise/make-golden.py), within 1e-9.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { fixturesDir } from "../../../../test/fixtures/evaluate-gate/helpers.ts";
import { comparePredictions } from "./compare-predictions.ts";
import { mcnemarExact } from "./mcnemar.ts";
import { pairPredictions } from "./pair-predictions.ts";
import { quantileSorted } from "./quantile.ts";
import { readPredictionsFile } from "./read-predictions.ts";

const noiseDir = join(fixturesDir, "noise");
type Values = Record<string, number>;
interface Dataset {
  candidate: Values;
  baseline: Values;
  mcnemar?: Values;
}
interface Golden {
  [dataset: string]: unknown;
  mcnemarCases: { b: number; c: number; pValue: number }[];
  quantiles: { values: number[]; q: number[]; expected: number[] };
}
const golden = JSON.parse(readFileSync(join(noiseDir, "golden.json"), "utf8")) as Golden;

function close(actual: number | undefined, expected: number, what: string): void {
  assert.ok(actual !== undefined && Math.abs(actual - expected) <= 1e-9, `${what}: ${actual} vs ${expected}`);
}

async function compare(dataset: string) {
  const candidate = await readPredictionsFile(join(noiseDir, `${dataset}-candidate.csv`));
  const baseline = await readPredictionsFile(join(noiseDir, `${dataset}-baseline.csv`));
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

it("McNemar's exact test equals scipy's binomtest on the discordant pairs", () => {
  for (const { b, c, pValue } of golden.mcnemarCases) {
    close(mcnemarExact(b, c), pValue, `b=${b} c=${c}`);
  }
});

it("quantiles interpolate as numpy's default", () => {
  const { values, q, expected } = golden.quantiles;
  const sorted = [...values].sort((a, b) => a - b);
  for (const [i, level] of q.entries())
    close(quantileSorted(sorted, level), expected[i] as number, `q=${level}`);
});
