export const id = 287;
export const ids = [287];
export const modules = {

/***/ 2454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HZ: () => (/* binding */ lineStartAfter),
  km: () => (/* binding */ readCsvHeader),
  zS: () => (/* binding */ scanFileRange)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/data/src/byte-csv-scanner.ts
var byte_csv_scanner = __webpack_require__(6852);
;// CONCATENATED MODULE: ./packages/data/src/scan-resources.ts

/**
 * The scanner and the read buffer of the last scan, kept for the next: a dataset of many small files
 * made both anew for each file (and twice, header then records), ~0.25 ms of a thread's CPU a file in
 * allocations and collections. One of each is kept, for the thread's next scan; a scan that starts
 * while another holds them (none does today) gets its own.
 */
let idleScanner;
let idleBuffer;
/** A buffer larger than this (grown for a long record) is not kept. */
const MAX_KEPT_BUFFER_BYTES = 4 * 1024 * 1024;
/** A scanner for `delimiter` and `maxRecordBytes`, the idle one when it reads the same. */
function takeScanner(delimiter, maxRecordBytes) {
    const idle = idleScanner;
    idleScanner = undefined;
    return idle !== undefined && idle.delimiter === delimiter && idle.maxRecordBytes === maxRecordBytes
        ? idle.scanner
        : new byte_csv_scanner/* ByteCsvScanner */.rp(delimiter, maxRecordBytes);
}
/** Keeps `scanner` for the next scan. */
function releaseScanner(scanner, delimiter, maxRecordBytes) {
    idleScanner = { scanner, delimiter, maxRecordBytes };
}
/** `bytes` bytes to read into (not zeroed): the front of the idle buffer when it is large enough. */
function takeBuffer(bytes) {
    const idle = idleBuffer;
    const fits = idle !== undefined && idle.length >= bytes;
    if (fits)
        idleBuffer = undefined;
    const owned = fits ? idle : Buffer.allocUnsafe(bytes);
    return { buffer: owned.length === bytes ? owned : owned.subarray(0, bytes), owned };
}
/** Keeps `owned` (what `takeBuffer` gave) for the next scan, unless it is large. */
function releaseBuffer(owned) {
    if (owned.length <= MAX_KEPT_BUFFER_BYTES && (idleBuffer === undefined || idleBuffer.length < owned.length))
        idleBuffer = owned;
}

;// CONCATENATED MODULE: ./packages/data/src/csv-range.ts



/** 1 MiB reads: few system calls. */
const DEFAULT_BUFFER_BYTES = 1024 * 1024;
/** The header is read 64 KiB at a time (more when it is longer): a small file is not read twice whole. */
const HEADER_BUFFER_BYTES = 64 * 1024;
/** Records a batch: its field offsets (8 bytes a field) stay in the CPU caches while each column reads them. */
const BATCH_RECORDS = 1024;
const BOM = [0xef, 0xbb, 0xbf];
/**
 * Scans the CSV records of an open file from `from` with a `ByteCsvScanner`, reading synchronously
 * (the caller is a worker thread, or the main thread with nothing else to do), and hands each buffer's
 * records to `onBatch` as a `FieldBatch`, valid only during the call.
 */
function scanFileRange(fd, options, onBatch) {
    const { delimiter, maxRecordBytes } = options;
    const scanner = takeScanner(delimiter, maxRecordBytes);
    const { buffer, owned } = takeBuffer(options.bufferBytes ?? DEFAULT_BUFFER_BYTES);
    try {
        return scanWith(scanner, buffer, fd, options, onBatch);
    }
    finally {
        releaseScanner(scanner, delimiter, maxRecordBytes);
        releaseBuffer(owned);
    }
}
function scanWith(scanner, initialBuffer, fd, options, onBatch) {
    const stopAt = options.stopAt ?? Number.POSITIVE_INFINITY;
    let recordsLeft = options.maxRecords ?? Number.POSITIVE_INFINITY;
    let buffer = initialBuffer;
    let base = options.from;
    let length = 0;
    let line = options.line;
    let eof = false;
    for (;;) {
        try {
            while (length < buffer.length && !eof) {
                const read = (0,external_node_fs_.readSync)(fd, buffer, length, buffer.length - length, base + length);
                if (read === 0)
                    eof = true;
                else
                    length += read;
            }
        }
        catch (error) {
            return {
                end: base,
                line,
                boundary: false,
                error: error instanceof Error ? error.message : String(error),
            };
        }
        let from = 0;
        let outcome;
        // Most files have neither: two searches in native code let the scanner skip both per byte.
        const cr = buffer.indexOf(13);
        const quote = buffer.indexOf(34);
        const plain = (cr === -1 || cr >= length) && (quote === -1 || quote >= length);
        for (;;) {
            const limit = Math.min(recordsLeft, BATCH_RECORDS);
            outcome = scanner.scan(buffer, from, length, eof, line, stopAt - base, limit, plain);
            recordsLeft -= scanner.batch.records;
            if (scanner.batch.records > 0)
                onBatch(scanner.batch);
            if (outcome.stop)
                return { end: base, line: outcome.stop.line, boundary: false, stop: outcome.stop };
            line = outcome.line;
            if (!outcome.full || recordsLeft <= 0)
                break;
            from = outcome.next;
        }
        if (outcome.boundary || recordsLeft <= 0 || (eof && outcome.next >= length)) {
            return { end: base + outcome.next, line, boundary: outcome.boundary };
        }
        const kept = length - outcome.next;
        if (outcome.next === 0 && length === buffer.length) {
            // One record fills the buffer: a bigger one (the scanner stops records past the size limit).
            const grown = Buffer.allocUnsafe(buffer.length * 2);
            buffer.copy(grown, 0, 0, length);
            buffer = grown;
        }
        else
            buffer.copyWithin(0, outcome.next, length);
        base += outcome.next;
        length = kept;
    }
}
/** How far a line end is looked for (see `lineStartAfter`). */
const LINE_SEARCH_BYTES = 1024 * 1024;
/**
 * The offset just after the first line feed at or after `from`, if one comes within 1 MiB and before
 * the end of the file: where a record may start (or a line inside a quoted field: a guess to check).
 */
function lineStartAfter(fd, from, size) {
    const buffer = Buffer.allocUnsafe(Math.min(LINE_SEARCH_BYTES, Math.max(0, size - from)));
    const read = (0,external_node_fs_.readSync)(fd, buffer, 0, buffer.length, from);
    const at = buffer.subarray(0, read).indexOf(10);
    return at === -1 || from + at + 1 >= size ? undefined : from + at + 1;
}
/**
 * Reads the header record from the start of the file (after a UTF-8 BOM). `undefined` header when the
 * file has no record; `stop` when even the header cannot be read.
 */
function readCsvHeader(fd, options) {
    const head = Buffer.alloc(3);
    const headBytes = (0,external_node_fs_.readSync)(fd, head, 0, 3, 0);
    const from = headBytes === 3 && BOM.every((byte, i) => head[i] === byte) ? 3 : 0;
    let header;
    const headerOptions = { bufferBytes: HEADER_BUFFER_BYTES, ...options, from, line: 1, maxRecords: 1 };
    const end = scanFileRange(fd, headerOptions, (batch) => {
        const fields = [];
        for (let f = batch.firstField[0]; f < batch.firstField[1]; f++) {
            fields.push((0,byte_csv_scanner/* fieldText */.gF)(batch, f));
        }
        header = { fields, line: batch.lines[0], marks: batch.marks[0] };
    });
    if (end.error !== undefined)
        return { error: end.error };
    if (end.stop)
        return { stop: end.stop };
    return header ? { header: { ...header, dataStart: end.end, dataLine: end.line } } : {};
}


/***/ }),

