import type { Readable } from "node:stream";

/** One line of a text stream: its 1-based number and bytes (without the line break), or too long. */
export type SplitLine = { line: number; bytes: Buffer; tooLong: false } | { line: number; tooLong: true };

/**
 * Splits a byte stream into lines on `\n` (a `\r` before it is dropped) with bounded memory: a line
 * longer than `maxBytes` is reported as too long and skipped without being held in memory.
 */
export async function* splitLines(stream: Readable, maxBytes: number): AsyncGenerator<SplitLine> {
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let skipping = false;
  let line = 1;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let start = 0;
    while (start < chunk.length) {
      const newline = chunk.indexOf(10, start);
      const end = newline === -1 ? chunk.length : newline;
      if (!skipping) {
        pending.push(chunk.subarray(start, end));
        pendingLength += end - start;
        if (pendingLength > maxBytes) {
          skipping = true;
          pending = [];
          pendingLength = 0;
          yield { line, tooLong: true };
        }
      }
      if (newline === -1) break;
      if (!skipping)
        yield { line, bytes: trimCarriageReturn(Buffer.concat(pending, pendingLength)), tooLong: false };
      pending = [];
      pendingLength = 0;
      skipping = false;
      line++;
      start = newline + 1;
    }
  }
  if (!skipping && pendingLength > 0) {
    yield { line, bytes: trimCarriageReturn(Buffer.concat(pending, pendingLength)), tooLong: false };
  }
}

function trimCarriageReturn(bytes: Buffer): Buffer {
  return bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.subarray(0, bytes.length - 1) : bytes;
}
