// Jensen-Shannon, KL, Hellinger, L-infinity and PSI on the same golden pairs of distributions.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertClose, type GoldenNumber, golden, RELATIVE_TOLERANCE } from "./golden-fixture.ts";
import { hellingerDistance } from "./hellinger-distance.ts";
import { jensenShannonDistance } from "./jensen-shannon-distance.ts";
import { klDivergence } from "./kl-divergence.ts";
import { lInfinity } from "./l-infinity.ts";
import { fillZeroProportions, psi } from "./psi.ts";

interface DivergenceGolden {
  p: number[];
  q: number[];
  jensenshannon: number;
  jensenshannonBase2: number;
  kl: GoldenNumber;
  hellinger: number;
  lInfinity: number;
  psi: number;
}

// Identical distributions give 0 where scipy may leave a rounding residue: 1e-12 absolute on top.
const tolerance = { rel: RELATIVE_TOLERANCE, abs: 1e-12 };

describe("divergences equal scipy / numpy formulas (1e-9 relative)", () => {
  (golden.divergences as DivergenceGolden[]).forEach((testCase, index) => {
    const label = `case ${index} (${testCase.p.length} bins)`;
    it(`${label}: jensenShannonDistance = scipy.spatial.distance.jensenshannon, base e and 2`, () => {
      assertClose(jensenShannonDistance(testCase.p, testCase.q), testCase.jensenshannon, tolerance, "js");
      assertClose(
        jensenShannonDistance(testCase.p, testCase.q, 2),
        testCase.jensenshannonBase2,
        tolerance,
        "js2",
      );
    });
    it(`${label}: klDivergence = scipy.stats.entropy(p, q)`, () => {
      assertClose(klDivergence(testCase.p, testCase.q), testCase.kl, tolerance, "kl");
    });
    it(`${label}: hellingerDistance = sqrt(1 - sum sqrt(p q))`, () => {
      assertClose(hellingerDistance(testCase.p, testCase.q), testCase.hellinger, tolerance, "hellinger");
    });
    it(`${label}: lInfinity = max |p - q|`, () => {
      assertClose(lInfinity(testCase.p, testCase.q), testCase.lInfinity, tolerance, "l-infinity");
    });
    it(`${label}: psi = Evidently's formula with its zero replacement`, () => {
      assertClose(psi(testCase.p, testCase.q), testCase.psi, tolerance, "psi");
    });
  });
});

describe("fillZeroProportions (Evidently's epsilon)", () => {
  it("uses 1e-4 when the smallest non-zero share is above 1e-4", () => {
    assert.deepEqual(fillZeroProportions([0.5, 0, 0.5]), [0.5, 1e-4, 0.5]);
  });
  it("uses the smallest non-zero share / 1e6 when that share is <= 1e-4", () => {
    assert.deepEqual(fillZeroProportions([0.99995, 0, 0.00005]), [0.99995, 0.00005 / 1e6, 0.00005]);
  });
});

describe("divergence input checks", () => {
  it("reject mismatched lengths, negative values, empty and all-zero vectors", () => {
    assert.throws(() => jensenShannonDistance([1, 2], [1]), {
      name: "StatsInputError",
      message: /different lengths/,
    });
    assert.throws(() => klDivergence([1, -1], [1, 1]), { message: /p\[1\] is -1/ });
    assert.throws(() => hellingerDistance([], []), { message: /p is empty/ });
    assert.throws(() => psi([0, 0], [1, 1]), { message: /expected sum to 0/ });
    assert.throws(() => lInfinity([1, Number.NaN], [1, 1]), { message: /p\[1\] is NaN/ });
  });
});
