import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { mulberry32 as random } from "@mlops-actions/stats";
import { parse } from "csv-parse/sync";
import { CsvScanner, NUL_MARK, REPLACEMENT_MARK, type ScanStop } from "./csv-scanner.ts";

interface Scanned {
  records: { fields: string[]; line: number }[];
  stop: ScanStop | undefined;
}

/** Scans `text` cut into chunks at the given offsets. */
function scan(text: string, cuts: number[] = [], maxRecordBytes = 1 << 20): Scanned {
  const scanner = new CsvScanner(",", maxRecordBytes);
  const records: Scanned["records"] = [];
  const sink = (fields: string[], line: number) => records.push({ fields, line });
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    const stop = scanner.push(text.slice(from, cut), false, sink);
    if (stop) return { records, stop };
    from = cut;
  }
  return { records, stop: scanner.push(text.slice(from), true, sink) };
}

/** csv-parse with the options the reader used before the scanner replaced it. */
function csvParse(text: string): { records: string[][]; error: string | undefined } {
  try {
    const records = parse(text, {
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      record_delimiter: ["\r\n", "\n", "\r"],
    }) as string[][];
    return { records, error: undefined };
  } catch (error) {
    return { records: [], error: (error as { code?: string }).code };
  }
}

const PIECES = ["a", "bc", ",", '"', '""', "\n", "\r", "\r\n", " ", "é", "\uFEFF"];

describe("CsvScanner", () => {
  test("reads records as csv-parse did, wherever the chunks are cut", () => {
    const next = random(42);
    for (let round = 0; round < 3000; round++) {
      const length = Math.floor(next() * 30);
      let text = "";
      for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
      const expected = csvParse(text);
      const whole = scan(text);
      const cuts = Array.from({ length: 3 }, () => Math.floor(next() * (text.length + 1)));
      const chunked = scan(text, cuts);
      const context = `text ${JSON.stringify(text)}, cuts ${cuts}`;
      assert.deepEqual(chunked, whole, context);
      if (expected.error) {
        assert.equal(expected.error, "CSV_QUOTE_NOT_CLOSED", context);
        assert.equal(whole.stop?.kind, "unterminated-quote", context);
      } else {
        assert.equal(whole.stop, undefined, context);
        assert.deepEqual(
          whole.records.map((record) => record.fields),
          expected.records,
          context,
        );
      }
    }
  });

  test("a record spanning many chunks reads as it does whole, and a too-long one still stops", () => {
    const long = `"${"ab,\n".repeat(60_000)}"`;
    const text = `h1,h2\n1,${long}\n2,x\n`;
    const cuts = Array.from({ length: Math.floor(text.length / 1000) }, (_, i) => (i + 1) * 1000);
    const chunked = scan(text, cuts);
    assert.deepEqual(chunked, scan(text));
    assert.deepEqual(
      chunked.records.map((record) => [record.line, record.fields[1]?.length]),
      [
        [1, 2],
        [2, 240_000],
        [60_003, 1],
      ],
    );
    assert.deepEqual(scan(text, cuts, 100_000).stop, { kind: "record-too-long", line: 2 });
  });

  test("each record knows the line it starts on, with line breaks inside quotes counted", () => {
    const { records } = scan('h\n\n"a\r\nb"\r"c\rd"\n\r\ne\r\n', [3, 7, 9]);
    assert.deepEqual(
      records.map((record) => [record.line, record.fields[0]]),
      [
        [1, "h"],
        [3, "a\r\nb"],
        [5, "c\rd"],
        [8, "e"],
      ],
    );
  });

  test("a record over the byte limit stops the scan at its line, counting UTF-8 bytes", () => {
    const ascii = scan(`a\n${"x".repeat(20)}\nb\n`, [5], 10);
    assert.deepEqual(ascii.stop, { kind: "record-too-long", line: 2 });
    assert.deepEqual(
      ascii.records.map((record) => record.fields),
      [["a"]],
    );
    // 4 characters, 8 bytes: over a limit of 6 bytes, under one of 8.
    assert.deepEqual(scan("éééé\n", [], 6).stop, { kind: "record-too-long", line: 1 });
    assert.equal(scan("éééé\n", [], 8).stop, undefined);
  });

  test("flags NUL bytes and replacement characters, inside quotes or not", () => {
    const flagged: [boolean, boolean][] = [];
    const scanner = new CsvScanner(",", 1024);
    scanner.push('a,"\0"\nb,\uFFFD\nc,d\n', true, (_fields, _line, marks) =>
      flagged.push([(marks & NUL_MARK) !== 0, (marks & REPLACEMENT_MARK) !== 0]),
    );
    assert.deepEqual(flagged, [
      [true, false],
      [false, true],
      [false, false],
    ]);
  });
});
