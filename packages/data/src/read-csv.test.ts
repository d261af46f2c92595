import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { gzipSync } from "node:zlib";
import { readAll, tempFiles } from "./test-files.ts";

const files = tempFiles();
after(files.cleanup);

describe("readCsv", () => {
  test("handles quotes, escaped quotes, newlines inside quotes, CRLF and a BOM, with each row's start line", async () => {
    const file = files.write(
      "q.csv",
      '\uFEFFid,text\r\n1,"a, b"\r\n2,"say ""hi"""\r\n\r\n3,"two\r\nlines"\r\n4,plain\r\n',
    );
    const { headers, rows, problems } = await readAll(file);
    assert.deepEqual(headers, [["id", "text"]]);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      rows.map((row) => [row.line, ...row.values]),
      [
        [2, "1", "a, b"],
        [3, "2", 'say "hi"'],
        [5, "3", "two\r\nlines"],
        [7, "4", "plain"],
      ],
    );
  });

  test("counts lines right with old Mac CR line ends and CR or CRLF inside quotes", async () => {
    const file = files.write("cr.csv", 'a,b\r1,"x\ry"\r\r2,3\r4,"p\r\nq"\n5,6\n');
    const { rows } = await readAll(file);
    assert.deepEqual(
      rows.map((row) => row.line),
      [2, 5, 6, 8],
    );
  });

  test("an empty field is null", async () => {
    const { rows } = await readAll(files.write("null.csv", "a,b,c\n1,,3\n"));
    assert.deepEqual(rows[0]?.values, ["1", null, "3"]);
  });

  test("sniffs the delimiter from the header, and TSV uses tabs", async () => {
    const semicolons = await readAll(files.write("semi.csv", "a;b\n1;2\n"));
    assert.deepEqual(semicolons.rows[0]?.values, ["1", "2"]);
    const tabs = await readAll(files.write("t.tsv", "a\tb,c\n1\t2,3\n"));
    assert.deepEqual(tabs.headers, [["a", "b,c"]]);
    const given = await readAll(files.write("pipe.txt", "a|b\n1|2\n"), { delimiter: "|" });
    assert.deepEqual(given.rows[0]?.values, ["1", "2"]);
  });

  test("reads gzip-compressed files, recognised by their content", async () => {
    const { rows } = await readAll(files.write("z.csv.gz", "a,b\n1,2\n3,4\n", true));
    assert.deepEqual(
      rows.map((row) => row.values),
      [
        ["1", "2"],
        ["3", "4"],
      ],
    );
  });

  test("a gzip file damaged from its first bytes is an unreadable file, not a crash", async () => {
    const damaged = [
      // Nothing comes out before the damage, or one byte does.
      Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), Buffer.from("not deflate data at all")]),
      gzipSync("a,b\n1,2\n").subarray(0, 12),
    ];
    for (const [i, bytes] of damaged.entries()) {
      const { rows, problems } = await readAll(files.write(`cut${i}.csv.gz`, bytes));
      assert.deepEqual(rows, []);
      assert.deepEqual(
        problems.map((problem) => [problem.kind, problem.line]),
        [["unreadable", 1]],
      );
      assert.match(problems[0]?.message ?? "", /^cannot read the file: /);
    }
  });

  test("a gzip file cut short gives its rows before the cut, then the damage on the line it reached", async () => {
    const body = Array.from({ length: 20_000 }, (_, i) => `${i},${(i * 7919) % 10_007}`).join("\n");
    const whole = gzipSync(`a,b\n${body}\n`);
    const { rows, problems } = await readAll(
      files.write("half.csv.gz", whole.subarray(0, whole.length >> 1)),
    );
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.kind, "unreadable");
    assert.ok(rows.length > 1000 && rows.length < 20_000, `${rows.length} rows`);
    assert.deepEqual(
      rows.map((row) => row.values[0]),
      rows.map((_, i) => String(i)),
    );
    assert.ok((problems[0]?.line ?? 0) > (rows.at(-1)?.line ?? Infinity));
  });

  test("keeps line numbers right across many batches", async () => {
    const body = Array.from({ length: 5000 }, (_, i) => `${i},"x\ny"`).join("\n");
    const { rows } = await readAll(files.write("many.csv", `a,b\n${body}\n`), { batchSize: 100 });
    assert.equal(rows.length, 5000);
    assert.equal(rows[4999]?.line, 2 + 4999 * 2);
    assert.equal(rows[4999]?.values[0], "4999");
  });

  test("ragged rows are problems with their line, and are left out", async () => {
    const { rows, problems } = await readAll(files.write("ragged.csv", "a,b\n1,2\n3\n4,5,6\n7,8\n"));
    assert.equal(rows.length, 2);
    assert.deepEqual(
      problems.map((p) => [p.kind, p.line]),
      [
        ["ragged-row", 3],
        ["ragged-row", 4],
      ],
    );
    assert.match(problems[0]?.message ?? "", /1 field\(s\); the header has 2/);
  });

  test("an unterminated quote ends the file with a problem at the record it opens in", async () => {
    const { rows, problems } = await readAll(files.write("open.csv", 'a,b\n1,2\n3,"never closed\n4,5\n'));
    assert.equal(rows.length, 1);
    assert.deepEqual(
      problems.map((p) => [p.kind, p.line]),
      [["unterminated-quote", 3]],
    );
  });

  test("invalid UTF-8 and NUL bytes are problems on their line; the rows are still read", async () => {
    const bytes = Buffer.concat([
      Buffer.from("a,b\n1,ok\n2,"),
      Buffer.from([0xc3, 0x28]),
      Buffer.from("\n3,x\0y\n"),
    ]);
    const { rows, problems } = await readAll(files.write("bytes.csv", bytes));
    assert.equal(rows.length, 3);
    assert.deepEqual(
      problems.map((p) => [p.kind, p.line]),
      [
        ["invalid-utf8", 3],
        ["nul-byte", 4],
      ],
    );
  });

  test("an empty file, a header only and duplicate column names are problems", async () => {
    assert.deepEqual(
      (await readAll(files.write("empty.csv", ""))).problems.map((p) => p.kind),
      ["empty-file"],
    );
    assert.deepEqual(
      (await readAll(files.write("blank.csv", "\n\n"))).problems.map((p) => p.kind),
      ["empty-file"],
    );
    assert.deepEqual(
      (await readAll(files.write("header.csv", "a,b\n"))).problems.map((p) => p.kind),
      ["header-only"],
    );
    const duplicate = await readAll(files.write("dup.csv", "a,b,a\n1,2,3\n"));
    assert.deepEqual(
      duplicate.problems.map((p) => [p.kind, p.line, p.message]),
      [["duplicate-columns", 1, "duplicate column name(s) 'a'"]],
    );
  });

  test("a one-column header containing another delimiter suggests it", async () => {
    const { problems } = await readAll(files.write("wrong.csv", "a;b;c\n1;2;3\n"), { delimiter: "," });
    assert.deepEqual(
      problems.map((p) => p.kind),
      ["wrong-delimiter"],
    );
    assert.match(problems[0]?.message ?? "", /contains ';'; set the delimiter input to ';'/);
  });

  test("a record over the size limit is a problem, not an out-of-memory crash", async () => {
    const long = "x".repeat(10 * 1024 * 1024);
    const file = files.write("long.csv", `a,b\n1,2\n3,${long}\n5,6\n`);
    const { rows, problems } = await readAll(file, { maxRecordBytes: 1024 * 1024 });
    assert.equal(rows.length, 1);
    assert.deepEqual(
      problems.map((p) => [p.kind, p.line]),
      [["record-too-long", 3]],
    );
    assert.match(problems[0]?.message ?? "", /longer than 1 MiB/);
  });
});
