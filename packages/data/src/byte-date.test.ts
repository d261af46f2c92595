import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { readDateBytes } from "./byte-date.ts";
import { DATE_FORMATS, DATE_LAYOUTS, parseDate } from "./value.ts";

/** Texts near dates of every layout: valid ones, impossible days, wrong separators, stray characters. */
function samples(): string[] {
  let state = 9;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
  const texts = ["", "2024-02-29", "2023-02-29", "2000-02-29", "1900-02-29", "0000-01-01", "9999-12-31"];
  const pieces = ["0", "1", "2", "3", "9", "-", "/", ".", "x", "é", " "];
  for (let i = 0; i < 30000; i++) {
    const year = String(Math.floor(next() * 3000)).padStart(4, "0");
    const month = String(Math.floor(next() * 14)).padStart(2, "0");
    const day = String(Math.floor(next() * 33)).padStart(2, "0");
    const separator = ["-", "/", ".", ""][Math.floor(next() * 4)] as string;
    const text = [
      `${year}${separator}${month}${separator}${day}`,
      `${day}${separator}${month}${separator}${year}`,
      `${month}${separator}${day}${separator}${year}`,
    ][Math.floor(next() * 3)] as string;
    const at = Math.floor(next() * text.length);
    const noise = next() < 0.2 ? (pieces[Math.floor(next() * pieces.length)] as string) : "";
    texts.push(noise === "" ? text : text.slice(0, at) + noise + text.slice(at + 1));
  }
  return texts;
}

describe("readDateBytes", () => {
  test("gives parseDate's day number (NaN for none) in every layout", () => {
    const texts = samples();
    for (const format of DATE_FORMATS) {
      const layout = DATE_LAYOUTS[format];
      const wrong = texts.filter((text) => {
        const bytes = Buffer.from(`,${text},`);
        const read = readDateBytes(bytes, 1, bytes.length - 1, layout);
        return !Object.is(read, parseDate(text, format) ?? Number.NaN);
      });
      assert.deepEqual(wrong, [], format);
    }
  });

  test("gives parseDate's day number for every day of years across the whole range", () => {
    const years = [0, 1, 2, 3, 4, 99, 100, 399, 400, 401, 1600, 1900, 1970, 2000, 2024, 9999];
    for (let year = 0; year <= 9999; year += 37) years.push(year);
    const layout = DATE_LAYOUTS["YYYY-MM-DD"];
    const wrong: string[] = [];
    for (const year of years) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 31; day++) {
          const text = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          const read = readDateBytes(Buffer.from(text), 0, 10, layout);
          if (!Object.is(read, parseDate(text) ?? Number.NaN)) wrong.push(text);
        }
      }
    }
    assert.deepEqual(wrong, []);
  });

  test("a layout that differs is caught (the comparison has teeth)", () => {
    const bytes = Buffer.from("2024-01-31");
    assert.equal(readDateBytes(bytes, 0, 10, DATE_LAYOUTS["YYYY-MM-DD"]), parseDate("2024-01-31"));
    assert.ok(Number.isNaN(readDateBytes(bytes, 0, 10, DATE_LAYOUTS["YYYY/MM/DD"])));
  });
});
