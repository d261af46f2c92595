import { isUtf8 } from "node:buffer";
import type { FileMetaData } from "hyparquet";
import type { ArrowTexts } from "./arrow-texts.ts";
import type { ChunkBuffers } from "./chunk-buffers.ts";
import { int64Doubles } from "./int64-doubles.ts";
import type { ArrowNumbers } from "./parquet-cells.ts";
import {
  type Compressors,
  chunkPages,
  compressorsFor,
  type DataPageValues,
  dataPageValues,
  dictionaryPageBytes,
  type FlatChunk,
  flatChunkOf,
  readChunkBytes,
  readIndices,
} from "./parquet-chunk-pages.ts";

/**
 * The most rows of a chunk read whole this way: its values are held for the whole row group (8 bytes a
 * number or a text's range, 64 MiB here, as the dictionary reader's indices at its limit). Larger row
 * groups (Spark and Polars cut them by size) go to the decoder, which holds its 65,536-row ranges but
 * also the group's compressed chunks and its own memory: a 4M-row group of the bench's columns took
 * 717 ms and 356 MiB there, 341 ms and 270 MiB read this way (8M rows: 1,397 ms and 573 MiB, against
 * 907 ms and 420 MiB).
 */
const MAX_ROWS = 1 << 23;

/** The most bytes of a text chunk's values, uncompressed, read this way. */
const MAX_TEXT_BYTES = 64 << 20;

/**
 * A flat chunk (`flatChunkOf`) of row group `group` that `decodeFlatChunk` may read: at most `MAX_ROWS`
 * rows (and `MAX_TEXT_BYTES` for texts), and no data page the metadata says is encoded otherwise than
 * PLAIN or with the dictionary. Undefined for any other chunk.
 */
export function flatChunkShape(metadata: FileMetaData, group: number, name: string): FlatChunk | undefined {
  const chunk = flatChunkOf(metadata, group, name, MAX_ROWS);
  if (!chunk) return undefined;
  if (!chunk.numeric && Number(chunk.meta.total_uncompressed_size) > MAX_TEXT_BYTES) return undefined;
  const otherPages = chunk.meta.encoding_stats?.some(
    ({ page_type, encoding }) => page_type.startsWith("DATA_PAGE") && !READ_ENCODINGS.has(encoding),
  );
  return otherPages ? undefined : chunk;
}

const READ_ENCODINGS = new Set(["PLAIN", "RLE_DICTIONARY", "PLAIN_DICTIONARY"]);

/** A flat chunk's values, row by row: numbers as doubles, or texts as UTF-8. */
export type FlatValues = { numbers: ArrowNumbers } | { texts: ArrowTexts };

/**
 * A flat chunk's values read from its pages in JavaScript (PLAIN and dictionary-encoded data pages v1
 * and v2, nulls from their definition levels): numbers as doubles (an int64 as the nearest double, as
 * `int64Doubles` gives the decoder's), texts as their UTF-8 bytes and offsets. What the decoder's column
 * gives through `ParquetColumn.numbers()` and `texts()`, value for value.
 *
 * Undefined, for the decoder to read the chunk instead, when it is anything else: another encoding, an
 * index past the dictionary, texts that are not UTF-8 or hold a NUL, pages that do not add up to the
 * chunk's rows, or bytes that cannot be read as pages.
 */
export function decodeFlatChunk(
  bytes: Uint8Array,
  chunk: FlatChunk,
  compressors?: Compressors,
  buffers?: ChunkBuffers,
): FlatValues | undefined {
  try {
    return chunk.numeric
      ? decodeNumbers(bytes, chunk, compressors, buffers)
      : decodeTexts(bytes, chunk, compressors, buffers);
  } catch {
    return undefined;
  }
}

/**
 * `decodeFlatChunk` of the chunk's bytes, read from `file`; undefined when they cannot be read. With
 * `buffers`, the values are views of them, valid until their next read.
 */
export async function readFlatChunk(
  file: string,
  chunk: FlatChunk,
  buffers?: ChunkBuffers,
): Promise<FlatValues | undefined> {
  const bytes = readChunkBytes(file, chunk, buffers);
  return bytes && decodeFlatChunk(bytes, chunk, await compressorsFor(chunk), buffers);
}

/** Rows `from` to `from + count` (excluded) of a chunk read whole. */
export function flatRows(values: FlatValues, from: number, count: number): FlatValues {
  if ("numbers" in values) {
    const { values: doubles, present } = values.numbers;
    return {
      numbers: {
        values: doubles.subarray(from, from + count),
        present: present?.subarray(from, from + count),
      },
    };
  }
  const { bytes, starts, ends, present } = values.texts;
  const to = from + count;
  return {
    texts: {
      bytes,
      starts: starts.subarray(from, to),
      ends: ends.subarray(from, to),
      present: present?.subarray(from, to),
    },
  };
}

