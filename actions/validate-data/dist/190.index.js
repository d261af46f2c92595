export const id = 190;
export const ids = [190];
export const modules = {

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
    const split = await (0,_parquet_footer_js__WEBPACK_IMPORTED_MODULE_0__/* .readParquetFooter */ .e)(file).then((metadata) => (0,_parquet_column_split_js__WEBPACK_IMPORTED_MODULE_1__/* .splitParquetColumns */ ._k)(metadata, validators), () => undefined);
    if (!split)
        return undefined;
    const worker = options.startWorker(parallel.workerScript, "parquet");
    const second = worker.validateParquet({ file, schema, columns: split.worker, maxExamples });
    // Loaded only now (parquet-wasm, apache-arrow): the worker has its job first.
    const { validateParquetColumns } = await Promise.all(/* import() */[__webpack_require__.e(50), __webpack_require__.e(472), __webpack_require__.e(999)]).then(__webpack_require__.bind(__webpack_require__, 7380));
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