/***/ 9386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ validateSegment),
/* harmony export */   e: () => (/* binding */ markProblems)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _byte_csv_scanner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6852);
/* harmony import */ var _csv_range_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2454);
/* harmony import */ var _csv_scanner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3177);




/**
 * Validates the records of one byte range of a CSV file, in order, into `sinks`: rows go to the column
 * validators a batch and a column at a time, records with the wrong field count and marked records
 * become problems as `readCsv` reports them. Reads synchronously.
 */
function validateSegment(job, sinks) {
    const { file, columns, positions } = job;
    const { validators, rules, nulls, nullBytes } = sinks;
    const problems = [];
    const width = columns.length;
    const index = new Map();
    columns.forEach((name, i) => {
        if (!index.has(name))
            index.set(name, i);
    });
    // Row rules read only their columns (all of them for duplicate rows): the other fields stay null.
    const ruleColumns = rules?.hasRowRules ? rules.neededColumns() : undefined;
    const decoded = columns.map((name) => ruleColumns === undefined || ruleColumns.includes(name));
    let rows = 0;
    let rowRecords = new Int32Array(1024);
    const onBatch = (batch) => {
        let rowCount = 0;
        let batchRows;
        // The usual batch: no marks, and every record as wide as the header, so every record is a row.
        if (!batch.marked && batch.fieldsPerRecord === width) {
            rowCount = batch.records;
            batchRows = identityRows(rowCount);
        }
        else {
            if (rowRecords.length < batch.records)
                rowRecords = new Int32Array(batch.records * 2);
            for (let r = 0; r < batch.records; r++) {
                const marks = batch.marks[r];
                const line = batch.lines[r];
                if (marks !== 0)
                    problems.push(...markProblems(file, line, marks));
                const fields = batch.firstField[r + 1] - batch.firstField[r];
                if (fields !== width) {
                    problems.push({
                        kind: "ragged-row",
                        file,
                        line,
                        message: `the row has ${fields} field(s); the header has ${width}`,
                    });
                }
                else
                    rowRecords[rowCount++] = r;
            }
            batchRows = rowRecords;
        }
        for (let i = 0; i < validators.length; i++) {
            const position = positions[i] ?? -1;
            if (position >= 0)
                validators[i]?.acceptBatch(batch, batchRows, rowCount, position, nullBytes, nulls, file);
        }
        if (rules?.hasRowRules) {
            for (let k = 0; k < rowCount; k++) {
                const r = batchRows[k];
                const first = batch.firstField[r];
                const values = [];
                for (let c = 0; c < width; c++) {
                    const text = decoded[c] ? (0,_byte_csv_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldText */ .gF)(batch, first + c) : "";
                    values.push(text === "" ? null : text);
                }
                const cell = (column) => {
                    const value = values[index.get(column) ?? -1] ?? null;
                    return typeof value === "string" && nulls?.has(value) ? null : value;
                };
                rules.acceptRow(cell, values, file, batch.lines[r]);
            }
        }
        rows += rowCount;
    };
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, "r");
    try {
        const end = (0,_csv_range_js__WEBPACK_IMPORTED_MODULE_2__/* .scanFileRange */ .zS)(fd, {
            delimiter: job.delimiter,
            maxRecordBytes: job.maxRecordBytes,
            from: job.from,
            line: job.line,
            ...(job.stopAt !== undefined && { stopAt: job.stopAt }),
        }, onBatch);
        return { rows, problems, end };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** `[0, 1, ..., count - 1]`: the records of a batch where every record is a row (shared, not to write). */
function identityRows(count) {
    if (identity.length < count)
        identity = Int32Array.from({ length: Math.max(count, identity.length * 2) }, (_, i) => i);
    return identity;
}
let identity = Int32Array.from({ length: 1024 }, (_, i) => i);
/** The problems `readCsv` reports for a record's marks, in its order. */
function markProblems(file, line, marks) {
    const problems = [];
    if (marks & _csv_scanner_js__WEBPACK_IMPORTED_MODULE_3__/* .REPLACEMENT_MARK */ .P7)
        problems.push({ kind: "invalid-utf8", file, line, message: "invalid UTF-8 bytes" });
    if (marks & _csv_scanner_js__WEBPACK_IMPORTED_MODULE_3__/* .NUL_MARK */ .Wu)
        problems.push({ kind: "nul-byte", file, line, message: "a NUL byte (binary data?)" });
    return problems;
}


/***/ }),

