export const id = 453;
export const ids = [453];
export const modules = {

/***/ 4453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readParquet: () => (/* binding */ readParquet)
/* harmony export */ });
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1609);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6367);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3720);
/* harmony import */ var hyparquet_compressors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(138);
/* harmony import */ var _reader_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7763);



/**
 * Reads a Parquet file with hyparquet (snappy, gzip, zstd, brotli, lz4 through hyparquet-compressors),
 * one row group at a time and only the columns asked for. A row's `line` is its 1-based row number.
 */
async function* readParquet(file, options = {}) {
    let metadata;
    const buffer = await (0,hyparquet__WEBPACK_IMPORTED_MODULE_1__/* .asyncBufferFromFile */ .Rv)(file);
    if (buffer.byteLength === 0) {
        yield { kind: "problem", problem: { kind: "empty-file", file, message: "the file is empty" } };
        return;
    }
    try {
        metadata = await (0,hyparquet__WEBPACK_IMPORTED_MODULE_2__/* .parquetMetadataAsync */ .Ei)(buffer);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        yield {
            kind: "problem",
            problem: { kind: "unreadable", file, message: `not a Parquet file: ${reason}` },
        };
        return;
    }
    const allColumns = topLevelColumns(metadata);
    const wanted = options.columns ? allColumns.filter((name) => options.columns?.includes(name)) : allColumns;
    yield { kind: "header", file, columns: allColumns };
    const dateColumns = new Set(wanted.filter((name) => isDateColumn(metadata, name)));
    const positions = wanted.map((name) => allColumns.indexOf(name));
    const batchSize = options.batchSize ?? _reader_types_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_BATCH_SIZE */ .jg;
    let rowStart = 0;
    for (const group of metadata.row_groups) {
        const rowEnd = rowStart + Number(group.num_rows);
        let rows = [];
        try {
            await (0,hyparquet__WEBPACK_IMPORTED_MODULE_4__/* .parquetRead */ .bA)({
                file: buffer,
                metadata,
                columns: wanted,
                rowStart,
                rowEnd,
                compressors: hyparquet_compressors__WEBPACK_IMPORTED_MODULE_0__/* .compressors */ .Vm,
                onComplete: (data) => {
                    rows = data;
                },
            });
        }
        catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            const message = `cannot read rows ${rowStart + 1}-${rowEnd}: ${reason}`;
            yield { kind: "problem", problem: { kind: "unreadable", file, line: rowStart + 1, message } };
            return;
        }
        let batch = [];
        rows.forEach((values, offset) => {
            const cells = new Array(allColumns.length).fill(null);
            positions.forEach((position, i) => {
                cells[position] = toCell(values[i], dateColumns.has(wanted[i] ?? ""));
            });
            batch.push({ line: rowStart + offset + 1, values: cells });
        });
        while (batch.length > 0) {
            yield { kind: "rows", file, rows: batch.slice(0, batchSize) };
            batch = batch.slice(batchSize);
        }
        rowStart = rowEnd;
    }
    if (rowStart === 0) {
        yield {
            kind: "problem",
            problem: { kind: "header-only", file, message: "the file has columns but no rows" },
        };
    }
}
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
function toCell(value, isDate) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === "bigint")
        return Number(value);
    if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
        return value;
    if (value instanceof Date)
        return isDate ? value.toISOString().slice(0, 10) : value.toISOString();
    return JSON.stringify(value, (_key, inner) => (typeof inner === "bigint" ? Number(inner) : inner));
}


/***/ })

};
