import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { gcd, ksTwoSampleExactSf } from "./ks-exact-two-sample.ts";

// Brute force over all C(m+n, m) orderings of the pooled sample, for small m and n.
function bruteForceSf(m: number, n: number, h: number): number {
  const g = gcd(m, n);
  let outside = 0;
  let total = 0;
  const walk = (i: number, j: number, reached: boolean) => {
    const hit = reached || Math.abs(i * (n / g) - j * (m / g)) >= h;
    if (i === m && j === n) {
      total += 1;
      if (hit) outside += 1;
      return;
    }
    if (i < m) walk(i + 1, j, hit);
    if (j < n) walk(i, j + 1, hit);
  };
  walk(0, 0, false);
  return outside / total;
}

describe("ksTwoSampleExactSf", () => {
  it("matches the path count for every h on small sample sizes", () => {
    for (const [m, n] of [
      [1, 1],
      [2, 2],
      [3, 5],
      [4, 6],
      [7, 4],
    ] as const) {
      const lcm = (m * n) / gcd(m, n);
      for (let h = 1; h <= lcm; h++) {
        const exact = ksTwoSampleExactSf(m, n, h);
        assert.ok(Math.abs(exact - bruteForceSf(m, n, h)) < 1e-14, `m=${m} n=${n} h=${h}`);
      }
    }
  });
  it("gives 1 for h = 0 and 1/3 for D = 1 with two values each (aabb or bbaa of 6 orderings)", () => {
    assert.equal(ksTwoSampleExactSf(5, 3, 0), 1);
    assert.ok(Math.abs(ksTwoSampleExactSf(2, 2, 2) - 1 / 3) < 1e-15);
  });
});
