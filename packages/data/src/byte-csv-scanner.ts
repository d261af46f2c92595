import { isAscii, isUtf8 } from "node:buffer";
import { type PlainCsvKernel, type PlainScan, plainCsvKernel } from "./csv-scan-kernel.ts";
import { NUL_MARK, REPLACEMENT_MARK, type ScanStop } from "./csv-scanner.ts";
import type { KernelCells } from "./kernel-cells.ts";

const LF = 10;
const CR = 13;
const QUOTE = 34;
const REPLACEMENT_BYTES = Buffer.from("\uFFFD");
/** Bytes with no quote below which a call into the SIMD kernel costs more than it saves. */
const MIN_KERNEL_BYTES = 256;
/** Bytes read in JavaScript where quotes are too close together for the kernel, before looking again. */
const RETRY_BYTES = 4096;
/** The most bytes searched for the next quote at a time: the kernel reads no more in one call. */
const LOOKAHEAD_BYTES = 128 * 1024;

/**
 * The records found in one buffer, as byte offsets: no string is made per field. Field `f` of the batch
 * is the bytes `[starts[f], ends[f])`, or, when `starts[f] < 0`, the text `texts[-1 - starts[f]]` (a
 * field whose quotes had to be rewritten: `""` escapes, or a quote followed by more text). Record `r`
 * has the fields `firstField[r]` to `firstField[r + 1] - 1`, starts on line `lines[r]` and has the
 * `marks` of `CsvScanner`. Valid until the scanner is called again.
 */
export interface FieldBatch {
  bytes: Buffer;
  records: number;
  firstField: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  texts: string[];
  lines: Int32Array;
  marks: Uint8Array;
  /** Every byte of the records is ASCII: a field's bytes are its characters. */
  ascii: boolean;
  /** Some record has marks (`marks[r] !== 0`): when not, a loop need not look at each. */
  marked: boolean;
  /** Every record has this many fields (-1: they differ, or the scan stopped): a loop need not count. */
  fieldsPerRecord: number;
  /**
   * One call of the WebAssembly kernel read every record, and its window and field arrays still hold
   * them (the field offsets less `cellsBase` index its window): first passes can run there.
   */
  cells: KernelCells | undefined;
  cellsBase: number;
}

/** Where a call to `scan` left off. */
export interface ScanOutcome {
  /** Where the next record starts (the caller keeps the bytes from here for the next call). */
  next: number;
  /** The line `next` is on. */
  line: number;
  /** The scan reached `stopAt` or passed it, at a record boundary (`next`). */
  boundary: boolean;
  /** The scan stopped after `maxRecords` records. */
  full?: boolean;
  stop?: ScanStop;
}

/** Delimiters the byte scanner reads: one ASCII byte that is not a line end or a quote. */
export function isByteDelimiter(delimiter: string): boolean {
  const code = delimiter.charCodeAt(0);
  return delimiter.length === 1 && code > 0 && code < 128 && code !== LF && code !== CR && code !== QUOTE;
}

/**
 * `CsvScanner`'s reading of CSV (see there: the same records, fields, lines, marks and stops) done on
 * the bytes of a buffer rather than on decoded text: fields come back as byte offsets in a `FieldBatch`,
 * so a column no check reads costs no string, and numbers can be read from the bytes. The caller feeds
 * whole buffers; a record cut by the buffer's end is left for the next call (`next`), with the bytes
 * after it appended. Marks are found per buffer: when all of it is valid UTF-8 with no NUL and no U+FFFD
 * (the usual case), no record is looked at again. Runs of records with no quote (most CSV) are cut by a
 * WebAssembly SIMD kernel (csv-scan-kernel.ts), several times faster than the loops here, which read
 * the rest: the results are the same either way.
 */
