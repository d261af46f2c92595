import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { pack } from "tar-stream";
import type { BlobSource } from "./blob-source.ts";
import type { PlannedManifest } from "./build-image.ts";
import { OCI_INDEX, OCI_MANIFEST } from "./media-types.ts";

type Pack = ReturnType<typeof pack>;

/**
 * Writes one platform of a planned image as an OCI archive (a tarred OCI image layout: `oci-layout`,
 * `index.json` naming the manifest `refName` (a full name such as `localhost/name:tag`), and
 * `blobs/sha256/*`), which `podman load`, `podman pull
 * oci-archive:` and `docker load` (Docker 25+) read. Blobs stream from their sources: base layers are
 * fetched from their registry, never from the target.
 */
export async function writeOciArchive(
  manifest: PlannedManifest,
  file: string,
  refName: string,
): Promise<void> {
  const tar = pack();
  const index = {
    schemaVersion: 2,
    mediaType: OCI_INDEX,
    manifests: [
      {
        mediaType: OCI_MANIFEST,
        digest: manifest.digest,
        size: manifest.bytes.length,
        // The first is the OCI layout's name; docker (containerd) reads the second.
        annotations: { "org.opencontainers.image.ref.name": refName, "io.containerd.image.name": refName },
      },
    ],
  };
  const writing = (async () => {
    await addBuffer(tar, "oci-layout", Buffer.from(JSON.stringify({ imageLayoutVersion: "1.0.0" })));
    await addBuffer(tar, "index.json", Buffer.from(JSON.stringify(index)));
    await addDirectory(tar, "blobs/");
    await addDirectory(tar, "blobs/sha256/");
    await addBuffer(tar, blobPath(manifest.digest), manifest.bytes);
    const written = new Set<string>();
    for (const { source } of manifest.blobs) {
      if (written.has(source.digest)) continue;
      written.add(source.digest);
      await addBlob(tar, source);
    }
    tar.finalize();
  })();
  // Should writing fail, the tar is destroyed so that the pipeline below ends too.
  writing.catch((error: unknown) => tar.destroy(error as Error));
  await Promise.all([writing, pipeline(tar, createWriteStream(file))]);
}

function blobPath(digest: string): string {
  return `blobs/sha256/${digest.slice("sha256:".length)}`;
}

function addDirectory(tar: Pack, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    tar.entry({ name, type: "directory", mode: 0o755 }, (error) => (error ? reject(error) : resolve()));
  });
}

function addBuffer(tar: Pack, name: string, content: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    tar.entry({ name, mode: 0o644 }, content, (error) => (error ? reject(error) : resolve()));
  });
}

/** Read in large chunks, each written once the entry took the previous ones. */
const READ_CHUNK = 4 * 1024 * 1024;

async function addBlob(tar: Pack, source: BlobSource): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const sink = tar.entry({ name: blobPath(source.digest), mode: 0o644, size: source.size }, (error) =>
      error ? reject(error) : resolve(),
    );
    sink.on("error", reject);
    (async () => {
      for (let offset = 0; offset < source.size; ) {
        const chunk = await source.read(offset, Math.min(READ_CHUNK, source.size - offset));
        if (chunk.length === 0) throw new Error(`blob ${source.digest} ended at byte ${offset}`);
        offset += chunk.length;
        if (!sink.write(chunk)) await once(sink, "drain");
      }
      sink.end(undefined);
    })().catch(reject);
  });
}
