import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { chi2Sf } from "./chi2-sf.ts";
import { assertClose, golden, RELATIVE_TOLERANCE } from "./golden-fixture.ts";
import { normalSf } from "./normal-sf.ts";

describe("chi2Sf equals scipy.stats.chi2.sf (1e-9 relative)", () => {
  for (const { x, dof, sf } of golden.special.chi2 as Array<{ x: number; dof: number; sf: number }>) {
    it(`x=${x} dof=${dof}`, () =>
      assertClose(chi2Sf(x, dof), sf, { rel: RELATIVE_TOLERANCE }, `x=${x} dof=${dof}`));
  }
  it("is 1 at 0 and rejects a non-positive dof", () => {
    assert.equal(chi2Sf(0, 3), 1);
    assert.throws(() => chi2Sf(1, 0), { name: "StatsInputError" });
  });
});

describe("normalSf equals scipy.stats.norm.sf (1e-9 relative, far tail included)", () => {
  for (const { z, sf } of golden.special.normal as Array<{ z: number; sf: number }>) {
    // scipy underflows to 0 below ~1e-308 where erfc still returns a subnormal: allow 1e-300 absolute.
    it(`z=${z}`, () => assertClose(normalSf(z), sf, { rel: RELATIVE_TOLERANCE, abs: 1e-300 }, `z=${z}`));
  }
});
