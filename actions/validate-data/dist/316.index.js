export const id = 316;
export const ids = [316];
export const modules = {

/***/ 9435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uq: () => (/* binding */ acceptByteRuleCells),
/* harmony export */   f5: () => (/* binding */ PASSED),
/* harmony export */   xP: () => (/* binding */ checkValueBytes)
/* harmony export */ });
/* harmony import */ var _batch_plain_cells_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7563);

/**
 * The batch loop of a text column whose checks all have a byte test (`in`, `not-in`, `length`, most
 * `pattern`s), or of a boolean column without value checks: each cell is tested on its bytes (its type,
 * then its checks, then whether it was seen before), and only a failing one is decoded (for its example).
 * A column with one check and nothing else to keep or look for takes a first pass that only counts the
 * plain passes (batch-plain-cells.ts), then the other cells one by one.
 */
function acceptByteRuleCells(column, batch, rows, rowCount, position, nullBytes, nulls, file) {
    const tests = column.byteTests;
    const only = tests.length === 1 ? tests[0] : undefined;
    if (only === undefined || nullBytes !== undefined || column.seen !== undefined || column.typeBytes) {
        column.countPassed(byteRuleCells(column, tests, only, batch, rows, rowCount, position, nullBytes, nulls, file));
        return;
    }
    const others = (0,_batch_plain_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .othersFor */ .VE)(rowCount);
    let passed = (0,_batch_plain_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .plainMatches */ .e0)(only, batch, rows, rowCount, position, others);
    const count = rowCount - passed;
    for (let j = 0; j < count; j++) {
        const r = others[j];
        const f = batch.firstField[r] + position;
        passed += acceptTextCell(column, tests, only, batch, r, f, undefined, nulls, file);
    }
    column.countPassed(passed);
}
/**
 * `acceptByteRuleCells`' loop over every cell; returns the passes for the caller to count (see
 * batch-numbers.ts: code after a hot loop is best kept out of the loop's function).
 */
function byteRuleCells(column, tests, only, batch, rows, rowCount, position, nullBytes, nulls, file) {
    const { firstField } = batch;
    let passed = 0;
    // Every record of the batch is a row: record `k` is row `k`, its fields `width` apart.
    const uniform = rowCount === batch.records;
    const width = firstField[1] - firstField[0];
    const first = firstField[0] + position;
    for (let k = 0; k < rowCount; k++) {
        const r = uniform ? k : rows[k];
        const f = uniform ? first + k * width : firstField[r] + position;
        passed += acceptTextCell(column, tests, only, batch, r, f, nullBytes, nulls, file);
    }
    return passed;
}
/**
 * The cell of record `r` (field `f`): its type, then its checks, then whether it was seen before; 1
 * when it passed its checks (for the caller to count), else 0. Its first sighting is counted here.
 */
function acceptTextCell(column, tests, only, batch, r, f, nullBytes, nulls, file) {
    const { bytes, starts, ends, lines, marks, texts } = batch;
    const start = starts[f];
    if (start < 0) {
        const text = texts[-1 - start];
        column.accept(nulls?.has(text) ? null : text, file, lines[r]);
        return 0;
    }
    const end = ends[f];
    if (start === end || nullBytes?.has(bytes, start, end)) {
        column.accept(null, file, lines[r]);
        return 0;
    }
    // Invalid UTF-8 or a NUL: the bytes are not the text the row reader sees. A type failure is counted
    // the general way.
    const { typeBytes } = column;
    if (marks[r] !== 0 || (typeBytes !== undefined && !typeBytes.matches(bytes, start, end))) {
        column.accept(bytes.toString("utf8", start, end), file, lines[r]);
        return 0;
    }
    const outcome = checkValueBytes(column, tests, only, bytes, start, end, file, lines[r]);
    if (outcome >= FIRST_SEEN && column.uniqueTally !== undefined)
        column.uniqueTally.evaluated++;
    return outcome & PASSED;
}
/** `checkValueBytes`' answer: bit 0, the value passed its checks; bit 1, it was not seen before. */
const PASSED = 1;
const FIRST_SEEN = 2;
/**
 * One non-null value of a column whose checks all have a byte test, as UTF-8 bytes on `line`: its
 * checks (`only`, when there is one, else each of `tests`), then whether it was seen before (`unique`).
 * A failure is counted, and decoded only for an example; a pass and a first sighting are answered in
 * bits (`PASSED`, `FIRST_SEEN`) for the caller to count in bulk.
 */
function checkValueBytes(column, tests, only, bytes, start, end, file, line) {
    let ok;
    if (only !== undefined)
        ok = only.matches(bytes, start, end);
    else {
        ok = true;
        for (let i = 0; i < tests.length && ok; i++)
            ok = tests[i].matches(bytes, start, end);
    }
    if (!ok)
        column.acceptByteFailure(bytes, start, end, file, line);
    const { seen } = column;
    if (seen === undefined)
        return ok ? PASSED : 0;
    if (seen.addBytes(bytes, start, end))
        return ok ? PASSED | FIRST_SEEN : FIRST_SEEN;
    column.uniqueTally?.failBytes(bytes, start, end, file, line);
    return ok ? PASSED : 0;
}


/***/ }),

/***/ 7563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ plainDecimals),
/* harmony export */   VE: () => (/* binding */ othersFor),
/* harmony export */   e: () => (/* binding */ plainIntegers),
/* harmony export */   e0: () => (/* binding */ plainMatches)
/* harmony export */ });
/* harmony import */ var _byte_number_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5526);

/*
 * First passes over a batch for columns whose checks keep no state but counts (no statistics, no
 * distinct values): the cells that plainly pass are counted, and the records of all others are listed
 * in `others`, in order, for the caller to take one by one the general way. A pass is only counted, so
 * the order of the two does not change a result. The loops call nothing that V8 does not inline, so
 * it checks the arrays they read once a batch instead of once a cell.
 *
 * Each returns the number of plain passes; `others` then holds the `rowCount - passes` other records.
 */
/**
 * Integers in `[low, high]` as `readShortInteger` (the integer loop's reader) reads them, not quoted and
 * not in a marked record.
 */
function plainIntegers(batch, rows, rowCount, position, low, high, others) {
    const { bytes, starts, ends, firstField, marks, marked } = batch;
    // Held in a local for the loop: bundled, another module's function is read through a getter at each
    // call, which the optimizing compiler does not inline (see "Bundled calls" in the package README).
    const readInteger = _byte_number_js__WEBPACK_IMPORTED_MODULE_0__/* .readShortInteger */ .R;
    let passed = 0;
    let other = 0;
    // Every record of the batch is a row: record `k` is row `k`, its fields `width` apart.
    const uniform = rowCount === batch.records;
    const width = firstField[1] - firstField[0];
    const first = firstField[0] + position;
    const { cells } = batch;
    if (cells !== undefined && uniform && !marked) {
        const passes = cells.plainIntegers(batch.cellsBase, first, width, rowCount, low, high);
        if (passes >= 0)
            return othersFromCells(cells, rowCount - passes, others, passes);
    }
    for (let k = 0; k < rowCount; k++) {
        const r = uniform ? k : rows[k];
        const f = uniform ? first + k * width : firstField[r] + position;
        const start = starts[f];
        const end = ends[f];
        const value = start >= 0 && end > start && (!marked || marks[r] === 0) ? readInteger(bytes, start, end) : Number.NaN;
        // NaN (not read here) is within no bounds.
        if (value >= low && value <= high)
            passed++;
        else
            others[other++] = r;
    }
    return passed;
}
/**
 * Numbers in `[low, high]` as `readShortNumber` (the decimal loop's reader) reads them, not quoted and
 * not in a marked record.
 */
function plainDecimals(batch, rows, rowCount, position, low, high, others) {
    const { bytes, starts, ends, firstField, marks, marked } = batch;
    // Held in a local for the loop: bundled, another module's function is read through a getter at each
    // call, which the optimizing compiler does not inline (see "Bundled calls" in the package README).
    const readNumber = _byte_number_js__WEBPACK_IMPORTED_MODULE_0__/* .readShortNumber */ .S;
    let passed = 0;
    let other = 0;
    const uniform = rowCount === batch.records;
    const width = firstField[1] - firstField[0];
    const first = firstField[0] + position;
    const { cells } = batch;
    if (cells !== undefined && uniform && !marked) {
        const passes = cells.plainDecimals(batch.cellsBase, first, width, rowCount, low, high);
        if (passes >= 0)
            return othersFromCells(cells, rowCount - passes, others, passes);
    }
    for (let k = 0; k < rowCount; k++) {
        const r = uniform ? k : rows[k];
        const f = uniform ? first + k * width : firstField[r] + position;
        const start = starts[f];
        const end = ends[f];
        const value = start >= 0 && end > start && (!marked || marks[r] === 0)
            ? readNumber(bytes, start, end, true)
            : Number.NaN;
        // NaN (not read here) is within no bounds.
        if (value >= low && value <= high)
            passed++;
        else
            others[other++] = r;
    }
    return passed;
}
/** Texts `test` matches, not empty, not quoted and not in a marked record. */
function plainMatches(test, batch, rows, rowCount, position, others) {
    const { bytes, starts, ends, firstField, marks, marked } = batch;
    let passed = 0;
    let other = 0;
    const uniform = rowCount === batch.records;
    const width = firstField[1] - firstField[0];
    const first = firstField[0] + position;
    const { cells } = batch;
    if (cells !== undefined && uniform && !marked && test.countInKernel !== undefined) {
        const passes = test.countInKernel(cells, batch.cellsBase, first, width, rowCount);
        if (passes >= 0)
            return othersFromCells(cells, rowCount - passes, others, passes);
    }
    for (let k = 0; k < rowCount; k++) {
        const r = uniform ? k : rows[k];
        const f = uniform ? first + k * width : firstField[r] + position;
        const start = starts[f];
        const end = ends[f];
        if (start >= 0 && end > start && (!marked || marks[r] === 0) && test.matches(bytes, start, end))
            passed++;
        else
            others[other++] = r;
    }
    return passed;
}
/** `passes`, with the `count` other records the kernel listed copied to `others`. */
function othersFromCells(cells, count, others, passes) {
    if (count > 0)
        others.set(cells.others.subarray(0, count));
    return passes;
}
/** Room for the other records of a batch of `rowCount` rows (one array a thread: loops do not nest). */
function othersFor(rowCount) {
    if (scratch.length < rowCount)
        scratch = new Int32Array(Math.max(rowCount, scratch.length * 2));
    return scratch;
}
let scratch = new Int32Array(1024);


/***/ }),

/***/ 6852:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gF: () => (/* binding */ fieldText),
/* harmony export */   mW: () => (/* binding */ isByteDelimiter),
/* harmony export */   rp: () => (/* binding */ ByteCsvScanner)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _csv_scan_kernel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7427);
/* harmony import */ var _csv_scanner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3177);



const LF = 10;
const CR = 13;
const QUOTE = 34;
const REPLACEMENT_BYTES = Buffer.from("\uFFFD");
/** Bytes with no quote below which a call into the SIMD kernel costs more than it saves. */
const MIN_KERNEL_BYTES = 256;
/** Bytes read in JavaScript where quotes are too close together for the kernel, before looking again. */
const RETRY_BYTES = 4096;
/** The most bytes searched for the next quote at a time: the kernel reads no more in one call. */
const LOOKAHEAD_BYTES = 128 * 1024;
/** Delimiters the byte scanner reads: one ASCII byte that is not a line end or a quote. */
function isByteDelimiter(delimiter) {
    const code = delimiter.charCodeAt(0);
    return delimiter.length === 1 && code > 0 && code < 128 && code !== LF && code !== CR && code !== QUOTE;
}
/**
 * `CsvScanner`'s reading of CSV (see there: the same records, fields, lines, marks and stops) done on
 * the bytes of a buffer rather than on decoded text: fields come back as byte offsets in a `FieldBatch`,
 * so a column no check reads costs no string, and numbers can be read from the bytes. The caller feeds
 * whole buffers; a record cut by the buffer's end is left for the next call (`next`), with the bytes
 * after it appended. Marks are found per buffer: when all of it is valid UTF-8 with no NUL and no U+FFFD
 * (the usual case), no record is looked at again. Runs of records with no quote (most CSV) are cut by a
 * WebAssembly SIMD kernel (csv-scan-kernel.ts), several times faster than the loops here, which read
 * the rest: the results are the same either way.
 */
class ByteCsvScanner {
    batch;
    delimiter;
    maxRecordBytes;
    recordStarts = new Int32Array(1024);
    recordEnds = new Int32Array(1024);
    kernel;
    /** Fields in the batch so far, during a scan. */
    fields = 0;
    /** The fewest and most fields of a record in the batch so far, during a scan. */
    fewestFields = Number.POSITIVE_INFINITY;
    mostFields = 0;
    /** Kernel calls during a scan, the records they read, and where the last one started. */
    kernelCalls = 0;
    kernelRecords = 0;
    kernelFrom = 0;
    /** `simd: false` reads every record in JavaScript (the WebAssembly kernel's tests compare the two). */
    constructor(delimiter, maxRecordBytes, options = {}) {
        if (!isByteDelimiter(delimiter))
            throw new Error(`the byte scanner cannot split on '${delimiter}'`);
        this.delimiter = delimiter.charCodeAt(0);
        this.maxRecordBytes = maxRecordBytes;
        this.kernel = options.simd === false ? undefined : (0,_csv_scan_kernel_js__WEBPACK_IMPORTED_MODULE_1__/* .plainCsvKernel */ .Q)();
        this.batch = {
            bytes: Buffer.alloc(0),
            records: 0,
            firstField: new Int32Array(1025),
            starts: new Int32Array(8192),
            ends: new Int32Array(8192),
            texts: [],
            lines: new Int32Array(1024),
            marks: new Uint8Array(1024),
            ascii: true,
            marked: false,
            fieldsPerRecord: -1,
            cells: undefined,
            cellsBase: 0,
        };
    }
    /**
     * Scans the records of `bytes[from, to)`, the first on line `line`, into `batch`; `final` says no
     * bytes follow `to`. Stops at the first record boundary at or after `stopAt`, after `maxRecords`
     * records, or where the file cannot be read further (`stop`). `noQuoteOrCr`: the caller found no
     * quote and no CR in the bytes, so no search for quotes is needed (and, with no WebAssembly, a
     * record is cut by a loop that looks for two bytes only).
     */
    scan(bytes, from, to, final, line, stopAt = Number.POSITIVE_INFINITY, maxRecords = Number.POSITIVE_INFINITY, noQuoteOrCr = false) {
        const batch = this.batch;
        batch.bytes = bytes;
        batch.records = 0;
        batch.texts = [];
        // Until the marks are found (a scan that stops does not find them): each record may have some.
        batch.marked = true;
        batch.fieldsPerRecord = -1;
        batch.cells = undefined;
        this.kernelCalls = 0;
        this.kernelRecords = 0;
        this.fields = 0;
        this.fewestFields = Number.POSITIVE_INFINITY;
        this.mostFields = 0;
        const outcome = this.kernel === undefined
            ? this.readRecords(bytes, from, to, final, line, stopAt, maxRecords, noQuoteOrCr)
            : this.readWithKernel(this.kernel, bytes, from, to, final, line, stopAt, maxRecords, noQuoteOrCr);
        if (outcome.stop)
            return outcome;
        batch.firstField[batch.records] = this.fields;
        if (this.fewestFields === this.mostFields)
            batch.fieldsPerRecord = this.mostFields;
        const stop = this.markRecords();
        if (stop)
            return { ...outcome, stop };
        if (this.kernel !== undefined && this.kernelCalls === 1 && this.kernelRecords === batch.records) {
            batch.cells = this.kernel.cells;
            batch.cellsBase = this.kernelFrom;
        }
        return outcome;
    }
    /**
     * `scan` with the WebAssembly kernel: it reads the records up to the next quote (or to `to` when the
     * caller found none), and `readRecords` the records it leaves. Where quotes are close together,
     * `readRecords` reads RETRY_BYTES before the next look: searching after every record would cost more
     * than the kernel saves.
     */
    readWithKernel(kernel, bytes, from, to, final, line, stopAt, maxRecords, noQuoteOrCr) {
        const batch = this.batch;
        let i = from;
        let quoteAt = -1;
        let kernelStuck = false;
        for (;;) {
            if (i >= to)
                return { next: i, line, boundary: i >= stopAt };
            if (i >= stopAt)
                return { next: i, line, boundary: true };
            if (batch.records >= maxRecords)
                return { next: i, line, boundary: false, full: true };
            let end = to;
            if (!noQuoteOrCr) {
                // A search ends at the most the kernel reads in one call: where it found no quote, the next
                // look searches again.
                if (quoteAt < i || (quoteAt < to && bytes[quoteAt] !== QUOTE))
                    quoteAt = nextIndex(bytes, QUOTE, i, Math.min(to, i + LOOKAHEAD_BYTES));
                end = quoteAt;
            }
            // Where `readRecords` hands back (at the first record boundary there or after): past the quotes
            // that are too close for the kernel, or, where the kernel read nothing, after one record.
            let handBack = i + RETRY_BYTES;
            if ((end - i >= MIN_KERNEL_BYTES || noQuoteOrCr) && !kernelStuck) {
                const fields = this.fields;
                const records = maxRecords - batch.records;
                const ends = final && end === to;
                this.kernelCalls++;
                this.kernelFrom = i;
                const read = kernel.scan(bytes, i, end, ends, line, stopAt, records, this.delimiter, this.maxRecordBytes, fields);
                if (read.next > i) {
                    this.addKernelRecords(kernel, read, fields);
                    this.fields = fields + read.fields;
                    i = read.next;
                    line = read.line;
                    // It saw every byte and stopped short: it cannot read the record there either, next time.
                    kernelStuck = read.covered && end === to && read.records < records;
                    continue;
                }
                handBack = i + 1;
            }
            kernelStuck = false;
            const until = Math.min(stopAt, handBack);
            const outcome = this.readRecords(bytes, i, to, final, line, until, maxRecords, noQuoteOrCr);
            // A boundary short of `stopAt` is the hand-back: read on. Any other outcome is the scan's.
            if (outcome.stop || outcome.full || !outcome.boundary || outcome.next >= stopAt)
                return outcome;
            i = outcome.next;
            line = outcome.line;
        }
    }
    /** `scan`'s reading in JavaScript, appending to the batch: every record `readWithKernel` leaves. */
    readRecords(bytes, from, to, final, line, stopAt, maxRecords, noQuoteOrCr) {
        const batch = this.batch;
        let fields = this.fields;
        const delimiter = this.delimiter;
        let starts = batch.starts;
        let ends = batch.ends;
        const max = this.maxRecordBytes;
        let i = from;
        let outcome;
        while (i < to) {
            if (i >= stopAt || batch.records >= maxRecords) {
                outcome =
                    i >= stopAt ? { next: i, line, boundary: true } : { next: i, line, boundary: false, full: true };
                break;
            }
            const recordStart = i;
            const recordLine = line;
            let c = bytes[i];
            if (c === LF) {
                line++;
                i++;
                continue;
            }
            if (c === CR) {
                if (i + 1 >= to && !final)
                    break;
                i += i + 1 < to && bytes[i + 1] === LF ? 2 : 1;
                line++;
                continue;
            }
            const recordFields = fields;
            if (noQuoteOrCr) {
                // No CR and no quote in the bytes: fields end at delimiters, records at line feeds.
                let k = i;
                let fieldStart = i;
                let n = fields;
                for (; k < to; k++) {
                    const b = bytes[k];
                    if (b === delimiter) {
                        if (n + 1 >= starts.length) {
                            this.growFields();
                            starts = batch.starts;
                            ends = batch.ends;
                        }
                        starts[n] = fieldStart;
                        ends[n++] = k;
                        fieldStart = k + 1;
                    }
                    else if (b === LF)
                        break;
                }
                if ((k < to || final) && k - i - (n - fields) <= max) {
                    if (n >= starts.length) {
                        this.growFields();
                        starts = batch.starts;
                        ends = batch.ends;
                    }
                    starts[n] = fieldStart;
                    ends[n++] = k;
                    fields = n;
                    this.addRecord(recordFields, fields - recordFields, recordLine, recordStart, k);
                    if (k < to) {
                        i = k + 1;
                        line++;
                    }
                    else
                        i = k;
                    continue;
                }
            }
            // The usual record: no field opens with a quote, and its line end is in the buffer. One tight
            // loop; anything else is left to the general loop below, from the record's start.
            if (c !== QUOTE) {
                let k = i;
                let fieldStart = i;
                let n = fields;
                let end = -1;
                while (k < to) {
                    const b = bytes[k];
                    if (b === delimiter) {
                        if (n >= starts.length) {
                            this.growFields();
                            starts = batch.starts;
                            ends = batch.ends;
                        }
                        starts[n] = fieldStart;
                        ends[n++] = k;
                        fieldStart = ++k;
                        if (k < to && bytes[k] === QUOTE)
                            break;
                    }
                    else if (b === LF || b === CR) {
                        if (b === LF || k + 1 < to || final)
                            end = k;
                        break;
                    }
                    else
                        k++;
                }
                if (end !== -1 && end - i - (n - fields) <= max) {
                    if (n >= starts.length) {
                        this.growFields();
                        starts = batch.starts;
                        ends = batch.ends;
                    }
                    starts[n] = fieldStart;
                    ends[n++] = end;
                    fields = n;
                    this.addRecord(recordFields, fields - recordFields, recordLine, recordStart, end);
                    i = bytes[end] === CR && end + 1 < to && bytes[end + 1] === LF ? end + 2 : end + 1;
                    line++;
                    continue;
                }
            }
            const recordTexts = batch.texts.length;
            let content = 0;
            let incomplete = false;
            for (;;) {
                if (fields >= starts.length) {
                    this.growFields();
                    starts = batch.starts;
                    ends = batch.ends;
                }
                const fieldStart = i;
                let text;
                let quoted = false;
                let contentEnd = i;
                if (i < to && bytes[i] === QUOTE) {
                    let search = i + 1;
                    let escaped = false;
                    let close;
                    for (;;) {
                        close = bytes.indexOf(QUOTE, search);
                        if (close >= to)
                            close = -1;
                        const end = close === -1 ? to : close;
                        for (let k = search; k < end; k++) {
                            const code = bytes[k];
                            if (code === LF)
                                line++;
                            else if (code === CR && bytes[k + 1] !== LF)
                                line++;
                        }
                        if (close === -1 || (close + 1 >= to && !final)) {
                            if (content + (to - fieldStart - 1) > max)
                                return this.stopped("record-too-long", recordLine, recordFields);
                            if (!final) {
                                incomplete = true;
                                break;
                            }
                            const rest = to - fieldStart - 1;
                            const restBytes = escaped
                                ? Buffer.byteLength(unescapeQuotes(bytes.toString("utf8", fieldStart + 1, to)))
                                : rest;
                            const kind = content + restBytes > max ? "record-too-long" : "unterminated-quote";
                            return this.stopped(kind, recordLine, recordFields);
                        }
                        if (close + 1 < to && bytes[close + 1] === QUOTE) {
                            escaped = true;
                            search = close + 2;
                            continue;
                        }
                        break;
                    }
                    if (incomplete)
                        break;
                    contentEnd = close;
                    i = close + 1;
                    c = i < to ? bytes[i] : -1;
                    if (c === delimiter || c === LF || c === CR || c === -1) {
                        quoted = true;
                        if (escaped)
                            text = unescapeQuotes(bytes.toString("utf8", fieldStart + 1, close));
                    }
                    else {
                        // csv-parse's relax_quotes: the quotes stay, and the rest of the field is read unquoted.
                        text = `"${unescapeQuotes(bytes.toString("utf8", fieldStart + 1, close))}"`;
                    }
                }
                if (quoted) {
                    if (text === undefined) {
                        starts[fields] = fieldStart + 1;
                        ends[fields] = contentEnd;
                        content += contentEnd - fieldStart - 1;
                    }
                    else {
                        starts[fields] = -1 - batch.texts.length;
                        batch.texts.push(text);
                        content += Buffer.byteLength(text);
                    }
                }
                else {
                    const start = i;
                    for (; i < to; i++) {
                        const code = bytes[i];
                        if (code === delimiter || code === LF || code === CR)
                            break;
                    }
                    if (i >= to && !final) {
                        if (content + (text === undefined ? 0 : Buffer.byteLength(text)) + (i - start) > max)
                            return this.stopped("record-too-long", recordLine, recordFields);
                        incomplete = true;
                        break;
                    }
                    if (text === undefined) {
                        starts[fields] = start;
                        ends[fields] = i;
                        content += i - start;
                    }
                    else {
                        text += bytes.toString("utf8", start, i);
                        starts[fields] = -1 - batch.texts.length;
                        batch.texts.push(text);
                        content += Buffer.byteLength(text);
                    }
                }
                fields++;
                if (content > max)
                    return this.stopped("record-too-long", recordLine, recordFields);
                c = i < to ? bytes[i] : -1;
                if (c === delimiter) {
                    i++;
                    continue;
                }
                const recordEnd = i;
                if (c === CR) {
                    if (i + 1 >= to && !final) {
                        incomplete = true;
                        break;
                    }
                    i += i + 1 < to && bytes[i + 1] === LF ? 2 : 1;
                    line++;
                }
                else if (c === LF) {
                    i++;
                    line++;
                }
                this.addRecord(recordFields, fields - recordFields, recordLine, recordStart, recordEnd);
                break;
            }
            if (incomplete) {
                fields = recordFields;
                batch.texts.length = recordTexts;
                outcome = { next: recordStart, line: recordLine, boundary: false };
                break;
            }
        }
        this.fields = fields;
        return outcome ?? { next: i, line, boundary: i >= stopAt };
    }
    addRecord(firstField, fieldCount, line, start, end) {
        if (fieldCount < this.fewestFields)
            this.fewestFields = fieldCount;
        if (fieldCount > this.mostFields)
            this.mostFields = fieldCount;
        const batch = this.batch;
        const r = batch.records;
        if (r + 1 >= batch.lines.length)
            this.growRecords();
        batch.firstField[r] = firstField;
        batch.lines[r] = line;
        this.recordStarts[r] = start;
        this.recordEnds[r] = end;
        batch.records = r + 1;
    }
    /** Appends the records the kernel just read to the batch, their fields after the first `fields`. */
    addKernelRecords(kernel, read, fields) {
        const batch = this.batch;
        while (fields + read.fields >= batch.starts.length)
            this.growFields();
        batch.starts.set(kernel.fieldStarts.subarray(0, read.fields), fields);
        batch.ends.set(kernel.fieldEnds.subarray(0, read.fields), fields);
        const r = batch.records;
        while (r + read.records + 1 >= batch.lines.length)
            this.growRecords();
        batch.firstField.set(kernel.recordFirstFields.subarray(0, read.records), r);
        batch.lines.set(kernel.recordLines.subarray(0, read.records), r);
        this.recordStarts.set(kernel.recordStarts.subarray(0, read.records), r);
        this.recordEnds.set(kernel.recordEnds.subarray(0, read.records), r);
        batch.records = r + read.records;
        this.kernelRecords += read.records;
        if (read.fewestFields < this.fewestFields)
            this.fewestFields = read.fewestFields;
        if (read.mostFields > this.mostFields)
            this.mostFields = read.mostFields;
    }
    /**
     * Sets each record's marks. A record has bytes that are not UTF-8 exactly when its decoded text holds
     * a U+FFFD it did not spell: line ends, delimiters and quotes are ASCII, which UTF-8 decoding never
     * swallows into a bad sequence, so records decode alone as they do in one piece. A record whose
     * decoding is longer than the limit (bad bytes become 3-byte U+FFFDs) stops the scan there.
     */
    markRecords() {
        const batch = this.batch;
        const { bytes, records, marks } = batch;
        marks.fill(0, 0, records);
        batch.ascii = true;
        batch.marked = false;
        if (records === 0)
            return undefined;
        const first = this.recordStarts[0];
        const last = this.recordEnds[records - 1];
        // Searched within the batch's records only: the buffer may hold much more after them.
        const text = bytes.subarray(first, last);
        batch.ascii = (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isAscii)(text);
        let clean = text.indexOf(0) === -1;
        if (clean && !batch.ascii)
            clean = text.indexOf(REPLACEMENT_BYTES) === -1 && (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(text);
        if (clean)
            return undefined;
        for (let r = 0; r < records; r++) {
            const start = this.recordStarts[r];
            const end = this.recordEnds[r];
            const text = bytes.subarray(start, end);
            let mark = text.indexOf(0) !== -1 ? _csv_scanner_js__WEBPACK_IMPORTED_MODULE_2__/* .NUL_MARK */ .Wu : 0;
            if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(text)) {
                mark |= _csv_scanner_js__WEBPACK_IMPORTED_MODULE_2__/* .REPLACEMENT_MARK */ .P7;
                if ((end - start) * 3 > this.maxRecordBytes && this.decodedBytes(r) > this.maxRecordBytes) {
                    batch.records = r;
                    return { kind: "record-too-long", line: batch.lines[r] };
                }
            }
            else if (text.indexOf(REPLACEMENT_BYTES) !== -1)
                mark |= _csv_scanner_js__WEBPACK_IMPORTED_MODULE_2__/* .REPLACEMENT_MARK */ .P7;
            marks[r] = mark;
            if (mark !== 0)
                batch.marked = true;
        }
        return undefined;
    }
    decodedBytes(record) {
        const batch = this.batch;
        let total = 0;
        for (let f = batch.firstField[record]; f < batch.firstField[record + 1]; f++) {
            total += Buffer.byteLength(fieldText(batch, f));
        }
        return total;
    }
    /** Ends the scan for good at the record on `line`: the records before it are still in the batch. */
    stopped(kind, line, recordFields) {
        this.batch.firstField[this.batch.records] = recordFields;
        const earlier = this.markRecords();
        return { next: 0, line, boundary: false, stop: earlier ?? { kind, line } };
    }
    growFields() {
        const batch = this.batch;
        const starts = new Int32Array(batch.starts.length * 2);
        starts.set(batch.starts);
        const ends = new Int32Array(batch.ends.length * 2);
        ends.set(batch.ends);
        batch.starts = starts;
        batch.ends = ends;
    }
    growRecords() {
        const batch = this.batch;
        const size = batch.lines.length * 2;
        const grow = (array, length) => {
            const grown = new array.constructor(length);
            grown.set(array);
            return grown;
        };
        batch.firstField = grow(batch.firstField, size + 1);
        batch.lines = grow(batch.lines, size);
        batch.marks = grow(batch.marks, size);
        this.recordStarts = grow(this.recordStarts, size);
        this.recordEnds = grow(this.recordEnds, size);
    }
}
/** The text of field `f` of the batch (decoded, or the rewritten text). */
function fieldText(batch, f) {
    const start = batch.starts[f];
    if (start < 0)
        return batch.texts[-1 - start];
    return batch.bytes.toString("utf8", start, batch.ends[f]);
}
/** Where `byte` next occurs in `bytes[from, to)`, or `to`. */
function nextIndex(bytes, byte, from, to) {
    const found = bytes.subarray(from, to).indexOf(byte);
    return found === -1 ? to : from + found;
}
function unescapeQuotes(quoted) {
    return quoted.replaceAll('""', '"');
}


