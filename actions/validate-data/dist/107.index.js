export const id = 107;
export const ids = [107];
export const modules = {

/***/ 2400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ readParquetFooter)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var hyparquet_src_metadata_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5361);


/** The footer's last 8 bytes: the metadata's length (4 bytes, little-endian), then `PAR1`. */
const TAIL_BYTES = 8;
/**
 * A Parquet file's metadata, read from its footer with hyparquet's parser (the Thrift compact protocol;
 * small, pure JS, no data decoded): what parquet-wasm does not expose (column statistics, column chunk
 * sizes). Throws when the footer cannot be read; the decoder then tells what is wrong.
 */
async function readParquetFooter(file) {
    return (0,hyparquet_src_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .parquetMetadata */ .m5)(await readFooterBytes(file), { geoparquet: false });
}
/** The footer: the file's metadata and the 8 bytes after it. */
async function readFooterBytes(file) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file);
    try {
        const { size } = await handle.stat();
        const tail = new Uint8Array(TAIL_BYTES);
        await handle.read(tail, 0, TAIL_BYTES, size - TAIL_BYTES);
        const length = new DataView(tail.buffer).getUint32(0, true);
        const footer = new Uint8Array(Math.min(size, length + TAIL_BYTES));
        await handle.read(footer, 0, footer.length, size - footer.length);
        return footer;
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 6107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ nullCountsOf),
/* harmony export */   y: () => (/* binding */ parquetNullCounts)
/* harmony export */ });
/* harmony import */ var _parquet_footer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2400);

/**
 * How many nulls each top-level, not nested column of each row group holds, where the file's metadata
 * tells it exactly: a `REQUIRED` column holds none, and a column chunk's statistics may carry a
 * `null_count` (pyarrow writes one). One map a row group, by column name; a column it does not tell is
 * absent. Empty when the footer cannot be read (the decoder then tells what is wrong).
 *
 * parquet-wasm does not expose column statistics, so the footer is read again (`readParquetFooter`).
 */
async function parquetNullCounts(file) {
    try {
        return nullCountsOf(await (0,_parquet_footer_js__WEBPACK_IMPORTED_MODULE_0__/* .readParquetFooter */ .e)(file));
    }
    catch {
        return [];
    }
}
/** `parquetNullCounts` of a file's metadata. */
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


/***/ })

};
