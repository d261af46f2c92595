export const id = 956;
export const ids = [956];
export const modules = {

/***/ 1956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseGxSuite: () => (/* binding */ parseGxSuite)
});

// UNUSED EXPORTS: GX_EXPECTATIONS, gxSuiteToYaml

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./packages/metrics/src/source-error.ts
var source_error = __webpack_require__(1167);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/data/src/gx-kwargs.ts
// Reading the kwargs of a Great Expectations expectation: each value checked, and an error naming the
// kwarg for one the conversion cannot honour (gx-suite.ts turns the values into schema rules).
/** Kwargs that change how GX reports, never what it checks. */
const HARMLESS_KWARGS = [
    "result_format",
    "include_config",
    "catch_exceptions",
    "meta",
    "notes",
    "id",
    "rendered_content",
    "description",
    "output_strftime_format",
];
/** A kwarg we do not honour is an error unless it is off (null, false, empty), as GX's defaults are. */
function checkKwargs(kwargs, honoured) {
    for (const [name, value] of Object.entries(kwargs)) {
        if (value === null || value === false || value === "" || HARMLESS_KWARGS.includes(name))
            continue;
        if (name === "mostly") {
            const mostly = share(value);
            if (mostly < 1 && !honoured.includes(name)) {
                throw new Error(`mostly ${mostly} is not supported for this expectation: its rule has no mostly`);
            }
        }
        else if (!honoured.includes(name)) {
            throw new Error(`${name} ${JSON.stringify(value)} is not supported`);
        }
    }
}
function onlyIgnoreRowIf(kwargs, ours) {
    const value = kwargs.ignore_row_if;
    if (value !== undefined && value !== null && value !== ours) {
        throw new Error(`ignore_row_if ${JSON.stringify(value)} is not supported; only '${ours}' is`);
    }
}
function columnName(kwargs) {
    const name = kwargs.column;
    if (typeof name !== "string" || name === "")
        throw new Error("kwargs.column is missing");
    return name;
}
function share(value) {
    if (typeof value !== "number" || !(value >= 0 && value <= 1)) {
        throw new Error(`mostly ${JSON.stringify(value)} is not a share between 0 and 1`);
    }
    return value;
}
/**
 * `min_value`/`max_value` of a range, each read by `read` (numbers by default); at least one must be
 * set, else nothing would be checked.
 */
