import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { fileQualifiers, mergeMetrics, sharedMetricNames } from "./merge.ts";
import { type MetricsFile, readMetricsFile } from "./read-metrics.ts";
import type { MetricValue } from "./value.ts";

const file = (path: string, entries: Record<string, MetricValue>): MetricsFile => ({
  file: path,
  format: "json",
  metrics: new Map(Object.entries(entries)),
});

test("names shared by two files are qualified by file stem, others stay as they are", () => {
  const merged = mergeMetrics([
    file("out/train.json", { loss: 0.3, epochs: 10 }),
    file("out/eval.yaml", { loss: 0.4, accuracy: 0.9 }),
  ]);
  assert.deepEqual(
    [...merged],
    [
      ["train/loss", 0.3],
      ["epochs", 10],
      ["eval/loss", 0.4],
      ["accuracy", 0.9],
    ],
  );
});

test("clashing stems fall back to the shortest distinguishing path", async () => {
  const fixtures = join(import.meta.dirname, "..", "test-fixtures");
  const files = await Promise.all(
    ["a", "b"].map((dir) => readMetricsFile(join(fixtures, dir, "metrics.json"))),
  );
  const merged = mergeMetrics(files);
  assert.deepEqual([...merged.keys()], ["a/metrics/accuracy", "loss", "b/metrics/accuracy", "auc"]);
  assert.deepEqual(sharedMetricNames(files), new Set(["accuracy"]));
});

test("qualifiers: stem, then more of the path, then the extension", () => {
  assert.deepEqual(fileQualifiers(["x/train.json", "y/eval.json"]), ["train", "eval"]);
  assert.deepEqual(fileQualifiers(["./run1/m.json", "run2/m.json"]), ["run1/m", "run2/m"]);
  assert.deepEqual(fileQualifiers(["out/m.json", "out/m.yaml"]), ["m.json", "m.yaml"]);
  assert.throws(() => fileQualifiers(["m.json", "m.json"]), /m\.json: the same metrics file is listed twice/);
});

test("a single file is returned as is; qualify aligns a side with the other", () => {
  assert.deepEqual([...mergeMetrics([file("m.json", { a: 1 })])], [["a", 1]]);
  assert.deepEqual(mergeMetrics([]), new Map());
  const merged = mergeMetrics([file("train.json", { loss: 1 }), file("eval.json", { acc: 1 })], {
    qualify: ["loss"],
  });
  assert.deepEqual([...merged.keys()], ["train/loss", "acc"]);
});

test("a qualified name that collides with a plain one is an error", () => {
  assert.throws(
    () => mergeMetrics([file("train.json", { loss: 1 }), file("eval.json", { loss: 2, "train/loss": 3 })]),
    /eval\.json: metric 'train\/loss' is also defined by another metrics file/,
  );
});
