import { open } from "node:fs/promises";
import type { Digest } from "./digest.ts";

/** Bytes to upload, readable at any offset so that a failed chunk can be sent again. */
export interface BlobSource {
  digest: Digest;
  size: number;
  read(offset: number, length: number): Promise<Buffer>;
}

export function bufferSource(digest: Digest, bytes: Buffer): BlobSource {
  return {
    digest,
    size: bytes.length,
    read: async (offset, length) => bytes.subarray(offset, offset + length),
  };
}

export function fileSource(digest: Digest, size: number, path: string): BlobSource {
  return {
    digest,
    size,
    async read(offset, length) {
      const handle = await open(path, "r");
      try {
        const buffer = Buffer.alloc(length);
        const { bytesRead } = await handle.read(buffer, 0, length, offset);
        return buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    },
  };
}
