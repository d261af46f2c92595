export const id = 184;
export const ids = [184];
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

/***/ 4184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readParquet: () => (/* binding */ readParquet),
  G: () => (/* binding */ readParquetColumns)
});

// UNUSED EXPORTS: PARQUET_RANGE_ROWS

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

// EXTERNAL MODULE: ./packages/data/src/parquet-dictionary-chunk.ts
var parquet_dictionary_chunk = __webpack_require__(6771);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./packages/data/src/int64-doubles.ts
var int64_doubles = __webpack_require__(5626);
// EXTERNAL MODULE: ./packages/data/src/parquet-chunk-pages.ts + 3 modules
var parquet_chunk_pages = __webpack_require__(8685);
;// CONCATENATED MODULE: ./packages/data/src/parquet-flat-chunk.ts



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
function flatChunkShape(metadata, group, name) {
    const chunk = (0,parquet_chunk_pages/* flatChunkOf */.IU)(metadata, group, name, MAX_ROWS);
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
    const bytes = (0,parquet_chunk_pages/* readChunkBytes */.vv)(file, chunk, buffers);
    return bytes && decodeFlatChunk(bytes, chunk, await (0,parquet_chunk_pages/* compressorsFor */.Q9)(chunk), buffers);
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
    for (const page of (0,parquet_chunk_pages/* chunkPages */.c0)(bytes, rows)) {
        if (page.header.type === "DICTIONARY_PAGE") {
            const count = page.header.dictionary_page_header?.num_values ?? 0;
            if (entries !== undefined)
                return undefined;
            entries = plainNumbers((0,parquet_chunk_pages/* dictionaryPageBytes */.fJ)(page, decoder, compressors), 0, type, count);
            continue;
        }
        const values = (0,parquet_chunk_pages/* dataPageValues */.e4)(page, decoder, compressors);
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
    (0,parquet_chunk_pages/* readIndices */.o0)(values, indices);
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
    for (const page of (0,parquet_chunk_pages/* chunkPages */.c0)(bytes, rows)) {
        if (page.header.type === "DICTIONARY_PAGE") {
            const count = page.header.dictionary_page_header?.num_values ?? 0;
            const raw = entries === undefined ? append((0,parquet_chunk_pages/* dictionaryPageBytes */.fJ)(page, decoder, compressors)) : undefined;
            if (raw === undefined)
                return undefined;
            entries = textEntries(raw, count, base);
            base += raw.length;
            continue;
        }
        const values = (0,parquet_chunk_pages/* dataPageValues */.e4)(page, decoder, compressors);
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

// EXTERNAL MODULE: ./packages/data/src/parquet-null-counts.ts
var parquet_null_counts = __webpack_require__(6107);
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
    const nullCounts = countsNulls ? (0,parquet_null_counts/* nullCountsOf */.ZS)(metadata) : [];
    const mayHoldText = (0,parquet_null_counts/* cellsMayHoldText */.jf)(metadata);
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
            const dictionary = takesDictionary ? (0,parquet_dictionary_chunk/* dictionaryChunkShape */.tN)(metadata, g, name) : undefined;
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

// EXTERNAL MODULE: ./packages/data/src/parquet-footer.ts
var parquet_footer = __webpack_require__(2400);
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
        ? (options.metadata ?? (await (0,parquet_footer/* readParquetFooter */.e)(file).catch(() => undefined)))
        : undefined;
    const names = metadata && (0,parquet_null_counts/* topLevelNames */.s8)(metadata.schema);
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
                const dictionary = shape.rows === rows ? await (0,parquet_dictionary_chunk/* readDictionaryChunk */.OT)(file, shape, buffers) : undefined;
                if (!dictionary)
                    decoded.push(name);
                else if (!buffers)
                    dictionaries.set(positionOf(name), dictionary);
                else {
                    given.add(positionOf(name));
                    yield* columnRanges(file, groupStart, rows, rangeSize, positionOf(name), (from, count) => ({
                        dictionary: (0,parquet_dictionary_chunk/* dictionaryRows */.iW)(dictionary, from, count),
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
                        rangeDictionaries.set(position, (0,parquet_dictionary_chunk/* dictionaryRows */.iW)(dictionary, from, range.rows));
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
