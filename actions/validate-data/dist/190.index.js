export const id = 190;
export const ids = [190];
export const modules = {

/***/ 2696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K1: () => (/* binding */ keepsNothing),
/* harmony export */   TC: () => (/* binding */ takesDictionary),
/* harmony export */   _k: () => (/* binding */ splitParquetColumns),
/* harmony export */   gT: () => (/* binding */ checksOnlyNulls)
/* harmony export */ });
/* harmony import */ var _parquet_dictionary_chunk_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6771);
/* harmony import */ var _parquet_null_counts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6107);


/**
 * A column's cost model, in nanoseconds of one thread, fitted to each bench column decoded and checked
 * alone (1M rows; numbers 17–19 ms, text 21–23 ms plus ~2 ms a MB, `unique` ids 28 ms): a value, a text
 * value, a text byte (uncompressed), and a value kept in a distinct set. Fitted to parquet-wasm's
 * decoding; the chunks read from their pages in JavaScript (`flatChunkShape`) cost less, numbers and
 * texts alike, and the bench's threads still end within 10–50 ms of each other with these weights.
 */
const VALUE_COST = 16;
const TEXT_VALUE_COST = 21;
/**
 * A value of a text column read as its dictionary (`dictionaryChunkShape`): 70 ms for the bench's
 * `country` at 10M rows, alone, against 227 ms for `income`, a double.
 */
const DICTIONARY_VALUE_COST = 7;
const TEXT_BYTE_COST = 2;
const DISTINCT_VALUE_COST = 10;
/**
 * Splits the validators of a Parquet file's columns between two threads, each column wholly to one, so
 * both have about the same to decode and check: the longest processing time first rule (Graham 1969),
 * each column, heaviest first, to the lighter thread (ties to the main thread). A
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
    // Both threads start on their columns at about the same moment (the worker loads the Parquet code while
    // this thread reads the schema and the footer, this one once the worker has its columns), and the merge
    // and the report wait for both: an allowance of 50 ms for them (at most a quarter of the columns)
    // left this thread idle 30-130 ms at the end of the bench's 1M-row file.
    let mainWeight = 0;
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
    // Two threads at work, however light the columns: the heaviest goes here, the next to the worker.
    const taken = new Set(split.worker);
    split.main = validators.map((_, index) => index).filter((index) => !taken.has(index));
    return split;
}
/** Each schema column's weight by name (see `splitParquetColumns`); undefined for a repeated name. */
function columnWeights(metadata, validators) {
    const nullCounts = (0,_parquet_null_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .nullCountsOf */ .ZS)(metadata);
    const byName = new Map(validators.map((validator) => [validator.spec.name, validator]));
    const weights = new Map();
    const names = (0,_parquet_null_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .topLevelNames */ .s8)(metadata.schema);
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
            const shape = (0,_parquet_dictionary_chunk_js__WEBPACK_IMPORTED_MODULE_1__/* .dictionaryChunkShape */ .tN)(metadata, g, validator.spec.name);
            const dictionary = shape !== undefined && takesDictionary(validator, shape.numeric);
            const valueCost = dictionary
                ? rows * DICTIONARY_VALUE_COST
                : text
                    ? rows * TEXT_VALUE_COST + Number(size) * TEXT_BYTE_COST
                    : rows * VALUE_COST;
            const cost = valueCost + (validator.seen ? rows * DISTINCT_VALUE_COST : 0);
            weights.set(validator.spec.name, (weights.get(validator.spec.name) ?? 0) + cost);
        }
    });
    return weights;
}
/**
 * A column that keeps no statistics nor distinct values: a cell's outcome depends on its value alone, so
 * a dictionary's entries are checked once each (`acceptDictionaryCells`).
 */
function keepsNothing(validator) {
    return !validator.seen && !validator.moments && !validator.numbers;
}
/**
 * Whether the validator takes a column chunk read as its dictionary (`dictionaryChunkShape`): it keeps
 * nothing, and for numbers (doubles, as `acceptDoubles` takes them) it is an integer or number column.
 */
function takesDictionary(validator, numeric) {
    const type = validator.spec.type ?? "string";
    return keepsNothing(validator) && (!numeric || type === "integer" || type === "number");
}
/** A text or category column without checks but the null check, nothing kept. */
function checksOnlyNulls(validator) {
    const type = validator.spec.type ?? "string";
    return ((type === "string" || type === "category") && validator.rules.length === 0 && keepsNothing(validator));
}


/***/ }),

/***/ 9190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateParquetSplit: () => (/* binding */ validateParquetSplit)
/* harmony export */ });
/* harmony import */ var _column_validator_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3316);
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
    const metadata = await (0,_parquet_footer_js__WEBPACK_IMPORTED_MODULE_0__/* .readParquetFooter */ .e)(file).catch(() => undefined);
    const split = metadata && (0,_parquet_column_split_js__WEBPACK_IMPORTED_MODULE_1__/* .splitParquetColumns */ ._k)(metadata, validators);
    if (!split)
        return undefined;
    const worker = options.startWorker(parallel.workerScript, "parquet");
    const second = worker.validateParquet({ file, schema, columns: split.worker, maxExamples });
    // Loaded only now (the Parquet readers; parquet-wasm later, if a chunk needs it): the worker has its job first.
    const { validateParquetFile } = await Promise.all(/* import() */[__webpack_require__.e(184), __webpack_require__.e(999)]).then(__webpack_require__.bind(__webpack_require__, 7380));
    const mine = split.main.map((index) => direct ? validators[index] : fresh(validators[index], maxExamples));
    let outcome;
    try {
        outcome = await validateParquetFile(file, mine, nulls, nullBytes, metadata);
    }
    catch (error) {
        worker.terminate();
        throw error;
    }
    const { rows, problems } = outcome;
    const columns = outcome.columns ?? [];
    const result = await second;
    const merged = result !== undefined && result.problems === 0 && problems.length === 0 && result.rows === rows;
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
