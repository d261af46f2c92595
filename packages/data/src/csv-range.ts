import { readSync } from "node:fs";
import { type ByteCsvScanner, type FieldBatch, fieldText, type ScanOutcome } from "./byte-csv-scanner.ts";
import type { ScanStop } from "./csv-scanner.ts";
import { releaseBuffer, releaseScanner, takeBuffer, takeScanner } from "./scan-resources.ts";

/** 1 MiB reads: few system calls. */
const DEFAULT_BUFFER_BYTES = 1024 * 1024;
/** The header is read 64 KiB at a time (more when it is longer): a small file is not read twice whole. */
const HEADER_BUFFER_BYTES = 64 * 1024;
/** Records a batch: its field offsets (8 bytes a field) stay in the CPU caches while each column reads them. */
const BATCH_RECORDS = 1024;
const BOM = [0xef, 0xbb, 0xbf] as const;

export interface RangeOptions {
  delimiter: string;
  maxRecordBytes: number;
  /** File offset to start at (a record boundary) and the line there. */
  from: number;
  line: number;
  /** Stop at the first record boundary at or after this offset (default: read to the end). */
  stopAt?: number;
  /** Stop after this many records (default: no limit). */
  maxRecords?: number;
  /** Bytes read at a time (tests make it small to cut records anywhere). */
  bufferBytes?: number;
}

/** How a range scan ended. */
export interface RangeEnd {
  /** File offset and line where reading ended: a record boundary, unless `stop` or `error`. */
  end: number;
  line: number;
  /** Reading ended at the first record boundary at or after `stopAt`. */
  boundary: boolean;
  stop?: ScanStop;
  /** A read failed: the message. */
  error?: string;
}

/**
 * Scans the CSV records of an open file from `from` with a `ByteCsvScanner`, reading synchronously
 * (the caller is a worker thread, or the main thread with nothing else to do), and hands each buffer's
 * records to `onBatch` as a `FieldBatch`, valid only during the call.
 */
export function scanFileRange(
  fd: number,
  options: RangeOptions,
  onBatch: (batch: FieldBatch) => void,
): RangeEnd {
  const { delimiter, maxRecordBytes } = options;
  const scanner = takeScanner(delimiter, maxRecordBytes);
  const { buffer, owned } = takeBuffer(options.bufferBytes ?? DEFAULT_BUFFER_BYTES);
  try {
    return scanWith(scanner, buffer, fd, options, onBatch);
  } finally {
    releaseScanner(scanner, delimiter, maxRecordBytes);
    releaseBuffer(owned);
  }
}

function scanWith(
  scanner: ByteCsvScanner,
  initialBuffer: Buffer,
  fd: number,
  options: RangeOptions,
  onBatch: (batch: FieldBatch) => void,
): RangeEnd {
  const stopAt = options.stopAt ?? Number.POSITIVE_INFINITY;
  let recordsLeft = options.maxRecords ?? Number.POSITIVE_INFINITY;
  let buffer = initialBuffer;
  let base = options.from;
  let length = 0;
  let line = options.line;
  let eof = false;
  for (;;) {
    try {
      while (length < buffer.length && !eof) {
        const read = readSync(fd, buffer, length, buffer.length - length, base + length);
        if (read === 0) eof = true;
        else length += read;
      }
    } catch (error) {
      return {
        end: base,
        line,
        boundary: false,
        error: error instanceof Error ? error.message : String(error),
      };
    }
    let from = 0;
    let outcome: ScanOutcome;
    // Most files have neither: two searches in native code let the scanner skip both per byte.
    const cr = buffer.indexOf(13);
    const quote = buffer.indexOf(34);
    const plain = (cr === -1 || cr >= length) && (quote === -1 || quote >= length);
    for (;;) {
      const limit = Math.min(recordsLeft, BATCH_RECORDS);
      outcome = scanner.scan(buffer, from, length, eof, line, stopAt - base, limit, plain);
      recordsLeft -= scanner.batch.records;
      if (scanner.batch.records > 0) onBatch(scanner.batch);
      if (outcome.stop) return { end: base, line: outcome.stop.line, boundary: false, stop: outcome.stop };
      line = outcome.line;
      if (!outcome.full || recordsLeft <= 0) break;
      from = outcome.next;
    }
    if (outcome.boundary || recordsLeft <= 0 || (eof && outcome.next >= length)) {
      return { end: base + outcome.next, line, boundary: outcome.boundary };
    }
    const kept = length - outcome.next;
    if (outcome.next === 0 && length === buffer.length) {
      // One record fills the buffer: a bigger one (the scanner stops records past the size limit).
      const grown = Buffer.allocUnsafe(buffer.length * 2);
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    } else buffer.copyWithin(0, outcome.next, length);
    base += outcome.next;
    length = kept;
  }
}

/** How far a line end is looked for (see `lineStartAfter`). */
const LINE_SEARCH_BYTES = 1024 * 1024;

/**
 * The offset just after the first line feed at or after `from`, if one comes within 1 MiB and before
 * the end of the file: where a record may start (or a line inside a quoted field: a guess to check).
 */
export function lineStartAfter(fd: number, from: number, size: number): number | undefined {
  const buffer = Buffer.allocUnsafe(Math.min(LINE_SEARCH_BYTES, Math.max(0, size - from)));
  const read = readSync(fd, buffer, 0, buffer.length, from);
  const at = buffer.subarray(0, read).indexOf(10);
  return at === -1 || from + at + 1 >= size ? undefined : from + at + 1;
}

/** The first record of a file: its fields, line and marks, and where the records after it start. */
export interface CsvHeader {
  fields: string[];
  line: number;
  marks: number;
  /** Offset and line of the first data record. */
  dataStart: number;
  dataLine: number;
}

/**
 * Reads the header record from the start of the file (after a UTF-8 BOM). `undefined` header when the
 * file has no record; `stop` when even the header cannot be read.
 */
export function readCsvHeader(
  fd: number,
  options: Omit<RangeOptions, "from" | "line" | "stopAt" | "maxRecords">,
): { header?: CsvHeader; stop?: ScanStop; error?: string } {
  const head = Buffer.alloc(3);
  const headBytes = readSync(fd, head, 0, 3, 0);
  const from = headBytes === 3 && BOM.every((byte, i) => head[i] === byte) ? 3 : 0;
  let header: Omit<CsvHeader, "dataStart" | "dataLine"> | undefined;
  const headerOptions = { bufferBytes: HEADER_BUFFER_BYTES, ...options, from, line: 1, maxRecords: 1 };
  const end = scanFileRange(fd, headerOptions, (batch) => {
    const fields: string[] = [];
    for (let f = batch.firstField[0] as number; f < (batch.firstField[1] as number); f++) {
      fields.push(fieldText(batch, f));
    }
    header = { fields, line: batch.lines[0] as number, marks: batch.marks[0] as number };
  });
  if (end.error !== undefined) return { error: end.error };
  if (end.stop) return { stop: end.stop };
  return header ? { header: { ...header, dataStart: end.end, dataLine: end.line } } : {};
}
