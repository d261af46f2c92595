import { CsvError, parse } from "csv-parse";
import { formatBytes } from "./format-bytes.ts";
import { countLineBreaks } from "./line-breaks.ts";
import { openBytes, readHead } from "./open-bytes.ts";
import {
  DEFAULT_BATCH_SIZE,
  DEFAULT_MAX_RECORD_BYTES,
  type FileProblem,
  type ReadEvent,
  type ReadOptions,
  type Row,
} from "./reader-types.ts";
import { describeDelimiter, likelyDelimiter, sniffDelimiter } from "./sniff-delimiter.ts";
import type { CellValue } from "./value.ts";

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/**
 * Streams a CSV or TSV file (maybe gzip-compressed) with csv-parse: RFC 4180 quoting, `""` escapes,
 * newlines inside quotes, CRLF, a BOM. The first record is the header; an empty field is null. Each
 * row's line is where its record starts: csv-parse's line count at the record's end, corrected for the
 * CRLFs inside quotes it counts as two lines, minus the line breaks inside the record's fields.
 * Problems with the file are yielded as events; a fatal one ends the file.
 */
export async function* readCsv(file: string, options: ReadOptions = {}): AsyncGenerator<ReadEvent> {
  const head = await readHead(file);
  if (head.length === 0) {
    yield problem({ kind: "empty-file", file, message: "the file is empty" });
    return;
  }
  const headText = head.toString("utf8").replace(/^\uFEFF/, "");
  const delimiter = options.delimiter ?? (options.format === "tsv" ? "\t" : sniffDelimiter(headText));
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  const parser = parse({
    bom: true,
    delimiter,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    record_delimiter: ["\r\n", "\n", "\r"],
    max_record_size: maxRecordBytes,
  });
  const bytes = await openBytes(file);
  bytes.on("error", (error) => parser.destroy(error));
  bytes.pipe(parser);

  let endLine = 0;
  let doubleCounted = 0;
  let recordLine = 1;
  let header: string[] | undefined;
  let rowCount = 0;
  let batch: Row[] = [];
  try {
    for await (const { record, info } of parser as AsyncIterable<ParsedRecord>) {
      const scan = scanFields(record);
      doubleCounted += scan.crlf;
      endLine = info.lines - doubleCounted;
      recordLine = endLine - scan.lineBreaks;
      if (scan.replacement) {
        yield problem({ kind: "invalid-utf8", file, line: recordLine, message: "invalid UTF-8 bytes" });
      }
      if (scan.nul) {
        yield problem({ kind: "nul-byte", file, line: recordLine, message: "a NUL byte (binary data?)" });
      }
      if (header === undefined) {
        header = record;
        yield { kind: "header", file, columns: header };
        yield* headerProblems(file, recordLine, header, delimiter);
        continue;
      }
      if (record.length !== header.length) {
        yield problem({
          kind: "ragged-row",
          file,
          line: recordLine,
          message: `the row has ${record.length} field(s); the header has ${header.length}`,
        });
        continue;
      }
      rowCount++;
      batch.push({ line: recordLine, values: emptyToNull(record) });
      if (batch.length >= batchSize) {
        yield { kind: "rows", file, rows: batch };
        batch = [];
      }
    }
  } catch (error) {
    if (batch.length > 0) yield { kind: "rows", file, rows: batch };
    batch = [];
    yield problem(fatalProblem(error, file, endLine + 1, maxRecordBytes));
  } finally {
    bytes.destroy();
  }
  if (batch.length > 0) yield { kind: "rows", file, rows: batch };
  if (header === undefined) yield problem({ kind: "empty-file", file, message: "the file has no records" });
  else if (rowCount === 0) {
    yield problem({ kind: "header-only", file, line: 1, message: "the file has a header but no data rows" });
  }
}

function* headerProblems(
  file: string,
  line: number,
  header: string[],
  delimiter: string,
): Generator<ReadEvent> {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) duplicates.add(name);
    seen.add(name);
  }
  if (duplicates.size > 0) {
    const names = [...duplicates].map((name) => `'${name}'`).join(", ");
    yield problem({ kind: "duplicate-columns", file, line, message: `duplicate column name(s) ${names}` });
  }
  const other = header.length === 1 ? likelyDelimiter(header[0] ?? "", delimiter) : undefined;
  if (other !== undefined) {
    yield problem({
      kind: "wrong-delimiter",
      file,
      line,
      message: `the header is one column split by ${describeDelimiter(delimiter)} but contains ${describeDelimiter(other)}; set the delimiter input to ${describeDelimiter(other)}?`,
    });
  }
}

function fatalProblem(error: unknown, file: string, line: number, maxRecordBytes: number): FileProblem {
  const code = error instanceof CsvError ? error.code : undefined;
  if (code === "CSV_QUOTE_NOT_CLOSED") {
    return {
      kind: "unterminated-quote",
      file,
      line,
      message: "a quoted field opened in this record never closes; the rest of the file was not read",
    };
  }
  if (code === "CSV_MAX_RECORD_SIZE") {
    return {
      kind: "record-too-long",
      file,
      line,
      message: `the record is longer than ${formatBytes(maxRecordBytes)} (a quote that never closes?); the rest of the file was not read`,
    };
  }
  if (error instanceof CsvError) {
    const reason = error.message.replace(/ at line \d+.*$/, "").replace(/\.$/, "");
    return { kind: "malformed-csv", file, line, message: `${reason}; the rest of the file was not read` };
  }
  const reason = error instanceof Error ? error.message : String(error);
  return { kind: "unreadable", file, line, message: `cannot read the file: ${reason}` };
}

/** What the reader must know about a record's fields, in one pass over them. */
function scanFields(fields: readonly string[]): {
  lineBreaks: number;
  crlf: number;
  replacement: boolean;
  nul: boolean;
} {
  let lineBreaks = 0;
  let crlf = 0;
  let replacement = false;
  let nul = false;
  for (const field of fields) {
    if (field.indexOf("\n") !== -1 || field.indexOf("\r") !== -1) {
      lineBreaks += countLineBreaks(field);
      crlf += field.split("\r\n").length - 1;
    }
    if (field.indexOf("\uFFFD") !== -1) replacement = true;
    if (field.indexOf("\0") !== -1) nul = true;
  }
  return { lineBreaks, crlf, replacement, nul };
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
