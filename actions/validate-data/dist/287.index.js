export const id = 287;
export const ids = [287];
export const modules = {

/***/ 4790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HZ: () => (/* binding */ lineStartAfter),
/* harmony export */   km: () => (/* binding */ readCsvHeader),
/* harmony export */   zS: () => (/* binding */ scanFileRange)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _byte_csv_scanner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1099);


/** 1 MiB reads: few system calls. */
const DEFAULT_BUFFER_BYTES = 1024 * 1024;
/** Records a batch: its field offsets (8 bytes a field) stay in the CPU caches while each column reads them. */
const BATCH_RECORDS = 1024;
const BOM = [0xef, 0xbb, 0xbf];
/**
 * Scans the CSV records of an open file from `from` with a `ByteCsvScanner`, reading synchronously
 * (the caller is a worker thread, or the main thread with nothing else to do), and hands each buffer's
 * records to `onBatch` as a `FieldBatch`, valid only during the call.
 */
function scanFileRange(fd, options, onBatch) {
    const scanner = new _byte_csv_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .ByteCsvScanner */ .rp(options.delimiter, options.maxRecordBytes);
    const stopAt = options.stopAt ?? Number.POSITIVE_INFINITY;
    let recordsLeft = options.maxRecords ?? Number.POSITIVE_INFINITY;
    let buffer = Buffer.allocUnsafe(options.bufferBytes ?? DEFAULT_BUFFER_BYTES);
    let base = options.from;
    let length = 0;
    let line = options.line;
    let eof = false;
    for (;;) {
        try {
            while (length < buffer.length && !eof) {
                const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, length, buffer.length - length, base + length);
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
    const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, 0, buffer.length, from);
    const at = buffer.subarray(0, read).indexOf(10);
    return at === -1 || from + at + 1 >= size ? undefined : from + at + 1;
}
/**
 * Reads the header record from the start of the file (after a UTF-8 BOM). `undefined` header when the
 * file has no record; `stop` when even the header cannot be read.
 */
function readCsvHeader(fd, options) {
    const head = Buffer.alloc(3);
    const headBytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, head, 0, 3, 0);
    const from = headBytes === 3 && BOM.every((byte, i) => head[i] === byte) ? 3 : 0;
    let header;
    const end = scanFileRange(fd, { ...options, from, line: 1, maxRecords: 1 }, (batch) => {
        const fields = [];
        for (let f = batch.firstField[0]; f < batch.firstField[1]; f++) {
            fields.push((0,_byte_csv_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldText */ .gF)(batch, f));
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
/* harmony import */ var _byte_csv_scanner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1099);
/* harmony import */ var _csv_range_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4790);
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
        if (rowRecords.length < batch.records)
            rowRecords = new Int32Array(batch.records * 2);
        let rowCount = 0;
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
        for (let i = 0; i < validators.length; i++) {
            const position = positions[i] ?? -1;
            if (position >= 0)
                validators[i]?.acceptBatch(batch, rowRecords, rowCount, position, nullBytes, nulls, file);
        }
        if (rules?.hasRowRules) {
            for (let k = 0; k < rowCount; k++) {
                const r = rowRecords[k];
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
/* harmony import */ var _mlops_actions_metrics__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5439);
/* harmony import */ var _check_result_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9434);
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4791);
/* harmony import */ var _value_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7522);




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
        const typeOf = (name) => schema.columns.find((column) => column.name === name)?.type;
        const log = () => (logFirstSeen ? { firstSeen: { values: [], lines: [] } } : {});
        this.keys = schema.dataset.uniqueKeys.map((key) => ({
            ...key,
            seen: new Set(),
            tally: new _check_result_js__WEBPACK_IMPORTED_MODULE_1__/* .Tally */ .F0(maxExamples),
            ...log(),
        }));
        this.duplicates = schema.dataset.noDuplicateRows
            ? { seen: new Set(), tally: new _check_result_js__WEBPACK_IMPORTED_MODULE_1__/* .Tally */ .F0(maxExamples), ...log() }
            : undefined;
        this.comparisons = schema.dataset.comparisons.map((comparison) => ({
            comparison,
            tally: new _check_result_js__WEBPACK_IMPORTED_MODULE_1__/* .Tally */ .F0(maxExamples),
            type: typeOf(comparison.left) ?? typeOf(comparison.right),
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
        for (const { comparison, tally, type } of this.comparisons) {
            const left = cell(comparison.left);
            const right = cell(comparison.right);
            if (left === null || right === null)
                continue;
            const outcome = compareCells(left, right, type, comparison.operator);
            if (outcome === undefined)
                continue;
            if (outcome)
                tally.pass();
            else
                tally.fail(`${comparison.left}=${(0,_check_result_js__WEBPACK_IMPORTED_MODULE_1__/* .exampleText */ .kQ)(left)}, ${comparison.right}=${(0,_check_result_js__WEBPACK_IMPORTED_MODULE_1__/* .exampleText */ .kQ)(right)}`, file, line);
        }
    }
    /** The row rules' counts, examples and first-seen keys, for `merge` in another thread. */
    state() {
        const logged = (rule) => ({
            tally: (0,_check_result_js__WEBPACK_IMPORTED_MODULE_1__/* .tallyState */ ._r)(rule.tally),
            firstSeen: rule.firstSeen ?? { values: [], lines: [] },
        });
        const state = {
            keys: this.keys.map(logged),
            comparisons: this.comparisons.map(({ tally }) => (0,_check_result_js__WEBPACK_IMPORTED_MODULE_1__/* .tallyState */ ._r)(tally)),
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
            const ok = (0,_value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .inRange */ .r4)(rows, dataset.rows);
            results.push({
                ...base,
                id: "dataset.rows",
                check: "rows",
                expected: `rows ${(0,_value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRange */ .pC)(dataset.rows)}`,
                status: ok ? "pass" : "fail",
                message: `the dataset has ${rows} rows; expected ${(0,_value_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRange */ .pC)(dataset.rows)}`,
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
                message: `(${name}): ${(0,_check_result_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCount */ .vG)(key.tally.unexpected, key.tally.evaluated, "rows")} repeat a key`,
                ...(0,_check_result_js__WEBPACK_IMPORTED_MODULE_1__/* .tallyFields */ .Y3)(key.tally),
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
                message: `${(0,_check_result_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCount */ .vG)(tally.unexpected, tally.evaluated, "rows")} duplicate an earlier row`,
                ...(0,_check_result_js__WEBPACK_IMPORTED_MODULE_1__/* .tallyFields */ .Y3)(tally),
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
                message: `${(0,_check_result_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCount */ .vG)(tally.unexpected, tally.evaluated, "rows")} fail ${comparison.text}`,
                ...(0,_check_result_js__WEBPACK_IMPORTED_MODULE_1__/* .tallyFields */ .Y3)(tally),
                rule: comparison.location,
            });
        }
        return results;
    }
    columnSetResult() {
        const { match, ordered } = this.schema.dataset.columns ?? { match: "exact", ordered: false };
        const expectedNames = this.schema.columns.map((column) => column.name);
        const tally = new _check_result_js__WEBPACK_IMPORTED_MODULE_1__/* .Tally */ .F0(this.maxExamples);
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
                : `${(0,_check_result_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCount */ .vG)(tally.unexpected, tally.evaluated, "files")}: ${tally.examples[0]?.value ?? ""}`,
            ...(0,_check_result_js__WEBPACK_IMPORTED_MODULE_1__/* .tallyFields */ .Y3)(tally),
            rule: this.schema.dataset.keyLocations.columns,
        };
    }
}
/** Why `actual` does not match `expected` under the rule, or undefined when it does. */
function columnSetProblem(actual, expected, match, ordered) {
    const extra = actual.filter((name) => !expected.includes(name));
    const missing = expected.filter((name) => !actual.includes(name));
    if (match !== "superset" && extra.length > 0) {
        const hint = extra.length === 1 && extra[0] !== undefined ? (0,_mlops_actions_metrics__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .au)(extra[0], missing) : "";
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
            repeats.push({ value: (0,_check_result_js__WEBPACK_IMPORTED_MODULE_1__/* .exampleText */ .kQ)(describe(text)), file, line: lines[i] + lineOffset });
        }
    }
    rule.tally.absorb(other.tally, lineOffset, repeats, repeated);
}
function describeKey(columns, parts) {
    return columns.map((column, i) => `${column}=${(0,_check_result_js__WEBPACK_IMPORTED_MODULE_1__/* .exampleText */ .kQ)(parts[i])}`).join(", ");
}
/** Compares as the column type when both parse, else as numbers when both are numeric, else as text. */
function compareCells(left, right, type, operator) {
    let a = left;
    let b = right;
    const typedA = type ? (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .toTyped */ ._2)(left, type) : undefined;
    const typedB = type ? (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .toTyped */ ._2)(right, type) : undefined;
    if (typedA !== undefined && typedB !== undefined) {
        a = typedA;
        b = typedB;
    }
    else if (type !== undefined && type !== "string" && type !== "category") {
        return undefined;
    }
    else {
        const numberA = (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .toTyped */ ._2)(left, "number");
        const numberB = (0,_value_js__WEBPACK_IMPORTED_MODULE_3__/* .toTyped */ ._2)(right, "number");
        if (numberA !== undefined && numberB !== undefined) {
            a = numberA;
            b = numberB;
        }
    }
    switch (operator) {
        case ">=":
            return a >= b;
        case "<=":
            return a <= b;
        case ">":
            return a > b;
        case "<":
            return a < b;
        case "==":
            return a === b;
        default:
            return a !== b;
    }
}