/***/ }),

/***/ 5526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ readShortInteger),
/* harmony export */   S: () => (/* binding */ readShortNumber)
/* harmony export */ });
const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
const PLUS = 43;
const MINUS = 45;
const ZERO = 48;
const POINT = 46;
/**
 * `shortDecimalBytes` for a batch loop: the same value when the bytes `[start, end)` spell
 * `[+-]?digits[.digits]` with at most 15 digits (a fraction only when `fraction`), and NaN for
 * anything else, which the caller hands to the general reading. Always a number (never undefined or a
 * sentinel), so the value stays an unboxed double in the loop; and -1.5 is read here like any other.
 */
function readShortNumber(bytes, start, end, fraction) {
    if (end - start > 17)
        return Number.NaN;
    let i = start;
    const first = bytes[i];
    const negative = first === MINUS;
    if (negative || first === PLUS)
        i++;
    const from = i;
    let mantissa = 0;
    let code = 0;
    for (; i < end; i++) {
        code = bytes[i] - ZERO;
        if (code < 0 || code > 9)
            break;
        mantissa = mantissa * 10 + code;
    }
    let digits = i - from;
    let scale = 0;
    if (i < end) {
        // A point, then only digits.
        if (code !== POINT - ZERO || !fraction)
            return Number.NaN;
        const point = ++i;
        for (; i < end; i++) {
            code = bytes[i] - ZERO;
            if (code < 0 || code > 9)
                return Number.NaN;
            mantissa = mantissa * 10 + code;
        }
        scale = i - point;
        digits += scale;
    }
    if (digits === 0 || digits > 15)
        return Number.NaN;
    const value = scale === 0 ? mantissa : mantissa / POWERS_OF_TEN[scale];
    return negative ? -value : value;
}
/**
 * `readShortNumber` for an integer column: up to 9 digits are summed as small integers (the common
 * case: ids, counts, ages), longer ones go the general way. The same value, or NaN.
 */
function readShortInteger(bytes, start, end) {
    let i = start;
    const first = bytes[i];
    const negative = first === MINUS;
    if (negative || first === PLUS)
        i++;
    if (i === end || end - i > 9)
        return readShortNumber(bytes, start, end, false);
    let value = 0;
    for (; i < end; i++) {
        const code = bytes[i] - ZERO;
        if (code < 0 || code > 9)
            return Number.NaN;
        value = value * 10 + code;
    }
    return negative ? -value : value;
}


/***/ }),

/***/ 5415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ ByteTexts),
/* harmony export */   q: () => (/* binding */ nullTexts)
/* harmony export */ });
/** Texts of at most this many bytes are matched as one number, not byte by byte. */
const SHORT = 4;
/**
 * A few texts (allowed categories, null markers) to match against UTF-8 bytes without decoding them:
 * grouped by byte length; a short text is compared as one number made of its bytes.
 */
class ByteTexts {
    byLength = [];
    shortKeys = Array.from({ length: SHORT + 1 }, () => []);
    constructor(texts) {
        for (const text of new Set(texts)) {
            const bytes = Buffer.from(text);
            if (bytes.length <= SHORT) {
                this.shortKeys[bytes.length]?.push(keyOf(bytes, 0, bytes.length));
                continue;
            }
            const group = this.byLength[bytes.length] ?? [];
            group.push(bytes);
            this.byLength[bytes.length] = group;
        }
    }
    /** True when the bytes `[start, end)` spell one of the texts. */
    has(bytes, start, end) {
        const length = end - start;
        if (length <= SHORT) {
            const keys = this.shortKeys[length];
            if (keys.length === 0)
                return false;
            const key = keyOf(bytes, start, end);
            for (let i = 0; i < keys.length; i++)
                if (keys[i] === key)
                    return true;
            return false;
        }
        const group = this.byLength[length];
        if (group === undefined)
            return false;
        for (let g = 0; g < group.length; g++) {
            const text = group[g];
            let k = 0;
            while (k < length && text[k] === bytes[start + k])
                k++;
            if (k === length)
                return true;
        }
        return false;
    }
}
/** Up to 4 bytes as one number (with the length known, distinct bytes give distinct numbers). */
function keyOf(bytes, start, end) {
    let key = 0;
    for (let i = start; i < end; i++)
        key = (key << 8) | bytes[i];
    return key;
}
/**
 * A schema's `null-values` as the validators take them, as texts and as bytes: both undefined when
 * there are none (no cell is then compared with them).
 */
function nullTexts(values) {
    if (values.length === 0)
        return { nulls: undefined, nullBytes: undefined };
    const nulls = new Set(values);
    return { nulls, nullBytes: new ByteTexts(nulls) };
}


/***/ }),

/***/ 9434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F0: () => (/* binding */ Tally),
/* harmony export */   Y3: () => (/* binding */ tallyFields),
/* harmony export */   _r: () => (/* binding */ tallyState),
/* harmony export */   kQ: () => (/* binding */ exampleText),
/* harmony export */   vG: () => (/* binding */ describeCount)
/* harmony export */ });
/* harmony import */ var _detached_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3524);

const MAX_EXAMPLE_CHARS = 120;
/** Shortens a value for an example, so a 10 MB field does not end up in the report. */
function exampleText(value) {
    const text = value === null || value === undefined ? "null" : String(value);
    // Detached: a cell's text may be a slice of a much larger text that an example must not keep alive.
    return (0,_detached_text_js__WEBPACK_IMPORTED_MODULE_0__/* .detachedText */ .w)(text.length > MAX_EXAMPLE_CHARS ? `${text.slice(0, MAX_EXAMPLE_CHARS)}…` : text);
}
/** Counts what a value check saw and keeps the first failing examples. */
class Tally {
    evaluated = 0;
    unexpected = 0;
    examples = [];
    maxExamples;
    constructor(maxExamples) {
        this.maxExamples = maxExamples;
    }
    pass() {
        this.evaluated++;
    }
    fail(value, file, line) {
        this.evaluated++;
        this.unexpected++;
        if (this.examples.length < this.maxExamples) {
            this.examples.push(line === undefined ? { value: exampleText(value), file } : { value: exampleText(value), file, line });
        }
    }
    /** `fail` for a value given as UTF-8 bytes (a cell of a batch): decoded only when kept as an example. */
    failBytes(bytes, start, end, file, line) {
        this.failDescribed(() => bytes.toString("utf8", start, end), file, line);
    }
    /** `fail` for a value whose text costs something to make: made only when kept as an example. */
    failDescribed(describe, file, line) {
        if (this.examples.length < this.maxExamples) {
            this.fail(describe(), file, line);
            return;
        }
        this.evaluated++;
        this.unexpected++;
    }
    /**
     * Adds the counts and examples of a tally kept over later rows (lines shifted by `lineOffset`), plus
     * `extraCount` failures found only when merging, whose first examples `extra` (lines already final,
     * in order) go between the others by line, and by file first in the order of `files` when the later
     * rows span several files.
     */
    absorb(other, lineOffset, extra = [], extraCount = 0, files = []) {
        this.evaluated += other.evaluated;
        this.unexpected += other.unexpected + extraCount;
        if (this.examples.length >= this.maxExamples)
            return;
        const shifted = other.examples.map((example) => example.line === undefined ? example : { ...example, line: example.line + lineOffset });
        const merged = extra.length === 0 ? shifted : mergeInOrder(shifted, extra, files);
        for (const example of merged) {
            if (this.examples.length >= this.maxExamples)
                break;
            this.examples.push(example);
        }
    }
    /** The share of evaluated values that failed (0 when nothing was evaluated). */
    share() {
        return this.evaluated === 0 ? 0 : this.unexpected / this.evaluated;
    }
    /** True when at most `1 - mostly` of the values failed. */
    passes(mostly = 1) {
        return this.unexpected <= this.evaluated * (1 - mostly) + 1e-9;
    }
}
function tallyState(tally) {
    return { evaluated: tally.evaluated, unexpected: tally.unexpected, examples: tally.examples };
}
/** Two lists of examples, each in order, as one: by file (in the order of `files`), then by line. */
function mergeInOrder(a, b, files) {
    const rank = new Map(files.map((file, i) => [file, i]));
    const before = (left, right) => {
        const byFile = (rank.get(left.file) ?? 0) - (rank.get(right.file) ?? 0);
        return byFile < 0 || (byFile === 0 && (left.line ?? 0) <= (right.line ?? 0));
    };
    const merged = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        const left = a[i];
        const right = b[j];
        if (right === undefined || (left !== undefined && before(left, right))) {
            merged.push(left);
            i++;
        }
        else {
            merged.push(right);
            j++;
        }
    }
    return merged;
}
/** Fills the counting fields of a result from a tally. */
function tallyFields(tally) {
    return {
        evaluated: tally.evaluated,
        unexpected: tally.unexpected,
        unexpectedShare: tally.share(),
        examples: tally.examples,
    };
}
/** `3 of 1000 values (0.3%)` */
function describeCount(unexpected, evaluated, noun = "values") {
    const share = evaluated === 0 ? 0 : (unexpected / evaluated) * 100;
    const percent = share === 0 || share >= 0.1 ? share.toFixed(1) : share.toPrecision(1);
    return `${unexpected} of ${evaluated} ${noun} (${percent}%)`;
}


/***/ }),

/***/ 2681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OL: () => (/* binding */ reportsAnything),
/* harmony export */   PQ: () => (/* binding */ columnResults),
/* harmony export */   fk: () => (/* binding */ valueChecks)
/* harmony export */ });
/* harmony import */ var _check_result_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9434);
/* harmony import */ var _quantile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1017);
/* harmony import */ var _value_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7522);



/** The value checks `columnResults` reports for a column of `spec` with value rules `rules`, in order. */
function valueChecks(spec, rules) {
    return [
        ...(spec.type !== undefined ? ["type"] : []),
        ...(spec.nullable ? [] : ["nullable"]),
        ...rules.map((rule) => rule.check),
        ...(spec.unique ? ["unique"] : []),
    ];
}
/**
 * Whether `columnResults` reports anything for a column of `spec` with value rules `rules`: a column with
 * no type, nullable, with no check and no statistic (`note: {}`, a column named only for the column set)
 * reports nothing, and its cells need not be read.
 */
function reportsAnything(spec, rules) {
    const asked = Object.entries(spec.stats).some(([key, value]) => key === "quantiles" ? value.length > 0 : value !== undefined);
    return valueChecks(spec, rules).length > 0 || asked;
}
/** The report's results of one column: its value checks, then its statistics. */
function columnResults(counts) {
    const { spec } = counts;
    const base = { scope: "column", column: spec.name, severity: spec.severity };
    const results = [];
    const tallied = (check, expected, tally, mostly) => {
        const ok = tally.passes(mostly);
        const counted = (0,_check_result_js__WEBPACK_IMPORTED_MODULE_0__/* .describeCount */ .vG)(tally.unexpected, tally.evaluated);
        const allowance = mostly < 1 ? ` (at most ${+((1 - mostly) * 100).toFixed(4)}% allowed)` : "";
        return {
            ...base,
            id: `column.${spec.name}.${check}`,
            check,
            expected,
            status: ok ? "pass" : "fail",
            message: `${spec.name}: ${counted} fail ${expected}${allowance}`,
            ...(0,_check_result_js__WEBPACK_IMPORTED_MODULE_0__/* .tallyFields */ .Y3)(tally),
            rule: spec.keyLocations[check.startsWith("stats.") ? check : (check.split(".")[0] ?? check)] ??
                spec.location,
        };
    };
    const { mostly } = spec;
    if (spec.type)
        results.push(tallied("type", `type ${describeType(spec)}`, counts.typeTally, mostly.type));
    if (!spec.nullable)
        results.push(tallied("nullable", "not null", counts.nullTally, mostly.nullable));
    for (const rule of counts.rules) {
        results.push(tallied(rule.check, rule.expected, rule.tally, mostly[rule.check]));
    }
    if (counts.uniqueTally)
        results.push(tallied("unique", "unique values", counts.uniqueTally, mostly.unique));
    results.push(...statsResults(counts));
    return results;
}
function statsResults(counts) {
    const { spec, moments } = counts;
    const stats = spec.stats;
    const observed = [];
    const counted = moments !== undefined && moments.count > 0;
    if (stats.min)
        observed.push({ check: "stats.min", value: counted ? moments.min : Number.NaN, range: stats.min });
    if (stats.max)
        observed.push({ check: "stats.max", value: counted ? moments.max : Number.NaN, range: stats.max });
    if (stats.mean)
        observed.push({
            check: "stats.mean",
            value: moments?.count ? moments.mean : Number.NaN,
            range: stats.mean,
        });
    if (stats.std)
        observed.push({ check: "stats.std", value: moments?.std(1) ?? Number.NaN, range: stats.std });
    if (stats.missing)
        observed.push({
            check: "stats.missing",
            value: counts.rows ? counts.nulls / counts.rows : 0,
            range: stats.missing,
        });
    if (stats.distinct)
        observed.push({ check: "stats.distinct", value: counts.seen?.size ?? 0, range: stats.distinct });
    if (counts.numbers) {
        const sorted = counts.numbers.sorted();
        if (stats.median)
            observed.push({ check: "stats.median", value: (0,_quantile_js__WEBPACK_IMPORTED_MODULE_1__/* .quantileSorted */ .Z)(sorted, 0.5), range: stats.median });
        for (const { quantile, range } of stats.quantiles) {
            observed.push({
                check: `stats.quantile-${quantile}`,
                value: (0,_quantile_js__WEBPACK_IMPORTED_MODULE_1__/* .quantileSorted */ .Z)(sorted, quantile),
                range,
            });
        }
    }
    return observed.map(({ check, value, range }) => {
        const ok = !Number.isNaN(value) && (0,_value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .inRange */ .r4)(value, range);
        const label = check.replace("stats.", "").replace("quantile-", "quantile ");
        return {
            scope: "column",
            column: spec.name,
            severity: spec.severity,
            id: `column.${spec.name}.${check}`,
            check,
            expected: `${label} ${(0,_value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRange */ .pC)(range)}`,
            status: ok ? "pass" : "fail",
            message: `${spec.name}: ${label} is ${Number.isNaN(value) ? "undefined (no values)" : formatObserved(value, range, ok)}; expected ${(0,_value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRange */ .pC)(range)}`,
            observed: Number.isNaN(value) ? null : value,
            examples: [],
            rule: spec.keyLocations[check.startsWith("stats.quantile") ? "stats.quantiles" : check] ?? spec.location,
        };
    });
}
function describeType(spec) {
    return spec.type === "date" && spec.dateFormat ? `date (${spec.dateFormat})` : (spec.type ?? "string");
}
/**
 * A statistic for its message: six significant digits, or every digit when those six would show a
 * failing value equal to a bound (a mean of 1.0500000000000003 against `mean: 1.05`).
 */
