import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { chiSquare } from "./chi-square.ts";
import { assertClose, type GoldenNumber, golden, RELATIVE_TOLERANCE } from "./golden-fixture.ts";

interface ChiSquareGolden {
  name: string;
  observed: number[];
  expected: number[] | null;
  statistic: GoldenNumber;
  pvalue: GoldenNumber;
  dof: number;
}

describe("chiSquare equals scipy.stats.chisquare (1e-9 relative; p-values also 1e-300 absolute)", () => {
  for (const testCase of golden.chisquare as ChiSquareGolden[]) {
    it(testCase.name, () => {
      const result = chiSquare(testCase.observed, testCase.expected ?? undefined);
      // A perfect fit has statistic 0 in theory; scipy's summation leaves ~1e-16, so 1e-12 absolute there.
      assertClose(result.statistic, testCase.statistic, { rel: RELATIVE_TOLERANCE, abs: 1e-12 }, "statistic");
      assertClose(result.pvalue, testCase.pvalue, { rel: RELATIVE_TOLERANCE, abs: 1e-300 }, "p-value");
      assert.equal(result.dof, testCase.dof);
    });
  }
});

describe("chiSquare input checks", () => {
  it("rejects negative counts, length mismatches, empty input and totals that disagree", () => {
    assert.throws(() => chiSquare([1, -2, 3]), { name: "StatsInputError", message: /observed\[1\] is -2/ });
    assert.throws(() => chiSquare([1, 2], [1, 1, 1]), { message: /different lengths \(2 and 3\)/ });
    assert.throws(() => chiSquare([]), { message: /observed is empty/ });
    assert.throws(() => chiSquare([10, 20, 30], [10, 20, 31]), { message: /totals? .*differ/ });
  });
});
