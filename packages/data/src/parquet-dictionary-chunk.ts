import type { ColumnMetaData, FileMetaData } from "hyparquet";
import { readPlain } from "hyparquet/src/plain.js";
import type { ArrowDictionary } from "./arrow-texts.ts";
import type { ChunkBuffers } from "./chunk-buffers.ts";
import {
  type ColumnDecoder,
  type Compressors,
  chunkPages,
  compressorsFor,
  dataPageValues,
  dictionaryPageBytes,
  type FlatChunk,
  flatChunkOf,
  readChunkBytes,
  readerOf,
  readIndices,
} from "./parquet-chunk-pages.ts";
import type { CellValue } from "./value.ts";

/**
 * A text or number column chunk whose pages may all be dictionary-encoded (its entries, for numbers, are
 * doubles, as the decoder's columns give them).
 */
export type DictionaryChunkShape = FlatChunk;

/**
 * A flat chunk (`flatChunkOf`) of row group `group` when its values can be read as a dictionary and the
 * indices into it: it has a dictionary page, no data page the metadata says is not dictionary-encoded (a
 * writer whose dictionary grew too large goes on in PLAIN), a dictionary page small for the rows
 * (`largeDictionary`), and at most `MAX_ROWS` rows. Undefined for any other chunk.
 */
export function dictionaryChunkShape(
  metadata: FileMetaData,
  group: number,
  name: string,
): DictionaryChunkShape | undefined {
  const chunk = flatChunkOf(metadata, group, name, MAX_ROWS);
  if (!chunk || chunk.meta.dictionary_page_offset === undefined) return undefined;
  const plainPages = chunk.meta.encoding_stats?.some(
    ({ page_type, encoding }) =>
      page_type.startsWith("DATA_PAGE") && encoding !== "RLE_DICTIONARY" && encoding !== "PLAIN_DICTIONARY",
  );
  if (plainPages || largeDictionary(chunk.meta, chunk.rows)) return undefined;
  return chunk;
}

/**
 * The most dictionary entries a row for which the chunk is read this way. Each entry becomes a string
 * checked on its own (~250 ns an entry, with its UTF-8 decode), where the decoder's path costs ~21 ns a
 * value and ~2 ns a byte: at one entry in 16 rows the dictionary still costs well under the decoder, and
 * a column of mostly distinct texts (ids, codes in small row groups) stays with the decoder.
 */
const MAX_ENTRIES_PER_ROW = 1 / 16;

/**
 * Whether the chunk's dictionary page, by its compressed size in the footer (the bytes from it to the
 * first data page), is too large for `MAX_ENTRIES_PER_ROW` at 8 bytes an entry: known before its pages
 * are read, so that the column split weighs it as the decoder's. The page header's count of entries
 * decides for the chunks this lets through.
 */
function largeDictionary(meta: ColumnMetaData, rows: number): boolean {
  const bytes = Number(meta.data_page_offset) - Number(meta.dictionary_page_offset);
  return bytes > 0 && bytes > rows * MAX_ENTRIES_PER_ROW * 8;
}

/**
 * The most rows of a chunk read this way: its indices are held for the whole row group (4 bytes a row,
 * 64 MB at this size), where the decoder holds only `PARQUET_RANGE_ROWS` decoded rows at a time.
 */
const MAX_ROWS = 1 << 24;

/** The UTF-8 of a dictionary page, strictly: invalid bytes are for the general decoder to report. */
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * A chunk's values as the dictionary and, for each row, the index of its entry (hyparquet's page
 * headers, snappy and PLAIN reader; `compressors` for gzip and zstd; data pages v1 and v2, nulls from
 * their definition levels): what `arrowDictionary` gives for a column decoded as an Arrow dictionary,
 * so it takes the same path. The entries are not expanded into a text a row: a column of a few
 * categories is read in a fraction of the time.
 *
 * Undefined, for the general decoder to read the chunk instead, when it is anything else: a data page
 * not dictionary-encoded, more than `MAX_ENTRIES_PER_ROW` entries a row, an entry that is not UTF-8, an index past the dictionary, pages that do not
 * add up to `shape.rows` values, or bytes that cannot be read as pages.
 */
