import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { isUserError } from "@mlops-actions/kit";
import { metricsSummary } from "./metrics-label.ts";

const dir = mkdtempSync(join(tmpdir(), "metrics-label-"));
after(() => rmSync(dir, { recursive: true, force: true }));

test("numbers in file order, 4 significant digits, non-numbers left out", async () => {
  const file = join(dir, "m.yaml");
  writeFileSync(file, "rmse: 12.34567\nmodel: forest\nr2: 0.812345\nbad: .nan\n");
  assert.equal(await metricsSummary(file), "rmse=12.35, r2=0.8123");
});

test("cut at whole entries at 256 characters", async () => {
  const file = join(dir, "many.json");
  writeFileSync(
    file,
    JSON.stringify(Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`metric_${i}`, i / 7]))),
  );
  const summary = await metricsSummary(file);
  assert.ok(summary.length <= 256);
  assert.match(summary, /^metric_0=0, metric_1=0\.1429, .*=\d\.?\d*$/);
});

test("a broken file is a user error pointing at it", async () => {
  const file = join(dir, "broken.json");
  writeFileSync(file, '{"accuracy": 0.9,');
  const error = await metricsSummary(file).catch((e: unknown) => e);
  assert.ok(isUserError(error));
  assert.match((error as Error).message, /^Input 'metrics': .*broken\.json:1/);
});
