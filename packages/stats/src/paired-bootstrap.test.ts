import assert from "node:assert/strict";
import { it } from "node:test";
import { pairedBootstrap } from "./paired-bootstrap.ts";

// Two "models" scored per example; the statistic is the difference of their means on the resample.
const a = Array.from({ length: 200 }, (_, i) => (i % 10) / 10);
const b = a.map((value, i) => value + 0.1 + (i % 3) * 0.01);
const meanDifference = (indices: Uint32Array) => {
  let total = 0;
  for (const i of indices) total += (b[i] as number) - (a[i] as number);
  return total / indices.length;
};

it("is reproducible for a seed and differs for another", () => {
  const run = (seed: number) =>
    pairedBootstrap(a.length, (ix) => [meanDifference(ix)], { seed, resamples: 200 });
  assert.deepEqual(run(1), run(1));
  assert.notDeepEqual(run(1), run(2));
});

it("brackets the paired difference, narrower at a lower confidence", () => {
  const [wide] = pairedBootstrap(a.length, (ix) => [meanDifference(ix)], { resamples: 500 });
  const [narrow] = pairedBootstrap(a.length, (ix) => [meanDifference(ix)], {
    resamples: 500,
    confidence: 0.5,
  });
  assert.ok(wide && narrow);
  assert.ok(wide.low <= 0.11 && wide.high >= 0.11, `[${wide.low}, ${wide.high}] holds the mean 0.11`);
  assert.ok(wide.high - wide.low < 0.01, "the paired difference barely varies");
  assert.ok(narrow.high - narrow.low < wide.high - wide.low);
  assert.equal(wide.resamples, 500);
  assert.equal(wide.valid, 500);
});

it("counts only the resamples where a statistic is defined and finite", () => {
  const [always, sometimes] = pairedBootstrap(
    50,
    (ix) => [1, ix.includes(0) ? undefined : ix.includes(1) ? Number.NaN : 2],
    { resamples: 300 },
  );
  assert.equal(always?.valid, 300);
  assert.equal(always?.low, 1);
  assert.ok(sometimes && sometimes.valid > 0 && sometimes.valid < 300, `valid ${sometimes?.valid}`);
  assert.equal(sometimes?.high, 2);
});
