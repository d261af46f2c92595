import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1681:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ startWorkerEarly)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _mlops_actions_data_validate_worker__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2489);




/**
 * Starts the worker thread that validates half of a large CSV file, or about half of the columns of a
 * large Parquet file, now, before the inputs and the schema are read, so that its start (a thread,
 * Node, the validation code: ~100 ms) overlaps theirs. A guess from the raw `data` input, checked later
 * as usual: a plain path (no glob) to a file that is large enough, in a format read by bytes or by
 * columns. When the guess is wrong (say, a Parquet schema with row rules) the worker is not used and
 * does not keep the process alive.
 */
function startWorkerEarly(entry) {
    try {
        const work = likelySplit();
        return work ? new _mlops_actions_data_validate_worker__WEBPACK_IMPORTED_MODULE_3__.ValidationWorker(entry, work) : undefined;
    }
    catch {
        // Only a guess: the validation proper starts a worker when it needs one, and reports what fails.
        return undefined;
    }
}
function likelySplit() {
    const data = process.env.INPUT_DATA?.trim() ?? "";
    if (process.env.INPUT_INFER?.trim().toLowerCase() === "true" || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)() < 2)
        return undefined;
    if (data === "" || /[\n*?[\]{}()!#~\\]/.test(data))
        return undefined;
    const format = process.env.INPUT_FORMAT?.trim() || "auto";
    const work = (0,_mlops_actions_data_validate_worker__WEBPACK_IMPORTED_MODULE_3__.splitWork)(data, format === "auto" ? undefined : format);
    if (!work)
        return undefined;
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(data) ? data : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(process.env.GITHUB_WORKSPACE ?? process.cwd(), data);
    const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file, { throwIfNoEntry: false });
    return stats?.isFile() === true && stats.size >= (0,_mlops_actions_data_validate_worker__WEBPACK_IMPORTED_MODULE_3__.defaultParallelBytes)(work) ? work : undefined;
}


/***/ }),

/***/ 7772:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _early_worker_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1681);


// A large CSV file is validated on two threads, and the bundle has one entry: a worker thread runs this
// same script. The worker is started first thing (see early-worker.ts); both sides then load what they
// need on demand, so the worker compiles only the validation code, not the whole action (ncc puts each
// dynamic import in its own chunk).
if (node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread) {
    const entry = new URL(import.meta.url);
    const worker = (0,_early_worker_js__WEBPACK_IMPORTED_MODULE_1__/* .startWorkerEarly */ .I)(entry);
    await (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(316), __nccwpck_require__.e(287), __nccwpck_require__.e(884)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6884))).runAction(entry, worker);
}
else
    await (await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 2489))).serveValidationWorker();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3926:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ formatFromName)
/* harmony export */ });
/** The format a file name implies (`.gz` looked through); CSV when nothing matches. */
function formatFromName(file) {
    const name = file.toLowerCase().replace(/\.gz$/, "");
    if (name.endsWith(".tsv") || name.endsWith(".tab"))
        return "tsv";
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json"))
        return "jsonl";
    if (name.endsWith(".parquet") || name.endsWith(".pq"))
        return "parquet";
    return "csv";
}


/***/ }),

