import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertClose, golden } from "./golden-fixture.ts";
import { type KsMode, ksTwoSample } from "./ks-two-sample.ts";

const KS_ABSOLUTE_TOLERANCE = 1e-9;

interface KsGolden {
  name: string;
  a: number[];
  b: number[];
  results: Array<{ mode: KsMode; statistic: number; pvalue: number | null; modeUsed: "exact" | "asymp" }>;
}

describe("ksTwoSample equals scipy.stats.ks_2samp (1e-9 absolute on statistic and p-value)", () => {
  for (const testCase of golden.ks as KsGolden[]) {
    for (const expected of testCase.results) {
      it(`${testCase.name}, mode ${expected.mode}`, () => {
        const result = ksTwoSample(testCase.a, testCase.b, { mode: expected.mode });
        const label = `${testCase.name} ${expected.mode}`;
        assertClose(
          result.statistic,
          expected.statistic,
          { abs: KS_ABSOLUTE_TOLERANCE },
          `${label} statistic`,
        );
        assertClose(result.pvalue, expected.pvalue, { abs: KS_ABSOLUTE_TOLERANCE }, `${label} p-value`);
        assert.equal(result.mode, expected.modeUsed);
      });
    }
  }
});

describe("ksTwoSample input checks", () => {
  it("rejects an empty sample", () => {
    assert.throws(() => ksTwoSample([], [1]), { name: "StatsInputError", message: /first sample is empty/ });
  });
  it("rejects NaN", () => {
    assert.throws(() => ksTwoSample([1, 2], [1, Number.NaN]), { message: /second sample\[1\] is NaN/ });
  });
  it("rejects an unknown mode and a one-sided alternative", () => {
    assert.throws(() => ksTwoSample([1], [2], { mode: "fast" as KsMode }), RangeError);
    assert.throws(() => ksTwoSample([1], [2], { alternative: "less" as "two-sided" }), RangeError);
  });
  it("chooses exact up to 10 000 values per sample in auto mode, asymp above (scipy's rule)", () => {
    const small = Array.from({ length: 10 }, (_, i) => i);
    assert.equal(
      ksTwoSample(
        Array.from({ length: 10_000 }, (_, i) => i / 7),
        small,
      ).mode,
      "exact",
    );
    assert.equal(
      ksTwoSample(
        Array.from({ length: 10_001 }, (_, i) => i / 7),
        small,
      ).mode,
      "asymp",
    );
  });
  it("falls back from exact to asymp when lcm(m, n) does not fit in int32, like scipy", () => {
    const a = Array.from({ length: 46_343 }, (_, i) => Math.sin(i));
    const b = Array.from({ length: 46_342 }, (_, i) => Math.cos(i) * 1.1);
    const exact = ksTwoSample(a, b, { mode: "exact" });
    assert.equal(exact.mode, "asymp");
    assert.deepEqual(exact, ksTwoSample(a, b, { mode: "asymp" }));
  });
  it("does not depend on the order of the values", () => {
    const a = [5, 1, 4, 2, 3];
    const b = [2.5, 9, 0.5, 7];
    assert.deepEqual(ksTwoSample(a, b), ksTwoSample([...a].reverse(), [...b].sort()));
  });
});
