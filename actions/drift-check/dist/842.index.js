export const id = 842;
export const ids = [842];
export const modules = {

/***/ 5626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ int64Doubles)
/* harmony export */ });
/**
 * `length` 64-bit integers at byte `address` of `memory` (little-endian, as Arrow's buffers and the
 * decoder's memory are) as the nearest doubles, into `doubles`. Read as two 32-bit halves: `high * 2^32`
 * is exact, so the one rounding of the sum gives what `Number(bigint)` gives, several times faster.
 */
function int64Doubles(memory, address, length, signed, doubles = new Float64Array(length)) {
    const words = address % 4 === 0
        ? new Uint32Array(memory, address, 2 * length)
        : new Uint32Array(memory.slice(address, address + 8 * length));
    if (signed) {
        for (let i = 0; i < length; i++) {
            doubles[i] = (words[2 * i + 1] | 0) * 4_294_967_296 + words[2 * i];
        }
    }
    else {
        for (let i = 0; i < length; i++) {
            doubles[i] = words[2 * i + 1] * 4_294_967_296 + words[2 * i];
        }
    }
    return doubles;
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

/***/ 6842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readParquet: () => (/* binding */ readParquet)
});

// UNUSED EXPORTS: PARQUET_RANGE_ROWS, readParquetColumns

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./packages/data/src/chunk-buffers.ts
/**
 * The arrays column chunks are read into, one chunk after another (`readParquetColumns` with
 * `byColumn`): each read reuses the memory of the one before, and gives views of it, valid until the
 * next read. Fresh memory costs a page fault a 4 KiB page on its first touch (~0.4 ms a MB on the bench
 * machine), and a chunk of 1M rows is read into 8–30 MB. On the bench's Parquet files, alternated runs
 * against fresh arrays for each chunk: 10 row groups of 1M rows 577 against 677 ms (CPU 970 against
 * 1,210 ms, peak RSS 173 against 356 MiB), 9 of 122,880 rows 205 against 229 ms (116 against 169 MiB),
 * one of 1M rows 195 against 199 ms (129 against 159 MiB).
 */
class ChunkBuffers {
    compressed = new Uint8Array(0);
    numbers = new Float64Array(0);
    rowStarts = new Int32Array(0);
    rowEnds = new Int32Array(0);
    rowIndices = new Int32Array(0);
    texts = Buffer.alloc(0);
    /** A chunk's bytes as stored in the file. */
    bytes(length) {
        if (this.compressed.length < length)
            this.compressed = new Uint8Array(length);
        return this.compressed.subarray(0, length);
    }
    /** A row's number each. */
    doubles(rows) {
        if (this.numbers.length < rows)
            this.numbers = new Float64Array(rows);
        return this.numbers.subarray(0, rows);
    }
    /** A row's text's first byte each. */
    starts(rows) {
        if (this.rowStarts.length < rows)
            this.rowStarts = new Int32Array(rows);
        return this.rowStarts.subarray(0, rows);
    }
    /** A row's text's end each. */
    ends(rows) {
        if (this.rowEnds.length < rows)
            this.rowEnds = new Int32Array(rows);
        return this.rowEnds.subarray(0, rows);
    }
    /** A row's dictionary index each. */
    indices(rows) {
        if (this.rowIndices.length < rows)
            this.rowIndices = new Int32Array(rows);
        return this.rowIndices.subarray(0, rows);
    }
    /** A chunk's text bytes, one after the other. */
    joined(length) {
        if (this.texts.length < length)
            this.texts = Buffer.allocUnsafe(length);
        return this.texts.subarray(0, length);
    }
}

// EXTERNAL MODULE: ./node_modules/hyparquet/src/plain.js
var plain = __webpack_require__(7190);
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

;// CONCATENATED MODULE: ./packages/data/src/parquet-dictionary-chunk.ts


/**
 * A flat chunk (`flatChunkOf`) of row group `group` when its values can be read as a dictionary and the
 * indices into it: it has a dictionary page, no data page the metadata says is not dictionary-encoded (a
 * writer whose dictionary grew too large goes on in PLAIN), a dictionary page small for the rows
 * (`largeDictionary`), and at most `MAX_ROWS` rows. Undefined for any other chunk.
 */
