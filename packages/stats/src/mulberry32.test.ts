import assert from "node:assert/strict";
import { it } from "node:test";
import { mulberry32 } from "./mulberry32.ts";

const draws = (seed: number, count: number) => Array.from({ length: count }, mulberry32(seed));

it("gives the same stream for the same seed and another for another seed", () => {
  assert.deepEqual(draws(42, 100), draws(42, 100));
  assert.notDeepEqual(draws(42, 100), draws(43, 100));
});

it("draws from [0, 1), evenly", () => {
  const values = draws(7, 20_000);
  assert.ok(values.every((v) => v >= 0 && v < 1));
  const mean = values.reduce((total, v) => total + v, 0) / values.length;
  assert.ok(Math.abs(mean - 0.5) < 0.01, `mean ${mean}`);
  const lowHalf = values.filter((v) => v < 0.5).length / values.length;
  assert.ok(Math.abs(lowHalf - 0.5) < 0.02, `share below 0.5: ${lowHalf}`);
});