export class ByteCsvScanner {
  readonly batch: FieldBatch;
  private readonly delimiter: number;
  private readonly maxRecordBytes: number;
  private recordStarts = new Int32Array(1024);
  private recordEnds = new Int32Array(1024);
  private readonly kernel: PlainCsvKernel | undefined;
  /** Fields in the batch so far, during a scan. */
  private fields = 0;
  /** The fewest and most fields of a record in the batch so far, during a scan. */
  private fewestFields = Number.POSITIVE_INFINITY;
  private mostFields = 0;
  /** Kernel calls during a scan, the records they read, and where the last one started. */
  private kernelCalls = 0;
  private kernelRecords = 0;
  private kernelFrom = 0;

  /** `simd: false` reads every record in JavaScript (the WebAssembly kernel's tests compare the two). */
  constructor(delimiter: string, maxRecordBytes: number, options: { simd?: boolean } = {}) {
    if (!isByteDelimiter(delimiter)) throw new Error(`the byte scanner cannot split on '${delimiter}'`);
    this.delimiter = delimiter.charCodeAt(0);
    this.maxRecordBytes = maxRecordBytes;
    this.kernel = options.simd === false ? undefined : plainCsvKernel();
    this.batch = {
      bytes: Buffer.alloc(0),
      records: 0,
      firstField: new Int32Array(1025),
      starts: new Int32Array(8192),
      ends: new Int32Array(8192),
      texts: [],
      lines: new Int32Array(1024),
      marks: new Uint8Array(1024),
      ascii: true,
      marked: false,
      fieldsPerRecord: -1,
      cells: undefined,
      cellsBase: 0,
    };
  }

  /**
   * Scans the records of `bytes[from, to)`, the first on line `line`, into `batch`; `final` says no
   * bytes follow `to`. Stops at the first record boundary at or after `stopAt`, after `maxRecords`
   * records, or where the file cannot be read further (`stop`). `noQuoteOrCr`: the caller found no
   * quote and no CR in the bytes, so no search for quotes is needed (and, with no WebAssembly, a
   * record is cut by a loop that looks for two bytes only).
   */
  scan(
    bytes: Buffer,
    from: number,
    to: number,
    final: boolean,
    line: number,
    stopAt = Number.POSITIVE_INFINITY,
    maxRecords = Number.POSITIVE_INFINITY,
    noQuoteOrCr = false,
  ): ScanOutcome {
    const batch = this.batch;
    batch.bytes = bytes;
    batch.records = 0;
    batch.texts = [];
    // Until the marks are found (a scan that stops does not find them): each record may have some.
    batch.marked = true;
    batch.fieldsPerRecord = -1;
    batch.cells = undefined;
    this.kernelCalls = 0;
    this.kernelRecords = 0;
    this.fields = 0;
    this.fewestFields = Number.POSITIVE_INFINITY;
    this.mostFields = 0;
    const outcome =
      this.kernel === undefined
        ? this.readRecords(bytes, from, to, final, line, stopAt, maxRecords, noQuoteOrCr)
        : this.readWithKernel(this.kernel, bytes, from, to, final, line, stopAt, maxRecords, noQuoteOrCr);
    if (outcome.stop) return outcome;
    batch.firstField[batch.records] = this.fields;
    if (this.fewestFields === this.mostFields) batch.fieldsPerRecord = this.mostFields;
    const stop = this.markRecords();
    if (stop) return { ...outcome, stop };
    if (this.kernel !== undefined && this.kernelCalls === 1 && this.kernelRecords === batch.records) {
      batch.cells = this.kernel.cells;
      batch.cellsBase = this.kernelFrom;
    }
    return outcome;
  }

