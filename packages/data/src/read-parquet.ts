import { statSync } from "node:fs";
import type { FileMetaData } from "hyparquet";
import type { ArrowDictionary } from "./arrow-texts.ts";
import { ChunkBuffers } from "./chunk-buffers.ts";
import { type ChunkReading, type GroupPlan, planGroups } from "./parquet-chunk-plan.ts";
import type { DecodedColumn } from "./parquet-column.ts";
import type { DecodedRange, ParquetDecoder } from "./parquet-decoder.ts";
import { dictionaryRows, readDictionaryChunk } from "./parquet-dictionary-chunk.ts";
import { type FlatValues, flatRows, readFlatChunk } from "./parquet-flat-chunk.ts";
import { FlatColumn } from "./parquet-flat-column.ts";
import { readParquetFooter } from "./parquet-footer.ts";
import { topLevelNames } from "./parquet-null-counts.ts";
import { buildRows } from "./parquet-rows.ts";
import { DEFAULT_BATCH_SIZE, type ReadEvent, type ReadOptions } from "./reader-types.ts";

/**
 * Rows decoded at a time. The decoder reads one row group's column chunks (compressed) and decodes them
 * a batch of about this many rows at a time, so the decoded columns held at once stay bounded by it
 * rather than by the row group (pyarrow's default is 1,048,576 rows).
 */
export const PARQUET_RANGE_ROWS = 65_536;

/**
 * Reads a Parquet file with parquet-wasm (parquet-decoder.ts), only the columns asked for, one row group
 * at a time. Rows are built from the decoded
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
    if (event.kind === "column") throw new Error("internal: a column alone, not asked for (byColumn)");
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
 * position, the columns read as a dictionary and indices instead (see `ParquetColumnsOptions`). A column
 * is decoded by parquet-wasm, or read from its pages in JavaScript (`readsPages`).
 */
export type ParquetColumnsEvent =
  | Exclude<ReadEvent, { kind: "rows" }>
  | {
      kind: "columns";
      file: string;
      line: number;
      rows: number;
      columns: (DecodedColumn | undefined)[];
      nullCounts: ReadonlyMap<number, number>;
      dictionaries: ReadonlyMap<number, ArrowDictionary>;
      /** The positions whose values came before, in "column" events (`byColumn`): not in `columns`. */
      given: ReadonlySet<number>;
    }
  | ParquetColumnEvent;

/**
 * With `byColumn`: `rows` values, from row `line`, of the column at `position`, read from its pages
 * (`column`) or as its dictionary (`dictionary`). A row group's such columns come one after the other,
 * each range by range, before the group's "columns" events.
 */
export interface ParquetColumnEvent {
  kind: "column";
  file: string;
  line: number;
  rows: number;
  position: number;
  column?: DecodedColumn;
  dictionary?: ArrowDictionary;
}

export interface ParquetColumnsOptions extends Pick<ReadOptions, "columns">, ChunkReading {
  /** The file's footer, read with `readParquetFooter`, when the caller has it: it is not read again. */
  metadata?: FileMetaData;
  /**
   * Whether the columns read from their pages or as their dictionary come one at a time ("column"
   * events), each read into the memory of the one before (`ChunkBuffers`): for a consumer that checks
   * column by column. The others come in "columns" events after them. In a row group the decoder
   * cannot read to its end, those columns have been given whole.
   */
  byColumn?: boolean;
}

/**
 * `readParquet` by columns, `rangeRows` rows at a time (fewer at the end of a row group): for a consumer
 * that checks column by column and needs no row objects. How each column chunk is read follows
 * `planGroups`: counted from the footer's statistics, read as a dictionary, read from its pages in
 * JavaScript, or decoded by parquet-wasm; a chunk that JavaScript cannot read after all (an encoding
 * the footer did not tell, texts that are not UTF-8…) goes to the decoder. The decoder is loaded only
 * for a file that needs it, and then opened first, so that a file it cannot read is reported as before.
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
  const { countsNulls, takesDictionary, readsPages } = options;
  // The decoder does not expose the column statistics nor the pages: hyparquet reads the footer.
  const metadata =
    countsNulls || takesDictionary || readsPages
      ? (options.metadata ?? (await readParquetFooter(file).catch(() => undefined)))
      : undefined;
  const names = metadata && topLevelNames(metadata.schema);
  let plans =
    names && new Set(names).size === names.length
      ? planGroups(metadata as FileMetaData, wantedOf(names, options.columns), options)
      : undefined;
  let decoder: ParquetDecoder | undefined;
  if (!plans || plans.some((plan) => plan.decoded.length > 0)) {
    try {
      decoder = await openDecoder(file, size);
    } catch (error) {
      yield {
        kind: "problem",
        problem: { kind: "unreadable", file, message: `not a Parquet file: ${reason(error)}` },
      };
      return;
    }
  }
  const columns = decoder?.columns ?? (names as string[]);
  const wanted = wantedOf(columns, options.columns);
  if (decoder && (!plans || !sameNames(columns, names))) plans = decoderPlans(decoder, wanted);
  try {
    yield { kind: "header", file, columns };
    const buffers = options.byColumn ? new ChunkBuffers() : undefined;
    yield* readGroups(file, size, columns, plans as GroupPlan[], decoder, rangeRows, buffers);
  } finally {
    decoder?.free();
  }
}

function wantedOf(columns: readonly string[], asked: readonly string[] | undefined): string[] {
  return asked ? columns.filter((name) => asked.includes(name)) : [...columns];
}

function sameNames(a: readonly string[], b: readonly string[] | undefined): boolean {
  return b !== undefined && a.length === b.length && a.every((name, i) => name === b[i]);
}

/** Every wanted column decoded in every row group: for a file whose footer hyparquet cannot read. */
function decoderPlans(decoder: ParquetDecoder, wanted: readonly string[]): GroupPlan[] {
  return decoder.groupRows.map((rows) => ({
    rows,
    counted: new Map(),
    dictionaries: new Map(),
    flats: new Map(),
    decoded: [...wanted],
  }));
}

