import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { detachedText } from "./detached-text.ts";
import {
  formatTyped,
  parseBoolean,
  parseDate,
  parseDatetime,
  parseDecimal,
  parseInteger,
  toTyped,
} from "./value.ts";

describe("value parsing", () => {
  test("integers and decimals", () => {
    assert.equal(parseInteger("-42"), -42);
    assert.equal(parseInteger("4.0"), undefined);
    assert.equal(parseInteger(7), 7);
    assert.equal(parseInteger(7.5), undefined);
    assert.equal(parseDecimal("1e-5"), 0.00001);
    assert.equal(parseDecimal("1e400"), undefined, "overflows a double");
    assert.equal(parseDecimal("-1e309"), undefined);
    assert.equal(parseDecimal("1e308"), 1e308);
    assert.equal(parseInteger(`9${"0".repeat(400)}`), undefined, "overflows a double");
    assert.equal(parseDecimal(".5"), 0.5);
    for (const bad of ["NaN", "Infinity", "1,5", "0x10", " 1", ""])
      assert.equal(parseDecimal(bad), undefined, bad);
  });

  test("integers and decimals read from character codes agree with the regex and a finite Number() on any text", () => {
    const integer = /^[+-]?\d+$/;
    const decimal = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
    const alphabet = "0123456789012345678901234567890123456789.+-eE x";
    let state = 7;
    const next = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    for (let round = 0; round < 20000; round++) {
      let text = "";
      const length = Math.floor(next() * 22);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      const finite = Number.isFinite(Number(text));
      assert.equal(parseInteger(text), integer.test(text) && finite ? Number(text) : undefined, text);
      assert.equal(parseDecimal(text), decimal.test(text) && finite ? Number(text) : undefined, text);
    }
    assert.ok(Object.is(parseDecimal("-0.0"), -0));
    assert.equal(parseDecimal("123456789012.345"), 123456789012.345);
    assert.equal(parseDecimal("0.1"), 0.1);
  });

  test("booleans", () => {
    assert.equal(parseBoolean("TRUE"), true);
    assert.equal(parseBoolean("0"), false);
    assert.equal(parseBoolean("yes"), undefined);
  });

  test("dates in each layout, rejecting impossible ones", () => {
    assert.equal(parseDate("1970-01-02"), 1);
    assert.equal(parseDate("2024-02-29"), parseDate("29/02/2024", "DD/MM/YYYY"));
    assert.equal(parseDate("02/29/2024", "MM/DD/YYYY"), parseDate("20240229", "YYYYMMDD"));
    assert.equal(parseDate("2023-02-29"), undefined);
    assert.equal(parseDate("2024-13-01"), undefined);
    assert.equal(formatTyped(parseDate("2024-02-29") ?? 0, "date"), "2024-02-29");
  });

  test("datetimes with offsets", () => {
    assert.equal(parseDatetime("2024-01-02T10:00:00Z"), Date.UTC(2024, 0, 2, 10));
    assert.equal(parseDatetime("2024-01-02 12:00:00+02:00"), Date.UTC(2024, 0, 2, 10));
    assert.equal(parseDatetime("2024-01-02T10:00:00.250-0130"), Date.UTC(2024, 0, 2, 11, 30, 0, 250));
    assert.equal(parseDatetime("2024-01-02T24:00"), undefined);
    assert.equal(parseDatetime("2024-01-02"), undefined);
  });

  test("toTyped by column type", () => {
    assert.equal(toTyped("3", "integer"), 3);
    assert.equal(toTyped(3, "string"), "3");
    assert.equal(toTyped("x", "number"), undefined);
  });
});

describe("parseDate agrees with Date.UTC", () => {
  test("every day from 1899 to 2101, and rejects day 0 and day 32", () => {
    for (let time = Date.UTC(1899, 0, 1); time <= Date.UTC(2101, 11, 31); time += 86_400_000) {
      const iso = new Date(time).toISOString().slice(0, 10);
      assert.equal(parseDate(iso), time / 86_400_000, iso);
    }
    assert.equal(parseDate("2024-01-00"), undefined);
    assert.equal(parseDate("2024-01-32"), undefined);
    assert.equal(parseDate("2024-1-05"), undefined);
    assert.equal(parseDate("2024-01-0x"), undefined);
  });
});

describe("detachedText", () => {
  test("copies text exactly, lone surrogates and all", () => {
    for (const text of [
      "",
      "short",
      "a longer value than thirteen",
      "\uD800 lone surrogate and more",
      "é😀".repeat(9),
    ]) {
      assert.equal(detachedText(text), text);
    }
  });
});
