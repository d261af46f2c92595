import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { mulberry32 } from "@mlops-actions/stats";
import { sortNumbers } from "./sort-numbers.ts";

function assertSameOrder(actual: Float64Array, expected: Float64Array): void {
  assert.equal(actual.length, expected.length);
  for (let i = 0; i < expected.length; i++) {
    if (!Object.is(actual[i], expected[i]))
      assert.fail(`position ${i}: ${actual[i]} instead of ${expected[i]}`);
  }
}

describe("sortNumbers", () => {
  it("orders exactly as the built-in sort: signs, zeros, subnormals, extremes, ties", () => {
    const random = mulberry32(7);
    const special = [-0, 0, 5e-324, -5e-324, Number.MAX_VALUE, -Number.MAX_VALUE, 1, -1, 1, 2.5, -2.5];
    const values = Float64Array.from([
      ...special,
      ...Array.from({ length: 20_000 }, () => (random() - 0.5) * 10 ** Math.floor(random() * 60 - 30)),
      ...Array.from({ length: 5_000 }, () => Math.round(random() * 50) / 4),
    ]);
    assertSameOrder(sortNumbers(values.slice()), values.slice().sort());
  });

  it("sorts data whose high bits never change (the passes with one digit are skipped)", () => {
    const random = mulberry32(3);
    const values = Float64Array.from({ length: 50_000 }, () => Number((random() * 10).toFixed(4)));
    assertSameOrder(sortNumbers(values.slice()), values.slice().sort());
    assertSameOrder(sortNumbers(new Float64Array(4096).fill(3)), new Float64Array(4096).fill(3));
  });

  it("sorts in place and returns its argument, small arrays too", () => {
    const small = Float64Array.from([3, -1, 2]);
    assert.equal(sortNumbers(small), small);
    assert.deepEqual([...small], [-1, 2, 3]);
  });
});