function dictionaryChunkShape(metadata, group, name) {
    const chunk = flatChunkOf(metadata, group, name, MAX_ROWS);
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
    for (const page of chunkPages(bytes, rows)) {
        if (page.header.type === "DICTIONARY_PAGE") {
            const count = page.header.dictionary_page_header?.num_values ?? 0;
            if (entries !== undefined || count > rows * MAX_ENTRIES_PER_ROW)
                return undefined;
            entries = dictionaryEntries(dictionaryPageBytes(page, decoder, compressors), decoder.type, count);
            continue;
        }
        const values = dataPageValues(page, decoder, compressors);
        if (entries === undefined || values === undefined || !values.dictionary)
            return undefined;
        if (row + values.count > rows)
            return undefined;
        const { count, defined, levels } = values;
        const target = defined === count ? indices.subarray(row, row + count) : new Int32Array(defined);
        readIndices(values, target);
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
    const values = (0,plain/* readPlain */.r)(readerOf(raw), type, count, undefined);
    if (type === "BYTE_ARRAY")
        return values.map((value) => utf8.decode(value));
    return Array.from(values, Number);
}
/**
 * `decodeDictionaryChunk` of the chunk's bytes, read from `file`; undefined when they cannot be read.
 * With `buffers`, the indices are a view of them, valid until their next read.
 */
async function readDictionaryChunk(file, shape, buffers) {
    const bytes = readChunkBytes(file, shape, buffers);
    return bytes && decodeDictionaryChunk(bytes, shape, await compressorsFor(shape), buffers);
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

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./packages/data/src/int64-doubles.ts
var int64_doubles = __webpack_require__(5626);
;// CONCATENATED MODULE: ./packages/data/src/parquet-flat-chunk.ts



/**
 * The most rows of a chunk read whole this way: its values are held for the whole row group (8 bytes a
 * number or a text's range, 64 MiB here, as the dictionary reader's indices at its limit). Larger row
 * groups (Spark and Polars cut them by size) go to the decoder, which holds its 65,536-row ranges but
 * also the group's compressed chunks and its own memory: a 4M-row group of the bench's columns took
 * 717 ms and 356 MiB there, 341 ms and 270 MiB read this way (8M rows: 1,397 ms and 573 MiB, against
 * 907 ms and 420 MiB).
 */
const parquet_flat_chunk_MAX_ROWS = 1 << 23;
/** The most bytes of a text chunk's values, uncompressed, read this way. */
const MAX_TEXT_BYTES = 64 << 20;
/**
 * A flat chunk (`flatChunkOf`) of row group `group` that `decodeFlatChunk` may read: at most `MAX_ROWS`
 * rows (and `MAX_TEXT_BYTES` for texts), and no data page the metadata says is encoded otherwise than
 * PLAIN or with the dictionary. Undefined for any other chunk.
 */
function flatChunkShape(metadata, group, name) {
    const chunk = flatChunkOf(metadata, group, name, parquet_flat_chunk_MAX_ROWS);
    if (!chunk)
        return undefined;
    if (!chunk.numeric && Number(chunk.meta.total_uncompressed_size) > MAX_TEXT_BYTES)
        return undefined;
    const otherPages = chunk.meta.encoding_stats?.some(({ page_type, encoding }) => page_type.startsWith("DATA_PAGE") && !READ_ENCODINGS.has(encoding));
    return otherPages ? undefined : chunk;
}
const READ_ENCODINGS = new Set(["PLAIN", "RLE_DICTIONARY", "PLAIN_DICTIONARY"]);
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
function decodeFlatChunk(bytes, chunk, compressors, buffers) {
    try {
        return chunk.numeric
            ? decodeNumbers(bytes, chunk, compressors, buffers)
            : decodeTexts(bytes, chunk, compressors, buffers);
    }
    catch {
        return undefined;
    }
}
/**
 * `decodeFlatChunk` of the chunk's bytes, read from `file`; undefined when they cannot be read. With
 * `buffers`, the values are views of them, valid until their next read.
 */
async function readFlatChunk(file, chunk, buffers) {
    const bytes = readChunkBytes(file, chunk, buffers);
    return bytes && decodeFlatChunk(bytes, chunk, await compressorsFor(chunk), buffers);
}
/** Rows `from` to `from + count` (excluded) of a chunk read whole. */
function flatRows(values, from, count) {
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
function decodeNumbers(bytes, chunk, compressors, buffers) {
    const { rows, decoder } = chunk;
    const type = decoder.type;
    const doubles = buffers ? buffers.doubles(rows) : new Float64Array(rows);
    let present;
    let entries;
    let indices;
    let row = 0;
    for (const page of chunkPages(bytes, rows)) {
        if (page.header.type === "DICTIONARY_PAGE") {
            const count = page.header.dictionary_page_header?.num_values ?? 0;
            if (entries !== undefined)
                return undefined;
            entries = plainNumbers(dictionaryPageBytes(page, decoder, compressors), 0, type, count);
            continue;
        }
        const values = dataPageValues(page, decoder, compressors);
        if (values === undefined || row + values.count > rows)
            return undefined;
        const { defined } = values;
        const target = values.levels === undefined ? doubles.subarray(row, row + defined) : new Float64Array(defined);
        if (values.dictionary) {
            if (entries === undefined)
                return undefined;
            indices = pageIndices(values, indices);
            if (!expandNumbers(entries, indices, defined, target))
                return undefined;
        }
        else {
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
function pageIndices(values, scratch) {
    const indices = scratch !== undefined && scratch.length >= values.defined ? scratch : new Int32Array(values.defined);
    readIndices(values, indices);
    return indices;
}
/** Each index's entry into `target`; false when an index is past the dictionary. */
function expandNumbers(entries, indices, count, target) {
    const size = entries.length;
    for (let k = 0; k < count; k++) {
        const index = indices[k];
        if (index >= size)
            return false;
        target[k] = entries[index];
    }
    return true;
}
/** The defined values of a page into their rows: a null's row is 0, and not present. */
function scatterNumbers(defined, levels, doubles, present, row) {
    for (let k = 0, v = 0; k < levels.length; k++) {
        if (levels[k] === 1)
            doubles[row + k] = defined[v++];
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
function plainNumbers(data, at, type, count, target = new Float64Array(count)) {
    const width = type === "INT64" || type === "DOUBLE" ? 8 : 4;
    const end = at + count * width;
    if (end > data.length)
        throw new Error("PLAIN values run past their page");
    if (width === 8) {
        // The values' bytes straight into the doubles' (aligned, whatever the page's alignment), an int64
        // then converted where it is: one copy.
        new Uint8Array(target.buffer, target.byteOffset, count * 8).set(data.subarray(at, end));
        if (type === "INT64")
            (0,int64_doubles/* int64Doubles */._)(target.buffer, target.byteOffset, count, true, target);
        return target;
    }
    const address = data.byteOffset + at;
    // Typed arrays need aligned views: an unaligned page is copied first (node:zlib gives Buffers, whose
    // `slice` is a view).
    const aligned = address % width === 0;
    const buffer = aligned ? data.buffer : new Uint8Array(data.subarray(at, end)).buffer;
    const offset = aligned ? address : 0;
    if (type === "FLOAT")
        target.set(new Float32Array(buffer, offset, count));
    else
        target.set(new Int32Array(buffer, offset, count));
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
function decodeTexts(bytes, chunk, compressors, buffers) {
    const { rows, decoder } = chunk;
    const size = Number(chunk.meta.total_uncompressed_size);
    const starts = buffers ? buffers.starts(rows) : new Int32Array(rows);
    const ends = buffers ? buffers.ends(rows) : new Int32Array(rows);
    const joined = buffers ? buffers.joined(size) : Buffer.allocUnsafe(size);
    let base = 0;
    /** Copies a page's value bytes after the pages before; undefined when they do not fit. */
    const append = (piece) => {
        if (base + piece.length > joined.length)
            return undefined;
        joined.set(piece, base);
        return joined.subarray(base, base + piece.length);
    };
    let present;
    let entries;
    let indices;
    let row = 0;
    for (const page of chunkPages(bytes, rows)) {
        if (page.header.type === "DICTIONARY_PAGE") {
            const count = page.header.dictionary_page_header?.num_values ?? 0;
            const raw = entries === undefined ? append(dictionaryPageBytes(page, decoder, compressors)) : undefined;
            if (raw === undefined)
                return undefined;
            entries = textEntries(raw, count, base);
            base += raw.length;
            continue;
        }
        const values = dataPageValues(page, decoder, compressors);
        if (values === undefined || row + values.count > rows)
            return undefined;
        const { defined } = values;
        const direct = values.levels === undefined;
        const valueStarts = direct ? starts.subarray(row, row + defined) : new Int32Array(defined);
        const valueEnds = direct ? ends.subarray(row, row + defined) : new Int32Array(defined);
        if (values.dictionary) {
            if (entries === undefined)
                return undefined;
            indices = pageIndices(values, indices);
            if (!entryRanges(entries, indices, defined, valueStarts, valueEnds))
                return undefined;
        }
        else {
            const region = append(values.data.subarray(values.at));
            if (region === undefined)
                return undefined;
            plainRanges(region, defined, base, valueStarts, valueEnds);
            base += region.length;
        }
        if (values.levels !== undefined) {
            present ??= new Uint8Array(rows).fill(1);
            scatterRanges(valueStarts, valueEnds, values.levels, starts, ends, present, row);
        }
        row += values.count;
    }
    if (row !== rows)
        return undefined;
    const used = joined.subarray(0, base);
    if (!(0,external_node_buffer_.isUtf8)(used) || used.includes(0))
        return undefined;
    return { texts: { bytes: used, starts, ends, present } };
}
function textEntries(raw, count, base) {
    const starts = new Int32Array(count);
    const ends = new Int32Array(count);
    plainRanges(raw, count, base, starts, ends);
    return { starts, ends };
}
/**
 * `count` PLAIN texts from the start of `region` (each after its 4-byte length, which becomes spaces):
 * their ranges in the joined buffer, `region` from `base`.
 */
function plainRanges(region, count, base, starts, ends) {
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
function takeLength(data, at) {
    if (at + 4 > data.length)
        throw new Error("a PLAIN text runs past its page");
    const length = (data[at] |
        (data[at + 1] << 8) |
        (data[at + 2] << 16) |
        (data[at + 3] << 24)) >>>
        0;
    if (at + 4 + length > data.length)
        throw new Error("a PLAIN text runs past its page");
    // Four stores: a `fill` call a value costs more.
    data[at] = SPACE;
    data[at + 1] = SPACE;
    data[at + 2] = SPACE;
    data[at + 3] = SPACE;
    return length;
}
/** Each index's entry's range; false when an index is past the dictionary. */
function entryRanges(entries, indices, count, starts, ends) {
    const size = entries.starts.length;
    for (let v = 0; v < count; v++) {
        const index = indices[v];
        if (index >= size)
            return false;
        starts[v] = entries.starts[index];
        ends[v] = entries.ends[index];
    }
    return true;
}
/** The defined values' ranges into their rows from `row`: a null's empty, and not present. */
function scatterRanges(valueStarts, valueEnds, levels, starts, ends, present, row) {
    for (let k = 0, v = 0; k < levels.length; k++) {
        if (levels[k] === 1) {
            starts[row + k] = valueStarts[v];
            ends[row + k] = valueEnds[v++];
        }
        else {
            starts[row + k] = 0;
            ends[row + k] = 0;
            present[row + k] = 0;
        }
    }
}

;// CONCATENATED MODULE: ./packages/data/src/parquet-null-counts.ts
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

;// CONCATENATED MODULE: ./packages/data/src/parquet-chunk-plan.ts



/**
 * Each row group's plan for the columns `wanted`, from the file's footer: a column is counted where the
 * consumer needs only its null count and the metadata tells that it holds no null or only nulls (a count
 * between does not tell which ranges hold the nulls, nor how many of them a read stopped within the row
 * group by a corrupt page has gone through); else read as its dictionary where the chunk is one
 * (`dictionaryChunkShape`) and the consumer takes it; else from its pages where it is flat
 * (`flatChunkShape`) and asked for; else decoded.
 */
function planGroups(metadata, wanted, reading) {
    const { countsNulls, takesDictionary, readsPages } = reading;
    const nullCounts = countsNulls ? nullCountsOf(metadata) : [];
    const mayHoldText = cellsMayHoldText(metadata);
    return metadata.row_groups.map((group, g) => {
        const plan = {
            rows: Number(group.num_rows),
            counted: new Map(),
            dictionaries: new Map(),
            flats: new Map(),
            decoded: [],
        };
        for (const name of wanted) {
            const nulls = nullCounts[g]?.get(name);
            const exact = nulls === 0 || nulls === plan.rows;
            if (exact && countsNulls?.({ name, mayHoldText: mayHoldText.get(name) ?? true })) {
                plan.counted.set(name, nulls > 0);
                continue;
            }
            const dictionary = takesDictionary ? dictionaryChunkShape(metadata, g, name) : undefined;
            if (dictionary && takesDictionary?.(name, dictionary.numeric)) {
                plan.dictionaries.set(name, dictionary);
                continue;
            }
            const flat = readsPages ? flatChunkShape(metadata, g, name) : undefined;
            if (flat)
                plan.flats.set(name, flat);
            else
                plan.decoded.push(name);
        }
        return plan;
    });
}

;// CONCATENATED MODULE: ./packages/data/src/parquet-flat-column.ts
/**
 * A range of a flat chunk read from its pages (`decodeFlatChunk`): numbers as doubles or texts as UTF-8,
 * with the cells the decoder's column gives of them (numbers, texts; null where a value is missing).
 */
class FlatColumn {
    values;
    cellValues;
    constructor(values) {
        this.values = values;
    }
    get length() {
        const { values } = this;
        return "numbers" in values ? values.numbers.values.length : values.texts.starts.length;
    }
    cells() {
        this.cellValues ??= this.makeCells();
        return this.cellValues;
    }
    numbers() {
        return "numbers" in this.values ? this.values.numbers : undefined;
    }
    texts() {
        return "texts" in this.values ? this.values.texts : undefined;
    }
    dictionary() {
        return undefined;
    }
    present() {
        const { values } = this;
        return "numbers" in values ? values.numbers.present : values.texts.present;
    }
    get mayHoldText() {
        return !("numbers" in this.values);
    }
    makeCells() {
        const present = this.present();
        const cells = new Array(this.length);
        if ("numbers" in this.values) {
            const { values } = this.values.numbers;
            for (let k = 0; k < cells.length; k++)
                cells[k] = present?.[k] === 0 ? null : values[k];
            return cells;
        }
        const { bytes, starts, ends } = this.values.texts;
        for (let k = 0; k < cells.length; k++)
            cells[k] = present?.[k] === 0 ? null : bytes.toString("utf8", starts[k], ends[k]);
        return cells;
    }
}

;// CONCATENATED MODULE: ./packages/data/src/parquet-footer.ts


/** The footer's last 8 bytes: the metadata's length (4 bytes, little-endian), then `PAR1`. */
const TAIL_BYTES = 8;
/**
 * A Parquet file's metadata, read from its footer with hyparquet's parser (the Thrift compact protocol;
 * small, pure JS, no data decoded): what parquet-wasm does not expose (column statistics, column chunk
 * sizes). Throws when the footer cannot be read; the decoder then tells what is wrong.
 */
async function readParquetFooter(file) {
    return (0,src_metadata/* parquetMetadata */.m5)(readFooterBytes(file), { geoparquet: false });
}
/**
 * The footer: the file's metadata and the 8 bytes after it. Read synchronously, as the slices are
 * (parquet-file-blob.ts): five round trips through libuv's thread pool a file, for a dataset of many.
 */
function readFooterBytes(file) {
    const fd = (0,external_node_fs_.openSync)(file, "r");
    try {
        const { size } = (0,external_node_fs_.fstatSync)(fd);
        const tail = new Uint8Array(TAIL_BYTES);
        (0,external_node_fs_.readSync)(fd, tail, 0, TAIL_BYTES, size - TAIL_BYTES);
        const length = new DataView(tail.buffer).getUint32(0, true);
        const footer = new Uint8Array(Math.min(size, length + TAIL_BYTES));
        (0,external_node_fs_.readSync)(fd, footer, 0, footer.length, size - footer.length);
        return footer;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./packages/data/src/parquet-rows.ts
/**
 * Rows `from` to `from + count` of decoded columns, `columns[position]` being the cells of the column at
 * that position (undefined when it was not read: its cells are null); the first row's line is `line`.
 * Built row by row, each row's array filled once in order: far cheaper for V8 than writing column by column.
 */
function buildRows(columns, from, count, line) {
    const width = columns.length;
    const rows = new Array(count);
    for (let index = 0; index < count; index++) {
        const values = new Array(width);
        for (let position = 0; position < width; position++) {
            values[position] = columns[position]?.[from + index] ?? null;
        }
        rows[index] = { line: line + index, values };
    }
    return rows;
}

// EXTERNAL MODULE: ./packages/data/src/reader-types.ts
var reader_types = __webpack_require__(7763);
;// CONCATENATED MODULE: ./packages/data/src/read-parquet.ts










/**
 * Rows decoded at a time. The decoder reads one row group's column chunks (compressed) and decodes them
 * a batch of about this many rows at a time, so the decoded columns held at once stay bounded by it
 * rather than by the row group (pyarrow's default is 1,048,576 rows).
 */
const PARQUET_RANGE_ROWS = 65_536;
/**
 * Reads a Parquet file with parquet-wasm (parquet-decoder.ts), only the columns asked for, one row group
 * at a time. Rows are built from the decoded
 * columns one batch at a time; a row's `line` is its 1-based row number. `rangeRows` (rounded to whole
 * batches) is how many rows are decoded at once.
 */
async function* readParquet(file, options = {}, rangeRows = PARQUET_RANGE_ROWS) {
    const batchSize = options.batchSize ?? reader_types/* DEFAULT_BATCH_SIZE */.jg;
    const rangeSize = Math.max(1, Math.floor(rangeRows / batchSize)) * batchSize;
    // Every value is read (no null counts asked for): a row needs them all.
    for await (const event of readParquetColumns(file, { columns: options.columns }, rangeSize)) {
        if (event.kind === "column")
            throw new Error("internal: a column alone, not asked for (byColumn)");
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
 * `readParquet` by columns, `rangeRows` rows at a time (fewer at the end of a row group): for a consumer
 * that checks column by column and needs no row objects. How each column chunk is read follows
 * `planGroups`: counted from the footer's statistics, read as a dictionary, read from its pages in
 * JavaScript, or decoded by parquet-wasm; a chunk that JavaScript cannot read after all (an encoding
 * the footer did not tell, texts that are not UTF-8…) goes to the decoder. The decoder is loaded only
 * for a file that needs it, and then opened first, so that a file it cannot read is reported as before.
 */
async function* readParquetColumns(file, options = {}, rangeRows = PARQUET_RANGE_ROWS) {
    // Synchronous, as the slice reads (parquet-file-blob.ts): a dataset of many files waited for each.
    const { size } = (0,external_node_fs_.statSync)(file);
    if (size === 0) {
        yield { kind: "problem", problem: { kind: "empty-file", file, message: "the file is empty" } };
        return;
    }
    const { countsNulls, takesDictionary, readsPages } = options;
    // The decoder does not expose the column statistics nor the pages: hyparquet reads the footer.
    const metadata = countsNulls || takesDictionary || readsPages
        ? (options.metadata ?? (await readParquetFooter(file).catch(() => undefined)))
        : undefined;
    const names = metadata && topLevelNames(metadata.schema);
    let plans = names && new Set(names).size === names.length
        ? planGroups(metadata, wantedOf(names, options.columns), options)
        : undefined;
    let decoder;
    if (!plans || plans.some((plan) => plan.decoded.length > 0)) {
        try {
            decoder = await openDecoder(file, size);
        }
        catch (error) {
            yield {
                kind: "problem",
                problem: { kind: "unreadable", file, message: `not a Parquet file: ${reason(error)}` },
            };
            return;
        }
    }
    const columns = decoder?.columns ?? names;
    const wanted = wantedOf(columns, options.columns);
    if (decoder && (!plans || !sameNames(columns, names)))
        plans = decoderPlans(decoder, wanted);
    try {
        yield { kind: "header", file, columns };
        const buffers = options.byColumn ? new ChunkBuffers() : undefined;
        yield* readGroups(file, size, columns, plans, decoder, rangeRows, buffers);
    }
    finally {
        decoder?.free();
    }
}
function wantedOf(columns, asked) {
    return asked ? columns.filter((name) => asked.includes(name)) : [...columns];
}
function sameNames(a, b) {
    return b !== undefined && a.length === b.length && a.every((name, i) => name === b[i]);
}
/** Every wanted column decoded in every row group: for a file whose footer hyparquet cannot read. */
function decoderPlans(decoder, wanted) {
    return decoder.groupRows.map((rows) => ({
        rows,
        counted: new Map(),
        dictionaries: new Map(),
        flats: new Map(),
        decoded: [...wanted],
    }));
}
async function openDecoder(file, size) {
    const { ParquetDecoder } = await Promise.all(/* import() */[__webpack_require__.e(50), __webpack_require__.e(85)]).then(__webpack_require__.bind(__webpack_require__, 4085));
    return ParquetDecoder.open(file, size);
}
/**
 * The row groups' ranges, each group's chunks read as `plans` says; the decoder, when none was `opened`
 * and a chunk needs it, is opened then and freed at the end. With `buffers` (`byColumn`), the chunks
 * read from their pages or as their dictionary come first, one at a time, read into them.
 */
async function* readGroups(file, size, columns, plans, opened, rangeSize, buffers) {
    const late = {};
    const decoderFor = async () => {
        if (opened)
            return opened;
        if (!late.decoder) {
            late.decoder = await openDecoder(file, size);
            if (!sameNames(late.decoder.columns, columns))
                throw new Error("the decoder reads other columns");
        }
        return late.decoder;
    };
    try {
        let groupStart = 0;
        for (const [group, plan] of plans.entries()) {
            const { rows } = plan;
            const positionOf = (name) => columns.indexOf(name);
            const decoded = [...plan.decoded];
            const given = new Set();
            const dictionaries = new Map();
            for (const [name, shape] of plan.dictionaries) {
                const dictionary = shape.rows === rows ? await readDictionaryChunk(file, shape, buffers) : undefined;
                if (!dictionary)
                    decoded.push(name);
                else if (!buffers)
                    dictionaries.set(positionOf(name), dictionary);
                else {
                    given.add(positionOf(name));
                    yield* columnRanges(file, groupStart, rows, rangeSize, positionOf(name), (from, count) => ({
                        dictionary: dictionaryRows(dictionary, from, count),
                    }));
                }
            }
            const flats = new Map();
            for (const [name, shape] of plan.flats) {
                const values = shape.rows === rows ? await readFlatChunk(file, shape, buffers) : undefined;
                if (!values)
                    decoded.push(name);
                else if (!buffers)
                    flats.set(positionOf(name), values);
                else {
                    given.add(positionOf(name));
                    yield* columnRanges(file, groupStart, rows, rangeSize, positionOf(name), (from, count) => ({
                        column: new FlatColumn(flatRows(values, from, count)),
                    }));
                }
            }
            let rangeStart = groupStart;
            try {
                const ranges = decoded.length > 0
                    ? (await decoderFor()).ranges(group, rows, decoded, rangeSize)
                    : undecodedRanges(rows, columns.length, rangeSize);
                for await (const range of ranges) {
                    const from = rangeStart - groupStart;
                    const nullCounts = new Map();
                    for (const [name, allNull] of plan.counted)
                        nullCounts.set(positionOf(name), allNull ? range.rows : 0);
                    const rangeDictionaries = new Map();
                    for (const [position, dictionary] of dictionaries)
                        rangeDictionaries.set(position, dictionaryRows(dictionary, from, range.rows));
                    const rangeColumns = [...range.columns];
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
            }
            catch (error) {
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
    finally {
        late.decoder?.free();
    }
}
/** A row group's column, range by range: `values` gives a range's `column` or `dictionary`. */
function* columnRanges(file, groupStart, rows, rangeSize, position, values) {
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
async function* undecodedRanges(rows, columns, rangeSize) {
    for (let start = 0; start < rows; start += rangeSize) {
        yield { rows: Math.min(rangeSize, rows - start), columns: new Array(columns).fill(undefined) };
    }
}
function reason(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ })

};