/***/ 2489:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_PARALLEL_BYTES: () => (/* binding */ DEFAULT_PARALLEL_BYTES),
/* harmony export */   DEFAULT_PARALLEL_BYTES_TWO_CORES: () => (/* binding */ DEFAULT_PARALLEL_BYTES_TWO_CORES),
/* harmony export */   DEFAULT_PARALLEL_FILES_BYTES: () => (/* binding */ DEFAULT_PARALLEL_FILES_BYTES),
/* harmony export */   DEFAULT_PARALLEL_PARQUET_BYTES: () => (/* binding */ DEFAULT_PARALLEL_PARQUET_BYTES),
/* harmony export */   DEFAULT_PARALLEL_PARQUET_BYTES_TWO_CORES: () => (/* binding */ DEFAULT_PARALLEL_PARQUET_BYTES_TWO_CORES),
/* harmony export */   DEFAULT_PARALLEL_PARQUET_FILES_BYTES: () => (/* binding */ DEFAULT_PARALLEL_PARQUET_FILES_BYTES),
/* harmony export */   DEFAULT_WORKER_LAG_BYTES: () => (/* binding */ DEFAULT_WORKER_LAG_BYTES),
/* harmony export */   ValidationWorker: () => (/* binding */ ValidationWorker),
/* harmony export */   defaultParallelBytes: () => (/* binding */ defaultParallelBytes),
/* harmony export */   isValidationWorker: () => (/* binding */ isValidationWorker),
/* harmony export */   mainThreadShare: () => (/* binding */ mainThreadShare),
/* harmony export */   serveValidationWorker: () => (/* binding */ serveValidationWorker),
/* harmony export */   splitWork: () => (/* binding */ splitWork),
/* harmony export */   worthSplitting: () => (/* binding */ worthSplitting)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _format_from_name_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3926);



// Light on purpose: an action's entry imports this to start its worker thread before anything else
// loads, and the worker itself loads the validation code (validate-worker-job.ts for a CSV segment,
// validate-parquet-job.ts for Parquet columns) while it waits.
const WORKER_TAG = "@mlops-actions/data:validate-segment";
/**
 * How far the main thread reads before a worker started with it begins. A worker started first thing
 * (early-worker.ts) is ready about when the main thread has read the schema: what is left of its lag is
 * its colder start (each thread compiles the hot loops on its own) and the main thread's merge and
 * report after both end. Measured on the bench's 1M-row CSV: 8 MiB ended 10 ms sooner than 16 (248 vs
 * 258 ms, 14 alternated runs), 4 MiB in between; the same at 10M rows. The default of
 * `ParallelOptions.workerLagBytes`.
 */
const DEFAULT_WORKER_LAG_BYTES = 8 * 1024 * 1024;
/**
 * Smaller files are validated on one thread on a machine of three cores or more (the default of
 * `ParallelOptions.minBytes` there): below about 1.5 lags, the worker would start too late to take a
 * useful share.
 */
const DEFAULT_PARALLEL_BYTES = 24 * 1024 * 1024;
/**
 * The same on two cores. There the worker's fixed cost competes for the cores with both threads and
 * V8's compiler threads: its own Node (~30 ms of CPU), its own compiles of the hot loops (~35 ms) and
 * its first batches run before they are compiled. On the bench's rows, alternated runs: 62.6 MB took
 * 199–223 ms on one thread and 211–236 on two (CPU 220–250 against 330–360 ms), 69 MB 213 and 240,
 * 78.5 MB 230–241 and 234–256, 94 MB 244 and 221, 126 MB 312 and 285, 636 MB 1,109 and 691.
 */
const DEFAULT_PARALLEL_BYTES_TWO_CORES = 80 * 1024 * 1024;
/**
 * A dataset of plain CSV files each smaller than `minBytes` has its later files validated by a worker
 * when they are this large together (the default of `ParallelOptions.minFilesBytes`). That worker starts
 * only once the files are listed, so it pays later than a large file's: on the bench's rows cut into
 * files of 100,000, 97 MB took 438 ms on two threads and 452 on one, 182 MB 572 and 613, 607 MB 1,106
 * and 1,520 (alternated runs).
 */
const DEFAULT_PARALLEL_FILES_BYTES = 128 * 1024 * 1024;
/**
 * A dataset of Parquet files each smaller than `minParquetBytes` has its later files validated by a
 * worker when they are this large together (the default of `ParallelOptions.minParquetFilesBytes`).
 * One thread already keeps ~1.35 cores busy on such files (V8 compiles and collects on its own
 * threads), so a worker gains less than on CSV: on the bench's rows in small files, 27 MB took 868 ms
 * on two threads and 830 on one, 57 MB 1,113 and 1,055, 137 MB 1,677 and 1,771, 221 MB 2.2–2.4 s and
 * 2.7–2.9 s (alternated runs).
 */