function formatObserved(value, range, ok) {
    const short = formatNumber(value);
    const bounds = [range.min, range.max].filter((bound) => bound !== undefined).map(String);
    return !ok && bounds.includes(short) ? String(value) : short;
}
function formatNumber(value) {
    return Number.isInteger(value) ? String(value) : String(+value.toPrecision(6));
}


/***/ }),

/***/ 3316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lH: () => (/* binding */ ColumnValidator)
});

// UNUSED EXPORTS: RepeatSearch, describeRange, inRange

// EXTERNAL MODULE: ./packages/stats/src/moments.ts + 1 modules
var moments = __webpack_require__(5743);
// EXTERNAL MODULE: ./packages/data/src/batch-byte-rules.ts
var batch_byte_rules = __webpack_require__(9435);
;// CONCATENATED MODULE: ./packages/data/src/batch-nulls-only.ts
/**
 * The batch loop of a text column with no value check (`note: {}`): a non-null cell always passes, so
 * only the missing ones are looked at; nothing is decoded.
 */
function acceptNullsOnly(column, batch, rows, rowCount, position, nullBytes, nulls, file) {
    column.countPassed(nonNullCells(column, batch, rows, rowCount, position, nullBytes, nulls, file));
}
/**
 * `acceptNullsOnly`' loop; returns the non-null cells for the caller to count (see batch-numbers.ts:
 * code after a hot loop is best kept out of the loop's function).
 */
function nonNullCells(column, batch, rows, rowCount, position, nullBytes, nulls, file) {
    const { bytes, starts, ends, firstField, lines, texts } = batch;
    let passed = 0;
    // Every record of the batch is a row: record `k` is row `k`, its fields `width` apart.
    const uniform = rowCount === batch.records;
    const width = firstField[1] - firstField[0];
    const first = firstField[0] + position;
    for (let k = 0; k < rowCount; k++) {
        const r = uniform ? k : rows[k];
        const f = uniform ? first + k * width : firstField[r] + position;
        const start = starts[f];
        if (start < 0) {
            const text = texts[-1 - start];
            column.accept(nulls?.has(text) ? null : text, file, lines[r]);
            continue;
        }
        const end = ends[f];
        if (start === end || nullBytes?.has(bytes, start, end)) {
            column.accept(null, file, lines[r]);
        }
        else
            passed++;
    }
    return passed;
}

// EXTERNAL MODULE: ./packages/data/src/batch-plain-cells.ts
var batch_plain_cells = __webpack_require__(7563);
// EXTERNAL MODULE: ./packages/data/src/value.ts
var src_value = __webpack_require__(4791);
;// CONCATENATED MODULE: ./packages/data/src/byte-date.ts

/**
 * `parseDate` on a cell's bytes: the days since 1970-01-01 of the date the bytes `[start, end)` spell
 * in `layout`, or NaN when they spell none. A non-ASCII byte is never a digit nor a separator, so
 * valid UTF-8 gets `parseDate`'s answer on its text.
 */
function readDateBytes(bytes, start, end, layout) {
    if (end - start !== layout.length)
        return Number.NaN;
    const { separators } = layout;
    if (separators.length > 0) {
        // Every layout has no separator or two, written as position and character: `4-7-`.
        if (bytes[start + separators.charCodeAt(0) - 48] !== separators.charCodeAt(1))
            return Number.NaN;
        if (bytes[start + separators.charCodeAt(2) - 48] !== separators.charCodeAt(3))
            return Number.NaN;
    }
    const year = digits4(bytes, start + layout.year);
    const month = digits2(bytes, start + layout.month);
    const day = digits2(bytes, start + layout.day);
    if (year < 0 || month < 1 || month > 12 || day < 1)
        return Number.NaN;
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const monthDays = month === 2 && leap ? 29 : src_value/* DAYS_IN_MONTH */.x_[month - 1];
    if (day > monthDays)
        return Number.NaN;
    return year > 0 ? daysFromCivilPositive(year, month, day) : (0,src_value/* daysFromCivil */.Hd)(year, month, day);
}
/**
 * `daysFromCivil` for years 1 to 9999 in integer arithmetic (every quotient is of non-negative
 * integers, so truncating is flooring): the same day numbers without a floating-point division.
 */
function daysFromCivilPositive(year, month, day) {
    const y = month <= 2 ? year - 1 : year;
    const era = (y / 400) | 0;
    const yearOfEra = y - era * 400;
    const dayOfYear = (((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) | 0) + day - 1;
    const dayOfEra = yearOfEra * 365 + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0) + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
}
/** The number written by the 2 digits at `at`, or -1 if either is not a digit. */
function digits2(bytes, at) {
    const tens = bytes[at] - 48;
    const ones = bytes[at + 1] - 48;
    return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}
/** The number written by the 4 digits at `at`, or -1 if any is not a digit. */
function digits4(bytes, at) {
    const high = digits2(bytes, at);
    const low = digits2(bytes, at + 2);
    return high >= 0 && low >= 0 ? high * 100 + low : -1;
}

// EXTERNAL MODULE: ./packages/data/src/byte-number.ts
var byte_number = __webpack_require__(5526);
// EXTERNAL MODULE: ./packages/data/src/kernel-cells.ts
var kernel_cells = __webpack_require__(4685);
;// CONCATENATED MODULE: ./packages/data/src/batch-numbers.ts




/*
 * The batch loops of integer, number and date columns: each number (a date's day number) is read from
 * the bytes, counted in the statistics and distinct values the column keeps, and passes when it is
 * within the column's bounds; passes are counted in bulk. A cell the loop does not read (quoted, null,
 * in a marked record, or a number the byte reader cannot decide) takes `acceptOtherCell`, the general
 * way. One loop a type: a loop reads one kind of number, and V8 compiles it for that kind only.
 *
 * Each loop returns its passes for a small caller to count: V8 optimizes a hot loop while it runs (on
 * stack), before the code after it has run once, and such code, reached once a call, deoptimized it
 * again and again in some runs.
 *
 * A column that keeps no statistics nor distinct values, with no null texts to look for, takes a first
 * pass that only counts the plain passes (batch-plain-cells.ts), then the other cells one by one.
 */
function acceptIntegerCells(column, batch, rows, rowCount, position, nullBytes, nulls, file) {
    if (!countsOnly(column, nullBytes)) {
        countLoop(column, keptCells(column, batch, rows, rowCount, position, nullBytes, nulls, file, false));
        return;
    }
    const others = (0,batch_plain_cells/* othersFor */.VE)(rowCount);
    const passed = (0,batch_plain_cells/* plainIntegers */.e)(batch, rows, rowCount, position, column.low, column.high, others);
    column.countPassed(passed + acceptOthers(column, batch, others, rowCount - passed, position, nulls, file));
}
function acceptDecimalCells(column, batch, rows, rowCount, position, nullBytes, nulls, file) {
    if (!countsOnly(column, nullBytes)) {
        countLoop(column, keptCells(column, batch, rows, rowCount, position, nullBytes, nulls, file, true));
        return;
    }
    const others = (0,batch_plain_cells/* othersFor */.VE)(rowCount);
    const passed = (0,batch_plain_cells/* plainDecimals */.$u)(batch, rows, rowCount, position, column.low, column.high, others);
    column.countPassed(passed + acceptOthers(column, batch, others, rowCount - passed, position, nulls, file));
}
function acceptDateCells(column, batch, rows, rowCount, position, nullBytes, nulls, file) {
    countLoop(column, dateCells(column, batch, rows, rowCount, position, nullBytes, nulls, file));
}
function integerCells(column, batch, rows, rowCount, position, nullBytes, nulls, file) {
    const { bytes, starts, ends, firstField, lines, marks } = batch;
    const { low, high, moments, numbers, seen, uniqueTally } = column;
    // Held in a local for the loop: bundled, another module's function is read through a getter at each
    // call, which the optimizing compiler does not inline (see "Bundled calls" in the package README).
    const readInteger = byte_number/* readShortInteger */.R;
    let passed = 0;
    let unique = 0;
    // Every record of the batch is a row: record `k` is row `k`, its fields `width` apart.
    const uniform = rowCount === batch.records;
    const width = firstField[1] - firstField[0];
    const first = firstField[0] + position;
    for (let k = 0; k < rowCount; k++) {
        const r = uniform ? k : rows[k];
        const f = uniform ? first + k * width : firstField[r] + position;
        const start = starts[f];
        const end = ends[f];
        const value = start >= 0 && marks[r] === 0 && (nullBytes === undefined || !nullBytes.has(bytes, start, end))
            ? readInteger(bytes, start, end)
            : Number.NaN;
        if (Number.isNaN(value)) {
            passed += acceptOtherCell(column, batch, r, f, nullBytes, nulls, file);
            continue;
        }
        if (moments !== undefined)
            moments.update(value);
        if (numbers !== undefined)
            numbers.push(value);
        if (seen !== undefined) {
            if (seen.addNumber(value)) {
                unique++;
            }
            else
                uniqueTally?.failBytes(bytes, start, end, file, lines[r]);
        }
        if (value >= low && value <= high)
            passed++;
        else
            column.acceptOutOfBounds(value, bytes, start, end, file, lines[r]);
    }
    firstSightings = unique;
    return passed;
}
function decimalCells(column, batch, rows, rowCount, position, nullBytes, nulls, file) {
    const { bytes, starts, ends, firstField, lines, marks } = batch;
    const { low, high, moments, numbers, seen, uniqueTally } = column;
    // Held in a local for the loop: bundled, another module's function is read through a getter at each
    // call, which the optimizing compiler does not inline (see "Bundled calls" in the package README).
    const readNumber = byte_number/* readShortNumber */.S;
    let passed = 0;
    let unique = 0;
    const uniform = rowCount === batch.records;
    const width = firstField[1] - firstField[0];
    const first = firstField[0] + position;
    for (let k = 0; k < rowCount; k++) {
        const r = uniform ? k : rows[k];
        const f = uniform ? first + k * width : firstField[r] + position;
        const start = starts[f];
        const end = ends[f];
        const value = start >= 0 && marks[r] === 0 && (nullBytes === undefined || !nullBytes.has(bytes, start, end))
            ? readNumber(bytes, start, end, true)
            : Number.NaN;
        if (Number.isNaN(value)) {
            passed += acceptOtherCell(column, batch, r, f, nullBytes, nulls, file);
            continue;
        }
        if (moments !== undefined)
            moments.update(value);
        if (numbers !== undefined)
            numbers.push(value);
        if (seen !== undefined) {
            if (seen.addNumber(value)) {
                unique++;
            }
            else
                uniqueTally?.failBytes(bytes, start, end, file, lines[r]);
        }
        if (value >= low && value <= high)
            passed++;
        else
            column.acceptOutOfBounds(value, bytes, start, end, file, lines[r]);
    }
    firstSightings = unique;
    return passed;
}
/**
 * The loop of an integer (`fraction` false) or number column that keeps statistics or distinct values;
 * returns its passes (its first sightings in `firstSightings`). Where the kernel holds the batch (every
 * record a row, none marked, no null texts), the kernel reads the numbers, adding them to the moments as
 * it goes, and marks a page of distinct integers (`countKernelValues`), when that is all the column
 * keeps; else `valueCells` takes the numbers it read. Otherwise `integerCells`/`decimalCells`.
 */
function keptCells(column, batch, rows, rowCount, position, nullBytes, nulls, file, fraction) {
    const { cells, firstField } = batch;
    const { seen } = column;
    const page = seen === undefined || fraction ? undefined : seen.firstPage();
    const whole = column.numbers === undefined && (seen === undefined || page !== undefined);
    const width = firstField[1] - firstField[0];
    const first = firstField[0] + position;
    const held = nullBytes === undefined && cells !== undefined && rowCount === batch.records && !batch.marked;
    const read = held
        ? cells.readNumbers(batch.cellsBase, first, width, rowCount, fraction, whole ? column.moments : undefined)
        : -1;
    if (read < 0) {
        return fraction
            ? decimalCells(column, batch, rows, rowCount, position, nullBytes, nulls, file)
            : integerCells(column, batch, rows, rowCount, position, nullBytes, nulls, file);
    }
    if (whole && read === 0)
        return countKernelValues(column, batch, rowCount, position, page, file);
    return valueCells(column, batch, cells.values, rowCount, position, nulls, file);
}
/**
 * The rest of `valueCells` done in the kernel (`KernelCells.countValues`), after it read every cell
 * and added them to the moments: the integers of the page `unique` tries first, and bounds. Here, in
 * order, only what it left (`takeLeftValues`).
 */
function countKernelValues(column, batch, rowCount, position, page, file) {
    const { bytes, starts, ends, firstField, lines } = batch;
    const cells = batch.cells;
    const { seen, uniqueTally } = column;
    const counted = cells.countValues(rowCount, column.low, column.high, page);
    if (counted === undefined)
        throw new Error("a batch the kernel read does not fit it");
    seen?.countMarked(counted.firstSightings);
    const width = firstField[1] - firstField[0];
    const first = firstField[0] + position;
    const field = (k) => first + k * width;
    const added = (0,kernel_cells/* takeLeftValues */.F)(cells, counted.others, seen, (k) => uniqueTally?.failBytes(bytes, starts[field(k)], ends[field(k)], file, lines[k]), (k, value) => column.acceptOutOfBounds(value, bytes, starts[field(k)], ends[field(k)], file, lines[k]));
    firstSightings = counted.firstSightings + added;
    return counted.passes;
}
/**
 * `integerCells` and `decimalCells` on numbers the kernel read (`keptCells`), every record a row: one
 * loop for both, as the values are doubles either way.
 */
function valueCells(column, batch, values, rowCount, position, nulls, file) {
    const { bytes, starts, ends, firstField, lines } = batch;
    const { low, high, moments, numbers, seen, uniqueTally } = column;
    let passed = 0;
    let unique = 0;
    const width = firstField[1] - firstField[0];
    const first = firstField[0] + position;
    for (let k = 0; k < rowCount; k++) {
        const value = values[k];
        const f = first + k * width;
        if (Number.isNaN(value)) {
            passed += acceptOtherCell(column, batch, k, f, undefined, nulls, file);
            continue;
        }
        if (moments !== undefined)
            moments.update(value);
        if (numbers !== undefined)
            numbers.push(value);
        if (seen !== undefined) {
            if (seen.addNumber(value)) {
                unique++;
            }
            else
                uniqueTally?.failBytes(bytes, starts[f], ends[f], file, lines[k]);
        }
        if (value >= low && value <= high)
            passed++;
        else
            column.acceptOutOfBounds(value, bytes, starts[f], ends[f], file, lines[k]);
    }
    firstSightings = unique;
    return passed;
}
function dateCells(column, batch, rows, rowCount, position, nullBytes, nulls, file) {
    const { bytes, starts, ends, firstField, lines, marks } = batch;
    const { low, high, moments, numbers, seen, uniqueTally } = column;
    const layout = column.dateLayout;
    let passed = 0;
    let unique = 0;
    const uniform = rowCount === batch.records;
    const width = firstField[1] - firstField[0];
    const first = firstField[0] + position;
    for (let k = 0; k < rowCount; k++) {
        const r = uniform ? k : rows[k];
        const f = uniform ? first + k * width : firstField[r] + position;
        const start = starts[f];
        const end = ends[f];
        const value = start >= 0 && marks[r] === 0 && (nullBytes === undefined || !nullBytes.has(bytes, start, end))
            ? readDateBytes(bytes, start, end, layout)
            : Number.NaN;
        if (Number.isNaN(value)) {
            passed += acceptOtherCell(column, batch, r, f, nullBytes, nulls, file);
            continue;
        }
        if (moments !== undefined)
            moments.update(value);
        if (numbers !== undefined)
            numbers.push(value);
        if (seen !== undefined) {
            if (seen.addNumber(value)) {
                unique++;
            }
            else
                uniqueTally?.failBytes(bytes, start, end, file, lines[r]);
        }
        if (value >= low && value <= high)
            passed++;
        else
            column.acceptOutOfBounds(value, bytes, start, end, file, lines[r]);
    }
    firstSightings = unique;
    return passed;
}
/**
 * The first sightings of the loop that ran last, for `countLoop`: a module variable, which V8 stores
 * without type feedback (see above).
 */
let firstSightings = 0;
/** Counts what a loop found: its passes, and the values it saw first (a pass of `unique`). */
function countLoop(column, passed) {
    column.countPassed(passed, firstSightings);
}
/** The column keeps nothing but counts, and no text means a missing value. */
function countsOnly(column, nullBytes) {
    return (nullBytes === undefined &&
        column.moments === undefined &&
        column.numbers === undefined &&
        column.seen === undefined);
}
/** The cells of the records `others[0, count)` a first pass left, the general way; their passes. */
function acceptOthers(column, batch, others, count, position, nulls, file) {
    let passed = 0;
    for (let j = 0; j < count; j++) {
        const r = others[j];
        const f = batch.firstField[r] + position;
        passed += acceptOtherCell(column, batch, r, f, undefined, nulls, file);
    }
    return passed;
}
/**
 * A cell of record `r` (field `f`) the loops do not read: quoted (its text rewritten), null, in a marked
 * record, or not a number they can read. Taken the general way; 1 when it passed its checks (counted
 * by the caller), else 0.
 */
function acceptOtherCell(column, batch, r, f, nullBytes, nulls, file) {
    const { bytes, starts, ends, lines, marks, texts } = batch;
    const line = lines[r];
    const start = starts[f];
    if (start < 0) {
        const text = texts[-1 - start];
        column.accept(nulls?.has(text) ? null : text, file, line);
        return 0;
    }
    const end = ends[f];
    if (start === end || nullBytes?.has(bytes, start, end))
        column.accept(null, file, line);
    else if (marks[r] !== 0 || column.dateLayout !== undefined) {
        // The bytes of a marked record are not the text the row reader sees; a date the bytes do not
        // spell is a type failure the general path counts.
        column.accept(bytes.toString("utf8", start, end), file, line);
    }
    else if (column.acceptNumberBytes(bytes, start, end, file, line))
        return 1;
    return 0;
}

;// CONCATENATED MODULE: ./packages/data/src/batch-text.ts
/** Scratch space of `acceptAsciiText`, shared: one batch loop runs at a time in a thread. */
let gathered = Buffer.allocUnsafe(0);
let textEnds = new Int32Array(0);
/**
 * The batch loop of a column whose checks need each cell's text (dates, booleans, `format`, `unique`
 * texts...): the cells are decoded and take the same path as a row's.
 */
function acceptTextCells(column, batch, rows, rowCount, position, nullBytes, nulls, file) {
    if (batch.ascii) {
        acceptAsciiText(column, batch, rows, rowCount, position, nullBytes, nulls, file);
        return;
    }
    const { bytes, starts, ends, firstField, lines, texts } = batch;
    for (let k = 0; k < rowCount; k++) {
        const r = rows[k];
        const f = firstField[r] + position;
        const start = starts[f];
        if (start < 0) {
            const text = texts[-1 - start];
            column.accept(nulls?.has(text) ? null : text, file, lines[r]);
            continue;
        }
        const end = ends[f];
        if (start === end || nullBytes?.has(bytes, start, end))
            column.accept(null, file, lines[r]);
        else
            column.accept(bytes.toString("utf8", start, end), file, lines[r]);
    }
}
/**
 * `acceptTextCells` in an ASCII batch: the column's bytes are gathered into one buffer and decoded at
 * once, and each cell is a slice of that text (one decode a cell costs several times more).
 */
function acceptAsciiText(column, batch, rows, rowCount, position, nullBytes, nulls, file) {
    const { bytes, starts, ends, firstField, lines, texts } = batch;
    if (textEnds.length < rowCount)
        textEnds = new Int32Array(rowCount * 2);
    let length = 0;
    for (let k = 0; k < rowCount; k++) {
        const f = firstField[rows[k]] + position;
        const start = starts[f];
        if (start >= 0) {
            const end = ends[f];
            if (length + end - start > gathered.length) {
                const grown = Buffer.allocUnsafe(Math.max(gathered.length * 2, length + end - start));
                gathered.copy(grown, 0, 0, length);
                gathered = grown;
            }
            for (let b = start; b < end; b++)
                gathered[length++] = bytes[b];
        }
        textEnds[k] = length;
    }
    const text = gathered.toString("latin1", 0, length);
    let from = 0;
    for (let k = 0; k < rowCount; k++) {
        const r = rows[k];
        const f = firstField[r] + position;
        const start = starts[f];
        const to = textEnds[k];
        let value;
        if (start < 0)
            value = texts[-1 - start];
        else if (to === from)
            value = null;
        else if (nullBytes?.has(bytes, start, ends[f]))
            value = null;
        else
            value = text.slice(from, to);
        from = to;
        column.accept(value !== null && nulls?.has(value) ? null : value, file, lines[r]);
    }
}

;// CONCATENATED MODULE: ./packages/data/src/byte-boolean.ts
const LOWER = 0x20;
/**
 * `parseBoolean` on a cell's bytes: true when they spell `true` or `false` in any case, `1` or `0`.
 * No character outside ASCII lowers to a letter of those words, so valid UTF-8 gets the same answer
 * as its text.
 */
class BooleanBytes {
    matches(bytes, start, end) {
        const length = end - start;
        if (length === 1) {
            const digit = bytes[start];
            return digit === 48 || digit === 49;
        }
        if (length === 4)
            return spells(bytes, start, "true");
        return length === 5 && spells(bytes, start, "false");
    }
}
/** The bytes at `start` are `word` (lowercase ASCII letters) in any case. */
function spells(bytes, start, word) {
    for (let i = 0; i < word.length; i++) {
        if ((bytes[start + i] | LOWER) !== word.charCodeAt(i))
            return false;
    }
    return true;
}

// EXTERNAL MODULE: ./packages/data/src/check-result.ts
var check_result = __webpack_require__(9434);
// EXTERNAL MODULE: ./packages/data/src/column-results.ts
var column_results = __webpack_require__(2681);
;// CONCATENATED MODULE: ./packages/data/src/byte-string-set.ts
const MAX_LOAD = 0.5;
const EMPTY = 0;
/**
 * A set of texts kept as their UTF-8 bytes: one arena for all the bytes and an open-addressing table of
 * entry numbers, so a cell's bytes are looked up without making a string, and a text kept costs its
 * bytes, 12 bytes and 10 to 20 of table instead of a string object. Two well-formed texts are equal
 * exactly when their UTF-8 bytes are, so this holds the texts a `Set` would (lone surrogates are the
 * caller's).
 */
