export const id = 72;
export const ids = [72];
export const modules = {

/***/ 2072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readParquet: () => (/* binding */ readParquet)
});

// UNUSED EXPORTS: PARQUET_RANGE_ROWS

// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(6367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/read.js + 16 modules
var read = __webpack_require__(3720);
// EXTERNAL MODULE: ./node_modules/hyparquet-compressors/src/index.js + 16 modules
var src = __webpack_require__(138);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./packages/data/src/parquet-file-buffer.ts

/**
 * A local file as hyparquet's `AsyncBuffer`, read with positional reads. Byte ranges read since the last
 * `forget()` are kept, so reading one row group in several row ranges reads its column chunks from disk
 * once: hyparquet asks for the same ranges for every row range of a group.
 */
class ParquetFileBuffer {
    byteLength;
    handle;
    kept = new Map();
    constructor(handle, byteLength) {
        this.handle = handle;
        this.byteLength = byteLength;
    }
    static async open(file) {
        const handle = await (0,promises_.open)(file, "r");
        try {
            return new ParquetFileBuffer(handle, (await handle.stat()).size);
        }
        catch (error) {
            await handle.close();
            throw error;
        }
    }
    slice(start, end = this.byteLength) {
        const key = `${start}-${end}`;
        let bytes = this.kept.get(key);
        if (!bytes) {
            bytes = this.read(start, end);
            this.kept.set(key, bytes);
        }
        return bytes;
    }
    /** Drops the kept ranges (call it between row groups). */
    forget() {
        this.kept.clear();
    }
    close() {
        this.kept.clear();
        return this.handle.close();
    }
    async read(start, end) {
        const length = Math.max(0, Math.min(end, this.byteLength) - start);
        const bytes = new Uint8Array(length);
        let filled = 0;
        while (filled < length) {
            const { bytesRead } = await this.handle.read(bytes, filled, length - filled, start + filled);
            if (bytesRead === 0)
                throw new Error(`the file ended at byte ${start + filled} of ${end}`);
            filled += bytesRead;
        }
        return bytes.buffer;
    }
}

;// CONCATENATED MODULE: ./packages/data/src/parquet-rows.ts
/** One column of the row range being read: where its cells go in a row, how they convert, its runs. */
class DecodedColumn {
    position;
    toCell;
    runs = [];
    current = 0;
    constructor(position, isDate) {
        this.position = position;
        this.toCell = isDate ? dateCellConverter() : toCell;
    }
    add(run) {
        this.runs.push(run);
    }
    /** Drops the runs read so far (call it before the next row range). */
    clear() {
        this.runs = [];
        this.current = 0;
    }
    /**
     * This column's values of rows `from` to `to` (0-based, ascending over calls): an array and the index of
     * row `from` in it; rows not read are undefined.
     */
    window(from, to) {
        const run = this.runFrom(from);
        if (run && run.rowStart <= from && to <= run.rowStart + run.values.length) {
            return { values: run.values, offset: from - run.rowStart };
        }
        const values = new Array(to - from);
        for (let row = from; row < to;) {
            const next = this.runFrom(row);
            if (!next)
                break;
            const end = Math.min(to, next.rowStart + next.values.length);
            for (row = Math.max(row, next.rowStart); row < end; row++)
                values[row - from] = next.values[row - next.rowStart];
        }
        return { values, offset: 0 };
    }
    /** The first run that ends after `row`. */
    runFrom(row) {
        for (; this.current < this.runs.length; this.current++) {
            const run = this.runs[this.current];
            if (row < run.rowStart + run.values.length)
                return run;
        }
        return undefined;
    }
}
/**
 * Rows `from` to `to` (0-based) of `columns`, `width` cells each, null where a column was not read. Built
 * row by row, each row's array filled once in order: far cheaper for V8 than writing column by column.
 */
