import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { benjaminiHochberg } from "./benjamini-hochberg.ts";
import { assertClose, golden, RELATIVE_TOLERANCE } from "./golden-fixture.ts";

describe("benjaminiHochberg equals scipy.stats.false_discovery_control(method='bh') (1e-9 relative)", () => {
  (golden.benjaminiHochberg as Array<{ pvalues: number[]; adjusted: number[] }>).forEach((c, index) => {
    it(`case ${index}: ${c.pvalues.length} p-values`, () => {
      const adjusted = benjaminiHochberg(c.pvalues);
      assert.equal(adjusted.length, c.adjusted.length);
      adjusted.forEach((value, i) => {
        assertClose(value, c.adjusted[i] as number, { rel: RELATIVE_TOLERANCE }, `p[${i}]`);
      });
    });
  });
  it("rejects p-values outside [0, 1] and an empty list", () => {
    assert.throws(() => benjaminiHochberg([0.5, 1.5]), {
      name: "StatsInputError",
      message: /p-values\[1\] is 1.5/,
    });
    assert.throws(() => benjaminiHochberg([]), { message: /empty/ });
  });
});
