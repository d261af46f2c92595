export const id = 707;
export const ids = [707];
export const modules = {

/***/ 7707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readParquet: () => (/* binding */ readParquet)
});

// UNUSED EXPORTS: PARQUET_RANGE_ROWS, readParquetColumns

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/parquet-wasm/node/parquet_wasm.js
var parquet_wasm = __webpack_require__(6830);
// EXTERNAL MODULE: ./node_modules/apache-arrow/enum.mjs
var apache_arrow_enum = __webpack_require__(6008);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./node_modules/apache-arrow/util/math.mjs
var math = __webpack_require__(9221);
;// CONCATENATED MODULE: ./packages/data/src/int64-doubles.ts
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

;// CONCATENATED MODULE: ./packages/data/src/parquet-cells.ts


// Not `util` from the package's index: that would bring all of apache-arrow (IPC included) into the bundle.


/**
 * The cells of one decoded Arrow column chunk, in row order: what the validator sees of a Parquet value.
 * Numbers as numbers (int64 and decimals too), dates as `YYYY-MM-DD`, timestamps as ISO text in UTC
 * (milliseconds, truncated toward zero), byte arrays as UTF-8 text, lists, structs and maps as JSON.
 * These are the cells the reader gave when hyparquet decoded the file, value for value.
 */
function arrowCells(data) {
    const cells = new Array(data.length);
    const present = validity(data);
    switch (data.typeId) {
        case apache_arrow_enum/* Type */.ZU.Int:
        case apache_arrow_enum/* Type */.ZU.Float:
        case apache_arrow_enum/* Type */.ZU.Time:
        case apache_arrow_enum/* Type */.ZU.Duration: {
            const read = numberReader(data);
            for (let i = 0; i < cells.length; i++)
                cells[i] = present(i) ? read(i) : null;
            return cells;
        }
        case apache_arrow_enum/* Type */.ZU.Utf8:
        case apache_arrow_enum/* Type */.ZU.LargeUtf8:
        case apache_arrow_enum/* Type */.ZU.Binary:
        case apache_arrow_enum/* Type */.ZU.LargeBinary:
            fillTexts(data, present, cells);
            return cells;
        case apache_arrow_enum/* Type */.ZU.Bool: {
            const read = boolReader(data);
            for (let i = 0; i < cells.length; i++)
                cells[i] = present(i) ? read(i) : null;
            return cells;
        }
        case apache_arrow_enum/* Type */.ZU.Date: {
            const days = dayTexts();
            const read = dateMillisReader(data);
            for (let i = 0; i < cells.length; i++)
                cells[i] = present(i) ? days(read(i)) : null;
            return cells;
        }
        case apache_arrow_enum/* Type */.ZU.Dictionary: {
            const dictionary = data.dictionary?.data[0];
            const entries = dictionary ? arrowCells(dictionary) : [];
            const indices = data.values;
            for (let i = 0; i < cells.length; i++)
                cells[i] = present(i) ? (entries[Number(indices[i])] ?? null) : null;
            return cells;
        }
        default: {
            const read = jsonReader(data);
            for (let i = 0; i < cells.length; i++)
                cells[i] = present(i) ? cellOfJson(read(i)) : null;
            return cells;
        }
    }
}
/**
 * The values of an integer or floating-point Arrow column as doubles (int64 as the nearest double, as its
 * cells have it), without a JS value a cell; undefined for any other type.
 */
function arrowNumbers(data) {
    const isHalf = data.typeId === apache_arrow_enum/* Type */.ZU.Float && data.type.precision === 0;
    if ((data.typeId !== apache_arrow_enum/* Type */.ZU.Int && data.typeId !== apache_arrow_enum/* Type */.ZU.Float) || isHalf)
        return undefined;
    const source = data.values;
    // IPC buffers may be padded past the last value.
    let values;
    if (source instanceof Float64Array)
        values = source.subarray(0, data.length);
    else if (source instanceof BigInt64Array || source instanceof BigUint64Array) {
        values = int64Doubles(source.buffer, source.byteOffset, data.length, source instanceof BigInt64Array);
    }
    else {
        values = new Float64Array(data.length);
        values.set(source.subarray(0, data.length));
    }
    const bitmap = data.nullBitmap;
    if (!bitmap || bitmap.length === 0 || data.nullCount === 0)
        return { values, present: undefined };
    const { offset } = data;
    const present = new Uint8Array(data.length);
    for (let i = 0; i < present.length; i++)
        present[i] = (bitmap[(offset + i) >> 3] >> ((offset + i) & 7)) & 1;
    return { values, present };
}
/** A top-level value that is not a plain cell (a list, a struct, a map, fixed-size bytes) as JSON text. */
function cellOfJson(value) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
        return value;
    return JSON.stringify(value);
}
/**
 * Whether the value at index `i` is present. apache-arrow slices an array's value and offset buffers, so
 * values are read at `i`, but not its bitmaps (validity, booleans), read at `offset + i`.
 */
function validity(data) {
    if (data.typeId === apache_arrow_enum/* Type */.ZU.Null)
        return () => false;
    const bitmap = data.nullBitmap;
    if (!bitmap || bitmap.length === 0 || data.nullCount === 0)
        return () => true;
    const { offset } = data;
    return (i) => (bitmap[(offset + i) >> 3] & (1 << ((offset + i) & 7))) !== 0;
}
/** Integers (int64 as the nearest number), floats (half floats widened), times and durations. */
function numberReader(data) {
    const values = data.values;
    if (data.type.typeId === apache_arrow_enum/* Type */.ZU.Float && data.type.precision === 0) {
        const halves = data.values;
        return (index) => (0,math.uint16ToFloat64)(halves[index]);
    }
    if (values instanceof BigInt64Array || values instanceof BigUint64Array)
        return int64Reader(values);
    return (index) => values[index];
}
/**
 * A 64-bit integer as the nearest double, read as two 32-bit halves (little-endian, as Arrow's buffers
 * are): `high * 2^32` is exact, so the one rounding of the sum gives what `Number(bigint)` gives, several
 * times faster.
 */
