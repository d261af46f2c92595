// Reading the kwargs of a Great Expectations expectation: each value checked, and an error naming the
// kwarg for one the conversion cannot honour (gx-suite.ts turns the values into schema rules).

export type Kwargs = Record<string, unknown>;
export type Range = { min?: number; max?: number };

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
export function checkKwargs(kwargs: Kwargs, honoured: readonly string[]): void {
  for (const [name, value] of Object.entries(kwargs)) {
    if (value === null || value === false || value === "" || HARMLESS_KWARGS.includes(name)) continue;
    if (name === "mostly") {
      const mostly = share(value);
      if (mostly < 1 && !honoured.includes(name)) {
        throw new Error(`mostly ${mostly} is not supported for this expectation: its rule has no mostly`);
      }
    } else if (!honoured.includes(name)) {
      throw new Error(`${name} ${JSON.stringify(value)} is not supported`);
    }
  }
}

export function onlyIgnoreRowIf(kwargs: Kwargs, ours: string): void {
  const value = kwargs.ignore_row_if;
  if (value !== undefined && value !== null && value !== ours) {
    throw new Error(`ignore_row_if ${JSON.stringify(value)} is not supported; only '${ours}' is`);
  }
}

export function columnName(kwargs: Kwargs): string {
  const name = kwargs.column;
  if (typeof name !== "string" || name === "") throw new Error("kwargs.column is missing");
  return name;
}

export function share(value: unknown): number {
  if (typeof value !== "number" || !(value >= 0 && value <= 1)) {
    throw new Error(`mostly ${JSON.stringify(value)} is not a share between 0 and 1`);
  }
  return value;
}

/**
 * `min_value`/`max_value` of a range, each read by `read` (numbers by default); at least one must be
 * set, else nothing would be checked.
 */
export function range<T = number>(
  kwargs: Kwargs,
  read = bound as (value: unknown, kwarg: string) => T | undefined,
): Record<string, T> {
  const bounds = withoutUndefined({
    min: read(kwargs.min_value, "min_value"),
    max: read(kwargs.max_value, "max_value"),
  });
  if (Object.keys(bounds).length === 0) throw new Error("min_value and max_value are both missing");
  return bounds;
}

export function bound(value: unknown, kwarg: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number") throw new Error(`${kwarg} ${JSON.stringify(value)} is not a number`);
  return value;
}

export function number(kwargs: Kwargs, kwarg: string): number {
  const value = bound(kwargs[kwarg], kwarg);
  if (value === undefined) throw new Error(`${kwarg} is missing`);
  return value;
}

export function text(kwargs: Kwargs, kwarg: string): string {
  const value = kwargs[kwarg];
  if (typeof value !== "string")
    throw new Error(`${kwarg} ${JSON.stringify(value) ?? "(missing)"} is not a text`);
  return value;
}

export function list(kwargs: Kwargs, kwarg: string): unknown[] {
  const value = kwargs[kwarg];
  if (value === undefined || value === null) throw new Error(`${kwarg} is missing`);
  if (!Array.isArray(value)) throw new Error(`${kwarg} ${JSON.stringify(value)} is not a list`);
  return value;
}

export function columnNames(kwargs: Kwargs, kwarg: string): string[] {
  const names = list(kwargs, kwarg);
  if (!names.every((name) => typeof name === "string")) {
    throw new Error(`${kwarg} ${JSON.stringify(names)} is not a list of column names`);
  }
  return names as string[];
}

export function quantileRanges(value: unknown): [string, Range][] {
  const { quantiles, value_ranges: ranges } = (value ?? {}) as {
    quantiles?: unknown;
    value_ranges?: unknown;
  };
  if (!Array.isArray(quantiles) || !Array.isArray(ranges) || quantiles.length !== ranges.length) {
    throw new Error("quantile_ranges needs lists quantiles and value_ranges of the same length");
  }
  return quantiles.map((quantile, i) => {
    const pair: unknown = ranges[i];
    if (typeof quantile !== "number") throw new Error(`quantile ${JSON.stringify(quantile)} is not a number`);
    if (!Array.isArray(pair) || pair.length !== 2) {
      throw new Error(`quantile_ranges value_ranges[${i}] ${JSON.stringify(pair)} is not a [min, max] pair`);
    }
    const at = (end: number) => bound(pair[end], `quantile_ranges value_ranges[${i}][${end}]`);
    return [String(quantile), withoutUndefined({ min: at(0), max: at(1) })];
  });
}

export function withoutUndefined<T>(record: Record<string, T | undefined>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Record<
    string,
    T
  >;
}

export function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** numpy / pandas / Python / SQL type names to ours. */
export function gxType(name: unknown): string {
  const type = String(name).toLowerCase();
  if (/^(u?int\d*|integer|long|bigint|smallint)$/.test(type)) return "integer";
  if (/^(float\d*|double|number|decimal|numeric|real)$/.test(type)) return "number";
  if (/^(bool|boolean)$/.test(type)) return "boolean";
  if (/^(str|string|object|varchar|text)$/.test(type)) return "string";
  if (/^(datetime64.*|timestamp.*|datetime)$/.test(type)) return "datetime";
  if (type === "date") return "date";
  if (type === "category") return "category";
  throw new Error(`type '${String(name)}' has no equivalent`);
}

const STRFTIME_LAYOUTS: Record<string, string> = {
  "%Y-%m-%d": "YYYY-MM-DD",
  "%Y/%m/%d": "YYYY/MM/DD",
  "%Y%m%d": "YYYYMMDD",
  "%d/%m/%Y": "DD/MM/YYYY",
  "%m/%d/%Y": "MM/DD/YYYY",
  "%d.%m.%Y": "DD.MM.YYYY",
};

export function strftimeLayout(format: unknown): string {
  const layout = STRFTIME_LAYOUTS[String(format)];
  if (!layout)
    throw new Error(
      `strftime format '${String(format)}' is not one of ${Object.keys(STRFTIME_LAYOUTS).join(", ")}`,
    );
  return layout;
}
