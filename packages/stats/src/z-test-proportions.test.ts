import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertClose, golden, RELATIVE_TOLERANCE } from "./golden-fixture.ts";
import { zTestProportions } from "./z-test-proportions.ts";

interface ZGolden {
  countRef: number;
  nRef: number;
  countCur: number;
  nCur: number;
  statistic: number;
  pvalue: number;
}

describe("zTestProportions equals the pooled two-proportion z-test with scipy's norm.sf (1e-9 relative)", () => {
  for (const c of golden.ztest as ZGolden[]) {
    it(`${c.countRef}/${c.nRef} vs ${c.countCur}/${c.nCur}`, () => {
      const result = zTestProportions(c.countRef, c.nRef, c.countCur, c.nCur);
      assertClose(result.statistic, c.statistic, { rel: RELATIVE_TOLERANCE }, "z");
      assertClose(result.pvalue, c.pvalue, { rel: RELATIVE_TOLERANCE }, "p-value");
    });
  }
  it("gives z = 0 and p = 1 when both samples are all one value", () => {
    assert.deepEqual(zTestProportions(0, 10, 0, 20), { statistic: 0, pvalue: 1 });
    assert.deepEqual(zTestProportions(10, 10, 20, 20), { statistic: 0, pvalue: 1 });
  });
  it("rejects counts above the sample size and non-integer sizes", () => {
    assert.throws(() => zTestProportions(11, 10, 1, 10), {
      name: "StatsInputError",
      message: /reference count is 11/,
    });
    assert.throws(() => zTestProportions(1, 10, 1, 0), { message: /current sample size is 0/ });
  });
});
