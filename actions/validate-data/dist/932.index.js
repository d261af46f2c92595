export const id = 932;
export const ids = [932];
export const modules = {

/***/ 8685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c0: () => (/* binding */ chunkPages),
  Q9: () => (/* binding */ compressorsFor),
  e4: () => (/* binding */ dataPageValues),
  fJ: () => (/* binding */ dictionaryPageBytes),
  IU: () => (/* binding */ flatChunkOf),
  vv: () => (/* binding */ readChunkBytes),
  o0: () => (/* binding */ readIndices),
  TC: () => (/* binding */ readerOf)
});

// EXTERNAL MODULE: ./node_modules/hyparquet/src/column.js
var column = __webpack_require__(6167);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/datapage.js + 1 modules
var datapage = __webpack_require__(3243);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 3 modules
var src_metadata = __webpack_require__(4038);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/schema.js
var schema = __webpack_require__(8286);
// EXTERNAL MODULE: ./packages/data/src/parquet-file-blob.ts
var parquet_file_blob = __webpack_require__(3465);
;// CONCATENATED MODULE: ./packages/data/src/parquet-hybrid.ts
/**
 * Reads `count` values of Parquet's RLE/bit-packing hybrid encoding (the Parquet format's Encodings.md:
 * runs, each a varint header, then one value repeated (header bit 0 clear: `header >> 1` times, the value
 * in `ceil(width / 8)` bytes, little-endian) or groups of 8 values packed `width` bits each, lowest bit
 * first (bit 0 set: `header >> 1` groups)) from `bytes[at, end)` into `out`; returns where it stopped.
 * Written for speed on the dictionary indices of a text column (parquet-dictionary-chunk.ts): hyparquet's
 * reader, which reads a DataView bit by bit into any array, took ~5 ns a value, this one ~1.5. Widths up to
 * 24 bits (a dictionary of 16M entries).
 */
function readHybrid(bytes, at, end, width, out, count) {
    if (width > 24)
        throw new Error(`a bit width of ${width}`);
    const valueBytes = (width + 7) >> 3;
    let n = 0;
    while (n < count) {
        if (at >= end)
            throw new Error("encoded values end early");
        const { header, next } = runHeader(bytes, at, end);
        at = next;
        const runs = header >>> 1;
        if ((header & 1) === 0) {
            let value = 0;
            for (let i = 0; i < valueBytes; i++)
                value |= bytes[at + i] << (8 * i);
            at += valueBytes;
            const stop = Math.min(count, n + runs);
            out.fill(value, n, stop);
            n = stop;
            continue;
        }
        const packedBytes = runs * width;
        if (at + packedBytes > end)
            throw new Error("bit-packed values run past their end");
        n = unpackBits(bytes, at, end, width, out, n, Math.min(count, n + runs * 8));
        at += packedBytes;
    }
    return at;
}
/**
 * Whether `count` definition levels of width 1 in `bytes[at, end)` (the hybrid encoding) are all 1, every
 * value present, told from their runs without reading them out: an RLE run of 1 each (how writers encode
 * a page without a null). False for anything else, which `readHybrid` then reads.
 */
function allOnes(bytes, at, end, count) {
    let n = 0;
    while (n < count) {
        if (at + 2 > end)
            return false;
        const { header, next } = runHeader(bytes, at, end);
        at = next;
        if ((header & 1) !== 0 || at >= end || bytes[at++] !== 1)
            return false;
        n += header >>> 1;
    }
    return n === count;
}
/** The header of the run at `at` (a ULEB128 varint, at most 5 bytes, none past `end`) and the byte after it. */
function runHeader(bytes, at, end) {
    let header = 0;
    let shift = 0;
    let next = at;
    let byte;
    do {
        byte = bytes[next++];
        header |= (byte & 0x7f) << shift;
        shift += 7;
    } while (byte & 0x80 && shift < 35 && next < end);
    return { header, next };
}
/**
 * Values `n` to `stop` of `out` from bit-packed `bytes` from byte `at` (`width` bits each, lowest bit
 * first): each read from the bytes its bits span, as one little-endian word. The loop that reads two or
 * three bytes past a value's first, while they are before `end`, is kept free of any other test (~1.5 ns
 * a value; a running bit buffer took ~4); the last values take the careful loop.
 *
 * Each loop is a function of its own: as branches of one function, the loop of the widths over 9 bits,
 * met after V8 had optimized the function on narrower ones, had no type feedback and threw the optimized
 * code away (once a thread, on the bench's Parquet file; see "A path taken once" in the README).
 */