/***/ 8008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ DatasetRules)
/* harmony export */ });
/* unused harmony export columnSetProblem */
/* harmony import */ var _mlops_actions_metrics_did_you_mean__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1474);
/* harmony import */ var _check_result_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9434);
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4791);
/* harmony import */ var _value_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7522);




/**
 * Rules over the whole dataset: row count, column set, compound unique keys, duplicate rows and
 * comparisons between columns. Keys and duplicate rows keep a set of what they have seen (memory
 * grows with distinct keys/rows); the others are counters.
 */
class DatasetRules {
    schema;
    maxExamples;
    keys;
    duplicates;
    comparisons;
    columnSets = [];
    /** False when no rule looks at rows, so the caller can skip `acceptRow`. */
    hasRowRules;
    /** `logFirstSeen`: these rules see a later part of a file, and will be merged into others. */
    constructor(schema, maxExamples, logFirstSeen = false) {
        this.schema = schema;
        this.maxExamples = maxExamples;
        const log = () => (logFirstSeen ? { firstSeen: { values: [], lines: [] } } : {});
        this.keys = schema.dataset.uniqueKeys.map((key) => ({
            ...key,
            seen: new Set(),
            tally: new _check_result_js__WEBPACK_IMPORTED_MODULE_0__/* .Tally */ .F0(maxExamples),
            ...log(),
        }));
        this.duplicates = schema.dataset.noDuplicateRows
            ? { seen: new Set(), tally: new _check_result_js__WEBPACK_IMPORTED_MODULE_0__/* .Tally */ .F0(maxExamples), ...log() }
            : undefined;
        this.comparisons = schema.dataset.comparisons.map((comparison) => ({
            comparison,
            tally: new _check_result_js__WEBPACK_IMPORTED_MODULE_0__/* .Tally */ .F0(maxExamples),
            compare: cellComparer(comparison, schema.columns),
        }));
        this.hasRowRules = this.keys.length > 0 || this.duplicates !== undefined || this.comparisons.length > 0;
    }
    /** Columns every rule needs (Parquet reads only these). `undefined` means all of them. */
    neededColumns() {
        if (this.duplicates)
            return undefined;
        return [
            ...this.keys.flatMap((key) => key.columns),
            ...this.comparisons.flatMap(({ comparison }) => [comparison.left, comparison.right]),
        ];
    }
    /** The final column list of each file, for the column-set rule and the missing-column checks. */
    addFileColumns(file, columns) {
        this.columnSets.push({ file, columns });
    }
    acceptRow(cell, values, file, line) {
        for (const key of this.keys) {
            const parts = key.columns.map((column) => cell(column));
            const text = JSON.stringify(parts);
            if (key.seen.has(text))
                key.tally.failDescribed(() => describeKey(key.columns, parts), file, line);
            else {
                key.seen.add(text);
                key.tally.pass();
                logFirstSeen(key.firstSeen, text, line);
            }
        }
        if (this.duplicates) {
            const text = JSON.stringify(values);
            if (this.duplicates.seen.has(text))
                this.duplicates.tally.failDescribed(() => values.join(","), file, line);
            else {
                this.duplicates.seen.add(text);
                this.duplicates.tally.pass();
                logFirstSeen(this.duplicates.firstSeen, text, line);
            }
        }
        for (const { comparison, tally, compare } of this.comparisons) {
            const left = cell(comparison.left);
            const right = cell(comparison.right);
            if (left === null || right === null)
                continue;
            const outcome = compare(left, right);
            if (outcome === undefined)
                continue;
            if (outcome)
                tally.pass();
            else
                tally.fail(`${comparison.left}=${(0,_check_result_js__WEBPACK_IMPORTED_MODULE_0__/* .exampleText */ .kQ)(left)}, ${comparison.right}=${(0,_check_result_js__WEBPACK_IMPORTED_MODULE_0__/* .exampleText */ .kQ)(right)}`, file, line);
        }
    }
    /** The row rules' counts, examples and first-seen keys, for `merge` in another thread. */
    state() {
        const logged = (rule) => ({
            tally: (0,_check_result_js__WEBPACK_IMPORTED_MODULE_0__/* .tallyState */ ._r)(rule.tally),
            firstSeen: rule.firstSeen ?? { values: [], lines: [] },
        });
        const state = {
            keys: this.keys.map(logged),
            comparisons: this.comparisons.map(({ tally }) => (0,_check_result_js__WEBPACK_IMPORTED_MODULE_0__/* .tallyState */ ._r)(tally)),
        };
        if (this.duplicates)
            state.duplicates = logged(this.duplicates);
        return state;
    }
    /**
     * Adds what rules of the same schema saw in the rows right after these (in `file`, lines shifted by
     * `lineOffset`): a key or row first seen there that these rules had seen is a repeat on its line.
     */
    merge(state, file, lineOffset) {
        this.keys.forEach((key, i) => {
            const other = state.keys[i];
            if (!other)
                return;
            const describe = (text) => describeKey(key.columns, JSON.parse(text));
            absorbSeen(key, other, describe, file, lineOffset, this.maxExamples);
        });
        if (this.duplicates && state.duplicates) {
            const describe = (text) => JSON.parse(text).join(",");
            absorbSeen(this.duplicates, state.duplicates, describe, file, lineOffset, this.maxExamples);
        }
        this.comparisons.forEach(({ tally }, i) => {
            const other = state.comparisons[i];
            if (other)
                tally.absorb(other, lineOffset);
        });
    }
    results(rows) {
        const { dataset } = this.schema;
        const base = { scope: "dataset", severity: dataset.severity };
        const results = [];
        if (dataset.rows) {
            const ok = (0,_value_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .inRange */ .r4)(rows, dataset.rows);
            results.push({
                ...base,
                id: "dataset.rows",
                check: "rows",
                expected: `rows ${(0,_value_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRange */ .pC)(dataset.rows)}`,
                status: ok ? "pass" : "fail",
                message: `the dataset has ${rows} rows; expected ${(0,_value_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRange */ .pC)(dataset.rows)}`,
                observed: rows,
                examples: [],
                rule: dataset.keyLocations.rows,
            });
        }
        if (dataset.columns)
            results.push(this.columnSetResult());
        for (const key of this.keys) {
            const name = key.columns.join(", ");
            results.push({
                ...base,
                id: `dataset.unique.${key.columns.join("+")}`,
                check: "unique",
                expected: `unique (${name})`,
                status: key.tally.unexpected === 0 ? "pass" : "fail",
                message: `(${name}): ${(0,_check_result_js__WEBPACK_IMPORTED_MODULE_0__/* .describeCount */ .vG)(key.tally.unexpected, key.tally.evaluated, "rows")} repeat a key`,
                ...(0,_check_result_js__WEBPACK_IMPORTED_MODULE_0__/* .tallyFields */ .Y3)(key.tally),
                rule: key.location,
            });
        }
        if (this.duplicates) {
            const { tally } = this.duplicates;
            results.push({
                ...base,
                id: "dataset.no-duplicate-rows",
                check: "no-duplicate-rows",
                expected: "no duplicate rows",
                status: tally.unexpected === 0 ? "pass" : "fail",
                message: `${(0,_check_result_js__WEBPACK_IMPORTED_MODULE_0__/* .describeCount */ .vG)(tally.unexpected, tally.evaluated, "rows")} duplicate an earlier row`,
                ...(0,_check_result_js__WEBPACK_IMPORTED_MODULE_0__/* .tallyFields */ .Y3)(tally),
                rule: dataset.keyLocations["no-duplicate-rows"],
            });
        }
        for (const { comparison, tally } of this.comparisons) {
            results.push({
                ...base,
                id: `dataset.compare.${comparison.text.replace(/\s+/g, "")}`,
                check: "compare",
                expected: comparison.text,
                status: tally.unexpected === 0 ? "pass" : "fail",
                message: `${(0,_check_result_js__WEBPACK_IMPORTED_MODULE_0__/* .describeCount */ .vG)(tally.unexpected, tally.evaluated, "rows")} fail ${comparison.text}`,
                ...(0,_check_result_js__WEBPACK_IMPORTED_MODULE_0__/* .tallyFields */ .Y3)(tally),
                rule: comparison.location,
            });
        }
        return results;
    }
    columnSetResult() {
        const { match, ordered } = this.schema.dataset.columns ?? { match: "exact", ordered: false };
        const expectedNames = this.schema.columns.map((column) => column.name);
        const tally = new _check_result_js__WEBPACK_IMPORTED_MODULE_0__/* .Tally */ .F0(this.maxExamples);
        for (const { file, columns } of this.columnSets) {
            const problem = columnSetProblem(columns, expectedNames, match, ordered);
            if (problem)
                tally.fail(problem, file, 1);
            else
                tally.pass();
        }
        return {
            scope: "dataset",
            severity: this.schema.dataset.severity,
            id: "dataset.columns",
            check: "columns",
            expected: `columns ${match}${ordered ? ", in order" : ""}`,
            status: tally.unexpected === 0 ? "pass" : "fail",
            message: tally.unexpected === 0
                ? `the columns match the schema (${match}${ordered ? ", in order" : ""})`
                : `${(0,_check_result_js__WEBPACK_IMPORTED_MODULE_0__/* .describeCount */ .vG)(tally.unexpected, tally.evaluated, "files")}: ${tally.examples[0]?.value ?? ""}`,
            ...(0,_check_result_js__WEBPACK_IMPORTED_MODULE_0__/* .tallyFields */ .Y3)(tally),
            rule: this.schema.dataset.keyLocations.columns,
        };
    }
}
/** Why `actual` does not match `expected` under the rule, or undefined when it does. */
function columnSetProblem(actual, expected, match, ordered) {
    const extra = actual.filter((name) => !expected.includes(name));
    const missing = expected.filter((name) => !actual.includes(name));
    if (match !== "superset" && extra.length > 0) {
        const hint = extra.length === 1 && extra[0] !== undefined ? (0,_mlops_actions_metrics_did_you_mean__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(extra[0], missing) : "";
        return `unexpected column(s) ${extra.map((n) => `'${n}'`).join(", ")}${hint}`;
    }
    if (match !== "subset" && missing.length > 0)
        return `missing column(s) ${missing.map((n) => `'${n}'`).join(", ")}`;
    if (ordered) {
        const shared = actual.filter((name) => expected.includes(name));
        const wanted = expected.filter((name) => actual.includes(name));
        if (shared.join("\u0000") !== wanted.join("\u0000"))
            return `columns out of order: ${shared.join(", ")}; expected ${wanted.join(", ")}`;
    }
    return undefined;
}
function logFirstSeen(log, text, line) {
    if (!log)
        return;
    log.values.push(text);
    log.lines.push(line);
}
function absorbSeen(rule, other, describe, file, lineOffset, maxExamples) {
    const { values, lines } = other.firstSeen;
    const repeats = [];
    let repeated = 0;
    for (let i = 0; i < values.length; i++) {
        const text = values[i];
        if (!rule.seen.has(text)) {
            rule.seen.add(text);
            continue;
        }
        repeated++;
        if (repeats.length < maxExamples) {
            repeats.push({ value: (0,_check_result_js__WEBPACK_IMPORTED_MODULE_0__/* .exampleText */ .kQ)(describe(text)), file, line: lines[i] + lineOffset });
        }
    }
    rule.tally.absorb(other.tally, lineOffset, repeats, repeated);
}
function describeKey(columns, parts) {
    return columns.map((column, i) => `${column}=${(0,_check_result_js__WEBPACK_IMPORTED_MODULE_0__/* .exampleText */ .kQ)(parts[i])}`).join(", ");
}
const OPERATOR_TESTS = {
    ">=": (a, b) => a >= b,
    "<=": (a, b) => a <= b,
    ">": (a, b) => a > b,
    "<": (a, b) => a < b,
    "==": (a, b) => a === b,
    "!=": (a, b) => a !== b,
};
const DAY_MS = 86_400_000;
/**
 * Picks, once per rule, how a row's two cells compare: each side read as its own column's type, then as
 * values of that kind when both sides are of one kind (a date against a datetime as instants); else,
 * and for columns without a type, as numbers when both cells are numeric, else as text.
 */
function cellComparer(comparison, columns) {
    const test = OPERATOR_TESTS[comparison.operator];
    const specOf = (name) => columns.find((column) => column.name === name);
    let left = sideOf(specOf(comparison.left));
    let right = sideOf(specOf(comparison.right));
    if (left.kind !== right.kind && isTemporal(left) && isTemporal(right)) {
        left = asInstant(left);
        right = asInstant(right);
    }
    const readLeft = left.read;
    const readRight = right.read;
    if (left.kind === right.kind && left.kind !== "untyped") {
        return (a, b) => {
            const typedA = readLeft(a);
            const typedB = readRight(b);
            return typedA === undefined || typedB === undefined ? undefined : test(typedA, typedB);
        };
    }
    return (a, b) => {
        if (readLeft(a) === undefined || readRight(b) === undefined)
            return undefined;
        const numberA = (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDecimal */ .$Q)(a);
        const numberB = (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDecimal */ .$Q)(b);
        if (numberA !== undefined && numberB !== undefined)
            return test(numberA, numberB);
        return test(asText(a), asText(b));
    };
}
function sideOf(spec) {
    switch (spec?.type) {
        case undefined:
            return { kind: "untyped", read: asText };
        case "integer":
            return { kind: "number", read: _value_js__WEBPACK_IMPORTED_MODULE_3__/* .parseInteger */ .cG };
        case "number":
            return { kind: "number", read: _value_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDecimal */ .$Q };
        case "boolean":
            return { kind: "boolean", read: _value_js__WEBPACK_IMPORTED_MODULE_3__/* .parseBoolean */ .yG };
        case "date": {
            const format = spec.dateFormat;
            return { kind: "date", read: (cell) => (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDate */ ._U)(cell, format) };
        }
        case "datetime":
            return { kind: "instant", read: _value_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDatetime */ .X7 };
        case "string":
        case "category":
            return { kind: "text", read: asText };
    }
}
function isTemporal(side) {
    return side.kind === "date" || side.kind === "instant";
}
/** A date side read as instants, to meet a datetime side: midnight UTC of its day. */
function asInstant(side) {
    if (side.kind !== "date")
        return side;
    const { read } = side;
    return {
        kind: "instant",
        read: (cell) => {
            const day = read(cell);
            return typeof day === "number" ? day * DAY_MS : undefined;
        },
    };
}
function asText(cell) {
    return typeof cell === "string" ? cell : String(cell);
}


/***/ }),

