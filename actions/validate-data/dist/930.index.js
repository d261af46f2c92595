export const id = 930;
export const ids = [930];
export const modules = {

/***/ 7930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseGxSuite: () => (/* binding */ parseGxSuite)
/* harmony export */ });
/* unused harmony exports GX_EXPECTATIONS, gxSuiteToYaml */
/* harmony import */ var _mlops_actions_metrics_source_error__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1167);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _parse_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1149);



/** How each supported Great Expectations expectation becomes rules of our schema. */
const EXPECTATIONS = {
    expect_column_to_exist: (draft, kw) => void column(draft, kw),
    expect_column_values_to_not_be_null: (draft, kw) => set(draft, kw, { nullable: false }),
    expect_column_values_to_be_unique: (draft, kw) => set(draft, kw, { unique: true }),
    expect_column_values_to_be_in_set: (draft, kw) => set(draft, kw, { in: kw.value_set }),
    expect_column_values_to_not_be_in_set: (draft, kw) => set(draft, kw, { "not-in": kw.value_set }),
    expect_column_values_to_be_between: (draft, kw) => {
        const rules = column(draft, kw);
        rules.type ??= "number";
        set(draft, kw, bounds(kw, "min", "max"));
    },
    // GX searches for the regex anywhere in the value; our patterns match the whole value.
    expect_column_values_to_match_regex: (draft, kw) => set(draft, kw, { pattern: `[\\s\\S]*?(?:${String(kw.regex)})[\\s\\S]*` }),
    expect_column_value_lengths_to_be_between: (draft, kw) => set(draft, kw, { length: range(kw) }),
    expect_column_value_lengths_to_equal: (draft, kw) => set(draft, kw, { length: kw.value }),
    expect_column_values_to_be_of_type: (draft, kw) => set(draft, kw, { type: gxType(kw.type_) }),
    expect_column_values_to_match_strftime_format: (draft, kw) => set(draft, kw, { type: "date", format: strftimeLayout(kw.strftime_format) }),
    expect_column_min_to_be_between: (draft, kw) => stat(draft, kw, "min", range(kw)),
    expect_column_max_to_be_between: (draft, kw) => stat(draft, kw, "max", range(kw)),
    expect_column_mean_to_be_between: (draft, kw) => stat(draft, kw, "mean", range(kw)),
    expect_column_median_to_be_between: (draft, kw) => stat(draft, kw, "median", range(kw)),
    expect_column_stdev_to_be_between: (draft, kw) => stat(draft, kw, "std", range(kw)),
    expect_column_unique_value_count_to_be_between: (draft, kw) => stat(draft, kw, "distinct", range(kw)),
    expect_column_quantile_values_to_be_between: (draft, kw) => {
        const { quantiles = [], value_ranges: ranges = [] } = (kw.quantile_ranges ?? {});
        const entries = quantiles.map((q, i) => [
            String(q),
            range({ min_value: ranges[i]?.[0], max_value: ranges[i]?.[1] }),
        ]);
        stat(draft, kw, "quantiles", Object.fromEntries(entries));
    },
    expect_table_row_count_to_be_between: (draft, kw) => {
        draft.dataset.rows = range(kw);
    },
    expect_table_row_count_to_equal: (draft, kw) => {
        draft.dataset.rows = kw.value;
    },
    expect_table_columns_to_match_ordered_list: (draft, kw) => {
        for (const name of asList(kw.column_list))
            column(draft, { column: name });
        draft.dataset.columns = { match: "exact", ordered: true };
    },
    expect_table_columns_to_match_set: (draft, kw) => {
        for (const name of asList(kw.column_set))
            column(draft, { column: name });
        draft.dataset.columns = kw.exact_match === false ? "superset" : "exact";
    },
    expect_compound_columns_to_be_unique: (draft, kw) => {
        draft.dataset.unique = [...asList(draft.dataset.unique), asList(kw.column_list)];
    },
    expect_column_pair_values_a_to_be_greater_than_b: (draft, kw) => {
        const operator = kw.or_equal === true ? ">=" : ">";
        draft.dataset.compare = [
            ...asList(draft.dataset.compare),
            `${String(kw.column_A)} ${operator} ${String(kw.column_B)}`,
        ];
    },
};
/** The expectation types `parseGxSuite` understands. */
const GX_EXPECTATIONS = Object.keys(EXPECTATIONS);
/**
 * Converts a Great Expectations expectation suite (JSON; GX 0.x `expectation_type` or 1.x `type`) into
 * our schema, for teams migrating. Unsupported expectations, and kwargs we cannot honour (`strict_min`,
 * different `mostly` values on one column), are errors rather than silently dropped checks.
 */
