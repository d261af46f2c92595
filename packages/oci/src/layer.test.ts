import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { gunzipSync } from "node:zlib";
import { extract } from "tar-stream";
import { sha256Digest } from "./digest.ts";
import { buildLayer } from "./layer.ts";
import { listModelFiles, modelLayerEntries } from "./model-files.ts";

const scratch = mkdtempSync(join(tmpdir(), "oci-layer-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

function modelFolder(name: string, fileTime: number): string {
  const dir = join(scratch, name);
  mkdirSync(join(dir, "sub"), { recursive: true });
  // Written in a different order each time: the layer must not care.
  const files: [string, string][] = [
    ["sub/b.bin", "bbb"],
    ["model.pkl", "pickle bytes"],
    ["a.txt", "hello"],
  ];
  for (const [path, content] of name.endsWith("2") ? files.reverse() : files) {
    writeFileSync(join(dir, path), content);
    utimesSync(join(dir, path), fileTime, fileTime);
  }
  return dir;
}

async function entriesOf(tarBytes: Buffer) {
  const seen: { name: string; mode: number; uid: number; gid: number; mtime: number; body: string }[] = [];
  const reader = extract();
  reader.end(tarBytes);
  for await (const entry of reader) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(chunk as Buffer);
    const { name, mode, uid, gid, mtime } = entry.header;
    seen.push({
      name,
      mode,
      uid,
      gid,
      mtime: mtime.getTime() / 1000,
      body: Buffer.concat(chunks).toString(),
    });
  }
  return seen;
}

test("the same files from different folders with different times give the same layer digest", async () => {
  const first = modelFolder("one", 1_000_000);
  const second = modelFolder("two2", 1_700_000_000);
  const build = (dir: string, out: string, compression: "gzip" | "none") =>
    buildLayer(modelLayerEntries(listModelFiles(dir), "models"), {
      outFile: join(scratch, out),
      mtime: 1_600_000_000,
      compression,
    });
  const [a, b] = [await build(first, "a.tar.gz", "gzip"), await build(second, "b.tar.gz", "gzip")];
  assert.equal(a.digest, b.digest);
  assert.equal(a.diffId, b.diffId);
  assert.deepEqual(readFileSync(a.file), readFileSync(b.file));
  assert.equal(a.digest, sha256Digest(readFileSync(a.file)));
  assert.equal(a.diffId, sha256Digest(gunzipSync(readFileSync(a.file))));

  const plain = await build(first, "a.tar", "none");
  assert.equal(plain.digest, a.diffId, "an uncompressed layer's digest is its diff_id");
  assert.equal(plain.mediaType, "application/vnd.oci.image.layer.v1.tar");
});

test("entries are sorted, owned by 0:0, with fixed modes and the given time; parents are added", async () => {
  const layer = await buildLayer(
    [
      { path: "models/z.json", type: "file", content: Buffer.from("{}") },
      { path: "models/deep/run.sh", type: "file", content: Buffer.from("#!/bin/sh"), executable: true },
    ],
    { outFile: join(scratch, "sorted.tar"), mtime: 1234567890, compression: "none" },
  );
  const entries = await entriesOf(readFileSync(layer.file));
  assert.deepEqual(
    entries.map((e) => [e.name, e.mode.toString(8), e.uid, e.gid, e.mtime]),
    [
      ["models/", "755", 0, 0, 1234567890],
      ["models/deep/", "755", 0, 0, 1234567890],
      ["models/deep/run.sh", "755", 0, 0, 1234567890],
      ["models/z.json", "644", 0, 0, 1234567890],
    ],
  );
  assert.equal(entries[3]?.body, "{}");
});

test("a different time or different content changes the digest", async () => {
  const entry = [{ path: "models/m.onnx", type: "file" as const, content: Buffer.from("weights") }];
  const base = await buildLayer(entry, { outFile: join(scratch, "t1.tgz"), mtime: 1, compression: "gzip" });
  const later = await buildLayer(entry, { outFile: join(scratch, "t2.tgz"), mtime: 2, compression: "gzip" });
  const changed = await buildLayer(
    [{ path: "models/m.onnx", type: "file", content: Buffer.from("weightz") }],
    {
      outFile: join(scratch, "t3.tgz"),
      mtime: 1,
      compression: "gzip",
    },
  );
  assert.notEqual(base.digest, later.digest);
  assert.notEqual(base.digest, changed.digest);
});

test("rejects paths that escape the layer", async () => {
  await assert.rejects(
    buildLayer([{ path: "models/../etc/passwd", type: "file", content: Buffer.from("") }], {
      outFile: join(scratch, "bad.tar"),
      mtime: 0,
      compression: "none",
    }),
    /not a clean relative path/,
  );
});
