export const id = 563;
export const ids = [563,380,999];
export const modules = {

/***/ 9608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ stateBuffers)
/* harmony export */ });
/** The buffers of validators' states that can move to another thread instead of being copied. */
function stateBuffers(columns) {
    return columns.flatMap((column) => [
        ...(column.numbers ? [column.numbers.buffer] : []),
        ...(column.distinct
            ? [
                column.distinct.numbers,
                column.distinct.texts.bytes,
                column.distinct.texts.spans,
                ...(column.distinct.integerTexts ? [column.distinct.integerTexts.numbers] : []),
            ].map((array) => array.buffer)
            : []),
    ]);
}


/***/ }),

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

/***/ 7763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _s: () => (/* binding */ unreadableFile),
/* harmony export */   jg: () => (/* binding */ DEFAULT_BATCH_SIZE),
/* harmony export */   nO: () => (/* binding */ FILE_PROBLEM_KINDS),
/* harmony export */   ty: () => (/* binding */ DEFAULT_MAX_RECORD_BYTES)
/* harmony export */ });
/** What can be wrong with a data file itself; each becomes a finding, never a crash. */
const FILE_PROBLEM_KINDS = [
    "unreadable",
    "empty-file",
    "header-only",
    "duplicate-columns",
    "ragged-row",
    "unterminated-quote",
    "malformed-csv",
    "invalid-utf8",
    "nul-byte",
    "record-too-long",
    "wrong-delimiter",
    "invalid-json",
    "not-an-object",
];
/** A file that could not be read on from `line`, for `cause` (an error, or the reader's reason). */
function unreadableFile(file, line, cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return { kind: "unreadable", file, line, message: `cannot read the file: ${reason}` };
}
const DEFAULT_MAX_RECORD_BYTES = 8 * 1024 * 1024;
const DEFAULT_BATCH_SIZE = 2048;


/***/ }),

/***/ 7380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateParquetFile: () => (/* binding */ validateParquetFile)
});

// UNUSED EXPORTS: acceptParquetColumn, validateParquetColumns

// EXTERNAL MODULE: ./packages/data/src/batch-byte-rules.ts
var batch_byte_rules = __webpack_require__(9435);
;// CONCATENATED MODULE: ./packages/data/src/batch-arrow-texts.ts

/**
 * `acceptByteRuleCells` (batch-byte-rules.ts) on a decoded Arrow text column of a string or category
 * column whose checks all have a byte test: each value is tested on its UTF-8 bytes (then whether it was
 * seen before) and only a failing one is decoded, for its example. The first value is on row `line`;
 * `nullBytes` are the texts that mean a missing value (an empty text is a value, as in a Parquet row).
 */
function acceptArrowTexts(column, texts, count, line, nullBytes, file) {
    const passed = arrowTextCells(column, texts, count, line, nullBytes, file);
    column.countPassed(passed, firstSightings);
}
/**
 * `acceptArrowTexts`' loop: its passes, and its first sightings in `firstSightings`. The counting after
 * the loop is kept out of its function: one call runs the loop over a whole chunk, so V8 optimizes it
 * inside the loop (on-stack replacement), and code after the loop that had not run yet threw that code
 * away at the loop's end, once a chunk (16 times on the 1M-row Parquet bench).
 */
function arrowTextCells(column, texts, count, line, nullBytes, file) {
    const { bytes, starts, ends, present } = texts;
    const tests = column.byteTests;
    const only = tests.length === 1 ? tests[0] : undefined;
    // Held in a local for the loop: bundled, another module's function is read through a getter at each
    // call, which the optimizing compiler does not inline (see "Bundled calls" in the package README).
    const check = batch_byte_rules/* checkValueBytes */.xP;
    let passed = 0;
    let unique = 0;
    for (let k = 0; k < count; k++) {
        const start = starts[k];
        const end = ends[k];
        if ((present !== undefined && present[k] === 0) || nullBytes?.has(bytes, start, end)) {
            column.accept(null, file, line + k);
            continue;
        }
        const outcome = check(column, tests, only, bytes, start, end, file, line + k);
        passed += outcome & batch_byte_rules/* PASSED */.f5;
        unique += outcome >> 1;
    }
    firstSightings = unique;
    return passed;
}
/** The first sightings of the loop that ran last (see `countLoop` in batch-numbers.ts). */
let firstSightings = 0;
/**
 * A column whose every non-null value passes (a string column with no check): only the nulls are looked
 * at, `present[k] === 0` for a null on row `line + k`.
 */
