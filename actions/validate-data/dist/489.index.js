export const id = 489;
export const ids = [489];
export const modules = {

/***/ 6852:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gF: () => (/* binding */ fieldText),
/* harmony export */   mW: () => (/* binding */ isByteDelimiter),
/* harmony export */   rp: () => (/* binding */ ByteCsvScanner)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _csv_scanner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3177);


const LF = 10;
const CR = 13;
const QUOTE = 34;
const REPLACEMENT_BYTES = Buffer.from("\uFFFD");
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
 * (the usual case), no record is looked at again.
 */
class ByteCsvScanner {
    batch;
    delimiter;
    maxRecordBytes;
    recordStarts = new Int32Array(1024);
    recordEnds = new Int32Array(1024);
    constructor(delimiter, maxRecordBytes) {
        if (!isByteDelimiter(delimiter))
            throw new Error(`the byte scanner cannot split on '${delimiter}'`);
        this.delimiter = delimiter.charCodeAt(0);
        this.maxRecordBytes = maxRecordBytes;
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
        };
    }
    /**
     * Scans the records of `bytes[from, to)`, the first on line `line`, into `batch`; `final` says no
     * bytes follow `to`. Stops at the first record boundary at or after `stopAt`, after `maxRecords`
     * records, or where the file cannot be read further (`stop`). `noQuoteOrCr`: the caller found no
     * quote and no CR in the bytes, so a record is cut by a loop that looks for two bytes only.
     */
    scan(bytes, from, to, final, line, stopAt = Number.POSITIVE_INFINITY, maxRecords = Number.POSITIVE_INFINITY, noQuoteOrCr = false) {
        const batch = this.batch;
        batch.bytes = bytes;
        batch.records = 0;
        batch.texts = [];
        let fields = 0;
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
                    this.addRecord(recordFields, recordLine, recordStart, k);
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
                    this.addRecord(recordFields, recordLine, recordStart, end);
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
                this.addRecord(recordFields, recordLine, recordStart, recordEnd);
                break;
            }
            if (incomplete) {
                fields = recordFields;
                batch.texts.length = recordTexts;
                outcome = { next: recordStart, line: recordLine, boundary: false };
                break;
            }
        }
        outcome ??= { next: i, line, boundary: i >= stopAt };
        batch.firstField[batch.records] = fields;
        const stop = this.markRecords();
        return stop ? { ...outcome, stop } : outcome;
    }
    addRecord(firstField, line, start, end) {
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
        if (records === 0)
            return undefined;
        const first = this.recordStarts[0];
        const last = this.recordEnds[records - 1];
        const nul = bytes.indexOf(0, first);
        batch.ascii = (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isAscii)(bytes.subarray(first, last));
        let clean = nul === -1 || nul >= last;
        if (clean && !batch.ascii) {
            const replacement = bytes.indexOf(REPLACEMENT_BYTES, first);
            clean = (replacement === -1 || replacement >= last) && (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes.subarray(first, last));
        }
        if (clean)
            return undefined;
        for (let r = 0; r < records; r++) {
            const start = this.recordStarts[r];
            const end = this.recordEnds[r];
            const found = bytes.indexOf(0, start);
            let mark = found !== -1 && found < end ? _csv_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .NUL_MARK */ .Wu : 0;
            const text = bytes.subarray(start, end);
            if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(text)) {
                mark |= _csv_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .REPLACEMENT_MARK */ .P7;
                if ((end - start) * 3 > this.maxRecordBytes && this.decodedBytes(r) > this.maxRecordBytes) {
                    batch.records = r;
                    return { kind: "record-too-long", line: batch.lines[r] };
                }
            }
            else if (text.indexOf(REPLACEMENT_BYTES) !== -1)
                mark |= _csv_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .REPLACEMENT_MARK */ .P7;
            marks[r] = mark;
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
function unescapeQuotes(quoted) {
    return quoted.replaceAll('""', '"');
}


/***/ }),

