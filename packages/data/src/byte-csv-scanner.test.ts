import assert from "node:assert/strict";
import { closeSync, openSync } from "node:fs";
import { after, describe, test } from "node:test";
import { mulberry32 as random } from "@mlops-actions/stats";
import { ByteCsvScanner, type FieldBatch, fieldText } from "./byte-csv-scanner.ts";
import { readCsvHeader, scanFileRange } from "./csv-range.ts";
import { CsvScanner, type ScanStop } from "./csv-scanner.ts";
import { tempFiles } from "./test-files.ts";

const files = tempFiles();
after(files.cleanup);

interface Scanned {
  records: { fields: string[]; line: number; marks: number }[];
  stop: ScanStop | undefined;
}

/** The reference: the text scanner over the whole decoded file. */
function textScan(bytes: Buffer, maxRecordBytes: number): Scanned {
  const scanner = new CsvScanner(",", maxRecordBytes);
  const records: Scanned["records"] = [];
  const stop = scanner.push(bytes.toString("utf8"), true, (fields, line, marks) =>
    records.push({ fields, line, marks }),
  );
  return { records, stop };
}

/** The byte scanner as the validator drives it: the header, then the rest, in buffers of `bufferBytes`. */
function byteScan(file: string, maxRecordBytes: number, bufferBytes: number): Scanned {
  const fd = openSync(file, "r");
  try {
    const options = { delimiter: ",", maxRecordBytes, bufferBytes };
    const { header, stop } = readCsvHeader(fd, options);
    if (!header) return { records: [], stop };
    const records: Scanned["records"] = [{ fields: header.fields, line: header.line, marks: header.marks }];
    const end = scanFileRange(fd, { ...options, from: header.dataStart, line: header.dataLine }, (batch) =>
      records.push(...recordsOf(batch)),
    );
    return { records, stop: end.stop };
  } finally {
    closeSync(fd);
  }
}

function recordsOf(batch: FieldBatch): Scanned["records"] {
  const records: Scanned["records"] = [];
  const marked = batch.marks.subarray(0, batch.records).some((marks) => marks !== 0);
  // A batch says when none of its records has marks, so that loops need not look at each.
  assert.ok(batch.marked || !marked, "a batch with marks says so");
  for (let r = 0; r < batch.records; r++) {
    const fields: string[] = [];
    for (let f = batch.firstField[r] as number; f < (batch.firstField[r + 1] as number); f++) {
      fields.push(fieldText(batch, f));
    }
    records.push({ fields, line: batch.lines[r] as number, marks: batch.marks[r] as number });
  }
  return records;
}

const PIECES: (string | Buffer)[] = [
  "a",
  "bc",
  ",",
  '"',
  '""',
  "\n",
  "\r",
  "\r\n",
  " ",
  "é",
  "日本",
  "😀",
  "\uFEFF",
  "\uFFFD",
  "\u0000",
  Buffer.from([0xff]),
  Buffer.from([0xe6, 0x97]),
  "12.5",
];