function buildRows(columns, width, from, to) {
    const sources = new Array(width).fill(undefined);
    for (const column of columns)
        sources[column.position] = { ...column.window(from, to), toCell: column.toCell };
    const rows = new Array(to - from);
    for (let index = 0; index < rows.length; index++) {
        const values = new Array(width);
        for (let position = 0; position < width; position++) {
            const source = sources[position];
            values[position] = source === undefined ? null : source.toCell(source.values[source.offset + index]);
        }
        rows[index] = { line: from + index + 1, values };
    }
    return rows;
}
/** A Parquet value as a cell: int64 as a number, timestamps as ISO text, nested values as JSON. */
function toCell(value) {
    switch (typeof value) {
        case "string":
        case "number":
        case "boolean":
            return value;
        case "bigint":
            return Number(value);
        case "undefined":
            return null;
    }
    if (value === null)
        return null;
    if (value instanceof Date)
        return value.toISOString();
    return JSON.stringify(value, (_key, inner) => (typeof inner === "bigint" ? Number(inner) : inner));
}
const MAX_KEPT_DAYS = 1 << 16;
const DAY_MS = 86_400_000;
/**
 * `toCell` for a DATE column, whose values are UTC midnights: `YYYY-MM-DD`, formatted once per day seen
 * (a date column holds few distinct days, and formatting is the costly part).
 */
function dateCellConverter() {
    const days = new Map();
    return (value) => {
        if (!(value instanceof Date))
            return toCell(value);
        // Keyed by the day number, a small integer, which V8 hashes much faster than a millisecond count.
        const key = value.getTime() / DAY_MS;
        let day = days.get(key);
        if (day === undefined) {
            if (days.size >= MAX_KEPT_DAYS)
                days.clear();
            day = value.toISOString().slice(0, 10);
            days.set(key, day);
        }
        return day;
    };
}

;// CONCATENATED MODULE: ./packages/data/src/parquet-schema.ts
/** The names of the top-level columns, in file order (a nested column counts once). */
function topLevelColumns(metadata) {
    const [root, ...elements] = metadata.schema;
    const names = [];
    let index = 0;
    for (let child = 0; child < (root?.num_children ?? 0); child++) {
        const element = elements[index];
        if (!element)
            break;
        names.push(element.name);
        index += 1 + descendantCount(elements, index);
    }
    return names;
}
function descendantCount(elements, at) {
    const children = elements[at]?.num_children ?? 0;
    let count = 0;
    for (let child = 0; child < children; child++) {
        count += 1 + descendantCount(elements, at + count + 1);
    }
    return count;
}
function isDateColumn(metadata, name) {
    const element = metadata.schema.find((candidate) => candidate.name === name);
    return element?.converted_type === "DATE" || element?.logical_type?.type === "DATE";
}
/**
 * Whether a top-level column is nested (a struct, list or map, or a repeated field): hyparquet decodes such
 * a column's whole chunk whatever row range is asked for.
 */
function isNestedColumn(metadata, name) {
    const element = metadata.schema.slice(1).find((candidate) => candidate.name === name);
    return (element?.num_children ?? 0) > 0 || element?.repetition_type === "REPEATED";
}

// EXTERNAL MODULE: ./packages/data/src/reader-types.ts
var reader_types = __webpack_require__(7763);
;// CONCATENATED MODULE: ./packages/data/src/read-parquet.ts






/**
 * Rows decoded at a time. hyparquet decodes only the pages a row range touches (pyarrow writes at most
 * 20,000 rows a page), so a row group is read in ranges of about this many rows and the decoded columns
 * held at once stay bounded by it rather than by the row group (pyarrow's default is 1,048,576 rows).
 * Each range decodes its columns' dictionary pages again: smaller ranges cost more time. Nested columns
 * (lists, structs) are decoded whole, once per row group, since hyparquet cannot skip their pages.
 */
