import type { ColumnChunk, ColumnMetaData, FileMetaData, SchemaTree } from "hyparquet";
import { parquetHeader, type readColumn } from "hyparquet/src/column.js";
import { decompressPage } from "hyparquet/src/datapage.js";
import { parquetSchema } from "hyparquet/src/metadata.js";
import { getTreePath } from "hyparquet/src/schema.js";
import type { ChunkBuffers } from "./chunk-buffers.ts";
import { FileBlob } from "./parquet-file-blob.ts";
import { allOnes, readHybrid } from "./parquet-hybrid.ts";
import { snappyBlocks } from "./snappy-blocks.ts";

/** What hyparquet's page readers take (their types are not exported by name). */
export type ColumnDecoder = Parameters<typeof readColumn>[2];
export type PageHeader = ReturnType<typeof parquetHeader>;
export type Compressors = Parameters<typeof decompressPage>[3];

/**
 * A flat column chunk of numbers or UTF-8 texts that JavaScript reads from its pages (parquet-dictionary-
 * chunk.ts, parquet-flat-chunk.ts): where its bytes are in the file, and what the page readers need.
 */
export interface FlatChunk {
  /** The chunk's first byte in the file (its dictionary page, if any) and the byte after its last page. */
  start: number;
  end: number;
  rows: number;
  /** Numbers (`INT32`, `INT64`, `FLOAT`, `DOUBLE`), not texts (`BYTE_ARRAY`). */
  numeric: boolean;
  meta: ColumnMetaData;
  decoder: ColumnDecoder;
}

/** The physical types of the number columns read from their pages. */
const NUMBER_TYPES = new Set(["INT32", "INT64", "FLOAT", "DOUBLE"]);

/** The codecs read here: snappy (our WebAssembly module), and node:zlib's (loaded only for a chunk that needs it). */
const CODECS = { UNCOMPRESSED: true, SNAPPY: true, GZIP: true, ZSTD: true };

/**
 * Column `name` of row group `group` when it is a flat chunk these readers take: the only chunk of that
 * name, not nested nor repeated, `BYTE_ARRAY` annotated as UTF-8 text or a number with no annotation but
 * a signed integer's, uncompressed or compressed with snappy, gzip or zstd, in a row group of at most
 * `maxRows` rows. Undefined for any other chunk.
 */