function unpackBits(bytes, at, end, width, out, from, stop) {
    // Bytes a value's bits span past its first: at most (7 + width) bits from its first byte's start.
    const reach = (7 + width - 1) >> 3;
    // The fast loops read one byte past a value's first (widths up to 9), or three.
    const extra = reach <= 1 ? 1 : 3;
    const room = end - extra - at;
    const fast = Math.min(stop, from + (room > 0 ? Math.floor((room * 8 - 1) / width) + 1 : 0));
    const bit = at * 8;
    if (extra === 1)
        unpackTwoBytes(bytes, bit, width, out, from, fast);
    else
        unpackFourBytes(bytes, bit, width, out, from, fast);
    const n = Math.max(from, fast);
    return unpackCarefully(bytes, bit + (n - from) * width, end, width, reach, out, n, stop);
}
/** Values `n` to `fast` of `out`, each from the two bytes from its first: none of them past the end. */
function unpackTwoBytes(bytes, bit, width, out, n, fast) {
    const mask = (1 << width) - 1;
    for (; n < fast; n++, bit += width) {
        const first = bit >>> 3;
        out[n] = ((bytes[first] | (bytes[first + 1] << 8)) >>> (bit & 7)) & mask;
    }
}
/** Values `n` to `fast` of `out`, each from the four bytes from its first: none of them past the end. */
function unpackFourBytes(bytes, bit, width, out, n, fast) {
    const mask = (1 << width) - 1;
    for (; n < fast; n++, bit += width) {
        const first = bit >>> 3;
        const word = bytes[first] |
            (bytes[first + 1] << 8) |
            (bytes[first + 2] << 16) |
            (bytes[first + 3] << 24);
        out[n] = (word >>> (bit & 7)) & mask;
    }
}
/** Values `n` to `stop` of `out`, each from the bytes its bits span that are before `end`; returns `stop`. */
function unpackCarefully(bytes, bit, end, width, reach, out, n, stop) {
    const mask = (1 << width) - 1;
    for (; n < stop; n++, bit += width) {
        const first = bit >>> 3;
        let word = 0;
        for (let i = 0; i <= reach && first + i < end; i++)
            word |= bytes[first + i] << (8 * i);
        out[n] = (word >>> (bit & 7)) & mask;
    }
    return n;
}

