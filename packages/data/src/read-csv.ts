import { StringDecoder } from "node:string_decoder";
import { CsvScanner, NUL_MARK, REPLACEMENT_MARK, type ScanStop } from "./csv-scanner.ts";
import { formatBytes } from "./format-bytes.ts";
import { openBytes, readHead } from "./open-bytes.ts";
import {
  DEFAULT_BATCH_SIZE,
  DEFAULT_MAX_RECORD_BYTES,
  type FileProblem,
  type ReadEvent,
  type ReadOptions,
  type Row,
  unreadableFile,
} from "./reader-types.ts";
import { describeDelimiter, likelyDelimiter, sniffDelimiter } from "./sniff-delimiter.ts";
import type { CellValue } from "./value.ts";

/**
 * Streams a CSV or TSV file (maybe gzip-compressed): RFC 4180 quoting, `""` escapes, newlines inside
 * quotes, CRLF / LF / CR, a BOM (see `CsvScanner`). The first record is the header; an empty field is
 * null. Each row's line is where its record starts. Problems with the file are yielded as events; a
 * fatal one ends the file.
 */
export async function* readCsv(file: string, options: ReadOptions = {}): AsyncGenerator<ReadEvent> {
  let head: Buffer;
  try {
    head = await readHead(file);
  } catch (error) {
    // A gzip file damaged from its first bytes.
    yield problem(unreadableFile(file, 1, error));
    return;
  }
  if (head.length === 0) {
    yield problem({ kind: "empty-file", file, message: "the file is empty" });
    return;
  }
  const delimiter = csvDelimiter(head, options);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  const scanner = new CsvScanner(delimiter, maxRecordBytes);
  const decoder = new StringDecoder("utf8");

  let header: string[] | undefined;
  let rowCount = 0;
  let batch: Row[] = [];
  // Events found while scanning one chunk, yielded in order once the chunk is done.
  let pending: ReadEvent[] = [];
  const sink = (fields: string[], line: number, marks: number) => {
    if (marks & REPLACEMENT_MARK) {
      pending.push(problem({ kind: "invalid-utf8", file, line, message: "invalid UTF-8 bytes" }));
    }
    if (marks & NUL_MARK)
      pending.push(problem({ kind: "nul-byte", file, line, message: "a NUL byte (binary data?)" }));
    if (header === undefined) {
      header = fields;
      pending.push({ kind: "header", file, columns: header });
      pending.push(...headerProblems(file, line, header, delimiter));
      return;
    }
    if (fields.length !== header.length) {
      pending.push(
        problem({
          kind: "ragged-row",
          file,
          line,
          message: `the row has ${fields.length} field(s); the header has ${header.length}`,
        }),
      );
      return;
    }
    rowCount++;
    batch.push({ line, values: emptyToNull(fields) });
    if (batch.length >= batchSize) {
      pending.push({ kind: "rows", file, rows: batch });
      batch = [];
    }
  };
  const flush = (): ReadEvent[] => {
    const events = pending;
    pending = [];
    return events;
  };

  let stop: ScanStop | undefined;
  const bytes = await openBytes(file);
  try {
    for await (const chunk of bytes) {
      stop = scanner.push(decoder.write(chunk as Buffer), false, sink);
      yield* flush();
      if (stop) break;
    }
    stop ??= scanner.push(decoder.end(), true, sink);
    yield* flush();
  } catch (error) {
    yield* flush();
    if (batch.length > 0) yield { kind: "rows", file, rows: batch };
    batch = [];
    yield problem(unreadableFile(file, scanner.line, error));
    // The rest of the file is unknown: it is not said to be empty or a header only.
    return;
  } finally {
    bytes.destroy();
  }
  if (batch.length > 0) yield { kind: "rows", file, rows: batch };
  if (stop) yield problem(stopProblem(stop, file, maxRecordBytes));
  if (header === undefined) yield problem({ kind: "empty-file", file, message: "the file has no records" });
  else if (rowCount === 0) {
    yield problem({ kind: "header-only", file, line: 1, message: "the file has a header but no data rows" });
  }
}

/** The delimiter asked for, or the one TSV implies, or the one sniffed from the file's first bytes. */
export function csvDelimiter(head: Buffer, options: ReadOptions): string {
  if (options.delimiter !== undefined) return options.delimiter;
  if (options.format === "tsv") return "\t";
  return sniffDelimiter(head.toString("utf8").replace(/^\uFEFF/, ""));
}

export function headerProblems(file: string, line: number, header: string[], delimiter: string): ReadEvent[] {
  const events: ReadEvent[] = [];
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) duplicates.add(name);
    seen.add(name);
  }
  if (duplicates.size > 0) {
    const names = [...duplicates].map((name) => `'${name}'`).join(", ");
    events.push(
      problem({ kind: "duplicate-columns", file, line, message: `duplicate column name(s) ${names}` }),
    );
  }
  const other = header.length === 1 ? likelyDelimiter(header[0] ?? "", delimiter) : undefined;
  if (other !== undefined) {
    events.push(
      problem({
        kind: "wrong-delimiter",
        file,
        line,
        message: `the header is one column split by ${describeDelimiter(delimiter)} but contains ${describeDelimiter(other)}; set the delimiter input to ${describeDelimiter(other)}?`,
      }),
    );
  }
  return events;
}

export function stopProblem(stop: ScanStop, file: string, maxRecordBytes: number): FileProblem {
  if (stop.kind === "unterminated-quote") {
    return {
      kind: "unterminated-quote",
      file,
      line: stop.line,
      message: "a quoted field opened in this record never closes; the rest of the file was not read",
    };
  }
  return {
    kind: "record-too-long",
    file,
    line: stop.line,
    message: `the record is longer than ${formatBytes(maxRecordBytes)} (a quote that never closes?); the rest of the file was not read`,
  };
}

/** Empty fields become null, in place: the record array is ours and a copy per row is measurable. */
function emptyToNull(record: string[]): CellValue[] {
  const values: CellValue[] = record;
  for (let i = 0; i < values.length; i++) if (values[i] === "") values[i] = null;
  return values;
}

function problem(value: FileProblem): ReadEvent {
  return { kind: "problem", problem: value };
}