export function flatChunkOf(
  metadata: FileMetaData,
  group: number,
  name: string,
  maxRows: number,
): FlatChunk | undefined {
  const rowGroup = metadata.row_groups[group];
  const chunks = rowGroup?.columns.filter((chunk) => chunk.meta_data?.path_in_schema.join(".") === name);
  const meta = chunks?.length === 1 ? (chunks[0] as ColumnChunk).meta_data : undefined;
  if (!rowGroup || !meta || meta.path_in_schema.length !== 1) return undefined;
  const numeric = NUMBER_TYPES.has(meta.type);
  if (!numeric && meta.type !== "BYTE_ARRAY") return undefined;
  if (Number(rowGroup.num_rows) > maxRows) return undefined;
  if (!(meta.codec in CODECS)) return undefined;
  let schemaPath: SchemaTree[];
  try {
    schemaPath = getTreePath(schemaTreeOf(metadata), meta.path_in_schema);
  } catch {
    return undefined;
  }
  const element = schemaPath[1]?.element;
  if (!element || element.repetition_type === "REPEATED" || schemaPath.length !== 2) return undefined;
  if (!(numeric ? plainNumber(element) : utf8Text(element))) return undefined;
  const start = Number(meta.dictionary_page_offset ?? meta.data_page_offset);
  return {
    start,
    end: start + Number(meta.total_compressed_size),
    rows: Number(rowGroup.num_rows),
    numeric,
    meta,
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

/** One page of a chunk, its header read and its bytes (still compressed) cut out. */
export interface ChunkPage {
  header: PageHeader;
  page: Uint8Array;
}

/**
 * The chunk's pages in order (index pages skipped), until `rows` values of data pages have gone by:
 * a page that runs past the bytes throws.
 */
export function* chunkPages(bytes: Uint8Array, rows: number): Generator<ChunkPage> {
  const reader = readerOf(bytes);
  let row = 0;
  while (row < rows) {
    const header = parquetHeader(reader);
    const size = header.compressed_page_size;
    if (reader.offset + size > bytes.length) throw new Error("a page runs past its chunk");
    const page = bytes.subarray(reader.offset, reader.offset + size);
    reader.offset += size;
    if (header.type === "INDEX_PAGE") continue;
    if (header.type === "DATA_PAGE") row += header.data_page_header?.num_values ?? 0;
    if (header.type === "DATA_PAGE_V2") row += header.data_page_header_v2?.num_values ?? 0;
    yield { header, page };
  }
}

/**
 * A data page's values: how many, how many of them are present (`defined`) and which (`levels`;
 * undefined: all), and the page's bytes with the values from `at`: for a dictionary-encoded page their
 * bit width (a byte) then the indices' runs to the end (`readIndices`), for a PLAIN one the values.
 */
export interface DataPageValues {
  count: number;
  defined: number;
  dictionary: boolean;
  levels: Uint8Array | undefined;
  data: Uint8Array;
  at: number;
}

/**
 * A data page (v1 or v2) of a flat column, PLAIN or dictionary-encoded, its definition levels
 * RLE-encoded; undefined for any other page.
 */
export function dataPageValues(
  { header, page }: ChunkPage,
  decoder: ColumnDecoder,
  compressors: Compressors,
): DataPageValues | undefined {
  const optional = decoder.element.repetition_type === "OPTIONAL";
  const v1 = header.type === "DATA_PAGE" ? header.data_page_header : undefined;
  if (v1) {
    const dictionary = isDictionary(v1.encoding);
    if (!dictionary && v1.encoding !== "PLAIN") return undefined;
    const count = v1.num_values;
    const data = decompressPage(page, header.uncompressed_page_size, decoder.codec, compressors);
    if (!optional) return { count, defined: count, dictionary, levels: undefined, data, at: 0 };
    if (v1.definition_level_encoding !== "RLE" || data.length < 4) return undefined;
    const end = 4 + new DataView(data.buffer, data.byteOffset, 4).getUint32(0, true);
    const levels = presentLevels(data, 4, end, count);
    return { count, defined: definedOf(levels, count), dictionary, levels, data, at: end };
  }
  const v2 = header.type === "DATA_PAGE_V2" ? header.data_page_header_v2 : undefined;
  if (v2?.repetition_levels_byte_length !== 0) return undefined;
  const dictionary = isDictionary(v2.encoding);
  if (!dictionary && v2.encoding !== "PLAIN") return undefined;
  const count = v2.num_values;
  const levelBytes = v2.definition_levels_byte_length;
  if (!optional && levelBytes !== 0) return undefined;
  const levels = optional ? presentLevels(page, 0, levelBytes, count) : undefined;
  const body = page.subarray(levelBytes);
  const data =
    v2.is_compressed === false
      ? body
      : decompressPage(body, header.uncompressed_page_size - levelBytes, decoder.codec, compressors);
  return { count, defined: definedOf(levels, count), dictionary, levels, data, at: 0 };
}

/**
 * A dictionary-encoded page's indices, its `defined` values', into `target` (a bit width of 0: all are
 * the first entry).
 */
export function readIndices({ data, at, defined }: DataPageValues, target: Int32Array): void {
  const bitWidth = data[at] as number;
  if (bitWidth > 0) readHybrid(data, at + 1, data.length, bitWidth, target, defined);
  else target.fill(0, 0, defined);
}

/** A dictionary page's bytes, decompressed. */
export function dictionaryPageBytes(
  { header, page }: ChunkPage,
  decoder: ColumnDecoder,
  compressors: Compressors,
): Uint8Array {
  return decompressPage(page, header.uncompressed_page_size, decoder.codec, compressors);
}

/** Definition levels of width 1 (1: present), undefined when all are 1. */
function presentLevels(bytes: Uint8Array, at: number, end: number, count: number): Uint8Array | undefined {
  if (end > bytes.length) throw new Error("definition levels run past their page");
  if (allOnes(bytes, at, end, count)) return undefined;
  const levels = new Uint8Array(count);
  readHybrid(bytes, at, end, 1, levels, count);
  return levels;
}

/** How many of a page's `count` values are present. */
function definedOf(levels: Uint8Array | undefined, count: number): number {
  if (levels === undefined) return count;
  let ones = 0;
  for (let k = 0; k < levels.length; k++) ones += levels[k] === 1 ? 1 : 0;
  return ones;
}

export function readerOf(bytes: Uint8Array): Parameters<typeof parquetHeader>[0] {
  return { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
}

function isDictionary(encoding: string): boolean {
  return encoding === "RLE_DICTIONARY" || encoding === "PLAIN_DICTIONARY";
}

/**
 * A chunk's bytes, read from `file` (into `buffers` when given, else new memory); undefined when they
 * cannot be read.
 */
export function readChunkBytes(
  file: string,
  chunk: FlatChunk,
  buffers?: ChunkBuffers,
): Uint8Array | undefined {
  const blob = new FileBlob(file, chunk.start, chunk.end);
  try {
    return blob.readInto(buffers ? buffers.bytes(blob.size) : new Uint8Array(blob.size));
  } catch {
    return undefined;
  }
}

/**
 * The decompressors for a chunk's codec: our WebAssembly module's for snappy (`SnappyBlocks`: a page
 * comes out as a view of its memory, valid until the next page is decompressed), node:zlib's for gzip
 * and zstd (zstd where this Node has it).
 */
export async function compressorsFor(chunk: FlatChunk): Promise<Compressors> {
  const { codec } = chunk.decoder;
  if (codec === "SNAPPY") {
    const blocks = snappyBlocks();
    return { SNAPPY: (input: Uint8Array, length: number) => blocks.decompress(input, length) };
  }
  if (codec !== "GZIP" && codec !== "ZSTD") return undefined;
  const zlib = await import("node:zlib");
  const zstd = (zlib as { zstdDecompressSync?: (input: Uint8Array) => Uint8Array }).zstdDecompressSync;
  return {
    GZIP: (input) => zlib.gunzipSync(input),
    ...(zstd && { ZSTD: (input: Uint8Array) => zstd(input) }),
  };
}