function acceptPresence(column, present, count, line, file) {
    if (present === undefined) {
        column.countPassed(count);
        return;
    }
    let passed = 0;
    for (let k = 0; k < count; k++) {
        if (present[k] === 0)
            column.accept(null, file, line + k);
        else
            passed++;
    }
    column.countPassed(passed);
}

;// CONCATENATED MODULE: ./packages/data/src/batch-arrow-cells.ts

/** Each cell of a decoded column, the first on row `line`, takes the path of a row's cell. */
function acceptCells(column, cells, line, nulls, file) {
    for (let k = 0; k < cells.length; k++) {
        let value = cells[k] ?? null;
        if (nulls !== undefined && typeof value === "string" && nulls.has(value))
            value = null;
        column.accept(value, file, line + k);
    }
}
/** What one dictionary entry is to a column. */
const PASSES = 0;
const MISSING = 1;
const CHECKED_EACH_TIME = 2;
/**
 * The cells of a dictionary-encoded column, for a column that keeps no statistics nor distinct values
 * (a cell's outcome then depends on its value alone): each entry is checked once, and a row whose entry
 * passes is counted in bulk; a null and a failing entry take the path of a row's cell, for its counts
 * and examples. `count` rows, the first on row `line`.
 */
function acceptDictionaryCells(column, dictionary, count, line, nulls, file) {
    const { entries, indices, present } = dictionary;
    const verdicts = new Uint8Array(entries.length);
    for (let e = 0; e < entries.length; e++) {
        const value = entries[e] ?? null;
        if (value === null || (typeof value === "string" && nulls?.has(value)))
            verdicts[e] = MISSING;
        else
            verdicts[e] = column.passesChecks(value) ? PASSES : CHECKED_EACH_TIME;
    }
    if (dictionary.indicesChecked && verdicts.every((verdict) => verdict === PASSES)) {
        // Every row's entry passes: only the nulls are looked at.
        acceptPresence(column, present, count, line, file);
        return;
    }
    let passed = 0;
    for (let k = 0; k < count; k++) {
        if (present !== undefined && present[k] === 0) {
            column.accept(null, file, line + k);
            continue;
        }
        const entry = Number(indices[k]);
        const verdict = verdicts[entry] ?? MISSING;
        if (verdict === PASSES)
            passed++;
        else
            column.accept(verdict === MISSING ? null : (entries[entry] ?? null), file, line + k);
    }
    column.countPassed(passed);
}

// EXTERNAL MODULE: ./packages/data/src/csv-scan-kernel.ts + 1 modules
var csv_scan_kernel = __webpack_require__(7427);
// EXTERNAL MODULE: ./packages/data/src/kernel-cells.ts
var kernel_cells = __webpack_require__(4685);
;// CONCATENATED MODULE: ./packages/data/src/batch-doubles.ts


/**
 * `acceptNumberCells` (batch-numbers.ts) on numbers already decoded: the values of an integer or number
 * column as doubles (a Parquet column's), `present[k] === 0` where a value is null, the first on row `line`.
 * A value of the column's type is counted in the statistics and distinct values the column keeps and
 * passes when it is within the column's bounds, passes counted in bulk; a null, a value not of the type
 * (a fraction in an integer column, an infinity, NaN) or one out of bounds takes the path of a row's cell.
 */
