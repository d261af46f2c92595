import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { gzipSync } from "node:zlib";
import { readAll, tempFiles } from "./test-files.ts";

const files = tempFiles();
after(files.cleanup);

describe("readJsonl", () => {
  test("reads objects with their line numbers, skipping blank lines, CRLF and gzip", async () => {
    const text = '{"a":1,"b":"x"}\r\n\r\n{"a":2.5,"b":null,"c":true}\r\n{"b":"z","nested":{"k":[1]}}\r\n';
    for (const gzip of [false, true]) {
      const { headers, rows, problems } = await readAll(files.write(`a${gzip}.jsonl`, text, gzip));
      assert.deepEqual(problems, []);
      assert.deepEqual(headers.at(-1), ["a", "b", "c", "nested"]);
      assert.deepEqual(
        rows.map((row) => [row.line, ...row.values]),
        [
          [1, 1, "x"],
          [3, 2.5, null, true],
          [4, null, "z", null, '{"k":[1]}'],
        ],
      );
    }
  });

  test("a cut gzip file gives the objects before the cut, then an unreadable file on the next line", async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ id: i, group: i % 7 })).join(
      "\n",
    );
    const whole = gzipSync(`${lines}\n`);
    const { rows, problems } = await readAll(
      files.write("cut.jsonl.gz", whole.subarray(0, whole.length >> 1)),
    );
    assert.ok(rows.length > 1000 && rows.length < 20_000, `${rows.length} rows`);
    assert.deepEqual(
      problems.map((problem) => [problem.kind, problem.line]),
      [["unreadable", (rows.at(-1)?.line ?? 0) + 1]],
    );
  });

  test("invalid JSON, non-objects, invalid UTF-8, NUL bytes and too-long lines are problems on their line", async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"a":1}\n{"a":\n[1,2]\n"text"\n{"a":"'),
      Buffer.from([0xff]),
      Buffer.from('"}\n{"a":"\\u0000"}\n{"a":"'),
      Buffer.from("y".repeat(2048)),
      Buffer.from('"}\n{"a":2}\n'),
    ]);
    const { rows, problems } = await readAll(files.write("bad.jsonl", bytes), { maxRecordBytes: 1024 });
    assert.deepEqual(
      problems.map((p) => [p.kind, p.line]),
      [
        ["invalid-json", 2],
        ["not-an-object", 3],
        ["not-an-object", 4],
        ["invalid-utf8", 5],
        ["record-too-long", 7],
      ],
    );
    assert.deepEqual(
      rows.map((row) => row.line),
      [1, 5, 6, 8],
    );
  });

  test("an empty file is a problem", async () => {
    const { problems } = await readAll(files.write("empty.jsonl", ""));
    assert.deepEqual(
      problems.map((p) => p.kind),
      ["empty-file"],
    );
  });
});