function decodeNumbers(
  bytes: Uint8Array,
  chunk: FlatChunk,
  compressors: Compressors,
  buffers: ChunkBuffers | undefined,
): FlatValues | undefined {
  const { rows, decoder } = chunk;
  const type = decoder.type;
  const doubles = buffers ? buffers.doubles(rows) : new Float64Array(rows);
  let present: Uint8Array | undefined;
  let entries: Float64Array | undefined;
  let indices: Int32Array | undefined;
  let row = 0;
  for (const page of chunkPages(bytes, rows)) {
    if (page.header.type === "DICTIONARY_PAGE") {
      const count = page.header.dictionary_page_header?.num_values ?? 0;
      if (entries !== undefined) return undefined;
      entries = plainNumbers(dictionaryPageBytes(page, decoder, compressors), 0, type, count);
      continue;
    }
    const values = dataPageValues(page, decoder, compressors);
    if (values === undefined || row + values.count > rows) return undefined;
    const { defined } = values;
    const target =
      values.levels === undefined ? doubles.subarray(row, row + defined) : new Float64Array(defined);
    if (values.dictionary) {
      if (entries === undefined) return undefined;
      indices = pageIndices(values, indices);
      if (!expandNumbers(entries, indices, defined, target)) return undefined;
    } else {
      plainNumbers(values.data, values.at, type, defined, target);
    }
    if (values.levels !== undefined) {
      present ??= new Uint8Array(rows).fill(1);
      scatterNumbers(target, values.levels, doubles, present, row);
    }
    row += values.count;
  }
  return row === rows ? { numbers: { values: doubles, present } } : undefined;
}

/** A dictionary-encoded page's indices (into `scratch` when it is large enough). */
function pageIndices(values: DataPageValues, scratch: Int32Array | undefined): Int32Array {
  const indices =
    scratch !== undefined && scratch.length >= values.defined ? scratch : new Int32Array(values.defined);
  readIndices(values, indices);
  return indices;
}

/** Each index's entry into `target`; false when an index is past the dictionary. */
function expandNumbers(
  entries: Float64Array,
  indices: Int32Array,
  count: number,
  target: Float64Array,
): boolean {
  const size = entries.length;
  for (let k = 0; k < count; k++) {
    const index = indices[k] as number;
    if (index >= size) return false;
    target[k] = entries[index] as number;
  }
  return true;
}

/** The defined values of a page into their rows: a null's row is 0, and not present. */
function scatterNumbers(
  defined: Float64Array,
  levels: Uint8Array,
  doubles: Float64Array,
  present: Uint8Array,
  row: number,
): void {
  for (let k = 0, v = 0; k < levels.length; k++) {
    if (levels[k] === 1) doubles[row + k] = defined[v++] as number;
    else {
      // Written, not left: the doubles may be a chunk's before (`ChunkBuffers`).
      doubles[row + k] = 0;
      present[row + k] = 0;
    }
  }
}

/**
 * `count` PLAIN numbers of `type` from byte `at` of `data`, as doubles into `target` (a new array when
 * none is given): an int64 as the nearest double (`int64Doubles`), a float widened.
 */
function plainNumbers(
  data: Uint8Array,
  at: number,
  type: string,
  count: number,
  target = new Float64Array(count),
): Float64Array {
  const width = type === "INT64" || type === "DOUBLE" ? 8 : 4;
  const end = at + count * width;
  if (end > data.length) throw new Error("PLAIN values run past their page");
  if (width === 8) {
    // The values' bytes straight into the doubles' (aligned, whatever the page's alignment), an int64
    // then converted where it is: one copy.
    new Uint8Array(target.buffer, target.byteOffset, count * 8).set(data.subarray(at, end));
    if (type === "INT64") int64Doubles(target.buffer as ArrayBuffer, target.byteOffset, count, true, target);
    return target;
  }
  const address = data.byteOffset + at;
  // Typed arrays need aligned views: an unaligned page is copied first (node:zlib gives Buffers, whose
  // `slice` is a view).
  const aligned = address % width === 0;
  const buffer = aligned ? (data.buffer as ArrayBuffer) : new Uint8Array(data.subarray(at, end)).buffer;
  const offset = aligned ? address : 0;
  if (type === "FLOAT") target.set(new Float32Array(buffer, offset, count));
  else target.set(new Int32Array(buffer, offset, count));
  return target;
}

/**
 * A text chunk's values where their pages hold them: the pages' value bytes (a dictionary page's, and
 * each PLAIN page's past its levels) copied one after the other into one buffer (as large as the
 * footer says the chunk's pages are uncompressed), each row's value a range of it (a row of a
 * dictionary-encoded page its entry's), a null empty. Nothing is copied value by value. The 4-byte
 * length before each value is overwritten with spaces once read, so that one UTF-8 check of the whole
 * buffer checks every value (a valid text split at ASCII bytes leaves valid texts), and one search finds
 * a NUL in any.
 */
