export const id = 85;
export const ids = [85];
export const modules = {

/***/ 4085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ParquetDecoder: () => (/* binding */ ParquetDecoder)
});

// EXTERNAL MODULE: ./node_modules/parquet-wasm/node/parquet_wasm.js
var parquet_wasm = __webpack_require__(6830);
// EXTERNAL MODULE: ./node_modules/apache-arrow/enum.mjs
var apache_arrow_enum = __webpack_require__(6008);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./node_modules/apache-arrow/util/math.mjs
var math = __webpack_require__(9221);
// EXTERNAL MODULE: ./packages/data/src/int64-doubles.ts
var int64_doubles = __webpack_require__(5626);
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
        values = (0,int64_doubles/* int64Doubles */._)(source.buffer, source.byteOffset, data.length, source instanceof BigInt64Array);
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
    const { length } = data;
    return {
        bytes,
        starts: offsets.subarray(0, length),
        ends: offsets.subarray(1, length + 1),
        present: arrowPresence(data),
    };
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
 * One column of a range of rows decoded by parquet-wasm, in the forms a consumer may want, each made once on demand:
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
            (0,int64_doubles/* int64Doubles */._)(memory, address(1) + 8 * offset, length, format === "l", doubles);
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

// EXTERNAL MODULE: ./packages/data/src/parquet-file-blob.ts
var parquet_file_blob = __webpack_require__(3465);
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

;// CONCATENATED MODULE: ./packages/data/src/parquet-decoder.ts






/**
 * A Parquet file opened with parquet-wasm (the Rust `parquet` crate compiled to WebAssembly: every codec,
 * data pages v1 and v2, nested columns), read from the file as a Blob so that memory follows the row
 * group, not the file. Loaded only for a file or a column chunk that JavaScript does not read from its
 * pages (read-parquet.ts): the module and its 5 MB of WebAssembly take ~40 ms of a thread to load.
 */
class ParquetDecoder {
    /** The file's columns (their names), in file order. */
    columns;
    /** Each row group's rows. */
    groupRows;
    parquet;
    // One set for the whole file: a row group's ranges take over the previous group's memory as well.
    buffers = new RangeBuffers();
    constructor(parquet, fields) {
        this.parquet = parquet;
        this.columns = fields.map((field) => field.name);
        this.groupRows = parquet
            .metadata()
            .rowGroups()
            .map((group) => group.numRows());
    }
    /** Opens the file; throws when it is not a Parquet file the decoder reads. */
    static async open(file, size) {
        // Typed as a Blob, used as one: see FileBlob.
        const parquet = await parquet_wasm/* ParquetFile */.Lp.fromFile(new parquet_file_blob/* FileBlob */.u(file, 0, size));
        try {
            return new ParquetDecoder(parquet, schemaFields(parquet.schema()) ?? (await ipcFields(parquet.schema())));
        }
        catch (error) {
            parquet.free();
            throw error;
        }
    }
    /** Columns `wanted` of row group `group` (of `rows` rows), `rangeSize` rows at a time. */
    ranges(group, rows, wanted, rangeSize) {
        return decodedRanges(this.parquet, group, rows, wanted, this.columns, rangeSize, this.buffers);
    }
    free() {
        this.parquet.free();
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


/***/ })

};
