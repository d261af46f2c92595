import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { formatFromName, readDataset } from "./read-dataset.ts";
import { tempFiles } from "./test-files.ts";

const files = tempFiles();
after(files.cleanup);

describe("readDataset", () => {
  test("the format comes from the name, looking through .gz", () => {
    assert.deepEqual(
      ["a.csv", "b.TSV.gz", "c.jsonl", "d.ndjson.gz", "e.json", "f.parquet", "g.txt"].map(formatFromName),
      ["csv", "tsv", "jsonl", "jsonl", "jsonl", "parquet", "csv"],
    );
  });

  test("reads files one after the other, each with its own header and lines", async () => {
    const a = files.write("a.csv", "x\n1\n");
    const b = files.write("b.jsonl", '{"y":2}\n');
    const events = [];
    for await (const event of readDataset([a, b])) events.push(event);
    assert.deepEqual(events, [
      { kind: "header", file: a, columns: ["x"] },
      { kind: "rows", file: a, rows: [{ line: 2, values: ["1"] }] },
      { kind: "header", file: b, columns: ["y"] },
      { kind: "rows", file: b, rows: [{ line: 1, values: [2] }] },
    ]);
  });
});
