const LF = 10;
const CR = 13;
const QUOTE = 34;
const NUL = 0;
const REPLACEMENT = 0xfffd;
/** A record cut by a chunk's end and longer than this waits for more text before it is scanned again. */
const RESCAN_FLOOR = 64 * 1024;

/**
 * Called once per record, in order: its fields ("" when empty), the line it starts on, and `marks`:
 * `REPLACEMENT_MARK` and/or `NUL_MARK` (a number, not an object: there is one call per record).
 */
export type RecordSink = (fields: string[], line: number, marks: number) => void;

/** A U+FFFD in a field: the bytes were not valid UTF-8 (or the text holds the character itself). */
export const REPLACEMENT_MARK = 1;
/** A NUL character in a field (binary data?). */
export const NUL_MARK = 2;

/** Why a scan stopped for good: the rest of the file cannot be read as records. */
export interface ScanStop {
  kind: "unterminated-quote" | "record-too-long";
  line: number;
}

/**
 * An incremental CSV record scanner over decoded text, with csv-parse's reading of RFC 4180 as the
 * reader used it (`relax_quotes`, `skip_empty_lines`, record delimiters CRLF / LF / CR, mixed): a field
 * opening with a quote runs to the closing quote, `""` inside it is one quote, and line breaks inside it
 * are kept; a quote elsewhere is a plain character; a closing quote followed by anything but a
 * delimiter or a line end keeps both quotes and the field goes on unquoted. Lines are counted while
 * scanning (`\r\n`, `\n` and a lone `\r` are one line each, inside quotes too), so each record knows the
 * line it starts on. csv-parse did the same job at about a third of our whole run time, mostly in
 * per-byte bookkeeping and a UTF-8 decode per field; here each chunk is decoded once and fields are
 * slices of it.
 *
 * A record cut by the end of a chunk is kept and scanned again, whole, with the next chunk (a long one
 * with the next chunks as long as itself). A record whose fields pass `maxRecordBytes` bytes of UTF-8
 * stops the scan (so does a quote still open at the end): the caller learns it from the returned
 * `ScanStop`.
 */
export class CsvScanner {
  private readonly delimiter: number;
  private readonly maxRecordBytes: number;
  private carry = "";
  private carryLine = 1;
  private first = true;
  private waiting: string[] = [];
  private waitingLength = 0;

  constructor(delimiter: string, maxRecordBytes: number) {
    if (delimiter.length !== 1) throw new Error(`the delimiter must be one character, not '${delimiter}'`);
    this.delimiter = delimiter.charCodeAt(0);
    this.maxRecordBytes = maxRecordBytes;
  }

  /** The line the next record starts on (or where reading stopped). */
  get line(): number {
    return this.carryLine;
  }