  /**
   * `scan` with the WebAssembly kernel: it reads the records up to the next quote (or to `to` when the
   * caller found none), and `readRecords` the records it leaves. Where quotes are close together,
   * `readRecords` reads RETRY_BYTES before the next look: searching after every record would cost more
   * than the kernel saves.
   */
  private readWithKernel(
    kernel: PlainCsvKernel,
    bytes: Buffer,
    from: number,
    to: number,
    final: boolean,
    line: number,
    stopAt: number,
    maxRecords: number,
    noQuoteOrCr: boolean,
  ): ScanOutcome {
    const batch = this.batch;
    let i = from;
    let quoteAt = -1;
    let kernelStuck = false;
    for (;;) {
      if (i >= to) return { next: i, line, boundary: i >= stopAt };
      if (i >= stopAt) return { next: i, line, boundary: true };
      if (batch.records >= maxRecords) return { next: i, line, boundary: false, full: true };
      let end = to;
      if (!noQuoteOrCr) {
        // A search ends at the most the kernel reads in one call: where it found no quote, the next
        // look searches again.
        if (quoteAt < i || (quoteAt < to && bytes[quoteAt] !== QUOTE))
          quoteAt = nextIndex(bytes, QUOTE, i, Math.min(to, i + LOOKAHEAD_BYTES));
        end = quoteAt;
      }
      // Where `readRecords` hands back (at the first record boundary there or after): past the quotes
      // that are too close for the kernel, or, where the kernel read nothing, after one record.
      let handBack = i + RETRY_BYTES;
      if ((end - i >= MIN_KERNEL_BYTES || noQuoteOrCr) && !kernelStuck) {
        const fields = this.fields;
        const records = maxRecords - batch.records;
        const ends = final && end === to;
        this.kernelCalls++;
        this.kernelFrom = i;
        const read = kernel.scan(
          bytes,
          i,
          end,
          ends,
          line,
          stopAt,
          records,
          this.delimiter,
          this.maxRecordBytes,
          fields,
        );
        if (read.next > i) {
          this.addKernelRecords(kernel, read, fields);
          this.fields = fields + read.fields;
          i = read.next;
          line = read.line;
          // It saw every byte and stopped short: it cannot read the record there either, next time.
          kernelStuck = read.covered && end === to && read.records < records;
          continue;
        }
        handBack = i + 1;
      }
      kernelStuck = false;
      const until = Math.min(stopAt, handBack);
      const outcome = this.readRecords(bytes, i, to, final, line, until, maxRecords, noQuoteOrCr);
      // A boundary short of `stopAt` is the hand-back: read on. Any other outcome is the scan's.
      if (outcome.stop || outcome.full || !outcome.boundary || outcome.next >= stopAt) return outcome;
      i = outcome.next;
      line = outcome.line;
    }
  }

