import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { readReports, reportFilesIn } from "./collect-reports.ts";

const dir = mkdtempSync(join(tmpdir(), "collect-reports-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function report(action: string, createdAt: string, status = "pass") {
  return JSON.stringify({
    schema: "mlops-actions/report@1",
    action,
    status,
    summary: `${action} done`,
    data: {},
    createdAt,
  });
}

describe("readReports", () => {
  it("reads reports oldest first and skips other JSON and its own reports", async () => {
    writeFileSync(join(dir, "b.json"), report("drift-check", "2026-01-02T00:00:00Z", "warn"));
    writeFileSync(join(dir, "a.json"), report("evaluate-gate", "2026-01-01T00:00:00Z"));
    writeFileSync(join(dir, "c.json"), report("metrics-comment", "2026-01-03T00:00:00Z"));
    writeFileSync(join(dir, "metrics.json"), JSON.stringify({ accuracy: 0.9 }));
    writeFileSync(join(dir, "notes.txt"), "not a report");
    const files = await reportFilesIn(dir);
    assert.equal(files.length, 4);
    const reports = await readReports(files);
    assert.deepEqual(
      reports.map((r) => [r.action, r.status]),
      [
        ["evaluate-gate", "pass"],
        ["drift-check", "warn"],
      ],
    );
  });

  it("has no reports in a folder that does not exist", async () => {
    assert.deepEqual(await reportFilesIn(join(dir, "missing")), []);
  });
});
