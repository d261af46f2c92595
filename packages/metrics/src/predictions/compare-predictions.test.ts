import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { comparePredictions, taskOf } from "./compare-predictions.ts";
import type { PairedPredictions } from "./pair-predictions.ts";

function paired(labels: string[], candidate: string[], baseline: string[]): PairedPredictions {
  return {
    labels,
    candidate: { predictions: candidate },
    baseline: { predictions: baseline },
    pairedBy: "order",
  };
}

/** n examples; each model is right where `right(i)` says. */
function binary(n: number, candidateRight: (i: number) => boolean, baselineRight: (i: number) => boolean) {
  const labels = Array.from({ length: n }, (_, i) => String(i % 2));
  const flip = (label: string) => (label === "1" ? "0" : "1");
  return paired(
    labels,
    labels.map((l, i) => (candidateRight(i) ? l : flip(l))),
    labels.map((l, i) => (baselineRight(i) ? l : flip(l))),
  );
}

describe("comparePredictions", () => {
  it("gives the same intervals for the same seed, other ones for another", () => {
    const data = binary(
      200,
      (i) => i % 5 !== 0,
      (i) => i % 4 !== 0,
    );
    const a = comparePredictions(data, { seed: 1, resamples: 300 });
    const b = comparePredictions(data, { seed: 1, resamples: 300 });
    const c = comparePredictions(data, { seed: 2, resamples: 300 });
    assert.deepEqual(a, b);
    assert.notDeepEqual(a.metrics[0]?.interval, c.metrics[0]?.interval);
  });

  it("calls a large, consistent drop a significant regression and a tiny one noise", () => {
    const big = comparePredictions(
      binary(
        400,
        (i) => i % 3 !== 0,
        () => true,
      ),
      { resamples: 300 },
    );
    const accuracy = big.metrics.find((m) => m.name === "accuracy");
    assert.equal(accuracy?.status, "regressed");
    assert.ok((accuracy?.pValue ?? 1) < 0.001);
    assert.ok((accuracy?.interval.high ?? 0) < 0, "the whole interval is below 0");

    const tiny = comparePredictions(
      binary(
        400,
        (i) => i !== 7,
        (i) => i !== 8 && i !== 9 && i !== 7 + 400,
      ),
      {
        resamples: 300,
      },
    );
    assert.equal(tiny.metrics.find((m) => m.name === "accuracy")?.status, "within-noise");
    const worseByOne = comparePredictions(
      binary(
        400,
        (i) => i > 1,
        (i) => i > 0,
      ),
      { resamples: 300 },
    );
    assert.equal(worseByOne.metrics.find((m) => m.name === "accuracy")?.status, "inconclusive");
  });

  it("improves when the candidate is clearly better", () => {
    const result = comparePredictions(
      binary(
        400,
        () => true,
        (i) => i % 3 !== 0,
      ),
      { resamples: 300 },
    );
    assert.equal(result.metrics.find((m) => m.name === "f1_macro")?.status, "improved");
  });

  it("tells classification from regression", () => {
    assert.equal(taskOf(paired(["cat", "dog"], ["cat", "cat"], ["dog", "dog"])), "classification");
    assert.equal(taskOf(paired(["0", "1", "2"], ["0", "1", "1"], ["0", "2", "2"])), "classification");
    assert.equal(taskOf(paired(["0.5", "1.5"], ["0.4", "1.4"], ["0.5", "1"])), "regression");
    const many = Array.from({ length: 30 }, (_, i) => String(i));
    assert.equal(taskOf(paired(many, many, many)), "regression");
  });
});