class ByteStringSet {
    /** On an ArrayBuffer of its own (never Buffer's shared pool), so `strings` can hand it to a thread. */
    arena = ownBuffer(1 << 16);
    arenaUsed = 0;
    /**
     * The open-addressing table, in two arrays: a tag a slot (EMPTY, or 7 bits of the hash of the slot's
     * text), which is all a probe reads, and the slot's entry number, read only when the tag matches (1
     * time in 128 for another text). A byte a slot stays in cache: with 10^6 texts the tags take 2 MiB,
     * where pairs of an entry and its hash took 16 MiB and a probe missed the cache.
     */
    tags = new Uint8Array(1024);
    entries = new Int32Array(1024);
    /** Each entry's hash, for `rehash`. */
    hashes = new Int32Array(512);
    /** Pairs of an entry's start in the arena and its length: a comparison reads one cache line. */
    spans = new Int32Array(1024);
    count = 0;
    get size() {
        return this.count;
    }
    /** Adds the bytes `[start, end)`; false when they were there already. */
    add(bytes, start, end) {
        const hash = hashBytes(bytes, start, end);
        const tag = tagOf(hash);
        const tags = this.tags;
        const mask = tags.length - 1;
        let slot = hash & mask;
        for (;;) {
            const held = tags[slot];
            if (held === EMPTY)
                break;
            if (held === tag && this.holds(this.entries[slot], bytes, start, end))
                return false;
            slot = (slot + 1) & mask;
        }
        this.insert(slot, hash, bytes, start, end);
        return true;
    }
    /** The texts as bytes: views of this set's buffers, not copies, which may move to another thread. */
    strings() {
        return { bytes: this.arena.subarray(0, this.arenaUsed), spans: this.spans.subarray(0, this.count * 2) };
    }
    /** Adds each of `strings` (another set's texts) by its bytes; `repeated` is told each one held already. */
    addStrings(strings, repeated) {
        const { bytes, spans } = strings;
        for (let pair = 0; pair < spans.length; pair += 2) {
            const start = spans[pair];
            const end = start + spans[pair + 1];
            if (!this.add(bytes, start, end))
                repeated(bytes, start, end);
        }
    }
    holds(entry, bytes, start, end) {
        const length = end - start;
        if (this.spans[(entry << 1) + 1] !== length)
            return false;
        const arena = this.arena;
        const from = this.spans[entry << 1];
        for (let i = 0; i < length; i++)
            if (arena[from + i] !== bytes[start + i])
                return false;
        return true;
    }
    insert(slot, hash, bytes, start, end) {
        const length = end - start;
        if (this.arenaUsed + length > this.arena.length) {
            const grown = ownBuffer(Math.max(this.arena.length * 2, this.arenaUsed + length));
            this.arena.copy(grown, 0, 0, this.arenaUsed);
            this.arena = grown;
        }
        if (this.count * 2 === this.spans.length)
            this.spans = grownCopy(this.spans);
        if (this.count === this.hashes.length)
            this.hashes = grownCopy(this.hashes);
        const entry = this.count++;
        const arena = this.arena;
        const at = this.arenaUsed;
        for (let i = 0; i < length; i++)
            arena[at + i] = bytes[start + i];
        this.spans[entry << 1] = at;
        this.spans[(entry << 1) + 1] = length;
        this.arenaUsed += length;
        this.hashes[entry] = hash;
        this.tags[slot] = tagOf(hash);
        this.entries[slot] = entry;
        if (this.count > this.tags.length * MAX_LOAD)
            this.rehash();
    }
    /** A table twice as large, filled in entry order: the hashes are read in order, not the old table. */
    rehash() {
        const tags = new Uint8Array(this.tags.length * 2);
        const entries = new Int32Array(tags.length);
        const mask = tags.length - 1;
        const hashes = this.hashes;
        for (let entry = 0; entry < this.count; entry++) {
            const hash = hashes[entry];
            let slot = hash & mask;
            while (tags[slot] !== EMPTY)
                slot = (slot + 1) & mask;
            tags[slot] = tagOf(hash);
            entries[slot] = entry;
        }
        this.tags = tags;
        this.entries = entries;
    }
}
function ownBuffer(size) {
    return Buffer.from(new ArrayBuffer(size));
}
function grownCopy(array) {
    const grown = new Int32Array(array.length * 2);
    grown.set(array);
    return grown;
}
/** FNV-1a over the bytes, then Murmur3's finaliser: texts that differ in one byte spread apart. */
function hashBytes(bytes, start, end) {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++)
        hash = Math.imul(hash ^ bytes[i], 0x01000193);
    hash ^= hash >>> 16;
    hash = Math.imul(hash, 0x85ebca6b);
    hash ^= hash >>> 13;
    return hash & 0x7fffffff;
}
/**
 * The slot tag of a hash: 7 bits of it mixed again (so that texts whose slots are near still differ in
 * tags, however large the table), and a high bit so that no tag is EMPTY.
 */
function tagOf(hash) {
    return (Math.imul(hash, 0x9e3779b1) >>> 25) | 0x80;
}

// EXTERNAL MODULE: ./packages/data/src/detached-text.ts
var detached_text = __webpack_require__(3524);
;// CONCATENATED MODULE: ./packages/data/src/integer-text.ts
const MINUS = 45;
const ZERO = 48;
/** At most 15 digits: every such integer is a double exactly. */
const MAX_DIGITS = 15;
/**
 * The integer a text of UTF-8 bytes `[start, end)` writes in its one canonical way — `0`, `-12`, `345`,
 * never `012`, `+1`, `-0` nor more than 15 digits — or NaN. Two such texts are equal exactly when their
 * integers are, so a set of texts may keep them as integers (a bitmap for ids) and the rest as texts.
 */
function canonicalIntegerBytes(bytes, start, end) {
    const negative = bytes[start] === MINUS;
    const from = negative ? start + 1 : start;
    const digits = end - from;
    if (digits === 0 || digits > MAX_DIGITS || (bytes[from] === ZERO && (digits > 1 || negative))) {
        return Number.NaN;
    }
    let value = 0;
    for (let i = from; i < end; i++) {
        const digit = bytes[i] - ZERO;
        if (digit < 0 || digit > 9)
            return Number.NaN;
        value = value * 10 + digit;
    }
    return negative ? -value : value;
}

;// CONCATENATED MODULE: ./packages/data/src/utf8-scratch.ts
/** A reused buffer that a text is written into as UTF-8, to be looked up by its bytes (`DistinctValues.add`). */
class Utf8Scratch {
    bytes = Buffer.allocUnsafe(256);
    /** Writes `text` (well-formed) at the start of `bytes`; its length in bytes. */
    write(text) {
        const most = text.length * 3;
        if (this.bytes.length < most)
            this.bytes = Buffer.allocUnsafe(Math.max(most, this.bytes.length * 2));
        return this.bytes.write(text, 0, "utf8");
    }
}

;// CONCATENATED MODULE: ./packages/data/src/distinct-values.ts




const distinct_values_MAX_LOAD = 0.7;
const PAGE_BITS = 32_768;
/** Pages give way to the hash table when they spend more than this many bits per distinct integer, */
const MAX_BITS_PER_INTEGER = 64;
/**
 * counting this many integers more than they hold: up to 32 pages (128 KiB) whatever they hold, so that a
 * few scattered values among the first rows (a sentinel, a negative id) do not send every id to the table.
 */
const PAGED_SLACK = (32 * PAGE_BITS) / MAX_BITS_PER_INTEGER;
/** `merge` reads another set's table by blocks of this many slots (a power of two), in this odd step. */
const MERGE_BLOCK = 64;
const SCRAMBLE_STEP = 0x9e3779b1;
/**
 * The distinct values a column has shown, for `unique` and `stats.distinct`. Integers go to a paged
 * bitmap (4 KiB a page of 32,768 consecutive integers) while it is dense, as ids usually are: 1 bit an
 * id, and no hashing. Other numbers (and all integers, once the bitmap would cost more than 8 bytes a
 * value) go to an open-addressing hash table on a Float64Array: 8 bytes a slot, no object per value,
 * and no ceiling (a JavaScript Set holds at most 2^24 entries, and with 10^6 ids it was the single
 * largest cost of a run). Texts go to a set of their UTF-8 bytes (`ByteStringSet`: a cell is looked up
 * without decoding it, and no string is kept), booleans to a Set. 0 and -0 are one value, as in a Set.
 * A text that writes an integer the one canonical way (`17`, `-3`; not `017`, `+3`, `-0`) goes, as that
 * integer, to a set of numbers of its own: ids in a column without a type are texts, and a hash table
 * of 10^6 texts misses the cache on each one (~300 ns a text, against ~15 ns a bit in a page).
 */
