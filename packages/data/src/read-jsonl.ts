import { isUtf8 } from "node:buffer";
import { formatBytes } from "./format-bytes.ts";
import { openBytes } from "./open-bytes.ts";
import {
  DEFAULT_BATCH_SIZE,
  DEFAULT_MAX_RECORD_BYTES,
  type FileProblem,
  type ReadEvent,
  type ReadOptions,
  type Row,
  unreadableFile,
} from "./reader-types.ts";
import { splitLines } from "./split-lines.ts";
import type { CellValue } from "./value.ts";

/**
 * Streams a JSON Lines file (maybe gzip-compressed): one object per line, blank lines skipped. The
 * columns are the keys in order of first appearance; when a new key appears a new `header` event
 * extends the list, and a row without a key has null there. Nested values become JSON text.
 */
export async function* readJsonl(file: string, options: ReadOptions = {}): AsyncGenerator<ReadEvent> {
  const maxBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const columns: string[] = [];
  const index = new Map<string, number>();
  let batch: Row[] = [];
  let rows = 0;
  let sawContent = false;
  let lastLine = 0;
  const bytes = await openBytes(file);
  try {
    for await (const item of splitLines(bytes, maxBytes)) {
      sawContent = true;
      lastLine = item.line;
      if (item.tooLong) {
        yield problem({
          kind: "record-too-long",
          file,
          line: item.line,
          message: `the line is longer than ${formatBytes(maxBytes)}`,
        });
        continue;
      }
      const text = item.bytes.toString("utf8").replace(/^\uFEFF/, "");
      if (text.trim() === "") continue;
      if (!isUtf8(item.bytes))
        yield problem({ kind: "invalid-utf8", file, line: item.line, message: "invalid UTF-8 bytes" });
      if (item.bytes.includes(0)) {
        yield problem({ kind: "nul-byte", file, line: item.line, message: "a NUL byte (binary data?)" });
      }
      const result = parseLine(text);
      if (!result.ok) {
        yield problem({ kind: "invalid-json", file, line: item.line, message: result.reason });
        continue;
      }
      const parsed = result.value;
      if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
        yield problem({
          kind: "not-an-object",
          file,
          line: item.line,
          message: "the line is JSON but not an object",
        });
        continue;
      }
      const values: CellValue[] = new Array(columns.length).fill(null);
      let grew = false;
      for (const [key, value] of Object.entries(parsed)) {
        let at = index.get(key);
        if (at === undefined) {
          at = columns.length;
          columns.push(key);
          index.set(key, at);
          grew = true;
        }
        values[at] = toCell(value);
      }
      if (grew) {
        if (batch.length > 0) yield { kind: "rows", file, rows: batch };
        batch = [];
        yield { kind: "header", file, columns: [...columns] };
      }
      rows++;
      batch.push({ line: item.line, values });
      if (batch.length >= batchSize) {
        yield { kind: "rows", file, rows: batch };
        batch = [];
      }
    }
  } catch (error) {
    if (batch.length > 0) yield { kind: "rows", file, rows: batch };
    yield problem(unreadableFile(file, lastLine + 1, error));
    // The rest of the file is unknown: it is not said to be empty.
    return;
  } finally {
    bytes.destroy();
  }
  if (batch.length > 0) yield { kind: "rows", file, rows: batch };
  if (!sawContent) yield problem({ kind: "empty-file", file, message: "the file is empty" });
  else if (rows === 0 && columns.length === 0) {
    yield problem({ kind: "empty-file", file, message: "the file has no JSON objects" });
  }
}

function parseLine(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `invalid JSON: ${reason}` };
  }
}

function toCell(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return JSON.stringify(value);
}

function problem(value: FileProblem): ReadEvent {
  return { kind: "problem", problem: value };
}
