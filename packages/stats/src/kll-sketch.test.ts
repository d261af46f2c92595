import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { KllSketch, kllRankErrorBound } from "./kll-sketch.ts";

const STREAM_SIZE = 200_000;
const K = 200;
// What we assert: for k = 200 every quantile's true normalized rank is within 1.65% of the requested rank
// (DataSketches' 99%-confidence bound 2.446 / k^0.9433 = 0.01652), for 999 evenly spaced ranks at once.
const RANK_ERROR_BOUND = kllRankErrorBound(K);

/** A seeded, skewed stream (cube of uniforms, times 100) so that equal-width assumptions would fail. */
function stream(size: number, seed: number): Float64Array {
  let state = seed;
  return Float64Array.from({ length: size }, () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state / 2 ** 32) ** 3 * 100;
  });
}

function trueRank(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] as number) <= value) low = mid + 1;
    else high = mid;
  }
  return low / sorted.length;
}

function worstRankError(sketch: KllSketch, sorted: Float64Array): number {
  let worst = 0;
  for (let i = 1; i < 1000; i++) {
    const q = i / 1000;
    worst = Math.max(worst, Math.abs(trueRank(sorted, sketch.quantile(q)) - q));
  }
  return worst;
}

const data = stream(STREAM_SIZE, 7);
const sorted = Float64Array.from(data).sort();

describe(`KllSketch (k=${K}, ${STREAM_SIZE} values, rank error bound ${RANK_ERROR_BOUND.toFixed(4)})`, () => {
  const whole = new KllSketch({ k: K, seed: 42 }).updateAll(data);

  it("states the documented bound of about 1.65% for k=200", () => {
    assert.ok(Math.abs(whole.rankErrorBound - 0.0165) < 0.0001);
  });

  it("keeps every quantile's rank error within the bound, using far fewer items than the stream", () => {
    assert.equal(whole.n, STREAM_SIZE);
    assert.ok(whole.retained < 3 * K + 64, `retained ${whole.retained}`);
    const worst = worstRankError(whole, sorted);
    assert.ok(worst <= RANK_ERROR_BOUND, `worst rank error ${worst}`);
  });

  it("estimates ranks within the bound and knows min and max exactly", () => {
    assert.equal(whole.min, sorted[0]);
    assert.equal(whole.max, sorted[sorted.length - 1]);
    assert.equal(whole.quantile(0), whole.min);
    assert.equal(whole.quantile(1), whole.max);
    for (const value of [0.001, 0.1, 1, 5, 20, 50, 90]) {
      assert.ok(Math.abs(whole.rank(value) - trueRank(sorted, value)) <= RANK_ERROR_BOUND, `rank(${value})`);
    }
  });

  it("merges two halves into a sketch within the bound of the whole stream and of the whole's sketch", () => {
    const half = STREAM_SIZE / 2;
    const merged = new KllSketch({ k: K, seed: 1 }).updateAll(data.subarray(0, half));
    merged.merge(new KllSketch({ k: K, seed: 2 }).updateAll(data.subarray(half)));
    assert.equal(merged.n, STREAM_SIZE);
    assert.equal(merged.min, whole.min);
    assert.equal(merged.max, whole.max);
    assert.ok(worstRankError(merged, sorted) <= RANK_ERROR_BOUND);
    for (let i = 1; i < 100; i++) {
      const q = i / 100;
      const difference = Math.abs(trueRank(sorted, merged.quantile(q)) - trueRank(sorted, whole.quantile(q)));
      assert.ok(difference <= 2 * RANK_ERROR_BOUND, `q=${q}: ${difference}`);
    }
  });

  it("round-trips through JSON and continues identically afterwards", () => {
    const copy = KllSketch.fromJSON(JSON.parse(JSON.stringify(whole)));
    assert.deepEqual(copy.toJSON(), whole.toJSON());
    const extra = stream(5000, 99);
    const original = KllSketch.fromJSON(whole.toJSON()).updateAll(extra);
    assert.deepEqual(copy.updateAll(extra).toJSON(), original.toJSON());
  });

  it("is deterministic for a given seed and input order", () => {
    const again = new KllSketch({ k: K, seed: 42 }).updateAll(data);
    assert.deepEqual(again.toJSON(), whole.toJSON());
  });
});

describe("KllSketch small and bad input", () => {
  it("is exact while nothing has been compacted", () => {
    const sketch = new KllSketch().updateAll([5, 1, 3, 2, 4]);
    assert.equal(sketch.quantile(0.5), 3);
    assert.equal(sketch.rank(2), 0.4);
  });
  it("rejects NaN, an empty sketch's quantile, ranks outside [0, 1], a bad k and mismatched merges", () => {
    assert.throws(() => new KllSketch().update(Number.NaN), { name: "StatsInputError" });
    assert.throws(() => new KllSketch().quantile(0.5), { message: /empty/ });
    assert.throws(() => new KllSketch().update(1).quantile(1.5), { message: /quantile rank is 1.5/ });
    assert.throws(() => new KllSketch({ k: 2 }), { message: /k is 2/ });
    assert.throws(() => new KllSketch({ k: 100 }).merge(new KllSketch({ k: 200 })), {
      message: /cannot merge/,
    });
  });
  it("rejects JSON whose levels do not add up to n", () => {
    const json = new KllSketch().updateAll([1, 2, 3]).toJSON();
    assert.throws(() => KllSketch.fromJSON({ ...json, n: 4 }), { message: /levels weigh 3/ });
  });
});