  /** `scan`'s reading in JavaScript, appending to the batch: every record `readWithKernel` leaves. */
  private readRecords(
    bytes: Buffer,
    from: number,
    to: number,
    final: boolean,
    line: number,
    stopAt: number,
    maxRecords: number,
    noQuoteOrCr: boolean,
  ): ScanOutcome {
    const batch = this.batch;
    let fields = this.fields;
    const delimiter = this.delimiter;
    let starts = batch.starts;
    let ends = batch.ends;
    const max = this.maxRecordBytes;
    let i = from;
    let outcome: ScanOutcome | undefined;
    while (i < to) {
      if (i >= stopAt || batch.records >= maxRecords) {
        outcome =
          i >= stopAt ? { next: i, line, boundary: true } : { next: i, line, boundary: false, full: true };
        break;
      }
      const recordStart = i;
      const recordLine = line;
      let c = bytes[i] as number;
      if (c === LF) {
        line++;
        i++;
        continue;
      }
      if (c === CR) {
        if (i + 1 >= to && !final) break;
        i += i + 1 < to && bytes[i + 1] === LF ? 2 : 1;
        line++;
        continue;
      }
      const recordFields = fields;
      if (noQuoteOrCr) {
        // No CR and no quote in the bytes: fields end at delimiters, records at line feeds.
        let k = i;
        let fieldStart = i;
        let n = fields;
        for (; k < to; k++) {
          const b = bytes[k] as number;
          if (b === delimiter) {
            if (n + 1 >= starts.length) {
              this.growFields();
              starts = batch.starts;
              ends = batch.ends;
            }
            starts[n] = fieldStart;
            ends[n++] = k;
            fieldStart = k + 1;
          } else if (b === LF) break;
        }
        if ((k < to || final) && k - i - (n - fields) <= max) {
          if (n >= starts.length) {
            this.growFields();
            starts = batch.starts;
            ends = batch.ends;
          }
          starts[n] = fieldStart;
          ends[n++] = k;
          fields = n;
          this.addRecord(recordFields, fields - recordFields, recordLine, recordStart, k);
          if (k < to) {
            i = k + 1;
            line++;
          } else i = k;
          continue;
        }
      }
      // The usual record: no field opens with a quote, and its line end is in the buffer. One tight
      // loop; anything else is left to the general loop below, from the record's start.
      if (c !== QUOTE) {
        let k = i;
        let fieldStart = i;
        let n = fields;
        let end = -1;
        while (k < to) {
          const b = bytes[k] as number;
          if (b === delimiter) {
            if (n >= starts.length) {
              this.growFields();
              starts = batch.starts;
              ends = batch.ends;
            }
            starts[n] = fieldStart;
            ends[n++] = k;
            fieldStart = ++k;
            if (k < to && bytes[k] === QUOTE) break;
          } else if (b === LF || b === CR) {
            if (b === LF || k + 1 < to || final) end = k;
            break;
          } else k++;
        }
        if (end !== -1 && end - i - (n - fields) <= max) {
          if (n >= starts.length) {
            this.growFields();
            starts = batch.starts;
            ends = batch.ends;
          }
          starts[n] = fieldStart;
          ends[n++] = end;
          fields = n;
          this.addRecord(recordFields, fields - recordFields, recordLine, recordStart, end);
          i = bytes[end] === CR && end + 1 < to && bytes[end + 1] === LF ? end + 2 : end + 1;
          line++;
          continue;
        }
      }
      const recordTexts = batch.texts.length;
      let content = 0;
      let incomplete = false;
      for (;;) {
        if (fields >= starts.length) {
          this.growFields();
          starts = batch.starts;
          ends = batch.ends;
        }
        const fieldStart = i;
        let text: string | undefined;
        let quoted = false;
        let contentEnd = i;
        if (i < to && bytes[i] === QUOTE) {
          let search = i + 1;
          let escaped = false;
          let close: number;
          for (;;) {
            close = bytes.indexOf(QUOTE, search);
            if (close >= to) close = -1;
            const end = close === -1 ? to : close;
            for (let k = search; k < end; k++) {
              const code = bytes[k] as number;
              if (code === LF) line++;
              else if (code === CR && bytes[k + 1] !== LF) line++;
            }
            if (close === -1 || (close + 1 >= to && !final)) {
              if (content + (to - fieldStart - 1) > max)
                return this.stopped("record-too-long", recordLine, recordFields);
              if (!final) {
                incomplete = true;
                break;
              }
              const rest = to - fieldStart - 1;
              const restBytes = escaped
                ? Buffer.byteLength(unescapeQuotes(bytes.toString("utf8", fieldStart + 1, to)))
                : rest;
              const kind = content + restBytes > max ? "record-too-long" : "unterminated-quote";
              return this.stopped(kind, recordLine, recordFields);
            }
            if (close + 1 < to && bytes[close + 1] === QUOTE) {
              escaped = true;
              search = close + 2;
              continue;
            }
            break;
          }
          if (incomplete) break;
          contentEnd = close;
          i = close + 1;
          c = i < to ? (bytes[i] as number) : -1;
          if (c === delimiter || c === LF || c === CR || c === -1) {
            quoted = true;
            if (escaped) text = unescapeQuotes(bytes.toString("utf8", fieldStart + 1, close));
          } else {
            // csv-parse's relax_quotes: the quotes stay, and the rest of the field is read unquoted.
            text = `"${unescapeQuotes(bytes.toString("utf8", fieldStart + 1, close))}"`;
          }
        }
        if (quoted) {
          if (text === undefined) {
            starts[fields] = fieldStart + 1;
            ends[fields] = contentEnd;
            content += contentEnd - fieldStart - 1;
          } else {
            starts[fields] = -1 - batch.texts.length;
            batch.texts.push(text);
            content += Buffer.byteLength(text);
          }
        } else {
          const start = i;
          for (; i < to; i++) {
            const code = bytes[i] as number;
            if (code === delimiter || code === LF || code === CR) break;
          }
          if (i >= to && !final) {
            if (content + (text === undefined ? 0 : Buffer.byteLength(text)) + (i - start) > max)
              return this.stopped("record-too-long", recordLine, recordFields);
            incomplete = true;
            break;
          }
          if (text === undefined) {
            starts[fields] = start;
            ends[fields] = i;
            content += i - start;
          } else {
            text += bytes.toString("utf8", start, i);
            starts[fields] = -1 - batch.texts.length;
            batch.texts.push(text);
            content += Buffer.byteLength(text);
          }
        }
        fields++;
        if (content > max) return this.stopped("record-too-long", recordLine, recordFields);
        c = i < to ? (bytes[i] as number) : -1;
        if (c === delimiter) {
          i++;
          continue;
        }
        const recordEnd = i;
        if (c === CR) {
          if (i + 1 >= to && !final) {
            incomplete = true;
            break;
          }
          i += i + 1 < to && bytes[i + 1] === LF ? 2 : 1;
          line++;
        } else if (c === LF) {
          i++;
          line++;
        }
        this.addRecord(recordFields, fields - recordFields, recordLine, recordStart, recordEnd);
        break;
      }
      if (incomplete) {
        fields = recordFields;
        batch.texts.length = recordTexts;
        outcome = { next: recordStart, line: recordLine, boundary: false };
        break;
      }
    }
    this.fields = fields;
    return outcome ?? { next: i, line, boundary: i >= stopAt };
  }

