import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ByteTexts } from "./byte-texts.ts";

describe("ByteTexts", () => {
  test("matches exactly the texts it holds, multibyte ones included, anywhere in a buffer", () => {
    const texts = new ByteTexts(["FR", "DE", "Zürich", "", "NA"]);
    const bytes = Buffer.from("FR,DE,Zürich,FRA,F,Zurich,,NA,na");
    const fields = bytes.toString().split(",");
    let at = 0;
    const found = fields.map((field) => {
      const length = Buffer.byteLength(field);
      const has = texts.has(bytes, at, at + length);
      at += length + 1;
      return has;
    });
    assert.deepEqual(found, [true, true, true, false, false, false, true, true, false]);
  });
});