class DistinctValues {
    numbers = new Float64Array(1024).fill(Number.NaN);
    numberCount = 0;
    /** Well-formed texts, as UTF-8 bytes. */
    texts = new ByteStringSet();
    /** Booleans, and texts with a lone surrogate (from JSON), which UTF-8 cannot hold apart. */
    others = new Set();
    pages = new Map();
    pagedCount = 0;
    /** The page used last: ids come in runs, and a map lookup per value is measurable. */
    lastIndex = Number.NaN;
    lastPage;
    scratch = new Float64Array(1);
    scratchWords = new Int32Array(this.scratch.buffer);
    textBytes = new Utf8Scratch();
    /** The canonical integer texts, made on the first one. */
    integerTexts;
    get size() {
        const integerTexts = this.integerTexts?.size ?? 0;
        return this.pagedCount + this.numberCount + this.texts.size + this.others.size + integerTexts;
    }
    /**
     * The page `addNumber` tries first, and the integer its bit 0 stands for, for a caller that marks
     * integers in it itself (the CSV kernel); undefined before the first paged integer, or without pages.
     */
    firstPage() {
        const bits = this.lastPage;
        return bits === undefined ? undefined : { bits, first: this.lastIndex * PAGE_BITS };
    }
    /** Counts `count` integers a caller marked in the page `firstPage` gave. */
    countMarked(count) {
        this.pagedCount += count;
    }
    /** Adds the value; false when it was already there. */
    add(value) {
        if (typeof value === "string" && value.isWellFormed()) {
            const length = this.textBytes.write(value);
            return this.addBytes(this.textBytes.bytes, 0, length);
        }
        if (typeof value !== "number") {
            if (this.others.has(value))
                return false;
            this.others.add(typeof value === "string" ? (0,detached_text/* detachedText */.w)(value) : value);
            return true;
        }
        return this.addNumber(value);
    }
    /** `add` for a well-formed text given as its UTF-8 bytes `[start, end)`. */
    addBytes(bytes, start, end) {
        const integer = canonicalIntegerBytes(bytes, start, end);
        return Number.isNaN(integer) ? this.texts.add(bytes, start, end) : this.addIntegerText(integer);
    }
    addIntegerText(integer) {
        this.integerTexts ??= new DistinctValues();
        return this.integerTexts.addNumber(integer);
    }
    /** `add` for a number (finite): no type test. */
    addNumber(value) {
        // The page used last, tested first: a safe integer in it needs no page lookup (and adding to a page
        // that exists never makes the pages too sparse).
        const bit = value - this.lastIndex * PAGE_BITS;
        if (bit >= 0 && bit < PAGE_BITS && (bit | 0) === bit && Math.abs(value) <= Number.MAX_SAFE_INTEGER) {
            return this.markBit(this.lastPage, bit);
        }
        const key = value === 0 ? 0 : value;
        if (this.pages && Number.isSafeInteger(key))
            return this.addPaged(key);
        return this.addHashed(key);
    }
    state() {
        return {
            numbers: this.numbers,
            texts: this.texts.strings(),
            others: [...this.others],
            pages: this.pages && [...this.pages],
            pagedCount: this.pagedCount,
            integerTexts: this.integerTexts?.state(),
        };
    }
    /**
     * Adds the values of another set (from later rows); `repeated` is told each value both sets held.
     * Two paged sets merge a page at a time: a page only the other has is taken whole, and shared pages
     * are compared a word (32 values) at a time.
     */
    merge(other, repeated) {
        // Only a repeated text is decoded: a structured clone made the bytes a Uint8Array.
        this.texts.addStrings(other.texts, (bytes, start, end) => repeated(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8", start, end)));
        if (other.integerTexts) {
            this.integerTexts ??= new DistinctValues();
            this.integerTexts.merge(other.integerTexts, (integer) => repeated(String(integer)));
        }
        for (const value of other.others)
            if (!this.add(value))
                repeated(value);
        // Another table's blocks in a scrambled order: in slot order its values come sorted by their hash, and
        // each one goes to the end of one ever longer run of this table (linear probing: 9 to 40 s for 1.25M
        // values). A block of consecutive slots is read at once, for the cache.
        const numbers = other.numbers;
        const blocks = Math.max(1, numbers.length / MERGE_BLOCK);
        for (let b = 0, block = 0; b < blocks; b++, block = (block + SCRAMBLE_STEP) & (blocks - 1)) {
            const end = Math.min(numbers.length, (block + 1) * MERGE_BLOCK);
            for (let slot = block * MERGE_BLOCK; slot < end; slot++) {
                const value = numbers[slot];
                if (!Number.isNaN(value) && !this.add(value))
                    repeated(value);
            }
        }
        if (!other.pages)
            return;
        // Pages only the other set has are taken whole, their bits counted by the other set already (counting
        // them again, in the interpreter, cost ~4 ms at 10^6 ids).
        let wholeBits = other.pagedCount;
        for (const [index, page] of other.pages) {
            const mine = this.pages?.get(index);
            if (this.pages && !mine) {
                this.pages.set(index, page);
                continue;
            }
            for (const word of page)
                wholeBits -= bitCount(word);
            if (mine)
                this.mergePage(mine, page, index, repeated);
            else
                this.addPage(page, index, repeated);
        }
        if (!this.pages)
            return;
        this.pagedCount += wholeBits;
        if (this.tooSparse(this.pages))
            this.unpage();
    }
    /** Another set's page `index`, a value at a time, into a set whose integers are hashed. */
    addPage(page, index, repeated) {
        for (let word = 0; word < page.length; word++) {
            const bits = page[word];
            for (let bit = 0; bit < 32; bit++) {
                if ((bits & (1 << bit)) === 0)
                    continue;
                const value = index * PAGE_BITS + word * 32 + bit;
                if (!this.add(value))
                    repeated(value);
            }
        }
    }
    /**
     * Another set's page `index` into this set's, a word (32 values) at a time: a merge runs once, mostly
     * in the interpreter, where a call a value on the page two threads share cost ~6 ms at 10^6 ids.
     */
    mergePage(mine, page, index, repeated) {
        for (let word = 0; word < page.length; word++) {
            const bits = page[word];
            if (bits === 0)
                continue;
            const held = mine[word];
            const repeats = bits & held;
            if (repeats !== 0) {
                for (let bit = 0; bit < 32; bit++) {
                    if ((repeats & (1 << bit)) !== 0)
                        repeated(index * PAGE_BITS + word * 32 + bit);
                }
            }
            const added = bits & ~held;
            if (added === 0)
                continue;
            mine[word] = held | added;
            this.pagedCount += bitCount(added);
        }
    }
    addPaged(key) {
        const pages = this.pages;
        const index = Math.floor(key / PAGE_BITS);
        let page = index === this.lastIndex ? this.lastPage : pages.get(index);
        if (page === undefined) {
            page = new Uint32Array(PAGE_BITS / 32);
            pages.set(index, page);
        }
        this.lastIndex = index;
        this.lastPage = page;
        if (!this.markBit(page, key - index * PAGE_BITS))
            return false;
        if (this.tooSparse(pages))
            this.unpage();
        return true;
    }
    tooSparse(pages) {
        return pages.size * PAGE_BITS > (this.pagedCount + PAGED_SLACK) * MAX_BITS_PER_INTEGER;
    }
    /** Sets bit `bit` of `page`: false when it was set already (the integer was seen). */
    markBit(page, bit) {
        const word = bit >>> 5;
        const mask = 1 << (bit & 31);
        const held = page[word];
        if ((held & mask) !== 0)
            return false;
        page[word] = held | mask;
        this.pagedCount++;
        return true;
    }
    /** The integers are too sparse for pages: move them to the hash table, and keep them there. */
    unpage() {
        const pages = this.pages;
        this.pages = undefined;
        this.pagedCount = 0;
        this.lastPage = undefined;
        this.lastIndex = Number.NaN;
        for (const [index, page] of pages) {
            for (let word = 0; word < page.length; word++) {
                const bits = page[word];
                if (bits === 0)
                    continue;
                for (let bit = 0; bit < 32; bit++) {
                    if ((bits & (1 << bit)) !== 0)
                        this.addHashed(index * PAGE_BITS + word * 32 + bit);
                }
            }
        }
    }
    addHashed(key) {
        const table = this.numbers;
        const mask = table.length - 1;
        let slot = this.hash(key) & mask;
        for (;;) {
            const held = table[slot];
            if (held === key)
                return false;
            if (Number.isNaN(held))
                break; // an empty slot: values are finite numbers
            slot = (slot + 1) & mask;
        }
        table[slot] = key;
        this.numberCount++;
        if (this.numberCount > table.length * distinct_values_MAX_LOAD)
            this.grow();
        return true;
    }
    hash(value) {
        this.scratch[0] = value;
        const low = this.scratchWords[0];
        const high = this.scratchWords[1];
        // Murmur3's 32-bit finaliser over both words: integers and decimals alike spread over the table.
        let h = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
        h ^= h >>> 13;
        h = Math.imul(h, 0xc2b2ae35);
        return (h ^ (h >>> 16)) >>> 0;
    }
    grow() {
        const old = this.numbers;
        const table = new Float64Array(old.length * 2).fill(Number.NaN);
        const mask = table.length - 1;
        for (let i = 0; i < old.length; i++) {
            const value = old[i];
            if (Number.isNaN(value))
                continue;
            let slot = this.hash(value) & mask;
            while (!Number.isNaN(table[slot]))
                slot = (slot + 1) & mask;
            table[slot] = value;
        }
        this.numbers = table;
    }
}
/** The number of bits set in a 32-bit word. */
function bitCount(word) {
    let bits = word - ((word >>> 1) & 0x55555555);
    bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
    return (Math.imul((bits + (bits >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}
/*
 * V8 keeps type feedback for a function only from about its eighth call on, so a set's first value, the
 * only one to go past `addNumber`'s last page until the ids reach the next page 32,768 on, leaves no
 * feedback there. The batch loops that inline `addNumber` were then optimized without that way, and
 * the first id of the second page threw their code away (once a thread, and a recompile). A throwaway
 * set goes that way a few times as the module loads.
 */
const warmUp = new DistinctValues();
for (let page = 0; page < 12; page++)
    warmUp.addNumber(page * PAGE_BITS);

// EXTERNAL MODULE: ./packages/data/src/quantile.ts
var quantile = __webpack_require__(1017);
// EXTERNAL MODULE: ./packages/data/src/byte-csv-scanner.ts
var byte_csv_scanner = __webpack_require__(6852);
;// CONCATENATED MODULE: ./packages/data/src/repeat-search.ts


/**
 * Finds, in a segment read again, where each of `repeated` (values an earlier part of the file had too)
 * first shows up: the examples, in line order, of the duplicates found when segments were merged.
 */
class RepeatSearch {
    repeated;
    count;
    convert;
    maxExamples;
    done;
    examples = [];
    constructor(repeated, convert, maxExamples, done) {
        this.repeated = repeated;
        this.count = repeated.size;
        this.convert = convert;
        this.maxExamples = maxExamples;
        this.done = done;
    }
    acceptBatch(batch, rows, rowCount, position, _nullBytes, nulls, file) {
        for (let k = 0; k < rowCount && this.examples.length < this.maxExamples; k++) {
            const r = rows[k];
            const text = (0,byte_csv_scanner/* fieldText */.gF)(batch, batch.firstField[r] + position);
            if (text === "" || nulls?.has(text))
                continue;
            const typed = this.convert(text);
            if (typed === undefined || !this.repeated.delete(typed))
                continue;
            this.examples.push({ value: (0,check_result/* exampleText */.kQ)(text), file, line: batch.lines[r] });
        }
    }
    /** Ends the merge, with the examples' lines shifted as the segment's. */
    finish() {
        this.done(this.examples, this.count);
    }
}

// EXTERNAL MODULE: ./packages/data/src/short-decimal.ts
var short_decimal = __webpack_require__(2498);
// EXTERNAL MODULE: ./packages/data/src/value-rules.ts + 4 modules
var value_rules = __webpack_require__(7522);
;// CONCATENATED MODULE: ./packages/data/src/column-validator.ts
















/**
 * Checks one column's values as rows stream by, keeping counters and examples; memory is constant
 * except for `unique` and `stats.distinct` (a set of distinct values) and `stats.median`/`quantiles`
 * (8 bytes a value). Its fields are read and counted by the batch loops (batch-*.ts) too.
 */
class ColumnValidator {
    spec;
    typeTally;
    nullTally;
    rules;
    /** Each rule's byte test, when every rule has one (text columns), in the order of `rules`. */
    byteTests;
    uniqueTally;
    seen;
    /** Only when a check needs the mean, the standard deviation, the smallest or the largest value. */
    moments;
    numbers;
    /** Numbers of this column may have a fraction (a `number` column, not an `integer` one). */
    fraction;
    /** The layout of a date column's cells, read from the bytes as day numbers. */
    dateLayout;
    /** The type check on bytes of a text-like column read by its byte tests (booleans). */
    typeBytes;
    /**
     * A number in `[low, high]` passes every value check (all are bounds); when a check is not a bound
     * the range is empty, and each check runs.
     */
    low;
    high;
    rows = 0;
    nulls = 0;
    convert;
    batchPath;
    maxExamples;
    constructor(spec, maxExamples) {
        this.spec = spec;
        this.maxExamples = maxExamples;
        this.typeTally = new check_result/* Tally */.F0(maxExamples);
        this.nullTally = new check_result/* Tally */.F0(maxExamples);
        this.uniqueTally = spec.unique ? new check_result/* Tally */.F0(maxExamples) : undefined;
        const { stats } = spec;
        this.seen = spec.unique || stats.distinct ? new DistinctValues() : undefined;
        this.numbers = stats.median || stats.quantiles.length > 0 ? new quantile/* NumberBuffer */.u() : undefined;
        this.moments = stats.mean || stats.std || stats.min || stats.max ? new moments/* Moments */.W() : undefined;
        this.rules = (0,value_rules/* valueRules */.Ni)(spec, maxExamples);
        const type = spec.type ?? "string";
        this.convert = converter(type, spec.dateFormat);
        this.fraction = type === "number";
        this.dateLayout = type === "date" ? src_value/* DATE_LAYOUTS */.RA[spec.dateFormat ?? "YYYY-MM-DD"] : undefined;
        // Rules on booleans compare typed values, which byte tests do not read: only the type check.
        const byteTyped = type === "boolean" && this.rules.length === 0;
        this.typeBytes = byteTyped ? new BooleanBytes() : undefined;
        const tests = this.rules.map((rule) => rule.byteTest);
        this.byteTests = tests.every((test) => test !== undefined) ? tests : undefined;
        // Distinct texts are kept as bytes; distinct booleans are not.
        const byBytes = type === "string" || type === "category" || (byteTyped && this.seen === undefined);
        this.batchPath = (0,column_results/* reportsAnything */.OL)(spec, this.rules)
            ? pickBatchPath(type, byBytes, this.seen !== undefined, this.byteTests)
            : skipCells;
        const bounded = this.rules.every((rule) => rule.bounds);
        this.low = bounded ? Math.max(...this.rules.map((rule) => rule.bounds?.[0] ?? 0)) : 1;
        this.high = bounded ? Math.min(...this.rules.map((rule) => rule.bounds?.[1] ?? 0)) : 0;
    }
    /**
     * Takes this column's cells (field `position`) from the records `rows[0, rowCount)` of a byte batch;
     * `nullBytes`/`nulls` are the texts that mean a missing value. The same outcome as `acceptColumn` on
     * the decoded rows, without a string per cell where the checks need none.
     */
    acceptBatch(batch, rows, rowCount, position, nullBytes, nulls, file) {
        this.batchPath(this, batch, rows, rowCount, position, nullBytes, nulls, file);
    }
    /**
     * Adds the passes of `passed` non-null cells that passed every value check (rows, type and rules), and
     * `firstSightings` values seen for the first time (passes of `unique`, whatever the other checks said).
     */
    countPassed(passed, firstSightings = 0) {
        if (firstSightings > 0 && this.uniqueTally !== undefined)
            this.uniqueTally.evaluated += firstSightings;
        if (passed === 0)
            return;
        this.rows += passed;
        this.nullTally.evaluated += passed;
        this.typeTally.evaluated += passed;
        for (const rule of this.rules)
            rule.tally.evaluated += passed;
    }
    /**
     * A non-null cell of a numeric column: read from the bytes, or from the text when they cannot tell.
     * True when it passed its value checks within `low`/`high` (for the caller to count in bulk).
     */
    acceptNumberBytes(bytes, start, end, file, line) {
        const value = (0,short_decimal/* shortDecimalBytes */.rs)(bytes, start, end, this.fraction);
        if (value === short_decimal/* NOT_SHORT */.d7) {
            this.accept(bytes.toString("utf8", start, end), file, line);
            return false;
        }
        if (value === undefined) {
            this.rows++;
            this.nullTally.pass();
            this.typeTally.failBytes(bytes, start, end, file, line);
            return false;
        }
        if (this.moments)
            this.moments.update(value);
        if (this.numbers)
            this.numbers.push(value);
        if (this.seen) {
            if (this.seen.add(value))
                this.uniqueTally?.pass();
            else
                this.uniqueTally?.failBytes(bytes, start, end, file, line);
        }
        if (value >= this.low && value <= this.high)
            return true;
        this.acceptOutOfBounds(value, bytes, start, end, file, line);
        return false;
    }
    /** A number of this column (its distinct values and statistics counted) outside `low`/`high`. */
    acceptOutOfBounds(value, bytes, start, end, file, line) {
        this.rows++;
        this.nullTally.pass();
        this.typeTally.pass();
        const rules = this.rules;
        for (let i = 0; i < rules.length; i++) {
            const rule = rules[i];
            if (rule.test(value))
                rule.tally.pass();
            else
                rule.tally.failBytes(bytes, start, end, file, line);
        }
    }
    /** A non-null text cell that failed one of the byte tests: each rule counted on its own. */
    acceptByteFailure(bytes, start, end, file, line) {
        this.rows++;
        this.nullTally.pass();
        this.typeTally.pass();
        const rules = this.rules;
        const tests = this.byteTests;
        for (let i = 0; i < rules.length; i++) {
            const rule = rules[i];
            if (tests[i].matches(bytes, start, end))
                rule.tally.pass();
            else
                rule.tally.failBytes(bytes, start, end, file, line);
        }
    }
    /** This validator's counts, examples and values, for `merge` in another thread. */
    state() {
        const tallies = [this.typeTally, this.nullTally, ...this.rules.map((rule) => rule.tally)];
        if (this.uniqueTally)
            tallies.push(this.uniqueTally);
        const state = { rows: this.rows, nulls: this.nulls, tallies: tallies.map(check_result/* tallyState */._r) };
        if (this.moments) {
            const { count, mean, m2, min, max } = this.moments;
            state.moments = { count, mean, m2, min, max };
        }
        if (this.numbers)
            state.numbers = this.numbers.values();
        if (this.seen)
            state.distinct = this.seen.state();
        return state;
    }
    /**
     * Adds what a validator of the same spec saw in the rows right after this one's (a segment of the
     * same file, whose lines are shifted by `lineOffset`), as if this one had seen them. Values both saw are
     * duplicates on the line where the segment first has them: when there are any, the segment's lines
     * are not known here, and the returned search must read the segment again (`acceptBatch`) and then
     * `finish` the merge. Only a failing `unique` check costs that second reading. `files`: the files the
     * later rows came from, in order, when they are several whole files (`lineOffset` 0).
     */
    merge(state, lineOffset, files = []) {
        this.rows += state.rows;
        this.nulls += state.nulls;
        const [type, nulls, ...rest] = state.tallies;
        this.typeTally.absorb(type, lineOffset);
        this.nullTally.absorb(nulls, lineOffset);
        this.rules.forEach((rule, i) => {
            rule.tally.absorb(rest[i], lineOffset);
        });
        if (this.moments && state.moments)
            this.moments.merge(Object.assign(new moments/* Moments */.W(), state.moments));
        if (this.numbers && state.numbers)
            for (const value of state.numbers)
                this.numbers.push(value);
        if (!this.seen || !state.distinct)
            return undefined;
        const repeated = new Set();
        this.seen.merge(state.distinct, (value) => repeated.add(value));
        const unique = rest[this.rules.length];
        if (!this.uniqueTally || !unique)
            return undefined;
        if (repeated.size === 0) {
            this.uniqueTally.absorb(unique, lineOffset);
            return undefined;
        }
        const tally = this.uniqueTally;
        return new RepeatSearch(repeated, this.convert, this.maxExamples, (examples, count) => {
            const shifted = examples.map((example) => ({ ...example, line: (example.line ?? 0) + lineOffset }));
            tally.absorb(unique, lineOffset, shifted, count, files);
        });
    }
    /**
     * Takes this column's cells from a batch of rows (at `position`; texts in `nulls` are missing values).
     * A column at a time rather than a row at a time: the loop and this validator's state stay hot.
     */
    acceptColumn(rows, position, nulls, file) {
        for (let r = 0; r < rows.length; r++) {
            const row = rows[r];
            let value = row.values[position] ?? null;
            if (nulls !== undefined && typeof value === "string" && nulls.has(value))
                value = null;
            this.accept(value, file, row.line);
        }
    }
    /** Whether a non-null cell is of the column's type and passes every value check; nothing is counted. */
    passesChecks(value) {
        const typed = this.convert(value);
        if (typed === undefined)
            return false;
        for (const rule of this.rules)
            if (!rule.test(typed))
                return false;
        return true;
    }
    /** Takes one cell; `value` is null when the cell is missing. Runs once per cell: kept lean. */
    accept(value, file, line) {
        this.rows++;
        if (value === null) {
            this.nulls++;
            if (this.spec.nullable)
                this.nullTally.pass();
            else
                this.nullTally.fail(null, file, line);
            return;
        }
        this.nullTally.pass();
        const typed = this.convert(value);
        if (typed === undefined) {
            this.typeTally.fail(value, file, line);
            return;
        }
        this.typeTally.pass();
        const rules = this.rules;
        for (let i = 0; i < rules.length; i++) {
            const rule = rules[i];
            if (rule.test(typed))
                rule.tally.pass();
            else
                rule.tally.fail(value, file, line);
        }
        if (typeof typed === "number") {
            if (this.moments)
                this.moments.update(typed);
            if (this.numbers)
                this.numbers.push(typed);
        }
        if (this.seen) {
            if (this.seen.add(typed))
                this.uniqueTally?.pass();
            else
                this.uniqueTally?.fail(value, file, line);
        }
    }
    results() {
        return (0,column_results/* columnResults */.PQ)(this);
    }
}
/** The batch path of a column that reports nothing (see `reportsAnything`): its cells are not read. */
function skipCells() { }
/**
 * The batch loop of a column: numbers read from the bytes for integer, number and date columns; for
 * text columns (and booleans without value checks) read `byBytes`, null counts only when nothing else
 * is checked, the checks on bytes when each has a byte test; otherwise each cell's text.
 */
function pickBatchPath(type, byBytes, distinct, byteTests) {
    if (type === "integer")
        return acceptIntegerCells;
    if (type === "number")
        return acceptDecimalCells;
    if (type === "date")
        return acceptDateCells;
    if (byBytes && byteTests?.length === 0 && !distinct && type !== "boolean")
        return acceptNullsOnly;
    if (byBytes && byteTests !== undefined)
        return batch_byte_rules/* acceptByteRuleCells */.Uq;
    return acceptTextCells;
}
/** The conversion of a non-null cell to the column's type, picked once per column, not per cell. */
function converter(type, dateFormat) {
    switch (type) {
        case "integer":
            return src_value/* parseInteger */.cG;
        case "number":
            return src_value/* parseDecimal */.$Q;
        case "string":
        case "category":
            return (value) => (typeof value === "string" ? value : String(value));
        default:
            return (value) => (0,src_value/* toTyped */._2)(value, type, dateFormat);
    }
}


/***/ }),

/***/ 7427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ plainCsvKernel)
});

// UNUSED EXPORTS: PlainCsvKernel

;// CONCATENATED MODULE: ./packages/data/src/csv-scan-wasm.generated.ts
// Generated by scripts/build-wasm.ts from packages/data/wasm/csv-scan.c, packages/data/wasm/csv-cells.c
// with Debian clang version 14.0.6 (the WebAssembly binary, base64): do not edit.
// Rebuild with `node scripts/build-wasm.ts` after changing the C source.
const csvScanWasmBase64 = "AGFzbQEAAAABUglgAAF/YAl/f39/f39/f38Bf2AGf39/f3x8AX9gAn9/AXxgA39/fwF8YAV/f39/fwF/YAZ/f39/f38Bf2AHf39/f39/fwF/YAd/fHx/fH9/AX8DIB8AAAAAAAAAAAAAAAEAAAAAAgMCBAAFBgUHAQAAAAAIBAUBcAEBAQUEAQEgIAYJAX8BQaDKwwALB6wDHQZtZW1vcnkCAAZ3aW5kb3cAAAx3aW5kb3dfYnl0ZXMAAQxmaWVsZF9zdGFydHMAAgpmaWVsZF9lbmRzAAMKbWF4X2ZpZWxkcwAEE3JlY29yZF9maXJzdF9maWVsZHMABQxyZWNvcmRfbGluZXMABg1yZWNvcmRfc3RhcnRzAAcLcmVjb3JkX2VuZHMACAttYXhfcmVjb3JkcwAJBnJlc3VsdAAKBHNjYW4ACwtjZWxsX290aGVycwAMC2NlbGxfdmFsdWVzAA0LY2VsbF90YWJsZXMADhBjZWxsX3RhYmxlX3dvcmRzAA8OcGxhaW5faW50ZWdlcnMAEA5wbGFpbl9kZWNpbWFscwASDGNlbGxfbW9tZW50cwAUDXJlYWRfaW50ZWdlcnMAFQ1yZWFkX2RlY2ltYWxzABcJcGxhaW5fZGZhABgLcGxhaW5fZml4ZWQAGQljZWxsX3BhZ2UAGhBjZWxsX290aGVyX2tpbmRzABsUY2VsbF9maXJzdF9zaWdodGluZ3MAHBBjZWxsX290aGVyX2NvdW50AB0MY291bnRfdmFsdWVzAB4K5jkfCABBgImAgAALBgBBgIAICwgAQcCJiIAACwgAQcCJkIAACwYAQYCAAgsIAEHAiZiAAAsIAEHAiZmAAAsIAEHAiZqAAAsIAEHAiZuAAAsFAEGAIAsIAEHAiZyAAAuXDg4HfwF7AX4CfwF+AX8BewF/BHsCfgJ/AX4BfwF7IABBgIAIIABBgIAISBshCQJAAkACQAJAIABBAU4NAEH/////ByEKQQAhBUEAIQtBACEMQQAhDUEAIQJBACEODAELIAVBgCAgBUGAIEgbIQ8gAv0PIRAgCawhEUF/IRJB/////wchCkEAIQ4gAkH/AXEhE0IAIRRBACECQQAhDUEAIQxBACELQQAhBQNAIBSnIhVBgImAgABq/QAEACEWAkACQAJAAkAgCSAVayIAQcAASCIXDQAgAkG3/wFKDQAgFCASrFUNAQsgFUGwiYCAAGr9AAQAIRggFUGgiYCAAGr9AAQAIRkgFUGQiYCAAGr9AAQAIRoMAQsgFUGQiYCAAGr9AAQAIhr9DA0NDQ0NDQ0NDQ0NDQ0NDQ0iG/0jIBYgG/0j/VAgFUGgiYCAAGr9AAQAIhkgG/0j/VAgFUGwiYCAAGr9AAQAIhggG/0j/VD9Uw0AIBr9DAoKCgoKCgoKCgoKCgoKCgoiG/0j/WStQhCGIBYgG/0j/WSthCAZIBv9I/1krUIghoQgGCAb/SP9ZK1CMIaEIhxCAYYgFCANrVGthCAcg0IAUg0AIAJBAnQiAEHAiYiAAGogBSAGajYCAAJAIBogEP0j/WStQhCGIBYgEP0j/WSthCAZIBD9I/1krUIghoQgGCAQ/SP9ZK1CMIaEIByEIh17pyIeRQ0AIBUgBmohF0EAIR8gHSEgA0AgAEHAiZCAAGogFyAgeqdqIiE2AgAgAEHEiYiAAGogIUEBajYCACAAQcSJkIAAaiAXICBCf3wgIIMiIHqnaiIhNgIAIABByImIgABqICFBAWo2AgAgIEJ/fCAggyEgIABBCGohACAfQQJqIh8gHkkNAAsLIBUgHXmna0HAAGogBSAeGyEFIAIgHmohIQJAIBxQRQ0AICEhAgwCCyAOQQJ0IQACQANAIAwgFCAceiIghKciF2ogDSACIB1CfyAghkJ/hYN7p2oiFWprIANKDQYgAEHAiZmAAGogBzYCACAAQcCJmIAAaiAMIAhqNgIAIABBwImagABqIA0gBmo2AgAgAEHAiZuAAGogFyAGajYCACAVQQFqIh8gDGsiFSALIBUgC0obIQsgFSAKIBUgCkgbIQogF0EBaiINIARODQEgDkEBaiIVIA9ODQEgB0EBaiEHIABBBGohACAVIQ4gHyEMIBxCf3wgHIMiHFBFDQALIB8hDCAhIQIgFSEODAILIA5BAWohDiAHQQFqIQcgHyEMDAQLIBr9DA0NDQ0NDQ0NDQ0NDQ0NDQ0iG/0jIBr9DAoKCgoKCgoKCgoKCgoKCgoiIv0j/VAgGiAQ/SP9UP1krUIQhiAWIBv9IyAWICL9I/1QIBYgEP0j/VD9ZK2EIBkgG/0jIBkgIv0j/VAgGSAQ/SP9UP1krUIghoQgGCAb/SMgGCAi/SP9UCAYIBD9I/1Q/WStQjCGhEJ/IACthkJ/hUJ/IBcbgyIgUA0AA0ACQAJAIBQgIHqEpyIAQYCJgIAAai0AACIVIBNHDQAgAkH+/wFKDQYgAkECdCIVQcCJkIAAaiAAIAZqNgIAIBVBwImIgABqIAUgBmo2AgAgAEEBaiEFIAJBAWohAgwBCyASIABGDQAgAEEBaiEXAkACQCAVQQ1GDQAgFyEVDAELAkAgAQ0AIBcgCUYNBwsCQCAXIAlIDQAgFyEVDAELIABBAmogFyAAQYGJgIAAai0AAEEKRiIfGyEVIBcgEiAfGyESCwJAIA0gAEYNACAMIA0gAmprIABqIANKDQYgAkECdCIXQcCJkIAAaiAAIAZqIh82AgAgF0HAiYiAAGogBSAGajYCACAOQQJ0IgBBwImYgABqIAwgCGo2AgAgAEHAiZmAAGogBzYCACAAQcCJmoAAaiANIAZqNgIAIABBwImbgABqIB82AgAgAkEBaiICIAxrIgAgCyAAIAtKGyELIAAgCiAAIApIGyEKIA5BAWohDiACIQwLIAdBAWohByAVIARODQYgFSEFIBUhDSAOIA9ODQYLICBCf3wgIIMiIEIAUg0ACwsgFELAAHwiFCARUw0ACwsgAUUNACAJIA1MDQAgDCAJaiANIAJqayADSg0AIAJBAnQiAEHAiZCAAGogCSAGaiIVNgIAIABBwImIgABqIAUgBmo2AgAgDkECdCIAQcCJmIAAaiAMIAhqNgIAIABBwImZgABqIAc2AgAgAEHAiZqAAGogDSAGajYCACAAQcCJm4AAaiAVNgIAIAJBAWoiAiAMayIAIAsgACALShshCyAAIAogACAKSBshCiAOQQFqIQ4gAiEMIAkhFQwBCyANIRULQQAgCzYC0ImcgABBACAKNgLMiZyAAEEAIAc2AsiJnIAAQQAgDDYCxImcgABBACAONgLAiZyAACAVCwgAQeCJnIAACwgAQeCJnYAACwgAQeCJn4AACwYAQYCACAvhAQIFfwF8QX8hBgJAIAFBAEgNACACQQFIDQAgA0GAIEoNAEF/IQYgA0F/aqwgAq1+IAGtfEL//wFVDQACQCADQQFODQBBAA8LIAJBAnQhByABQQJ0IQFBACECQQAhCEEAIQYDQAJAAkBBwImQgAAgAWooAgAiCUHAiYiAACABaigCACIKTA0AIAogAGsgCSAAaxCRgICAACILIARmRQ0AIAsgBWVFDQAgBkEBaiEGDAELIAhBAnRB4ImcgABqIAI2AgAgCEEBaiEICyABIAdqIQEgAyACQQFqIgJHDQALCyAGC74BAwJ/AXwBfyAAIQICQAJAQYCJgIAAIABqLQAAIgNBVWoOAwABAAELIABBAWohAgsCQCABIAJGDQAgASACa0EJSg0ARAAAAAAAAAAAIQQCQCACIAFODQBBACEAA0ACQEGAiYCAACACai0AACIFQUZqQf8BcUH2AU8NAEQAAAAAAAD4fw8LIABBCmwgBWpBUGohACABIAJBAWoiAkcNAAsgALchBAsgBJogBCADQS1GGw8LIAAgAUEAEJOAgIAAC+MBAgV/AXxBfyEGAkAgAUEASA0AIAJBAUgNACADQYAgSg0AQX8hBiADQX9qrCACrX4gAa18Qv//AVUNAAJAIANBAU4NAEEADwsgAkECdCEHIAFBAnQhAUEAIQJBACEIQQAhBgNAAkACQEHAiZCAACABaigCACIJQcCJiIAAIAFqKAIAIgpMDQAgCiAAayAJIABrQQEQk4CAgAAiCyAEZkUNACALIAVlRQ0AIAZBAWohBgwBCyAIQQJ0QeCJnIAAaiACNgIAIAhBAWohCAsgASAHaiEBIAMgAkEBaiICRw0ACwsgBgv6AgQBfAF/AX4Ff0QAAAAAAAD4fyEDAkAgASAAa0ERSg0AAkACQEGAiYCAACAAai0AACIEQVVqDgMAAQABCyAAQQFqIQALQgAhBSAAIQYCQAJAAkACQAJAIAAgAU4NACAAIAFrIQdCACEFQQAhBgNAQYCJgIAAIAAgBmoiCGotAAAiCUFQaiEKIAlBRmpB/wFxQfYBSQ0CIAVCCn4gCqx8IQUgByAGQQFqIgZqDQALIAEhBgsgBiAAayIGRQ0EIAZBD0wNAQwECyACRQ0DIApBfkcNAwJAIAhBAWoiCSABTg0AA0BBgImAgAAgCWotAAAiCkFGakH/AXFB9gFJDQUgBUIKfiAKrUL/AYN8QlB8IQUgASAJQQFqIglHDQALIAEhCQsgBkF/cyAJIABraiIHIAZqIgpFDQMgCkEPSg0DIAAgCWsgBmpBAWoNAQsgBbkhAwwBCyAFuSAHQQN0QYCIgIAAaisDAKMhAwsgA5ogAyAEQS1GGyEDCyADCwgAQeCJv4AACxQAIAAgASACIANBACAEEJaAgIAAC8QHBAF/BXwDfwJ8QX8hBgJAIAFBAEgNACACQQFIDQAgA0GAIEoNAEF/IQYgA0F/aqwgAq1+IAGtfEL//wFVDQBBACsDgIq/gAAhB0EAKwP4ib+AACEIQQArA/CJv4AAIQlBACsD6Im/gAAhCkEAKwPgib+AACELAkAgA0EBSA0AAkACQAJAIAUNACAERQ0BIAJBAnQhDCABQQJ0IQZBACECQeCJnYAAIQEDQCACIQ0CQAJAQcCJkIAAIAZqKAIAIgRBwImIgAAgBmooAgAiDkwNAEEBIQIgASAOIABrIAQgAGtBARCTgICAACIPOQMAIA8gD2INASANIQIMAQsgAUKAgICAgICA/P8ANwMAQQEhAgsgBiAMaiEGIAFBCGohASADQX9qIgMNAAwDCwsCQCAERQ0AIAJBAnQhDSABQQJ0IQZBACECQeCJnYAAIQEDQAJAAkACQEHAiZCAACAGaigCACIEQcCJiIAAIAZqKAIAIg5MDQAgASAOIABrIAQgAGtBARCTgICAACIPOQMAIA8gD2ENAUEBIQIMAgsgAUKAgICAgICA/P8ANwMAQQEhAgwBCyAPIAqhIhAgDyAKIBAgC0QAAAAAAADwP6AiC6OgIgqhoiAJoCEJIA8gCCAIIA9kGyEIIAcgD2NFDQAgDyEHCyAGIA1qIQYgAUEIaiEBIANBf2oiAw0ADAMLCyACQQJ0IQ0gAUECdCEGQQAhAkHgiZ2AACEBA0ACQAJAQcCJkIAAIAZqKAIAIgRBwImIgAAgBmooAgAiDkoNACABQoCAgICAgID8/wA3AwBBASECDAELIAEgDiAAayAEIABrEJGAgIAAIg85AwACQCAPIA9hDQBBASECDAELIA8gCqEiECAPIAogECALRAAAAAAAAPA/oCILo6AiCqGiIAmgIQkgDyAIIAggD2QbIQggByAPY0UNACAPIQcLIAYgDWohBiABQQhqIQEgA0F/aiIDDQAMAgsLIAJBAnQhDSABQQJ0IQZBACECQeCJnYAAIQEDQAJAAkACQEHAiZCAACAGaigCACIEQcCJiIAAIAZqKAIAIg5KDQAgAUKAgICAgICA/P8ANwMADAELIAEgDiAAayAEIABrEJGAgIAAIg85AwAgDyAPYQ0BC0EBIQILIAYgDWohBiABQQhqIQEgA0F/aiIDDQALC0EBIQYgAg0BC0EAIQYgBUUNAEEAIQZBACAHOQOAir+AAEEAIAg5A/iJv4AAQQAgCTkD8Im/gABBACAKOQPoib+AAEEAIAs5A+CJv4AACyAGCxQAIAAgASACIANBASAEEJaAgIAAC/cGAgZ/AXtBfyEHAkAgAUEASA0AIAJBAUgNACADQYAgSg0AQX8hByADQX9qrCACrX4gAa18Qv//AVUNAAJAIANBAU4NAEEADwsgBkECdEHgiZ+AAGohCAJAIAVBgQJIDQAgBEECdEHgiZ+AAGohCUEAIQdBACEKQQAhCwNAAkACQEHAiZCAACALIAJsIAFqQQJ0IgZqKAIAIgRBwImIgAAgBmooAgAiBkwNACAEIABrIQwgBiAAayEEIAUhBgJAA0AgCSAGQYCJgIAAIARqLQAAakECdGooAgAhBiAEQQFqIgQgDE4NASAEIQQgBkGAAkoNAAsLIAZBgAJGDQAgCCAGQQh1QQJ0aigCAEEBRw0AIAdBAWohBwwBCyAKQQJ0QeCJnIAAaiALNgIAIApBAWohCgsgC0EBaiILIANHDQAMAgsLAkAgBUGAAkYNACAIIAVBCHVBAnRqIQsgAkECdCEJIAFBAnQhBkEAIQdBACEMQQAhBANAAkACQAJAQcCJkIAAIAZqKAIAQcCJiIAAIAZqKAIATA0AIAsoAgBBAUYNAQsgDEECdEHgiZyAAGogBDYCACAMQQFqIQwMAQsgB0EBaiEHCyAGIAlqIQYgAyAEQQFqIgRHDQAMAgsLQQAhBgJAIANBBEkNACADQXxxIgZBfGoiBEECdkEBaiIJQQNxIQwCQAJAIARBDE8NAP0MAAAAAAEAAAACAAAAAwAAACENQQAhCQwBCyAJQfz///8HcSEL/QwAAAAAAQAAAAIAAAADAAAAIQ1BACEJQeCJnIAAIQQDQCAEIA39CwQAIARBMGogDf0MDAAAAAwAAAAMAAAADAAAAP2uAf0LBAAgBEEgaiAN/QwIAAAACAAAAAgAAAAIAAAA/a4B/QsEACAEQRBqIA39DAQAAAAEAAAABAAAAAQAAAD9rgH9CwQAIARBwABqIQQgDf0MEAAAABAAAAAQAAAAEAAAAP2uASENIAlBEGohCSALQXxqIgsNAAsLAkAgDEUNACAJQQJ0QeCJnIAAaiEEA0AgBCAN/QsEACAEQRBqIQQgDf0MBAAAAAQAAAAEAAAABAAAAP2uASENIAxBf2oiDA0ACwtBACEHIAYgA0YNAQsgBkECdEHgiZyAAGohBANAIAQgBjYCACAEQQRqIQRBACEHIAMgBkEBaiIGRw0ACwsgBwvUCgMOfwN7AX9BfyEJAkAgAUEASA0AIAJBAUgNACADQYAgSg0AQX8hCSADQX9qrCACrX4gAa18Qv//AVUNAAJAIANBAU4NAEEADwsgCEECdEHgiZ+AAGohCiAGQQJ0QeCJn4AAaiELAkAgBUEBSA0AIARBAnRB4ImfgABqIQZBgImAgAAgAGshDCAFQXxxIQ1BACEJIAVBBEkhDiAHQYECSCEPQQAhEEEAIREDQAJAAkACQAJAAkBBwImQgAAgESACbCABakECdCIIaigCACISIABrIhNBwImIgAAgCGooAgAiFCAAayIVayAFRw0AAkACQAJAIA5FDQBBASEWQQAhBAwBCyAMIBRqIQj9DAEAAAD///////////////8hF/0MAAAAAAEAAAACAAAAAwAAACEYIA0hBANAIBf9DAAAAAAAAAAAAAAAAAAAAAAiGSAGIBhBCP2rASAZIAgoAAD9Ef0NEAECAxEFBgcSCQoLEw0OD/1QIhn9GwNqIAYgGf0bAmogBiAZ/RsBaiAGIBn9GwBq/QcAAP1UAAAB/VQAAAL9VAAAA/0NEAECAxEFBgcSCQoLEw0OD/1OIRcgCEEEaiEIIBj9DAQAAAAEAAAABAAAAAQAAAD9rgEhGCAEQXxqIgQNAAsgFyAXIBn9DQgJCgsMDQ4PAAAAAAAAAAD9TiIZIBkgGf0NBAUGBwAAAAAAAAAAAAAAAP1O/RsAIRYgDSEEIA0gBUYNAQsgBEEIdCEIIAUgBGshGiAMIAQgFGpqIQQDQCAWIAYgCCAELQAAcmotAABxIRYgCEGAAmohCCAEQQFqIQQgGkF/aiIaDQALCyASIBRMDQIgFkEBRg0DDAELIBIgFEwNAQsgByEIAkAgDw0AIAchCCASIBRMDQAgByEIA0AgCyAIQYCJgIAAIBVqLQAAakECdGooAgAhCCAVQQFqIgQgE04NASAEIRUgCEGAAkoNAAsLIAhBgAJGDQAgCiAIQQh1QQJ0aigCAEEBRg0BCyAQQQJ0QeCJnIAAaiARNgIAIBBBAWohEAwBCyAJQQFqIQkLIBFBAWoiESADRw0ADAILCwJAIAdBgQJIDQBBACEJQQAhGkEAIRYDQAJAAkACQAJAQcCJkIAAIBYgAmwgAWpBAnQiBmooAgAiFSAAayIEQcCJiIAAIAZqKAIAIhMgAGsiBmsgBUcNACAVIBNKDQEMAgsgByEIIBUgE0wNAQJAA0AgCyAIQYCJgIAAIAZqLQAAakECdGooAgAhCCAGQQFqIgYgBE4NASAGIQYgCEGAAkoNAAsLIAhBgAJGDQEgCiAIQQh1QQJ0aigCAEEBRw0BCyAJQQFqIQkMAQsgGkECdEHgiZyAAGogFjYCACAaQQFqIRoLIBZBAWoiFiADRw0ADAILCwJAIAdBgAJGDQAgCiAHQQh1QQJ0aiELIAJBAnQhFSABQQJ0IQZBACEJQQAhGkEAIQgDQAJAAkACQAJAQcCJkIAAIAZqKAIAIgRBwImIgAAgBmooAgAiFmsgBUYNACAEIBZMDQIgCygCAEEBRg0BDAILIAQgFkwNAQsgCUEBaiEJDAELIBpBAnRB4ImcgABqIAg2AgAgGkEBaiEaCyAGIBVqIQYgAyAIQQFqIghHDQAMAgsLIAJBAnQhFSABQQJ0IQZBACEJQQAhGkEAIQgDQAJAAkACQEHAiZCAACAGaigCACIEQcCJiIAAIAZqKAIAIhZrIAVHDQAgBCAWSg0BCyAaQQJ0QeCJnIAAaiAINgIAIBpBAWohGgwBCyAJQQFqIQkLIAYgFWohBiADIAhBAWoiCEcNAAsLIAkLCABBkIq/gAALCABBkKq/gAALCwBBACgCkMq/gAALCwBBACgClMq/gAAL1ggJAX8BfAF/AXwBfwR8AX8BfAN/QX8hBwJAAkAgAEGAIEoNACAGRQ0BIABBAUgNAQJAIAZBAkYNAEHgiZ2AACEGIAAhBwNAAkAgBisDAJkiCEQAAAAAAADwf2QgCEQAAAAAAADwf2NyQQFGDQBBfg8LIAZBCGohBiAHQX9qIgcNAAwDCwtB4ImdgAAhBiAAIQkDQEF+IQcgBisDACIImSIKRAAAAAAAAPB/ZCAKRAAAAAAAAPB/Y3JBAUcNASAInSAIYg0BIAZBCGohBiAJQX9qIglFDQIMAAsLIAcPC0EAIQtBACsDgIq/gAAhDEEAKwP4ib+AACEKQQArA/CJv4AAIQ1BACsD6Im/gAAhDkEAKwPgib+AACEPAkACQCAAQQFODQBBACEGQQAhBwwBCwJAIANFDQBBACEHQeCJnYAAIQNBACEGQQAhEEEAIQsDQCADKwMAIQgCQCAFRQ0AIAggDqEiESAIIA4gESAPRAAAAAAAAPA/oCIPo6AiDqGiIA2gIQ0gCCAKIAogCGQbIQogDCAIY0UNACAIIQwLQQEhCQJAIAggBKEiEUQAAAAAAAAAAGZFDQAgEUQAAAAAAADgQGNFDQACQAJAIBGZRAAAAAAAAOBBY0UNACARqiESDAELQYCAgIB4IRILIBEgErdiDQAgCJlE////////P0NlRQ0AQQIhCSASQQV1QQJ0QZCKv4AAaiITKAIAIhRBASASdCIScQ0AIBMgFCAScjYCACALQQFqIQtBACEJCyAIIAFmQQFzIAggAmVBAXNyIhJBAXMhEwJAIAlBBHIgCSASGyIJRQ0AIAZBkKq/gABqIAk6AAAgBkECdEHgiZyAAGogEDYCACAGQQFqIQYLIAcgE2ohByADQQhqIQMgACAQQQFqIhBHDQAMAgsLAkACQCAFRQ0AQQAhB0HgiZ2AACEJQQAhBkEAIQMDQCAJKwMAIgggAWYiECAIIAJlIhRxIRIgCCAOoSIRIAggDiARIA9EAAAAAAAA8D+gIg+joCIOoaIhESAMIAhjIRMgCiAIZCELAkACQCAQRQ0AIBQNAQsgBkGQqr+AAGpBBDoAACAGQQJ0QeCJnIAAaiADNgIAIAZBAWohBgsgByASaiEHIBEgDaAhDSAIIAwgExshDCAIIAogCxshCiAJQQhqIQkgACADQQFqIgNHDQAMAgsLQQAhB0HgiZ2AACEJQQAhBkEAIQMDQCAJKwMAIgggAWYiECAIIAJlIhNxIRICQAJAIBBFDQAgEw0BCyAGQZCqv4AAakEEOgAAIAZBAnRB4ImcgABqIAM2AgAgBkEBaiEGCyAHIBJqIQcgCUEIaiEJIAAgA0EBaiIDRw0ACwtBACELCwJAIAVFDQBBACAMOQOAir+AAEEAIAo5A/iJv4AAQQAgDTkD8Im/gABBACAOOQPoib+AAEEAIA85A+CJv4AAC0EAIAY2ApTKv4AAQQAgCzYCkMq/gAAgBwsLiAEBAEGACAuAAQAAAAAAAPA/AAAAAAAAJEAAAAAAAABZQAAAAAAAQI9AAAAAAACIw0AAAAAAAGr4QAAAAACAhC5BAAAAANASY0EAAAAAhNeXQQAAAABlzc1BAAAAIF+gAkIAAADodkg3QgAAAKKUGm1CAABA5ZwwokIAAJAexLzWQgAANCb1awxD";

// EXTERNAL MODULE: ./packages/data/src/kernel-cells.ts
var kernel_cells = __webpack_require__(4685);
;// CONCATENATED MODULE: ./packages/data/src/csv-scan-kernel.ts


const INT32_MAX = 0x7fffffff;
/**
 * The WebAssembly SIMD reader of records with no quote (see csv-scan.c). It reads only whole
 * records and stops before any it cannot finish, which the caller then reads itself. Its results are
 * in the arrays below, valid until the next call: field offsets and record starts/ends are offsets in
 * the caller's buffer, field numbers count from the caller's `fieldBase`.
 */
class PlainCsvKernel {
    fieldStarts;
    fieldEnds;
    recordFirstFields;
    recordLines;
    recordStarts;
    recordEnds;
    /** Checks on the fields of the last call's records, where they are. */
    cells;
    window;
    result;
    exports;
    constructor(exports) {
        this.exports = exports;
        const memory = exports.memory.buffer;
        const ints = (address, length) => new Int32Array(memory, address, length);
        this.window = new Uint8Array(memory, exports.window(), exports.window_bytes());
        this.fieldStarts = ints(exports.field_starts(), exports.max_fields());
        this.fieldEnds = ints(exports.field_ends(), exports.max_fields());
        const records = exports.max_records();
        this.recordFirstFields = ints(exports.record_first_fields(), records);
        this.recordLines = ints(exports.record_lines(), records);
        this.recordStarts = ints(exports.record_starts(), records);
        this.recordEnds = ints(exports.record_ends(), records);
        this.result = ints(exports.result(), 5);
        this.cells = new kernel_cells/* KernelCells */.N(exports, records);
    }
    /**
     * Reads the whole records of `bytes[from, to)`, which hold no quote, the first on line `line`,
     * as `ByteCsvScanner.scan` would; `final` says no bytes follow `to`. Stops at the first record start
     * at or after `stopAt`, after `maxRecords` records, or before a record it cannot read.
     */
    scan(bytes, from, to, final, line, stopAt, maxRecords, delimiter, maxRecordBytes, fieldBase) {
        // The kernel's offsets are 32-bit: a buffer past 2 GiB is left to the caller.
        if (to > INT32_MAX)
            return {
                next: from,
                line,
                records: 0,
                fields: 0,
                fewestFields: Number.POSITIVE_INFINITY,
                mostFields: 0,
                covered: false,
            };
        const length = Math.min(to - from, this.window.length);
        this.window.set(bytes.subarray(from, from + length));
        const next = this.exports.scan(length, final && from + length === to ? 1 : 0, delimiter, Math.min(maxRecordBytes, INT32_MAX), Math.min(stopAt - from, INT32_MAX), Math.min(maxRecords, INT32_MAX), from, line, fieldBase);
        const result = this.result;
        const records = result[0];
        return {
            next: from + next,
            line: result[2],
            records,
            fields: result[1],
            fewestFields: records > 0 ? result[3] : Number.POSITIVE_INFINITY,
            mostFields: result[4],
            covered: from + length === to,
        };
    }
}
/** `undefined`: not tried yet; `null`: this runtime cannot run it. */
let kernel;
/** The thread's kernel, compiled on first use; `undefined` where WebAssembly SIMD is not available. */
function plainCsvKernel() {
    if (kernel === undefined) {
        const wasm = globalThis.WebAssembly;
        try {
            if (wasm === undefined)
                throw new Error("no WebAssembly");
            const module = new wasm.Module(Buffer.from(csvScanWasmBase64, "base64"));
            kernel = new PlainCsvKernel(new wasm.Instance(module).exports);
        }
        catch {
            kernel = null;
        }
    }
    return kernel ?? undefined;
}


/***/ }),

