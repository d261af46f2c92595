import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { pairPredictions } from "./pair-predictions.ts";
import type { PredictionsFile } from "./parse-predictions.ts";

const side = (file: string, labels: string[], predictions: string[], ids?: string[]): PredictionsFile => ({
  file,
  labels,
  predictions,
  ...(ids && { ids }),
});

describe("pairPredictions", () => {
  it("matches by id when both files have ids, reordering the baseline", () => {
    const paired = pairPredictions(
      side("c.csv", ["x", "y"], ["x", "x"], ["1", "2"]),
      side("b.csv", ["y", "x"], ["y", "y"], ["2", "1"]),
    );
    assert.equal(paired.pairedBy, "id");
    assert.deepEqual(paired.baseline.predictions, ["y", "y"]);
    assert.deepEqual(paired.labels, ["x", "y"]);
  });

  it("matches by row order otherwise, and needs the same number of rows", () => {
    assert.equal(pairPredictions(side("c.csv", ["x"], ["x"]), side("b.csv", ["x"], ["y"])).pairedBy, "order");
    assert.throws(() => pairPredictions(side("c.csv", ["x"], ["x"]), side("b.csv", ["x", "y"], ["x", "y"])), {
      message: /^b\.csv: has 2 examples, c\.csv 1; both must hold the same examples/,
    });
  });

  it("refuses files whose examples differ", () => {
    assert.throws(() => pairPredictions(side("c.csv", ["x"], ["x"]), side("b.csv", ["y"], ["y"])), {
      message: "b.csv: example row 2 has label 'y' but 'x' in c.csv; both files must hold the same examples",
      location: undefined,
    });
    assert.throws(
      () =>
        pairPredictions(
          side("c.csv", ["x", "x"], ["x", "x"], ["1", "1"]),
          side("b.csv", ["x"], ["x"], ["1"]),
        ),
      { message: "c.csv: example id '1' appears twice" },
    );
  });
});