function decodeTexts(
  bytes: Uint8Array,
  chunk: FlatChunk,
  compressors: Compressors,
  buffers: ChunkBuffers | undefined,
): FlatValues | undefined {
  const { rows, decoder } = chunk;
  const size = Number(chunk.meta.total_uncompressed_size);
  const starts = buffers ? buffers.starts(rows) : new Int32Array(rows);
  const ends = buffers ? buffers.ends(rows) : new Int32Array(rows);
  const joined = buffers ? buffers.joined(size) : Buffer.allocUnsafe(size);
  let base = 0;
  /** Copies a page's value bytes after the pages before; undefined when they do not fit. */
  const append = (piece: Uint8Array): Uint8Array | undefined => {
    if (base + piece.length > joined.length) return undefined;
    joined.set(piece, base);
    return joined.subarray(base, base + piece.length);
  };
  let present: Uint8Array | undefined;
  let entries: TextEntries | undefined;
  let indices: Int32Array | undefined;
  let row = 0;
  for (const page of chunkPages(bytes, rows)) {
    if (page.header.type === "DICTIONARY_PAGE") {
      const count = page.header.dictionary_page_header?.num_values ?? 0;
      const raw = entries === undefined ? append(dictionaryPageBytes(page, decoder, compressors)) : undefined;
      if (raw === undefined) return undefined;
      entries = textEntries(raw, count, base);
      base += raw.length;
      continue;
    }
    const values = dataPageValues(page, decoder, compressors);
    if (values === undefined || row + values.count > rows) return undefined;
    const { defined } = values;
    const direct = values.levels === undefined;
    const valueStarts = direct ? starts.subarray(row, row + defined) : new Int32Array(defined);
    const valueEnds = direct ? ends.subarray(row, row + defined) : new Int32Array(defined);
    if (values.dictionary) {
      if (entries === undefined) return undefined;
      indices = pageIndices(values, indices);
      if (!entryRanges(entries, indices, defined, valueStarts, valueEnds)) return undefined;
    } else {
      const region = append(values.data.subarray(values.at));
      if (region === undefined) return undefined;
      plainRanges(region, defined, base, valueStarts, valueEnds);
      base += region.length;
    }
    if (values.levels !== undefined) {
      present ??= new Uint8Array(rows).fill(1);
      scatterRanges(valueStarts, valueEnds, values.levels, starts, ends, present, row);
    }
    row += values.count;
  }
  if (row !== rows) return undefined;
  const used = joined.subarray(0, base);
  if (!isUtf8(used) || used.includes(0)) return undefined;
  return { texts: { bytes: used, starts, ends, present } };
}

/** A dictionary page's entries: where each starts and ends in the joined buffer (its page from `base`). */
interface TextEntries {
  starts: Int32Array;
  ends: Int32Array;
}

function textEntries(raw: Uint8Array, count: number, base: number): TextEntries {
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  plainRanges(raw, count, base, starts, ends);
  return { starts, ends };
}

/**
 * `count` PLAIN texts from the start of `region` (each after its 4-byte length, which becomes spaces):
 * their ranges in the joined buffer, `region` from `base`.
 */
function plainRanges(
  region: Uint8Array,
  count: number,
  base: number,
  starts: Int32Array,
  ends: Int32Array,
): void {
  let at = 0;
  for (let v = 0; v < count; v++) {
    const length = takeLength(region, at);
    starts[v] = base + at + 4;
    ends[v] = base + at + 4 + length;
    at += 4 + length;
  }
}

const SPACE = 0x20;

/**
 * A PLAIN value's length (4 bytes, little-endian) at `at`, checked against the bytes' end; the 4 bytes
 * then become spaces (see `decodeTexts`).
 */
function takeLength(data: Uint8Array, at: number): number {
  if (at + 4 > data.length) throw new Error("a PLAIN text runs past its page");
  const length =
    ((data[at] as number) |
      ((data[at + 1] as number) << 8) |
      ((data[at + 2] as number) << 16) |
      ((data[at + 3] as number) << 24)) >>>
    0;
  if (at + 4 + length > data.length) throw new Error("a PLAIN text runs past its page");
  // Four stores: a `fill` call a value costs more.
  data[at] = SPACE;
  data[at + 1] = SPACE;
  data[at + 2] = SPACE;
  data[at + 3] = SPACE;
  return length;
}

/** Each index's entry's range; false when an index is past the dictionary. */
function entryRanges(
  entries: TextEntries,
  indices: Int32Array,
  count: number,
  starts: Int32Array,
  ends: Int32Array,
): boolean {
  const size = entries.starts.length;
  for (let v = 0; v < count; v++) {
    const index = indices[v] as number;
    if (index >= size) return false;
    starts[v] = entries.starts[index] as number;
    ends[v] = entries.ends[index] as number;
  }
  return true;
}

/** The defined values' ranges into their rows from `row`: a null's empty, and not present. */
function scatterRanges(
  valueStarts: Int32Array,
  valueEnds: Int32Array,
  levels: Uint8Array,
  starts: Int32Array,
  ends: Int32Array,
  present: Uint8Array,
  row: number,
): void {
  for (let k = 0, v = 0; k < levels.length; k++) {
    if (levels[k] === 1) {
      starts[row + k] = valueStarts[v] as number;
      ends[row + k] = valueEnds[v++] as number;
    } else {
      starts[row + k] = 0;
      ends[row + k] = 0;
      present[row + k] = 0;
    }
  }
}
