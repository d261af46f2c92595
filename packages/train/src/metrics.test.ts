import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { readTrainingMetrics } from "./metrics.ts";

const dir = await mkdtemp(join(tmpdir(), "train-metrics-"));
after(() => rm(dir, { recursive: true, force: true }));

test("nested JSON metrics are flattened to numbers", async () => {
  await writeFile(join(dir, "m.json"), '{"accuracy": 0.9, "loss": {"train": 0.1, "test": 0.2}}');
  assert.deepEqual(await readTrainingMetrics(join(dir, "m.json"), "m.json"), {
    accuracy: 0.9,
    "loss.train": 0.1,
    "loss.test": 0.2,
  });
});

test("values that are not numbers and missing files are user errors naming the file", async () => {
  await writeFile(join(dir, "bad.yaml"), "accuracy: high\nok: 1\n");
  await assert.rejects(
    readTrainingMetrics(join(dir, "bad.yaml"), "bad.yaml"),
    /bad.yaml has values that are not numbers: accuracy="high"/,
  );
  await assert.rejects(
    readTrainingMetrics(join(dir, "none.json"), "none.json"),
    /Input 'metrics': none.json: file not found/,
  );
});