/***/ }),

/***/ 5439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c8: () => (/* reexport */ source_error_SourceError),
  au: () => (/* reexport */ did_you_mean_didYouMean)
});

// UNUSED EXPORTS: LOWER_IS_BETTER_WORDS, PREDICTIONS_PREFIX, PredictionsError, ROW_STATUSES, amountOf, checkRule, classificationScores, closestMatch, coerceValue, compare, comparePredictions, deltaOf, describeValue, editDistance, emptyPolicy, evaluate, fileQualifiers, findEntry, formatAmount, formatFromExtension, formatLocation, formatNumber, formatTarget, globMatches, inferDirection, isGlob, isNumeric, logLoss, mergeMetrics, nameWords, needsBaseline, noiseMetrics, pairPredictions, parseMetrics, parseNumber, parsePolicy, parsePredictions, parseRule, readMetricsFile, regressionScores, resolveMetric, rocAuc, sharedMetricNames, sniffFormat, taskOf, thresholdOf, withinTolerance

;// CONCATENATED MODULE: ./packages/metrics/src/check-rule.ts


const LEVEL_OF = { block: "fail", warn: "warn", info: "info" };
/**
 * Checks one rule against a finite candidate value. Baseline rules need a baseline value; when the
 * change from the baseline is within tolerance a failing baseline rule passes as `within-noise`.
 * Absolute rules (`min`, `max`, `accuracy >= 0.9`) are never softened by the tolerance.
 */
function check_rule_checkRule(rule, candidate, baseline, tolerance, defaultSeverity, noise) {
    const severity = rule.severity ?? defaultSeverity;
    const base = { rule, severity };
    const usesBaseline = needsBaseline(rule);
    if (usesBaseline && "unavailable" in baseline) {
        return {
            ...base,
            outcome: "skipped",
            level: baseline.level,
            reason: `not evaluated: ${baseline.unavailable}`,
        };
    }
    const baselineValue = "value" in baseline ? baseline.value : Number.NaN;
    const threshold = thresholdOf(rule.target, baselineValue);
    if (compare(candidate, rule.op, threshold))
        return { ...base, outcome: "pass", level: "none", threshold };
    if (usesBaseline && withinTolerance(candidate, baselineValue, tolerance)) {
        return { ...base, outcome: "within-noise", level: "none", threshold };
    }
    if (usesBaseline && noise && rule.op !== "==") {
        const interval = `confidence interval of the change [${formatNumber(noise.low)}, ${formatNumber(noise.high)}]`;
        // The candidate value the interval still allows that is most favourable to this rule.
        const favourable = baselineValue + (rule.op.startsWith(">") ? noise.high : noise.low);
        if (!noise.significant || compare(favourable, rule.op, threshold)) {
            const why = noise.significant
                ? `${interval} reaches it`
                : `the change is not significant (${interval})`;
            return {
                ...base,
                outcome: "within-noise",
                level: "none",
                threshold,
                reason: `${rule.text} not met, but ${why}`,
            };
        }
    }
    const explained = rule.target.kind === "baseline"
        ? ` (${formatTarget(rule).replace(/^\S+ baseline/, `baseline ${formatNumber(baselineValue)}`)})`
        : "";
    return {
        ...base,
        outcome: "fail",
        level: LEVEL_OF[severity],
        threshold,
        reason: `${rule.text} not met: expected ${rule.op} ${formatNumber(threshold)}${explained}, got ${formatNumber(candidate)}`,
    };
}
/** Numbers in messages: up to 6 significant digits, so `0.8900000000000001` reads `0.89`. */
function formatNumber(value) {
    if (!Number.isFinite(value))
        return String(value);
    return String(Number(value.toPrecision(6)));
}

;// CONCATENATED MODULE: ./packages/metrics/src/did-you-mean.ts
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
function did_you_mean_didYouMean(word, candidates) {
    const match = closestMatch(word, candidates);
    return match === undefined || match === word ? "" : `; did you mean '${match}'?`;
}

;// CONCATENATED MODULE: ./packages/metrics/src/evaluate.ts







const LEVEL_RANK = { none: 0, info: 1, warn: 2, fail: 3 };
const NO_BASELINE = "no baseline";
const SKIPPED_NO_BASELINE = (/* unused pure expression or super */ null && (`not evaluated: ${NO_BASELINE}`));
const MISSING_BASELINE_LEVEL = {
    warn: "warn",
    fail: "fail",
    pass: "none",
};
/**
 * Compares candidate metrics with the baseline's (undefined when there is none) under a policy.
 * Every metric of either side is a row; metrics the policy names exactly but neither side has are rows
 * too (missing). See README "Evaluation" for the statuses and how the verdict follows from them.
 */