  private addRecord(firstField: number, fieldCount: number, line: number, start: number, end: number): void {
    if (fieldCount < this.fewestFields) this.fewestFields = fieldCount;
    if (fieldCount > this.mostFields) this.mostFields = fieldCount;
    const batch = this.batch;
    const r = batch.records;
    if (r + 1 >= batch.lines.length) this.growRecords();
    batch.firstField[r] = firstField;
    batch.lines[r] = line;
    this.recordStarts[r] = start;
    this.recordEnds[r] = end;
    batch.records = r + 1;
  }

  /** Appends the records the kernel just read to the batch, their fields after the first `fields`. */
  private addKernelRecords(kernel: PlainCsvKernel, read: PlainScan, fields: number): void {
    const batch = this.batch;
    while (fields + read.fields >= batch.starts.length) this.growFields();
    batch.starts.set(kernel.fieldStarts.subarray(0, read.fields), fields);
    batch.ends.set(kernel.fieldEnds.subarray(0, read.fields), fields);
    const r = batch.records;
    while (r + read.records + 1 >= batch.lines.length) this.growRecords();
    batch.firstField.set(kernel.recordFirstFields.subarray(0, read.records), r);
    batch.lines.set(kernel.recordLines.subarray(0, read.records), r);
    this.recordStarts.set(kernel.recordStarts.subarray(0, read.records), r);
    this.recordEnds.set(kernel.recordEnds.subarray(0, read.records), r);
    batch.records = r + read.records;
    this.kernelRecords += read.records;
    if (read.fewestFields < this.fewestFields) this.fewestFields = read.fewestFields;
    if (read.mostFields > this.mostFields) this.mostFields = read.mostFields;
  }

