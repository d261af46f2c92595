import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseCommentReport } from "./report.ts";

const report = (fields: Record<string, unknown>) => ({
  schema: "mlops-actions/report@1",
  action: "train",
  status: "pass",
  ...fields,
});

describe("parseCommentReport", () => {
  it("keeps what a comment shows, with createdAt", () => {
    const parsed = parseCommentReport(
      report({ summary: "ok", data: { a: 1 }, job: "fit", createdAt: "2026-01-01T00:00:00Z", extra: 1 }),
    );
    assert.deepEqual(parsed, {
      action: "train",
      status: "pass",
      summary: "ok",
      data: { a: 1 },
      job: "fit",
      createdAt: "2026-01-01T00:00:00Z",
    });
  });

  it("reads a missing summary as the status, missing data as {} and a missing createdAt as empty", () => {
    assert.deepEqual(parseCommentReport(report({ status: "warn", data: null })), {
      action: "train",
      status: "warn",
      summary: "warn",
      data: {},
      createdAt: "",
    });
  });

  it("refuses other JSON, unknown statuses, other schemas and metrics-comment's own report", () => {
    for (const value of [
      null,
      "text",
      { accuracy: 0.9 },
      report({ status: "great" }),
      report({ schema: "mlops-actions/report@2" }),
      report({ action: 7 }),
      report({ action: "metrics-comment" }),
    ]) {
      assert.equal(parseCommentReport(value), undefined, JSON.stringify(value));
    }
  });
});
