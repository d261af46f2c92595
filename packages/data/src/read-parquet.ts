import { type AsyncBuffer, type FileMetaData, parquetMetadataAsync, parquetRead } from "hyparquet";
import { compressors } from "hyparquet-compressors";
import { ParquetFileBuffer } from "./parquet-file-buffer.ts";
import { buildRows, type ColumnRun, DecodedColumn } from "./parquet-rows.ts";
import { isDateColumn, isNestedColumn, topLevelColumns } from "./parquet-schema.ts";
import { DEFAULT_BATCH_SIZE, type ReadEvent, type ReadOptions } from "./reader-types.ts";

/**
 * Rows decoded at a time. hyparquet decodes only the pages a row range touches (pyarrow writes at most
 * 20,000 rows a page), so a row group is read in ranges of about this many rows and the decoded columns
 * held at once stay bounded by it rather than by the row group (pyarrow's default is 1,048,576 rows).
 * Each range decodes its columns' dictionary pages again: smaller ranges cost more time. Nested columns
 * (lists, structs) are decoded whole, once per row group, since hyparquet cannot skip their pages.
 */
export const PARQUET_RANGE_ROWS = 65_536;

/**
 * Reads a Parquet file with hyparquet (snappy, gzip, zstd, brotli, lz4 through hyparquet-compressors),
 * column by column and only the columns asked for, a range of rows of one row group at a time; rows are
 * built from the decoded columns one batch at a time. A row's `line` is its 1-based row number.
 * `rangeRows` (rounded to whole batches) is how many rows are decoded at once.
 */
export async function* readParquet(
  file: string,
  options: ReadOptions = {},
  rangeRows = PARQUET_RANGE_ROWS,
): AsyncGenerator<ReadEvent> {
  const buffer = await ParquetFileBuffer.open(file);
  try {
    yield* readOpened(file, buffer, options, rangeRows);
  } finally {
    await buffer.close();
  }
}

async function* readOpened(
  file: string,
  buffer: ParquetFileBuffer,
  options: ReadOptions,
  rangeRows: number,
): AsyncGenerator<ReadEvent> {
  if (buffer.byteLength === 0) {
    yield { kind: "problem", problem: { kind: "empty-file", file, message: "the file is empty" } };
    return;
  }
  let metadata: FileMetaData;
  try {
    metadata = await parquetMetadataAsync(buffer);
  } catch (error) {
    yield {
      kind: "problem",
      problem: { kind: "unreadable", file, message: `not a Parquet file: ${reason(error)}` },
    };
    return;
  }
  const allColumns = topLevelColumns(metadata);
  const wanted = options.columns ? allColumns.filter((name) => options.columns?.includes(name)) : allColumns;
  yield { kind: "header", file, columns: allColumns };
  const columns = new Map(
    wanted.map((name) => [name, new DecodedColumn(allColumns.indexOf(name), isDateColumn(metadata, name))]),
  );
  const decoded = [...columns.values()];
  const nested = wanted.filter((name) => isNestedColumn(metadata, name));
  const flat = wanted.filter((name) => !nested.includes(name));
  const decode = (names: string[], rowStart: number, rowEnd: number) =>
    readColumns(buffer, metadata, names, rowStart, rowEnd, (name, run) => columns.get(name)?.add(run));
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const rangeSize = Math.max(1, Math.floor(rangeRows / batchSize)) * batchSize;
  let groupStart = 0;
  for (const group of metadata.row_groups) {
    const groupEnd = groupStart + Number(group.num_rows);
    for (const column of decoded) column.clear();
    for (let rangeStart = groupStart; rangeStart < groupEnd; rangeStart += rangeSize) {
      const rangeEnd = Math.min(groupEnd, rangeStart + rangeSize);
      for (const name of flat) columns.get(name)?.clear();
      try {
        if (rangeStart === groupStart) await decode(nested, groupStart, groupEnd);
        await decode(flat, rangeStart, rangeEnd);
      } catch (error) {
        const message = `cannot read rows ${rangeStart + 1}-${rangeEnd}: ${reason(error)}`;
        yield { kind: "problem", problem: { kind: "unreadable", file, line: rangeStart + 1, message } };
        return;
      }
      for (let from = rangeStart; from < rangeEnd; from += batchSize) {
        const rows = buildRows(decoded, allColumns.length, from, Math.min(rangeEnd, from + batchSize));
        yield { kind: "rows", file, rows };
      }
    }
    for (const column of decoded) column.clear();
    buffer.forget();
    groupStart = groupEnd;
  }
  if (groupStart === 0) {
    yield {
      kind: "problem",
      problem: { kind: "header-only", file, message: "the file has columns but no rows" },
    };
  }
}

/** Decodes rows `rowStart` to `rowEnd` (0-based) of the columns `names`, giving each decoded run to `onRun`. */
async function readColumns(
  file: AsyncBuffer,
  metadata: FileMetaData,
  names: string[],
  rowStart: number,
  rowEnd: number,
  onRun: (name: string, run: ColumnRun) => void,
): Promise<void> {
  if (names.length === 0) return;
  await parquetRead({
    file,
    metadata,
    columns: names,
    rowStart,
    rowEnd,
    compressors,
    onChunk: ({ columnName, columnData, rowStart: start }) =>
      onRun(columnName, { rowStart: start, values: columnData }),
  });
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
