import { asyncBufferFromFile, type FileMetaData, parquetMetadataAsync, parquetRead } from "hyparquet";
import { compressors } from "hyparquet-compressors";
import { DEFAULT_BATCH_SIZE, type ReadEvent, type ReadOptions, type Row } from "./reader-types.ts";
import type { CellValue } from "./value.ts";

/**
 * Reads a Parquet file with hyparquet (snappy, gzip, zstd, brotli, lz4 through hyparquet-compressors),
 * one row group at a time and only the columns asked for. A row's `line` is its 1-based row number.
 */
export async function* readParquet(file: string, options: ReadOptions = {}): AsyncGenerator<ReadEvent> {
  let metadata: FileMetaData;
  const buffer = await asyncBufferFromFile(file);
  if (buffer.byteLength === 0) {
    yield { kind: "problem", problem: { kind: "empty-file", file, message: "the file is empty" } };
    return;
  }
  try {
    metadata = await parquetMetadataAsync(buffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    yield {
      kind: "problem",
      problem: { kind: "unreadable", file, message: `not a Parquet file: ${reason}` },
    };
    return;
  }
  const allColumns = topLevelColumns(metadata);
  const wanted = options.columns ? allColumns.filter((name) => options.columns?.includes(name)) : allColumns;
  yield { kind: "header", file, columns: allColumns };
  const dateColumns = new Set(wanted.filter((name) => isDateColumn(metadata, name)));
  const positions = wanted.map((name) => allColumns.indexOf(name));
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    let rows: unknown[][] = [];
    try {
      await parquetRead({
        file: buffer,
        metadata,
        columns: wanted,
        rowStart,
        rowEnd,
        compressors,
        onComplete: (data: unknown[][]) => {
          rows = data;
        },
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const message = `cannot read rows ${rowStart + 1}-${rowEnd}: ${reason}`;
      yield { kind: "problem", problem: { kind: "unreadable", file, line: rowStart + 1, message } };
      return;
    }
    let batch: Row[] = [];
    rows.forEach((values, offset) => {
      const cells: CellValue[] = new Array(allColumns.length).fill(null);
      positions.forEach((position, i) => {
        cells[position] = toCell(values[i], dateColumns.has(wanted[i] ?? ""));
      });
      batch.push({ line: rowStart + offset + 1, values: cells });
    });
    while (batch.length > 0) {
      yield { kind: "rows", file, rows: batch.slice(0, batchSize) };
      batch = batch.slice(batchSize);
    }
    rowStart = rowEnd;
  }
  if (rowStart === 0) {
    yield {
      kind: "problem",
      problem: { kind: "header-only", file, message: "the file has columns but no rows" },
    };
  }
}

function topLevelColumns(metadata: FileMetaData): string[] {
  const [root, ...elements] = metadata.schema;
  const names: string[] = [];
  let index = 0;
  for (let child = 0; child < (root?.num_children ?? 0); child++) {
    const element = elements[index];
    if (!element) break;
    names.push(element.name);
    index += 1 + descendantCount(elements, index);
  }
  return names;
}

function descendantCount(elements: FileMetaData["schema"], at: number): number {
  const children = elements[at]?.num_children ?? 0;
  let count = 0;
  for (let child = 0; child < children; child++) {
    count += 1 + descendantCount(elements, at + count + 1);
  }
  return count;
}

function isDateColumn(metadata: FileMetaData, name: string): boolean {
  const element = metadata.schema.find((candidate) => candidate.name === name);
  return element?.converted_type === "DATE" || element?.logical_type?.type === "DATE";
}

function toCell(value: unknown, isDate: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return isDate ? value.toISOString().slice(0, 10) : value.toISOString();
  return JSON.stringify(value, (_key, inner: unknown) => (typeof inner === "bigint" ? Number(inner) : inner));
}
