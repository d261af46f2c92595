import type { ColumnChunk, ColumnMetaData, FileMetaData, SchemaTree } from "hyparquet";
import { parquetHeader, type readColumn } from "hyparquet/src/column.js";
import { decompressPage } from "hyparquet/src/datapage.js";
import { parquetSchema } from "hyparquet/src/metadata.js";
import { readPlain } from "hyparquet/src/plain.js";
import { getTreePath } from "hyparquet/src/schema.js";
import type { ArrowDictionary } from "./arrow-texts.ts";
import { FileBlob } from "./parquet-file-blob.ts";
import { allOnes, readHybrid } from "./parquet-hybrid.ts";
import type { CellValue } from "./value.ts";

/** What hyparquet's page readers take (their types are not exported by name). */
type ColumnDecoder = Parameters<typeof readColumn>[2];
type PageHeader = ReturnType<typeof parquetHeader>;

/**
 * A text or number column chunk whose pages may all be dictionary-encoded: where its bytes are in the
 * file, and what hyparquet's page readers need to read them.
 */
export interface DictionaryChunkShape {
  /** The chunk's first byte in the file (its dictionary page) and the byte after its last page. */
  start: number;
  end: number;
  rows: number;
  /** Numbers (its entries are doubles, as the decoder's columns give them), not texts. */
  numeric: boolean;
  decoder: ColumnDecoder;
}

/** The physical types of number columns read as their dictionary. */
const NUMBER_TYPES = new Set(["INT32", "INT64", "FLOAT", "DOUBLE"]);

/**
 * Where a column chunk of row group `group` is, when its values can be read as a dictionary and the
 * indices into it: a flat `BYTE_ARRAY` column annotated as UTF-8 text, or a flat number column
 * (`INT32`, `INT64`, `FLOAT`, `DOUBLE`, with no annotation but a signed integer's), uncompressed or compressed
 * with snappy, gzip or zstd, with a dictionary page, and no data page the metadata says is not
 * dictionary-encoded (a writer whose dictionary grew too large goes on in PLAIN), a dictionary page
 * small for the rows (`largeDictionary`), in a row group of at most `MAX_ROWS` rows. Undefined for any
 * other chunk.
 */
export function dictionaryChunkShape(
  metadata: FileMetaData,
  group: number,
  name: string,
): DictionaryChunkShape | undefined {
  const rowGroup = metadata.row_groups[group];
  const chunks = rowGroup?.columns.filter((chunk) => chunk.meta_data?.path_in_schema.join(".") === name);
  const meta = chunks?.length === 1 ? (chunks[0] as ColumnChunk).meta_data : undefined;
  if (!rowGroup || !meta || meta.path_in_schema.length !== 1) return undefined;
  const numeric = NUMBER_TYPES.has(meta.type);
  if (!numeric && meta.type !== "BYTE_ARRAY") return undefined;
  if (Number(rowGroup.num_rows) > MAX_ROWS) return undefined;
  if (!(meta.codec in CODECS)) return undefined;
  if (meta.dictionary_page_offset === undefined) return undefined;
  const plainPages = meta.encoding_stats?.some(
    ({ page_type, encoding }) =>
      page_type.startsWith("DATA_PAGE") && encoding !== "RLE_DICTIONARY" && encoding !== "PLAIN_DICTIONARY",
  );
  if (plainPages) return undefined;
  if (largeDictionary(meta, Number(rowGroup.num_rows))) return undefined;
  let schemaPath: SchemaTree[];
  try {
    schemaPath = getTreePath(schemaTreeOf(metadata), meta.path_in_schema);
  } catch {
    return undefined;
  }
  const element = schemaPath[1]?.element;
  if (!element || element.repetition_type === "REPEATED" || schemaPath.length !== 2) return undefined;
  if (!(numeric ? plainNumber(element) : utf8Text(element))) return undefined;
  const start = Number(meta.dictionary_page_offset);
  return {
    start,
    end: start + Number(meta.total_compressed_size),
    rows: Number(rowGroup.num_rows),
    numeric,
    decoder: {
      pathInSchema: meta.path_in_schema,
      type: meta.type,
      element,
      schemaPath,
      codec: meta.codec,
      parsers: {} as ColumnDecoder["parsers"],
    },
  };
}