;// CONCATENATED MODULE: ./packages/data/src/snappy-wasm.generated.ts
// Generated by scripts/build-wasm.ts from packages/data/wasm/snappy.c
// with Debian clang version 14.0.6 (the WebAssembly binary, base64): do not edit.
// Rebuild with `node scripts/build-wasm.ts` after changing the C source.
const snappyWasmBase64 = "AGFzbQEAAAABDQJgAAF/YAR/f39/AX8DBAMAAAEEBQFwAQEBBQMBACAGCAF/AUGAiAQLBysEBm1lbW9yeQIACWhlYXBfYmFzZQAABXNsYWNrAAEKdW5jb21wcmVzcwACCu8JAwgAQYCIhIAACwQAQRAL3gkBCn9BfyEEAkAgAUEATA0AIAAtAAAiBUH/AHEhBgJAAkAgBUGAAXFFDQAgAUECSA0CIAAtAAEiBUEHdEGA/wBxIAZyIQYCQCAFQYABcQ0AIABBAmohBQwCCyABQQNIDQIgAC0AAiIFQQ50QYCA/wBxIAZyIQYCQCAFQYABcQ0AIABBA2ohBQwCCyABQQRIDQIgAEEEaiEFIAAtAAMiB0EVdEGAgID/AHEgBnIhBiAHQYABcUUNASABQQVIDQIgBS0AACIHQQ9LDQIgB0GAAXENAiAAQQVqIQUgB0EcdCAGciEGDAELIABBAWohBQtBfiEEIAYgA0cNACACIANqIQgCQAJAIAUgACABaiIJSQ0AIAIhBgwBCyACIQYDQCAFQQFqIQoCQAJAAkACQAJAIAUtAAAiC0EDcSIEDgIAAQILIAtBAnYhAQJAAkACQCALQfABSQ0AQX0hBCAJIAprIAFBRWoiAEkNCSAARQ0BIAotAAAhAQJAIABBAUYNACAFLQACQQh0IAFyIQEgAEECRg0AIAUtAANBEHQgAXIhASAAQQNGDQAgBS0ABEEYdCABciEBCyABQX9GDQkgCiAAaiEKC0F9IQQgCSAKayABTQ0IIAggBmsgAU0NCCABQQFqIQsgAUEPTQ0BIAYgCiAL/AoAACAKIAtqIQUMBQsgCSAKRg0HQQEhCyAIIAZGDQcLIAYgCikAADcAACAGIAopAAg3AAggCiALaiEFDAMLAkAgCSAKa0EBTg0AQXwPCyAFQQJqIQogC0EDdEGADnEgBS0AAXIhASALQQJ2QQdxQQRqIQsMAQsCQCAJIAprQQJBBCAEQQJGGyIMTw0AQXwPCyAMQQJxIQdBACEDQQAhAQJAIAxBf2pBA0kNACAMQQRxIQ1BACEDQRAhBEEAIQEDQCAFIANqIgBBBGotAAAgBEEIanQgAEEDai0AACAEdCAAQQJqLQAAIARBeGp0IAEgAEEBai0AAHJycnIhASAEQSBqIQQgDSADQQRqIgNHDQALCyALQQJ2IQ0CQCAHRQ0AIANBA3QhBCAFIANqQQFqIQADQCAALQAAIAR0IAFyIQEgAEEBaiEAIARBCGohBCAHQX9qIgcNAAsLIAogDGohCiANQQFqIQsLQXshBCABRQ0DIAEgBiACa0sNAwJAIAggBmsgC08NAEF8DwsgBiABayEHAkACQCABQQdLDQAgC0EDcSEFQQAhBAJAIAtBf2pBA0kNACALQfwAcSENQQAhBANAIAYgBGoiACAHIARqIgMtAAA6AAAgAEEBaiADQQFqLQAAOgAAIABBAmogA0ECai0AADoAACAAQQNqIANBA2otAAA6AAAgDSAEQQRqIgRHDQALCyAFRQ0BQQAgAWshASAGIARqIQQDQCAEIAQgAWotAAA6AAAgBEEBaiEEIAVBf2oiBQ0ADAILCyAGIAcpAAA3AAAgC0EJSQ0AIAYgBykACDcACCALQRFJDQAgBiAHKQAQNwAQIAtBGUkNACAGIAcpABg3ABggC0EhSQ0AIAYgBykAIDcAICALQSlJDQAgBiAHKQAoNwAoIAtBMUkNACAGIAcpADA3ADAgC0E5SQ0AIAYgBykAODcAOAsgCiEFCyAGIAtqIQYgBSAJSQ0ACwtBAEF6IAYgCEYbIQQLIAQL";

;// CONCATENATED MODULE: ./packages/data/src/snappy-blocks.ts

/** Why `uncompress` (wasm/snappy.c) refused a block, by its code. */
const REFUSALS = {
    [-1]: "its length cannot be read",
    [-2]: "it states another length than its page's",
    [-3]: "a literal runs past its end",
    [-4]: "a copy runs past its end",
    [-5]: "a copy reaches before its start",
    [-6]: "it ends short of its length",
};
const PAGE_BYTES = 65_536;
/**
 * Snappy blocks decompressed by our WebAssembly module (wasm/snappy.c): the block is copied into the
 * module's memory and decompressed there, and what comes out is a view of that memory, not a copy. The
 * view holds until the next block (which reuses the memory, and may grow it, detaching the view): a
 * page's bytes are read, or copied, before the next page is decompressed.
 */
