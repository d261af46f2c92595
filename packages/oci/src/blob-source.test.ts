import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { test } from "node:test";
import { bufferSource, fileSource } from "./blob-source.ts";
import { sha256Digest } from "./digest.ts";

async function written(write: (sink: PassThrough) => Promise<void>): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (chunk: Buffer) => chunks.push(Buffer.from(chunk)));
  await write(sink);
  sink.end();
  return Buffer.concat(chunks);
}

test("fileSource.writeTo sends exactly the asked range, across its reused read buffers", async () => {
  const dir = mkdtempSync(join(tmpdir(), "oci-blob-source-"));
  try {
    // 2.5 MiB: more than two of the 1 MiB read buffers, so each of them is refilled.
    const bytes = randomBytes(2.5 * 1024 * 1024);
    const file = join(dir, "blob");
    writeFileSync(file, bytes);
    const source = fileSource(sha256Digest(bytes), bytes.length, file);
    assert.ok((await written((sink) => source.writeTo(sink, 0, bytes.length))).equals(bytes));
    const [offset, length] = [123_457, 2 * 1024 * 1024 + 17];
    const range = await written((sink) => source.writeTo(sink, offset, length));
    assert.ok(range.equals(bytes.subarray(offset, offset + length)));
    assert.ok(range.equals(await source.read(offset, length)));
    assert.equal((await written((sink) => source.writeTo(sink, 5, 0))).length, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("fileSource.writeTo fails when the file is shorter than the range", async () => {
  const dir = mkdtempSync(join(tmpdir(), "oci-blob-source-"));
  try {
    const file = join(dir, "blob");
    writeFileSync(file, Buffer.from("short"));
    const source = fileSource(sha256Digest("short"), 10, file);
    await assert.rejects(
      written((sink) => source.writeTo(sink, 0, 10)),
      /ended at byte 5, before 10/,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("bufferSource.writeTo sends the range of the buffer", async () => {
  const bytes = Buffer.from("0123456789");
  const source = bufferSource(sha256Digest(bytes), bytes);
  assert.equal((await written((sink) => source.writeTo(sink, 2, 5))).toString(), "23456");
});