function range(kwargs, read = bound) {
    const bounds = withoutUndefined({
        min: read(kwargs.min_value, "min_value"),
        max: read(kwargs.max_value, "max_value"),
    });
    if (Object.keys(bounds).length === 0)
        throw new Error("min_value and max_value are both missing");
    return bounds;
}
function bound(value, kwarg) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== "number")
        throw new Error(`${kwarg} ${JSON.stringify(value)} is not a number`);
    return value;
}
function number(kwargs, kwarg) {
    const value = bound(kwargs[kwarg], kwarg);
    if (value === undefined)
        throw new Error(`${kwarg} is missing`);
    return value;
}
function gx_kwargs_text(kwargs, kwarg) {
    const value = kwargs[kwarg];
    if (typeof value !== "string")
        throw new Error(`${kwarg} ${JSON.stringify(value) ?? "(missing)"} is not a text`);
    return value;
}
function list(kwargs, kwarg) {
    const value = kwargs[kwarg];
    if (value === undefined || value === null)
        throw new Error(`${kwarg} is missing`);
    if (!Array.isArray(value))
        throw new Error(`${kwarg} ${JSON.stringify(value)} is not a list`);
    return value;
}
function columnNames(kwargs, kwarg) {
    const names = list(kwargs, kwarg);
    if (!names.every((name) => typeof name === "string")) {
        throw new Error(`${kwarg} ${JSON.stringify(names)} is not a list of column names`);
    }
    return names;
}
function quantileRanges(value) {
    const { quantiles, value_ranges: ranges } = (value ?? {});
    if (!Array.isArray(quantiles) || !Array.isArray(ranges) || quantiles.length !== ranges.length) {
        throw new Error("quantile_ranges needs lists quantiles and value_ranges of the same length");
    }
    return quantiles.map((quantile, i) => {
        const pair = ranges[i];
        if (typeof quantile !== "number")
            throw new Error(`quantile ${JSON.stringify(quantile)} is not a number`);
        if (!Array.isArray(pair) || pair.length !== 2) {
            throw new Error(`quantile_ranges value_ranges[${i}] ${JSON.stringify(pair)} is not a [min, max] pair`);
        }
        const at = (end) => bound(pair[end], `quantile_ranges value_ranges[${i}][${end}]`);
        return [String(quantile), withoutUndefined({ min: at(0), max: at(1) })];
    });
}
function withoutUndefined(record) {
    return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
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

// EXTERNAL MODULE: ./packages/data/src/parse-schema.ts + 4 modules
var parse_schema = __webpack_require__(1149);
;// CONCATENATED MODULE: ./packages/data/src/gx-suite.ts





/** An expectation on each value of a column: it takes `mostly`. */
const values = (kwargs, convert) => ({
    kwargs: ["column", "mostly", ...kwargs],
    convert,
});
/** An expectation on one statistic of a column. */
const statistic = (name) => ({
    kwargs: ["column", "min_value", "max_value"],
    convert: (draft, kw) => stat(draft, kw, name, range(kw)),
});
/** How each supported Great Expectations expectation becomes rules of our schema. */
const EXPECTATIONS = {
    expect_column_to_exist: { kwargs: ["column"], convert: (draft, kw) => void column(draft, kw) },
    expect_column_values_to_not_be_null: values([], (draft, kw) => set(draft, kw, { nullable: false })),
    expect_column_values_to_be_unique: values([], (draft, kw) => set(draft, kw, { unique: true })),
    expect_column_values_to_be_in_set: values(["value_set"], (draft, kw) => set(draft, kw, { in: list(kw, "value_set") })),
    expect_column_values_to_not_be_in_set: values(["value_set"], (draft, kw) => set(draft, kw, { "not-in": list(kw, "value_set") })),
    expect_column_values_to_be_between: values(["min_value", "max_value"], (draft, kw) => set(draft, kw, orderedBounds(draft, kw))),
    // GX searches for the regex anywhere in the value; our patterns match the whole value.
    expect_column_values_to_match_regex: values(["regex"], (draft, kw) => set(draft, kw, { pattern: `[\\s\\S]*?(?:${gx_kwargs_text(kw, "regex")})[\\s\\S]*` })),
    expect_column_value_lengths_to_be_between: values(["min_value", "max_value"], (draft, kw) => set(draft, kw, { length: range(kw) })),
    expect_column_value_lengths_to_equal: values(["value"], (draft, kw) => set(draft, kw, { length: number(kw, "value") })),
    expect_column_values_to_be_of_type: values(["type_"], (draft, kw) => set(draft, kw, { type: gxType(kw.type_) })),
    // The layout of a date column is part of its type check.
    expect_column_values_to_match_strftime_format: values(["strftime_format"], (draft, kw) => set(draft, kw, { type: "date", format: strftimeLayout(kw.strftime_format) }, ["type"])),
    expect_column_min_to_be_between: statistic("min"),
    expect_column_max_to_be_between: statistic("max"),
    expect_column_mean_to_be_between: statistic("mean"),
    expect_column_median_to_be_between: statistic("median"),
    expect_column_stdev_to_be_between: statistic("std"),
    expect_column_unique_value_count_to_be_between: statistic("distinct"),
    // We compute quantiles exactly, which any allowed relative error accepts.
    expect_column_quantile_values_to_be_between: {
        kwargs: ["column", "quantile_ranges", "allow_relative_error"],
        convert: (draft, kw) => {
            for (const [quantile, bounds] of quantileRanges(kw.quantile_ranges)) {
                claim(draft, `column '${columnName(kw)}'`, `quantile ${quantile}`, bounds);
                column(draft, kw).quantiles[quantile] = bounds;
            }
        },
    },
    expect_table_row_count_to_be_between: {
        kwargs: ["min_value", "max_value"],
        convert: (draft, kw) => datasetRule(draft, "row count", "rows", range(kw)),
    },
    expect_table_row_count_to_equal: {
        kwargs: ["value"],
        convert: (draft, kw) => datasetRule(draft, "row count", "rows", number(kw, "value")),
    },
    expect_table_columns_to_match_ordered_list: {
        kwargs: ["column_list"],
        convert: (draft, kw) => {
            const names = columnNames(kw, "column_list");
            for (const name of names)
                column(draft, { column: name });
            datasetRule(draft, "column list", "columns", { match: "exact", ordered: true }, names);
            draft.order = names;
        },
    },
    expect_table_columns_to_match_set: {
        kwargs: ["column_set", "exact_match"],
        convert: (draft, kw) => {
            const names = columnNames(kw, "column_set");
            for (const name of names)
                column(draft, { column: name });
            const match = kw.exact_match === false ? "superset" : "exact";
            datasetRule(draft, "column list", "columns", match, { match, names: [...names].sort() });
        },
    },
    expect_compound_columns_to_be_unique: {
        kwargs: ["column_list", "ignore_row_if"],
        convert: (draft, kw) => {
            // Our keys count rows whose key columns are all missing, as GX's `never` does.
            onlyIgnoreRowIf(kw, "never");
            draft.dataset.unique = [...asList(draft.dataset.unique), columnNames(kw, "column_list")];
        },
    },
    expect_column_pair_values_a_to_be_greater_than_b: {
        kwargs: ["column_A", "column_B", "or_equal", "ignore_row_if"],
        convert: (draft, kw) => {
            // Our comparisons skip a row where either value is missing.
            onlyIgnoreRowIf(kw, "either_value_is_missing");
            const operator = kw.or_equal === true ? ">=" : ">";
            draft.dataset.compare = [
                ...asList(draft.dataset.compare),
                `${gx_kwargs_text(kw, "column_A")} ${operator} ${gx_kwargs_text(kw, "column_B")}`,
            ];
        },
    },
};
/** The expectation types `parseGxSuite` understands. */
const GX_EXPECTATIONS = Object.keys(EXPECTATIONS);
/**
 * Converts a Great Expectations expectation suite (JSON; GX 0.x `expectation_type` or 1.x `type`) into
 * our schema, for teams migrating. Unsupported expectations, kwargs we cannot honour (`strict_min`,
 * `row_condition`, bounds that are not numbers, …) and a repeat that would overwrite an earlier rule
 * are errors rather than silently dropped checks.
 */
function parseGxSuite(text, file) {
    return (0,parse_schema/* parseSchema */.D0)(gxSuiteToYaml(text, file), file);
}
/** The suite as schema YAML (what `parseGxSuite` validates). */
function gxSuiteToYaml(text, file) {
    let suite;
    try {
        suite = JSON.parse(text);
    }
    catch (error) {
        throw new source_error/* SourceError */.c8({ file }, `not valid JSON: ${error.message}`);
    }
    const expectations = suite?.expectations;
    if (!Array.isArray(expectations)) {
        throw new source_error/* SourceError */.c8({ file }, "not a Great Expectations suite: no 'expectations' list");
    }
    const draft = {
        expectation: "",
        columns: new Map(),
        order: [],
        dataset: {},
        setters: new Map(),
        textBounds: [],
    };
    const unsupported = new Set();
    expectations.forEach((expectation, index) => {
        const type = expectation.expectation_type ?? expectation.type ?? "";
        const converter = EXPECTATIONS[type];
        if (!converter) {
            unsupported.add(type || `(expectation ${index + 1} has no type)`);
            return;
        }
        draft.expectation = `expectation ${index + 1} (${type})`;
        const kwargs = expectation.kwargs ?? {};
        if (kwargs.strict_min === true || kwargs.strict_max === true) {
            throw new source_error/* SourceError */.c8({ file }, `${draft.expectation}: strict_min/strict_max are not supported`);
        }
        try {
            checkKwargs(kwargs, converter.kwargs);
            converter.convert(draft, kwargs);
        }
        catch (error) {
            throw new source_error/* SourceError */.c8({ file }, `${draft.expectation}: ${error.message}`);
        }
    });
    if (unsupported.size > 0) {
        throw new source_error/* SourceError */.c8({ file }, `unsupported expectation(s) ${[...unsupported].join(", ")}; supported: ${GX_EXPECTATIONS.join(", ")}`);
    }
    checkTextBounds(draft, file);
    const document = {
        version: 1,
        columns: Object.fromEntries(orderedColumns(draft).map(([name, rules]) => [name, columnRules(rules)])),
        ...(Object.keys(draft.dataset).length > 0 && { dataset: draft.dataset }),
    };
    return `# Converted from the Great Expectations suite ${file}\n${(0,dist/* stringify */.As)(document)}`;
}
/** The columns in the order an ordered column list requires (the schema's order is the one checked). */
function orderedColumns(draft) {
    const rank = (name) => {
        const index = draft.order.indexOf(name);
        return index === -1 ? draft.order.length : index;
    };
    return [...draft.columns].sort(([a], [b]) => rank(a) - rank(b));
}
function column(draft, kwargs) {
    const name = columnName(kwargs);
    let rules = draft.columns.get(name);
    if (!rules) {
        rules = { rules: {}, stats: {}, quantiles: {}, shares: new Map() };
        draft.columns.set(name, rules);
    }
    return rules;
}
/** Records that the current expectation sets `rule` of `owner`: a different earlier value is an error. */
function claim(draft, owner, rule, value) {
    const key = `${owner} ${rule}`;
    const earlier = draft.setters.get(key);
    if (!earlier)
        draft.setters.set(key, { expectation: draft.expectation, value });
    else if (!(0,external_node_util_.isDeepStrictEqual)(earlier.value, value)) {
        throw new Error(`${owner} already has a different ${rule} from ${earlier.expectation}`);
    }
}
/** Sets value rules of a column; the expectation's `mostly` goes to `checks` (by default, the rules). */
function set(draft, kwargs, rules, checks = Object.keys(rules)) {
    const target = column(draft, kwargs);
    for (const [rule, value] of Object.entries(rules)) {
        claim(draft, `column '${columnName(kwargs)}'`, rule, value);
        target.rules[rule] = value;
    }
    // The same check from two expectations: the stricter share is the one both need.
    const mostly = share(kwargs.mostly ?? 1);
    for (const check of checks)
        target.shares.set(check, Math.max(target.shares.get(check) ?? 0, mostly));
}
function stat(draft, kwargs, name, value) {
    claim(draft, `column '${columnName(kwargs)}'`, `stats ${name}`, value);
    column(draft, kwargs).stats[name] = value;
}
function datasetRule(draft, rule, key, value, identity = value) {
    claim(draft, "the dataset", rule, identity);
    draft.dataset[key] = value;
}
/** A column's rules as schema YAML: its `mostly` is one share, or one per check when they differ. */
function columnRules(draft) {
    const stats = {
        ...draft.stats,
        ...(Object.keys(draft.quantiles).length > 0 && { quantiles: draft.quantiles }),
    };
    const mostly = mostlyRule(draft.shares);
    return {
        ...(draft.rules.type === undefined && numeric(draft) && { type: "number" }),
        ...draft.rules,
        ...(mostly !== undefined && { mostly }),
        ...(Object.keys(stats).length > 0 && { stats }),
    };
}
/** Numeric bounds and statistics (not a count of distinct values) mean the values are numbers. */
function numeric(draft) {
    const { rules, stats, quantiles } = draft;
    const numericStats = Object.keys(stats).some((name) => name !== "distinct");
    return (typeof rules.min === "number" ||
        typeof rules.max === "number" ||
        numericStats ||
        Object.keys(quantiles).length > 0);
}
function mostlyRule(shares) {
    const all = [...shares.values()];
    if (all.every((value) => value === 1))
        return undefined;
    if (all.every((value) => value === all[0]))
        return all[0];
    return Object.fromEntries([...shares].filter(([, value]) => value < 1));
}
/** Bounds of each value: numbers, or texts that a date or datetime column reads as dates. */
function orderedBounds(draft, kwargs) {
    return range(kwargs, (value, kwarg) => {
        if (typeof value !== "string")
            return bound(value, kwarg);
        draft.textBounds.push({ expectation: draft.expectation, column: columnName(kwargs), kwarg, value });
        return value;
    });
}
function checkTextBounds(draft, file) {
    for (const { expectation, column, kwarg, value } of draft.textBounds) {
        const type = draft.columns.get(column)?.rules.type;
        if (type !== "date" && type !== "datetime") {
            throw new source_error/* SourceError */.c8({ file }, `${expectation}: ${kwarg} ${JSON.stringify(value)} is not a number (a text bound needs a date or datetime column)`);
        }
    }
}


/***/ })

};
