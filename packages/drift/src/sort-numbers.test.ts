import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { mulberry32 } from "@mlops-actions/stats";
import { sortedCopy, sortNumbers } from "./sort-numbers.ts";

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

  it("sorts values that agree in their high bits, in long and short runs, by the low bits", () => {
    const random = mulberry32(5);
    // Timestamps of one day: runs of thousands of keys equal in their top bits.
    const day = Float64Array.from({ length: 60_000 }, () => 1.7e9 + random() * 86_400);
    assertSameOrder(sortNumbers(day.slice()), day.slice().sort());
    // Full-precision numbers and their negatives: short runs, some out of order.
    const full = Float64Array.from({ length: 60_000 }, () => (random() - 0.5) * (1 + random() * 2 ** -30));
    assertSameOrder(sortNumbers(full.slice()), full.slice().sort());
  });

  it("sorts a copy, leaving the numbers as they were", () => {
    const random = mulberry32(9);
    for (const length of [10, 5000]) {
      const values = Float64Array.from({ length }, () => (random() - 0.5) * 100);
      const before = values.slice();
      assertSameOrder(sortedCopy(values), before.slice().sort());
      assertSameOrder(values, before);
    }
  });

  it("sorts in place and returns its argument, small arrays too", () => {
    const small = Float64Array.from([3, -1, 2]);
    assert.equal(sortNumbers(small), small);
    assert.deepEqual([...small], [-1, 2, 3]);
  });
});