function acceptDoubles(column, values, present, line, file) {
    const cells = present === undefined && column.numbers === undefined ? (0,csv_scan_kernel/* plainCsvKernel */.Q)()?.cells : undefined;
    if (cells !== undefined) {
        doublesInKernel(column, cells, values, line, file);
        return;
    }
    const passed = doubleCells(column, values, present, line, file);
    column.countPassed(passed, batch_doubles_firstSightings);
}
/**
 * `acceptDoubles` on a column with no nulls that keeps no list of its values, `KERNEL_CHUNK` values at
 * a time in the CSV kernel (`KernelCells.countValues`: moments, a page of distinct integers and bounds
 * in one loop), the values it leaves taken here in order; a chunk with a value not of the column's
 * type, or distinct values with no page to mark, goes through `doubleCells`. The same results: each
 * value meets the same steps in the same order.
 */
function doublesInKernel(column, cells, values, line, file) {
    const { fraction, low, high, moments, seen, uniqueTally } = column;
    let passed = 0;
    let unique = 0;
    for (let from = 0; from < values.length; from += KERNEL_CHUNK) {
        const chunk = values.subarray(from, Math.min(values.length, from + KERNEL_CHUNK));
        const page = seen?.firstPage();
        let counted;
        if (seen === undefined || page !== undefined) {
            cells.values.set(chunk);
            counted = cells.countValues(chunk.length, low, high, page, moments, fraction ? "finite" : "integer");
        }
        if (counted === undefined) {
            passed += doubleCells(column, chunk, undefined, line + from, file);
            unique += batch_doubles_firstSightings;
            continue;
        }
        seen?.countMarked(counted.firstSightings);
        passed += counted.passes;
        unique +=
            counted.firstSightings +
                (0,kernel_cells/* takeLeftValues */.F)(cells, counted.others, seen, (k, value) => uniqueTally?.fail(value, file, line + from + k), (k, value) => acceptOutOfBounds(column, value, file, line + from + k));
    }
    column.countPassed(passed, unique);
}
/** Values a call into the kernel takes: its arrays hold 4,096 records. */
const KERNEL_CHUNK = 4096;
/**
 * `acceptDoubles`' loop: its passes, and its first sightings in `firstSightings`; the counting after it
 * is kept out, as in `arrowTextCells` (batch-arrow-texts.ts).
 */
function doubleCells(column, values, present, line, file) {
    const { fraction, low, high, moments, numbers, seen, uniqueTally } = column;
    let passed = 0;
    let unique = 0;
    for (let k = 0; k < values.length; k++) {
        if (present !== undefined && present[k] === 0) {
            column.accept(null, file, line + k);
            continue;
        }
        const value = values[k];
        // What `parseDecimal`/`parseInteger` take of a number cell.
        if (fraction ? !Number.isFinite(value) : !Number.isInteger(value)) {
            column.accept(value, file, line + k);
            continue;
        }
        if (moments !== undefined)
            moments.update(value);
        if (numbers !== undefined)
            numbers.push(value);
        if (seen !== undefined) {
            if (seen.addNumber(value))
                unique++;
            else
                uniqueTally?.fail(value, file, line + k);
        }
        if (value >= low && value <= high)
            passed++;
        else
            acceptOutOfBounds(column, value, file, line + k);
    }
    batch_doubles_firstSightings = unique;
    return passed;
}
/** The first sightings of the loop that ran last (see `countLoop` in batch-numbers.ts). */
let batch_doubles_firstSightings = 0;
/** A number of the column's type (its statistics and distinct values counted) outside its bounds. */
function acceptOutOfBounds(column, value, file, line) {
    column.rows++;
    column.nullTally.pass();
    column.typeTally.pass();
    const rules = column.rules;
    for (let i = 0; i < rules.length; i++) {
        const rule = rules[i];
        if (rule.test(value))
            rule.tally.pass();
        else
            rule.tally.fail(value, file, line);
    }
}

// EXTERNAL MODULE: ./packages/data/src/parquet-column-split.ts
var parquet_column_split = __webpack_require__(2696);
// EXTERNAL MODULE: ./packages/data/src/read-parquet.ts + 5 modules
var read_parquet = __webpack_require__(4184);
;// CONCATENATED MODULE: ./packages/data/src/validate-parquet-columns.ts