const DEFAULT_PARALLEL_PARQUET_FILES_BYTES = 128 * 1024 * 1024;
/** The main thread's share of a split file at most, however small the file. */
const MAX_MAIN_SHARE = 0.85;
/**
 * Where a file of `dataBytes` is cut, as a share for the main thread: the bytes it reads while the
 * worker starts, and half of the rest, so both end together. A function of the size alone, so that the
 * cut, and the last bits of the merged means, are the same run to run.
 */
function mainThreadShare(dataBytes, lagBytes = DEFAULT_WORKER_LAG_BYTES) {
    if (dataBytes <= 0)
        return 0.5;
    return Math.min(MAX_MAIN_SHARE, 0.5 + lagBytes / (2 * dataBytes));
}
/**
 * Parquet files smaller than this are validated on one thread on a machine of three cores or more (the
 * default of `ParallelOptions.minParquetBytes` there); in larger ones a worker takes about half of the
 * columns.
 */
const DEFAULT_PARALLEL_PARQUET_BYTES = 8 * 1024 * 1024;
/**
 * The same on two cores (see `DEFAULT_PARALLEL_BYTES_TWO_CORES`). The bench's rows written by pyarrow,
 * alternated runs, one thread against two: 9.3 MB 152 and 163 ms (CPU 180 against 250 ms), 12.7 MB 179
 * and 174, 17.8 MB 218 and 201.
 */
const DEFAULT_PARALLEL_PARQUET_BYTES_TWO_CORES = 12 * 1024 * 1024;
/**
 * The size from which a file is split on a machine of `cores` cores: the default of
 * `ParallelOptions.minBytes` for CSV/TSV (`work` "csv") and of `minParquetBytes` for Parquet.
 */
function defaultParallelBytes(work, cores = (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)()) {
    const twoCores = cores <= 2;
    if (work === "csv")
        return twoCores ? DEFAULT_PARALLEL_BYTES_TWO_CORES : DEFAULT_PARALLEL_BYTES;
    return twoCores ? DEFAULT_PARALLEL_PARQUET_BYTES_TWO_CORES : DEFAULT_PARALLEL_PARQUET_BYTES;
}
/**
 * How a file in `format` (undefined: as its name implies) would be split: a plain CSV/TSV file by byte
 * ranges, a Parquet file by columns; undefined for gzip, JSON Lines and a format not known here, which
 * are read by rows on one thread or rejected.
 */
function splitWork(file, format) {
    if (/\.gz$/i.test(file))
        return undefined;
    const implied = format ?? (0,_format_from_name_js__WEBPACK_IMPORTED_MODULE_2__/* .formatFromName */ .R)(file);
    if (implied === "parquet")
        return "parquet";
    return implied === "csv" || implied === "tsv" ? "csv" : undefined;
}
/** A file of `dataBytes` (at least `minBytes`), with a core free to take half of it. */
function worthSplitting(parallel, dataBytes, minBytes) {
    if (dataBytes < minBytes || (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)() < 2)
        return false;
    const { maxLoad } = parallel;
    return maxLoad === undefined || ((0,node_os__WEBPACK_IMPORTED_MODULE_0__.loadavg)()[0] ?? 0) < maxLoad;
}
/** True in a worker thread started by `startValidationWorker` (or by `validateDataset`). */
function isValidationWorker() {
    return !node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.workerData?.tag === WORKER_TAG;
}
/**
 * The work of a validation worker: waits for jobs (a CSV segment, whole CSV files, a Parquet file's
 * columns), one at a time, validates each with validators of its own and posts back their state, for
 * the main thread to merge. It serves jobs until it is terminated: the next file of a dataset finds its
 * code loaded and compiled. A script given as `parallel.workerScript` calls this when
 * `isValidationWorker()`.
 */