  /**
   * Sets each record's marks. A record has bytes that are not UTF-8 exactly when its decoded text holds
   * a U+FFFD it did not spell: line ends, delimiters and quotes are ASCII, which UTF-8 decoding never
   * swallows into a bad sequence, so records decode alone as they do in one piece. A record whose
   * decoding is longer than the limit (bad bytes become 3-byte U+FFFDs) stops the scan there.
   */
  private markRecords(): ScanStop | undefined {
    const batch = this.batch;
    const { bytes, records, marks } = batch;
    marks.fill(0, 0, records);
    batch.ascii = true;
    batch.marked = false;
    if (records === 0) return undefined;
    const first = this.recordStarts[0] as number;
    const last = this.recordEnds[records - 1] as number;
    // Searched within the batch's records only: the buffer may hold much more after them.
    const text = bytes.subarray(first, last);
    batch.ascii = isAscii(text);
    let clean = text.indexOf(0) === -1;
    if (clean && !batch.ascii) clean = text.indexOf(REPLACEMENT_BYTES) === -1 && isUtf8(text);
    if (clean) return undefined;
    for (let r = 0; r < records; r++) {
      const start = this.recordStarts[r] as number;
      const end = this.recordEnds[r] as number;
      const text = bytes.subarray(start, end);
      let mark = text.indexOf(0) !== -1 ? NUL_MARK : 0;
      if (!isUtf8(text)) {
        mark |= REPLACEMENT_MARK;
        if ((end - start) * 3 > this.maxRecordBytes && this.decodedBytes(r) > this.maxRecordBytes) {
          batch.records = r;
          return { kind: "record-too-long", line: batch.lines[r] as number };
        }
      } else if (text.indexOf(REPLACEMENT_BYTES) !== -1) mark |= REPLACEMENT_MARK;
      marks[r] = mark;
      if (mark !== 0) batch.marked = true;
    }
    return undefined;
  }

  private decodedBytes(record: number): number {
    const batch = this.batch;
    let total = 0;
    for (let f = batch.firstField[record] as number; f < (batch.firstField[record + 1] as number); f++) {
      total += Buffer.byteLength(fieldText(batch, f));
    }
    return total;
  }

  /** Ends the scan for good at the record on `line`: the records before it are still in the batch. */
  private stopped(kind: ScanStop["kind"], line: number, recordFields: number): ScanOutcome {
    this.batch.firstField[this.batch.records] = recordFields;
    const earlier = this.markRecords();
    return { next: 0, line, boundary: false, stop: earlier ?? { kind, line } };
  }

  private growFields(): void {
    const batch = this.batch;
    const starts = new Int32Array(batch.starts.length * 2);
    starts.set(batch.starts);
    const ends = new Int32Array(batch.ends.length * 2);
    ends.set(batch.ends);
    batch.starts = starts;
    batch.ends = ends;
  }

  private growRecords(): void {
    const batch = this.batch;
    const size = batch.lines.length * 2;
    const grow = <T extends Int32Array | Uint8Array>(array: T, length: number): T => {
      const grown = new (array.constructor as new (length: number) => T)(length);
      grown.set(array);
      return grown;
    };
    batch.firstField = grow(batch.firstField, size + 1);
    batch.lines = grow(batch.lines, size);
    batch.marks = grow(batch.marks, size);
    this.recordStarts = grow(this.recordStarts, size);
    this.recordEnds = grow(this.recordEnds, size);
  }
}

/** The text of field `f` of the batch (decoded, or the rewritten text). */
export function fieldText(batch: FieldBatch, f: number): string {
  const start = batch.starts[f] as number;
  if (start < 0) return batch.texts[-1 - start] as string;
  return batch.bytes.toString("utf8", start, batch.ends[f] as number);
}

/** Where `byte` next occurs in `bytes[from, to)`, or `to`. */
function nextIndex(bytes: Buffer, byte: number, from: number, to: number): number {
  const found = bytes.subarray(from, to).indexOf(byte);
  return found === -1 ? to : from + found;
}

function unescapeQuotes(quoted: string): string {
  return quoted.replaceAll('""', '"');
}
