import assert from "node:assert/strict";
import { test } from "node:test";
import { inferDirection, nameWords } from "./direction.ts";

test("nameWords splits on separators and camelCase humps", () => {
  assert.deepEqual(nameWords("train.loss"), ["train", "loss"]);
  assert.deepEqual(nameWords("latencyP95Ms"), ["latency", "p", "95", "ms"]);
  assert.deepEqual(nameWords("eval/valRMSE"), ["eval", "val", "rmse"]);
  assert.deepEqual(nameWords("model-size_bytes"), ["model", "size", "bytes"]);
});

const table: Array<[name: string, direction: "higher" | "lower", word?: string]> = [
  ["train.loss", "lower", "loss"],
  ["val_rmse", "lower", "rmse"],
  ["latency_p95_ms", "lower", "latency"],
  ["eval/log_loss", "lower", "loss"],
  ["logloss", "lower", "logloss"],
  ["error_rate", "lower", "error"],
  ["top1-err", "lower", "err"],
  ["mse", "lower", "mse"],
  ["MAE", "lower", "mae"],
  ["mape", "lower", "mape"],
  ["inference_time", "lower", "time"],
  ["epoch_duration", "lower", "duration"],
  ["model.size", "lower", "size"],
  ["artifact_bytes", "lower", "bytes"],
  ["peakMemory", "lower", "memory"],
  ["fpr", "lower", "fpr"],
  ["fnr@0.5", "lower", "fnr"],
  ["accuracy", "higher"],
  ["f1", "higher"],
  ["roc_auc", "higher"],
  ["r2", "higher"],
  ["timestamp", "higher"],
  ["sizeable", "higher"],
  ["errands", "higher"],
  ["throughput", "higher"],
];

for (const [name, direction, word] of table) {
  test(`inferDirection: ${name} is ${direction}-is-better${word ? ` (from '${word}')` : ""}`, () => {
    const info = inferDirection(name);
    assert.equal(info.direction, direction);
    assert.equal(info.inferred, true);
    assert.equal(info.inferred && info.word, word);
  });
}