class SnappyBlocks {
    exports;
    base;
    /** Bytes past a block's output that the module may write, and past its input that it may read. */
    slack;
    constructor() {
        const wasm = globalThis.WebAssembly;
        const module = new wasm.Module(Buffer.from(snappyWasmBase64, "base64"));
        this.exports = new wasm.Instance(module).exports;
        this.base = this.exports.heap_base();
        this.slack = this.exports.slack();
    }
    /** The block `input` decompressed: `length` bytes, a view valid until the next call. */
    decompress(input, length) {
        const { memory, uncompress } = this.exports;
        // The output 8-byte aligned, after the input.
        const output = (this.base + input.length + 7) & ~7;
        const needed = output + length + this.slack;
        if (needed > memory.buffer.byteLength)
            memory.grow(Math.ceil((needed - memory.buffer.byteLength) / PAGE_BYTES));
        const bytes = new Uint8Array(memory.buffer);
        bytes.set(input, this.base);
        const code = uncompress(this.base, input.length, output, length);
        if (code !== 0)
            throw new Error(`a snappy block that does not decompress: ${REFUSALS[code] ?? code}`);
        return bytes.subarray(output, output + length);
    }
}
let blocks;
/** The thread's `SnappyBlocks`, compiled on first use. */
function snappyBlocks() {
    blocks ??= new SnappyBlocks();
    return blocks;
}

;// CONCATENATED MODULE: ./packages/data/src/parquet-chunk-pages.ts







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
function flatChunkOf(metadata, group, name, maxRows) {
    const rowGroup = metadata.row_groups[group];
    const chunks = rowGroup?.columns.filter((chunk) => chunk.meta_data?.path_in_schema.join(".") === name);
    const meta = chunks?.length === 1 ? chunks[0].meta_data : undefined;
    if (!rowGroup || !meta || meta.path_in_schema.length !== 1)
        return undefined;
    const numeric = NUMBER_TYPES.has(meta.type);
    if (!numeric && meta.type !== "BYTE_ARRAY")
        return undefined;
    if (Number(rowGroup.num_rows) > maxRows)
        return undefined;
    if (!(meta.codec in CODECS))
        return undefined;
    let schemaPath;
    try {
        schemaPath = (0,schema/* getTreePath */.st)(schemaTreeOf(metadata), meta.path_in_schema);
    }
    catch {
        return undefined;
    }
    const element = schemaPath[1]?.element;
    if (!element || element.repetition_type === "REPEATED" || schemaPath.length !== 2)
        return undefined;
    if (!(numeric ? plainNumber(element) : utf8Text(element)))
        return undefined;
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
            parsers: {},
        },
    };
}
function utf8Text(element) {
    return element.logical_type?.type === "STRING" || element.converted_type === "UTF8";
}
/**
 * A number the decoder gives as it is: no annotation, or a signed integer's (an unsigned one, a decimal,
 * a date or a time means something else than the stored value).
 */
function plainNumber(element) {
    const { logical_type: logical, converted_type: converted } = element;
    if (logical !== undefined)
        return logical.type === "INTEGER" && logical.isSigned;
    return converted === undefined || SIGNED_INTEGERS.has(converted);
}
const SIGNED_INTEGERS = new Set(["INT_8", "INT_16", "INT_32", "INT_64"]);
/**
 * The file's schema as a tree, built once per footer: hyparquet's `getSchemaPath` builds it anew at each
 * call, and a chunk's shape is asked for each column of each row group (~20 µs a call for a file of 10 columns).
 */
const schemaTrees = new WeakMap();
function schemaTreeOf(metadata) {
    let tree = schemaTrees.get(metadata);
    if (tree === undefined) {
        tree = (0,src_metadata/* parquetSchema */.YR)(metadata);
        schemaTrees.set(metadata, tree);
    }
    return tree;
}
/**
 * The chunk's pages in order (index pages skipped), until `rows` values of data pages have gone by:
 * a page that runs past the bytes throws.
 */
function* chunkPages(bytes, rows) {
    const reader = readerOf(bytes);
    let row = 0;
    while (row < rows) {
        const header = (0,column/* parquetHeader */.wK)(reader);
        const size = header.compressed_page_size;
        if (reader.offset + size > bytes.length)
            throw new Error("a page runs past its chunk");
        const page = bytes.subarray(reader.offset, reader.offset + size);
        reader.offset += size;
        if (header.type === "INDEX_PAGE")
            continue;
        if (header.type === "DATA_PAGE")
            row += header.data_page_header?.num_values ?? 0;
        if (header.type === "DATA_PAGE_V2")
            row += header.data_page_header_v2?.num_values ?? 0;
        yield { header, page };
    }
}
/**
 * A data page (v1 or v2) of a flat column, PLAIN or dictionary-encoded, its definition levels
 * RLE-encoded; undefined for any other page.
 */