function int64Reader(values) {
    const words = new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
    const signed = values instanceof BigInt64Array;
    return (index) => {
        const high = words[2 * index + 1];
        return (signed ? high | 0 : high) * 4_294_967_296 + words[2 * index];
    };
}
/**
 * Byte-array values as text. An ASCII chunk (the usual case) is decoded once, and each cell is a slice of
 * that text: decoding cell by cell costs several times more.
 */
function fillTexts(data, present, cells) {
    const bytes = data.values;
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const source = data.valueOffsets;
    // Large (64-bit) offsets of one batch fit in 32 bits: a batch is far below 2 GiB.
    const offsets = source instanceof BigInt64Array ? Int32Array.from(source, Number) : source;
    const first = offsets[0];
    const last = offsets[cells.length];
    if ((0,external_node_buffer_.isAscii)(buffer.subarray(first, last))) {
        const text = buffer.toString("latin1", first, last);
        for (let i = 0; i < cells.length; i++) {
            cells[i] = present(i)
                ? text.slice(offsets[i] - first, offsets[i + 1] - first)
                : null;
        }
        return;
    }
    for (let i = 0; i < cells.length; i++) {
        cells[i] = present(i) ? buffer.toString("utf8", offsets[i], offsets[i + 1]) : null;
    }
}
const DAY_MS = 86_400_000;
const MAX_KEPT_DAYS = 1 << 16;
/** `YYYY-MM-DD` of a UTC midnight, formatted once per day seen (formatting is the costly part). */
function dayTexts() {
    const days = new Map();
    return (millis) => {
        // Keyed by the day number, a small integer, which V8 hashes much faster than a millisecond count.
        const key = millis / DAY_MS;
        let day = days.get(key);
        if (day === undefined) {
            if (days.size >= MAX_KEPT_DAYS)
                days.clear();
            day = new Date(millis).toISOString().slice(0, 10);
            days.set(key, day);
        }
        return day;
    };
}
/** A date's milliseconds since the epoch (date32 counts days, date64 milliseconds). */
function dateMillisReader(data) {
    const values = data.values;
    if (data.type.unit === 0)
        return (index) => values[index] * DAY_MS;
    // apache-arrow keeps date64 as pairs of 32-bit words.
    if (values instanceof Int32Array) {
        return (index) => values[2 * index + 1] * 2 ** 32 + (values[2 * index] >>> 0);
    }
    return (index) => Number(values[index]);
}
/** A timestamp's whole milliseconds since the epoch, truncated toward zero. */
function timestampMillisReader(data) {
    const values = data.values;
    const unit = data.type.unit;
    if (unit === 0)
        return (index) => Number(values[index]) * 1000;
    if (unit === 1)
        return (index) => Number(values[index]);
    const divisor = unit === 2 ? 1000n : 1000000n;
    return (index) => Number(values[index] / divisor);
}
/**
 * Reads a value as plain JSON-ready data: numbers, text, booleans, ISO text for dates and timestamps,
 * arrays for lists, objects for structs and maps; a missing value inside them is null, as hyparquet gave.
 */
function jsonReader(data) {
    const { type } = data;
    switch (data.typeId) {
        case apache_arrow_enum/* Type */.ZU.Null:
            return () => null;
        case apache_arrow_enum/* Type */.ZU.Int:
        case apache_arrow_enum/* Type */.ZU.Float:
        case apache_arrow_enum/* Type */.ZU.Time:
        case apache_arrow_enum/* Type */.ZU.Duration:
            return numberReader(data);
        case apache_arrow_enum/* Type */.ZU.Bool:
            return boolReader(data);
        case apache_arrow_enum/* Type */.ZU.Utf8:
        case apache_arrow_enum/* Type */.ZU.LargeUtf8:
        case apache_arrow_enum/* Type */.ZU.Binary:
        case apache_arrow_enum/* Type */.ZU.LargeBinary: {
            const bytes = data.values;
            const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
            const offsets = data.valueOffsets;
            return (index) => buffer.toString("utf8", Number(offsets[index]), Number(offsets[index + 1]));
        }
        case apache_arrow_enum/* Type */.ZU.Date: {
            const read = dateMillisReader(data);
            return (index) => new Date(read(index)).toISOString();
        }
        case apache_arrow_enum/* Type */.ZU.Timestamp: {
            const read = timestampMillisReader(data);
            return (index) => new Date(read(index)).toISOString();
        }
        case apache_arrow_enum/* Type */.ZU.Decimal: {
            const words = data.values;
            const { bitWidth, scale } = type;
            const stride = bitWidth / 32;
            const factor = 10 ** -scale;
            return (index) => Number(decimalInteger(words, index * stride, stride)) * factor;
        }
        case apache_arrow_enum/* Type */.ZU.FixedSizeBinary: {
            const bytes = data.values;
            const width = type.byteWidth;
            return (index) => ({ ...bytes.subarray(index * width, (index + 1) * width) });
        }
        case apache_arrow_enum/* Type */.ZU.Dictionary: {
            const dictionary = data.dictionary?.data[0];
            const entries = dictionary ? nullable(dictionary, jsonReader(dictionary)) : () => null;
            const indices = data.values;
            return (index) => entries(Number(indices[index]));
        }
        case apache_arrow_enum/* Type */.ZU.List:
        case apache_arrow_enum/* Type */.ZU.LargeList:
        case apache_arrow_enum/* Type */.ZU.Map: {
            const offsets = data.valueOffsets;
            const child = data.children[0];
            const item = nullable(child, jsonReader(child));
            const range = (index) => [Number(offsets[index]), Number(offsets[index + 1])];
            if (data.typeId === apache_arrow_enum/* Type */.ZU.Map)
                return mapReader(child, range);
            return (index) => {
                const [start, end] = range(index);
                const items = new Array(end - start);
                for (let k = start; k < end; k++)
                    items[k - start] = item(k);
                return items;
            };
        }
        case apache_arrow_enum/* Type */.ZU.FixedSizeList: {
            const child = data.children[0];
            const item = nullable(child, jsonReader(child));
            const size = type.listSize;
            return (index) => Array.from({ length: size }, (_, k) => item(index * size + k));
        }
        case apache_arrow_enum/* Type */.ZU.Struct: {
            const fields = data.children.map((child, i) => ({
                name: type.children[i]?.name,
                read: nullable(child, jsonReader(child)),
            }));
            return (index) => {
                const value = {};
                for (const field of fields)
                    value[field.name] = field.read(index);
                return value;
            };
        }
        default:
            throw new Error(`the Arrow type ${String(type)} is not supported`);
    }
}
/** `read`, or null where the value is null. */
function nullable(data, read) {
    const present = validity(data);
    return (index) => (present(index) ? read(index) : null);
}
function boolReader(data) {
    const bits = data.values;
    const { offset } = data;
    return (index) => (bits[(offset + index) >> 3] & (1 << ((offset + index) & 7))) !== 0;
}
/** A map's entries as an object, keyed by the text of each key. */
function mapReader(entries, range) {
    const [keys, values] = entries.children;
    const key = nullable(keys, jsonReader(keys));
    const value = nullable(values, jsonReader(values));
    return (index) => {
        const [start, end] = range(index);
        const map = {};
        for (let k = start; k < end; k++)
            map[String(key(k))] = value(k);
        return map;
    };
}
/** A decimal's unscaled integer: `stride` little-endian 32-bit words, two's complement. */
function decimalInteger(words, start, stride) {
    let value = 0n;
    for (let word = stride - 1; word >= 0; word--)
        value = (value << 32n) | BigInt(words[start + word]);
    return BigInt.asIntN(stride * 32, value);
}

