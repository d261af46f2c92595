import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { FileBlob } from "./parquet-file-blob.ts";
import { tempFiles } from "./test-files.ts";

const files = tempFiles();
after(files.cleanup);

const content = Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 7) % 256));

describe("FileBlob", () => {
  test("slices as a Blob of the same bytes slices, whatever the offsets", async () => {
    const file = files.write("bytes.bin", content);
    const blob = new Blob([content]);
    const fileBlob = new FileBlob(file, 0, content.length);
    assert.equal(fileBlob.size, blob.size);
    const offsets = [undefined, 0, 1, 150, 299, 300, 301, -1, -50, -300, -400];
    for (const start of offsets) {
      for (const end of offsets) {
        const expected = blob.slice(start, end);
        const actual = fileBlob.slice(start, end);
        assert.equal(actual.size, expected.size, `slice(${start}, ${end})`);
        assert.deepEqual(
          new Uint8Array(await actual.arrayBuffer()),
          new Uint8Array(await expected.arrayBuffer()),
        );
      }
    }
  });

  test("a slice of a slice is within the first", async () => {
    const file = files.write("nested.bin", content);
    const inner = new FileBlob(file, 0, content.length).slice(100, 200).slice(-30, 500);
    assert.equal(inner.size, 30);
    assert.deepEqual(new Uint8Array(await inner.arrayBuffer()), new Uint8Array(content.subarray(170, 200)));
  });

  test("a file shorter than told is an error, not zeros", async () => {
    const file = files.write("short.bin", content.subarray(0, 10));
    await assert.rejects(new FileBlob(file, 0, 20).arrayBuffer(), /ended before byte 20/);
  });
});