function evaluate(candidate, baseline, policy, options = {}) {
    const onMissing = options.onMissingBaseline ?? "warn";
    const extraRules = options.rules ?? [];
    const names = metricNames(candidate, baseline, policy, extraRules);
    const context = {
        candidate,
        baseline,
        onMissing,
        ...(options.noise && { noise: options.noise }),
    };
    const rows = names.map((name) => evaluateMetric(name, resolveMetric(name, policy, extraRules), context));
    rows.sort((a, b) => ROW_STATUSES.indexOf(a.status) - ROW_STATUSES.indexOf(b.status));
    const counts = Object.fromEntries(ROW_STATUSES.map((s) => [s, 0]));
    for (const row of rows)
        counts[row.status]++;
    const skippedRules = baseline
        ? 0
        : rows.reduce((n, row) => n + row.checks.filter((c) => c.outcome === "skipped" && c.reason === SKIPPED_NO_BASELINE).length, 0);
    let verdict = counts.fail > 0 ? "fail" : counts.warn > 0 ? "warn" : "pass";
    if (!baseline && onMissing !== "pass" && verdict !== "fail")
        verdict = onMissing;
    const evaluation = {
        verdict,
        summary: "",
        rows,
        failedMetrics: rows.filter((r) => r.status === "fail").map((r) => r.name),
        warnedMetrics: rows.filter((r) => r.status === "warn").map((r) => r.name),
        counts,
        baseline: { present: baseline !== undefined, onMissing, skippedRules },
        unmatchedPatterns: unmatchedPatterns(policy, extraRules, names),
    };
    if (!baseline) {
        evaluation.baseline.note =
            `no baseline: ${skippedRules} baseline rule(s) not evaluated; ` +
                `on-missing-baseline '${onMissing}' makes this ${onMissing === "pass" ? "leaves the verdict to the other rules" : `at least a ${onMissing}`}`;
    }
    evaluation.summary = summarize(evaluation);
    return evaluation;
}
function evaluateMetric(name, resolved, context) {
    const candidate = context.candidate.get(name);
    const baseline = context.baseline?.get(name);
    const row = {
        name,
        ...(context.candidate.has(name) ? { candidate } : {}),
        ...(context.baseline?.has(name) ? { baseline } : {}),
        ...(isFiniteNumber(candidate) && isFiniteNumber(baseline) ? { delta: deltaOf(candidate, baseline) } : {}),
        direction: resolved.direction,
        tolerance: resolved.tolerance,
        gated: resolved.rules.length > 0,
        severity: resolved.severity,
        checks: [],
        status: "pass",
    };
    if (resolved.entry)
        row.entry = resolved.entry.pattern;
    const problem = candidateProblem(name, candidate, context);
    if (!row.gated)
        return problem ? withStatus(row, problem.ungated, problem.reason) : describeChange(row, context);
    if (problem) {
        row.checks = resolved.rules.map((rule) => ({
            rule,
            severity: rule.severity ?? resolved.severity,
            outcome: "skipped",
            level: "none",
            reason: `not evaluated: ${problem.reason}`,
        }));
        const status = resolved.missing === "ignore" ? problem.ignored : resolved.missing;
        return withStatus(row, status, `${problem.reason} (missing: ${resolved.missing})`);
    }
    const side = baselineSide(name, context);
    row.checks = resolved.rules.map((rule) => checkRule(rule, candidate, side, resolved.tolerance, resolved.severity, context.noise?.get(name)));
    const worst = row.checks.reduce((a, c) => (LEVEL_RANK[c.level] > LEVEL_RANK[a.level] ? c : a));
    if (worst.level !== "none")
        return withStatus(row, worst.level, worst.reason);
    const skipped = row.checks.filter((c) => c.outcome === "skipped");
    if (skipped.length > 0 && !(context.baseline && baseline === undefined)) {
        return withStatus(row, "skipped", `${skipped.length} of ${row.checks.length} rule(s) ${skipped[0]?.reason}`);
    }
    return describeChange(row, context);
}
/** pass / improved / within-noise / regressed-ok / new, from the values alone. */
function describeChange(row, context) {
    const { candidate, baseline } = row;
    if (baseline === undefined) {
        return context.baseline ? withStatus(row, "new", "not in the baseline") : withStatus(row, "pass");
    }
    if (!isFiniteNumber(candidate) || !isFiniteNumber(baseline)) {
        return withStatus(row, "pass", `baseline value ${describeValue(baseline)} cannot be compared`);
    }
    if (candidate === baseline)
        return withStatus(row, "pass");
    if (withinTolerance(candidate, baseline, row.tolerance))
        return withStatus(row, "within-noise");
    const better = row.direction.direction === "higher" ? candidate > baseline : candidate < baseline;
    if (better)
        return withStatus(row, "improved");
    const passedRules = row.gated ? "; every rule passed" : "; no rule applies";
    return withStatus(row, "regressed-ok", `worse than the baseline (${row.direction.direction} is better)${passedRules}`);
}
function withStatus(row, status, reason) {
    row.status = status;
    if (reason !== undefined)
        row.reason = reason;
    return row;
}
function candidateProblem(name, value, context) {
    if (!context.candidate.has(name)) {
        const known = context.baseline?.has(name);
        const where = known ? "the candidate metrics" : "the candidate or baseline metrics";
        const hint = known ? "" : didYouMean(name, context.candidate.keys());
        return { reason: `not found in ${where}${hint}`, ignored: "missing", ungated: "removed" };
    }
    if (typeof value !== "number") {
        return {
            reason: `value ${describeValue(value)} is not a number`,
            ignored: "non-numeric",
            ungated: "non-numeric",
        };
    }
    if (!Number.isFinite(value)) {
        return { reason: `value is ${value}`, ignored: "non-finite", ungated: "non-finite" };
    }
    return undefined;
}
function baselineSide(name, context) {
    const level = MISSING_BASELINE_LEVEL[context.onMissing];
    if (!context.baseline)
        return { unavailable: NO_BASELINE, level };
    if (!context.baseline.has(name))
        return { unavailable: "not in the baseline", level: "none" };
    const value = context.baseline.get(name);
    if (typeof value !== "number")
        return { unavailable: `baseline value ${describeValue(value)} is not a number`, level };
    if (!Number.isFinite(value))
        return { unavailable: `baseline value is ${value}`, level };
    return { value };
}
function isFiniteNumber(value) {
    return typeof value === "number" && Number.isFinite(value);
}
/** Candidate names in file order, then baseline-only names, then names only the policy mentions. */
function metricNames(candidate, baseline, policy, rules) {
    const names = new Set(candidate.keys());
    for (const name of baseline?.keys() ?? [])
        names.add(name);
    const patterns = [
        ...policy.metrics.map((e) => e.pattern),
        ...policy.rules.map((r) => r.metric),
        ...rules.map((r) => r.metric),
    ];
    for (const pattern of patterns)
        if (!isGlob(pattern))
            names.add(pattern);
    return [...names];
}
function unmatchedPatterns(policy, rules, names) {
    const patterns = new Set([
        ...policy.metrics.map((e) => e.pattern),
        ...policy.rules.map((r) => r.metric),
        ...rules.map((r) => r.metric),
    ]);
    return [...patterns].filter((p) => isGlob(p) && !names.some((name) => patternMatches(p, name)));
}
function summarize(evaluation) {
    const { counts, rows, failedMetrics, warnedMetrics } = evaluation;
    const parts = [];
    if (failedMetrics.length > 0)
        parts.push(`${failedMetrics.length} failed (${failedMetrics.join(", ")})`);
    if (warnedMetrics.length > 0)
        parts.push(`${warnedMetrics.length} warned (${warnedMetrics.join(", ")})`);
    if (counts.improved > 0)
        parts.push(`${counts.improved} improved`);
    if (counts["regressed-ok"] > 0)
        parts.push(`${counts["regressed-ok"]} regressed within the rules`);
    const gated = rows.filter((r) => r.gated).length;
    parts.push(`${gated} of ${rows.length} metric(s) gated`);
    if (evaluation.baseline.note)
        parts.push(evaluation.baseline.note);
    return `${evaluation.verdict}: ${parts.join("; ")}`;
}

;// CONCATENATED MODULE: ./packages/metrics/src/source-error.ts
/** `file:line:col` (or `file:line`, or `file`) — the prefix editors and annotations understand. */
function formatLocation(location) {
    if (location.line === undefined)
        return location.file;
    if (location.column === undefined)
        return `${location.file}:${location.line}`;
    return `${location.file}:${location.line}:${location.column}`;
}
/**
 * A problem in a user file (metrics, policy or rule). The message is always one line,
 * `file:line:col: what is wrong; what was expected`, so it can be printed as is and
 * turned into an annotation from `location`.
 */
class source_error_SourceError extends Error {
    name = "SourceError";
    location;
    reason;
    constructor(location, reason) {
        const oneLine = reason.replace(/\s*\n\s*/g, " ").trim();
        super(`${formatLocation(location)}: ${oneLine}`);
        this.location = location;
        this.reason = oneLine;
    }
}
/** Turns a 0-based character offset into a 1-based line and column. */
function source_error_locationAt(text, offset, file) {
    let line = 1;
    let lineStart = 0;
    const end = Math.min(offset, text.length);
    for (let i = 0; i < end; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            lineStart = i + 1;
        }
    }
    return { file, line, column: end - lineStart + 1 };
}

