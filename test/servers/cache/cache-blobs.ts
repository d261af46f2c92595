import type { IncomingMessage, ServerResponse } from "node:http";
import { BlockBlobs } from "../blob/block-blobs.ts";
import type { BlobUrlSigner } from "../blob/signed-url.ts";
import type { CacheStore } from "./cache-store.ts";

/**
 * The cache entries' blobs, on the block-blob calls `@actions/cache` v2 makes (it always uses the storage
 * SDK there): `BlockBlobClient.uploadFile` sends an archive of up to 128 MiB as one Put Blob and a larger
 * one as blocks and a block list; a restore reads the size with `HEAD` and the bytes with ranged `GET`s.
 */
export const cacheBlobPrefix = "/actions/caches/";

const archiveName = "cache.tzst";

export class CacheBlobs {
  readonly #blobs: BlockBlobs;

  constructor(store: CacheStore, signer: BlobUrlSigner) {
    this.#blobs = new BlockBlobs({
      prefix: cacheBlobPrefix,
      signer,
      client: "@actions/cache",
      acceptsPutBlob: true,
      immutableMessage: "The entry is finalized.",
      findBlob: (entryId) => {
        const bytes = store.all().find((entry) => entry.id === entryId)?.bytes;
        if (bytes === undefined) return undefined;
        return {
          bytes,
          contentType: "application/octet-stream",
          etag: `"0x${entryId.toString(16).padStart(15, "0")}"`,
        };
      },
    });
  }

  uploadUrl(entryId: number): string {
    return this.#blobs.openUpload(entryId, archiveName);
  }

  downloadUrl(entryId: number): string {
    return this.#blobs.signedUrl(entryId, archiveName, "r");
  }

  /** The bytes the client committed for an entry, taken out of the upload area. */
  takeCommitted(entryId: number): Buffer | undefined {
    const committed = this.#blobs.committed(entryId);
    if (committed !== undefined) this.#blobs.closeUpload(entryId);
    return committed?.bytes;
  }

  handle(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    return this.#blobs.handle(request, response, url);
  }
}