  /**
   * Scans `chunk` after what is left of the previous one, giving each complete record to `sink`;
   * `final` says no more text follows. Returns a `ScanStop` when the file cannot be read further.
   */
  push(chunk: string, final: boolean, sink: RecordSink): ScanStop | undefined {
    if (this.carry.length > RESCAN_FLOOR || this.waiting.length > 0) {
      // A long record is scanned again only once the text after it is as long as it: linear, not
      // quadratic, in the length of a record that spans many chunks.
      this.waiting.push(chunk);
      this.waitingLength += chunk.length;
      if (!final && this.waitingLength < this.carry.length) return undefined;
      chunk = this.waiting.join("");
      this.waiting = [];
      this.waitingLength = 0;
    }
    let text = this.carry.length > 0 ? this.carry + chunk : chunk;
    if (this.first && text.length > 0) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const n = text.length;
    const delimiter = this.delimiter;
    const max = this.maxRecordBytes;
    let i = 0;
    let line = this.carryLine;
    while (i < n) {
      const recordStart = i;
      const recordLine = line;
      let c = text.charCodeAt(i);
      if (c === LF) {
        line++;
        i++;
        continue;
      }
      if (c === CR) {
        if (i + 1 >= n && !final) break;
        i += text.charCodeAt(i + 1) === LF ? 2 : 1;
        line++;
        continue;
      }
      const fields: string[] = [];
      let marks = 0;
      let units = 0;
      for (;;) {
        let prefix = "";
        let quoted = false;
        if (i < n && text.charCodeAt(i) === QUOTE) {
          let segment = i + 1;
          let search = segment;
          for (;;) {
            const close = text.indexOf('"', search);
            const end = close === -1 ? n : close;
            for (let k = search; k < end; k++) {
              const code = text.charCodeAt(k);
              if (code <= CR) {
                if (code === LF) line++;
                else if (code === CR && text.charCodeAt(k + 1) !== LF) line++;
                else if (code === NUL) marks |= NUL_MARK;
              } else if (code === REPLACEMENT) marks |= REPLACEMENT_MARK;
            }
            if (close === -1 || (close + 1 >= n && !final)) {
              const partial = units + prefix.length + (n - segment);
              if (partial > max) return this.stop("record-too-long", recordLine);
              if (!final) {
                this.keep(text, recordStart, recordLine);
                return undefined;
              }
              const rest = Buffer.byteLength(prefix) + Buffer.byteLength(text.slice(segment));
              return this.stop(
                recordBytes(fields) + rest > max ? "record-too-long" : "unterminated-quote",
                recordLine,
              );
            }
            if (text.charCodeAt(close + 1) === QUOTE) {
              prefix += text.slice(segment, close + 1);
              segment = close + 2;
              search = segment;
              continue;
            }
            prefix += text.slice(segment, close);
            i = close + 1;
            break;
          }
          c = i < n ? text.charCodeAt(i) : -1;
          if (c === delimiter || c === LF || c === CR || c === -1) quoted = true;
          // csv-parse's relax_quotes: the quotes stay, and the rest of the field is read unquoted.
          else prefix = `"${prefix}"`;
        }
        if (quoted) {
          fields.push(prefix);
          units += prefix.length;
        } else {
          const start = i;
          for (; i < n; i++) {
            const code = text.charCodeAt(i);
            if (code === delimiter) break;
            if (code <= CR) {
              if (code === LF || code === CR) break;
              if (code === NUL) marks |= NUL_MARK;
            } else if (code === REPLACEMENT) marks |= REPLACEMENT_MARK;
          }
          if (i >= n && !final) {
            if (units + prefix.length + (i - start) > max) return this.stop("record-too-long", recordLine);
            this.keep(text, recordStart, recordLine);
            return undefined;
          }
          const value = prefix.length > 0 ? prefix + text.slice(start, i) : text.slice(start, i);
          fields.push(value);
          units += value.length;
        }
        if (units > max) return this.stop("record-too-long", recordLine);
        c = i < n ? text.charCodeAt(i) : -1;
        if (c === delimiter) {
          i++;
          continue;
        }
        if (c === CR) {
          if (i + 1 >= n && !final) {
            this.keep(text, recordStart, recordLine);
            return undefined;
          }
          i += text.charCodeAt(i + 1) === LF ? 2 : 1;
          line++;
        } else if (c === LF) {
          i++;
          line++;
        }
        break;
      }
      // UTF-8 takes at most 3 bytes per UTF-16 unit: only a record this long can pass the limit.
      if (units * 3 > max && recordBytes(fields) > max) return this.stop("record-too-long", recordLine);
      sink(fields, recordLine, marks);
    }
    if (i >= n) {
      this.carry = "";
      this.carryLine = line;
    } else this.keep(text, i, line);
    return undefined;
  }

  private keep(text: string, from: number, line: number): void {
    this.carry = text.slice(from);
    this.carryLine = line;
  }

  private stop(kind: ScanStop["kind"], line: number): ScanStop {
    this.carry = "";
    this.carryLine = line;
    return { kind, line };
  }
}

function recordBytes(fields: readonly string[]): number {
  let bytes = 0;
  for (const field of fields) bytes += Buffer.byteLength(field);
  return bytes;
}
