import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { type BlobSource, fileSource } from "./blob-source.ts";
import { type Digest, digestOf } from "./digest.ts";
import { RegistryError } from "./errors.ts";
import type { RegistryClient } from "./registry-client.ts";

/**
 * A blob of another repository (or registry), downloaded to `file` the first time its bytes are read, so
 * a layer the target already has or can mount is never downloaded at all.
 */
export function remoteBlobSource(
  client: RegistryClient,
  repository: string,
  digest: Digest,
  size: number,
  file: string,
): BlobSource {
  let local: Promise<BlobSource> | undefined;
  const download = async (): Promise<BlobSource> => {
    const hash = createHash("sha256");
    const body = await client.openBlob(repository, digest);
    const hashing = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        callback(null, chunk);
      },
    });
    await pipeline(
      Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>),
      hashing,
      createWriteStream(file),
    );
    const actual = digestOf(hash);
    if (actual !== digest) {
      throw new RegistryError(`base blob ${repository}@${digest} arrived with digest ${actual}`, {
        status: 200,
        method: "GET",
        url: repository,
      });
    }
    return fileSource(digest, size, file);
  };
  return {
    digest,
    size,
    async read(offset, length) {
      local ??= download();
      return (await local).read(offset, length);
    },
    async writeTo(sink, offset, length) {
      local ??= download();
      return (await local).writeTo(sink, offset, length);
    },
  };
}