async function openDecoder(file: string, size: number): Promise<ParquetDecoder> {
  const { ParquetDecoder } = await import("./parquet-decoder.ts");
  return ParquetDecoder.open(file, size);
}

/**
 * The row groups' ranges, each group's chunks read as `plans` says; the decoder, when none was `opened`
 * and a chunk needs it, is opened then and freed at the end. With `buffers` (`byColumn`), the chunks
 * read from their pages or as their dictionary come first, one at a time, read into them.
 */
async function* readGroups(
  file: string,
  size: number,
  columns: readonly string[],
  plans: readonly GroupPlan[],
  opened: ParquetDecoder | undefined,
  rangeSize: number,
  buffers: ChunkBuffers | undefined,
): AsyncGenerator<ParquetColumnsEvent> {
  const late: { decoder?: ParquetDecoder } = {};
  const decoderFor = async (): Promise<ParquetDecoder> => {
    if (opened) return opened;
    if (!late.decoder) {
      late.decoder = await openDecoder(file, size);
      if (!sameNames(late.decoder.columns, columns)) throw new Error("the decoder reads other columns");
    }
    return late.decoder;
  };
  try {
    let groupStart = 0;
    for (const [group, plan] of plans.entries()) {
      const { rows } = plan;
      const positionOf = (name: string) => columns.indexOf(name);
      const decoded = [...plan.decoded];
      const given = new Set<number>();
      const dictionaries = new Map<number, ArrowDictionary>();
      for (const [name, shape] of plan.dictionaries) {
        const dictionary = shape.rows === rows ? await readDictionaryChunk(file, shape, buffers) : undefined;
        if (!dictionary) decoded.push(name);
        else if (!buffers) dictionaries.set(positionOf(name), dictionary);
        else {
          given.add(positionOf(name));
          yield* columnRanges(file, groupStart, rows, rangeSize, positionOf(name), (from, count) => ({
            dictionary: dictionaryRows(dictionary, from, count),
          }));
        }
      }
      const flats = new Map<number, FlatValues>();
      for (const [name, shape] of plan.flats) {
        const values = shape.rows === rows ? await readFlatChunk(file, shape, buffers) : undefined;
        if (!values) decoded.push(name);
        else if (!buffers) flats.set(positionOf(name), values);
        else {
          given.add(positionOf(name));
          yield* columnRanges(file, groupStart, rows, rangeSize, positionOf(name), (from, count) => ({
            column: new FlatColumn(flatRows(values, from, count)),
          }));
        }
      }
      let rangeStart = groupStart;
      try {
        const ranges =
          decoded.length > 0
            ? (await decoderFor()).ranges(group, rows, decoded, rangeSize)
            : undecodedRanges(rows, columns.length, rangeSize);
        for await (const range of ranges) {
          const from = rangeStart - groupStart;
          const nullCounts = new Map<number, number>();
          for (const [name, allNull] of plan.counted)
            nullCounts.set(positionOf(name), allNull ? range.rows : 0);
          const rangeDictionaries = new Map<number, ArrowDictionary>();
          for (const [position, dictionary] of dictionaries)
            rangeDictionaries.set(position, dictionaryRows(dictionary, from, range.rows));
          const rangeColumns: (DecodedColumn | undefined)[] = [...range.columns];
          for (const [position, values] of flats)
            rangeColumns[position] = new FlatColumn(flatRows(values, from, range.rows));
          yield {
            kind: "columns",
            file,
            line: rangeStart + 1,
            rows: range.rows,
            columns: rangeColumns,
            nullCounts,
            dictionaries: rangeDictionaries,
            given,
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
  } finally {
    late.decoder?.free();
  }
}

/** A row group's column, range by range: `values` gives a range's `column` or `dictionary`. */
function* columnRanges(
  file: string,
  groupStart: number,
  rows: number,
  rangeSize: number,
  position: number,
  values: (from: number, count: number) => Pick<ParquetColumnEvent, "column" | "dictionary">,
): Generator<ParquetColumnEvent> {
  for (let from = 0; from < rows; from += rangeSize) {
    const count = Math.min(rangeSize, rows - from);
    yield {
      kind: "column",
      file,
      line: groupStart + from + 1,
      rows: count,
      position,
      ...values(from, count),
    };
  }
}

/** A row group's ranges when no column of it is decoded: no decoded column, as many rows as it has. */
async function* undecodedRanges(
  rows: number,
  columns: number,
  rangeSize: number,
): AsyncGenerator<DecodedRange> {
  for (let start = 0; start < rows; start += rangeSize) {
    yield { rows: Math.min(rangeSize, rows - start), columns: new Array(columns).fill(undefined) };
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
