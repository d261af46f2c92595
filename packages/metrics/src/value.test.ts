import assert from "node:assert/strict";
import { test } from "node:test";
import { coerceValue, describeValue, parseNumber } from "./value.ts";

test("parseNumber reads decimals and exponents", () => {
  assert.equal(parseNumber("0.93"), 0.93);
  assert.equal(parseNumber(" 1e-3 "), 0.001);
  assert.equal(parseNumber("-2"), -2);
  assert.equal(parseNumber(".5"), 0.5);
  assert.equal(parseNumber("+3."), 3);
});

test("parseNumber keeps the non-finite spellings of Python, JavaScript and YAML", () => {
  for (const text of ["nan", "NaN", ".nan", "-nan"]) assert.ok(Number.isNaN(parseNumber(text)), text);
  for (const text of ["inf", "Infinity", ".inf", "+inf"])
    assert.equal(parseNumber(text), Number.POSITIVE_INFINITY, text);
  for (const text of ["-inf", "-Infinity", "-.inf"])
    assert.equal(parseNumber(text), Number.NEGATIVE_INFINITY, text);
});

test("parseNumber refuses what is not plainly a number", () => {
  for (const text of ["", "0x10", "1,000", "93%", "abc", "1e", "infinite", "1 2"]) {
    assert.equal(parseNumber(text), undefined, text);
  }
});

test("coerceValue turns numeric strings into numbers and leaves the rest", () => {
  assert.equal(coerceValue("0.5"), 0.5);
  assert.equal(coerceValue("resnet"), "resnet");
  assert.equal(coerceValue(true), true);
  assert.equal(coerceValue(null), null);
  assert.equal(describeValue("x"), '"x"');
  assert.equal(describeValue(undefined), "(absent)");
});
