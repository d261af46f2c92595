import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { mulberry32 as random } from "@mlops-actions/stats";
import { ByteCsvScanner, type FieldBatch, type ScanOutcome } from "./byte-csv-scanner.ts";
import { plainCsvKernel } from "./csv-scan-kernel.ts";

/** Everything a batch holds that its reader may look at. */
function contentOf(batch: FieldBatch) {
  const fields = batch.firstField[batch.records] as number;
  return {
    records: batch.records,
    firstField: [...batch.firstField.subarray(0, batch.records + 1)],
    starts: [...batch.starts.subarray(0, fields)],
    ends: [...batch.ends.subarray(0, fields)],
    lines: [...batch.lines.subarray(0, batch.records)],
    marks: [...batch.marks.subarray(0, batch.records)],
    texts: batch.texts,
    ascii: batch.ascii,
    fieldsPerRecord: batch.fieldsPerRecord,
  };
}

interface Drive {
  delimiter: string;
  maxRecordBytes: number;
  bufferBytes: number;
  stopAt: number;
  maxRecords: number;
  batchRecords: number;
}

/**
 * Feeds `bytes` to a scanner with the SIMD kernel and to one without, in lockstep, the way csv-range.ts
 * drives a scanner (whole buffers, the rest of a cut record kept for the next one, a bigger buffer when
 * one record fills it), and checks every call gives the same outcome and batch. Returns the calls made.
 */
function driveBoth(bytes: Buffer, drive: Drive, context: string): { calls: number; records: number } {
  const simd = new ByteCsvScanner(drive.delimiter, drive.maxRecordBytes);
  const plain = new ByteCsvScanner(drive.delimiter, drive.maxRecordBytes, { simd: false });
  let buffer = Buffer.alloc(drive.bufferBytes);
  let base = 0;
  let length = 0;
  let line = 1;
  let recordsLeft = drive.maxRecords;
  let calls = 0;
  let records = 0;
  for (;;) {
    const read = bytes.copy(buffer, length, base + length);
    length += read;
    const eof = base + length >= bytes.length;
    const window = buffer.subarray(0, length);
    const noQuoteOrCr = !window.includes(13) && !window.includes(34);
    let from = 0;
    let outcome: ScanOutcome;
    for (;;) {
      const limit = Math.min(recordsLeft, drive.batchRecords);
      const args = [buffer, from, length, eof, line, drive.stopAt - base, limit, noQuoteOrCr] as const;
      outcome = simd.scan(...args);
      const expected = plain.scan(...args);
      calls++;
      const where = `${context}, call ${calls} (from ${base + from}, line ${line}, plain ${noQuoteOrCr})`;
      assert.deepEqual(outcome, expected, where);
      assert.deepEqual(contentOf(simd.batch), contentOf(plain.batch), where);
      records += simd.batch.records;
      recordsLeft -= simd.batch.records;
      if (outcome.stop) return { calls, records };
      line = outcome.line;
      if (!outcome.full || recordsLeft <= 0) break;
      from = outcome.next;
    }
    if (outcome.boundary || recordsLeft <= 0 || (eof && outcome.next >= length)) return { calls, records };
    if (outcome.next === 0 && length === buffer.length) {
      const grown = Buffer.alloc(buffer.length * 2);
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    } else buffer.copyWithin(0, outcome.next, length);
    base += outcome.next;
    length -= outcome.next;
  }
}

const DELIMITERS = [",", ";", "\t", "|"];

/** Pieces of CSV with no quote and no CR (the kernel's case); every delimiter is also plain text elsewhere. */
const PLAIN_PIECES: (string | Buffer)[] = [
  "a",
  "bc",
  "12.5",
  "\n",
  "\n\n",
  " ",
  ",",
  ";",
  "\t",
  "|",
  "é",
  "日本",
  "😀",
  "\uFFFD",
  "\u0000",
  Buffer.from([0xff]),
  Buffer.from([0xe6, 0x97]),
];

function randomBytes(next: () => number, pieces: (string | Buffer)[], count: number): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const piece = pieces[Math.floor(next() * pieces.length)] as string | Buffer;
    parts.push(typeof piece === "string" ? Buffer.from(piece) : piece);
  }
  return Buffer.concat(parts);
}

/**
 * Rows of `columns` short fields, some empty, with empty lines here and there; with `oddRate` > 0, that
 * share of the fields are quoted (some with a delimiter, a line feed or a doubled quote inside) and of the
 * line ends are CRLF or a lone CR.
 */
function randomRows(
  next: () => number,
  delimiter: string,
  rows: number,
  columns: number,
  oddRate = 0,
): string {
  const odd = ['"q"', `"a${delimiter}b"`, '"two\nlines"', '"say ""hi"""', '"x"y', "\r"];
  let text = "";
  for (let row = 0; row < rows; row++) {
    if (next() < 0.05) text += "\n";
    const fields = Array.from({ length: columns }, () => {
      if (next() < oddRate) return odd[Math.floor(next() * odd.length)] as string;
      return next() < 0.15 ? "" : "x".repeat(Math.floor(next() * 12)) + String(Math.floor(next() * 1000));
    });
    const end = next() < oddRate ? (next() < 0.8 ? "\r\n" : "\r") : "\n";
    text += `${fields.join(delimiter)}${end}`;
  }
  return text;
}