/***/ 3177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BR: () => (/* binding */ CsvScanner),
/* harmony export */   P7: () => (/* binding */ REPLACEMENT_MARK),
/* harmony export */   Wu: () => (/* binding */ NUL_MARK)
/* harmony export */ });
const LF = 10;
const CR = 13;
const QUOTE = 34;
const NUL = 0;
const REPLACEMENT = 0xfffd;
/** A record cut by a chunk's end and longer than this waits for more text before it is scanned again. */
const RESCAN_FLOOR = 64 * 1024;
/** A U+FFFD in a field: the bytes were not valid UTF-8 (or the text holds the character itself). */
const REPLACEMENT_MARK = 1;
/** A NUL character in a field (binary data?). */
const NUL_MARK = 2;
/**
 * An incremental CSV record scanner over decoded text, with csv-parse's reading of RFC 4180 as the
 * reader used it (`relax_quotes`, `skip_empty_lines`, record delimiters CRLF / LF / CR, mixed): a field
 * opening with a quote runs to the closing quote, `""` inside it is one quote, and line breaks inside it
 * are kept; a quote elsewhere is a plain character; a closing quote followed by anything but a
 * delimiter or a line end keeps both quotes and the field goes on unquoted. Lines are counted while
 * scanning (`\r\n`, `\n` and a lone `\r` are one line each, inside quotes too), so each record knows the
 * line it starts on. csv-parse did the same job at about a third of our whole run time, mostly in
 * per-byte bookkeeping and a UTF-8 decode per field; here each chunk is decoded once and fields are
 * slices of it.
 *
 * A record cut by the end of a chunk is kept and scanned again, whole, with the next chunk (a long one
 * with the next chunks as long as itself). A record whose fields pass `maxRecordBytes` bytes of UTF-8
 * stops the scan (so does a quote still open at the end): the caller learns it from the returned
 * `ScanStop`.
 */
class CsvScanner {
    delimiter;
    maxRecordBytes;
    carry = "";
    carryLine = 1;
    first = true;
    waiting = [];
    waitingLength = 0;
    constructor(delimiter, maxRecordBytes) {
        if (delimiter.length !== 1)
            throw new Error(`the delimiter must be one character, not '${delimiter}'`);
        this.delimiter = delimiter.charCodeAt(0);
        this.maxRecordBytes = maxRecordBytes;
    }
    /** The line the next record starts on (or where reading stopped). */
    get line() {
        return this.carryLine;
    }
    /**
     * Scans `chunk` after what is left of the previous one, giving each complete record to `sink`;
     * `final` says no more text follows. Returns a `ScanStop` when the file cannot be read further.
     */
    push(chunk, final, sink) {
        if (this.carry.length > RESCAN_FLOOR || this.waiting.length > 0) {
            // A long record is scanned again only once the text after it is as long as it: linear, not
            // quadratic, in the length of a record that spans many chunks.
            this.waiting.push(chunk);
            this.waitingLength += chunk.length;
            if (!final && this.waitingLength < this.carry.length)
                return undefined;
            chunk = this.waiting.join("");
            this.waiting = [];
            this.waitingLength = 0;
        }
        let text = this.carry.length > 0 ? this.carry + chunk : chunk;
        if (this.first && text.length > 0) {
            this.first = false;
            if (text.charCodeAt(0) === 0xfeff)
                text = text.slice(1);
        }
        const n = text.length;
        const delimiter = this.delimiter;
        const max = this.maxRecordBytes;
        let i = 0;
        let line = this.carryLine;
        while (i < n) {
            const recordStart = i;
            const recordLine = line;
            let c = text.charCodeAt(i);
            if (c === LF) {
                line++;
                i++;
                continue;
            }
            if (c === CR) {
                if (i + 1 >= n && !final)
                    break;
                i += text.charCodeAt(i + 1) === LF ? 2 : 1;
                line++;
                continue;
            }
            const fields = [];
            let marks = 0;
            let units = 0;
            for (;;) {
                let prefix = "";
                let quoted = false;
                if (i < n && text.charCodeAt(i) === QUOTE) {
                    let segment = i + 1;
                    let search = segment;
                    for (;;) {
                        const close = text.indexOf('"', search);
                        const end = close === -1 ? n : close;
                        for (let k = search; k < end; k++) {
                            const code = text.charCodeAt(k);
                            if (code <= CR) {
                                if (code === LF)
                                    line++;
                                else if (code === CR && text.charCodeAt(k + 1) !== LF)
                                    line++;
                                else if (code === NUL)
                                    marks |= NUL_MARK;
                            }
                            else if (code === REPLACEMENT)
                                marks |= REPLACEMENT_MARK;
                        }
                        if (close === -1 || (close + 1 >= n && !final)) {
                            const partial = units + prefix.length + (n - segment);
                            if (partial > max)
                                return this.stop("record-too-long", recordLine);
                            if (!final) {
                                this.keep(text, recordStart, recordLine);
                                return undefined;
                            }
                            const rest = Buffer.byteLength(prefix) + Buffer.byteLength(text.slice(segment));
                            return this.stop(recordBytes(fields) + rest > max ? "record-too-long" : "unterminated-quote", recordLine);
                        }
                        if (text.charCodeAt(close + 1) === QUOTE) {
                            prefix += text.slice(segment, close + 1);
                            segment = close + 2;
                            search = segment;
                            continue;
                        }
                        prefix += text.slice(segment, close);
                        i = close + 1;
                        break;
                    }
                    c = i < n ? text.charCodeAt(i) : -1;
                    if (c === delimiter || c === LF || c === CR || c === -1)
                        quoted = true;
                    // csv-parse's relax_quotes: the quotes stay, and the rest of the field is read unquoted.
                    else
                        prefix = `"${prefix}"`;
                }
                if (quoted) {
                    fields.push(prefix);
                    units += prefix.length;
                }
                else {
                    const start = i;
                    for (; i < n; i++) {
                        const code = text.charCodeAt(i);
                        if (code === delimiter)
                            break;
                        if (code <= CR) {
                            if (code === LF || code === CR)
                                break;
                            if (code === NUL)
                                marks |= NUL_MARK;
                        }
                        else if (code === REPLACEMENT)
                            marks |= REPLACEMENT_MARK;
                    }
                    if (i >= n && !final) {
                        if (units + prefix.length + (i - start) > max)
                            return this.stop("record-too-long", recordLine);
                        this.keep(text, recordStart, recordLine);
                        return undefined;
                    }
                    const value = prefix.length > 0 ? prefix + text.slice(start, i) : text.slice(start, i);
                    fields.push(value);
                    units += value.length;
                }
                if (units > max)
                    return this.stop("record-too-long", recordLine);
                c = i < n ? text.charCodeAt(i) : -1;
                if (c === delimiter) {
                    i++;
                    continue;
                }
                if (c === CR) {
                    if (i + 1 >= n && !final) {
                        this.keep(text, recordStart, recordLine);
                        return undefined;
                    }
                    i += text.charCodeAt(i + 1) === LF ? 2 : 1;
                    line++;
                }
                else if (c === LF) {
                    i++;
                    line++;
                }
                break;
            }
            // UTF-8 takes at most 3 bytes per UTF-16 unit: only a record this long can pass the limit.
            if (units * 3 > max && recordBytes(fields) > max)
                return this.stop("record-too-long", recordLine);
            sink(fields, recordLine, marks);
        }
        if (i >= n) {
            this.carry = "";
            this.carryLine = line;
        }
        else
            this.keep(text, i, line);
        return undefined;
    }
    keep(text, from, line) {
        this.carry = text.slice(from);
        this.carryLine = line;
    }
    stop(kind, line) {
        this.carry = "";
        this.carryLine = line;
        return { kind, line };
    }
}
function recordBytes(fields) {
    let bytes = 0;
    for (const field of fields)
        bytes += Buffer.byteLength(field);
    return bytes;
}