function dataPageValues({ header, page }, decoder, compressors) {
    const optional = decoder.element.repetition_type === "OPTIONAL";
    const v1 = header.type === "DATA_PAGE" ? header.data_page_header : undefined;
    if (v1) {
        const dictionary = isDictionary(v1.encoding);
        if (!dictionary && v1.encoding !== "PLAIN")
            return undefined;
        const count = v1.num_values;
        const data = (0,datapage/* decompressPage */.tC)(page, header.uncompressed_page_size, decoder.codec, compressors);
        if (!optional)
            return { count, defined: count, dictionary, levels: undefined, data, at: 0 };
        if (v1.definition_level_encoding !== "RLE" || data.length < 4)
            return undefined;
        const end = 4 + new DataView(data.buffer, data.byteOffset, 4).getUint32(0, true);
        const levels = presentLevels(data, 4, end, count);
        return { count, defined: definedOf(levels, count), dictionary, levels, data, at: end };
    }
    const v2 = header.type === "DATA_PAGE_V2" ? header.data_page_header_v2 : undefined;
    if (v2?.repetition_levels_byte_length !== 0)
        return undefined;
    const dictionary = isDictionary(v2.encoding);
    if (!dictionary && v2.encoding !== "PLAIN")
        return undefined;
    const count = v2.num_values;
    const levelBytes = v2.definition_levels_byte_length;
    if (!optional && levelBytes !== 0)
        return undefined;
    const levels = optional ? presentLevels(page, 0, levelBytes, count) : undefined;
    const body = page.subarray(levelBytes);
    const data = v2.is_compressed === false
        ? body
        : (0,datapage/* decompressPage */.tC)(body, header.uncompressed_page_size - levelBytes, decoder.codec, compressors);
    return { count, defined: definedOf(levels, count), dictionary, levels, data, at: 0 };
}
/**
 * A dictionary-encoded page's indices, its `defined` values', into `target` (a bit width of 0: all are
 * the first entry).
 */
function readIndices({ data, at, defined }, target) {
    const bitWidth = data[at];
    if (bitWidth > 0)
        readHybrid(data, at + 1, data.length, bitWidth, target, defined);
    else
        target.fill(0, 0, defined);
}
/** A dictionary page's bytes, decompressed. */
function dictionaryPageBytes({ header, page }, decoder, compressors) {
    return (0,datapage/* decompressPage */.tC)(page, header.uncompressed_page_size, decoder.codec, compressors);
}
/** Definition levels of width 1 (1: present), undefined when all are 1. */
function presentLevels(bytes, at, end, count) {
    if (end > bytes.length)
        throw new Error("definition levels run past their page");
    if (allOnes(bytes, at, end, count))
        return undefined;
    const levels = new Uint8Array(count);
    readHybrid(bytes, at, end, 1, levels, count);
    return levels;
}
/** How many of a page's `count` values are present. */
function definedOf(levels, count) {
    if (levels === undefined)
        return count;
    let ones = 0;
    for (let k = 0; k < levels.length; k++)
        ones += levels[k] === 1 ? 1 : 0;
    return ones;
}
function readerOf(bytes) {
    return { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
}
function isDictionary(encoding) {
    return encoding === "RLE_DICTIONARY" || encoding === "PLAIN_DICTIONARY";
}
/**
 * A chunk's bytes, read from `file` (into `buffers` when given, else new memory); undefined when they
 * cannot be read.
 */
function readChunkBytes(file, chunk, buffers) {
    const blob = new parquet_file_blob/* FileBlob */.u(file, chunk.start, chunk.end);
    try {
        return blob.readInto(buffers ? buffers.bytes(blob.size) : new Uint8Array(blob.size));
    }
    catch {
        return undefined;
    }
}
/**
 * The decompressors for a chunk's codec: our WebAssembly module's for snappy (`SnappyBlocks`: a page
 * comes out as a view of its memory, valid until the next page is decompressed), node:zlib's for gzip
 * and zstd (zstd where this Node has it).
 */
async function compressorsFor(chunk) {
    const { codec } = chunk.decoder;
    if (codec === "SNAPPY") {
        const blocks = snappyBlocks();
        return { SNAPPY: (input, length) => blocks.decompress(input, length) };
    }
    if (codec !== "GZIP" && codec !== "ZSTD")
        return undefined;
    const zlib = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8522, 23));
    const zstd = zlib.zstdDecompressSync;
    return {
        GZIP: (input) => zlib.gunzipSync(input),
        ...(zstd && { ZSTD: (input) => zstd(input) }),
    };
}


