import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isNumberKey, profileCell } from "./cell.ts";
import { evidentlyColumnType, pandasDtype } from "./column-type.ts";
import { profileColumns } from "./profile-rows.ts";

describe("profileCell", () => {
  it("reads cells as pandas.read_csv would: missing words, numbers, infinities, booleans, text", () => {
    for (const missing of [null, "", "NA", "N/A", "NaN", "nan", "null", "None", "<NA>", " NA "]) {
      assert.equal(profileCell(missing), null, String(missing));
    }
    assert.equal(profileCell("1.50"), 1.5);
    assert.equal(profileCell("-3e2"), -300);
    assert.equal(profileCell(".5"), 0.5);
    assert.equal(profileCell(7), 7);
    assert.equal(profileCell("inf"), null);
    assert.equal(profileCell("-Infinity"), null);
    assert.equal(profileCell(Number.POSITIVE_INFINITY), null);
    assert.equal(profileCell(true), "True");
    assert.equal(profileCell("0x10"), "0x10");
    assert.equal(profileCell("12 apples"), "12 apples");
    // Plain decimals take a fast path; it must give what Number() gives, signed zero included.
    for (const text of [
      "0.1",
      "-0",
      "+.5",
      "1.",
      "9.9999",
      "123456789012345",
      "1234567890123456",
      "0.30000000000000004",
    ]) {
      assert.ok(Object.is(profileCell(text), Number(text)), text);
    }
    assert.equal(profileCell("1.#IND"), null);
    assert.equal(profileCell("1.2.3"), "1.2.3");
    assert.equal(isNumberKey(String(1e21)), true);
    assert.equal(isNumberKey("True"), false);
  });

  it("keeps text as text, untrimmed, and still reads words that start like missing words or infinities", () => {
    for (const text of ["yes", "x", "True", "false", "Zebra", "a b", " yes", "yes ", "é", "y\u00a0", "[x]"]) {
      assert.equal(profileCell(text), text, JSON.stringify(text));
    }
    for (const missing of [
      "nan",
      "NaN",
      "None",
      "null",
      "NULL",
      "n/a",
      "NA",
      "inf",
      "Inf",
      "INFINITY",
      " NA",
    ]) {
      assert.equal(profileCell(missing), null, missing);
    }
    assert.equal(profileCell("nope"), "nope");
    assert.equal(profileCell("info"), "info");
  });

  it("gives the dtype pandas would and Evidently's type for it", () => {
    const profile = profileColumns({
      ints: ["1", "2", "3", "1"],
      intsWithGap: ["1", null, "3", "1"],
      floats: ["1.5", "2", "3", "2"],
      flags: ["True", "false", "TRUE", "False"],
      words: ["a", "b", "a", "a"],
      ids: ["a", "b", "c", "d"],
    });
    const dtype = (name: string) => pandasDtype(profile.columns.get(name) as never);
    const type = (name: string) => evidentlyColumnType(profile.columns.get(name) as never);
    assert.equal(dtype("ints"), "int");
    assert.equal(type("ints"), "categorical");
    assert.equal(dtype("intsWithGap"), "float");
    assert.equal(type("intsWithGap"), "numerical");
    assert.equal(type("floats"), "numerical");
    assert.equal(dtype("flags"), "bool");
    assert.equal(type("flags"), "categorical");
    assert.equal(type("words"), "categorical");
    assert.equal(type("ids"), "text");
  });
});
