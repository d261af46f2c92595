import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CommentReport } from "@mlops-actions/comment";
import type { MetricValue } from "@mlops-actions/metrics";
import { keyMetrics, trendsOf } from "./trend-series.ts";

function gate(rows: { name: string; gated: boolean; candidate?: MetricValue }[]): CommentReport {
  return { action: "evaluate-gate", status: "pass", summary: "", data: { rows } };
}

describe("keyMetrics", () => {
  it("takes the gated metrics of the last evaluate-gate report", () => {
    const reports = [
      gate([{ name: "old", gated: true }]),
      { action: "validate-data", status: "pass", summary: "", data: {} } as CommentReport,
      gate([
        { name: "f1", gated: false, candidate: 0.8 },
        { name: "accuracy", gated: true, candidate: 0.9 },
      ]),
    ];
    assert.deepEqual(keyMetrics(reports), ["accuracy"]);
  });

  it("falls back to the first three numeric metrics when none is gated", () => {
    const report = gate([
      { name: "model", gated: false, candidate: "resnet" },
      { name: "a", gated: false, candidate: 1 },
      { name: "b", gated: false, candidate: 2 },
      { name: "c", gated: false, candidate: 3 },
      { name: "d", gated: false, candidate: 4 },
    ]);
    assert.deepEqual(keyMetrics([report]), ["a", "b", "c"]);
  });

  it("is empty without an evaluate-gate report", () => {
    assert.deepEqual(keyMetrics([{ action: "drift-check", status: "pass", summary: "", data: {} }]), []);
  });
});

describe("trendsOf", () => {
  const runs = [
    new Map<string, MetricValue>([["accuracy", 0.9]]),
    new Map<string, MetricValue>([
      ["accuracy", 0.92],
      ["f1", 0.7],
    ]),
    new Map<string, MetricValue>([
      ["accuracy", "n/a"],
      ["f1", 0.71],
    ]),
  ];

  it("lists each metric's values in run order, a missing or non-numeric value as a gap", () => {
    const [accuracy, f1] = trendsOf(["accuracy", "f1"], runs);
    assert.deepEqual(accuracy, { metric: "accuracy", values: [0.9, 0.92, Number.NaN] });
    assert.deepEqual(f1, { metric: "f1", values: [Number.NaN, 0.7, 0.71] });
  });

  it("leaves out a metric with fewer than two values", () => {
    assert.deepEqual(trendsOf(["recall", "f1"], runs.slice(0, 2)), []);
  });
});