/***/ 5415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ ByteTexts)
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
    /**
     * Adds the counts and examples of a tally kept over later rows (lines shifted by `lineOffset`), plus
     * `extraCount` failures found only when merging, whose first examples `extra` (lines already final,
     * in order) go between the others by line.
     */
    absorb(other, lineOffset, extra = [], extraCount = 0) {
        this.evaluated += other.evaluated;
        this.unexpected += other.unexpected + extraCount;
        if (this.examples.length >= this.maxExamples)
            return;
        const shifted = other.examples.map((example) => example.line === undefined ? example : { ...example, line: example.line + lineOffset });
        const merged = extra.length === 0 ? shifted : mergeByLine(shifted, extra);
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
function mergeByLine(a, b) {
    const merged = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        const left = a[i];
        const right = b[j];
        if (right === undefined || (left !== undefined && (left.line ?? 0) <= (right.line ?? 0))) {
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

/***/ 4786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lH: () => (/* binding */ ColumnValidator),
  pC: () => (/* binding */ describeRange),
  r4: () => (/* binding */ inRange)
});

// UNUSED EXPORTS: RepeatSearch

// EXTERNAL MODULE: ./packages/stats/src/moments.ts + 1 modules
var moments = __webpack_require__(5743);
// EXTERNAL MODULE: ./packages/data/src/byte-csv-scanner.ts
var byte_csv_scanner = __webpack_require__(6852);
// EXTERNAL MODULE: ./packages/data/src/byte-texts.ts
var byte_texts = __webpack_require__(5415);
// EXTERNAL MODULE: ./packages/data/src/check-result.ts
var check_result = __webpack_require__(9434);
// EXTERNAL MODULE: ./packages/data/src/detached-text.ts
var detached_text = __webpack_require__(3524);
;// CONCATENATED MODULE: ./packages/data/src/distinct-values.ts

const MAX_LOAD = 0.7;
const PAGE_BITS = 32_768;
/** Pages give way to the hash table when they spend more than this many bits per distinct integer. */
const MAX_BITS_PER_INTEGER = 64;
class DistinctValues {
    numbers = new Float64Array(1024).fill(Number.NaN);
    numberCount = 0;
    others = new Set();
    pages = new Map();
    pagedCount = 0;
    /** The page used last: ids come in runs, and a map lookup per value is measurable. */
    lastIndex = Number.NaN;
    lastPage;
    scratch = new Float64Array(1);
    scratchWords = new Int32Array(this.scratch.buffer);
    get size() {
        return this.pagedCount + this.numberCount + this.others.size;
    }
    /** Adds the value; false when it was already there. */
    add(value) {
        if (typeof value !== "number") {
            if (this.others.has(value))
                return false;
            this.others.add(typeof value === "string" ? (0,detached_text/* detachedText */.w)(value) : value);
            return true;
        }
        const key = value === 0 ? 0 : value;
        if (this.pages && Number.isSafeInteger(key))
            return this.addPaged(key);
        return this.addHashed(key);
    }
    state() {
        return {
            numbers: this.numbers,
            others: [...this.others],
            pages: this.pages && [...this.pages],
        };
    }
    /**
     * Adds the values of another set (from later rows); `repeated` is told each value both sets held.
     * Two paged sets merge a page at a time: a page only the other has is taken whole, and shared pages
     * are compared a word (32 values) at a time.
     */
    merge(other, repeated) {
        for (const value of other.others)
            if (!this.add(value))
                repeated(value);
        for (const value of other.numbers)
            if (!Number.isNaN(value) && !this.add(value))
                repeated(value);
        if (!other.pages)
            return;
        for (const [index, page] of other.pages) {
            const mine = this.pages?.get(index);
            if (this.pages && !mine) {
                this.pages.set(index, page);
                for (const word of page)
                    this.pagedCount += bitCount(word);
            }
            else {
                for (let word = 0; word < page.length; word++) {
                    const bits = page[word];
                    if (bits === 0)
                        continue;
                    const held = mine ? mine[word] : 0;
                    if (mine && (bits & held) === bits) {
                        for (let bit = 0; bit < 32; bit++) {
                            if ((bits & (1 << bit)) !== 0)
                                repeated(index * PAGE_BITS + word * 32 + bit);
                        }
                        continue;
                    }
                    for (let bit = 0; bit < 32; bit++) {
                        if ((bits & (1 << bit)) === 0)
                            continue;
                        const value = index * PAGE_BITS + word * 32 + bit;
                        if (!this.add(value))
                            repeated(value);
                    }
                }
            }
            if (this.pages && this.pages.size * PAGE_BITS > (this.pagedCount + 1024) * MAX_BITS_PER_INTEGER) {
                this.unpage();
            }
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
        const bit = key - index * PAGE_BITS;
        const word = bit >>> 5;
        const mask = 1 << (bit & 31);
        const held = page[word];
        if ((held & mask) !== 0)
            return false;
        page[word] = held | mask;
        this.pagedCount++;
        if (pages.size * PAGE_BITS > (this.pagedCount + 1024) * MAX_BITS_PER_INTEGER)
            this.unpage();
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
        if (this.numberCount > table.length * MAX_LOAD)
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

;// CONCATENATED MODULE: ./packages/data/src/quantile.ts
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

// EXTERNAL MODULE: ./packages/data/src/short-decimal.ts
var short_decimal = __webpack_require__(2498);
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
;// CONCATENATED MODULE: ./packages/data/src/column-validator.ts









/**
 * Checks one column's values as rows stream by, keeping counters and examples; memory is constant
 * except for `unique` and `stats.distinct` (a set of distinct values) and `stats.median`/`quantiles`
 * (8 bytes a value).
 */
class ColumnValidator {
    spec;
    typeTally;
    nullTally;
    rules = [];
    uniqueTally;
    seen;
    /** Only when a check needs the mean or the standard deviation. */
    moments;
    convert;
    numbers;
    batchMode;
    /**
     * A number in `[low, high]` passes every value check (all are bounds); when a check is not a bound
     * the range is empty, and each check runs.
     */
    low;
    high;
    maxExamples;
    nulls = 0;
    rows = 0;
    /** Scratch space of `acceptAsciiText`. */
    gathered = Buffer.allocUnsafe(0);
    textEnds = new Int32Array(0);
    constructor(spec, maxExamples) {
        this.spec = spec;
        this.maxExamples = maxExamples;
        this.typeTally = new check_result/* Tally */.F0(maxExamples);
        this.nullTally = new check_result/* Tally */.F0(maxExamples);
        if (spec.unique)
            this.uniqueTally = new check_result/* Tally */.F0(maxExamples);
        if (spec.unique || spec.stats.distinct)
            this.seen = new DistinctValues();
        if (spec.stats.median || spec.stats.quantiles.length > 0)
            this.numbers = new NumberBuffer();
        if (spec.stats.mean || spec.stats.std)
            this.moments = new moments/* Moments */.W();
        this.rules = valueRules(spec, maxExamples);
        this.convert = converter(spec.type ?? "string", spec.dateFormat);
        this.batchMode = batchMode(spec, this.rules, this.seen !== undefined);
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
        const { bytes, starts, ends, firstField, lines, marks, texts } = batch;
        const mode = this.batchMode;
        if (mode === "text" && batch.ascii) {
            this.acceptAsciiText(batch, rows, rowCount, position, nullBytes, nulls, file);
            return;
        }
        if (mode === "integer" || mode === "decimal") {
            this.acceptNumbers(batch, rows, rowCount, position, nullBytes, nulls, file);
            return;
        }
        // Cells that passed every check with nothing to remember: counted, and their passes added at the end.
        let passed = 0;
        for (let k = 0; k < rowCount; k++) {
            const r = rows[k];
            const f = firstField[r] + position;
            const start = starts[f];
            if (start < 0) {
                const text = texts[-1 - start];
                this.accept(nulls?.has(text) ? null : text, file, lines[r]);
                continue;
            }
            const end = ends[f];
            if (start === end || nullBytes?.has(bytes, start, end)) {
                this.accept(null, file, lines[r]);
            }
            else if (mode === "text" || marks[r] !== 0) {
                this.accept(bytes.toString("utf8", start, end), file, lines[r]);
            }
            else if (this.acceptBytes(bytes, start, end, file, lines[r]))
                passed++;
        }
        this.countPassed(passed);
    }
    /** Adds the passes of `passed` cells that passed every value check (their rows, type and rules). */
    countPassed(passed) {
        if (passed === 0)
            return;
        this.rows += passed;
        this.nullTally.evaluated += passed;
        this.typeTally.evaluated += passed;
        for (const rule of this.rules)
            rule.tally.evaluated += passed;
    }
    /** `acceptBatch` for integer and number columns: one loop, numbers read from the bytes. */
    acceptNumbers(batch, rows, rowCount, position, nullBytes, nulls, file) {
        const { bytes, starts, ends, firstField, lines, marks, texts } = batch;
        const fraction = this.batchMode === "decimal";
        const { low, high, moments, numbers } = this;
        // Only bounds to check, and nothing to remember of each value: the loop needs no call a cell.
        const simple = this.seen === undefined;
        let passed = 0;
        for (let k = 0; k < rowCount; k++) {
            const r = rows[k];
            const f = firstField[r] + position;
            const start = starts[f];
            if (start < 0) {
                const text = texts[-1 - start];
                this.accept(nulls?.has(text) ? null : text, file, lines[r]);
                continue;
            }
            const end = ends[f];
            if (start === end || nullBytes?.has(bytes, start, end)) {
                this.accept(null, file, lines[r]);
                continue;
            }
            if (marks[r] !== 0) {
                this.accept(bytes.toString("utf8", start, end), file, lines[r]);
                continue;
            }
            if (simple) {
                const value = (0,short_decimal/* shortDecimalBytes */.rs)(bytes, start, end, fraction);
                if (value !== undefined && value !== short_decimal/* NOT_SHORT */.d7 && value >= low && value <= high) {
                    passed++;
                    if (moments !== undefined)
                        moments.update(value);
                    if (numbers !== undefined)
                        numbers.push(value);
                    continue;
                }
            }
            if (this.acceptNumberBytes(bytes, start, end, fraction, file, lines[r]))
                passed++;
        }
        this.countPassed(passed);
    }
    /**
     * `acceptBatch` for a column whose checks need each cell's text, in an ASCII batch: the column's
     * bytes are gathered into one buffer and decoded at once, and each cell is a slice of that text (one
     * decode a cell costs several times more).
     */
    acceptAsciiText(batch, rows, rowCount, position, nullBytes, nulls, file) {
        const { bytes, starts, ends, firstField, lines, texts } = batch;
        if (this.textEnds.length < rowCount)
            this.textEnds = new Int32Array(rowCount * 2);
        const textEnds = this.textEnds;
        let gathered = this.gathered;
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
                    this.gathered = grown;
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
            this.accept(value !== null && nulls?.has(value) ? null : value, file, lines[r]);
        }
    }
    /**
     * A non-null cell of a text column whose checks all read bytes. True when it passed them all: the
     * caller counts it (rows, passes) in bulk.
     */
    acceptBytes(bytes, start, end, file, line) {
        const rules = this.rules;
        let ok = true;
        for (let i = 0; i < rules.length && ok; i++) {
            const test = rules[i].testBytes;
            ok = test(bytes, start, end);
        }
        if (ok)
            return true;
        this.rows++;
        this.nullTally.pass();
        this.typeTally.pass();
        for (let i = 0; i < rules.length; i++) {
            const rule = rules[i];
            if (rule.testBytes(bytes, start, end))
                rule.tally.pass();
            else
                rule.tally.fail(bytes.toString("utf8", start, end), file, line);
        }
        return false;
    }
    /**
     * A non-null cell of a numeric column: read from the bytes, or from the text when they cannot tell.
     * True when it passed its value checks within `low`/`high` (counted in bulk by the caller).
     */
    acceptNumberBytes(bytes, start, end, fraction, file, line) {
        const value = (0,short_decimal/* shortDecimalBytes */.rs)(bytes, start, end, fraction);
        if (value === short_decimal/* NOT_SHORT */.d7) {
            this.accept(bytes.toString("utf8", start, end), file, line);
            return false;
        }
        if (value === undefined) {
            this.rows++;
            this.nullTally.pass();
            this.typeTally.fail(bytes.toString("utf8", start, end), file, line);
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
                this.uniqueTally?.fail(bytes.toString("utf8", start, end), file, line);
        }
        if (value >= this.low && value <= this.high)
            return true;
        this.rows++;
        this.nullTally.pass();
        this.typeTally.pass();
        const rules = this.rules;
        for (let i = 0; i < rules.length; i++) {
            const rule = rules[i];
            if (rule.test(value))
                rule.tally.pass();
            else
                rule.tally.fail(bytes.toString("utf8", start, end), file, line);
        }
        return false;
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
     * `finish` the merge. Only a failing `unique` check costs that second reading.
     */
    merge(state, lineOffset) {
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
            tally.absorb(unique, lineOffset, shifted, count);
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
        const { spec } = this;
        const base = { scope: "column", column: spec.name, severity: spec.severity };
        const results = [];
        const tallied = (check, expected, tally, mostly) => {
            const ok = tally.passes(mostly);
            const counted = (0,check_result/* describeCount */.vG)(tally.unexpected, tally.evaluated);
            const allowance = mostly < 1 ? ` (at most ${+((1 - mostly) * 100).toFixed(4)}% allowed)` : "";
            return {
                ...base,
                id: `column.${spec.name}.${check}`,
                check,
                expected,
                status: ok ? "pass" : "fail",
                message: `${spec.name}: ${counted} fail ${expected}${allowance}`,
                ...(0,check_result/* tallyFields */.Y3)(tally),
                rule: spec.keyLocations[check.startsWith("stats.") ? check : (check.split(".")[0] ?? check)] ??
                    spec.location,
            };
        };
        if (spec.type)
            results.push(tallied("type", `type ${describeType(spec)}`, this.typeTally, spec.mostly));
        if (!spec.nullable)
            results.push(tallied("nullable", "not null", this.nullTally, spec.mostly));
        for (const rule of this.rules)
            results.push(tallied(rule.check, rule.expected, rule.tally, spec.mostly));
        if (this.uniqueTally)
            results.push(tallied("unique", "unique values", this.uniqueTally, 1));
        results.push(...this.statsResults());
        return results;
    }
    statsResults() {
        const { spec } = this;
        const stats = spec.stats;
        const observed = [];
        if (stats.mean)
            observed.push({
                check: "stats.mean",
                value: this.moments?.count ? this.moments.mean : Number.NaN,
                range: stats.mean,
            });
        if (stats.std)
            observed.push({ check: "stats.std", value: this.moments?.std(1) ?? Number.NaN, range: stats.std });
        if (stats.missing)
            observed.push({
                check: "stats.missing",
                value: this.rows ? this.nulls / this.rows : 0,
                range: stats.missing,
            });
        if (stats.distinct)
            observed.push({ check: "stats.distinct", value: this.seen?.size ?? 0, range: stats.distinct });
        if (this.numbers) {
            const sorted = this.numbers.sorted();
            if (stats.median)
                observed.push({ check: "stats.median", value: quantileSorted(sorted, 0.5), range: stats.median });
            for (const { quantile, range } of stats.quantiles) {
                observed.push({
                    check: `stats.quantile-${quantile}`,
                    value: quantileSorted(sorted, quantile),
                    range,
                });
            }
        }
        return observed.map(({ check, value, range }) => {
            const ok = !Number.isNaN(value) && inRange(value, range);
            const label = check.replace("stats.", "").replace("quantile-", "quantile ");
            return {
                scope: "column",
                column: spec.name,
                severity: spec.severity,
                id: `column.${spec.name}.${check}`,
                check,
                expected: `${label} ${describeRange(range)}`,
                status: ok ? "pass" : "fail",
                message: `${spec.name}: ${label} is ${Number.isNaN(value) ? "undefined (no values)" : formatNumber(value)}; expected ${describeRange(range)}`,
                observed: Number.isNaN(value) ? null : value,
                examples: [],
                rule: spec.keyLocations[check.startsWith("stats.quantile") ? "stats.quantiles" : check] ?? spec.location,
            };
        });
    }
}
function valueRules(spec, maxExamples) {
    const type = spec.type ?? "string";
    const rules = [];
    const add = (check, expected, test, extra = {}) => rules.push({ check, expected, test, tally: new check_result/* Tally */.F0(maxExamples), ...extra });
    // A text cell is never equal to a number or a boolean in the list: only the texts can match bytes.
    const textsOf = (values) => new byte_texts/* ByteTexts */.p(values.filter((value) => typeof value === "string"));
    const show = (value) => (0,src_value/* formatTyped */._7)(value, type);
    const { min, max, pattern, length, format } = spec;
    const numeric = type === "integer" || type === "number";
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
        const allowedBytes = textsOf(spec.in);
        add("in", `in [${spec.in.map(show).join(", ")}]`, (value) => allowed.has(value), {
            testBytes: (bytes, start, end) => allowedBytes.has(bytes, start, end),
        });
    }
    if (spec.notIn) {
        const forbidden = new Set(spec.notIn);
        const forbiddenBytes = textsOf(spec.notIn);
        add("not-in", `not in [${spec.notIn.map(show).join(", ")}]`, (value) => !forbidden.has(value), {
            testBytes: (bytes, start, end) => !forbiddenBytes.has(bytes, start, end),
        });
    }
    if (pattern)
        add("pattern", `matching /${pattern.source.slice(4, -2)}/`, (value) => pattern.test(String(value)));
    if (length)
        add("length", `of length ${describeRange(length)}`, (value) => inRange(codePoints(String(value)), length));
    if (format)
        add("format", `in ${format} format`, (value) => matchesFormat(String(value), format));
    const dateFormat = spec.dateFormat;
    if (dateFormat && type !== "date") {
        add("format", `in ${dateFormat} date format`, (value) => (0,src_value/* parseDate */._U)(String(value), dateFormat) !== undefined);
    }
    return rules;
}
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
function batchMode(spec, rules, seen) {
    const type = spec.type ?? "string";
    if (type === "integer")
        return "integer";
    if (type === "number")
        return "decimal";
    const textType = type === "string" || type === "category";
    return textType && !seen && rules.every((rule) => rule.testBytes) ? "bytes" : "text";
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
function describeType(spec) {
    return spec.type === "date" && spec.dateFormat ? `date (${spec.dateFormat})` : (spec.type ?? "string");
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
function formatNumber(value) {
    return Number.isInteger(value) ? String(value) : String(+value.toPrecision(6));
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

/***/ 4790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ readCsvHeader),
/* harmony export */   z: () => (/* binding */ scanFileRange)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _byte_csv_scanner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6852);


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

/***/ 9386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ validateSegment),
/* harmony export */   e: () => (/* binding */ markProblems)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _byte_csv_scanner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6852);
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
                for (let f = first; f < first + width; f++) {
                    const text = (0,_byte_csv_scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldText */ .gF)(batch, f);
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
        const end = (0,_csv_range_js__WEBPACK_IMPORTED_MODULE_2__/* .scanFileRange */ .z)(fd, {
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
/* harmony import */ var _column_validator_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4786);
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4791);




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
                key.tally.fail(describeKey(key.columns, parts), file, line);
            else {
                key.seen.add(text);
                key.tally.pass();
                logFirstSeen(key.firstSeen, text, line);
            }
        }
        if (this.duplicates) {
            const text = JSON.stringify(values);
            if (this.duplicates.seen.has(text))
                this.duplicates.tally.fail(values.join(","), file, line);
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
            const ok = (0,_column_validator_js__WEBPACK_IMPORTED_MODULE_2__/* .inRange */ .r4)(rows, dataset.rows);
            results.push({
                ...base,
                id: "dataset.rows",
                check: "rows",
                expected: `rows ${(0,_column_validator_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRange */ .pC)(dataset.rows)}`,
                status: ok ? "pass" : "fail",
                message: `the dataset has ${rows} rows; expected ${(0,_column_validator_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRange */ .pC)(dataset.rows)}`,
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

/***/ 2489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isValidationWorker: () => (/* binding */ isValidationWorker),
/* harmony export */   serveValidationWorker: () => (/* binding */ serveValidationWorker),
/* harmony export */   startSegmentWorker: () => (/* binding */ startSegmentWorker)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _byte_texts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5415);
/* harmony import */ var _column_validator_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4786);
/* harmony import */ var _csv_segment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9386);
/* harmony import */ var _dataset_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8008);





const WORKER_TAG = "@mlops-actions/data:validate-segment";
/** True in a worker thread that `validateDataset` started to validate a segment of a file. */
function isValidationWorker() {
    return !node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData?.tag === WORKER_TAG;
}
/**
 * The work of a validation worker: validates its segment with validators of its own and posts back
 * their state, for the main thread to merge. A script given as `parallel.workerScript` calls this when
 * `isValidationWorker()`.
 */
function serveValidationWorker() {
    if (!isValidationWorker())
        throw new Error("serveValidationWorker runs only in a validation worker");
    const { segment, schema, maxExamples } = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData.job;
    const validators = schema.columns.map((spec) => new _column_validator_js__WEBPACK_IMPORTED_MODULE_1__/* .ColumnValidator */ .lH(spec, maxExamples));
    const rules = new _dataset_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .DatasetRules */ .C(schema, maxExamples, true);
    const nulls = schema.nullValues.length > 0 ? new Set(schema.nullValues) : undefined;
    const nullBytes = nulls && new _byte_texts_js__WEBPACK_IMPORTED_MODULE_3__/* .ByteTexts */ .p(nulls);
    const outcome = (0,_csv_segment_js__WEBPACK_IMPORTED_MODULE_4__/* .validateSegment */ .K)(segment, { validators, rules, nulls, nullBytes });
    const columns = validators.map((validator) => validator.state());
    const result = { ...outcome, columns, rules: rules.state() };
    const transfer = columns.flatMap((column) => [
        ...(column.numbers ? [column.numbers.buffer] : []),
        ...(column.distinct ? [column.distinct.numbers.buffer] : []),
    ]);
    node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort?.postMessage(result, transfer);
}
function startSegmentWorker(script, job, schema, maxExamples) {
    const data = { tag: WORKER_TAG, job: { segment: job, schema, maxExamples } };
    const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(script, { workerData: data });
    const result = new Promise((resolve) => {
        worker.once("message", (message) => resolve(message));
        worker.once("error", () => resolve(undefined));
        worker.once("exit", () => resolve(undefined));
    });
    return { result, cancel: () => void worker.terminate() };
}


/***/ }),

/***/ 4791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ parseDecimal),
/* harmony export */   Kn: () => (/* binding */ DATE_FORMATS),
/* harmony export */   RO: () => (/* binding */ COLUMN_TYPES),
/* harmony export */   X7: () => (/* binding */ parseDatetime),
/* harmony export */   _2: () => (/* binding */ toTyped),
/* harmony export */   _7: () => (/* binding */ formatTyped),
/* harmony export */   _U: () => (/* binding */ parseDate),
/* harmony export */   cG: () => (/* binding */ parseInteger),
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
    return INTEGER.test(value) ? Number(value) : undefined;
}
function parseDecimal(value) {
    if (typeof value === "number")
        return Number.isFinite(value) ? value : undefined;
    if (typeof value !== "string")
        return undefined;
    const fast = (0,_short_decimal_js__WEBPACK_IMPORTED_MODULE_0__/* .shortDecimal */ ._y)(value, true);
    if (fast !== _short_decimal_js__WEBPACK_IMPORTED_MODULE_0__/* .NOT_SHORT */ .d7)
        return fast;
    return DECIMAL.test(value) ? Number(value) : undefined;
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
/** Where year, month and day start in each layout (all fields are fixed-width digits). */
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
