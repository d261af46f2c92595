export const id = 190;
export const ids = [190,107];
export const modules = {

/***/ 2696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ splitParquetColumns),
/* harmony export */   g: () => (/* binding */ checksOnlyNulls)
/* harmony export */ });
/* harmony import */ var _parquet_null_counts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6107);

/**
 * A column's cost model, in nanoseconds of one thread, fitted to each bench column decoded and checked
 * alone (1M rows; numbers 17–19 ms, text 21–23 ms plus ~2 ms a MB, `unique` ids 28 ms): a value, a text
 * value, a text byte (uncompressed), and a value kept in a distinct set.
 */
const VALUE_COST = 16;
const TEXT_VALUE_COST = 21;
const TEXT_BYTE_COST = 2;
const DISTINCT_VALUE_COST = 10;
/**
 * What the main thread does besides its columns, in the same nanoseconds: it loads the decoder only
 * once the worker has its columns, then merges the worker's state and writes the report (~50 ms); at
 * most a quarter of the columns' cost, so that a small file's columns still go to both threads.
 */
const MAIN_THREAD_EXTRA_COST = 50e6;
/**
 * Splits the validators of a Parquet file's columns between two threads, each column wholly to one, so
 * both have about the same to decode and check: the longest processing time first rule (Graham 1969),
 * each column, heaviest first, to the lighter thread, the main thread starting with its other work. A
 * column weighs its values (more for text, and
 * for a distinct set) and its uncompressed text bytes, in every row group where it is decoded; one whose
 * checks need only its null count weighs nothing where the metadata tells that count exactly (it is not
 * decoded there). Undefined when
 * there is nothing to split: fewer than two columns to decode, or a name the file has twice.
 */
function splitParquetColumns(metadata, validators) {
    const weights = columnWeights(metadata, validators);
    if (!weights)
        return undefined;
    const candidates = validators
        .map((validator, index) => ({ index, weight: weights.get(validator.spec.name) ?? 0 }))
        .filter((candidate) => candidate.weight > 0)
        .sort((a, b) => b.weight - a.weight || a.index - b.index);
    if (candidates.length < 2)
        return undefined;
    const split = { main: [], worker: [] };
    const total = candidates.reduce((sum, candidate) => sum + candidate.weight, 0);
    let mainWeight = Math.min(MAIN_THREAD_EXTRA_COST, total / 4);
    let workerWeight = 0;
    for (const { index, weight } of candidates) {
        if (mainWeight <= workerWeight) {
            split.main.push(index);
            mainWeight += weight;
        }
        else {
            split.worker.push(index);
            workerWeight += weight;
        }
    }
    // Two threads at work, however light the columns.
    if (split.main.length === 0)
        split.main.push(split.worker.pop());
    const taken = new Set(split.worker);
    split.main = validators.map((_, index) => index).filter((index) => !taken.has(index));
    return split;
}
/** Each schema column's weight by name (see `splitParquetColumns`); undefined for a repeated name. */
function columnWeights(metadata, validators) {
    const nullCounts = (0,_parquet_null_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .nullCountsOf */ .Z)(metadata);
    const byName = new Map(validators.map((validator) => [validator.spec.name, validator]));
    const weights = new Map();
    const names = topLevelNames(metadata.schema);
    if (new Set(names).size !== names.length)
        return undefined;
    metadata.row_groups.forEach((group, g) => {
        const rows = Number(group.num_rows);
        for (const chunk of group.columns) {
            const name = chunk.meta_data?.path_in_schema[0];
            const validator = name === undefined ? undefined : byName.get(name);
            if (!validator || !chunk.meta_data)
                continue;
            const nulls = nullCounts[g]?.get(validator.spec.name);
            if (checksOnlyNulls(validator) && (nulls === 0 || nulls === rows))
                continue;
            const { type, total_uncompressed_size: size } = chunk.meta_data;
            const text = type === "BYTE_ARRAY" || type === "FIXED_LEN_BYTE_ARRAY";
            const cost = (text ? rows * TEXT_VALUE_COST + Number(size) * TEXT_BYTE_COST : rows * VALUE_COST) +
                (validator.seen ? rows * DISTINCT_VALUE_COST : 0);
            weights.set(validator.spec.name, (weights.get(validator.spec.name) ?? 0) + cost);
        }
    });
    return weights;
}
/** The names of the columns at the top of a flattened Parquet schema (the root first, then depth first). */
function topLevelNames(schema) {
    const names = [];
    let at = 1;
    for (let child = 0; child < (schema[0]?.num_children ?? 0) && at < schema.length; child++) {
        names.push(schema[at].name);
        at = afterSubtree(schema, at);
    }
    return names;
}
function afterSubtree(schema, at) {
    let next = at + 1;
    for (let child = 0; child < (schema[at]?.num_children ?? 0) && next < schema.length; child++)
        next = afterSubtree(schema, next);
    return next;
}
/** A text or category column without checks but the null check, nothing kept. */
function checksOnlyNulls(validator) {
    const type = validator.spec.type ?? "string";
    const { seen, moments, numbers } = validator;
    return ((type === "string" || type === "category") &&
        validator.rules.length === 0 &&
        !seen &&
        !moments &&
        !numbers);
}


