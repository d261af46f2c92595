import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parsePredictions } from "./parse-predictions.ts";
import { PredictionsError } from "./predictions-error.ts";

describe("parsePredictions", () => {
  it("reads the columns by any of their names, in any order, with ids and scores", async () => {
    const parsed = await parsePredictions("proba,y_pred,example_id,y_true\n0.9,1,a,1\n0.2,0,b,1\n", "p.csv");
    assert.deepEqual(parsed, {
      file: "p.csv",
      ids: ["a", "b"],
      labels: ["1", "1"],
      predictions: ["1", "0"],
      scores: [0.9, 0.2],
    });
  });

  it("takes tabs from a .tsv name or a tab in the header", async () => {
    assert.deepEqual((await parsePredictions("label\tprediction\ncat\tdog\n", "p.tsv")).predictions, ["dog"]);
    assert.deepEqual((await parsePredictions("label\tprediction\ncat\tdog\n", "p.txt")).labels, ["cat"]);
  });

  it("points at the file and line of what is wrong", async () => {
    await assert.rejects(parsePredictions("truth,guess\n1,1\n", "p.csv"), (error: PredictionsError) => {
      assert.ok(error instanceof PredictionsError);
      assert.match(error.message, /^p\.csv:1: expected a header with a 'label' column/);
      assert.deepEqual(error.location, { file: "p.csv", line: 1 });
      return true;
    });
    await assert.rejects(parsePredictions("label,prediction,score\n1,1,0.5\n0,1,1.5\n", "p.csv"), {
      message: "p.csv:3: score '1.5' is not a probability between 0 and 1",
      location: { file: "p.csv", line: 3 },
    });
    await assert.rejects(parsePredictions("label,prediction\n", "p.csv"), {
      message: "p.csv: no examples after the header",
      location: { file: "p.csv", line: 1 },
    });
  });
});
