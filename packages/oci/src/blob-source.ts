import { open } from "node:fs/promises";
import type { Writable } from "node:stream";
import type { Digest } from "./digest.ts";

/** Bytes to upload, readable at any offset so that a failed chunk can be sent again. */
export interface BlobSource {
  digest: Digest;
  size: number;
  read(offset: number, length: number): Promise<Buffer>;
  /** Writes `length` bytes from `offset` into `sink` (an upload's request); resolves once it took them. */
  writeTo(sink: Writable, offset: number, length: number): Promise<void>;
}

export function bufferSource(digest: Digest, bytes: Buffer): BlobSource {
  const slice = (offset: number, length: number) => bytes.subarray(offset, offset + length);
  return {
    digest,
    size: bytes.length,
    read: async (offset, length) => slice(offset, length),
    writeTo: async (sink, offset, length) => {
      if (length > 0) await writeChunk(sink, slice(offset, length));
    },
  };
}

/** Large reads: fewer trips through the event loop for a blob of hundreds of megabytes. */
const FILE_READ_CHUNK = 1024 * 1024;

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
    writeTo: (sink, offset, length) => writeFileRange(path, offset, length, sink),
  };
}

/**
 * Copies a range of a file into `sink` through two buffers: one is read into while the other is being
 * sent, and a buffer is refilled only once the sink has taken it (its write callback). A fresh buffer per
 * read, as fs streams allocate, made V8 collect garbage every few megabytes of a large upload.
 */
async function writeFileRange(path: string, offset: number, length: number, sink: Writable): Promise<void> {
  const handle = await open(path, "r");
  try {
    const size = Math.min(FILE_READ_CHUNK, length);
    let current = { buffer: Buffer.allocUnsafe(size), sent: Promise.resolve() };
    let other = { buffer: Buffer.allocUnsafe(size), sent: Promise.resolve() };
    let position = offset;
    const end = offset + length;
    while (position < end) {
      await current.sent;
      const { bytesRead } = await handle.read(current.buffer, 0, Math.min(size, end - position), position);
      if (bytesRead === 0) throw new Error(`${path} ended at byte ${position}, before ${end}`);
      current.sent = writeChunk(sink, current.buffer.subarray(0, bytesRead));
      // A failed write is reported by the next wait on this buffer or by the final one.
      current.sent.catch(() => {});
      position += bytesRead;
      [current, other] = [other, current];
    }
    await Promise.all([current.sent, other.sent]);
  } finally {
    await handle.close();
  }
}

function writeChunk(sink: Writable, chunk: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    if (sink.destroyed) reject(new Error("the request was closed"));
    else sink.write(chunk, (error) => (error ? reject(error) : resolve()));
  });
}