/***/ }),

/***/ 6771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OT: () => (/* binding */ readDictionaryChunk),
/* harmony export */   iW: () => (/* binding */ dictionaryRows),
/* harmony export */   tN: () => (/* binding */ dictionaryChunkShape)
/* harmony export */ });
/* unused harmony export decodeDictionaryChunk */
/* harmony import */ var hyparquet_src_plain_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4809);
/* harmony import */ var _parquet_chunk_pages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8685);


/**
 * A flat chunk (`flatChunkOf`) of row group `group` when its values can be read as a dictionary and the
 * indices into it: it has a dictionary page, no data page the metadata says is not dictionary-encoded (a
 * writer whose dictionary grew too large goes on in PLAIN), a dictionary page small for the rows
 * (`largeDictionary`), and at most `MAX_ROWS` rows. Undefined for any other chunk.
 */
function dictionaryChunkShape(metadata, group, name) {
    const chunk = (0,_parquet_chunk_pages_js__WEBPACK_IMPORTED_MODULE_0__/* .flatChunkOf */ .IU)(metadata, group, name, MAX_ROWS);
    if (!chunk || chunk.meta.dictionary_page_offset === undefined)
        return undefined;
    const plainPages = chunk.meta.encoding_stats?.some(({ page_type, encoding }) => page_type.startsWith("DATA_PAGE") && encoding !== "RLE_DICTIONARY" && encoding !== "PLAIN_DICTIONARY");
    if (plainPages || largeDictionary(chunk.meta, chunk.rows))
        return undefined;
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
function largeDictionary(meta, rows) {
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
function decodeDictionaryChunk(bytes, shape, compressors, buffers) {
    try {
        return decodePages(bytes, shape, compressors, buffers);
    }
    catch {
        return undefined;
    }
}
function decodePages(bytes, shape, compressors, buffers) {
    const { rows, decoder } = shape;
    const indices = buffers ? buffers.indices(rows) : new Int32Array(rows);
    let present;
    let entries;
    let row = 0;
    for (const page of (0,_parquet_chunk_pages_js__WEBPACK_IMPORTED_MODULE_0__/* .chunkPages */ .c0)(bytes, rows)) {
        if (page.header.type === "DICTIONARY_PAGE") {
            const count = page.header.dictionary_page_header?.num_values ?? 0;
            if (entries !== undefined || count > rows * MAX_ENTRIES_PER_ROW)
                return undefined;
            entries = dictionaryEntries((0,_parquet_chunk_pages_js__WEBPACK_IMPORTED_MODULE_0__/* .dictionaryPageBytes */ .fJ)(page, decoder, compressors), decoder.type, count);
            continue;
        }
        const values = (0,_parquet_chunk_pages_js__WEBPACK_IMPORTED_MODULE_0__/* .dataPageValues */ .e4)(page, decoder, compressors);
        if (entries === undefined || values === undefined || !values.dictionary)
            return undefined;
        if (row + values.count > rows)
            return undefined;
        const { count, defined, levels } = values;
        const target = defined === count ? indices.subarray(row, row + count) : new Int32Array(defined);
        (0,_parquet_chunk_pages_js__WEBPACK_IMPORTED_MODULE_0__/* .readIndices */ .o0)(values, target);
        if (!indicesBelow(target, defined, entries.length))
            return undefined;
        if (target.length !== count) {
            present ??= new Uint8Array(rows).fill(1);
            scatterDefined(target, levels, count, indices, present, row);
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
function indicesBelow(indices, count, entries) {
    for (let v = 0; v < count; v++)
        if (indices[v] >= entries)
            return false;
    return true;
}
/** A page's defined indices to their rows from `row` on (`levels[k]` 1: defined), its nulls to `present`. */
function scatterDefined(defined, levels, count, indices, present, row) {
    for (let k = 0, v = 0; k < count; k++) {
        if (levels[k] === 1)
            indices[row + k] = defined[v++];
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
function dictionaryEntries(raw, type, count) {
    const values = (0,hyparquet_src_plain_js__WEBPACK_IMPORTED_MODULE_1__/* .readPlain */ .r)((0,_parquet_chunk_pages_js__WEBPACK_IMPORTED_MODULE_0__/* .readerOf */ .TC)(raw), type, count, undefined);
    if (type === "BYTE_ARRAY")
        return values.map((value) => utf8.decode(value));
    return Array.from(values, Number);
}
/**
 * `decodeDictionaryChunk` of the chunk's bytes, read from `file`; undefined when they cannot be read.
 * With `buffers`, the indices are a view of them, valid until their next read.
 */
async function readDictionaryChunk(file, shape, buffers) {
    const bytes = (0,_parquet_chunk_pages_js__WEBPACK_IMPORTED_MODULE_0__/* .readChunkBytes */ .vv)(file, shape, buffers);
    return bytes && decodeDictionaryChunk(bytes, shape, await (0,_parquet_chunk_pages_js__WEBPACK_IMPORTED_MODULE_0__/* .compressorsFor */ .Q9)(shape), buffers);
}
/** Rows `from` to `from + count` (excluded) of a chunk read whole. */
function dictionaryRows(dictionary, from, count) {
    const { entries, indices, present, indicesChecked } = dictionary;
    return {
        entries,
        indicesChecked,
        indices: indices.subarray(from, from + count),
        present: present?.subarray(from, from + count),
    };
}


/***/ }),

/***/ 3465:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ FileBlob)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/**
 * A part of a file, as the Blob that parquet-wasm reads from: parquet-wasm asks a Blob only for its `size`,
 * `slice(start, end)` and a slice's `arrayBuffer()`. A slice's bytes are read straight into one new
 * ArrayBuffer; `openAsBlob`'s are streamed in chunks and then joined, a copy of every byte more (about a
 * tenth of the CPU time of a large file's validation). The file is opened for each read, so nothing is
 * left open whenever the decoder stops.
 *
 * Each read is synchronous: the decoder waits for it anyway, and the promise API's open, reads and close
 * are each a round trip through libuv's thread pool. In a file of many row groups (a slice per column
 * chunk), they took ~0.1 ms of CPU a slice, 110 ms of two threads' for 1M rows in 10,000-row groups.
 */
class FileBlob {
    size;
    file;
    start;
    constructor(file, start, end) {
        this.file = file;
        this.start = start;
        this.size = Math.max(0, end - start);
    }
    /** Bytes `start` to `end` (excluded) of this part, clamped and counted from its end when negative. */
    slice(start = 0, end = this.size) {
        const from = this.start + within(start, this.size);
        return new FileBlob(this.file, from, this.start + Math.max(within(end, this.size), from - this.start));
    }
    async arrayBuffer() {
        return this.readInto(new Uint8Array(this.size)).buffer;
    }
    /** This part's bytes, read into `bytes` (as long as the part). */
    readInto(bytes) {
        if (bytes.length !== this.size)
            throw new Error(`${this.size} bytes to read into ${bytes.length}`);
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(this.file, "r");
        try {
            let done = 0;
            while (done < bytes.length) {
                const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, bytes, done, bytes.length - done, this.start + done);
                if (bytesRead === 0)
                    throw new Error(`${this.file} ended before byte ${this.start + bytes.length}`);
                done += bytesRead;
            }
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
        return bytes;
    }
}
/** A Blob offset (negative: from the end) as an offset within `0..size`. */
function within(offset, size) {
    return Math.min(Math.max(offset < 0 ? size + offset : offset, 0), size);
}


/***/ }),

/***/ 2400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ readParquetFooter)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var hyparquet_src_metadata_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4038);