/***/ 1474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean)
/* harmony export */ });
/* unused harmony exports editDistance, closestMatch */
/**
 * Optimal string alignment distance (Damerau-Levenshtein restricted to adjacent transpositions):
 * the number of insertions, deletions, substitutions and swaps of neighbours turning `a` into `b`.
 */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    const at = (i, j) => d[i]?.[j] ?? 0;
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                best = Math.min(best, at(i - 2, j - 2) + 1);
            }
            const row = d[i];
            if (row)
                row[j] = best;
        }
    }
    return at(a.length, b.length);
}
/**
 * The closest candidate to `word`, compared case-insensitively with `_` and `-` treated alike, if it is
 * within `maxDistance` edits (default: 1 for words up to 4 characters, 2 up to 8, else 3); ties go to
 * the candidate listed first.
 */
function closestMatch(word, candidates, maxDistance) {
    const normalize = (s) => s.toLowerCase().replaceAll("_", "-");
    const limit = maxDistance ?? (word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3);
    let best;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const candidate of candidates) {
        const distance = editDistance(normalize(word), normalize(candidate));
        if (distance < bestDistance && distance <= limit) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
/** `; did you mean 'x'?` or the empty string. */
function didYouMean(word, candidates) {
    const match = closestMatch(word, candidates);
    return match === undefined || match === word ? "" : `; did you mean '${match}'?`;
}


/***/ })

};
