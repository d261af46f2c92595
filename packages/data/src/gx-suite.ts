import { isDeepStrictEqual } from "node:util";
import { SourceError } from "@mlops-actions/metrics/source-error";
import { stringify } from "yaml";
import {
  asList,
  bound,
  checkKwargs,
  columnName,
  columnNames,
  gxType,
  type Kwargs,
  list,
  number,
  onlyIgnoreRowIf,
  quantileRanges,
  type Range,
  range,
  share,
  strftimeLayout,
  text,
} from "./gx-kwargs.ts";
import { parseSchema } from "./parse-schema.ts";
import type { DataSchema, MostlyCheck } from "./schema.ts";

interface ColumnDraft {
  rules: Record<string, unknown>;
  stats: Record<string, unknown>;
  quantiles: Record<string, Range>;
  /** Each check's share of values that must pass (GX `mostly`), from the expectations creating it. */
  shares: Map<MostlyCheck, number>;
}

interface Draft {
  /** The expectation being converted, as errors name it: `expectation 3 (expect_…)`. */
  expectation: string;
  columns: Map<string, ColumnDraft>;
  /** The column order `expect_table_columns_to_match_ordered_list` requires, which ours follows. */
  order: string[];
  dataset: Record<string, unknown>;
  /** Which expectation set each rule, and to what: a repeat with another value would overwrite it. */
  setters: Map<string, { expectation: string; value: unknown }>;
  /** Text (date) bounds, valid only if the column turns out to be a date or datetime column. */
  textBounds: { expectation: string; column: string; kwarg: string; value: string }[];
}

interface Converter {
  /** The kwargs it honours, besides the harmless ones any expectation may carry. */
  kwargs: readonly string[];
  convert: (draft: Draft, kwargs: Kwargs) => void;
}

/** An expectation on each value of a column: it takes `mostly`. */
const values = (kwargs: readonly string[], convert: Converter["convert"]): Converter => ({
  kwargs: ["column", "mostly", ...kwargs],
  convert,
});

/** An expectation on one statistic of a column. */
const statistic = (name: string): Converter => ({
  kwargs: ["column", "min_value", "max_value"],
  convert: (draft, kw) => stat(draft, kw, name, range(kw)),
});

/** How each supported Great Expectations expectation becomes rules of our schema. */
const EXPECTATIONS: Record<string, Converter> = {
  expect_column_to_exist: { kwargs: ["column"], convert: (draft, kw) => void column(draft, kw) },
  expect_column_values_to_not_be_null: values([], (draft, kw) => set(draft, kw, { nullable: false })),
  expect_column_values_to_be_unique: values([], (draft, kw) => set(draft, kw, { unique: true })),
  expect_column_values_to_be_in_set: values(["value_set"], (draft, kw) =>
    set(draft, kw, { in: list(kw, "value_set") }),
  ),
  expect_column_values_to_not_be_in_set: values(["value_set"], (draft, kw) =>
    set(draft, kw, { "not-in": list(kw, "value_set") }),
  ),
  expect_column_values_to_be_between: values(["min_value", "max_value"], (draft, kw) =>
    set(draft, kw, orderedBounds(draft, kw)),
  ),
  // GX searches for the regex anywhere in the value; our patterns match the whole value.
  expect_column_values_to_match_regex: values(["regex"], (draft, kw) =>
    set(draft, kw, { pattern: `[\\s\\S]*?(?:${text(kw, "regex")})[\\s\\S]*` }),
  ),
  expect_column_value_lengths_to_be_between: values(["min_value", "max_value"], (draft, kw) =>
    set(draft, kw, { length: range(kw) }),
  ),
  expect_column_value_lengths_to_equal: values(["value"], (draft, kw) =>
    set(draft, kw, { length: number(kw, "value") }),
  ),
  expect_column_values_to_be_of_type: values(["type_"], (draft, kw) =>
    set(draft, kw, { type: gxType(kw.type_) }),
  ),
  // The layout of a date column is part of its type check.
  expect_column_values_to_match_strftime_format: values(["strftime_format"], (draft, kw) =>
    set(draft, kw, { type: "date", format: strftimeLayout(kw.strftime_format) }, ["type"]),
  ),
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
      for (const name of names) column(draft, { column: name });
      datasetRule(draft, "column list", "columns", { match: "exact", ordered: true }, names);
      draft.order = names;
    },
  },
  expect_table_columns_to_match_set: {
    kwargs: ["column_set", "exact_match"],
    convert: (draft, kw) => {
      const names = columnNames(kw, "column_set");
      for (const name of names) column(draft, { column: name });
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
        `${text(kw, "column_A")} ${operator} ${text(kw, "column_B")}`,
      ];
    },
  },
};

/** The expectation types `parseGxSuite` understands. */
export const GX_EXPECTATIONS = Object.keys(EXPECTATIONS);

/**
 * Converts a Great Expectations expectation suite (JSON; GX 0.x `expectation_type` or 1.x `type`) into
 * our schema, for teams migrating. Unsupported expectations, kwargs we cannot honour (`strict_min`,
 * `row_condition`, bounds that are not numbers, …) and a repeat that would overwrite an earlier rule
 * are errors rather than silently dropped checks.
 */
export function parseGxSuite(text: string, file: string): DataSchema {
  return parseSchema(gxSuiteToYaml(text, file), file);
}

