import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { randomHex } from "./random-hex.ts";

describe("randomHex", () => {
  test("gives as many hexadecimal digits as asked, across the 8-digit words it draws", () => {
    for (const digits of [1, 7, 8, 9, 32])
      assert.match(randomHex(digits), new RegExp(`^[0-9a-f]{${digits}}$`));
    assert.equal(randomHex(0), "");
  });

  test("draws anew each call, and uses every digit", () => {
    const draws = new Set(Array.from({ length: 64 }, () => randomHex(32)));
    assert.equal(draws.size, 64);
    assert.equal(new Set([...draws].join("")).size, 16);
  });
});
