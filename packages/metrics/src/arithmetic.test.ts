import assert from "node:assert/strict";
import { test } from "node:test";
import { amountOf, compare, deltaOf, thresholdOf, withinTolerance } from "./arithmetic.ts";

test("percent amounts are of the baseline's magnitude; with baseline 0 they are 0", () => {
  assert.equal(amountOf({ value: 2, percent: true }, 0.5), 0.01);
  assert.equal(amountOf({ value: 2, percent: true }, -0.5), 0.01);
  assert.equal(amountOf({ value: 2, percent: true }, 0), 0);
  assert.equal(amountOf({ value: 0.02, percent: false }, 100), 0.02);
});

test("thresholds from the rule's target", () => {
  assert.equal(thresholdOf({ kind: "number", value: 0.9 }, Number.NaN), 0.9);
  assert.equal(thresholdOf({ kind: "baseline" }, 3), 3);
  assert.equal(thresholdOf({ kind: "baseline", adjust: { op: "*", factor: 1.1 } }, 100), 100 * 1.1);
  assert.equal(
    thresholdOf({ kind: "baseline", adjust: { op: "-", amount: { value: 10, percent: true } } }, 50),
    45,
  );
  assert.equal(
    thresholdOf({ kind: "baseline", adjust: { op: "+", amount: { value: 1, percent: false } } }, 50),
    51,
  );
});

test("comparisons forgive binary rounding but not real differences", () => {
  assert.ok(compare(0.89, ">=", 0.9 - 0.01));
  assert.ok(!compare(0.89, ">", 0.9 - 0.01));
  assert.ok(compare(0.3, "==", 0.1 + 0.2));
  assert.ok(!compare(0.8899, ">=", 0.89));
  assert.ok(compare(1, "<", 2));
  assert.ok(!compare(2, "<=", 1));
});

test("delta is absolute and relative to the baseline's magnitude", () => {
  assert.deepEqual(deltaOf(0.45, 0.5), { absolute: 0.45 - 0.5, relative: (0.45 - 0.5) / 0.5 });
  assert.deepEqual(deltaOf(-1, -2), { absolute: 1, relative: 0.5 });
  assert.deepEqual(deltaOf(1, 0), { absolute: 1, relative: null });
  assert.deepEqual(deltaOf(0, 0), { absolute: 0, relative: 0 });
});

test("withinTolerance is inclusive", () => {
  assert.ok(withinTolerance(0.91, 0.9, { value: 0.01, percent: false }));
  assert.ok(!withinTolerance(0.92, 0.9, { value: 0.01, percent: false }));
  assert.ok(withinTolerance(101, 100, { value: 1, percent: true }));
  assert.ok(!withinTolerance(0.001, 0, { value: 50, percent: true }));
});
