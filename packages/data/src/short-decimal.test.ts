import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { mulberry32 as random } from "@mlops-actions/stats";
import { NOT_SHORT, shortDecimalBytes } from "./short-decimal.ts";
import { parseDecimal, parseInteger } from "./value.ts";

const PIECES = ["0", "1", "5", "9", "7", ".", "-", "+", "e", "E", " ", "x", "é", "00", "123456789"];

const EDGES = [
  "",
  "0",
  "-0",
  "+0",
  "00",
  "007",
  "1.",
  ".5",
  "-.5",
  ".",
  "-",
  "+",
  "1..2",
  "1.2.3",
  "1e5",
  "1E-5",
  "999999999999999",
  "9999999999999999",
  "9007199254740993",
  "0.1",
  "0.30000000000000004",
  "123456789012.345",
  "12345678901234567",
  "123456789012345678",
  "1.7976931348623157e308",
  "１２",
  "12\u0000",
  " 12",
  "12 ",
  "250000.5",
  "99.99",
];

/** What the validator does with the bytes: the byte reading, or the text parser when it cannot decide. */
function viaBytes(text: string, fraction: boolean): number | undefined {
  const bytes = Buffer.from(`,${text},`);
  const fast = shortDecimalBytes(bytes, 1, bytes.length - 1, fraction);
  if (fast !== NOT_SHORT) return fast;
  return fraction ? parseDecimal(text) : parseInteger(text);
}

describe("shortDecimalBytes", () => {
  test("gives what parseInteger and parseDecimal give on the text, for edge cases and random texts", () => {
    const next = random(7);
    const texts = [...EDGES];
    for (let round = 0; round < 20_000; round++) {
      const length = Math.floor(next() * 8);
      let text = "";
      for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
      texts.push(text);
      texts.push(String(next() * 10 ** Math.floor(next() * 12)));
      texts.push((next() * 1000).toFixed(Math.floor(next() * 6)));
      texts.push(String(Math.floor(next() * 2 ** 53) * (next() < 0.5 ? -1 : 1)));
    }
    for (const text of texts) {
      assert.equal(viaBytes(text, false), parseInteger(text), `integer '${text}'`);
      assert.equal(viaBytes(text, true), parseDecimal(text), `decimal '${text}'`);
    }
  });

  test("reads a short decimal without the text parser, exactly as Number() does", () => {
    for (const text of ["12.34", "-0.1", "250000.5", "123456789.012345"]) {
      const bytes = Buffer.from(text);
      assert.equal(shortDecimalBytes(bytes, 0, bytes.length, true), Number(text));
    }
    const long = Buffer.from("1234567890123456");
    assert.equal(shortDecimalBytes(long, 0, long.length, false), NOT_SHORT);
  });
});
