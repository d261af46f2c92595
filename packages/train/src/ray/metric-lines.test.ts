import assert from "node:assert/strict";
import { test } from "node:test";
import { metricsFromLines } from "./metric-lines.ts";

test("metric lines anywhere in a log; a later value wins; other lines are ignored", () => {
  const log = [
    "2026-01-01 INFO job_manager.py:581 -- Runtime env is setting up.",
    "mlops-metric: accuracy=0.9",
    "  mlops-metric: loss = 1e-3  ",
    "mlops-metric: val/auc=nan",
    "mlops-metric: accuracy=0.95",
    "mlops-metric: note=high",
    "echo mlops-metric: fake=1",
  ].join("\n");
  const metrics = metricsFromLines(log);
  assert.equal(metrics.accuracy, 0.95);
  assert.equal(metrics.loss, 0.001);
  assert.ok(Number.isNaN(metrics["val/auc"]));
  assert.deepEqual(Object.keys(metrics).sort(), ["accuracy", "loss", "val/auc"]);
});