/***/ }),

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


/***/ }),

/***/ 9190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateParquetSplit: () => (/* binding */ validateParquetSplit)
/* harmony export */ });
/* harmony import */ var _column_validator_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9424);
/* harmony import */ var _parquet_column_split_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2696);
/* harmony import */ var _parquet_footer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2400);



/**
 * Validates a Parquet file's columns on two threads, each column wholly on one (`splitParquetColumns`),
 * the worker's into validators of its own whose state is then merged into `validators`:
 *
 * - While no validator has seen a row (the first file of a dataset), the main thread checks its columns
 *   straight into `validators`, and a merge into a fresh validator is exact: the outcome is the
 *   one-thread one, bit for bit.
 * - Later, when no column keeps a distinct set (a value repeated from an earlier file would need this
 *   file read again for its line), the main thread also checks into validators of its own, and both
 *   are merged: counts add, examples follow the earlier files', and means and standard deviations merge
 *   (Chan et al.; they may differ from one pass in the last bits, the same run to run).
 *
 * Undefined when the file is to be validated on one thread instead: neither of those, nothing to split,
 * a problem in the file (so that a damaged file reads, rows and problems, as on one thread: `validators`
 * are left as they were, or fresh again), or a failed worker.
 */
async function validateParquetSplit(file, schema, validators, options) {
    const { parallel, maxExamples, nulls, nullBytes } = options;
    const direct = validators.every((validator) => validator.rows === 0);
    if (!direct && validators.some((validator) => validator.seen !== undefined))
        return undefined;
    const split = await (0,_parquet_footer_js__WEBPACK_IMPORTED_MODULE_0__/* .readParquetFooter */ .e)(file).then((metadata) => (0,_parquet_column_split_js__WEBPACK_IMPORTED_MODULE_1__/* .splitParquetColumns */ ._)(metadata, validators), () => undefined);
    if (!split)
        return undefined;
    const worker = options.startWorker(parallel.workerScript, "parquet");
    const second = worker.validateParquet({ file, schema, columns: split.worker, maxExamples });
    // Loaded only now (parquet-wasm, apache-arrow): the worker has its job first.
    const { validateParquetColumns } = await Promise.all(/* import() */[__webpack_require__.e(50), __webpack_require__.e(333), __webpack_require__.e(999)]).then(__webpack_require__.bind(__webpack_require__, 7380));
    const mine = split.main.map((index) => direct ? validators[index] : fresh(validators[index], maxExamples));
    let columns = [];
    let rows = 0;
    let problems = 0;
    try {
        for await (const event of validateParquetColumns(file, mine, nulls, nullBytes)) {
            if (event.kind === "header")
                columns = event.columns;
            else if (event.kind === "checked")
                rows += event.rows;
            else
                problems++;
        }
    }
    catch (error) {
        worker.terminate();
        throw error;
    }
    const result = await second;
    const merged = result !== undefined && result.problems === 0 && problems === 0 && result.rows === rows;
    const names = split.worker.map((index) => validators[index]?.spec.name);
    parallel.onParquetSplit?.({ file, worker: names, merged });
    if (!merged) {
        if (direct)
            for (const index of split.main)
                validators[index] = fresh(validators[index], maxExamples);
        return undefined;
    }
    const states = [
        ...(direct ? [] : split.main.map((index, k) => ({ index, state: mine[k].state() }))),
        ...split.worker.map((index, k) => ({ index, state: result.columns[k] })),
    ];
    for (const { index, state } of states) {
        // No distinct set, or a fresh one: no value repeated from before.
        if (validators[index]?.merge(state, 0))
            throw new Error(`internal: column '${validators[index]?.spec.name}' has values repeated across threads`);
    }
    return { columns, rows };
}
/** A validator of the same column that has seen nothing. */
function fresh(validator, maxExamples) {
    return new _column_validator_js__WEBPACK_IMPORTED_MODULE_2__/* .ColumnValidator */ .lH(validator.spec, maxExamples);
}


/***/ })

};