async function serveValidationWorker() {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort;
    if (!isValidationWorker() || !port)
        throw new Error("serveValidationWorker runs only in a validation worker");
    const expected = node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.workerData.work;
    const csv = expected === "csv" ? Promise.all(/* import() */[__nccwpck_require__.e(316), __nccwpck_require__.e(287), __nccwpck_require__.e(479)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2479)) : undefined;
    const parquet = expected === "parquet" ? Promise.all(/* import() */[__nccwpck_require__.e(178), __nccwpck_require__.e(932), __nccwpck_require__.e(184), __nccwpck_require__.e(316), __nccwpck_require__.e(563)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4529)) : undefined;
    let done = Promise.resolve();
    port.on("message", (message) => {
        done = done.then(async () => {
            const { result, transfer } = await runJob(message, csv, parquet);
            port.postMessage(result, transfer);
        });
    });
}
async function runJob(message, csv, parquet) {
    if (message.kind === "parquet" || message.kind === "parquet-files") {
        const jobs = await (parquet ?? Promise.all(/* import() */[__nccwpck_require__.e(178), __nccwpck_require__.e(932), __nccwpck_require__.e(184), __nccwpck_require__.e(316), __nccwpck_require__.e(563)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4529)));
        return message.kind === "parquet"
            ? jobs.validateParquetColumnsState(message.job)
            : jobs.validateParquetFilesState(message.job);
    }
    const jobs = await (csv ?? Promise.all(/* import() */[__nccwpck_require__.e(316), __nccwpck_require__.e(287), __nccwpck_require__.e(479)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2479)));
    return message.kind === "csv-files"
        ? jobs.validateFilesState(message.job)
        : jobs.validateSegmentState(message.job);
}
/**
 * A worker thread that runs `script` (which must call `serveValidationWorker()`), started before it
 * has anything to validate so that Node and the validation code for `work` load while the main thread
 * reads inputs and the schema. It takes jobs of any kind, one at a time, and keeps the process alive
 * only while it has one; `terminate` stops it for good.
 */
class ValidationWorker {
    work;
    thread;
    pending;
    ended = false;
    given = 0;
    constructor(script, work = "csv") {
        const data = { tag: WORKER_TAG, work };
        this.work = work;
        this.thread = new node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.Worker(script, { workerData: data });
        this.thread.on("message", (result) => this.settle(result));
        this.thread.once("error", () => this.end());
        this.thread.once("exit", () => this.end());
        // After the listeners: a "message" listener refs the thread again.
        this.thread.unref();
    }
    /** How many jobs it was given. */
    get jobs() {
        return this.given;
    }
    /** Whether it can take a job: neither terminated nor failed. */
    get usable() {
        return !this.ended;
    }
    /** Hands the worker a CSV segment: its result, or undefined if the worker failed. */
    validate(job) {
        return this.run({ kind: "csv", job });
    }
    /** Hands the worker whole CSV files: their result, or undefined if the worker failed. */
    validateFiles(job) {
        return this.run({ kind: "csv-files", job });
    }
    /** Hands the worker columns of a Parquet file: its result, or undefined if the worker failed. */
    validateParquet(job) {
        return this.run({ kind: "parquet", job });
    }
    /** Hands the worker whole Parquet files: their result, or undefined if the worker failed. */
    validateParquetFiles(job) {
        return this.run({ kind: "parquet-files", job });
    }
    run(job) {
        if (this.pending)
            throw new Error("a ValidationWorker takes one job at a time");
        this.given++;
        if (this.ended)
            return Promise.resolve(undefined);
        return new Promise((resolve) => {
            this.pending = resolve;
            this.thread.ref();
            this.thread.postMessage(job);
        });
    }
    settle(result) {
        const resolve = this.pending;
        this.pending = undefined;
        this.thread.unref();
        resolve?.(result);
    }
    end() {
        this.ended = true;
        this.settle(undefined);
    }
    /** Stops the thread, whatever it is doing; a job it had gives undefined. */
    terminate() {
        this.ended = true;
        void this.thread.terminate();
    }
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(7772);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
