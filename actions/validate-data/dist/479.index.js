export const id = 479;
export const ids = [479];
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

/***/ 2479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateFilesState: () => (/* binding */ validateFilesState),
/* harmony export */   validateSegmentState: () => (/* binding */ validateSegmentState)
/* harmony export */ });
/* harmony import */ var _byte_texts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5415);
/* harmony import */ var _column_state_buffers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9608);
/* harmony import */ var _column_validator_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3316);
/* harmony import */ var _csv_segment_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9386);
/* harmony import */ var _dataset_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8008);





/** Validates a segment into new validators and rules and returns their state, with the buffers to transfer. */
function validateSegmentState(job) {
    const { segment, schema, maxExamples } = job;
    const validators = schema.columns.map((spec) => new _column_validator_js__WEBPACK_IMPORTED_MODULE_0__/* .ColumnValidator */ .lH(spec, maxExamples));
    const rules = new _dataset_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .DatasetRules */ .C(schema, maxExamples, true);
    const sinks = { validators, rules, ...(0,_byte_texts_js__WEBPACK_IMPORTED_MODULE_2__/* .nullTexts */ .q)(schema.nullValues) };
    const outcome = (0,_csv_segment_js__WEBPACK_IMPORTED_MODULE_3__/* .validateSegment */ .K)(segment, sinks);
    const columns = validators.map((validator) => validator.state());
    return { result: { ...outcome, columns, rules: rules.state() }, transfer: (0,_column_state_buffers_js__WEBPACK_IMPORTED_MODULE_4__/* .stateBuffers */ .v)(columns) };
}
/** Validates whole files, one after the other, into new validators, and returns their state. */
function validateFilesState(job) {
    const { files, schema, maxExamples } = job;
    const validators = schema.columns.map((spec) => new _column_validator_js__WEBPACK_IMPORTED_MODULE_0__/* .ColumnValidator */ .lH(spec, maxExamples));
    const sinks = { validators, ...(0,_byte_texts_js__WEBPACK_IMPORTED_MODULE_2__/* .nullTexts */ .q)(schema.nullValues) };
    const outcomes = files.map((file) => (0,_csv_segment_js__WEBPACK_IMPORTED_MODULE_3__/* .validateSegment */ .K)(file, sinks));
    const columns = validators.map((validator) => validator.state());
    return { result: { outcomes, columns }, transfer: (0,_column_state_buffers_js__WEBPACK_IMPORTED_MODULE_4__/* .stateBuffers */ .v)(columns) };
}


/***/ })

};
