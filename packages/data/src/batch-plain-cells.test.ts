import assert from "node:assert/strict";
import { closeSync, openSync } from "node:fs";
import { after, describe, test } from "node:test";
import { mulberry32 as random } from "@mlops-actions/stats";
import { othersFor, plainDecimals, plainIntegers, plainMatches } from "./batch-plain-cells.ts";
import type { FieldBatch } from "./byte-csv-scanner.ts";
import { readShortInteger, readShortNumber } from "./byte-number.ts";
import type { CheckResult } from "./check-result.ts";
import { ColumnValidator } from "./column-validator.ts";
import { scanFileRange } from "./csv-range.ts";
import { parseSchema } from "./parse-schema.ts";
import type { ColumnSpec } from "./schema.ts";
import { tempFiles } from "./test-files.ts";
import type { ByteTest } from "./value-rules.ts";

const files = tempFiles();
after(files.cleanup);

/** Columns whose checks keep only counts, with no null texts: the ones the first passes serve. */
const SCHEMA = parseSchema(
  `
columns:
  count: { type: integer, nullable: false, min: -50, max: 999999 }
  wide: { type: integer, not-in: [7] }
  price: { type: number, min: -1.5, max: 100.25 }
  ratio: { type: number, max: 0 }
  country: { type: category, nullable: false, in: [FR, DE, "Zürich", ES] }
  code: { pattern: "[A-Z]{2}-\\\\d{4}" }
  free: { pattern: "a.c" }
  short: { length: { min: 2, max: 3 } }
  rest: { not-in: [x, "é"] }
`,
  "plain.yml",
);
const HEADER = SCHEMA.columns.map((column) => column.name);

const pick = <T>(next: () => number, choices: readonly T[]): T =>
  choices[Math.floor(next() * choices.length)] as T;

/** One row: plain passes most of the time, every other kind of cell some of the time. */
function cells(i: number, next: () => number): string[] {
  const odd = next() < 0.15;
  return [
    odd
      ? pick(next, [
          "-",
          "-0",
          "+5",
          "0009",
          "-50",
          "-51",
          "999999",
          "1000000",
          "1234567890",
          "-123456789",
          "",
        ])
      : `${Math.floor(next() * 1000)}`,
    odd ? pick(next, ["7", "x", "1e3", '"12"', "12345678901234567", "-", "--1", "1-"]) : `${i}`,
    odd
      ? pick(next, ["-1.5", "-1.51", "100.25", "100.26", ".5", "5.", "-.5", "1.2.3", "1e2", "", '"3.5"', "-"])
      : `${Math.floor(next() * 10000) / 100}`,
    odd ? pick(next, ["0", "-0", "0.0", "-0.000001", "123456789012345", "1234567890123456", "nan"]) : "-1.25",
    odd
      ? pick(next, ["Zürich", "", "fr", "FRA", "F", '"DE"', '"D""E"', "DE "])
      : pick(next, ["FR", "DE", "ES"]),
    odd
      ? pick(next, ["ab-1234", "AB-12345", "ÄB-1234", '"AB-1234"', "", "AB-123", "AB_1234"])
      : `AB-${String(i % 10000).padStart(4, "0")}`,
    odd ? pick(next, ["aéc", "a\tc", "ac", "abcd", "a😀c", ""]) : "abc",
    odd ? pick(next, ["a", "abcd", "é", "éé", "😀😀", ""]) : "ab",
    odd ? pick(next, ["x", "é", "", '"x"']) : "y",
  ];
}

/** A CSV of `rows` rows, a few of them ragged and one with invalid UTF-8 and a NUL. */
function generated(rows: number, seed: number): Buffer {
  const next = random(seed);
  const lines: Buffer[] = [Buffer.from(`${HEADER.join(",")}\n`)];
  for (let i = 1; i <= rows; i++) {
    const row = cells(i, next);
    if (next() < 0.003) row.pop();
    lines.push(Buffer.from(`${row.join(",")}\n`));
    if (i === 1500) lines.push(Buffer.from("12,5,1.5,-1,FR,AB-1234,abc,ab,\xff\n", "latin1"));
    if (i === 1600) lines.push(Buffer.from("13,5,1.5,-1,FR,AB-1234,abc,ab\0,y\n", "latin1"));
  }
  return Buffer.concat(lines);
}

/** Each batch of a file (a copy), with the records that are rows (the header is not). */
function batchesOf(
  file: string,
  bufferBytes: number,
): { batch: FieldBatch; rows: Int32Array; count: number }[] {
  const batches: { batch: FieldBatch; rows: Int32Array; count: number }[] = [];
  let header = true;
  const fd = openSync(file, "r");
  try {
    scanFileRange(fd, { delimiter: ",", maxRecordBytes: 1 << 20, from: 0, line: 1, bufferBytes }, (batch) => {
      const rows = new Int32Array(batch.records);
      let count = 0;
      for (let r = header ? 1 : 0; r < batch.records; r++) {
        const fields = (batch.firstField[r + 1] as number) - (batch.firstField[r] as number);
        if (fields === HEADER.length) rows[count++] = r;
      }
      header = false;
      batches.push({
        batch: {
          ...batch,
          bytes: Buffer.from(batch.bytes),
          firstField: batch.firstField.slice(),
          starts: batch.starts.slice(),
          ends: batch.ends.slice(),
          texts: [...batch.texts],
          lines: batch.lines.slice(),
          marks: batch.marks.slice(),
        },
        rows,
        count,
      });
    });
  } finally {
    closeSync(fd);
  }
  return batches;
}

