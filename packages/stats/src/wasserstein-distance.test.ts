import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertClose, golden, RELATIVE_TOLERANCE } from "./golden-fixture.ts";
import { wassersteinDistance } from "./wasserstein-distance.ts";

interface WassersteinGolden {
  u: number[];
  v: number[];
  uWeights?: number[];
  vWeights?: number[];
  distance: number;
}

describe("wassersteinDistance equals scipy.stats.wasserstein_distance (1e-9 relative)", () => {
  (golden.wasserstein as WassersteinGolden[]).forEach((testCase, index) => {
    const weighted = testCase.uWeights ? ", weighted" : "";
    it(`case ${index}: ${testCase.u.length} vs ${testCase.v.length} values${weighted}`, () => {
      const distance = wassersteinDistance(testCase.u, testCase.v, testCase.uWeights, testCase.vWeights);
      assertClose(distance, testCase.distance, { rel: RELATIVE_TOLERANCE }, "distance");
    });
  });
  it("is the shift between two translated samples", () => {
    assert.ok(Math.abs(wassersteinDistance([0, 1, 2], [3, 4, 5]) - 3) < 1e-15);
  });
  it("takes sorted Float64Arrays as they are and leaves unsorted input unchanged", () => {
    const u = [0.5, 3, 1, 1, 7];
    const v = [2, 0.25, 2, 9];
    const expected = wassersteinDistance(u, v);
    const sortedU = Float64Array.from(u).sort();
    const sortedV = Float64Array.from(v).sort();
    assert.equal(wassersteinDistance(sortedU, sortedV), expected);
    assert.deepEqual([...sortedU], [0.5, 1, 1, 3, 7]);
    const unsorted = Float64Array.from(u);
    assert.equal(wassersteinDistance(unsorted, v), expected);
    assert.deepEqual([...unsorted], u);
  });
  it("rejects empty samples, NaN and mismatched weights", () => {
    assert.throws(() => wassersteinDistance([], [1]), { name: "StatsInputError" });
    assert.throws(() => wassersteinDistance([1, Number.NaN], [1]), { message: /first sample\[1\] is NaN/ });
    assert.throws(() => wassersteinDistance([1, 2], [1], [1]), { message: /different lengths/ });
    assert.throws(() => wassersteinDistance([1, 2], [1], [0, 0]), { message: /weights sum to 0/ });
  });
});