/** The suite as schema YAML (what `parseGxSuite` validates). */
export function gxSuiteToYaml(text: string, file: string): string {
  let suite: unknown;
  try {
    suite = JSON.parse(text);
  } catch (error) {
    throw new SourceError({ file }, `not valid JSON: ${(error as Error).message}`);
  }
  const expectations = (suite as { expectations?: unknown })?.expectations;
  if (!Array.isArray(expectations)) {
    throw new SourceError({ file }, "not a Great Expectations suite: no 'expectations' list");
  }
  const draft: Draft = {
    expectation: "",
    columns: new Map(),
    order: [],
    dataset: {},
    setters: new Map(),
    textBounds: [],
  };
  const unsupported = new Set<string>();
  expectations.forEach(
    (expectation: { expectation_type?: string; type?: string; kwargs?: Kwargs }, index) => {
      const type = expectation.expectation_type ?? expectation.type ?? "";
      const converter = EXPECTATIONS[type];
      if (!converter) {
        unsupported.add(type || `(expectation ${index + 1} has no type)`);
        return;
      }
      draft.expectation = `expectation ${index + 1} (${type})`;
      const kwargs = expectation.kwargs ?? {};
      if (kwargs.strict_min === true || kwargs.strict_max === true) {
        throw new SourceError({ file }, `${draft.expectation}: strict_min/strict_max are not supported`);
      }
      try {
        checkKwargs(kwargs, converter.kwargs);
        converter.convert(draft, kwargs);
      } catch (error) {
        throw new SourceError({ file }, `${draft.expectation}: ${(error as Error).message}`);
      }
    },
  );
  if (unsupported.size > 0) {
    throw new SourceError(
      { file },
      `unsupported expectation(s) ${[...unsupported].join(", ")}; supported: ${GX_EXPECTATIONS.join(", ")}`,
    );
  }
  checkTextBounds(draft, file);
  const document = {
    version: 1,
    columns: Object.fromEntries(orderedColumns(draft).map(([name, rules]) => [name, columnRules(rules)])),
    ...(Object.keys(draft.dataset).length > 0 && { dataset: draft.dataset }),
  };
  return `# Converted from the Great Expectations suite ${file}\n${stringify(document)}`;
}

/** The columns in the order an ordered column list requires (the schema's order is the one checked). */
function orderedColumns(draft: Draft): [string, ColumnDraft][] {
  const rank = (name: string) => {
    const index = draft.order.indexOf(name);
    return index === -1 ? draft.order.length : index;
  };
  return [...draft.columns].sort(([a], [b]) => rank(a) - rank(b));
}

function column(draft: Draft, kwargs: Kwargs): ColumnDraft {
  const name = columnName(kwargs);
  let rules = draft.columns.get(name);
  if (!rules) {
    rules = { rules: {}, stats: {}, quantiles: {}, shares: new Map() };
    draft.columns.set(name, rules);
  }
  return rules;
}

/** Records that the current expectation sets `rule` of `owner`: a different earlier value is an error. */
function claim(draft: Draft, owner: string, rule: string, value: unknown): void {
  const key = `${owner} ${rule}`;
  const earlier = draft.setters.get(key);
  if (!earlier) draft.setters.set(key, { expectation: draft.expectation, value });
  else if (!isDeepStrictEqual(earlier.value, value)) {
    throw new Error(`${owner} already has a different ${rule} from ${earlier.expectation}`);
  }
}

/** Sets value rules of a column; the expectation's `mostly` goes to `checks` (by default, the rules). */
function set(
  draft: Draft,
  kwargs: Kwargs,
  rules: Record<string, unknown>,
  checks = Object.keys(rules) as MostlyCheck[],
): void {
  const target = column(draft, kwargs);
  for (const [rule, value] of Object.entries(rules)) {
    claim(draft, `column '${columnName(kwargs)}'`, rule, value);
    target.rules[rule] = value;
  }
  // The same check from two expectations: the stricter share is the one both need.
  const mostly = share(kwargs.mostly ?? 1);
  for (const check of checks) target.shares.set(check, Math.max(target.shares.get(check) ?? 0, mostly));
}

function stat(draft: Draft, kwargs: Kwargs, name: string, value: Range): void {
  claim(draft, `column '${columnName(kwargs)}'`, `stats ${name}`, value);
  column(draft, kwargs).stats[name] = value;
}

function datasetRule(draft: Draft, rule: string, key: string, value: unknown, identity = value): void {
  claim(draft, "the dataset", rule, identity);
  draft.dataset[key] = value;
}

/** A column's rules as schema YAML: its `mostly` is one share, or one per check when they differ. */
function columnRules(draft: ColumnDraft): Record<string, unknown> {
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
function numeric(draft: ColumnDraft): boolean {
  const { rules, stats, quantiles } = draft;
  const numericStats = Object.keys(stats).some((name) => name !== "distinct");
  return (
    typeof rules.min === "number" ||
    typeof rules.max === "number" ||
    numericStats ||
    Object.keys(quantiles).length > 0
  );
}

function mostlyRule(shares: Map<MostlyCheck, number>): number | Record<string, number> | undefined {
  const all = [...shares.values()];
  if (all.every((value) => value === 1)) return undefined;
  if (all.every((value) => value === all[0])) return all[0];
  return Object.fromEntries([...shares].filter(([, value]) => value < 1));
}

/** Bounds of each value: numbers, or texts that a date or datetime column reads as dates. */
function orderedBounds(draft: Draft, kwargs: Kwargs): Record<string, number | string> {
  return range(kwargs, (value, kwarg): number | string | undefined => {
    if (typeof value !== "string") return bound(value, kwarg);
    draft.textBounds.push({ expectation: draft.expectation, column: columnName(kwargs), kwarg, value });
    return value;
  });
}

function checkTextBounds(draft: Draft, file: string): void {
  for (const { expectation, column, kwarg, value } of draft.textBounds) {
    const type = draft.columns.get(column)?.rules.type;
    if (type !== "date" && type !== "datetime") {
      throw new SourceError(
        { file },
        `${expectation}: ${kwarg} ${JSON.stringify(value)} is not a number (a text bound needs a date or datetime column)`,
      );
    }
  }
}