type SchemaElement = SchemaTree["element"];

function utf8Text(element: SchemaElement): boolean {
  return element.logical_type?.type === "STRING" || element.converted_type === "UTF8";
}

/**
 * A number the decoder gives as it is: no annotation, or a signed integer's (an unsigned one, a decimal,
 * a date or a time means something else than the stored value).
 */
function plainNumber(element: SchemaElement): boolean {
  const { logical_type: logical, converted_type: converted } = element;
  if (logical !== undefined) return logical.type === "INTEGER" && logical.isSigned;
  return converted === undefined || SIGNED_INTEGERS.has(converted);
}

const SIGNED_INTEGERS = new Set(["INT_8", "INT_16", "INT_32", "INT_64"]);

/**
 * The file's schema as a tree, built once per footer: hyparquet's `getSchemaPath` builds it anew at each
 * call, and a chunk's shape is asked for each column of each row group (~20 µs a call for a file of 10 columns).
 */
const schemaTrees = new WeakMap<FileMetaData, SchemaTree>();

function schemaTreeOf(metadata: FileMetaData): SchemaTree {
  let tree = schemaTrees.get(metadata);
  if (tree === undefined) {
    tree = parquetSchema(metadata);
    schemaTrees.set(metadata, tree);
  }
  return tree;
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

/** The codecs read here: hyparquet's own, and node:zlib's (loaded only for a chunk that needs it). */
const CODECS = { UNCOMPRESSED: true, SNAPPY: true, GZIP: true, ZSTD: true };

type Compressors = Parameters<typeof decompressPage>[3];

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
): ArrowDictionary | undefined {
  try {
    return decodePages(bytes, shape, compressors);
  } catch {
    return undefined;
  }
}