/** Validates the columns by batches and cell by cell through `accept`; both results. */
function bothWays(file: string, columns: readonly ColumnSpec[], bufferBytes: number) {
  const batched = columns.map((spec) => new ColumnValidator(spec, 4));
  const general = columns.map((spec) => new ColumnValidator(spec, 4));
  for (const { batch, rows, count } of batchesOf(file, bufferBytes)) {
    columns.forEach((spec, i) => {
      const position = HEADER.indexOf(spec.name);
      batched[i]?.acceptBatch(batch, rows, count, position, undefined, undefined, file);
      for (let k = 0; k < count; k++) {
        const r = rows[k] as number;
        const field = (batch.firstField[r] as number) + position;
        const start = batch.starts[field] as number;
        const end = batch.ends[field] as number;
        const text =
          start < 0
            ? (batch.texts[-1 - start] as string)
            : start === end
              ? null
              : batch.bytes.toString("utf8", start, end);
        general[i]?.accept(text, file, batch.lines[r] as number);
      }
    });
  }
  return {
    batched: batched.map((validator) => validator.results()),
    general: general.map((validator) => validator.results()),
  };
}

/** For each row of a batch, the bytes of its field at `position` (undefined: quoted or marked). */
function plainBytes(batch: FieldBatch, r: number, position: number): [number, number] | undefined {
  const field = (batch.firstField[r] as number) + position;
  const start = batch.starts[field] as number;
  const end = batch.ends[field] as number;
  return start < 0 || batch.marks[r] !== 0 ? undefined : [start, end];
}

describe("first passes over a batch", () => {
  const file = files.write("plain.csv", generated(5000, 5));

  for (const bufferBytes of [1 << 20, 3000]) {
    test(`give the general path's results, batch by batch (${bufferBytes}-byte reads)`, () => {
      const { batched, general } = bothWays(file, SCHEMA.columns, bufferBytes);
      SCHEMA.columns.forEach((spec, i) => {
        assert.deepEqual(batched[i], general[i], spec.name);
      });
    });
  }

  test("each column fails where it was planted, with examples", () => {
    const { batched } = bothWays(file, SCHEMA.columns, 1 << 20);
    SCHEMA.columns.forEach((spec, i) => {
      const failing = (batched[i] as CheckResult[]).filter((result) => result.status === "fail");
      assert.ok(failing.length > 0, spec.name);
      assert.ok(
        failing.every((result) => result.examples.length > 0),
        spec.name,
      );
    });
  });

  test("count a cell as a pass exactly when the byte readers read it within bounds", () => {
    const count = HEADER.indexOf("count");
    const price = HEADER.indexOf("price");
    for (const { batch, rows, count: rowCount } of batchesOf(file, 3000)) {
      const integers = othersFor(rowCount).slice();
      const intPasses = plainIntegers(batch, rows, rowCount, count, -50, 999999, integers);
      const decimals = othersFor(rowCount).slice();
      const decimalPasses = plainDecimals(batch, rows, rowCount, price, -1.5, 100.25, decimals);
      const intOthers = new Set(integers.subarray(0, rowCount - intPasses));
      const decimalOthers = new Set(decimals.subarray(0, rowCount - decimalPasses));
      for (let k = 0; k < rowCount; k++) {
        const r = rows[k] as number;
        const cell = plainBytes(batch, r, count);
        const value = cell ? readShortInteger(batch.bytes, cell[0], cell[1]) : Number.NaN;
        // A plain pass is always a pass; a pass the pass leaves (`+5`, `0009`) is found the general way.
        if (!intOthers.has(r)) assert.ok(value >= -50 && value <= 999999, `line ${batch.lines[r]}`);
        const cellText = cell && batch.bytes.toString("latin1", cell[0], cell[1]);
        if (cell && /^-?\d{1,9}$/.test(cellText ?? "") && value >= -50 && value <= 999999)
          assert.ok(!intOthers.has(r), `line ${batch.lines[r]}: ${cellText}`);
        const decimalCell = plainBytes(batch, r, price);
        const decimal = decimalCell
          ? readShortNumber(batch.bytes, decimalCell[0], decimalCell[1], true)
          : Number.NaN;
        if (!decimalOthers.has(r)) assert.ok(decimal >= -1.5 && decimal <= 100.25, `line ${batch.lines[r]}`);
        const decimalText = decimalCell && batch.bytes.toString("latin1", decimalCell[0], decimalCell[1]);
        if (decimalCell && /^-?\d*\.?\d*$/.test(decimalText ?? "") && decimal >= -1.5 && decimal <= 100.25)
          assert.ok(!decimalOthers.has(r), `line ${batch.lines[r]}: ${decimalText}`);
      }
      // The others are listed in order.
      const listed = [...integers.subarray(0, rowCount - intPasses)];
      assert.deepEqual(
        listed,
        [...listed].sort((a, b) => a - b),
      );
    }
  });

  test("plainMatches passes exactly the unquoted, unmarked, non-empty cells the test matches", () => {
    const position = HEADER.indexOf("code");
    const test: ByteTest = {
      matches: (bytes, start, end) => bytes.toString("utf8", start, end).startsWith("AB-"),
    };
    for (const { batch, rows, count } of batchesOf(file, 1 << 20)) {
      const others = othersFor(count);
      const passes = plainMatches(test, batch, rows, count, position, others);
      const left = new Set(others.subarray(0, count - passes));
      for (let k = 0; k < count; k++) {
        const r = rows[k] as number;
        const cell = plainBytes(batch, r, position);
        const matches =
          cell !== undefined && cell[1] > cell[0] && test.matches(batch.bytes, cell[0], cell[1]);
        assert.equal(!left.has(r), matches, `line ${batch.lines[r]}`);
      }
    }
  });
});