/** The footer's last 8 bytes: the metadata's length (4 bytes, little-endian), then `PAR1`. */
const TAIL_BYTES = 8;
/**
 * A Parquet file's metadata, read from its footer with hyparquet's parser (the Thrift compact protocol;
 * small, pure JS, no data decoded): what parquet-wasm does not expose (column statistics, column chunk
 * sizes). Throws when the footer cannot be read; the decoder then tells what is wrong.
 */
async function readParquetFooter(file) {
    return (0,hyparquet_src_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .parquetMetadata */ .m5)(readFooterBytes(file), { geoparquet: false });
}
/**
 * The footer: the file's metadata and the 8 bytes after it. Read synchronously, as the slices are
 * (parquet-file-blob.ts): five round trips through libuv's thread pool a file, for a dataset of many.
 */
function readFooterBytes(file) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, "r");
    try {
        const { size } = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        const tail = new Uint8Array(TAIL_BYTES);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, tail, 0, TAIL_BYTES, size - TAIL_BYTES);
        const length = new DataView(tail.buffer).getUint32(0, true);
        const footer = new Uint8Array(Math.min(size, length + TAIL_BYTES));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, footer, 0, footer.length, size - footer.length);
        return footer;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

/***/ 6107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZS: () => (/* binding */ nullCountsOf),
/* harmony export */   jf: () => (/* binding */ cellsMayHoldText),
/* harmony export */   s8: () => (/* binding */ topLevelNames)
/* harmony export */ });
/**
 * How many nulls each top-level, not nested column of each row group holds, where a file's metadata
 * (`readParquetFooter`) tells it exactly: a `REQUIRED` column holds none, and a column chunk's
 * statistics may carry a `null_count` (pyarrow writes one). One map a row group, by column name; a
 * column it does not tell is absent.
 */
