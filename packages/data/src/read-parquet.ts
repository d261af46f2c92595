import { statSync } from "node:fs";
import type { Data, Field, RecordBatch } from "apache-arrow";
import type { FileMetaData } from "hyparquet";
import {
  ParquetFile,
  type RecordBatch as WasmRecordBatch,
  type Schema as WasmSchema,
} from "parquet-wasm/node";
import type { ArrowDictionary } from "./arrow-texts.ts";
import { ParquetColumn } from "./parquet-column.ts";
import { dictionaryChunkShape, dictionaryRows, readDictionaryChunk } from "./parquet-dictionary-chunk.ts";
import { copiedColumns, copiesColumns, schemaFields } from "./parquet-ffi-batch.ts";
import { FileBlob } from "./parquet-file-blob.ts";
import { readParquetFooter } from "./parquet-footer.ts";
import { nullCountsOf } from "./parquet-null-counts.ts";
import { buildRows } from "./parquet-rows.ts";
import { untilTrap } from "./parquet-trap.ts";
import { RangeBuffers, type RangeLease } from "./range-buffers.ts";
import { DEFAULT_BATCH_SIZE, type ReadEvent, type ReadOptions } from "./reader-types.ts";

/**
 * Rows decoded at a time. The decoder reads one row group's column chunks (compressed) and decodes them
 * a batch of about this many rows at a time, so the decoded columns held at once stay bounded by it
 * rather than by the row group (pyarrow's default is 1,048,576 rows).
 */
export const PARQUET_RANGE_ROWS = 65_536;

/**
 * Reads a Parquet file with parquet-wasm (the Rust `parquet` crate compiled to WebAssembly: every codec,
 * data pages v1 and v2, nested columns), only the columns asked for, one row group at a time, read from the
 * file as a Blob so that memory follows the row group, not the file. Rows are built from the decoded
 * columns one batch at a time; a row's `line` is its 1-based row number. `rangeRows` (rounded to whole
 * batches) is how many rows are decoded at once.
 */
export async function* readParquet(
  file: string,
  options: ReadOptions = {},
  rangeRows = PARQUET_RANGE_ROWS,
): AsyncGenerator<ReadEvent> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const rangeSize = Math.max(1, Math.floor(rangeRows / batchSize)) * batchSize;
  // Every value is read (no null counts asked for): a row needs them all.
  for await (const event of readParquetColumns(file, { columns: options.columns }, rangeSize)) {
    if (event.kind !== "columns") {
      yield event;
      continue;
    }
    for (let from = 0; from < event.rows; from += batchSize) {
      const count = Math.min(batchSize, event.rows - from);
      const cells = event.columns.map((column) => column?.cells());
      yield { kind: "rows", file, rows: buildRows(cells, from, count, event.line + from) };
    }
  }
}

/**
 * A Parquet reader's output, by columns: the header, then `rows` rows from row `line` (1-based),
 * `columns[position]` for each column read (by its position in the header; undefined for the others),
 * with problems between. `nullCounts`: by position, how many of the `rows` values are null in each
 * column counted instead of decoded (see `ParquetColumnsOptions`; undefined in `columns`): none or all.
 * A range's columns, and the arrays they give, are read before the next event is asked for: the next
 * range of a row group may be decoded into their memory (a column read then throws). `dictionaries`: by
 * position, the columns read as a dictionary and indices instead (see `ParquetColumnsOptions`).
 */
export type ParquetColumnsEvent =
  | Exclude<ReadEvent, { kind: "rows" }>
  | {
      kind: "columns";
      file: string;
      line: number;
      rows: number;
      columns: (ParquetColumn | undefined)[];
      nullCounts: ReadonlyMap<number, number>;
      dictionaries: ReadonlyMap<number, ArrowDictionary>;
    };

export interface ParquetColumnsOptions extends Pick<ReadOptions, "columns"> {
  /**
   * Whether the consumer needs no more of a column than how many of its values are null: such a column
   * is counted instead of decoded in a row group whose metadata tells it holds no null or only nulls
   * (see `nullCountsOf`), which holds for each range of its rows.
   */
  countsNulls?: (field: Field) => boolean;
  /**
   * Whether the consumer takes a column as its dictionary and an index a row (`ArrowDictionary`; texts,
   * or doubles when `numeric`): a text or number column chunk whose pages are all dictionary-encoded is
   * then read so, with hyparquet's page readers, instead of each row's value being decoded (see
   * `decodeDictionaryChunk`); the decoder reads any other chunk of it.
   */
  takesDictionary?: (field: Field, numeric: boolean) => boolean;
  /** The file's footer, read with `readParquetFooter`, when the caller has it: it is not read again. */
  metadata?: FileMetaData;
}

