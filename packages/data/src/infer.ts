import { Moments } from "@mlops-actions/stats/moments";
import { detachedText } from "./detached-text.ts";
import { readDataset } from "./read-dataset.ts";
import type { FileProblem, ReadOptions } from "./reader-types.ts";
import {
  type CellValue,
  type ColumnType,
  DATE_FORMATS,
  type DateFormat,
  parseBoolean,
  parseDate,
  parseDatetime,
  parseDecimal,
  parseInteger,
} from "./value.ts";

export interface InferOptions extends Omit<ReadOptions, "columns"> {
  /** A string column with at most this many distinct values (and each seen twice on average) is a category. Default 20. */
  maxCategories?: number;
  /** Distinct values remembered per column to decide uniqueness (default 1,000,000). */
  maxDistinct?: number;
}

/** What was observed in one column. */
export interface InferredColumn {
  name: string;
  type: ColumnType;
  dateFormat?: DateFormat;
  values: number;
  missing: number;
  /** Distinct non-null values, or undefined when more than `maxDistinct`. */
  distinct?: number;
  unique: boolean;
  min?: number;
  max?: number;
  mean?: number;
  std?: number;
  minLength?: number;
  maxLength?: number;
  /** Sorted categories of a category column. */
  categories?: string[];
}

export interface InferResult {
  files: string[];
  rows: number;
  columns: InferredColumn[];
  problems: FileProblem[];
}

const TYPE_ORDER = ["integer", "number", "boolean", "datetime"] as const;

class ColumnObserver {
  readonly name: string;
  values = 0;
  missing = 0;
  possible = new Set<(typeof TYPE_ORDER)[number]>(TYPE_ORDER);
  dateFormats = new Set<DateFormat>(DATE_FORMATS);
  distinct: Set<string> | undefined = new Set();
  numbers = new Moments();
  dates = new Map<DateFormat, Moments>(DATE_FORMATS.map((format) => [format, new Moments()]));
  datetimes = new Moments();
  minLength = Number.POSITIVE_INFINITY;
  maxLength = 0;

  constructor(name: string) {
    this.name = name;
  }

  accept(value: CellValue, maxDistinct: number): void {
    if (value === null) {
      this.missing++;
      return;
    }
    this.values++;
    const text = String(value);
    if (this.distinct) {
      if (!this.distinct.has(text)) this.distinct.add(detachedText(text));
      if (this.distinct.size > maxDistinct) this.distinct = undefined;
    }
    const length = [...text].length;
    if (length < this.minLength) this.minLength = length;
    if (length > this.maxLength) this.maxLength = length;
    if (this.possible.has("integer") && parseInteger(value) === undefined) this.possible.delete("integer");
    if (this.possible.has("number")) {
      const number = parseDecimal(value);
      if (number === undefined) this.possible.delete("number");
      else this.numbers.update(number);
    }
    if (this.possible.has("boolean") && (typeof value === "number" || parseBoolean(value) === undefined)) {
      this.possible.delete("boolean");
    }
    if (this.possible.has("datetime")) {
      const time = parseDatetime(value);
      if (time === undefined) this.possible.delete("datetime");
      else this.datetimes.update(time);
    }
    for (const format of this.dateFormats) {
      const day = parseDate(value, format);
      if (day === undefined) this.dateFormats.delete(format);
      else this.dates.get(format)?.update(day);
    }
  }

  result(maxCategories: number): InferredColumn {
    const distinct = this.distinct?.size;
    const base = {
      name: this.name,
      values: this.values,
      missing: this.missing,
      unique: distinct !== undefined && distinct === this.values && this.values > 0,
      ...(distinct === undefined ? {} : { distinct }),
    };
    const [dateFormat] = this.dateFormats;
    if (this.values > 0 && (this.possible.has("integer") || this.possible.has("number"))) {
      const type = this.possible.has("integer") ? "integer" : "number";
      const { min, max, mean } = this.numbers;
      return { ...base, type, min, max, mean, std: this.numbers.std(1) };
    }
    if (this.values > 0 && this.possible.has("boolean")) return { ...base, type: "boolean" };
    if (this.values > 0 && dateFormat && !this.possible.has("integer")) {
      const days = this.dates.get(dateFormat);
      return { ...base, type: "date", dateFormat, min: days?.min, max: days?.max };
    }
    if (this.values > 0 && this.possible.has("datetime")) {
      return { ...base, type: "datetime", min: this.datetimes.min, max: this.datetimes.max };
    }
    const lengths = this.values > 0 ? { minLength: this.minLength, maxLength: this.maxLength } : {};
    if (
      this.distinct &&
      distinct !== undefined &&
      distinct > 0 &&
      distinct <= maxCategories &&
      distinct * 2 <= this.values
    ) {
      return { ...base, type: "category", categories: [...this.distinct].sort(), ...lengths };
    }
    return { ...base, type: "string", ...lengths };
  }
}

/**
 * Reads the data once and infers, per column, a type (the narrowest that every value has: integer,
 * number, boolean, date, datetime, else category or string), nullability, ranges, categories for
 * low-cardinality text and uniqueness.
 */
export async function inferSchema(
  files: readonly string[],
  options: InferOptions = {},
): Promise<InferResult> {
  const maxDistinct = options.maxDistinct ?? 1_000_000;
  const observers = new Map<string, ColumnObserver>();
  const problems: FileProblem[] = [];
  let positions: ColumnObserver[] = [];
  let rows = 0;
  for await (const event of readDataset(files, options)) {
    if (event.kind === "problem") problems.push(event.problem);
    else if (event.kind === "header") {
      positions = event.columns.map((name) => {
        const known = observers.get(name) ?? new ColumnObserver(name);
        if (!observers.has(name)) {
          known.missing = rows;
          observers.set(name, known);
        }
        return known;
      });
    } else {
      for (const row of event.rows) {
        rows++;
        positions.forEach((observer, i) => {
          observer.accept(row.values[i] ?? null, maxDistinct);
        });
      }
    }
  }
  const columns = [...observers.values()].map((observer) => {
    observer.missing = rows - observer.values;
    return observer.result(options.maxCategories ?? 20);
  });
  return { files: [...files], rows, columns, problems };
}