/***/ }),

/***/ 3524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ detachedText)
/* harmony export */ });
/** V8 makes a slice of 13 characters or more a view of the text it was cut from. */
const SHORTEST_VIEW = 13;
/**
 * A copy of `text` that holds no larger text in memory. The CSV reader's fields are slices of a whole
 * decoded chunk (hundreds of KiB), cheap while rows stream by; a value kept for the whole run (in a
 * set of distinct values) would keep its chunk alive with it, and memory would grow with the file.
 * UTF-16 round trip: lossless, lone surrogates included.
 */
function detachedText(text) {
    return text.length < SHORTEST_VIEW ? text : Buffer.from(text, "utf16le").toString("utf16le");
}


/***/ }),

/***/ 4685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ takeLeftValues),
/* harmony export */   N: () => (/* binding */ KernelCells)
/* harmony export */ });
/** `countValues`' kinds of records left: an integer outside the page, a repeat, a value out of bounds. */
const OUTSIDE_PAGE = 1;
const REPEATED = 2;
const OUT_OF_BOUNDS = 4;
/** 32-bit words in a page of `DistinctValues` (32,768 integers). */
const PAGE_WORDS = 1024;
/**
 * Per-cell checks run in the WebAssembly kernel: the first passes of batch-plain-cells.ts and the
 * number reading of batch-numbers.ts on a batch whose records one kernel call read (`FieldBatch.cells`:
 * its bytes and field offsets are still there, so nothing is copied), and the moments, distinct-integer
 * page and bounds of numbers read (`countValues`, also for Parquet's decoded doubles). The loops need no
 * warming up (V8 compiles WebAssembly ahead; the JavaScript loops ran interpreted, then half-optimized,
 * for their first ~50 batches: ~50 ms of the 200 of a 1M-row file).
 *
 * The first passes take the batch's first field of the column, the fields a record and the records
 * (every record a row), and return the cells that plainly pass, the other records being the first
 * `count - passes` of `others`; or -1 when the batch does not fit the kernel's arrays (the caller then
 * checks it itself).
 */
class KernelCells {
    /** The other records of the last first pass, in order. */
    others;
    /** The numbers `readNumbers` read last, a row each (NaN: a cell not read). */
    values;
    /** What `countValues` left of each of its `others`: bits `OUTSIDE_PAGE`, `REPEATED`, `OUT_OF_BOUNDS`. */
    otherKinds;
    moments;
    page;
    exports;
    tables;
    tablesUsed = 0;
    /** `maxRecords`: the most records a kernel call reads (the room in `others`). */
    constructor(exports, maxRecords) {
        this.exports = exports;
        const memory = exports.memory.buffer;
        this.others = new Int32Array(memory, exports.cell_others(), maxRecords);
        this.values = new Float64Array(memory, exports.cell_values(), maxRecords);
        this.otherKinds = new Uint8Array(memory, exports.cell_other_kinds(), maxRecords);
        this.moments = new Float64Array(memory, exports.cell_moments(), 5);
        this.page = new Uint32Array(memory, exports.cell_page(), PAGE_WORDS);
        this.tables = new Int32Array(memory, exports.cell_tables(), exports.cell_table_words());
    }
    /** Copies `words` into the kernel's table space for good: their word offset, or undefined when full. */
    place(words) {
        const at = this.tablesUsed;
        if (at + words.length > this.tables.length)
            return undefined;
        this.tables.set(words, at);
        this.tablesUsed = at + words.length;
        return at;
    }
    /** `plainIntegers` (the bytes at field offsets less `base`). */
    plainIntegers(base, first, width, count, low, high) {
        return this.exports.plain_integers(base, first, width, count, low, high);
    }
    /** `plainDecimals`. */
    plainDecimals(base, first, width, count, low, high) {
        return this.exports.plain_decimals(base, first, width, count, low, high);
    }
    /**
     * The column's numbers as `readShortInteger` (`fraction` false) or `readShortNumber` reads them, into
     * `values`; with `moments`, each added to them in order, as `Moments.update` adds it. Returns 0; 1
     * when a cell was not read (NaN), with `moments` untouched; -1 (as above).
     */
    readNumbers(base, first, width, count, fraction, moments) {
        if (moments !== undefined)
            this.holdMoments(moments);
        const keep = moments === undefined ? 0 : 1;
        const read = fraction
            ? this.exports.read_decimals(base, first, width, count, keep)
            : this.exports.read_integers(base, first, width, count, keep);
        if (read === 0 && moments !== undefined)
            this.takeMoments(moments);
        return read;
    }
    /**
     * The rest of what `valueCells` (or `doubleCells`) does with each of `values[0, count)`, in order:
     * added to `moments` when given (the CSV path adds them as it reads), marked in `page` (a
     * `DistinctValues.firstPage`; integers outside it are left, as `OUTSIDE_PAGE`), and counted when in
     * `[low, high]`. The records left for the caller (`others` of them) are in `others`, with what in
     * `otherKinds`. `require`: each value must be finite (`"finite"`) or an integer (`"integer"`), else
     * nothing changes and undefined is returned. Returns the passes, the integers seen first and the
     * count of others.
     */
    countValues(count, low, high, page, moments, require) {
        if (page !== undefined)
            this.page.set(page.bits);
        if (moments !== undefined)
            this.holdMoments(moments);
        const passes = this.exports.count_values(count, low, high, page === undefined ? 0 : 1, page?.first ?? 0, moments === undefined ? 0 : 1, require === undefined ? 0 : require === "finite" ? 1 : 2);
        if (passes < 0)
            return undefined;
        if (page !== undefined)
            page.bits.set(this.page);
        if (moments !== undefined)
            this.takeMoments(moments);
        return {
            passes,
            firstSightings: this.exports.cell_first_sightings(),
            others: this.exports.cell_other_count(),
        };
    }
    holdMoments(moments) {
        const state = this.moments;
        state[0] = moments.count;
        state[1] = moments.mean;
        state[2] = moments.m2;
        state[3] = moments.min;
        state[4] = moments.max;
    }
    takeMoments(moments) {
        const state = this.moments;
        moments.count = state[0];
        moments.mean = state[1];
        moments.m2 = state[2];
        moments.min = state[3];
        moments.max = state[4];
    }
    /** `plainMatches` with an automaton placed at `table` (start row premultiplied, a word a row at `accepting`). */
    plainDfa(base, first, width, count, table, start, accepting) {
        return this.exports.plain_dfa(base, first, width, count, table, start, accepting);
    }
    /** `plainMatches` with a fixed-length pattern: its byte classes at `classes`, then its automaton. */
    plainFixed(base, first, width, count, classes, length, dfa) {
        return this.exports.plain_fixed(base, first, width, count, classes, length, dfa.table, dfa.start, dfa.accepting);
    }
}
/**
 * Takes, in order, the `count` records `countValues` left in `cells.others`: an integer outside the
 * page is added to `seen` (its repeat told to `repeated`), a repeat is told to `repeated`, a value out
 * of bounds to `outOfBounds`, each with the record's index and value. Returns the integers added first.
 */
function takeLeftValues(cells, count, seen, repeated, outOfBounds) {
    const { others, otherKinds, values } = cells;
    let added = 0;
    for (let j = 0; j < count; j++) {
        const k = others[j];
        const kinds = otherKinds[j];
        const value = values[k];
        if ((kinds & OUTSIDE_PAGE) !== 0) {
            if (seen.addNumber(value))
                added++;
            else
                repeated(k, value);
        }
        if ((kinds & REPEATED) !== 0)
            repeated(k, value);
        if ((kinds & OUT_OF_BOUNDS) !== 0)
            outOfBounds(k, value);
    }
    return added;
}


/***/ }),

/***/ 1017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ quantileSorted),
/* harmony export */   u: () => (/* binding */ NumberBuffer)
/* harmony export */ });
/**
 * The q-quantile of sorted values with linear interpolation between closest ranks (Hyndman & Fan 1996,
 * definition 7: numpy's and pandas' default). NaN for an empty sample.
 */
function quantileSorted(sorted, q) {
    const n = sorted.length;
    if (n === 0)
        return Number.NaN;
    const position = (n - 1) * q;
    const below = Math.floor(position);
    const above = Math.min(below + 1, n - 1);
    const low = sorted[below] ?? Number.NaN;
    const high = sorted[above] ?? Number.NaN;
    return low + (high - low) * (position - below);
}
/** A growable Float64Array: 8 bytes a value, for the exact median and quantiles. */
class NumberBuffer {
    data = new Float64Array(1024);
    length = 0;
    push(value) {
        if (this.length === this.data.length) {
            const grown = new Float64Array(this.data.length * 2);
            grown.set(this.data);
            this.data = grown;
        }
        this.data[this.length++] = value;
    }
    /** A copy of the values, in the order pushed. */
    values() {
        return this.data.slice(0, this.length);
    }
    sorted() {
        return this.data.subarray(0, this.length).sort();
    }
}


/***/ }),

/***/ 2498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _y: () => (/* binding */ shortDecimal),
/* harmony export */   d7: () => (/* binding */ NOT_SHORT),
/* harmony export */   rs: () => (/* binding */ shortDecimalBytes)
/* harmony export */ });
/**
 * `shortDecimal`/`shortDecimalBytes` could not decide (more than 15 digits, an exponent, a long text): parse
 * the text with a regular expression and `Number`. (-1.5 itself also reads as this and takes the long way.)
 */
const NOT_SHORT = -1.5;
const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
const PLUS = 43;
const MINUS = 45;
const ZERO = 48;
/**
 * The value of the bytes `[start, end)` when they spell `[+-]?digits[.digits]` with at most 15 digits,
 * read straight from the bytes (no string made): the digits as an exact integer divided by an exact power
 * of ten, one correctly rounded operation, so the result is the one `Number()` gives (Clinger's fast
 * path). `undefined` when the bytes are not a number (a fraction only when `fraction`); `NOT_SHORT` when
 * they may be one this does not read, so the caller asks `parseInteger`/`parseDecimal` on the text. The
 * same decisions as `value.ts`'s reading of a string, byte for character: a non-ASCII byte is never a
 * digit, and a text longer than 17 bytes is always left to the text parser.
 */
function shortDecimalBytes(bytes, start, end, fraction) {
    const length = end - start;
    if (length <= 0 || length > 17)
        return length <= 0 ? undefined : NOT_SHORT;
    let i = start;
    const first = bytes[i];
    const negative = first === MINUS;
    if (negative || first === PLUS)
        i++;
    let mantissa = 0;
    let digits = 0;
    let point = -1;
    for (; i < end; i++) {
        const code = bytes[i] - ZERO;
        if (code >= 0 && code <= 9) {
            mantissa = mantissa * 10 + code;
            digits++;
        }
        else if (code === -2 && fraction && point === -1)
            point = digits;
        else
            return code === 53 || code === 21 ? NOT_SHORT : undefined; // e or E: an exponent
    }
    if (digits === 0)
        return undefined;
    if (digits > 15)
        return NOT_SHORT;
    const value = point === -1 ? mantissa : mantissa / (POWERS_OF_TEN[digits - point] ?? 1);
    return negative ? -value : value;
}
/**
 * The value of `[+-]?digits[.digits]` with at most 15 digits, read from character codes because
 * numeric columns are read once per row: digits as an exact integer divided by an exact power of ten,
 * one correctly rounded operation, so the result is the one `Number()` gives (Clinger's fast path).
 * `undefined` when the text is not a number of that shape (a fraction only when `fraction`), and
 * `NOT_SHORT` when it may be a number this does not read (more digits, an exponent).
 */
function shortDecimal(text, fraction) {
    const length = text.length;
    if (length === 0 || length > 17)
        return length === 0 ? undefined : NOT_SHORT;
    let i = 0;
    let code = text.charCodeAt(0);
    const negative = code === 45;
    if (negative || code === 43)
        i = 1;
    let mantissa = 0;
    let digits = 0;
    let point = -1;
    for (; i < length; i++) {
        code = text.charCodeAt(i) - 48;
        if (code >= 0 && code <= 9) {
            mantissa = mantissa * 10 + code;
            digits++;
        }
        else if (code === -2 && fraction && point === -1)
            point = digits;
        else
            return code === 53 || code === 21 ? NOT_SHORT : undefined; // e or E: an exponent
    }
    if (digits === 0)
        return undefined;
    if (digits > 15)
        return NOT_SHORT;
    const value = point === -1 ? mantissa : mantissa / (POWERS_OF_TEN[digits - point] ?? 1);
    return negative ? -value : value;
}


/***/ }),

/***/ 7522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pC: () => (/* binding */ describeRange),
  r4: () => (/* binding */ inRange),
  Ni: () => (/* binding */ valueRules)
});

;// CONCATENATED MODULE: ./packages/data/src/byte-dfa.ts
/** Key of the state that matches nothing more (also the index of its row). */
const DEAD = 0;
/** Key of the state where the bytes must be decoded and given to the RegExp (a non-ASCII byte). */
const UNDECIDED = -1;
const UNDECIDED_ROW = 1;
/**
 * A deterministic automaton on bytes: from the state in row `s`, byte `b` leads to the row
 * `table[s * 256 + b] / 256` (rows are stored premultiplied), one load a byte. Row 0 is the dead state
 * and row 1 the undecided one, where the text is given to `fallback` instead.
 */
class ByteDfa {
    table;
    accepting;
    start;
    fallback;
    placed;
    placedIn;
    constructor(table, accepting, start, fallback) {
        this.table = table;
        this.accepting = accepting;
        this.start = start;
        this.fallback = fallback;
    }
    /**
     * Builds the automaton of the states reachable from `start` (a key; `DEAD` is the empty state) with
     * `next(key, byte)`, whose accepting states are those `accepts` says. Undefined past `maxStates`.
     */
    static build(start, next, accepts, fallback, maxStates) {
        const rows = new Map([
            [DEAD, 0],
            [UNDECIDED, UNDECIDED_ROW],
        ]);
        const keys = [DEAD, UNDECIDED];
        const rowOf = (key) => {
            let row = rows.get(key);
            if (row === undefined) {
                if (keys.length >= maxStates)
                    return undefined;
                row = keys.length;
                rows.set(key, row);
                keys.push(key);
            }
            return row;
        };
        const startRow = rowOf(start);
        if (startRow === undefined)
            return undefined;
        const transitions = new Array(512).fill(0);
        for (let undecided = 0; undecided < 256; undecided++)
            transitions[256 + undecided] = UNDECIDED_ROW * 256;
        for (let row = 2; row < keys.length; row++) {
            const key = keys[row];
            for (let byte = 0; byte < 256; byte++) {
                const target = rowOf(next(key, byte));
                if (target === undefined)
                    return undefined;
                transitions[row * 256 + byte] = target * 256;
            }
        }
        const accepting = new Uint8Array(keys.length);
        keys.forEach((key, row) => {
            accepting[row] = key !== UNDECIDED && accepts(key) ? 1 : 0;
        });
        return new ByteDfa(Int32Array.from(transitions), accepting, startRow * 256, fallback);
    }
    /** `ByteTest.countInKernel`: `matches` on each cell, in the kernel. */
    countInKernel(cells, base, first, width, count) {
        const placed = this.placeIn(cells);
        return placed
            ? cells.plainDfa(base, first, width, count, placed.table, placed.start, placed.accepting)
            : -1;
    }
    /** Where this automaton's tables are in `cells`' table space (copied there first), or null without room. */
    placeIn(cells) {
        if (this.placed === undefined || this.placedIn !== cells) {
            const table = cells.place(this.table);
            const accepting = table === undefined ? undefined : cells.place(Int32Array.from(this.accepting));
            this.placed =
                table === undefined || accepting === undefined ? null : { table, start: this.start, accepting };
            this.placedIn = cells;
        }
        return this.placed;
    }
    /** True when the bytes `[start, end)` are accepted (or, past a non-ASCII byte, match the fallback). */
    matches(bytes, start, end) {
        const table = this.table;
        let state = this.start;
        for (let i = start; i < end && state > UNDECIDED_ROW * 256; i++) {
            state = table[state + bytes[i]];
        }
        if (state === UNDECIDED_ROW * 256) {
            return this.fallback.test(bytes.toString("utf8", start, end));
        }
        return this.accepting[state >>> 8] === 1;
    }
}
/**
 * The automaton of "the bytes spell one of `texts`" (`member`) or "none of them" (not `member`): a
 * trie of their UTF-8 bytes. Undefined when it would have more than `maxStates` states.
 */
function textsDfa(texts, member, maxStates) {
    // Node 1 is the root; 0 (DEAD) is "no text starts so".
    const children = [new Map(), new Map()];
    const ends = [false, false];
    for (const text of texts) {
        let node = 1;
        for (const byte of Buffer.from(text)) {
            let child = children[node]?.get(byte);
            if (child === undefined) {
                child = children.length;
                children.push(new Map());
                ends.push(false);
                children[node]?.set(byte, child);
            }
            node = child;
        }
        ends[node] = true;
    }
    if (children.length > maxStates)
        return undefined;
    return ByteDfa.build(1, (node, byte) => children[node]?.get(byte) ?? DEAD, (node) => (ends[node] ?? false) === member, undefined, maxStates);
}

;// CONCATENATED MODULE: ./packages/data/src/byte-fixed-pattern.ts
/**
 * A pattern of fixed length (`[A-Z]{2}-\d{4}`: no optional part) on bytes: a text of that many ASCII
 * bytes, each in its position's class, matches, and is found so with one independent table load a
 * byte, where the automaton loads a byte's next state from the previous one's. Any other text is left
 * to the automaton, which answers as the RegExp does.
 */
class FixedLengthPattern {
    length;
    /** Byte `b` at position `j` is in its class when `classes[j * 256 + b]` is 1 (never for non-ASCII). */
    classes;
    dfa;
    /** Where `classes` are in the kernel's table space (-1: no room), once copied there. */
    classesAt = -1;
    classesIn;
    /** `codes[j]`: the ASCII codes position `j` takes (1 for each member, of 128). */
    constructor(codes, dfa) {
        this.length = codes.length;
        this.classes = new Uint8Array(codes.length * 256);
        codes.forEach((members, j) => {
            for (let code = 0; code < 128; code++)
                this.classes[j * 256 + code] = members[code] ? 1 : 0;
        });
        this.dfa = dfa;
    }
    /** `ByteTest.countInKernel`: `matches` on each cell, in the kernel. */
    countInKernel(cells, base, first, width, count) {
        if (this.classesIn !== cells) {
            const words = new Int32Array(this.classes.buffer, this.classes.byteOffset, this.classes.length / 4);
            this.classesAt = cells.place(words) ?? -1;
            this.classesIn = cells;
        }
        const dfa = this.dfa.placeIn(cells);
        if (this.classesAt < 0 || dfa === null)
            return -1;
        return cells.plainFixed(base, first, width, count, this.classesAt, this.length, dfa);
    }
    matches(bytes, start, end) {
        if (end - start === this.length) {
            const classes = this.classes;
            let all = 1;
            for (let j = 0; j < this.length; j++)
                all &= classes[j * 256 + bytes[start + j]];
            if (all === 1)
                return true;
        }
        return this.dfa.matches(bytes, start, end);
    }
}

;// CONCATENATED MODULE: ./packages/data/src/byte-pattern.ts


/** Expanded atoms past this many do not fit the state bits (31 of them, and the accepting state). */
const MAX_ATOMS = 30;
/** Automaton states past this many (1 KiB each) leave the pattern to the RegExp. */
const MAX_STATES = 256;
const DIGITS = [[48, 57]];
const WORD = [
    [48, 57],
    [65, 90],
    [95, 95],
    [97, 122],
];
/** `\s` on ASCII: tab, line feed, vertical tab, form feed, carriage return, space. */
const SPACE = [
    [9, 13],
    [32, 32],
];
const SPECIAL = new Set("\\^$.|?*+()[]{}/".split(""));
/**
 * The byte automaton of a schema `pattern` (a JavaScript RegExp anchored as `^(?:...)$`), when its
 * source is a plain sequence of characters, classes (`[A-Z]`, `\d`, `\w`, `\s`, `.`) and quantifiers
 * (`?`, `*`, `+`, `{n}`, `{n,m}`): the usual shape of codes and ids. Made from the pattern's
 * one-bit-an-atom automaton (shift-and) by the subset construction. A cell with a non-ASCII byte is
 * decoded and given to the RegExp, so every answer is the RegExp's.
 */
function patternDfa(pattern) {
    const atoms = patternAtoms(pattern);
    return atoms && atomsDfa(atoms, pattern);
}
/**
 * `patternDfa`, for a pattern of fixed length (no optional part) behind a `FixedLengthPattern`, which
 * reads the usual text faster: the byte test of a schema `pattern`.
 */