describe("ByteCsvScanner's SIMD kernel", () => {
  test("is available in this runtime (else the tests below would compare JavaScript with itself)", () => {
    assert.ok(plainCsvKernel());
  });

  test("gives the JavaScript scanner's batches and outcomes on random texts, cut anywhere", () => {
    const next = random(7);
    for (let round = 0; round < 1500; round++) {
      const delimiter = DELIMITERS[round % DELIMITERS.length] as string;
      // Mostly texts with no quote and no CR; some with them.
      const pieces = round % 5 === 4 ? [...PLAIN_PIECES, '"', "\r\n", "\r"] : PLAIN_PIECES;
      const bytes = randomBytes(next, pieces, Math.floor(next() * 60));
      const drive: Drive = {
        delimiter,
        maxRecordBytes: next() < 0.25 ? 1 + Math.floor(next() * 16) : 1 << 20,
        bufferBytes: 1 + Math.floor(next() * 24),
        stopAt: next() < 0.3 ? Math.floor(next() * (bytes.length + 2)) : Number.POSITIVE_INFINITY,
        maxRecords: next() < 0.3 ? Math.floor(next() * 8) : Number.POSITIVE_INFINITY,
        batchRecords: next() < 0.5 ? 1 + Math.floor(next() * 4) : 1024,
      };
      driveBoth(
        bytes,
        drive,
        `round ${round}: ${JSON.stringify(bytes.toString("latin1"))}, ${JSON.stringify(drive)}`,
      );
    }
  });

  test("gives the same batches on long random texts with CRs and a few quotes, in big buffers", () => {
    const next = random(31);
    const lineEnds = ["\r\n", "\r\n", "\r", "\r\r\n", "\n\r"];
    for (let round = 0; round < 150; round++) {
      const delimiter = DELIMITERS[round % DELIMITERS.length] as string;
      const pieces = [...PLAIN_PIECES, ...lineEnds, ...(round % 3 === 0 ? ['"'] : [])];
      const bytes = randomBytes(next, pieces, 100 + Math.floor(next() * 900));
      const drive: Drive = {
        delimiter,
        maxRecordBytes: next() < 0.2 ? 4 + Math.floor(next() * 30) : 1 << 20,
        bufferBytes: 64 + Math.floor(next() * 3000),
        stopAt: next() < 0.3 ? Math.floor(next() * bytes.length) : Number.POSITIVE_INFINITY,
        maxRecords: next() < 0.3 ? Math.floor(next() * 100) : Number.POSITIVE_INFINITY,
        batchRecords: next() < 0.5 ? 1 + Math.floor(next() * 30) : 1024,
      };
      driveBoth(
        bytes,
        drive,
        `round ${round}: ${JSON.stringify(bytes.toString("latin1"))}, ${JSON.stringify(drive)}`,
      );
    }
  });

  test("gives the same batches on many-block buffers: rows, empty fields and lines, quotes, no last LF", () => {
    const next = random(23);
    for (let round = 0; round < 120; round++) {
      const delimiter = DELIMITERS[round % DELIMITERS.length] as string;
      // Half the texts have quotes and CRs in a few records, between which the kernel reads.
      const oddRate = round % 2 === 0 ? 0 : 0.002 + next() * 0.03;
      const rows = 1 + Math.floor(next() * 200);
      let text = randomRows(next, delimiter, rows, 1 + Math.floor(next() * 12), oddRate);
      if (round % 3 === 0) text = text.slice(0, -1);
      const bytes = Buffer.from(text);
      const drive: Drive = {
        delimiter,
        maxRecordBytes: next() < 0.3 ? 20 + Math.floor(next() * 60) : 1 << 20,
        bufferBytes: 16 + Math.floor(next() * 2000),
        stopAt: next() < 0.3 ? Math.floor(next() * bytes.length) : Number.POSITIVE_INFINITY,
        maxRecords: next() < 0.3 ? Math.floor(next() * 150) : Number.POSITIVE_INFINITY,
        batchRecords: next() < 0.5 ? 1 + Math.floor(next() * 40) : 1024,
      };
      driveBoth(bytes, drive, `round ${round}, ${JSON.stringify(drive)}`);
    }
  });

  test("reads past its window, its field and record limits, and leaves a record longer than its window", () => {
    const next = random(5);
    const wide = Array.from({ length: 40_000 }, (_, i) => String(i % 10)).join(",");
    const long = "y".repeat(200_000);
    const text = [
      randomRows(next, ",", 3000, 10),
      `${wide}\n`,
      randomRows(next, ",", 6000, 1),
      `${long},z\n`,
      randomRows(next, ",", 3000, 25),
    ].join("");
    const bytes = Buffer.from(text);
    const expectedRecords = text.split("\n").filter((row) => row !== "").length;
    for (const bufferBytes of [1 << 20, 300_000, 70_000]) {
      const drive = {
        delimiter: ",",
        maxRecordBytes: 1 << 20,
        bufferBytes,
        stopAt: Number.POSITIVE_INFINITY,
        maxRecords: Number.POSITIVE_INFINITY,
        batchRecords: 1 << 20,
      };
      const { records } = driveBoth(bytes, drive, `buffer ${bufferBytes}`);
      assert.equal(records, expectedRecords);
    }
    const tooLong = driveBoth(
      bytes,
      {
        delimiter: ",",
        maxRecordBytes: 100_000,
        bufferBytes: 1 << 20,
        stopAt: Number.POSITIVE_INFINITY,
        maxRecords: Number.POSITIVE_INFINITY,
        batchRecords: 1024,
      },
      "record longer than the limit",
    );
    assert.ok(tooLong.records < expectedRecords);
  });
});
