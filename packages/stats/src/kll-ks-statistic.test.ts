import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ksStatisticFromSketches } from "./kll-ks-statistic.ts";
import { KllSketch } from "./kll-sketch.ts";
import { ksTwoSample } from "./ks-two-sample.ts";

function normalStream(size: number, shift: number, seed: number): number[] {
  let state = seed;
  const uniform = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state + 0.5) / 2 ** 32;
  };
  return Array.from(
    { length: size },
    () => shift + Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform()),
  );
}

describe("ksStatisticFromSketches", () => {
  for (const shift of [0, 0.05, 0.5]) {
    it(`is within the stated error of the exact KS statistic (50 000 vs 40 000 values, shift ${shift})`, () => {
      const a = normalStream(50_000, 0, 3);
      const b = normalStream(40_000, shift, 4);
      const exact = ksTwoSample(a, b, { mode: "asymp" }).statistic;
      const estimate = ksStatisticFromSketches(
        new KllSketch({ seed: 5 }).updateAll(a),
        new KllSketch({ seed: 6 }).updateAll(b),
      );
      assert.ok(
        Math.abs(estimate.statistic - exact) <= estimate.errorBound,
        `${estimate.statistic} vs ${exact}`,
      );
    });
  }
  it("is exact for sketches that have not compacted anything", () => {
    const a = [1, 2, 3, 4, 5];
    const b = [2.5, 3.5, 6, 7, 8, 9, 1];
    const estimate = ksStatisticFromSketches(new KllSketch().updateAll(a), new KllSketch().updateAll(b));
    assert.equal(estimate.statistic, ksTwoSample(a, b).statistic);
  });
  it("rejects an empty sketch", () => {
    assert.throws(() => ksStatisticFromSketches(new KllSketch(), new KllSketch().update(1)), {
      name: "StatsInputError",
    });
  });
});