function decodePages(
  bytes: Uint8Array,
  shape: DictionaryChunkShape,
  compressors: Compressors,
): ArrowDictionary | undefined {
  const { rows, decoder } = shape;
  const optional = decoder.element.repetition_type === "OPTIONAL";
  const reader = readerOf(bytes);
  const indices = new Int32Array(rows);
  let present: Uint8Array | undefined;
  let entries: CellValue[] | undefined;
  let row = 0;
  while (row < rows) {
    const header = parquetHeader(reader);
    const size = header.compressed_page_size;
    if (reader.offset + size > bytes.length) return undefined;
    const page = bytes.subarray(reader.offset, reader.offset + size);
    reader.offset += size;
    if (header.type === "INDEX_PAGE") continue;
    if (header.type === "DICTIONARY_PAGE") {
      const count = header.dictionary_page_header?.num_values ?? 0;
      if (entries !== undefined || count > rows * MAX_ENTRIES_PER_ROW) return undefined;
      const raw = decompressPage(page, header.uncompressed_page_size, decoder.codec, compressors);
      entries = dictionaryEntries(raw, decoder.type, count);
      continue;
    }
    const values = dataPageValues(page, header, decoder, optional, compressors);
    if (entries === undefined || values === undefined || row + values.count > rows) return undefined;
    const { count, levels, data, at } = values;
    const defined = levels === undefined ? count : countOnes(levels);
    const target = defined === count ? indices.subarray(row, row + count) : new Int32Array(defined);
    const bitWidth = data[at] as number;
    if (bitWidth > 0) readHybrid(data, at + 1, data.length, bitWidth, target, defined);
    for (let v = 0; v < defined; v++) {
      const index = target[v] as number;
      if (index >= entries.length) return undefined;
    }
    if (target.length !== count) {
      present ??= new Uint8Array(rows).fill(1);
      for (let k = 0, v = 0; k < count; k++) {
        if ((levels as Uint8Array)[k] === 1) indices[row + k] = target[v++] as number;
        else present[row + k] = 0;
      }
    }
    row += count;
  }
  return entries === undefined ? undefined : { entries, indices, present };
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
 * A data page's values: how many, which are present (undefined: all), and the page's bytes with the
 * indices from `at` (their bit width, a byte, then their runs to the end).
 */
interface DataPageValues {
  count: number;
  levels: Uint8Array | undefined;
  data: Uint8Array;
  at: number;
}

/** A dictionary-encoded data page (v1 or v2) of a flat column; undefined for any other page. */
function dataPageValues(
  page: Uint8Array,
  header: PageHeader,
  decoder: ColumnDecoder,
  optional: boolean,
  compressors: Compressors,
): DataPageValues | undefined {
  const v1 = header.type === "DATA_PAGE" ? header.data_page_header : undefined;
  if (v1) {
    if (!isDictionary(v1.encoding)) return undefined;
    const count = v1.num_values;
    const data = decompressPage(page, header.uncompressed_page_size, decoder.codec, compressors);
    if (!optional) return { count, levels: undefined, data, at: 0 };
    if (v1.definition_level_encoding !== "RLE" || data.length < 4) return undefined;
    const end = 4 + new DataView(data.buffer, data.byteOffset, 4).getUint32(0, true);
    return { count, levels: presentLevels(data, 4, end, count), data, at: end };
  }
  const v2 = header.type === "DATA_PAGE_V2" ? header.data_page_header_v2 : undefined;
  if (!v2 || !isDictionary(v2.encoding) || v2.repetition_levels_byte_length !== 0) return undefined;
  const count = v2.num_values;
  const levelBytes = v2.definition_levels_byte_length;
  if (!optional && levelBytes !== 0) return undefined;
  const levels = optional ? presentLevels(page, 0, levelBytes, count) : undefined;
  const body = page.subarray(levelBytes);
  const data =
    v2.is_compressed === false
      ? body
      : decompressPage(body, header.uncompressed_page_size - levelBytes, decoder.codec, compressors);
  return { count, levels, data, at: 0 };
}

/** Definition levels of width 1 (1: present), undefined when all are 1. */
function presentLevels(bytes: Uint8Array, at: number, end: number, count: number): Uint8Array | undefined {
  if (end > bytes.length) throw new Error("definition levels run past their page");
  if (allOnes(bytes, at, end, count)) return undefined;
  const levels = new Uint8Array(count);
  readHybrid(bytes, at, end, 1, levels, count);
  return levels;
}

function countOnes(levels: Uint8Array): number {
  let ones = 0;
  for (let k = 0; k < levels.length; k++) ones += levels[k] === 1 ? 1 : 0;
  return ones;
}

function readerOf(bytes: Uint8Array): Parameters<typeof parquetHeader>[0] {
  return { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
}

function isDictionary(encoding: string): boolean {
  return encoding === "RLE_DICTIONARY" || encoding === "PLAIN_DICTIONARY";
}

/** `decodeDictionaryChunk` of the chunk's bytes, read from `file`; undefined when they cannot be read. */
export async function readDictionaryChunk(
  file: string,
  shape: DictionaryChunkShape,
): Promise<ArrowDictionary | undefined> {
  const bytes = await new FileBlob(file, shape.start, shape.end).arrayBuffer().catch(() => undefined);
  return bytes && decodeDictionaryChunk(new Uint8Array(bytes), shape, await compressorsFor(shape));
}

/** Rows `from` to `from + count` (excluded) of a chunk read whole. */
export function dictionaryRows(dictionary: ArrowDictionary, from: number, count: number): ArrowDictionary {
  const { entries, indices, present } = dictionary;
  return {
    entries,
    indices: (indices as Int32Array).subarray(from, from + count),
    present: present?.subarray(from, from + count),
  };
}

/** node:zlib's decompressors for a gzip or zstd chunk (zstd where this Node has it); none for the others. */
async function compressorsFor(shape: DictionaryChunkShape): Promise<Compressors> {
  const { codec } = shape.decoder;
  if (codec !== "GZIP" && codec !== "ZSTD") return undefined;
  const zlib = await import("node:zlib");
  const zstd = (zlib as { zstdDecompressSync?: (input: Uint8Array) => Uint8Array }).zstdDecompressSync;
  return {
    GZIP: (input) => zlib.gunzipSync(input),
    ...(zstd && { ZSTD: (input: Uint8Array) => zstd(input) }),
  };
}
