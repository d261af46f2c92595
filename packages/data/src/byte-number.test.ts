import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { mulberry32 as random } from "@mlops-actions/stats";
import { readShortInteger, readShortNumber } from "./byte-number.ts";
import { NOT_SHORT, shortDecimalBytes } from "./short-decimal.ts";

const PIECES = ["0", "1", "5", "9", "7", ".", "-", "+", "e", "E", " ", "x", "é", "00", "123456789"];
const EDGES = [
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
  "-1.5",
  "-1.50",
  "-01.5",
  "1.5",
  "999999999",
];
const EDGES_LONG = [
  "1000000000",
  "-1000000000",
  "123456789012345",
  "1234567890123456",
  "1e3",
  "1.2.3",
  "--1",
  "-1.50000000000000",
  "-1.5e0",
];

function samples(): string[] {
  const next = random(5);
  const texts = [...EDGES, ...EDGES_LONG];
  for (let i = 0; i < 20000; i++) {
    let text = "";
    const pieces = 1 + Math.floor(next() * 6);
    for (let p = 0; p < pieces; p++) text += PIECES[Math.floor(next() * PIECES.length)];
    texts.push(text);
  }
  return texts;
}

/** What the batch readers must give: `shortDecimalBytes`'s number, or NaN where it gives none. */
function expected(bytes: Buffer, start: number, end: number, fraction: boolean): number {
  const value = shortDecimalBytes(bytes, start, end, fraction);
  if (value === undefined) return Number.NaN;
  if (value !== NOT_SHORT) return value;
  // -1.5 is both a value and the sentinel: the batch readers read a short -1.5 as the value.
  const text = bytes.toString("latin1", start, end);
  const short = /^[+-]?[\d.]+$/.test(text) && text.replace(/[^\d]/g, "").length <= 15;
  return short && Number(text) === -1.5 ? -1.5 : Number.NaN;
}

/** The texts on which `read` and `shortDecimalBytes` disagree (Object.is: -0 is not 0). */
function disagreements(
  read: (bytes: Buffer, start: number, end: number) => number,
  fraction: boolean,
): string[] {
  return samples().filter((text) => {
    const bytes = Buffer.from(`,${text},`);
    const end = bytes.length - 1;
    return !Object.is(read(bytes, 1, end), expected(bytes, 1, end, fraction));
  });
}

describe("readShortNumber and readShortInteger", () => {
  test("give shortDecimalBytes' value, NaN where it has none", () => {
    assert.deepEqual(
      disagreements((bytes, start, end) => readShortNumber(bytes, start, end, true), true),
      [],
    );
    assert.deepEqual(
      disagreements((bytes, start, end) => readShortNumber(bytes, start, end, false), false),
      [],
    );
    assert.deepEqual(disagreements(readShortInteger, false), []);
  });

  test("keep -0 and read the sentinel's own text", () => {
    const bytes = Buffer.from("-0,-1.5,+12");
    assert.ok(Object.is(readShortInteger(bytes, 0, 2), -0));
    assert.equal(readShortNumber(bytes, 3, 7, true), -1.5);
    assert.equal(readShortInteger(bytes, 8, 11), 12);
  });

  test("a reader that differs is caught (the comparison has teeth)", () => {
    const planted = (bytes: Buffer, start: number, end: number) =>
      end - start === 3 ? 0 : readShortInteger(bytes, start, end);
    assert.ok(disagreements(planted, false).length > 0);
  });
});
