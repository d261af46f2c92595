import assert from "node:assert/strict";
import { createReadStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { extract } from "tar-stream";
import { bufferSource, fileSource } from "./blob-source.ts";
import type { PlannedManifest } from "./build-image.ts";
import { sha256Digest } from "./digest.ts";
import { buildLayer } from "./layer.ts";
import { OCI_CONFIG, OCI_INDEX, OCI_MANIFEST } from "./media-types.ts";
import { writeOciArchive } from "./oci-archive.ts";

const scratch = mkdtempSync(join(tmpdir(), "oci-archive-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

async function readArchive(file: string): Promise<Map<string, Buffer>> {
  const entries = new Map<string, Buffer>();
  const reader = extract();
  createReadStream(file).pipe(reader);
  for await (const entry of reader) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(chunk as Buffer);
    entries.set(entry.header.name, Buffer.concat(chunks));
  }
  return entries;
}

test("writes one platform as an OCI image layout in a tar, every blob under its digest, once", async () => {
  // Larger than one read chunk, so the blob goes into the tar in several writes.
  const big = Buffer.alloc(9 * 1024 * 1024 + 7, 1);
  const layer = await buildLayer([{ path: "models/model.bin", type: "file", content: big }], {
    outFile: join(scratch, "layer.tar.gz"),
    mtime: 0,
    compression: "gzip",
  });
  const config = Buffer.from(JSON.stringify({ architecture: "amd64", os: "linux" }));
  const configDigest = sha256Digest(config);
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: OCI_CONFIG, digest: configDigest, size: config.length },
      layers: [{ mediaType: layer.mediaType, digest: layer.digest, size: layer.size }],
    }),
  );
  const manifest: PlannedManifest = {
    platform: { os: "linux", architecture: "amd64" },
    bytes,
    digest: sha256Digest(bytes),
    blobs: [
      { source: fileSource(layer.digest, layer.size, layer.file), kind: "layer", mountable: false },
      { source: fileSource(layer.digest, layer.size, layer.file), kind: "layer", mountable: false },
      { source: bufferSource(configDigest, config), kind: "config", mountable: false },
    ],
  };
  const file = join(scratch, "image.oci.tar");
  await writeOciArchive(manifest, file, "localhost/smoke:1");

  const entries = await readArchive(file);
  const blobNames = [...entries.keys()].filter(
    (name) => name.startsWith("blobs/sha256/") && name.length > 13,
  );
  assert.equal(blobNames.length, 3, "manifest, layer and config, the repeated layer once");
  for (const name of blobNames) {
    assert.equal(sha256Digest(entries.get(name) as Buffer), `sha256:${name.slice(13)}`, name);
  }
  assert.deepEqual(JSON.parse(String(entries.get("oci-layout"))), { imageLayoutVersion: "1.0.0" });
  const index = JSON.parse(String(entries.get("index.json")));
  assert.equal(index.mediaType, OCI_INDEX);
  assert.deepEqual(index.manifests, [
    {
      mediaType: OCI_MANIFEST,
      digest: manifest.digest,
      size: bytes.length,
      annotations: {
        "org.opencontainers.image.ref.name": "localhost/smoke:1",
        "io.containerd.image.name": "localhost/smoke:1",
      },
    },
  ]);
  assert.deepEqual(entries.get(`blobs/sha256/${manifest.digest.slice(7)}`), bytes);
  assert.equal(entries.get(`blobs/sha256/${layer.digest.slice(7)}`)?.length, layer.size);
});

test("a blob that cannot be read fails the archive instead of leaving it truncated", async () => {
  const bytes = Buffer.from("{}");
  const missing = sha256Digest(Buffer.from("gone"));
  const manifest: PlannedManifest = {
    bytes,
    digest: sha256Digest(bytes),
    blobs: [
      { source: fileSource(missing, 4, join(scratch, "no-such-file")), kind: "layer", mountable: false },
    ],
  };
  await assert.rejects(writeOciArchive(manifest, join(scratch, "broken.tar"), "x"), /no-such-file/);
});
