import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatBytes, formatDuration, formatNumber, formatPercent, formatSigned } from "./format.ts";

describe("number formatting", () => {
  it("keeps four significant digits", () => {
    assert.equal(formatNumber(0.923456), "0.9235");
    assert.equal(formatNumber(12.34567), "12.35");
    assert.equal(formatNumber(0.1 + 0.2), "0.3");
  });
  it("writes integers whole, large ones grouped", () => {
    assert.equal(formatNumber(42), "42");
    assert.equal(formatNumber(1234567), "1,234,567");
  });
  it("uses exponents for tiny and huge magnitudes, symbols for non-finite", () => {
    assert.equal(formatNumber(0.0000123), "1.23e-5");
    assert.equal(formatNumber(2.5e20), "2.50e20");
    assert.equal(formatNumber(Number.NaN), "NaN");
    assert.equal(formatNumber(Number.NEGATIVE_INFINITY), "−∞");
  });
  it("signs changes", () => {
    assert.equal(formatSigned(0.0123), "+0.0123");
    assert.equal(formatSigned(-3), "−3");
    assert.equal(formatSigned(0), "±0");
    assert.equal(formatPercent(0.0134), "+1.3%");
    assert.equal(formatPercent(-0.25), "−25%");
    assert.equal(formatPercent(-0.00001), "−<0.01%");
  });
  it("formats sizes and durations", () => {
    assert.equal(formatBytes(512), "512 B");
    assert.equal(formatBytes(1.5 * 1024 * 1024), "1.5 MiB");
    assert.equal(formatDuration(850), "850 ms");
    assert.equal(formatDuration(42_500), "42.5 s");
    assert.equal(formatDuration(200_000), "3m 20s");
  });
});