function patternTest(pattern) {
    const atoms = patternAtoms(pattern);
    const dfa = atoms && atomsDfa(atoms, pattern);
    if (!atoms || !dfa || atoms.length === 0 || atoms.some((atom) => atom.optional))
        return dfa;
    return new FixedLengthPattern(atoms.map((atom) => atom.codes), dfa);
}
/** The atoms of an anchored pattern (`^(?:...)$`), or undefined when it has another shape. */
function patternAtoms(pattern) {
    const source = pattern.source;
    if (pattern.flags !== "" || !source.startsWith("^(?:") || !source.endsWith(")$"))
        return undefined;
    return parseAtoms(source.slice(4, -2));
}
function atomsDfa(atoms, pattern) {
    const takes = new Int32Array(128);
    let optional = 0;
    let repeats = 0;
    atoms.forEach((atom, i) => {
        for (let code = 0; code < 128; code++)
            if (atom.codes[code])
                takes[code] = takes[code] | (1 << i);
        if (atom.optional)
            optional |= 1 << i;
        if (atom.repeats)
            repeats |= 1 << i;
    });
    const accepting = 1 << atoms.length;
    /** The states plus those reached by skipping optional atoms. */
    const closure = (states) => {
        for (;;) {
            const next = states | ((states & optional) << 1);
            if (next === states)
                return states;
            states = next;
        }
    };
    const next = (states, byte) => {
        if (byte >= 128)
            return UNDECIDED;
        const moved = states & takes[byte];
        return moved === 0 ? DEAD : closure((moved << 1) | (moved & repeats));
    };
    return ByteDfa.build(closure(1), next, (states) => (states & accepting) !== 0, pattern, MAX_STATES);
}
/** The atoms of a pattern source, each quantifier expanded; undefined when the source has another shape. */
function parseAtoms(source) {
    const atoms = [];
    let i = 0;
    while (i < source.length) {
        const char = source[i];
        let codes;
        if (char === "[") {
            const end = source.indexOf("]", i + 1);
            if (end === -1)
                return undefined;
            codes = parseClass(source.slice(i + 1, end));
            i = end + 1;
        }
        else if (char === "\\") {
            codes = escapeCodes(source[i + 1]);
            i += 2;
        }
        else if (char === ".") {
            codes = codeSet([[0, 127]]);
            codes[10] = 0;
            codes[13] = 0;
            i++;
        }
        else if (!SPECIAL.has(char) && char.charCodeAt(0) < 128) {
            codes = codeSet([[char.charCodeAt(0), char.charCodeAt(0)]]);
            i++;
        }
        if (codes === undefined)
            return undefined;
        const quantifier = /^(?:\?|\*|\+|\{(\d{1,2})(,(\d{0,2}))?\})/.exec(source.slice(i));
        let least = 1;
        let most = 1;
        if (quantifier) {
            const [text, low, comma, high] = quantifier;
            i += text.length;
            if (text === "?")
                [least, most] = [0, 1];
            else if (text === "*")
                [least, most] = [0, Number.POSITIVE_INFINITY];
            else if (text === "+")
                [least, most] = [1, Number.POSITIVE_INFINITY];
            else {
                least = Number(low);
                most = comma === undefined ? least : high === "" ? Number.POSITIVE_INFINITY : Number(high);
            }
            // A lazy or possessive-looking suffix, or a quantifier after a quantifier: left to the RegExp.
            if (most < least || /^[?*+{]/.test(source.slice(i)))
                return undefined;
        }
        for (let n = 0; n < least; n++)
            atoms.push({ codes, optional: false, repeats: false });
        if (most === Number.POSITIVE_INFINITY)
            atoms.push({ codes, optional: true, repeats: true });
        else
            for (let n = least; n < most; n++)
                atoms.push({ codes, optional: true, repeats: false });
        if (atoms.length > MAX_ATOMS)
            return undefined;
    }
    return atoms;
}
/** The inside of `[...]`: characters, ranges and `\d`/`\w`/`\s`, maybe negated. */
function parseClass(inside) {
    const negated = inside.startsWith("^");
    const body = negated ? inside.slice(1) : inside;
    if (body === "" || body.includes("["))
        return undefined;
    const codes = new Uint8Array(128);
    let i = 0;
    const single = () => {
        const char = body[i];
        if (char === "\\") {
            const next = body[i + 1];
            i += 2;
            return next !== undefined && /[^\w\s]/.test(next) && next.charCodeAt(0) < 128 ? next.charCodeAt(0) : -1;
        }
        i++;
        return char.charCodeAt(0) < 128 ? char.charCodeAt(0) : undefined;
    };
    while (i < body.length) {
        if (body[i] === "\\" && /[dws]/.test(body[i + 1] ?? "")) {
            const set = escapeCodes(body[i + 1]);
            for (let code = 0; code < 128; code++)
                codes[code] = codes[code] | set[code];
            i += 2;
            continue;
        }
        const low = single();
        if (low === undefined || low < 0)
            return undefined;
        let high = low;
        if (body[i] === "-" && i + 1 < body.length) {
            i++;
            if (body[i] === "\\" && /[dwsDWS]/.test(body[i + 1] ?? ""))
                return undefined;
            const end = single();
            if (end === undefined || end < low)
                return undefined;
            high = end;
        }
        for (let code = low; code <= high; code++)
            codes[code] = 1;
    }
    if (negated)
        for (let code = 0; code < 128; code++)
            codes[code] = codes[code] ? 0 : 1;
    return codes;
}
/** The codes of `\` followed by `letter`: a class escape or an escaped punctuation character. */
function escapeCodes(letter) {
    if (letter === undefined)
        return undefined;
    const classes = { d: DIGITS, w: WORD, s: SPACE };
    const lower = letter.toLowerCase();
    const ranges = classes[lower];
    if (ranges) {
        const codes = codeSet(ranges);
        if (letter !== lower)
            for (let code = 0; code < 128; code++)
                codes[code] = codes[code] ? 0 : 1;
        return codes;
    }
    const code = letter.charCodeAt(0);
    return /[^\w\s]/.test(letter) && code < 128 ? codeSet([[code, code]]) : undefined;
}
function codeSet(ranges) {
    const codes = new Uint8Array(128);
    for (const [low, high] of ranges)
        for (let code = low; code <= high; code++)
            codes[code] = 1;
    return codes;
}

// EXTERNAL MODULE: ./packages/data/src/byte-texts.ts
var byte_texts = __webpack_require__(5415);
// EXTERNAL MODULE: ./packages/data/src/check-result.ts
var check_result = __webpack_require__(9434);
;// CONCATENATED MODULE: ./packages/data/src/string-formats.ts
// Deliberately practical rather than RFC-complete: what a data contract means by "an email" or "a URL".
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
/** True when `value` has the format: an email address, a UUID, an absolute http(s)/ftp URL, an IPv4 address. */
function matchesFormat(value, format) {
    switch (format) {
        case "email":
            return EMAIL.test(value);
        case "uuid":
            return UUID.test(value);
        case "ipv4":
            return IPV4.test(value);
        case "url":
            return isUrl(value);
    }
}
function isUrl(value) {
    if (!URL.canParse(value))
        return false;
    const url = new URL(value);
    return ["http:", "https:", "ftp:"].includes(url.protocol) && url.hostname !== "";
}

// EXTERNAL MODULE: ./packages/data/src/value.ts
var src_value = __webpack_require__(4791);
;// CONCATENATED MODULE: ./packages/data/src/value-rules.ts






/** Lists with more automaton states than this (1 KiB each) are matched by `ByteMembership`. */
const MAX_LIST_STATES = 256;
/** `in` (`wanted`) or `not-in` (not `wanted`) on bytes, for long lists. */
class ByteMembership {
    texts;
    wanted;
    constructor(texts, wanted) {
        this.texts = new byte_texts/* ByteTexts */.p(texts);
        this.wanted = wanted;
    }
    matches(bytes, start, end) {
        return this.texts.has(bytes, start, end) === this.wanted;
    }
}
/** `length` on bytes: valid UTF-8 has one code point per byte that is not a continuation byte. */
class ByteLength {
    range;
    constructor(range) {
        this.range = range;
    }
    matches(bytes, start, end) {
        let count = 0;
        for (let i = start; i < end; i++)
            if ((bytes[i] & 0xc0) !== 0x80)
                count++;
        return inRange(count, this.range);
    }
}
/** `in`/`not-in` on bytes: an automaton (a trie) for a short list, a search by length for a long one. */
function membership(values, wanted) {
    // A text cell is never equal to a number or a boolean in the list: only the texts can match bytes.
    const texts = values.filter((value) => typeof value === "string");
    return textsDfa(texts, wanted, MAX_LIST_STATES) ?? new ByteMembership(texts, wanted);
}
/** The value checks of a column, in the order the report lists them. */
function valueRules(spec, maxExamples) {
    const type = spec.type ?? "string";
    const rules = [];
    const add = (check, expected, test, extra = {}) => rules.push({ check, expected, test, tally: new check_result/* Tally */.F0(maxExamples), ...extra });
    const show = (value) => (0,src_value/* formatTyped */._7)(value, type);
    const { min, max, pattern, length, format } = spec;
    // Dates are day numbers: their bounds are numbers too.
    const numeric = type === "integer" || type === "number" || type === "date";
    if (min !== undefined) {
        const bounds = numeric && typeof min === "number" ? [min, Number.POSITIVE_INFINITY] : undefined;
        add("min", `>= ${show(min)}`, (value) => value >= min, bounds && { bounds });
    }
    if (max !== undefined) {
        const bounds = numeric && typeof max === "number" ? [Number.NEGATIVE_INFINITY, max] : undefined;
        add("max", `<= ${show(max)}`, (value) => value <= max, bounds && { bounds });
    }
    if (spec.in) {
        const allowed = new Set(spec.in);
        add("in", `in [${spec.in.map(show).join(", ")}]`, (value) => allowed.has(value), {
            byteTest: membership(spec.in, true),
        });
    }
    if (spec.notIn) {
        const forbidden = new Set(spec.notIn);
        add("not-in", `not in [${spec.notIn.map(show).join(", ")}]`, (value) => !forbidden.has(value), {
            byteTest: membership(spec.notIn, false),
        });
    }
    if (pattern) {
        const byteTest = patternTest(pattern);
        add("pattern", `matching /${pattern.source.slice(4, -2)}/`, (value) => pattern.test(String(value)), byteTest && { byteTest });
    }
    if (length)
        add("length", `of length ${describeRange(length)}`, (value) => inRange(codePoints(String(value)), length), { byteTest: new ByteLength(length) });
    if (format)
        add("format", `in ${format} format`, (value) => matchesFormat(String(value), format));
    const dateFormat = spec.dateFormat;
    if (dateFormat && type !== "date") {
        add("format", `in ${dateFormat} date format`, (value) => (0,src_value/* parseDate */._U)(String(value), dateFormat) !== undefined);
    }
    return rules;
}
function inRange(value, range) {
    return (range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max);
}
function describeRange(range) {
    if (range.min !== undefined && range.max !== undefined) {
        return range.min === range.max ? `= ${range.min}` : `in [${range.min}, ${range.max}]`;
    }
    if (range.min !== undefined)
        return `>= ${range.min}`;
    if (range.max !== undefined)
        return `<= ${range.max}`;
    return "any";
}
/** Length in Unicode code points (a surrogate pair is one character), without allocating. */
function codePoints(text) {
    let count = text.length;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code >= 0xdc00 && code <= 0xdfff)
            count--;
    }
    return count;
}


/***/ }),

/***/ 4791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ parseDecimal),
/* harmony export */   Hd: () => (/* binding */ daysFromCivil),
/* harmony export */   Kn: () => (/* binding */ DATE_FORMATS),
/* harmony export */   RA: () => (/* binding */ DATE_LAYOUTS),
/* harmony export */   RO: () => (/* binding */ COLUMN_TYPES),
/* harmony export */   X7: () => (/* binding */ parseDatetime),
/* harmony export */   _2: () => (/* binding */ toTyped),
/* harmony export */   _7: () => (/* binding */ formatTyped),
/* harmony export */   _U: () => (/* binding */ parseDate),
/* harmony export */   cG: () => (/* binding */ parseInteger),
/* harmony export */   x_: () => (/* binding */ DAYS_IN_MONTH),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* harmony import */ var _short_decimal_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2498);

/** The column types a schema can declare. */
const COLUMN_TYPES = [
    "integer",
    "number",
    "string",
    "boolean",
    "date",
    "datetime",
    "category",
];
const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const TRUE_WORDS = new Set(["true", "1"]);
const FALSE_WORDS = new Set(["false", "0"]);
function parseInteger(value) {
    if (typeof value === "number")
        return Number.isInteger(value) ? value : undefined;
    if (typeof value !== "string")
        return undefined;
    const fast = (0,_short_decimal_js__WEBPACK_IMPORTED_MODULE_0__/* .shortDecimal */ ._y)(value, false);
    if (fast !== _short_decimal_js__WEBPACK_IMPORTED_MODULE_0__/* .NOT_SHORT */ .d7)
        return fast;
    return INTEGER.test(value) ? finite(Number(value)) : undefined;
}
function parseDecimal(value) {
    if (typeof value === "number")
        return Number.isFinite(value) ? value : undefined;
    if (typeof value !== "string")
        return undefined;
    const fast = (0,_short_decimal_js__WEBPACK_IMPORTED_MODULE_0__/* .shortDecimal */ ._y)(value, true);
    if (fast !== _short_decimal_js__WEBPACK_IMPORTED_MODULE_0__/* .NOT_SHORT */ .d7)
        return fast;
    return DECIMAL.test(value) ? finite(Number(value)) : undefined;
}
/** A number too large for a double (`1e400`, 400 digits) reads as Infinity: it is not a value of the type. */
function finite(value) {
    return Number.isFinite(value) ? value : undefined;
}
/** `true`/`false` in any case, or `1`/`0`. */
function parseBoolean(value) {
    if (typeof value === "boolean")
        return value;
    const word = String(value).toLowerCase();
    if (TRUE_WORDS.has(word))
        return true;
    if (FALSE_WORDS.has(word))
        return false;
    return undefined;
}
const DATE_FORMATS = [
    "YYYY-MM-DD",
    "YYYY/MM/DD",
    "YYYYMMDD",
    "DD/MM/YYYY",
    "MM/DD/YYYY",
    "DD.MM.YYYY",
];
const DATE_LAYOUTS = {
    "YYYY-MM-DD": { length: 10, year: 0, month: 5, day: 8, separators: "4-7-" },
    "YYYY/MM/DD": { length: 10, year: 0, month: 5, day: 8, separators: "4/7/" },
    YYYYMMDD: { length: 8, year: 0, month: 4, day: 6, separators: "" },
    "DD/MM/YYYY": { length: 10, year: 6, month: 3, day: 0, separators: "2/5/" },
    "MM/DD/YYYY": { length: 10, year: 6, month: 0, day: 3, separators: "2/5/" },
    "DD.MM.YYYY": { length: 10, year: 6, month: 3, day: 0, separators: "2.5." },
};
const DAY_MS = 86_400_000;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/**
 * A calendar date in the given layout as days since 1970-01-01; impossible dates (Feb 30) fail. Parsed
 * by character codes without allocating, because date columns are read once per row.
 */
function parseDate(value, format = "YYYY-MM-DD") {
    if (typeof value !== "string")
        return undefined;
    const layout = DATE_LAYOUTS[format];
    if (value.length !== layout.length)
        return undefined;
    const { separators } = layout;
    for (let i = 0; i < separators.length; i += 2) {
        if (value[Number(separators[i])] !== separators[i + 1])
            return undefined;
    }
    const year = digits(value, layout.year, 4);
    const month = digits(value, layout.month, 2);
    const day = digits(value, layout.day, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1)
        return undefined;
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const monthDays = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
    if (day > monthDays)
        return undefined;
    return daysFromCivil(year, month, day);
}
/** The number written by `length` digits at `start`, or -1 if any is not a digit. */
function digits(text, start, length) {
    let value = 0;
    for (let i = start; i < start + length; i++) {
        const code = text.charCodeAt(i) - 48;
        if (code < 0 || code > 9)
            return -1;
        value = value * 10 + code;
    }
    return value;
}
/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms"). */
function daysFromCivil(year, month, day) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
}
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/;
/**
 * An ISO 8601 date-time (`2024-05-01T13:45:00Z`, a space instead of `T`, optional seconds, fraction and
 * offset; no offset means UTC) as milliseconds since the epoch; out-of-range fields fail.
 */
function parseDatetime(value) {
    if (typeof value !== "string")
        return undefined;
    const match = DATETIME.exec(value);
    if (!match)
        return undefined;
    const [, y, mo, d, h, mi, s, fraction, zone] = match;
    const day = parseDate(`${y}-${mo}-${d}`);
    const hours = Number(h);
    const minutes = Number(mi);
    const seconds = Number(s ?? 0);
    if (day === undefined || hours > 23 || minutes > 59 || seconds > 60)
        return undefined;
    const millis = fraction ? Number(`0.${fraction}`) * 1000 : 0;
    let offsetMinutes = 0;
    if (zone && zone !== "Z") {
        const digits = zone.replace(":", "");
        offsetMinutes =
            (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5))) * (digits[0] === "-" ? -1 : 1);
    }
    return day * DAY_MS + ((hours * 60 + minutes - offsetMinutes) * 60 + seconds) * 1000 + millis;
}
/** Converts a non-null cell to the column type, or `undefined` when it is not of that type. */
function toTyped(value, type, dateFormat) {
    switch (type) {
        case "integer":
            return parseInteger(value);
        case "number":
            return parseDecimal(value);
        case "boolean":
            return parseBoolean(value);
        case "date":
            return parseDate(value, dateFormat);
        case "datetime":
            return parseDatetime(value);
        case "string":
        case "category":
            return typeof value === "string" ? value : String(value);
    }
}
/** How a typed value is shown back to people: dates as dates, not day numbers. */
function formatTyped(value, type) {
    if (typeof value !== "number")
        return String(value);
    if (type === "date")
        return new Date(value * DAY_MS).toISOString().slice(0, 10);
    if (type === "datetime")
        return new Date(value).toISOString();
    return String(value);
}


/***/ }),

/***/ 5743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W: () => (/* binding */ Moments)
});

;// CONCATENATED MODULE: ./packages/stats/src/errors.ts
/** Thrown for input a statistic cannot be computed on; the message is one line saying what is wrong. */
class StatsInputError extends RangeError {
    name = "StatsInputError";
}
function assertNonEmpty(values, what) {
    if (values.length === 0)
        throw new StatsInputError(`${what} is empty; at least one value is needed`);
}
function assertFinite(values, what) {
    for (let i = 0; i < values.length; i++) {
        const value = values[i];
        if (!Number.isFinite(value)) {
            throw new StatsInputError(`${what}[${i}] is ${value}; every value must be a finite number`);
        }
    }
}
function assertNonNegative(values, what) {
    for (let i = 0; i < values.length; i++) {
        const value = values[i];
        if (!(value >= 0) || !Number.isFinite(value)) {
            throw new StatsInputError(`${what}[${i}] is ${value}; every value must be a finite number >= 0`);
        }
    }
}
function assertSameLength(a, b, names) {
    if (a.length !== b.length) {
        throw new StatsInputError(`${names} have different lengths (${a.length} and ${b.length})`);
    }
}
/** A finite, non-empty sample. */
function assertSample(values, what) {
    assertNonEmpty(values, what);
    assertFinite(values, what);
}
/** `assertSample` that also tells whether the values are in ascending order, in the same one pass. */
function assertSampleAscending(values, what) {
    assertNonEmpty(values, what);
    // Fast path, one comparison a value: non-decreasing (a NaN fails every comparison) between finite ends.
    let sorted = true;
    for (let i = 1; i < values.length && sorted; i++)
        sorted = values[i] >= values[i - 1];
    if (sorted && Number.isFinite(values[0]) && Number.isFinite(values[values.length - 1]))
        return true;
    let ascending = true;
    let previous = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < values.length; i++) {
        const value = values[i];
        if (!Number.isFinite(value)) {
            throw new StatsInputError(`${what}[${i}] is ${value}; every value must be a finite number`);
        }
        if (value < previous)
            ascending = false;
        previous = value;
    }
    return ascending;
}
/** Two non-empty, non-negative vectors of the same length (counts or proportions). */
function assertDistributions(p, q, names) {
    assertNonEmpty(p, names[0]);
    assertNonEmpty(q, names[1]);
    assertSameLength(p, q, `${names[0]} and ${names[1]}`);
    assertNonNegative(p, names[0]);
    assertNonNegative(q, names[1]);
}

;// CONCATENATED MODULE: ./packages/stats/src/moments.ts
// Streaming count, mean, variance, min and max in one pass, mergeable across shards: Welford 1962
// ("Note on a method for calculating corrected sums of squares and products", Technometrics 4(3)) for
// updates and Chan, Golub & LeVeque 1979/1983 ("Algorithms for computing the sample variance") for the
// pairwise merge of (count, mean, M2).

class Moments {
    count = 0;
    mean = 0;
    /** Sum of squared deviations from the mean. */
    m2 = 0;
    min = Number.POSITIVE_INFINITY;
    max = Number.NEGATIVE_INFINITY;
    update(value) {
        if (!Number.isFinite(value))
            throw new StatsInputError(`value is ${value}; moments take finite numbers only`);
        this.count += 1;
        const delta = value - this.mean;
        this.mean += delta / this.count;
        this.m2 += delta * (value - this.mean);
        if (value < this.min)
            this.min = value;
        if (value > this.max)
            this.max = value;
        return this;
    }
    updateAll(values) {
        for (const value of values)
            this.update(value);
        return this;
    }
    merge(other) {
        if (other.count === 0)
            return this;
        if (this.count === 0) {
            Object.assign(this, {
                count: other.count,
                mean: other.mean,
                m2: other.m2,
                min: other.min,
                max: other.max,
            });
            return this;
        }
        const count = this.count + other.count;
        const delta = other.mean - this.mean;
        this.mean += (delta * other.count) / count;
        this.m2 += other.m2 + (delta * delta * this.count * other.count) / count;
        this.count = count;
        this.min = Math.min(this.min, other.min);
        this.max = Math.max(this.max, other.max);
        return this;
    }
    /** Variance with `ddof` delta degrees of freedom (0: population, as numpy.var; 1: sample). */
    variance(ddof = 0) {
        return this.count - ddof > 0 ? this.m2 / (this.count - ddof) : Number.NaN;
    }
    std(ddof = 0) {
        return Math.sqrt(this.variance(ddof));
    }
    toJSON() {
        const empty = this.count === 0;
        return {
            count: this.count,
            mean: this.mean,
            m2: this.m2,
            min: empty ? null : this.min,
            max: empty ? null : this.max,
        };
    }
    static fromJSON(json) {
        if (!Number.isInteger(json.count) || json.count < 0 || !(json.m2 >= 0) || !Number.isFinite(json.mean)) {
            throw new StatsInputError("moments JSON is invalid: count must be an integer >= 0, m2 >= 0, mean finite");
        }
        const moments = new Moments();
        moments.count = json.count;
        moments.mean = json.mean;
        moments.m2 = json.m2;
        moments.min = json.min ?? Number.POSITIVE_INFINITY;
        moments.max = json.max ?? Number.NEGATIVE_INFINITY;
        return moments;
    }
}


/***/ })

};