/**
 * Validates a Parquet file column by column, without building rows: each decoded range of each schema
 * column (only those are decoded) goes to its validator, numbers as doubles, texts as their bytes, a
 * dictionary's entries checked once each. The same counts, examples and statistics as the rows of
 * `readParquet` through `ColumnValidator.acceptColumn`; only for a schema without row rules (compound
 * keys, duplicate rows, column comparisons need whole rows). `nulls`/`nullBytes`: the texts that mean
 * a missing value, undefined when there are none. A column whose checks need no more than its null count
 * is not decoded where the file's metadata tells that count exactly (see `countsNullsOnly`). `metadata`:
 * the file's footer when the caller has read it already.
 */
async function* validateParquetColumns(file, validators, nulls, nullBytes, metadata) {
    const names = validators.map((validator) => validator.spec.name);
    let positions = [];
    const countsNulls = (column) => validators.every((validator) => validator.spec.name !== column.name || countsNullsOnly(validator, column, nulls));
    const takesDictionaryOf = (name, numeric) => validators.every((validator) => validator.spec.name !== name || (0,parquet_column_split/* takesDictionary */.TC)(validator, numeric));
    const columns = [...new Set(names)];
    for await (const event of (0,read_parquet/* readParquetColumns */.G)(file, {
        columns,
        countsNulls,
        takesDictionary: takesDictionaryOf,
        readsPages: true,
        byColumn: true,
        ...(metadata && { metadata }),
    })) {
        if (event.kind === "header")
            positions = names.map((name) => event.columns.indexOf(name));
        if (event.kind === "column") {
            const { dictionary, column, rows, line } = event;
            validators.forEach((validator, i) => {
                if (positions[i] === event.position)
                    acceptRange(validator, dictionary, column, rows, line, nulls, nullBytes, file);
            });
            continue;
        }
        if (event.kind !== "columns") {
            yield event;
            continue;
        }
        validators.forEach((validator, i) => {
            const position = positions[i] ?? -1;
            if (position < 0 || event.given.has(position))
                return;
            const counted = event.nullCounts.get(position);
            if (counted !== undefined) {
                // None or all of the values are null.
                const present = counted === 0 ? undefined : new Uint8Array(event.rows);
                acceptPresence(validator, present, event.rows, event.line, file);
                return;
            }
            const dictionary = event.dictionaries.get(position);
            const column = event.columns[position];
            acceptRange(validator, dictionary, column, event.rows, event.line, nulls, nullBytes, file);
        });
        yield { kind: "checked", file, rows: event.rows };
    }
}
/** A range of a column, read as its dictionary or as its values, to `validator`. */
function acceptRange(validator, dictionary, column, rows, line, nulls, nullBytes, file) {
    if (dictionary)
        acceptDictionaryCells(validator, dictionary, rows, line, nulls, file);
    else
        acceptParquetColumn(validator, column, rows, line, nulls, nullBytes, file);
}
/**
 * Takes `rows` values of a decoded column (undefined: not read, all null), the first on row `line`, by
 * the cheapest loop that gives the row path's outcome for the column's type and checks.
 */
function acceptParquetColumn(validator, column, rows, line, nulls, nullBytes, file) {
    if (column === undefined) {
        acceptCells(validator, new Array(rows).fill(null), line, nulls, file);
        return;
    }
    const type = validator.spec.type ?? "string";
    if (type === "integer" || type === "number") {
        const numbers = column.numbers();
        if (numbers) {
            acceptDoubles(validator, numbers.values, numbers.present, line, file);
            return;
        }
    }
    const dictionary = (0,parquet_column_split/* keepsNothing */.K1)(validator) ? column.dictionary() : undefined;
    if (dictionary) {
        acceptDictionaryCells(validator, dictionary, rows, line, nulls, file);
        return;
    }
    const textual = type === "string" || type === "category";
    if (textual &&
        validator.rules.length === 0 &&
        !validator.seen &&
        (nulls === undefined || !column.mayHoldText)) {
        acceptPresence(validator, column.present(), rows, line, file);
        return;
    }
    const texts = textual && validator.byteTests !== undefined ? column.texts() : undefined;
    if (texts)
        acceptArrowTexts(validator, texts, rows, line, nullBytes, file);
    else
        acceptCells(validator, column.cells(), line, nulls, file);
}
/**
 * Whether `acceptParquetColumn` takes no more of a column than which values are null: a text or category
 * column without checks but the null check, nothing kept, and no texts that mean a missing value where a
 * cell may be text. (A column the decoder reads as an Arrow dictionary would take the dictionary's path,
 * with the same outcome: each entry passes, each null is one.)
 */
