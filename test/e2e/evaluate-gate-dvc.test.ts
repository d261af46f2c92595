// evaluate-gate's diff (old, new, change) against `dvc metrics diff --json` on the same pair of files.
// The golden file is made by test/fixtures/evaluate-gate/dvc/make-golden.py with DVC from PyPI.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, it } from "node:test";
import {
  fixturesDir,
  forget,
  gateReport,
  removeTempDirs,
  workspaceWith,
} from "../fixtures/evaluate-gate/helpers.ts";
import { runBundled } from "../harness/index.ts";

interface DvcChange {
  old: number | null;
  new: number | null;
  diff?: number;
}

const golden = JSON.parse(readFileSync(join(fixturesDir, "dvc", "dvc-diff.golden.json"), "utf8")) as {
  diff: Record<string, DvcChange>;
};

after(removeTempDirs);

it("agrees with dvc metrics diff on every metric DVC reports", async () => {
  const workspace = workspaceWith({
    "metrics.json": { fixture: "dvc/new.json" },
    "base/metrics.json": { fixture: "dvc/old.json" },
  });
  const run = forget(
    await runBundled("evaluate-gate", {
      workspace,
      inputs: { metrics: "metrics.json", baseline: "base/metrics.json" },
    }),
  );
  assert.equal(run.exitCode, 0, run.logs.join("\n"));
  const rows = new Map(gateReport(run).data.rows.map((row) => [row.name, row]));
  assert.ok(Object.keys(golden.diff).length >= 8);
  for (const [name, change] of Object.entries(golden.diff)) {
    const row = rows.get(name);
    assert.ok(row, `a row for ${name}`);
    assert.equal(row.baseline ?? null, change.old, `${name}: old`);
    assert.equal(row.candidate ?? null, change.new, `${name}: new`);
    assert.equal(row.delta?.absolute, change.diff, `${name}: change`);
    if (change.old === null) assert.equal(row.status, "new");
    if (change.new === null) assert.equal(row.status, "removed");
  }
  // DVC skips lists; the gate flattens them by index and diffs them too.
  assert.equal(rows.get("per_class.1")?.delta?.absolute, 0.7 - 0.75);
});