function parseGxSuite(text, file) {
    return (0,_parse_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSchema */ .D0)(gxSuiteToYaml(text, file), file);
}
/** The suite as schema YAML (what `parseGxSuite` validates). */
function gxSuiteToYaml(text, file) {
    let suite;
    try {
        suite = JSON.parse(text);
    }
    catch (error) {
        throw new _mlops_actions_metrics_source_error__WEBPACK_IMPORTED_MODULE_0__/* .SourceError */ .c8({ file }, `not valid JSON: ${error.message}`);
    }
    const expectations = suite?.expectations;
    if (!Array.isArray(expectations)) {
        throw new _mlops_actions_metrics_source_error__WEBPACK_IMPORTED_MODULE_0__/* .SourceError */ .c8({ file }, "not a Great Expectations suite: no 'expectations' list");
    }
    const draft = { columns: new Map(), dataset: {} };
    const unsupported = new Set();
    expectations.forEach((expectation, index) => {
        const type = expectation.expectation_type ?? expectation.type ?? "";
        const convert = EXPECTATIONS[type];
        if (!convert) {
            unsupported.add(type || `(expectation ${index + 1} has no type)`);
            return;
        }
        const kwargs = expectation.kwargs ?? {};
        if (kwargs.strict_min === true || kwargs.strict_max === true) {
            throw new _mlops_actions_metrics_source_error__WEBPACK_IMPORTED_MODULE_0__/* .SourceError */ .c8({ file }, `expectation ${index + 1} (${type}): strict_min/strict_max are not supported`);
        }
        try {
            convert(draft, kwargs);
        }
        catch (error) {
            throw new _mlops_actions_metrics_source_error__WEBPACK_IMPORTED_MODULE_0__/* .SourceError */ .c8({ file }, `expectation ${index + 1} (${type}): ${error.message}`);
        }
    });
    if (unsupported.size > 0) {
        throw new _mlops_actions_metrics_source_error__WEBPACK_IMPORTED_MODULE_0__/* .SourceError */ .c8({ file }, `unsupported expectation(s) ${[...unsupported].join(", ")}; supported: ${GX_EXPECTATIONS.join(", ")}`);
    }
    const document = {
        version: 1,
        columns: Object.fromEntries(draft.columns),
        ...(Object.keys(draft.dataset).length > 0 && { dataset: draft.dataset }),
    };
    return `# Converted from the Great Expectations suite ${file}\n${(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .stringify */ .As)(document)}`;
}
function column(draft, kwargs) {
    const name = kwargs.column;
    if (typeof name !== "string" || name === "")
        throw new Error("kwargs.column is missing");
    let rules = draft.columns.get(name);
    if (!rules) {
        rules = {};
        draft.columns.set(name, rules);
    }
    return rules;
}
function set(draft, kwargs, rules) {
    const target = column(draft, kwargs);
    Object.assign(target, withoutUndefined(rules));
    if (typeof kwargs.mostly === "number" && kwargs.mostly < 1) {
        if (target.mostly !== undefined && target.mostly !== kwargs.mostly) {
            throw new Error(`column '${String(kwargs.column)}' has expectations with different mostly values`);
        }
        target.mostly = kwargs.mostly;
    }
}
function stat(draft, kwargs, name, value) {
    const target = column(draft, kwargs);
    target.type ??= "number";
    target.stats = { ...target.stats, [name]: value };
}
function range(kwargs) {
    return withoutUndefined({
        min: numberOrUndefined(kwargs.min_value),
        max: numberOrUndefined(kwargs.max_value),
    });
}
function bounds(kwargs, minKey, maxKey) {
    return withoutUndefined({
        [minKey]: kwargs.min_value ?? undefined,
        [maxKey]: kwargs.max_value ?? undefined,
    });
}
function numberOrUndefined(value) {
    return typeof value === "number" ? value : undefined;
}
function withoutUndefined(record) {
    return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== null));
}
function asList(value) {
    return Array.isArray(value) ? value : [];
}
/** numpy / pandas / Python / SQL type names to ours. */
function gxType(name) {
    const type = String(name).toLowerCase();
    if (/^(u?int\d*|integer|long|bigint|smallint)$/.test(type))
        return "integer";
    if (/^(float\d*|double|number|decimal|numeric|real)$/.test(type))
        return "number";
    if (/^(bool|boolean)$/.test(type))
        return "boolean";
    if (/^(str|string|object|varchar|text)$/.test(type))
        return "string";
    if (/^(datetime64.*|timestamp.*|datetime)$/.test(type))
        return "datetime";
    if (type === "date")
        return "date";
    if (type === "category")
        return "category";
    throw new Error(`type '${String(name)}' has no equivalent`);
}
const STRFTIME_LAYOUTS = {
    "%Y-%m-%d": "YYYY-MM-DD",
    "%Y/%m/%d": "YYYY/MM/DD",
    "%Y%m%d": "YYYYMMDD",
    "%d/%m/%Y": "DD/MM/YYYY",
    "%m/%d/%Y": "MM/DD/YYYY",
    "%d.%m.%Y": "DD.MM.YYYY",
};
function strftimeLayout(format) {
    const layout = STRFTIME_LAYOUTS[String(format)];
    if (!layout)
        throw new Error(`strftime format '${String(format)}' is not one of ${Object.keys(STRFTIME_LAYOUTS).join(", ")}`);
    return layout;
}


/***/ })

};