describe("ByteCsvScanner", () => {
  test("gives the text scanner's records, lines, marks and stops on random texts, cut anywhere", () => {
    const next = random(11);
    for (let round = 0; round < 1500; round++) {
      const parts: Buffer[] = [];
      if (next() < 0.2) parts.push(Buffer.from("\uFEFF"));
      const length = Math.floor(next() * 40);
      // A third of the texts have no quote and no CR: the scanner's two-byte loop reads those.
      const pieces = round % 3 === 0 ? PIECES.filter((piece) => !/["\r]/.test(piece.toString())) : PIECES;
      for (let i = 0; i < length; i++) {
        const piece = pieces[Math.floor(next() * pieces.length)] as string | Buffer;
        parts.push(typeof piece === "string" ? Buffer.from(piece) : piece);
      }
      const bytes = Buffer.concat(parts);
      const file = files.write(`random-${round}.csv`, bytes);
      const maxRecordBytes = next() < 0.2 ? 8 + Math.floor(next() * 16) : 1 << 20;
      const bufferBytes = 1 + Math.floor(next() * 24);
      const expected = textScan(bytes, maxRecordBytes);
      const actual = byteScan(file, maxRecordBytes, bufferBytes);
      const context = `round ${round}: ${JSON.stringify(bytes.toString("latin1"))}, buffer ${bufferBytes}, max ${maxRecordBytes}`;
      assert.deepEqual(actual, expected, context);
    }
  });

  test("a batch says how many fields each record has, when all have as many", () => {
    const rows = (count: number, fields: number) =>
      Array.from({ length: count }, (_, i) => `${Array.from({ length: fields }, () => i).join(",")}\n`).join(
        "",
      );
    // Batches of 1,024 records: an odd record at 1,500 is in the second.
    const cases: [string, number[]][] = [
      [rows(3000, 4), [4, 4, 4]],
      [rows(2000, 1), [1, 1]],
      [`${rows(1500, 4)}9,9\n${rows(1500, 4)}`, [4, -1, 4]],
      [`${rows(1500, 3)}"a,b",c,d\n${rows(1500, 3)}`, [3, 3, 3]],
      [`${rows(1500, 3)}"a,b",c\n${rows(1500, 3)}`, [3, -1, 3]],
      [`${rows(1500, 3)}\r\n\n${rows(1500, 3)}`, [3, 3, 3]],
    ];
    for (const simd of [true, false]) {
      for (const [text, expected] of cases) {
        const scanner = new ByteCsvScanner(",", 1 << 20, { simd });
        const bytes = Buffer.from(text);
        const seen: number[] = [];
        let from = 0;
        let line = 1;
        for (;;) {
          const outcome = scanner.scan(bytes, from, bytes.length, true, line, Number.POSITIVE_INFINITY, 1024);
          seen.push(scanner.batch.fieldsPerRecord);
          if (!outcome.full) break;
          from = outcome.next;
          line = outcome.line;
        }
        assert.deepEqual(seen, expected, `simd ${simd}: ${JSON.stringify(text.slice(7490, 7520))}`);
      }
    }
  });

  test("a batch is marked exactly when one of its records has marks", () => {
    const clean = Array.from({ length: 6000 }, (_, i) => `${i},é${i},x\n`).join("");
    const bad = Buffer.concat([Buffer.from(`a,b,c\n${clean}`), Buffer.from([0x31, 0x2c, 0xff, 0x2c, 0x0a])]);
    for (const [bytes, marks] of [
      [Buffer.from(`a,b,c\n${clean}`), false],
      [bad, true],
    ] as const) {
      const fd = openSync(files.write("marked.csv", bytes), "r");
      try {
        const seen: boolean[] = [];
        const options = { delimiter: ",", maxRecordBytes: 1 << 20, from: 0, line: 1, bufferBytes: 2048 };
        scanFileRange(fd, options, (batch) => {
          seen.push(batch.marked);
        });
        assert.ok(seen.length > 10);
        assert.deepEqual(seen.slice(0, -1), new Array(seen.length - 1).fill(false));
        assert.equal(seen.at(-1), marks);
      } finally {
        closeSync(fd);
      }
    }
  });

  test("reads a long quoted multi-line field and CRLF records across many small buffers", () => {
    const body = Array.from({ length: 300 }, (_, i) => `${i},"line ${i}\r\nnext ""${i}""",x`).join("\r\n");
    const bytes = Buffer.from(`id,text,tail\r\n${body}\r\n`);
    const file = files.write("long.csv", bytes);
    const expected = textScan(bytes, 1 << 20);
    assert.equal(expected.records.length, 301);
    assert.deepEqual(byteScan(file, 1 << 20, 7), expected);
  });

  test("stops at the first record boundary at or after the asked offset, with its line", () => {
    const bytes = Buffer.from('h\n1\n"2\n2"\n3\n4\n');
    const file = files.write("boundary.csv", bytes);
    const fd = openSync(file, "r");
    try {
      const options = { delimiter: ",", maxRecordBytes: 1 << 20, from: 2, line: 2 };
      const inQuote = bytes.indexOf("2\n2") + 2;
      const end = scanFileRange(fd, { ...options, stopAt: inQuote }, () => {});
      assert.deepEqual(end, { end: bytes.indexOf("3"), line: 5, boundary: true });
      const exact = scanFileRange(fd, { ...options, stopAt: bytes.indexOf("3") }, () => {});
      assert.deepEqual(exact, { end: bytes.indexOf("3"), line: 5, boundary: true });
    } finally {
      closeSync(fd);
    }
  });
});