;// CONCATENATED MODULE: ./packages/data/src/arrow-texts.ts



/**
 * The values of a text (or binary) Arrow column as bytes, when they are valid UTF-8 without a NUL: then
 * each value's bytes are exactly the UTF-8 of its cell's text (`arrowCells`), and byte tests read them as
 * they would the text. Undefined for any other column.
 */
function arrowTexts(data) {
    const { typeId } = data;
    if (typeId !== apache_arrow_enum/* Type */.ZU.Utf8 &&
        typeId !== apache_arrow_enum/* Type */.ZU.LargeUtf8 &&
        typeId !== apache_arrow_enum/* Type */.ZU.Binary &&
        typeId !== apache_arrow_enum/* Type */.ZU.LargeBinary)
        return undefined;
    const raw = data.values;
    const bytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    const source = data.valueOffsets;
    // Large (64-bit) offsets of one batch fit in 32 bits: a batch is far below 2 GiB.
    const offsets = source instanceof BigInt64Array ? Int32Array.from(source.subarray(0, data.length + 1), Number) : source;
    const used = bytes.subarray(offsets[0], offsets[data.length]);
    if (!(0,external_node_buffer_.isUtf8)(used) || used.includes(0))
        return undefined;
    return { bytes, offsets, present: arrowPresence(data) };
}
/** The dictionary and indices of a dictionary-encoded Arrow column; undefined for any other column. */
function arrowDictionary(data) {
    if (data.typeId !== apache_arrow_enum/* Type */.ZU.Dictionary)
        return undefined;
    const dictionary = data.dictionary?.data[0];
    return {
        entries: dictionary ? arrowCells(dictionary) : [],
        indices: data.values,
        present: arrowPresence(data),
    };
}
/**
 * Which values are present (1) or null (0), undefined when all are. apache-arrow slices the value buffers
 * of a column but not its validity bitmap: value `i` is bit `offset + i`.
 */
function arrowPresence(data) {
    if (data.typeId === apache_arrow_enum/* Type */.ZU.Null)
        return new Uint8Array(data.length);
    const bitmap = data.nullBitmap;
    if (!bitmap || bitmap.length === 0 || data.nullCount === 0)
        return undefined;
    const { offset } = data;
    const present = new Uint8Array(data.length);
    for (let i = 0; i < present.length; i++)
        present[i] = (bitmap[(offset + i) >> 3] >> ((offset + i) & 7)) & 1;
    return present;
}

;// CONCATENATED MODULE: ./packages/data/src/parquet-column.ts



/**
 * One column of a range of decoded rows, in the forms a consumer may want, each made once on demand:
 * its cells (what a row holds) or, for a numeric column, its values as doubles. A column checker may
 * read Arrow's buffers instead (texts as bytes, a dictionary, which values are null): views made on
 * each call. With a `lease`, the column's memory goes to a later range when the lease ends: the arrays
 * it gave are then read no more, and the column throws if asked for any but the cells it made before.
 */
class ParquetColumn {
    data;
    lease;
    cellValues;
    numberValues;
    constructor(data, lease) {
        this.data = data;
        this.lease = lease;
    }
    get length() {
        return this.data.length;
    }
    cells() {
        this.cellValues ??= arrowCells(this.held());
        return this.cellValues;
    }
    /** The values as doubles when the column is of an integer or floating-point type, else undefined. */
    numbers() {
        const data = this.held();
        if (this.numberValues === undefined)
            this.numberValues = arrowNumbers(data) ?? null;
        return this.numberValues ?? undefined;
    }
    /** The values as UTF-8 bytes, for a text column whose bytes are its cells' texts (see `arrowTexts`). */
    texts() {
        return arrowTexts(this.held());
    }
    /** The dictionary and indices of a dictionary-encoded column, else undefined. */
    dictionary() {
        return arrowDictionary(this.held());
    }
    /** Which values are present (1) or null (0); undefined when all are. */
    present() {
        return arrowPresence(this.held());
    }
    held() {
        if (this.lease?.current === false) {
            throw new Error("a decoded range's columns are read before the next range is decoded");
        }
        return this.data;
    }
    /** False when no cell of the column can be text (numbers, booleans, nulls); true for the others. */
    get mayHoldText() {
        return mayHoldText(this.data.typeId);
    }
}
/** False for the Arrow types whose cells cannot be text (numbers, booleans, nulls); true for the others. */
function mayHoldText(typeId) {
    return typeId !== apache_arrow_enum/* Type */.ZU.Int && typeId !== apache_arrow_enum/* Type */.ZU.Float && typeId !== apache_arrow_enum/* Type */.ZU.Bool && typeId !== apache_arrow_enum/* Type */.ZU.Null;
}

