import { describe, it } from "node:test";
import { assertClose, golden } from "./golden-fixture.ts";
import { kolmogorovSf } from "./kolmogorov-sf.ts";
import { smirnovSf } from "./smirnov-sf.ts";

const ABSOLUTE_TOLERANCE = 1e-9;

describe("kolmogorovSf equals scipy.stats.kstwo.sf (1e-9 absolute)", () => {
  for (const { n, d, sf } of golden.kolmogorov as Array<{ n: number; d: number; sf: number }>) {
    it(`n=${n} d=${d}`, () =>
      assertClose(kolmogorovSf(n, d), sf, { abs: ABSOLUTE_TOLERANCE }, `n=${n} d=${d}`));
  }
});

describe("smirnovSf equals scipy.special.smirnov (1e-9 absolute, 1e-9 relative)", () => {
  for (const { n, d, sf } of golden.special.smirnov as Array<{ n: number; d: number; sf: number }>) {
    it(`n=${n} d=${d}`, () => assertClose(smirnovSf(n, d), sf, { abs: 1e-12, rel: 1e-9 }, `n=${n} d=${d}`));
  }
});