/**
 * `readParquet` by columns, `rangeRows` rows at a time (fewer at the end of a row group): for a consumer
 * that checks column by column and needs no row objects.
 */
export async function* readParquetColumns(
  file: string,
  options: ParquetColumnsOptions = {},
  rangeRows = PARQUET_RANGE_ROWS,
): AsyncGenerator<ParquetColumnsEvent> {
  // Synchronous, as the slice reads (parquet-file-blob.ts): a dataset of many files waited for each.
  const { size } = statSync(file);
  if (size === 0) {
    yield { kind: "problem", problem: { kind: "empty-file", file, message: "the file is empty" } };
    return;
  }
  let parquet: ParquetFile;
  try {
    // Typed as a Blob, used as one: see FileBlob.
    parquet = await ParquetFile.fromFile(new FileBlob(file, 0, size) as unknown as Blob);
  } catch (error) {
    yield {
      kind: "problem",
      problem: { kind: "unreadable", file, message: `not a Parquet file: ${reason(error)}` },
    };
    return;
  }
  try {
    yield* readOpened(file, parquet, options, rangeRows);
  } finally {
    parquet.free();
  }
}

async function* readOpened(
  file: string,
  parquet: ParquetFile,
  options: ParquetColumnsOptions,
  rangeSize: number,
): AsyncGenerator<ParquetColumnsEvent> {
  const fields = schemaFields(parquet.schema()) ?? (await ipcFields(parquet.schema()));
  const allColumns = fields.map((field) => field.name);
  const wanted = options.columns ? allColumns.filter((name) => options.columns?.includes(name)) : allColumns;
  const { countsNulls, takesDictionary } = options;
  // The decoder does not expose the column statistics nor the pages: hyparquet reads the footer again.
  const metadata =
    countsNulls || takesDictionary
      ? (options.metadata ?? (await readParquetFooter(file).catch(() => undefined)))
      : undefined;
  const nullCounts = countsNulls && metadata ? nullCountsOf(metadata) : [];
  yield { kind: "header", file, columns: allColumns };
  const groupRows = parquet
    .metadata()
    .rowGroups()
    .map((group) => group.numRows());
  // One set for the whole file: a row group's ranges take over the previous group's memory as well.
  const buffers = new RangeBuffers();
  let groupStart = 0;
  for (const [group, rows] of groupRows.entries()) {
    let rangeStart = groupStart;
    // The positions counted, each with whether every value is null (else none is).
    const counted = new Map<number, boolean>();
    const decoded: string[] = [];
    for (const name of wanted) {
      const position = allColumns.indexOf(name);
      const nulls = nullCounts[group]?.get(name);
      // A count between none and all does not tell which ranges hold the nulls (nor how many of them a
      // read stopped within the row group by a corrupt page has gone through).
      const exact = nulls === 0 || nulls === rows;
      if (nulls !== undefined && exact && countsNulls?.(fields[position] as Field))
        counted.set(position, nulls > 0);
      else decoded.push(name);
    }
    const dictionaries = new Map<number, ArrowDictionary>();
    for (const name of takesDictionary && metadata ? [...decoded] : []) {
      const position = allColumns.indexOf(name);
      const shape = dictionaryChunkShape(metadata as FileMetaData, group, name);
      if (!shape || !takesDictionary?.(fields[position] as Field, shape.numeric)) continue;
      const dictionary = shape.rows === rows ? await readDictionaryChunk(file, shape) : undefined;
      if (!dictionary) continue;
      dictionaries.set(position, dictionary);
      decoded.splice(decoded.indexOf(name), 1);
    }
    try {
      const ranges = decodedRanges(parquet, group, rows, decoded, allColumns, rangeSize, buffers);
      for await (const range of ranges) {
        const nullCounts = new Map<number, number>();
        for (const [position, allNull] of counted) nullCounts.set(position, allNull ? range.rows : 0);
        const line = rangeStart + 1;
        const rangeDictionaries = new Map<number, ArrowDictionary>();
        for (const [position, dictionary] of dictionaries)
          rangeDictionaries.set(position, dictionaryRows(dictionary, rangeStart - groupStart, range.rows));
        yield {
          kind: "columns",
          file,
          line,
          rows: range.rows,
          columns: range.columns,
          nullCounts,
          dictionaries: rangeDictionaries,
        };
        rangeStart += range.rows;
      }
    } catch (error) {
      const rangeEnd = Math.min(groupStart + rows, rangeStart + rangeSize);
      const message = `cannot read rows ${rangeStart + 1}-${rangeEnd}: ${reason(error)}`;
      yield { kind: "problem", problem: { kind: "unreadable", file, line: rangeStart + 1, message } };
      return;
    }
    groupStart += rows;
  }
  if (groupStart === 0) {
    yield {
      kind: "problem",
      problem: { kind: "header-only", file, message: "the file has columns but no rows" },
    };
  }
}