// EXTERNAL MODULE: ./node_modules/hyparquet/src/column.js
var column = __webpack_require__(6167);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/datapage.js + 1 modules
var datapage = __webpack_require__(3243);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 3 modules
var src_metadata = __webpack_require__(4038);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/plain.js
var plain = __webpack_require__(7190);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/schema.js
var schema = __webpack_require__(8286);
;// CONCATENATED MODULE: ./packages/data/src/parquet-file-blob.ts

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
        return this.readBytes().buffer;
    }
    readBytes() {
        const bytes = new Uint8Array(this.size);
        const fd = (0,external_node_fs_.openSync)(this.file, "r");
        try {
            let done = 0;
            while (done < bytes.length) {
                const bytesRead = (0,external_node_fs_.readSync)(fd, bytes, done, bytes.length - done, this.start + done);
                if (bytesRead === 0)
                    throw new Error(`${this.file} ended before byte ${this.start + bytes.length}`);
                done += bytesRead;
            }
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
        return bytes;
    }
}
/** A Blob offset (negative: from the end) as an offset within `0..size`. */
function within(offset, size) {
    return Math.min(Math.max(offset < 0 ? size + offset : offset, 0), size);
}

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
 */
function unpackBits(bytes, at, end, width, out, from, stop) {
    const mask = (1 << width) - 1;
    // Bytes a value's bits span past its first: at most (7 + width) bits from its first byte's start.
    const reach = (7 + width - 1) >> 3;
    // The fast loops read one byte past a value's first (widths up to 9), or three.
    const extra = reach <= 1 ? 1 : 3;
    const room = end - extra - at;
    const fast = Math.min(stop, from + (room > 0 ? Math.floor((room * 8 - 1) / width) + 1 : 0));
    let n = from;
    let bit = at * 8;
    if (extra === 1) {
        for (; n < fast; n++, bit += width) {
            const first = bit >>> 3;
            out[n] = ((bytes[first] | (bytes[first + 1] << 8)) >>> (bit & 7)) & mask;
        }
    }
    else {
        for (; n < fast; n++, bit += width) {
            const first = bit >>> 3;
            const word = bytes[first] |
                (bytes[first + 1] << 8) |
                (bytes[first + 2] << 16) |
                (bytes[first + 3] << 24);
            out[n] = (word >>> (bit & 7)) & mask;
        }
    }
    for (; n < stop; n++, bit += width) {
        const first = bit >>> 3;
        let word = 0;
        for (let i = 0; i <= reach && first + i < end; i++)
            word |= bytes[first + i] << (8 * i);
        out[n] = (word >>> (bit & 7)) & mask;
    }
    return n;
}

