import assert from "node:assert/strict";
import { test } from "node:test";
import { parseDuration } from "./duration.ts";

test("parses single units into milliseconds", () => {
  assert.equal(parseDuration("90s"), 90_000);
  assert.equal(parseDuration("15m"), 900_000);
  assert.equal(parseDuration("2h"), 7_200_000);
  assert.equal(parseDuration("1d"), 86_400_000);
  assert.equal(parseDuration("250ms"), 250);
});

test("parses combined units", () => {
  assert.equal(parseDuration("1h30m"), 5_400_000);
  assert.equal(parseDuration("1m30s"), 90_000);
  assert.equal(parseDuration("1h1m1s1ms"), 3_661_001);
});

test("a plain number is seconds", () => {
  assert.equal(parseDuration("45"), 45_000);
  assert.equal(parseDuration("0.5"), 500);
  assert.equal(parseDuration("0"), 0);
});

test("decimals are allowed per unit", () => {
  assert.equal(parseDuration("1.5h"), 5_400_000);
});

test("rejects malformed durations", () => {
  for (const bad of ["", "15x", "-5s", "h", "1h 30m", "1h1h", "1.2.3s", "abc", "5 s", "1e3"]) {
    assert.equal(parseDuration(bad), undefined, bad);
  }
});
