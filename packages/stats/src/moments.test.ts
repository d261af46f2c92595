import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertClose, type GoldenNumber, golden, RELATIVE_TOLERANCE } from "./golden-fixture.ts";
import { Moments } from "./moments.ts";

interface MomentsGolden {
  values: number[];
  count: number;
  mean: number;
  variance: number;
  sampleVariance: GoldenNumber;
  min: number;
  max: number;
}

function check(moments: Moments, c: MomentsGolden, label: string) {
  assert.equal(moments.count, c.count);
  assert.equal(moments.min, c.min);
  assert.equal(moments.max, c.max);
  // The mean is compared relative to the data's spread: a mean of 1e6 with spread 1 is only known to
  // ~1e-10 * 1e6 by any double-precision one-pass algorithm.
  const spread = Math.max(Math.sqrt(c.variance), 1e-300);
  assertClose(
    moments.mean,
    c.mean,
    { rel: RELATIVE_TOLERANCE, abs: RELATIVE_TOLERANCE * spread },
    `${label} mean`,
  );
  assertClose(moments.variance(), c.variance, { rel: RELATIVE_TOLERANCE }, `${label} variance`);
  assertClose(moments.variance(1), c.sampleVariance, { rel: RELATIVE_TOLERANCE }, `${label} sample variance`);
}

describe("Moments equals numpy mean / var / min / max (1e-9 relative)", () => {
  (golden.moments as MomentsGolden[]).forEach((c, index) => {
    it(`case ${index}: one pass over ${c.count} values`, () =>
      check(new Moments().updateAll(c.values), c, "one pass"));
    it(`case ${index}: merge of three shards`, () => {
      const third = Math.ceil(c.values.length / 3);
      const shards = [0, 1, 2].map((s) =>
        new Moments().updateAll(c.values.slice(s * third, (s + 1) * third)),
      );
      const merged = new Moments();
      for (const shard of shards) merged.merge(shard);
      check(merged, c, "merged");
    });
    it(`case ${index}: JSON round trip`, () => {
      const moments = new Moments().updateAll(c.values);
      const copy = Moments.fromJSON(JSON.parse(JSON.stringify(moments)));
      assert.deepEqual(copy.toJSON(), moments.toJSON());
    });
  });
  it("rejects NaN and invalid JSON", () => {
    assert.throws(() => new Moments().update(Number.NaN), { name: "StatsInputError" });
    assert.throws(() => Moments.fromJSON({ count: -1, mean: 0, m2: 0, min: null, max: null }), {
      name: "StatsInputError",
    });
  });
  it("has no variance when empty and serialises min/max as null", () => {
    const empty = new Moments();
    assert.ok(Number.isNaN(empty.variance()));
    assert.deepEqual(empty.toJSON(), { count: 0, mean: 0, m2: 0, min: null, max: null });
  });
});