/** A range of decoded rows: `columns[position]` for each column read, in file order. */
interface DecodedRange {
  rows: number;
  columns: (ParquetColumn | undefined)[];
}

/**
 * Decodes the columns `wanted` of one row group, `rangeSize` rows at a time. When each is of a type copied
 * out of the decoder's memory (`copiesColumns`), a range's columns are copied into `buffers`, which the
 * next range takes over (of this row group or the next); else each batch goes through Arrow IPC.
 */
async function* decodedRanges(
  parquet: ParquetFile,
  group: number,
  rows: number,
  wanted: readonly string[],
  allColumns: readonly string[],
  rangeSize: number,
  buffers: RangeBuffers,
): AsyncGenerator<DecodedRange> {
  if (wanted.length === 0) {
    // Nothing to decode: rows of nulls, as many as the row group has.
    for (let start = 0; start < rows; start += rangeSize) {
      yield { rows: Math.min(rangeSize, rows - start), columns: allColumns.map(() => undefined) };
    }
    return;
  }
  // Decided before the stream starts: exporting a batch consumes it.
  const copies = copiesColumns(parquet.schema(), wanted);
  // apache-arrow's IPC reader, loaded only for the columns that need it.
  const ipc = copies ? undefined : await import("apache-arrow");
  const stream = await untilTrap(
    parquet.stream({ rowGroups: [group], batchSize: rangeSize, columns: [...wanted] }),
  );
  const reader = stream.getReader() as ReadableStreamDefaultReader<WasmRecordBatch>;
  let ended = false;
  try {
    for (;;) {
      const next = await untilTrap(reader.read());
      if (next.done) {
        ended = true;
        return;
      }
      if (ipc === undefined) {
        const rows = next.value.numRows;
        const lease = buffers.startRange();
        yield { rows, columns: namedColumns(copiedColumns(next.value, buffers), allColumns, lease) };
        continue;
      }
      for (const batch of ipc.tableFromIPC(next.value.intoIPCStream()).batches) {
        yield { rows: batch.numRows, columns: batchColumns(batch, allColumns) };
      }
    }
  } finally {
    // After a trap the read is still pending inside the decoder: let go of the stream without waiting.
    // An ended stream needs no release, and Node's first release builds its error message in a new
    // context (`vm.runInNewContext`, ~5 ms of a thread's CPU).
    if (!ended) reader.releaseLock();
  }
}

/** The fields of a file of `schema` (consumed) through Arrow IPC, apache-arrow's IPC reader loaded now. */
async function ipcFields(schema: WasmSchema): Promise<Field[]> {
  const { tableFromIPC } = await import("apache-arrow");
  return tableFromIPC(schema.intoIPCStream()).schema.fields;
}

function batchColumns(batch: RecordBatch, allColumns: readonly string[]): (ParquetColumn | undefined)[] {
  const named = batch.schema.fields.map((field, index) => ({
    name: field.name,
    data: batch.data.children[index],
  }));
  return namedColumns(named, allColumns);
}

/** Each column at its position in the file (the first of that name), undefined where none was read. */
function namedColumns(
  named: readonly { name: string; data: Data | undefined }[],
  allColumns: readonly string[],
  lease?: RangeLease,
): (ParquetColumn | undefined)[] {
  const columns = allColumns.map((): ParquetColumn | undefined => undefined);
  for (const { name, data } of named) {
    const position = allColumns.indexOf(name);
    if (data && position >= 0 && !columns[position]) columns[position] = new ParquetColumn(data, lease);
  }
  return columns;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
