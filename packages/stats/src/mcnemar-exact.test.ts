import assert from "node:assert/strict";
import { it } from "node:test";
import { assertClose } from "./golden-fixture.ts";
import { mcnemarExact } from "./mcnemar-exact.ts";
import { mcnemarQuantileGolden } from "./mcnemar-quantile-golden.ts";

it("McNemar's exact test equals scipy's binomtest on the discordant pairs (1e-9 absolute)", () => {
  for (const { b, c, pValue } of mcnemarQuantileGolden.mcnemarCases) {
    assertClose(mcnemarExact(b, c), pValue, { abs: 1e-9 }, `b=${b} c=${c}`);
  }
});

it("is symmetric in the two models and 1 without discordant pairs", () => {
  assert.equal(mcnemarExact(0, 0), 1);
  assert.equal(mcnemarExact(3, 10), mcnemarExact(10, 3));
  assert.ok(mcnemarExact(0, 30) < 1e-8, "30 to 0 is far from chance");
});