function countsNullsOnly(validator, column, nullTexts) {
    if (!(0,parquet_column_split/* checksOnlyNulls */.gT)(validator))
        return false;
    return nullTexts === undefined || !column.mayHoldText;
}
/**
 * `validateParquetColumns` of a whole file into `validators`: the file's header (when it was read), rows
 * and problems, as the dataset's validation reports them.
 */
async function validateParquetFile(file, validators, nulls, nullBytes, metadata) {
    const outcome = { rows: 0, problems: [] };
    for await (const event of validateParquetColumns(file, validators, nulls, nullBytes, metadata)) {
        if (event.kind === "problem")
            outcome.problems.push(event.problem);
        else if (event.kind === "header")
            outcome.columns = event.columns;
        else
            outcome.rows += event.rows;
    }
    return outcome;
}


/***/ }),

/***/ 4529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateParquetColumnsState: () => (/* binding */ validateParquetColumnsState),
/* harmony export */   validateParquetFilesState: () => (/* binding */ validateParquetFilesState)
/* harmony export */ });
/* harmony import */ var _byte_texts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5415);
/* harmony import */ var _column_state_buffers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9608);
/* harmony import */ var _column_validator_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3316);
/* harmony import */ var _validate_parquet_columns_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7380);




/** Validates the job's columns of its file and returns their state, with the buffers to transfer. */
async function validateParquetColumnsState(job) {
    const { file, schema, maxExamples } = job;
    const validators = job.columns.map((index) => new _column_validator_js__WEBPACK_IMPORTED_MODULE_0__/* .ColumnValidator */ .lH(schema.columns[index], maxExamples));
    const { nulls, nullBytes } = (0,_byte_texts_js__WEBPACK_IMPORTED_MODULE_1__/* .nullTexts */ .q)(schema.nullValues);
    const { rows, problems } = await (0,_validate_parquet_columns_js__WEBPACK_IMPORTED_MODULE_2__.validateParquetFile)(file, validators, nulls, nullBytes);
    const columns = validators.map((validator) => validator.state());
    return { result: { rows, problems: problems.length, columns }, transfer: (0,_column_state_buffers_js__WEBPACK_IMPORTED_MODULE_3__/* .stateBuffers */ .v)(columns) };
}
/** Validates whole Parquet files, one after the other, into new validators, and returns their state. */
async function validateParquetFilesState(job) {
    const { schema, maxExamples } = job;
    const validators = schema.columns.map((spec) => new _column_validator_js__WEBPACK_IMPORTED_MODULE_0__/* .ColumnValidator */ .lH(spec, maxExamples));
    const { nulls, nullBytes } = (0,_byte_texts_js__WEBPACK_IMPORTED_MODULE_1__/* .nullTexts */ .q)(schema.nullValues);
    const outcomes = [];
    for (const file of job.files)
        outcomes.push(await (0,_validate_parquet_columns_js__WEBPACK_IMPORTED_MODULE_2__.validateParquetFile)(file, validators, nulls, nullBytes));
    const columns = validators.map((validator) => validator.state());
    return { result: { outcomes, columns }, transfer: (0,_column_state_buffers_js__WEBPACK_IMPORTED_MODULE_3__/* .stateBuffers */ .v)(columns) };
}


/***/ })

};