const PARQUET_RANGE_ROWS = 65_536;
/**
 * Reads a Parquet file with hyparquet (snappy, gzip, zstd, brotli, lz4 through hyparquet-compressors),
 * column by column and only the columns asked for, a range of rows of one row group at a time; rows are
 * built from the decoded columns one batch at a time. A row's `line` is its 1-based row number.
 * `rangeRows` (rounded to whole batches) is how many rows are decoded at once.
 */
async function* readParquet(file, options = {}, rangeRows = PARQUET_RANGE_ROWS) {
    const buffer = await ParquetFileBuffer.open(file);
    try {
        yield* readOpened(file, buffer, options, rangeRows);
    }
    finally {
        await buffer.close();
    }
}
async function* readOpened(file, buffer, options, rangeRows) {
    if (buffer.byteLength === 0) {
        yield { kind: "problem", problem: { kind: "empty-file", file, message: "the file is empty" } };
        return;
    }
    let metadata;
    try {
        metadata = await (0,src_metadata/* parquetMetadataAsync */.Ei)(buffer);
    }
    catch (error) {
        yield {
            kind: "problem",
            problem: { kind: "unreadable", file, message: `not a Parquet file: ${reason(error)}` },
        };
        return;
    }
    const allColumns = topLevelColumns(metadata);
    const wanted = options.columns ? allColumns.filter((name) => options.columns?.includes(name)) : allColumns;
    yield { kind: "header", file, columns: allColumns };
    const columns = new Map(wanted.map((name) => [name, new DecodedColumn(allColumns.indexOf(name), isDateColumn(metadata, name))]));
    const decoded = [...columns.values()];
    const nested = wanted.filter((name) => isNestedColumn(metadata, name));
    const flat = wanted.filter((name) => !nested.includes(name));
    const decode = (names, rowStart, rowEnd) => readColumns(buffer, metadata, names, rowStart, rowEnd, (name, run) => columns.get(name)?.add(run));
    const batchSize = options.batchSize ?? reader_types/* DEFAULT_BATCH_SIZE */.jg;
    const rangeSize = Math.max(1, Math.floor(rangeRows / batchSize)) * batchSize;
    let groupStart = 0;
    for (const group of metadata.row_groups) {
        const groupEnd = groupStart + Number(group.num_rows);
        for (const column of decoded)
            column.clear();
        for (let rangeStart = groupStart; rangeStart < groupEnd; rangeStart += rangeSize) {
            const rangeEnd = Math.min(groupEnd, rangeStart + rangeSize);
            for (const name of flat)
                columns.get(name)?.clear();
            try {
                if (rangeStart === groupStart)
                    await decode(nested, groupStart, groupEnd);
                await decode(flat, rangeStart, rangeEnd);
            }
            catch (error) {
                const message = `cannot read rows ${rangeStart + 1}-${rangeEnd}: ${reason(error)}`;
                yield { kind: "problem", problem: { kind: "unreadable", file, line: rangeStart + 1, message } };
                return;
            }
            for (let from = rangeStart; from < rangeEnd; from += batchSize) {
                const rows = buildRows(decoded, allColumns.length, from, Math.min(rangeEnd, from + batchSize));
                yield { kind: "rows", file, rows };
            }
        }
        for (const column of decoded)
            column.clear();
        buffer.forget();
        groupStart = groupEnd;
    }
    if (groupStart === 0) {
        yield {
            kind: "problem",
            problem: { kind: "header-only", file, message: "the file has columns but no rows" },
        };
    }
}
/** Decodes rows `rowStart` to `rowEnd` (0-based) of the columns `names`, giving each decoded run to `onRun`. */
async function readColumns(file, metadata, names, rowStart, rowEnd, onRun) {
    if (names.length === 0)
        return;
    await (0,read/* parquetRead */.bA)({
        file,
        metadata,
        columns: names,
        rowStart,
        rowEnd,
        compressors: src/* compressors */.Vm,
        onChunk: ({ columnName, columnData, rowStart: start }) => onRun(columnName, { rowStart: start, values: columnData }),
    });
}
function reason(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ })

};
