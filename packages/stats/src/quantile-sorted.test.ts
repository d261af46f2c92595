import assert from "node:assert/strict";
import { it } from "node:test";
import { assertClose } from "./golden-fixture.ts";
import { mcnemarQuantileGolden } from "./mcnemar-quantile-golden.ts";
import { quantileSorted } from "./quantile-sorted.ts";

it("interpolates as numpy's default quantile (1e-9 absolute)", () => {
  const { values, q, expected } = mcnemarQuantileGolden.quantiles;
  const sorted = [...values].sort((a, b) => a - b);
  for (const [i, level] of q.entries()) {
    assertClose(quantileSorted(sorted, level), expected[i] as number, { abs: 1e-9 }, `q=${level}`);
  }
});

it("is NaN for no values and the value itself for one", () => {
  assert.ok(Number.isNaN(quantileSorted([], 0.5)));
  assert.equal(quantileSorted(Float64Array.of(4), 0.3), 4);
});