function nullCountsOf(metadata) {
    const leaves = metadata.schema.filter((element) => element.type !== undefined);
    return metadata.row_groups.map((group) => {
        const counts = new Map();
        const named = new Set();
        group.columns.forEach((chunk, index) => {
            const path = chunk.meta_data?.path_in_schema;
            if (path?.length !== 1)
                return;
            const name = path[0];
            const nulls = chunk.meta_data?.statistics?.null_count;
            // Two columns of one name: neither is told.
            if (named.has(name))
                counts.delete(name);
            else if (leaves[index]?.repetition_type === "REQUIRED")
                counts.set(name, 0);
            else if (nulls !== undefined)
                counts.set(name, Number(nulls));
            named.add(name);
        });
        return counts;
    });
}
/**
 * For each top-level column of the file, whether a cell of it may be text: false only where the schema
 * says its cells are booleans or numbers (`BOOLEAN`, and `INT32`, `INT64`, `FLOAT`, `DOUBLE` with no
 * annotation but an integer's: a date, a time or a decimal may be read as text); true for the others.
 */
function cellsMayHoldText(metadata) {
    return new Map(topLevelElements(metadata.schema).map((element) => [
        element.name,
        // A group (nested) may hold anything; a leaf is told by its type.
        Boolean(element.num_children) || !cellsAreNotText(element),
    ]));
}
function cellsAreNotText(element) {
    const { type, logical_type: logical, converted_type: converted } = element;
    if (type === "BOOLEAN")
        return logical === undefined && converted === undefined;
    if (type === "FLOAT" || type === "DOUBLE")
        return logical === undefined && converted === undefined;
    if (type !== "INT32" && type !== "INT64")
        return false;
    if (logical !== undefined)
        return logical.type === "INTEGER";
    return converted === undefined || INTEGERS.has(converted);
}
const INTEGERS = new Set(["INT_8", "INT_16", "INT_32", "INT_64", "UINT_8", "UINT_16", "UINT_32", "UINT_64"]);
/** The names of the columns at the top of a flattened Parquet schema (the root first, then depth first). */
function topLevelNames(schema) {
    return topLevelElements(schema).map((element) => element.name);
}
function topLevelElements(schema) {
    const elements = [];
    let at = 1;
    for (let child = 0; child < (schema[0]?.num_children ?? 0) && at < schema.length; child++) {
        elements.push(schema[at]);
        at = afterSubtree(schema, at);
    }
    return elements;
}
function afterSubtree(schema, at) {
    let next = at + 1;
    for (let child = 0; child < (schema[at]?.num_children ?? 0) && next < schema.length; child++)
        next = afterSubtree(schema, next);
    return next;
}


/***/ })

};