export function decodeDictionaryChunk(
  bytes: Uint8Array,
  shape: DictionaryChunkShape,
  compressors?: Compressors,
  buffers?: ChunkBuffers,
): ArrowDictionary | undefined {
  try {
    return decodePages(bytes, shape, compressors, buffers);
  } catch {
    return undefined;
  }
}

function decodePages(
  bytes: Uint8Array,
  shape: DictionaryChunkShape,
  compressors: Compressors,
  buffers: ChunkBuffers | undefined,
): ArrowDictionary | undefined {
  const { rows, decoder } = shape;
  const indices = buffers ? buffers.indices(rows) : new Int32Array(rows);
  let present: Uint8Array | undefined;
  let entries: CellValue[] | undefined;
  let row = 0;
  for (const page of chunkPages(bytes, rows)) {
    if (page.header.type === "DICTIONARY_PAGE") {
      const count = page.header.dictionary_page_header?.num_values ?? 0;
      if (entries !== undefined || count > rows * MAX_ENTRIES_PER_ROW) return undefined;
      entries = dictionaryEntries(dictionaryPageBytes(page, decoder, compressors), decoder.type, count);
      continue;
    }
    const values = dataPageValues(page, decoder, compressors);
    if (entries === undefined || values === undefined || !values.dictionary) return undefined;
    if (row + values.count > rows) return undefined;
    const { count, defined, levels } = values;
    const target = defined === count ? indices.subarray(row, row + count) : new Int32Array(defined);
    readIndices(values, target);
    if (!indicesBelow(target, defined, entries.length)) return undefined;
    if (target.length !== count) {
      present ??= new Uint8Array(rows).fill(1);
      scatterDefined(target, levels as Uint8Array, count, indices, present, row);
    }
    row += count;
  }
  return entries === undefined || row !== rows
    ? undefined
    : { entries, indices, present, indicesChecked: true };
}

// The loops over a page's indices are functions of their own: in `decodePages`, V8 optimized the inner
// loop alone (on-stack replacement) and threw that code away each time the loop ended, once a page (90
// times on the 1M-row Parquet bench).

/** Whether the first `count` indices are below `entries`. */
function indicesBelow(indices: Int32Array, count: number, entries: number): boolean {
  for (let v = 0; v < count; v++) if ((indices[v] as number) >= entries) return false;
  return true;
}

/** A page's defined indices to their rows from `row` on (`levels[k]` 1: defined), its nulls to `present`. */
function scatterDefined(
  defined: Int32Array,
  levels: Uint8Array,
  count: number,
  indices: Int32Array,
  present: Uint8Array,
  row: number,
): void {
  for (let k = 0, v = 0; k < count; k++) {
    if (levels[k] === 1) indices[row + k] = defined[v++] as number;
    else {
      // Written, not left: the indices may be a chunk's before (`ChunkBuffers`), past this dictionary.
      indices[row + k] = 0;
      present[row + k] = 0;
    }
  }
}

/**
 * A dictionary page's entries (PLAIN): texts strictly decoded from UTF-8, or numbers as doubles, an
 * int64 rounded as `Number` rounds it (as `int64Doubles` does the decoder's columns).
 */
function dictionaryEntries(raw: Uint8Array, type: ColumnDecoder["type"], count: number): CellValue[] {
  const values = readPlain(readerOf(raw), type, count, undefined);
  if (type === "BYTE_ARRAY") return (values as Uint8Array[]).map((value) => utf8.decode(value));
  return Array.from(values as ArrayLike<number | bigint>, Number);
}

/**
 * `decodeDictionaryChunk` of the chunk's bytes, read from `file`; undefined when they cannot be read.
 * With `buffers`, the indices are a view of them, valid until their next read.
 */
export async function readDictionaryChunk(
  file: string,
  shape: DictionaryChunkShape,
  buffers?: ChunkBuffers,
): Promise<ArrowDictionary | undefined> {
  const bytes = readChunkBytes(file, shape, buffers);
  return bytes && decodeDictionaryChunk(bytes, shape, await compressorsFor(shape), buffers);
}

/** Rows `from` to `from + count` (excluded) of a chunk read whole. */
export function dictionaryRows(dictionary: ArrowDictionary, from: number, count: number): ArrowDictionary {
  const { entries, indices, present, indicesChecked } = dictionary;
  return {
    entries,
    indicesChecked,
    indices: (indices as Int32Array).subarray(from, from + count),
    present: present?.subarray(from, from + count),
  };
}
