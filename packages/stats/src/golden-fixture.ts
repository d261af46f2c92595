// Test helper: the golden values written by scripts/golden/stats_golden.py, and tolerance checks.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

/** A golden number: null stands for NaN, "Infinity" / "-Infinity" for the infinities. */
export type GoldenNumber = number | null | "Infinity" | "-Infinity";

export function decode(value: GoldenNumber): number {
  if (value === null) return Number.NaN;
  if (value === "Infinity") return Number.POSITIVE_INFINITY;
  if (value === "-Infinity") return Number.NEGATIVE_INFINITY;
  return value;
}

// biome-ignore lint/suspicious/noExplicitAny: the golden file's shape is checked by the tests that read it.
export const golden: any = JSON.parse(readFileSync(new URL("../golden/stats.json", import.meta.url), "utf8"));

/** Relative tolerance used unless a test states another one. */
export const RELATIVE_TOLERANCE = 1e-9;

/** |actual - expected| <= abs + rel * |expected|; NaN matches NaN and infinities match themselves. */
export function assertClose(
  actual: number,
  expectedGolden: GoldenNumber,
  tolerance: { abs?: number; rel?: number },
  label: string,
): void {
  const expected = decode(expectedGolden);
  if (Number.isNaN(expected) || !Number.isFinite(expected)) {
    assert.ok(Object.is(actual, expected), `${label}: expected ${expected}, got ${actual}`);
    return;
  }
  const allowed = (tolerance.abs ?? 0) + (tolerance.rel ?? 0) * Math.abs(expected);
  const error = Math.abs(actual - expected);
  assert.ok(error <= allowed, `${label}: expected ${expected}, got ${actual} (error ${error} > ${allowed})`);
}
