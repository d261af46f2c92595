import { ByteCsvScanner } from "./byte-csv-scanner.ts";

/**
 * The scanner and the read buffer of the last scan, kept for the next: a dataset of many small files
 * made both anew for each file (and twice, header then records), ~0.25 ms of a thread's CPU a file in
 * allocations and collections. One of each is kept, for the thread's next scan; a scan that starts
 * while another holds them (none does today) gets its own.
 */
let idleScanner: { scanner: ByteCsvScanner; delimiter: string; maxRecordBytes: number } | undefined;
let idleBuffer: Buffer | undefined;

/** A buffer larger than this (grown for a long record) is not kept. */
const MAX_KEPT_BUFFER_BYTES = 4 * 1024 * 1024;

/** A scanner for `delimiter` and `maxRecordBytes`, the idle one when it reads the same. */
export function takeScanner(delimiter: string, maxRecordBytes: number): ByteCsvScanner {
  const idle = idleScanner;
  idleScanner = undefined;
  return idle !== undefined && idle.delimiter === delimiter && idle.maxRecordBytes === maxRecordBytes
    ? idle.scanner
    : new ByteCsvScanner(delimiter, maxRecordBytes);
}

/** Keeps `scanner` for the next scan. */
export function releaseScanner(scanner: ByteCsvScanner, delimiter: string, maxRecordBytes: number): void {
  idleScanner = { scanner, delimiter, maxRecordBytes };
}

/** `bytes` bytes to read into (not zeroed): the front of the idle buffer when it is large enough. */
export function takeBuffer(bytes: number): { buffer: Buffer; owned: Buffer } {
  const idle = idleBuffer;
  const fits = idle !== undefined && idle.length >= bytes;
  if (fits) idleBuffer = undefined;
  const owned = fits ? idle : Buffer.allocUnsafe(bytes);
  return { buffer: owned.length === bytes ? owned : owned.subarray(0, bytes), owned };
}

/** Keeps `owned` (what `takeBuffer` gave) for the next scan, unless it is large. */
export function releaseBuffer(owned: Buffer): void {
  if (owned.length <= MAX_KEPT_BUFFER_BYTES && (idleBuffer === undefined || idleBuffer.length < owned.length))
    idleBuffer = owned;
}