;// CONCATENATED MODULE: ./packages/data/src/parquet-dictionary-chunk.ts







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
function dictionaryChunkShape(metadata, group, name) {
    const rowGroup = metadata.row_groups[group];
    const chunks = rowGroup?.columns.filter((chunk) => chunk.meta_data?.path_in_schema.join(".") === name);
    const meta = chunks?.length === 1 ? chunks[0].meta_data : undefined;
    if (!rowGroup || !meta || meta.path_in_schema.length !== 1)
        return undefined;
    const numeric = NUMBER_TYPES.has(meta.type);
    if (!numeric && meta.type !== "BYTE_ARRAY")
        return undefined;
    if (Number(rowGroup.num_rows) > MAX_ROWS)
        return undefined;
    if (!(meta.codec in CODECS))
        return undefined;
    if (meta.dictionary_page_offset === undefined)
        return undefined;
    const plainPages = meta.encoding_stats?.some(({ page_type, encoding }) => page_type.startsWith("DATA_PAGE") && encoding !== "RLE_DICTIONARY" && encoding !== "PLAIN_DICTIONARY");
    if (plainPages)
        return undefined;
    if (largeDictionary(meta, Number(rowGroup.num_rows)))
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
/** The codecs read here: hyparquet's own, and node:zlib's (loaded only for a chunk that needs it). */
const CODECS = { UNCOMPRESSED: true, SNAPPY: true, GZIP: true, ZSTD: true };
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
function decodeDictionaryChunk(bytes, shape, compressors) {
    try {
        return decodePages(bytes, shape, compressors);
    }
    catch {
        return undefined;
    }
}
function decodePages(bytes, shape, compressors) {
    const { rows, decoder } = shape;
    const optional = decoder.element.repetition_type === "OPTIONAL";
    const reader = readerOf(bytes);
    const indices = new Int32Array(rows);
    let present;
    let entries;
    let row = 0;
    while (row < rows) {
        const header = (0,column/* parquetHeader */.wK)(reader);
        const size = header.compressed_page_size;
        if (reader.offset + size > bytes.length)
            return undefined;
        const page = bytes.subarray(reader.offset, reader.offset + size);
        reader.offset += size;
        if (header.type === "INDEX_PAGE")
            continue;
        if (header.type === "DICTIONARY_PAGE") {
            const count = header.dictionary_page_header?.num_values ?? 0;
            if (entries !== undefined || count > rows * MAX_ENTRIES_PER_ROW)
                return undefined;
            const raw = (0,datapage/* decompressPage */.tC)(page, header.uncompressed_page_size, decoder.codec, compressors);
            entries = dictionaryEntries(raw, decoder.type, count);
            continue;
        }
        const values = dataPageValues(page, header, decoder, optional, compressors);
        if (entries === undefined || values === undefined || row + values.count > rows)
            return undefined;
        const { count, levels, data, at } = values;
        const defined = levels === undefined ? count : countOnes(levels);
        const target = defined === count ? indices.subarray(row, row + count) : new Int32Array(defined);
        const bitWidth = data[at];
        if (bitWidth > 0)
            readHybrid(data, at + 1, data.length, bitWidth, target, defined);
        for (let v = 0; v < defined; v++) {
            const index = target[v];
            if (index >= entries.length)
                return undefined;
        }
        if (target.length !== count) {
            present ??= new Uint8Array(rows).fill(1);
            for (let k = 0, v = 0; k < count; k++) {
                if (levels[k] === 1)
                    indices[row + k] = target[v++];
                else
                    present[row + k] = 0;
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
function dictionaryEntries(raw, type, count) {
    const values = (0,plain/* readPlain */.r)(readerOf(raw), type, count, undefined);
    if (type === "BYTE_ARRAY")
        return values.map((value) => utf8.decode(value));
    return Array.from(values, Number);
}
/** A dictionary-encoded data page (v1 or v2) of a flat column; undefined for any other page. */
function dataPageValues(page, header, decoder, optional, compressors) {
    const v1 = header.type === "DATA_PAGE" ? header.data_page_header : undefined;
    if (v1) {
        if (!isDictionary(v1.encoding))
            return undefined;
        const count = v1.num_values;
        const data = (0,datapage/* decompressPage */.tC)(page, header.uncompressed_page_size, decoder.codec, compressors);
        if (!optional)
            return { count, levels: undefined, data, at: 0 };
        if (v1.definition_level_encoding !== "RLE" || data.length < 4)
            return undefined;
        const end = 4 + new DataView(data.buffer, data.byteOffset, 4).getUint32(0, true);
        return { count, levels: presentLevels(data, 4, end, count), data, at: end };
    }
    const v2 = header.type === "DATA_PAGE_V2" ? header.data_page_header_v2 : undefined;
    if (!v2 || !isDictionary(v2.encoding) || v2.repetition_levels_byte_length !== 0)
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
    return { count, levels, data, at: 0 };
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
function countOnes(levels) {
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
/** `decodeDictionaryChunk` of the chunk's bytes, read from `file`; undefined when they cannot be read. */
async function readDictionaryChunk(file, shape) {
    const bytes = await new FileBlob(file, shape.start, shape.end).arrayBuffer().catch(() => undefined);
    return bytes && decodeDictionaryChunk(new Uint8Array(bytes), shape, await compressorsFor(shape));
}
/** Rows `from` to `from + count` (excluded) of a chunk read whole. */
function dictionaryRows(dictionary, from, count) {
    const { entries, indices, present } = dictionary;
    return {
        entries,
        indices: indices.subarray(from, from + count),
        present: present?.subarray(from, from + count),
    };
}
/** node:zlib's decompressors for a gzip or zstd chunk (zstd where this Node has it); none for the others. */
async function compressorsFor(shape) {
    const { codec } = shape.decoder;
    if (codec !== "GZIP" && codec !== "ZSTD")
        return undefined;
    const zlib = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8522, 23));
    const zstd = zlib.zstdDecompressSync;
    return {
        GZIP: (input) => zlib.gunzipSync(input),
        ...(zstd && { ZSTD: (input) => zstd(input) }),
    };
}

// EXTERNAL MODULE: ./node_modules/apache-arrow/type.mjs
var type = __webpack_require__(4772);
// EXTERNAL MODULE: ./node_modules/apache-arrow/fb/time-unit.mjs
var time_unit = __webpack_require__(7043);
// EXTERNAL MODULE: ./node_modules/apache-arrow/schema.mjs
var apache_arrow_schema = __webpack_require__(349);
// EXTERNAL MODULE: ./node_modules/apache-arrow/data.mjs
var apache_arrow_data = __webpack_require__(7108);
;// CONCATENATED MODULE: ./packages/data/src/parquet-ffi-batch.ts



/**
 * The column types copied out of the decoder's memory by `copiedColumns`, by their format in the Arrow C
 * data interface: integers, floats, texts and bytes (32- and 64-bit offsets), booleans and dates (days).
 * A 64-bit integer column ("l", "L") becomes its values as doubles, the cells it has (see `int64Doubles`).
 */
const COPIED_TYPES = new Map([
    ["c", () => new type/* Int8 */.AY()],
    ["C", () => new type/* Uint8 */.l5()],
    ["s", () => new type/* Int16 */.Vw()],
    ["S", () => new type/* Uint16 */.yv()],
    ["i", () => new type/* Int32 */.P_()],
    ["I", () => new type/* Uint32 */.SS()],
    ["l", () => new type/* Float64 */.$G()],
    ["L", () => new type/* Float64 */.$G()],
    ["f", () => new type/* Float32 */.gh()],
    ["g", () => new type/* Float64 */.$G()],
    ["u", () => new type/* Utf8 */.YE()],
    ["U", () => new type/* LargeUtf8 */.Jb()],
    ["z", () => new type/* Binary */.yI()],
    ["Z", () => new type/* LargeBinary */.BS()],
    ["b", () => new type/* Bool */.x()],
    ["tdD", () => new type/* DateDay */.R8()],
]);
/** The column types that `schemaFields` reads, by their format in the Arrow C data interface. */
const FIELD_TYPES = new Map([
    ...COPIED_TYPES,
    ["l", () => new type/* Int64 */.CG()],
    ["L", () => new type/* Uint64 */.Rf()],
]);
/** A timestamp's format: `ts`, the unit, `:` and the time zone (empty for none). */
const TIMESTAMP_FORMAT = /^ts([smun]):(.*)$/s;
const TIMESTAMP_UNITS = {
    s: time_unit/* TimeUnit */.y.SECOND,
    m: time_unit/* TimeUnit */.y.MILLISECOND,
    u: time_unit/* TimeUnit */.y.MICROSECOND,
    n: time_unit/* TimeUnit */.y.NANOSECOND,
};
/** The type of a column of this format when it is one that `schemaFields` reads (timestamps too). */
function fieldType(format) {
    const stamp = TIMESTAMP_FORMAT.exec(format);
    if (stamp)
        return new type/* Timestamp */.Dc(TIMESTAMP_UNITS[stamp[1]], stamp[2] || null);
    return FIELD_TYPES.get(format)?.();
}
/**
 * The fields of a file of `schema` (consumed), as Arrow IPC would give them (without metadata), when
 * every column is of a type `fieldType` reads and none is dictionary-encoded; else undefined. Reading the
 * schema through the C data interface spares loading apache-arrow's IPC reader for most files.
 */
function schemaFields(schema) {
    const ffi = schema.intoFFI();
    try {
        const view = new DataView((0,parquet_wasm/* wasmMemory */.iF)().buffer);
        const fields = [];
        for (const child of structChildren(view, ffi.addr(), SCHEMA_CHILDREN)) {
            const type = fieldType(cString(view, view.getUint32(child + SCHEMA_FORMAT, true)));
            if (type === undefined || view.getUint32(child + SCHEMA_DICTIONARY, true) !== 0)
                return undefined;
            const name = cString(view, view.getUint32(child + SCHEMA_NAME, true));
            const nullable = (view.getBigInt64(child + SCHEMA_FLAGS, true) & ARROW_FLAG_NULLABLE) !== 0n;
            fields.push(new apache_arrow_schema/* Field */.D(name, type, nullable));
        }
        return fields;
    }
    finally {
        ffi.free();
    }
}
/**
 * Whether each column `names` of a file of `schema` (consumed) has a type that `copiedColumns` copies.
 * parquet-wasm exports a record batch either as Arrow IPC (written into its memory, then copied out, then
 * parsed) or through the C data interface (pointers to the decoded buffers): copying those buffers out
 * costs less than half the CPU time of the IPC route.
 */
function copiesColumns(schema, names) {
    const ffi = schema.intoFFI();
    try {
        const view = new DataView((0,parquet_wasm/* wasmMemory */.iF)().buffer);
        return structChildren(view, ffi.addr(), SCHEMA_CHILDREN).every((child) => !names.includes(cString(view, view.getUint32(child + SCHEMA_NAME, true))) || copied(view, child));
    }
    finally {
        ffi.free();
    }
}
/**
 * The columns of a decoded record batch (consumed), each named, their buffers copied out of the decoder's
 * memory into `buffers`. Nothing calls into the decoder between reading its memory and freeing the batch:
 * a call may grow that memory, which detaches every view of it. Each column must be of a type
 * `copiesColumns` accepts.
 */
function copiedColumns(batch, buffers) {
    const ffi = batch.intoFFI();
    try {
        const arrayAddress = ffi.arrayAddr();
        const schemaAddress = ffi.schemaAddr();
        const buffer = (0,parquet_wasm/* wasmMemory */.iF)().buffer;
        const view = new DataView(buffer);
        // A struct's offset applies to its children as well: the batch's is 0 (its columns hold their own).
        if (view.getBigInt64(arrayAddress + ARRAY_OFFSET, true) !== 0n)
            throw new Error("a batch with an offset");
        const arrays = structChildren(view, arrayAddress, ARRAY_CHILDREN);
        return structChildren(view, schemaAddress, SCHEMA_CHILDREN).map((schema, i) => {
            const format = cString(view, view.getUint32(schema + SCHEMA_FORMAT, true));
            const name = cString(view, view.getUint32(schema + SCHEMA_NAME, true));
            if (!copied(view, schema))
                throw new Error(`the column ${name} (Arrow format "${format}") is not copied`);
            return { name, data: copiedData(buffer, view, arrays[i], format, buffers) };
        });
    }
    finally {
        ffi.free();
    }
}
// Offsets in the C data interface's structs on wasm32 (pointers of 4 bytes, int64 fields of 8).
const SCHEMA_FORMAT = 0;
const SCHEMA_NAME = 4;
const SCHEMA_FLAGS = 16;
const ARROW_FLAG_NULLABLE = 2n;
const SCHEMA_CHILDREN = { count: 24, pointer: 32 };
const SCHEMA_DICTIONARY = 36;
const ARRAY_CHILDREN = { count: 32, pointer: 44 };
const ARRAY_LENGTH = 0;
const ARRAY_NULL_COUNT = 8;
const ARRAY_OFFSET = 16;
const ARRAY_BUFFERS = 40;
/**
 * Whether the column of this ArrowSchema is of a copied type. A dictionary-encoded column has its indices'
 * format, and its values in a dictionary: never copied.
 */
function copied(view, schema) {
    const format = cString(view, view.getUint32(schema + SCHEMA_FORMAT, true));
    return COPIED_TYPES.has(format) && view.getUint32(schema + SCHEMA_DICTIONARY, true) === 0;
}
/** The addresses of a struct's children (an ArrowSchema's or an ArrowArray's). */
function structChildren(view, address, at) {
    const count = Number(view.getBigInt64(address + at.count, true));
    const pointers = view.getUint32(address + at.pointer, true);
    return Array.from({ length: count }, (_, i) => view.getUint32(pointers + 4 * i, true));
}
function cString(view, address) {
    const bytes = new Uint8Array(view.buffer, address);
    return Buffer.from(bytes.buffer, address, bytes.indexOf(0)).toString("utf8");
}
/**
 * One column as apache-arrow Data of buffers from `into`. apache-arrow's value and offset buffers start at
 * the column's first value, its bitmaps (validity, booleans) at bit 0 with the column's `offset`.
 */
function copiedData(memory, view, array, format, into) {
    const type = COPIED_TYPES.get(format)();
    const length = Number(view.getBigInt64(array + ARRAY_LENGTH, true));
    const nullCount = Number(view.getBigInt64(array + ARRAY_NULL_COUNT, true));
    const offset = Number(view.getBigInt64(array + ARRAY_OFFSET, true));
    const buffers = view.getUint32(array + ARRAY_BUFFERS, true);
    const address = (k) => view.getUint32(buffers + 4 * k, true);
    const copy = (ArrayType, at, count) => {
        const copied = new ArrayType(into.take(count * ArrayType.BYTES_PER_ELEMENT), 0, count);
        copied.set(wasmArray(memory, ArrayType, at, count));
        return copied;
    };
    const bits = (at) => copy(Uint8Array, at, (offset + length + 7) >> 3);
    const validity = address(0);
    const nullBitmap = validity === 0 || nullCount === 0 ? undefined : bits(validity);
    const common = { type, length, nullCount: nullBitmap ? nullCount : 0, nullBitmap, offset };
    switch (format) {
        case "b":
            return (0,apache_arrow_data/* makeData */.Hg)({ ...common, type: type, data: bits(address(1)) });
        case "u":
        case "z": {
            const valueOffsets = copy(Int32Array, address(1) + 4 * offset, length + 1);
            const data = copy(Uint8Array, address(2), valueOffsets[length]);
            return (0,apache_arrow_data/* makeData */.Hg)({ ...common, type: type, valueOffsets, data });
        }
        case "U":
        case "Z": {
            const valueOffsets = copy(BigInt64Array, address(1) + 8 * offset, length + 1);
            const data = copy(Uint8Array, address(2), Number(valueOffsets[length]));
            return (0,apache_arrow_data/* makeData */.Hg)({ ...common, type: type, valueOffsets, data });
        }
        case "l":
        case "L": {
            const doubles = new Float64Array(into.take(8 * length), 0, length);
            int64Doubles(memory, address(1) + 8 * offset, length, format === "l", doubles);
            return (0,apache_arrow_data/* makeData */.Hg)({ ...common, type: type, data: doubles });
        }
        default: {
            const { ArrayType } = type;
            const data = copy(ArrayType, address(1) + ArrayType.BYTES_PER_ELEMENT * offset, length);
            return (0,apache_arrow_data/* makeData */.Hg)({ ...common, type: type, data });
        }
    }
}
/** `length` elements at byte `address` of `memory`: a view, or a copy where the address is not aligned. */
function wasmArray(memory, ArrayType, address, length) {
    const size = ArrayType.BYTES_PER_ELEMENT;
    if (address % size === 0)
        return new ArrayType(memory, address, length);
    return new ArrayType(memory.slice(address, address + length * size), 0, length);
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

;// CONCATENATED MODULE: ./packages/data/src/parquet-trap.ts
/** The error a WebAssembly trap throws (the TypeScript libraries in use do not declare `WebAssembly`). */
const WasmRuntimeError = globalThis
    .WebAssembly.RuntimeError;
/** The rejections of the calls into parquet-wasm now pending. */
const pendingRejections = new Set();
/** Whether `onUncaught` is the process's uncaught exception capture callback. */
let capturing = false;
/**
 * `pending` (a call into parquet-wasm's async reader), rejected when the decoder traps. On corrupt data
 * (a bad page header, a bad compressed block) parquet-wasm 0.8's async reader panics instead of returning
 * an error: the panic is a `WebAssembly.RuntimeError` thrown from a microtask, an uncaught exception that
 * would end the process, and `pending` never settles. While calls are pending, uncaught exceptions are
 * captured: a trap rejects them; anything else is thrown again on the next tick, as it would have been.
 * The module stays usable after a trap (the next files read fine), so a corrupt file is a finding.
 */
function untilTrap(pending) {
    return new Promise((resolve, reject) => {
        if (!capturing) {
            if (process.hasUncaughtExceptionCaptureCallback()) {
                // Someone else captures uncaught exceptions: a trap cannot be told apart, await as is.
                pending.then(resolve, reject);
                return;
            }
            process.setUncaughtExceptionCaptureCallback(onUncaught);
            capturing = true;
        }
        const settle = (done) => {
            pendingRejections.delete(rejectOnTrap);
            if (pendingRejections.size === 0)
                stopCapturing();
            done();
        };
        const rejectOnTrap = (error) => settle(() => reject(error));
        pendingRejections.add(rejectOnTrap);
        pending.then((value) => settle(() => resolve(value)), (error) => settle(() => reject(error)));
    });
}
function onUncaught(error) {
    const rejections = [...pendingRejections];
    if (!(error instanceof WasmRuntimeError)) {
        pendingRejections.clear();
        stopCapturing();
        for (const reject of rejections)
            reject(new Error("the Parquet read was stopped by another error"));
        process.nextTick(() => {
            throw error;
        });
        return;
    }
    const failure = new Error(`the Parquet decoder failed (${error.message}): the file is corrupt`);
    for (const reject of rejections)
        reject(failure);
}
function stopCapturing() {
    if (!capturing)
        return;
    process.setUncaughtExceptionCaptureCallback(null);
    capturing = false;
}

;// CONCATENATED MODULE: ./packages/data/src/range-buffers.ts
/**
 * The memory of the columns of one decoded range, handed out again for the next range instead of new
 * buffers for each: fresh memory costs page faults and collections, several times the copy into it. The
 * previous range's columns then lose their values, so starting a range ends the lease they were made with.
 */
class RangeBuffers {
    buffers = [];
    taken = 0;
    current = { current: true };
    /** Starts a range: its lease, the previous one's ended, and every buffer free again. */
    startRange() {
        this.current.current = false;
        this.current = { current: true };
        this.taken = 0;
        return this.current;
    }
    /** A buffer of at least `bytes` bytes, not handed out since the range started. */
    take(bytes) {
        const index = this.taken++;
        const kept = this.buffers[index];
        if (kept !== undefined && kept.byteLength >= bytes)
            return kept;
        // Room to grow: the texts of the next range are rarely exactly as long.
        const made = new ArrayBuffer(bytes + (bytes >> 2));
        this.buffers[index] = made;
        return made;
    }
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
 * Reads a Parquet file with parquet-wasm (the Rust `parquet` crate compiled to WebAssembly: every codec,
 * data pages v1 and v2, nested columns), only the columns asked for, one row group at a time, read from the
 * file as a Blob so that memory follows the row group, not the file. Rows are built from the decoded
 * columns one batch at a time; a row's `line` is its 1-based row number. `rangeRows` (rounded to whole
 * batches) is how many rows are decoded at once.
 */
async function* readParquet(file, options = {}, rangeRows = PARQUET_RANGE_ROWS) {
    const batchSize = options.batchSize ?? reader_types/* DEFAULT_BATCH_SIZE */.jg;
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
 * `readParquet` by columns, `rangeRows` rows at a time (fewer at the end of a row group): for a consumer
 * that checks column by column and needs no row objects.
 */
async function* readParquetColumns(file, options = {}, rangeRows = PARQUET_RANGE_ROWS) {
    // Synchronous, as the slice reads (parquet-file-blob.ts): a dataset of many files waited for each.
    const { size } = (0,external_node_fs_.statSync)(file);
    if (size === 0) {
        yield { kind: "problem", problem: { kind: "empty-file", file, message: "the file is empty" } };
        return;
    }
    let parquet;
    try {
        // Typed as a Blob, used as one: see FileBlob.
        parquet = await parquet_wasm/* ParquetFile */.Lp.fromFile(new FileBlob(file, 0, size));
    }
    catch (error) {
        yield {
            kind: "problem",
            problem: { kind: "unreadable", file, message: `not a Parquet file: ${reason(error)}` },
        };
        return;
    }
    try {
        yield* readOpened(file, parquet, options, rangeRows);
    }
    finally {
        parquet.free();
    }
}
async function* readOpened(file, parquet, options, rangeSize) {
    const fields = schemaFields(parquet.schema()) ?? (await ipcFields(parquet.schema()));
    const allColumns = fields.map((field) => field.name);
    const wanted = options.columns ? allColumns.filter((name) => options.columns?.includes(name)) : allColumns;
    const { countsNulls, takesDictionary } = options;
    // The decoder does not expose the column statistics nor the pages: hyparquet reads the footer again.
    const metadata = countsNulls || takesDictionary
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
        const counted = new Map();
        const decoded = [];
        for (const name of wanted) {
            const position = allColumns.indexOf(name);
            const nulls = nullCounts[group]?.get(name);
            // A count between none and all does not tell which ranges hold the nulls (nor how many of them a
            // read stopped within the row group by a corrupt page has gone through).
            const exact = nulls === 0 || nulls === rows;
            if (nulls !== undefined && exact && countsNulls?.(fields[position]))
                counted.set(position, nulls > 0);
            else
                decoded.push(name);
        }
        const dictionaries = new Map();
        for (const name of takesDictionary && metadata ? [...decoded] : []) {
            const position = allColumns.indexOf(name);
            const shape = dictionaryChunkShape(metadata, group, name);
            if (!shape || !takesDictionary?.(fields[position], shape.numeric))
                continue;
            const dictionary = shape.rows === rows ? await readDictionaryChunk(file, shape) : undefined;
            if (!dictionary)
                continue;
            dictionaries.set(position, dictionary);
            decoded.splice(decoded.indexOf(name), 1);
        }
        try {
            const ranges = decodedRanges(parquet, group, rows, decoded, allColumns, rangeSize, buffers);
            for await (const range of ranges) {
                const nullCounts = new Map();
                for (const [position, allNull] of counted)
                    nullCounts.set(position, allNull ? range.rows : 0);
                const line = rangeStart + 1;
                const rangeDictionaries = new Map();
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
/**
 * Decodes the columns `wanted` of one row group, `rangeSize` rows at a time. When each is of a type copied
 * out of the decoder's memory (`copiesColumns`), a range's columns are copied into `buffers`, which the
 * next range takes over (of this row group or the next); else each batch goes through Arrow IPC.
 */
async function* decodedRanges(parquet, group, rows, wanted, allColumns, rangeSize, buffers) {
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
    const ipc = copies ? undefined : await __webpack_require__.e(/* import() */ 367).then(__webpack_require__.bind(__webpack_require__, 6367));
    const stream = await untilTrap(parquet.stream({ rowGroups: [group], batchSize: rangeSize, columns: [...wanted] }));
    const reader = stream.getReader();
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
    }
    finally {
        // After a trap the read is still pending inside the decoder: let go of the stream without waiting.
        // An ended stream needs no release, and Node's first release builds its error message in a new
        // context (`vm.runInNewContext`, ~5 ms of a thread's CPU).
        if (!ended)
            reader.releaseLock();
    }
}
/** The fields of a file of `schema` (consumed) through Arrow IPC, apache-arrow's IPC reader loaded now. */
async function ipcFields(schema) {
    const { tableFromIPC } = await __webpack_require__.e(/* import() */ 367).then(__webpack_require__.bind(__webpack_require__, 6367));
    return tableFromIPC(schema.intoIPCStream()).schema.fields;
}
function batchColumns(batch, allColumns) {
    const named = batch.schema.fields.map((field, index) => ({
        name: field.name,
        data: batch.data.children[index],
    }));
    return namedColumns(named, allColumns);
}
/** Each column at its position in the file (the first of that name), undefined where none was read. */
function namedColumns(named, allColumns, lease) {
    const columns = allColumns.map(() => undefined);
    for (const { name, data } of named) {
        const position = allColumns.indexOf(name);
        if (data && position >= 0 && !columns[position])
            columns[position] = new ParquetColumn(data, lease);
    }
    return columns;
}
function reason(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ })

};