;// CONCATENATED MODULE: ./packages/metrics/src/merge.ts

/** Names that occur in more than one of the files. */
function sharedMetricNames(files) {
    const seen = new Set();
    const shared = new Set();
    for (const { metrics } of files) {
        for (const name of metrics.keys())
            (seen.has(name) ? shared : seen).add(name);
    }
    return shared;
}
/**
 * Merges the metrics of several files into one set. A name found in one file stays as it is; a name
 * found in two or more files (or listed in `options.qualify`) becomes `<qualifier>/<name>` in each, the
 * qualifier being the file's stem (`out/eval.json` → `eval`), or, when stems clash, the shortest
 * trailing part of the path that tells the files apart (`a/metrics`, `b/metrics`), extension
 * included only when nothing else differs (`metrics.json`, `metrics.yaml`).
 */
function mergeMetrics(files, options = {}) {
    if (files.length <= 1)
        return new Map(files[0]?.metrics);
    const qualified = sharedMetricNames(files);
    for (const name of options.qualify ?? [])
        qualified.add(name);
    const qualifiers = fileQualifiers(files.map((f) => f.file));
    const merged = new Map();
    files.forEach(({ file, metrics }, i) => {
        for (const [name, value] of metrics) {
            const finalName = qualified.has(name) ? `${qualifiers[i]}/${name}` : name;
            if (merged.has(finalName)) {
                throw new SourceError({ file }, `metric '${finalName}' is also defined by another metrics file`);
            }
            merged.set(finalName, value);
        }
    });
    return merged;
}
/** The qualifier of each path, as described at `mergeMetrics`. */
function fileQualifiers(paths) {
    if (paths.length === 0)
        return [];
    const split = paths.map((p) => p.replaceAll("\\", "/").replace(/^\.\//, "").split("/").filter(Boolean));
    const withoutExtension = split.map((segments) => segments.map((s, i) => (i === segments.length - 1 ? s.replace(/\.[^.]+$/, "") || s : s)));
    for (const variant of [withoutExtension, split]) {
        const longest = Math.max(...variant.map((s) => s.length));
        for (let k = 1; k <= longest; k++) {
            const names = variant.map((segments) => segments.slice(-k).join("/"));
            if (new Set(names).size === names.length)
                return names;
        }
    }
    const duplicate = paths.find((p, i) => paths.indexOf(p) !== i) ?? "";
    throw new SourceError({ file: duplicate }, "the same metrics file is listed twice");
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/metrics/src/parse-rule.ts



const OPERATORS = (/* unused pure expression or super */ null && ([">=", "<=", "==", ">", "<"]));
const MISTYPED_OPERATORS = {
    "=>": ">=",
    "=<": "<=",
    "=": "==",
    "≥": ">=",
    "≤": "<=",
};
const NUMBER = /[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const UNSIGNED_NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const BARE_NAME = /[^\s<>=!≥≤[\]"']+/y;
const WORD = /[A-Za-z_][A-Za-z0-9_]*/y;
/**
 * Parses an inline rule:
 *
 *     rule     = metric operator target [ "[" severity "]" ]
 *     metric   = bare-name | "quoted name" | 'quoted name'      (bare: no spaces, < > = ! [ ] or quotes)
 *     operator = ">=" | ">" | "<=" | "<" | "=="
 *     target   = number | "baseline" [ ("+" | "-") number ["%"] | "*" number ]
 *     severity = "block" | "warn" | "info"
 *
 * `location` is where the rule text starts; errors point at the exact column.
 */
function parse_rule_parseRule(text, location = { file: "rule", line: 1, column: 1 }) {
    let pos = 0;
    const fail = (reason, at = pos) => {
        const line = location.line ?? 1;
        throw new SourceError({ file: location.file, line, column: (location.column ?? 1) + at }, reason);
    };
    const skipSpace = () => {
        while (pos < text.length && /\s/.test(text[pos] ?? ""))
            pos++;
    };
    const found = () => {
        if (pos >= text.length)
            return "the end of the rule";
        const token = /\S+/y;
        token.lastIndex = pos;
        return `'${token.exec(text)?.[0] ?? text[pos]}'`;
    };
    const match = (pattern) => {
        pattern.lastIndex = pos;
        const m = pattern.exec(text);
        if (!m)
            return undefined;
        pos = pattern.lastIndex;
        return m[0];
    };
    const readMetric = () => {
        const quote = text[pos];
        if (quote === '"' || quote === "'") {
            const end = text.indexOf(quote, pos + 1);
            if (end < 0)
                fail(`unterminated quoted metric name; expected a closing ${quote}`);
            const name = text.slice(pos + 1, end);
            if (name === "")
                fail("empty metric name");
            pos = end + 1;
            return name;
        }
        return match(BARE_NAME) ?? fail(`expected a metric name, found ${found()}`);
    };
    const readOperator = () => {
        const operator = OPERATORS.find((op) => text.startsWith(op, pos));
        if (operator) {
            pos += operator.length;
            return operator;
        }
        const typo = Object.keys(MISTYPED_OPERATORS).find((t) => text.startsWith(t, pos));
        const hint = typo ? `; did you mean '${MISTYPED_OPERATORS[typo]}'?` : "";
        return fail(`expected a comparison (>=, >, <=, <, ==), found ${found()}${hint}`);
    };
    const readTarget = (after) => {
        const start = pos;
        const word = match(WORD);
        if (word === "baseline")
            return { kind: "baseline", ...readAdjust() };
        pos = start;
        const number = match(NUMBER);
        if (number !== undefined) {
            if (text[pos] === "%") {
                fail("a percentage is only allowed after 'baseline +' or 'baseline -'; write 0.9, not 90%");
            }
            return { kind: "number", value: Number(number) };
        }
        const hint = word ? didYouMean(word, ["baseline"]) : "";
        return fail(`expected a number or 'baseline' after '${after}', found ${found()}${hint}`);
    };
    const readAdjust = () => {
        skipSpace();
        const op = text[pos];
        if (op !== "+" && op !== "-" && op !== "*")
            return {};
        pos++;
        skipSpace();
        const number = match(UNSIGNED_NUMBER) ?? fail(`expected a number after '${op}', found ${found()}`);
        const percent = text[pos] === "%";
        if (op === "*") {
            if (percent)
                fail("a percentage cannot multiply the baseline; write 'baseline * 1.1' for +10%");
            return { adjust: { op, factor: Number(number) } };
        }
        if (percent)
            pos++;
        const amount = { value: Number(number), percent };
        return { adjust: { op, amount } };
    };
    const readSeverity = () => {
        skipSpace();
        if (text[pos] !== "[")
            return undefined;
        const open = pos;
        const close = text.indexOf("]", pos);
        if (close < 0)
            fail("unterminated severity marker; expected ']'");
        const word = text.slice(open + 1, close).trim();
        const severity = SEVERITIES.find((s) => s === word);
        if (!severity) {
            fail(`unknown severity '${word}'; expected block, warn or info${didYouMean(word, SEVERITIES)}`, open + 1);
        }
        pos = close + 1;
        return severity;
    };
    skipSpace();
    if (pos >= text.length)
        fail("empty rule; expected e.g. 'accuracy >= 0.9' or 'loss <= baseline'");
    const metric = readMetric();
    skipSpace();
    const op = readOperator();
    skipSpace();
    const target = readTarget(op);
    const ruleEnd = pos;
    const severity = readSeverity();
    skipSpace();
    if (pos < text.length) {
        const expected = target.kind === "baseline" ? "'+', '-', '*', " : "";
        fail(`unexpected ${found()}; expected ${expected}a severity like [warn], or the end of the rule`);
    }
    const rule = { metric, op, target, origin: "rule", text: text.slice(0, ruleEnd).trim(), location };
    if (severity)
        rule.severity = severity;
    return rule;
}

;// CONCATENATED MODULE: ./packages/metrics/src/yaml-error.ts

/**
 * The yaml library's errors end with " at line L, column C:" and a multi-line excerpt; keep the first
 * sentence and put the position in front, as every other error here does.
 */
function yaml_error_fromYamlError(error, file) {
    const reason = error.message.split(/ at line \d+, column \d+/)[0] ?? error.message;
    const start = error.linePos?.[0];
    const location = start ? { file, line: start.line, column: start.col } : { file };
    return new SourceError(location, lowerFirst(reason.trim()));
}
function lowerFirst(text) {
    return text.length > 1 && /^[A-Z][a-z]/.test(text) ? text[0]?.toLowerCase() + text.slice(1) : text;
}

;// CONCATENATED MODULE: ./packages/metrics/src/parse-policy.ts






const TOP_KEYS = (/* unused pure expression or super */ null && (["defaults", "metrics", "rules"]));
const DEFAULT_KEYS = (/* unused pure expression or super */ null && (["tolerance", "severity", "missing"]));
const ENTRY_KEYS = (/* unused pure expression or super */ null && ([
    "direction",
    "min",
    "max",
    "max-drop",
    "max-rise",
    "tolerance",
    "severity",
    "missing",
]));
const DIRECTIONS = (/* unused pure expression or super */ null && (["higher", "lower"]));
const PERCENT = /^\s*(\d+(?:\.\d*)?|\.\d+)\s*%\s*$/;
/**
 * Parses a policy file (see README: `defaults:`, `metrics:` keyed by name or glob, `rules:` a list of
 * inline rules). Every problem is a `SourceError` pointing at the line and column of the offending
 * node, saying what was expected.
 */
function parsePolicy(text, fileName) {
    const lineCounter = new LineCounter();
    const document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
    const [error] = document.errors;
    if (error)
        throw fromYamlError(error, fileName);
    const at = (node) => {
        const offset = node?.range?.[0];
        if (offset === undefined)
            return { file: fileName };
        const { line, col } = lineCounter.linePos(offset);
        return { file: fileName, line, column: col };
    };
    const fail = (node, reason) => {
        throw new SourceError(at(node), reason);
    };
    const policy = { file: fileName, defaults: {}, metrics: [], rules: [] };
    const root = document.contents;
    if (root === null || (isScalar(root) && root.value === null))
        return policy;
    if (!isMap(root))
        return fail(root, "expected a mapping with 'defaults', 'metrics' and/or 'rules'");
    for (const pair of pairs(root)) {
        const key = keyOf(pair, fail);
        const value = pair.value;
        if (key === "defaults")
            policy.defaults = readDefaults(value);
        else if (key === "metrics")
            policy.metrics = readMetrics(value);
        else if (key === "rules")
            policy.rules = readRules(value);
        else {
            const hint = didYouMean(key, TOP_KEYS) ||
                (isMap(value) ? `; metric entries go under 'metrics:'` : `; expected ${TOP_KEYS.join(", ")}`);
            fail(pair.key, `unknown key '${key}' at the top level${hint}`);
        }
    }
    return policy;
    function readDefaults(node) {
        const defaults = {};
        if (isNull(node))
            return defaults;
        if (!isMap(node))
            return fail(node, "expected 'defaults' to be a mapping (tolerance, severity, missing)");
        for (const pair of pairs(node)) {
            const key = keyOf(pair, fail);
            const value = pair.value;
            if (key === "tolerance")
                defaults.tolerance = readAmount(value, key, "defaults");
            else if (key === "severity")
                defaults.severity = readChoice(value, key, "defaults", SEVERITIES);
            else if (key === "missing")
                defaults.missing = readChoice(value, key, "defaults", MISSING_MODES);
            else {
                const onlyPerMetric = ENTRY_KEYS.includes(key)
                    ? `; '${key}' is set per metric, defaults take only ${DEFAULT_KEYS.join(", ")}`
                    : didYouMean(key, DEFAULT_KEYS) || `; expected ${DEFAULT_KEYS.join(", ")}`;
                fail(pair.key, `unknown key '${key}' in defaults${onlyPerMetric}`);
            }
        }
        return defaults;
    }
    function readMetrics(node) {
        if (isNull(node))
            return [];
        if (!isMap(node))
            return fail(node, "expected 'metrics' to be a mapping of metric names or globs to settings");
        return pairs(node).map((pair) => readEntry(pair));
    }
    function readEntry(pair) {
        const pattern = keyOf(pair, fail);
        const entry = { pattern, location: at(pair.key) };
        const node = pair.value;
        if (isNull(node))
            return entry;
        if (!isMap(node)) {
            return fail(node, `expected metric '${pattern}' to be a mapping of settings (${ENTRY_KEYS.join(", ")})`);
        }
        const where = `metric '${pattern}'`;
        for (const setting of pairs(node)) {
            const key = keyOf(setting, fail);
            const value = setting.value;
            switch (key) {
                case "direction":
                    entry.direction = readChoice(value, key, where, DIRECTIONS);
                    break;
                case "min":
                    entry.min = readNumber(value, key, where);
                    break;
                case "max":
                    entry.max = readNumber(value, key, where);
                    break;
                case "max-drop":
                    entry.maxDrop = readAmount(value, key, where);
                    break;
                case "max-rise":
                    entry.maxRise = readAmount(value, key, where);
                    break;
                case "tolerance":
                    entry.tolerance = readAmount(value, key, where);
                    break;
                case "severity":
                    entry.severity = readChoice(value, key, where, SEVERITIES);
                    break;
                case "missing":
                    entry.missing = readChoice(value, key, where, MISSING_MODES);
                    break;
                default: {
                    const hint = didYouMean(key, ENTRY_KEYS) || `; expected one of ${ENTRY_KEYS.join(", ")}`;
                    fail(setting.key, `unknown key '${key}' in ${where}${hint}`);
                }
            }
        }
        if (entry.min !== undefined && entry.max !== undefined && entry.min > entry.max) {
            fail(node, `min (${entry.min}) is greater than max (${entry.max}) in ${where}; no value can pass`);
        }
        return entry;
    }
    function readRules(node) {
        if (isNull(node))
            return [];
        if (!isSeq(node))
            return fail(node, "expected 'rules' to be a list of rules like '- accuracy >= 0.9'");
        return node.items.map((item) => {
            const ruleNode = item;
            if (!isScalar(ruleNode) || typeof ruleNode.value !== "string") {
                return fail(ruleNode, "expected a rule as text, like 'f1 >= baseline - 0.01'");
            }
            return parseRule(ruleNode.value, ruleTextStart(ruleNode));
        });
    }
    /** Where the rule's text starts, so rule errors point at the right column (inside quotes too). */
    function ruleTextStart(node) {
        const start = at(node);
        const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
        return quoted && start.column !== undefined ? { ...start, column: start.column + 1 } : start;
    }
    function readNumber(node, key, where) {
        if (isScalar(node) && typeof node.value === "number" && Number.isFinite(node.value))
            return node.value;
        const hint = isScalar(node) && typeof node.value === "string" && PERCENT.test(node.value)
            ? ` ('${key}' is an absolute bound; percentages are for max-drop, max-rise and tolerance)`
            : "";
        return fail(node, `expected '${key}' in ${where} to be a number, found ${show(node)}${hint}`);
    }
    function readAmount(node, key, where) {
        if (isScalar(node)) {
            if (typeof node.value === "number" && Number.isFinite(node.value) && node.value >= 0) {
                return { value: node.value, percent: false };
            }
            const percent = typeof node.value === "string" ? PERCENT.exec(node.value) : null;
            if (percent?.[1] !== undefined)
                return { value: Number(percent[1]), percent: true };
        }
        return fail(node, `expected '${key}' in ${where} to be a non-negative number or a percentage like '2%', found ${show(node)}`);
    }
    function readChoice(node, key, where, choices) {
        const value = isScalar(node) ? node.value : undefined;
        const choice = choices.find((c) => c === value);
        if (choice !== undefined)
            return choice;
        const hint = typeof value === "string" ? didYouMean(value, choices) : "";
        return fail(node, `expected '${key}' in ${where} to be one of ${choices.join(", ")}, found ${show(node)}${hint}`);
    }
}
function pairs(map) {
    return map.items;
}
function keyOf(pair, fail) {
    const key = pair.key;
    if (isScalar(key) && (typeof key.value === "string" || typeof key.value === "number") && key.value !== "") {
        return String(key.value);
    }
    return fail(key, "expected a plain key (a name)");
}
function isNull(node) {
    return node === null || node === undefined || (isScalar(node) && node.value === null);
}
function show(node) {
    if (isNull(node))
        return "nothing";
    if (isScalar(node))
        return typeof node.value === "string" ? `'${node.value}'` : String(node.value);
    return isSeq(node) ? "a list" : "a mapping";
}

;// CONCATENATED MODULE: ./packages/metrics/src/predictions/compare-predictions.ts





/** Numeric labels with more distinct values than this are a regression target. */
const MAX_CLASSES_FOR_NUMBERS = 20;
const LOWER_IS_BETTER = new Set(["log_loss", "mae", "rmse"]);
/**
 * Computes the metrics of both models from their predictions on the same examples, a seeded paired
 * bootstrap interval for each difference, and McNemar's exact test for accuracy; then calls each
 * metric regressed, improved, within-noise (no significant change, not worse) or inconclusive (no
 * significant change, but worse, or too few resamples where the metric is defined).
 */
function comparePredictions(paired, options = {}) {
    const seed = options.seed ?? DEFAULT_SEED;
    const resamples = options.resamples ?? DEFAULT_RESAMPLES;
    const confidence = options.confidence ?? 0.95;
    const n = paired.labels.length;
    const task = taskOf(paired);
    const side = task === "classification" ? classificationSides(paired) : regressionSides(paired);
    const intervals = pairedBootstrap(n, (indices) => {
        const candidate = side.scores("candidate", indices);
        const baseline = side.scores("baseline", indices);
        return side.names.map((name) => {
            const c = candidate[name];
            const b = baseline[name];
            return c === undefined || b === undefined ? undefined : c - b;
        });
    }, { seed, resamples, confidence });
    const full = { candidate: side.scores("candidate"), baseline: side.scores("baseline") };
    const mcnemar = side.mcnemar?.();
    const alpha = 1 - confidence;
    const metrics = side.names.flatMap((name, k) => {
        const candidate = full.candidate[name];
        const baseline = full.baseline[name];
        const interval = intervals[k];
        if (candidate === undefined || baseline === undefined || interval === undefined)
            return [];
        const direction = LOWER_IS_BETTER.has(name) ? "lower" : "higher";
        const pValue = name === "accuracy" ? mcnemar?.pValue : undefined;
        const significant = pValue !== undefined ? pValue < alpha : interval.valid > 0 && (interval.low > 0 || interval.high < 0);
        const difference = candidate - baseline;
        const worse = direction === "higher" ? difference < 0 : difference > 0;
        const enough = interval.valid >= 0.95 * resamples;
        const status = !enough
            ? "inconclusive"
            : significant
                ? worse
                    ? "regressed"
                    : difference === 0
                        ? "within-noise"
                        : "improved"
                : worse
                    ? "inconclusive"
                    : "within-noise";
        return [
            {
                name,
                direction,
                candidate,
                baseline,
                difference,
                interval: { low: interval.low, high: interval.high, confidence, valid: interval.valid, resamples },
                ...(pValue !== undefined && { pValue }),
                significant,
                status,
            },
        ];
    });
    return {
        task,
        examples: n,
        pairedBy: paired.pairedBy,
        ...(side.classes && { classes: side.classes }),
        ...(side.positiveClass !== undefined && { positiveClass: side.positiveClass }),
        seed,
        resamples,
        confidence,
        ...(mcnemar && { mcnemar }),
        metrics,
    };
}
function isNumber(text) {
    return text.trim() !== "" && Number.isFinite(Number(text));
}
function taskOf(paired) {
    const all = [...paired.labels, ...paired.candidate.predictions, ...paired.baseline.predictions];
    if (!all.every(isNumber))
        return "classification";
    const integral = all.every((text) => Number.isInteger(Number(text)));
    return integral && new Set(paired.labels).size <= MAX_CLASSES_FOR_NUMBERS ? "classification" : "regression";
}
function classificationSides(paired) {
    const numeric = [...paired.labels, ...paired.candidate.predictions, ...paired.baseline.predictions].every(isNumber);
    const classes = [
        ...new Set([...paired.labels, ...paired.candidate.predictions, ...paired.baseline.predictions]),
    ].sort(numeric ? (a, b) => Number(a) - Number(b) : undefined);
    const id = new Map(classes.map((name, i) => [name, i]));
    const encode = (values) => Int32Array.from(values, (v) => id.get(v));
    const truth = encode(paired.labels);
    const predicted = {
        candidate: encode(paired.candidate.predictions),
        baseline: encode(paired.baseline.predictions),
    };
    const truthClasses = [...new Set(paired.labels)].sort(numeric ? (a, b) => Number(a) - Number(b) : undefined);
    const binary = truthClasses.length === 2 && paired.candidate.scores && paired.baseline.scores;
    const positiveClass = binary ? truthClasses[1] : undefined;
    const positive = Uint8Array.from(paired.labels, (label) => (label === positiveClass ? 1 : 0));
    const scores = {
        candidate: Float64Array.from(paired.candidate.scores ?? []),
        baseline: Float64Array.from(paired.baseline.scores ?? []),
    };
    const names = [
        "accuracy",
        ...["precision", "recall", "f1"].flatMap((m) => ["micro", "macro", "weighted"].map((a) => `${m}_${a}`)),
        ...(binary ? ["roc_auc", "log_loss"] : []),
    ];
    return {
        names,
        classes,
        ...(positiveClass !== undefined && { positiveClass }),
        scores(which, indices) {
            const result = { ...classificationScores(truth, predicted[which], classes.length, indices) };
            if (binary) {
                result.roc_auc = rocAuc(positive, scores[which], indices);
                result.log_loss = logLoss(positive, scores[which], indices);
            }
            return result;
        },
        mcnemar() {
            let candidateOnly = 0;
            let baselineOnly = 0;
            for (let i = 0; i < truth.length; i++) {
                const c = predicted.candidate[i] === truth[i];
                const b = predicted.baseline[i] === truth[i];
                if (c && !b)
                    candidateOnly++;
                if (b && !c)
                    baselineOnly++;
            }
            return { candidateOnly, baselineOnly, pValue: mcnemarExact(candidateOnly, baselineOnly) };
        },
    };
}
function regressionSides(paired) {
    const truth = Float64Array.from(paired.labels, Number);
    const predicted = {
        candidate: Float64Array.from(paired.candidate.predictions, Number),
        baseline: Float64Array.from(paired.baseline.predictions, Number),
    };
    return {
        names: ["mae", "rmse", "r2"],
        scores: (which, indices) => ({ ...regressionScores(truth, predicted[which], indices) }),
    };
}

;// CONCATENATED MODULE: ./packages/metrics/src/predictions/predictions-error.ts
/**
 * A problem in a predictions file, or between the two files being paired. The message is one line that
 * names the file; `location`, when known, is where an annotation should point.
 */
class predictions_error_PredictionsError extends Error {
    name = "PredictionsError";
    location;
    constructor(message, location) {
        super(message);
        this.location = location;
    }
}

;// CONCATENATED MODULE: ./packages/metrics/src/predictions/pair-predictions.ts

/**
 * Matches the two sides example by example: by `id` when both files have one (the same ids, each once),
 * else by row order (the same number of rows). The truth must agree: they must be the same examples.
 */
function pairPredictions(candidate, baseline) {
    const baselineOrder = candidate.ids && baseline.ids ? orderById(candidate, baseline) : orderByRow(candidate, baseline);
    const pick = (values) => values && baselineOrder.map((i) => values[i]);
    candidate.labels.forEach((label, i) => {
        const other = baseline.labels[baselineOrder[i]];
        if (other !== label) {
            const example = candidate.ids?.[i] ?? `row ${i + 2}`;
            throw new PredictionsError(`${baseline.file}: example ${example} has label '${other}' but '${label}' in ${candidate.file}; both files must hold the same examples`);
        }
    });
    const baselineScores = pick(baseline.scores);
    return {
        labels: candidate.labels,
        candidate: { predictions: candidate.predictions, ...(candidate.scores && { scores: candidate.scores }) },
        baseline: {
            predictions: pick(baseline.predictions) ?? [],
            ...(baselineScores && { scores: baselineScores }),
        },
        pairedBy: candidate.ids && baseline.ids ? "id" : "order",
    };
}
function orderById(candidate, baseline) {
    const position = new Map();
    (baseline.ids ?? []).forEach((id, i) => {
        if (position.has(id))
            throw new PredictionsError(`${baseline.file}: example id '${id}' appears twice`);
        position.set(id, i);
    });
    const seen = new Set();
    const order = (candidate.ids ?? []).map((id) => {
        if (seen.has(id))
            throw new PredictionsError(`${candidate.file}: example id '${id}' appears twice`);
        seen.add(id);
        const index = position.get(id);
        if (index === undefined)
            throw new PredictionsError(`${baseline.file}: has no example with id '${id}' (from ${candidate.file})`);
        return index;
    });
    if (order.length !== position.size) {
        throw new PredictionsError(`${baseline.file}: has ${position.size} examples, ${candidate.file} ${order.length}; both must hold the same examples`);
    }
    return order;
}
function orderByRow(candidate, baseline) {
    if (candidate.labels.length !== baseline.labels.length) {
        throw new PredictionsError(`${baseline.file}: has ${baseline.labels.length} examples, ${candidate.file} ${candidate.labels.length}; both must hold the same examples (add an 'id' column to match them by id)`);
    }
    return candidate.labels.map((_, i) => i);
}

;// CONCATENATED MODULE: ./packages/metrics/src/predictions/parse-predictions.ts

const COLUMNS = {
    id: ["id", "example_id", "example"],
    label: ["label", "y_true", "target", "truth", "actual"],
    prediction: ["prediction", "y_pred", "pred", "predicted"],
    score: ["score", "y_score", "proba", "probability", "y_proba"],
};
/**
 * Parses a CSV or TSV (by the extension of `file`, else sniffed from the header) with a header row naming
 * the columns: `label` (or y_true, target, truth, actual), `prediction` (or y_pred, pred, predicted),
 * optional `id` and optional `score` (the positive class's probability). `file` is the name errors and
 * the result point at. csv-parse is loaded only here.
 */
async function parsePredictions(text, file) {
    const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
    const delimiter = /\.tsv$/i.test(file) || (!/\.csv$/i.test(file) && firstLine.includes("\t")) ? "\t" : ",";
    const { parse } = await __webpack_require__.e(/* import() */ 175).then(__webpack_require__.bind(__webpack_require__, 5175));
    let rows;
    try {
        rows = parse(text, { delimiter, trim: true, skip_empty_lines: true, bom: true });
    }
    catch (error) {
        const line = error.lines;
        throw new PredictionsError(`${file}${line ? `:${line}` : ""}: not a valid ${delimiter === "," ? "CSV" : "TSV"} file: ${error.message}`, {
            file,
            ...(line !== undefined && { line }),
        });
    }
    const [header = [], ...body] = rows;
    const column = (names) => header.findIndex((h) => names.includes(h.toLowerCase()));
    const at = {
        id: column(COLUMNS.id),
        label: column(COLUMNS.label),
        prediction: column(COLUMNS.prediction),
        score: column(COLUMNS.score),
    };
    if (at.label < 0 || at.prediction < 0) {
        throw new PredictionsError(`${file}:1: expected a header with a 'label' column (or ${COLUMNS.label.slice(1).join(", ")}) and a 'prediction' column (or ${COLUMNS.prediction.slice(1).join(", ")}); found ${header.join(", ") || "nothing"}`, { file, line: 1 });
    }
    if (body.length === 0)
        throw new PredictionsError(`${file}: no examples after the header`, { file, line: 1 });
    const cell = (row, index) => row[index] ?? "";
    const scores = at.score < 0 ? undefined : body.map((row, i) => parseScore(cell(row, at.score), file, i + 2));
    return {
        file,
        ...(at.id >= 0 && { ids: body.map((row) => cell(row, at.id)) }),
        labels: body.map((row) => cell(row, at.label)),
        predictions: body.map((row) => cell(row, at.prediction)),
        ...(scores && { scores }),
    };
}
function parseScore(text, file, line) {
    const value = Number(text);
    if (text === "" || !Number.isFinite(value) || value < 0 || value > 1) {
        throw new PredictionsError(`${file}:${line}: score '${text}' is not a probability between 0 and 1`, {
            file,
            line,
        });
    }
    return value;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/metrics/src/flatten.ts


/**
 * Flattens nested mappings into dotted names and arrays into indexes:
 * `{"a":{"b":[1,2]}}` → `a.b.0 = 1`, `a.b.1 = 2`. Empty mappings and arrays contribute nothing.
 * The top level must be a mapping. Two paths that flatten to the same name (`{"a.b":1,"a":{"b":2}}`)
 * are an error rather than one silently hiding the other.
 */
function flatten_flattenMetrics(tree, file) {
    if (tree === null || typeof tree !== "object" || Array.isArray(tree)) {
        throw new SourceError({ file }, `expected a mapping of metric names to values at the top level, found ${describeKind(tree)}`);
    }
    const metrics = new Map();
    const visit = (node, name) => {
        if (node !== null && typeof node === "object") {
            const entries = Array.isArray(node)
                ? node.map((v, i) => [String(i), v])
                : Object.entries(node);
            for (const [key, child] of entries)
                visit(child, name === "" ? key : `${name}.${key}`);
            return;
        }
        if (metrics.has(name)) {
            throw new SourceError({ file }, `metric '${name}' is defined twice (a dotted key and a nested one)`);
        }
        metrics.set(name, toMetricValue(node, name, file));
    };
    visit(tree, "");
    return metrics;
}
function toMetricValue(node, name, file) {
    if (typeof node === "number" || typeof node === "string" || typeof node === "boolean" || node === null) {
        return coerceValue(node);
    }
    throw new SourceError({ file }, `metric '${name}' has an unsupported value of type ${typeof node}`);
}
function describeKind(tree) {
    if (Array.isArray(tree))
        return "a list";
    if (tree === null || tree === undefined)
        return "nothing";
    return `a ${typeof tree}`;
}

;// CONCATENATED MODULE: ./packages/metrics/src/json-parse.ts

const json_parse_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORDS = [
    ["true", true],
    ["false", false],
    ["null", null],
    // Python's json.dump writes these for float('nan') / float('inf'); training scripts emit them.
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["-Infinity", Number.NEGATIVE_INFINITY],
];
/**
 * Strict JSON plus Python's `NaN`, `Infinity` and `-Infinity`. Unlike JSON.parse, every error carries
 * the line and column, and a key repeated in one object is an error (JSON.parse keeps the last one).
 */
function json_parse_parseJson(text, file) {
    let pos = 0;
    const fail = (reason, at = pos) => {
        throw new SourceError(locationAt(text, at, file), reason);
    };
    const found = () => {
        if (pos >= text.length)
            return "end of file";
        const word = /[A-Za-z0-9_+\-.]+/y;
        word.lastIndex = pos;
        const match = word.exec(text);
        return `'${match ? match[0] : text[pos]}'`;
    };
    const skipSpace = () => {
        while (pos < text.length && " \t\n\r".includes(text[pos] ?? ""))
            pos++;
    };
    const readString = () => {
        const start = pos;
        let end = pos + 1;
        while (end < text.length && text[end] !== '"' && text[end] !== "\n")
            end += text[end] === "\\" ? 2 : 1;
        if (text[end] !== '"')
            return fail("unterminated string; expected a closing '\"' on the same line");
        pos = end + 1;
        try {
            return JSON.parse(text.slice(start, pos));
        }
        catch {
            return fail('invalid string: control characters must be escaped, escapes are \\n \\t \\" \\\\ \\uXXXX', start);
        }
    };
    const readValue = () => {
        skipSpace();
        const c = text[pos];
        if (c === "{")
            return readObject();
        if (c === "[")
            return readArray();
        if (c === '"')
            return readString();
        for (const [word, value] of WORDS) {
            if (text.startsWith(word, pos)) {
                pos += word.length;
                return value;
            }
        }
        json_parse_NUMBER.lastIndex = pos;
        const number = json_parse_NUMBER.exec(text);
        if (number) {
            pos = json_parse_NUMBER.lastIndex;
            return Number(number[0]);
        }
        return fail(`expected a value, found ${found()}`);
    };
    const readObject = () => {
        const object = {};
        pos++;
        skipSpace();
        if (text[pos] === "}") {
            pos++;
            return object;
        }
        for (;;) {
            skipSpace();
            if (text[pos] !== '"')
                fail(`expected a property name in double quotes, found ${found()}`);
            const keyAt = pos;
            const key = readString();
            if (Object.hasOwn(object, key))
                fail(`duplicate key ${JSON.stringify(key)}`, keyAt);
            skipSpace();
            if (text[pos] !== ":")
                fail(`expected ':' after property name, found ${found()}`);
            pos++;
            object[key] = readValue();
            skipSpace();
            if (text[pos] === ",") {
                pos++;
                continue;
            }
            if (text[pos] === "}") {
                pos++;
                return object;
            }
            fail(`expected ',' or '}' after property value, found ${found()}`);
        }
    };
    const readArray = () => {
        const array = [];
        pos++;
        skipSpace();
        if (text[pos] === "]") {
            pos++;
            return array;
        }
        for (;;) {
            array.push(readValue());
            skipSpace();
            if (text[pos] === ",") {
                pos++;
                continue;
            }
            if (text[pos] === "]") {
                pos++;
                return array;
            }
            fail(`expected ',' or ']' after array element, found ${found()}`);
        }
    };
    if (text.charCodeAt(0) === 0xfeff)
        pos = 1;
    const value = readValue();
    skipSpace();
    if (pos < text.length)
        fail(`unexpected ${found()} after the end of the JSON value`);
    return value;
}

;// CONCATENATED MODULE: ./packages/metrics/src/read-table.ts



const NAME_HEADERS = new Set(["name", "metric", "key", "metric_name"]);
const VALUE_HEADERS = new Set(["value", "score", "metric_value"]);
/**
 * Reads metrics from CSV or TSV in one of two shapes, decided in this order:
 * 1. a long table with a `name,value` header (first cell name|metric|key|metric_name, second
 *    value|score|metric_value, any case) — one metric per following row;
 * 2. a wide table — exactly two rows of equal width whose first row holds no number: the names, then
 *    the values;
 * 3. a long table without header — every row has exactly two cells, name then value.
 * Anything else is an error naming the row that does not fit.
 */
function read_table_readTable(text, delimiter, file) {
    const { rows, unterminatedQuoteLine } = parseDelimited(text, delimiter);
    if (unterminatedQuoteLine !== undefined) {
        throw new SourceError({ file, line: unterminatedQuoteLine }, "unterminated quoted cell");
    }
    const [first, second] = rows;
    if (!first)
        throw new SourceError({ file }, "no metrics: the file has no rows");
    if (isNameValueHeader(first))
        return readLong(rows.slice(1), file);
    if (rows.length === 2 && second && isWide(first, second))
        return readWide(first, second, file);
    return readLong(rows, file);
}
function isNameValueHeader(row) {
    const [name, value] = row.cells.map((c) => c.toLowerCase());
    return row.cells.length === 2 && NAME_HEADERS.has(name ?? "") && VALUE_HEADERS.has(value ?? "");
}
function isWide(header, values) {
    return (header.cells.length === values.cells.length && header.cells.every((c) => parseNumber(c) === undefined));
}
function readWide(header, values, file) {
    const metrics = new Map();
    header.cells.forEach((name, i) => {
        addMetric(metrics, name, values.cells[i] ?? "", file, header.line);
    });
    return metrics;
}
function readLong(rows, file) {
    const metrics = new Map();
    for (const row of rows) {
        if (row.cells.length !== 2) {
            throw new SourceError({ file, line: row.line }, `expected 2 cells (name, value), found ${row.cells.length}; a metrics table is either ` +
                "'name,value' rows or one header row followed by one row of values");
        }
        const [name = "", value = ""] = row.cells;
        addMetric(metrics, name, value, file, row.line);
    }
    return metrics;
}
function addMetric(metrics, name, cell, file, line) {
    if (name === "")
        throw new SourceError({ file, line }, "empty metric name");
    if (metrics.has(name))
        throw new SourceError({ file, line }, `metric '${name}' is defined twice`);
    metrics.set(name, coerceValue(cell));
}

;// CONCATENATED MODULE: ./packages/metrics/src/read-metrics.ts








const BY_EXTENSION = {
    ".json": "json",
    ".yaml": "yaml",
    ".yml": "yaml",
    ".csv": "csv",
    ".tsv": "tsv",
};
/** The format named by the file's extension, or undefined when the extension says nothing. */
function formatFromExtension(path) {
    return BY_EXTENSION[extname(path).toLowerCase()];
}
/**
 * Guesses the format of text whose extension says nothing (`.txt`, `.metrics`, none):
 * `{` or `[` first → JSON; a tab in the first line → TSV; a comma and no `: ` in the first line → CSV;
 * otherwise YAML.
 */
function sniffFormat(text) {
    const body = text.replace(/^\uFEFF/, "").trimStart();
    if (body.startsWith("{") || body.startsWith("["))
        return "json";
    const firstLine = body.split(/\r?\n/, 1)[0] ?? "";
    if (firstLine.includes("\t"))
        return "tsv";
    if (firstLine.includes(",") && !/:\s/.test(firstLine))
        return "csv";
    return "yaml";
}
/** Reads one metrics file; the format comes from the extension, else from the content. */
async function readMetricsFile(path) {
    let text;
    try {
        text = await readFile(path, "utf8");
    }
    catch (error) {
        const code = error.code;
        const reason = code === "ENOENT" ? "file not found" : `cannot read the file (${code ?? String(error)})`;
        throw new SourceError({ file: path }, reason);
    }
    return parseMetrics(text, formatFromExtension(path) ?? "auto", path);
}
/** Parses metrics text; `sourceName` is the file name errors point at. */
function parseMetrics(text, format, sourceName) {
    const resolved = format === "auto" ? sniffFormat(text) : format;
    return { file: sourceName, format: resolved, metrics: parseAs(text, resolved, sourceName) };
}
function parseAs(text, format, file) {
    switch (format) {
        case "json":
            return flattenMetrics(parseJson(text, file), file);
        case "yaml":
            return flattenMetrics(parseYaml(text, file), file);
        case "csv":
            return readTable(text, ",", file);
        case "tsv":
            return readTable(text, "\t", file);
    }
}
function parseYaml(text, file) {
    const document = parseDocument(text, { lineCounter: new LineCounter(), prettyErrors: true });
    const [error] = document.errors;
    if (error)
        throw fromYamlError(error, file);
    return document.toJS();
}

;// CONCATENATED MODULE: ./packages/metrics/src/index.ts



























/***/ })

};
