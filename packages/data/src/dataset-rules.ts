import { didYouMean } from "@mlops-actions/metrics/did-you-mean";
import type { SourceLocation } from "@mlops-actions/metrics/source-error";
import {
  type CheckResult,
  describeCount,
  type Example,
  exampleText,
  Tally,
  type TallyState,
  tallyFields,
  tallyState,
} from "./check-result.ts";
import type { ColumnSpec, Comparison, ComparisonOperator, DataSchema } from "./schema.ts";
import {
  type CellValue,
  parseBoolean,
  parseDate,
  parseDatetime,
  parseDecimal,
  parseInteger,
  type TypedValue,
} from "./value.ts";
import { describeRange, inRange } from "./value-rules.ts";

/** A row as the dataset rules see it: cells looked up by column name in the current file. */
export type CellLookup = (column: string) => CellValue;

/**
 * The keys (JSON texts) a later segment of a file saw first, in order, with their segment lines: added
 * afterwards to the keys of the rows before the segment, they show the repeats across the split.
 */
export interface KeyLog {
  values: string[];
  lines: number[];
}

interface KeyRule {
  columns: string[];
  location: SourceLocation;
  seen: Set<string>;
  tally: Tally;
  firstSeen?: KeyLog;
}

/** What a worker sends back of the row rules, to be merged into the rules that saw the rows before. */
export interface DatasetRulesState {
  keys: { tally: TallyState; firstSeen: KeyLog }[];
  duplicates?: { tally: TallyState; firstSeen: KeyLog };
  comparisons: TallyState[];
}

/**
 * Rules over the whole dataset: row count, column set, compound unique keys, duplicate rows and
 * comparisons between columns. Keys and duplicate rows keep a set of what they have seen (memory
 * grows with distinct keys/rows); the others are counters.
 */
export class DatasetRules {
  private readonly schema: DataSchema;
  private readonly maxExamples: number;
  private readonly keys: KeyRule[];
  private readonly duplicates: { seen: Set<string>; tally: Tally; firstSeen?: KeyLog } | undefined;
  private readonly comparisons: { comparison: Comparison; tally: Tally; compare: CompareCells }[];
  private readonly columnSets: { file: string; columns: string[] }[] = [];
  /** False when no rule looks at rows, so the caller can skip `acceptRow`. */
  readonly hasRowRules: boolean;

  /** `logFirstSeen`: these rules see a later part of a file, and will be merged into others. */
  constructor(schema: DataSchema, maxExamples: number, logFirstSeen = false) {
    this.schema = schema;
    this.maxExamples = maxExamples;
    const log = (): { firstSeen?: KeyLog } => (logFirstSeen ? { firstSeen: { values: [], lines: [] } } : {});
    this.keys = schema.dataset.uniqueKeys.map((key) => ({
      ...key,
      seen: new Set<string>(),
      tally: new Tally(maxExamples),
      ...log(),
    }));
    this.duplicates = schema.dataset.noDuplicateRows
      ? { seen: new Set(), tally: new Tally(maxExamples), ...log() }
      : undefined;
    this.comparisons = schema.dataset.comparisons.map((comparison) => ({
      comparison,
      tally: new Tally(maxExamples),
      compare: cellComparer(comparison, schema.columns),
    }));
    this.hasRowRules = this.keys.length > 0 || this.duplicates !== undefined || this.comparisons.length > 0;
  }

  /** Columns every rule needs (Parquet reads only these). `undefined` means all of them. */
  neededColumns(): string[] | undefined {
    if (this.duplicates) return undefined;
    return [
      ...this.keys.flatMap((key) => key.columns),
      ...this.comparisons.flatMap(({ comparison }) => [comparison.left, comparison.right]),
    ];
  }

  /** The final column list of each file, for the column-set rule and the missing-column checks. */
  addFileColumns(file: string, columns: string[]): void {
    this.columnSets.push({ file, columns });
  }

  acceptRow(cell: CellLookup, values: readonly CellValue[], file: string, line: number): void {
    for (const key of this.keys) {
      const parts = key.columns.map((column) => cell(column));
      const text = JSON.stringify(parts);
      if (key.seen.has(text)) key.tally.failDescribed(() => describeKey(key.columns, parts), file, line);
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
      if (left === null || right === null) continue;
      const outcome = compare(left, right);
      if (outcome === undefined) continue;
      if (outcome) tally.pass();
      else
        tally.fail(
          `${comparison.left}=${exampleText(left)}, ${comparison.right}=${exampleText(right)}`,
          file,
          line,
        );
    }
  }

  /** The row rules' counts, examples and first-seen keys, for `merge` in another thread. */
  state(): DatasetRulesState {
    const logged = (rule: { tally: Tally; firstSeen?: KeyLog }) => ({
      tally: tallyState(rule.tally),
      firstSeen: rule.firstSeen ?? { values: [], lines: [] },
    });
    const state: DatasetRulesState = {
      keys: this.keys.map(logged),
      comparisons: this.comparisons.map(({ tally }) => tallyState(tally)),
    };
    if (this.duplicates) state.duplicates = logged(this.duplicates);
    return state;
  }

  /**
   * Adds what rules of the same schema saw in the rows right after these (in `file`, lines shifted by
   * `lineOffset`): a key or row first seen there that these rules had seen is a repeat on its line.
   */
  merge(state: DatasetRulesState, file: string, lineOffset: number): void {
    this.keys.forEach((key, i) => {
      const other = state.keys[i];
      if (!other) return;
      const describe = (text: string) => describeKey(key.columns, JSON.parse(text) as CellValue[]);
      absorbSeen(key, other, describe, file, lineOffset, this.maxExamples);
    });
    if (this.duplicates && state.duplicates) {
      const describe = (text: string) => (JSON.parse(text) as CellValue[]).join(",");
      absorbSeen(this.duplicates, state.duplicates, describe, file, lineOffset, this.maxExamples);
    }
    this.comparisons.forEach(({ tally }, i) => {
      const other = state.comparisons[i];
      if (other) tally.absorb(other, lineOffset);
    });
  }

  results(rows: number): CheckResult[] {
    const { dataset } = this.schema;
    const base = { scope: "dataset" as const, severity: dataset.severity };
    const results: CheckResult[] = [];
    if (dataset.rows) {
      const ok = inRange(rows, dataset.rows);
      results.push({
        ...base,
        id: "dataset.rows",
        check: "rows",
        expected: `rows ${describeRange(dataset.rows)}`,
        status: ok ? "pass" : "fail",
        message: `the dataset has ${rows} rows; expected ${describeRange(dataset.rows)}`,
        observed: rows,
        examples: [],
        rule: dataset.keyLocations.rows,
      });
    }
    if (dataset.columns) results.push(this.columnSetResult());
    for (const key of this.keys) {
      const name = key.columns.join(", ");
      results.push({
        ...base,
        id: `dataset.unique.${key.columns.join("+")}`,
        check: "unique",
        expected: `unique (${name})`,
        status: key.tally.unexpected === 0 ? "pass" : "fail",
        message: `(${name}): ${describeCount(key.tally.unexpected, key.tally.evaluated, "rows")} repeat a key`,
        ...tallyFields(key.tally),
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
        message: `${describeCount(tally.unexpected, tally.evaluated, "rows")} duplicate an earlier row`,
        ...tallyFields(tally),
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
        message: `${describeCount(tally.unexpected, tally.evaluated, "rows")} fail ${comparison.text}`,
        ...tallyFields(tally),
        rule: comparison.location,
      });
    }
    return results;
  }

  private columnSetResult(): CheckResult {
    const { match, ordered } = this.schema.dataset.columns ?? { match: "exact", ordered: false };
    const expectedNames = this.schema.columns.map((column) => column.name);
    const tally = new Tally(this.maxExamples);
    for (const { file, columns } of this.columnSets) {
      const problem = columnSetProblem(columns, expectedNames, match, ordered);
      if (problem) tally.fail(problem, file, 1);
      else tally.pass();
    }
    return {
      scope: "dataset",
      severity: this.schema.dataset.severity,
      id: "dataset.columns",
      check: "columns",
      expected: `columns ${match}${ordered ? ", in order" : ""}`,
      status: tally.unexpected === 0 ? "pass" : "fail",
      message:
        tally.unexpected === 0
          ? `the columns match the schema (${match}${ordered ? ", in order" : ""})`
          : `${describeCount(tally.unexpected, tally.evaluated, "files")}: ${tally.examples[0]?.value ?? ""}`,
      ...tallyFields(tally),
      rule: this.schema.dataset.keyLocations.columns,
    };
  }
}

/** Why `actual` does not match `expected` under the rule, or undefined when it does. */
export function columnSetProblem(
  actual: readonly string[],
  expected: readonly string[],
  match: "exact" | "subset" | "superset",
  ordered: boolean,
): string | undefined {
  const extra = actual.filter((name) => !expected.includes(name));
  const missing = expected.filter((name) => !actual.includes(name));
  if (match !== "superset" && extra.length > 0) {
    const hint = extra.length === 1 && extra[0] !== undefined ? didYouMean(extra[0], missing) : "";
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

function logFirstSeen(log: KeyLog | undefined, text: string, line: number): void {
  if (!log) return;
  log.values.push(text);
  log.lines.push(line);
}

function absorbSeen(
  rule: { seen: Set<string>; tally: Tally },
  other: { tally: TallyState; firstSeen: KeyLog },
  describe: (text: string) => string,
  file: string,
  lineOffset: number,
  maxExamples: number,
): void {
  const { values, lines } = other.firstSeen;
  const repeats: Example[] = [];
  let repeated = 0;
  for (let i = 0; i < values.length; i++) {
    const text = values[i] as string;
    if (!rule.seen.has(text)) {
      rule.seen.add(text);
      continue;
    }
    repeated++;
    if (repeats.length < maxExamples) {
      repeats.push({ value: exampleText(describe(text)), file, line: (lines[i] as number) + lineOffset });
    }
  }
  rule.tally.absorb(other.tally, lineOffset, repeats, repeated);
}

function describeKey(columns: string[], parts: CellValue[]): string {
  return columns.map((column, i) => `${column}=${exampleText(parts[i])}`).join(", ");
}

/** Whether a row passes a comparison, or `undefined` to skip it (a cell not of its column's type). */
type CompareCells = (left: NonNullable<CellValue>, right: NonNullable<CellValue>) => boolean | undefined;

const OPERATOR_TESTS: Record<ComparisonOperator, (a: TypedValue, b: TypedValue) => boolean> = {
  ">=": (a, b) => a >= b,
  "<=": (a, b) => a <= b,
  ">": (a, b) => a > b,
  "<": (a, b) => a < b,
  "==": (a, b) => a === b,
  "!=": (a, b) => a !== b,
};

/**
 * One side of a comparison: what its column's type makes of a cell (`undefined` when the cell is not of
 * that type) and the kind of value that gives; `untyped` is a column without a type or schema entry.
 */
interface Side {
  kind: "number" | "date" | "instant" | "boolean" | "text" | "untyped";
  read: (cell: NonNullable<CellValue>) => TypedValue | undefined;
}

const DAY_MS = 86_400_000;

/**
 * Picks, once per rule, how a row's two cells compare: each side read as its own column's type, then as
 * values of that kind when both sides are of one kind (a date against a datetime as instants); else,
 * and for columns without a type, as numbers when both cells are numeric, else as text.
 */
function cellComparer(comparison: Comparison, columns: readonly ColumnSpec[]): CompareCells {
  const test = OPERATOR_TESTS[comparison.operator];
  const specOf = (name: string) => columns.find((column) => column.name === name);
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
    if (readLeft(a) === undefined || readRight(b) === undefined) return undefined;
    const numberA = parseDecimal(a);
    const numberB = parseDecimal(b);
    if (numberA !== undefined && numberB !== undefined) return test(numberA, numberB);
    return test(asText(a), asText(b));
  };
}

function sideOf(spec: ColumnSpec | undefined): Side {
  switch (spec?.type) {
    case undefined:
      return { kind: "untyped", read: asText };
    case "integer":
      return { kind: "number", read: parseInteger };
    case "number":
      return { kind: "number", read: parseDecimal };
    case "boolean":
      return { kind: "boolean", read: parseBoolean };
    case "date": {
      const format = spec.dateFormat;
      return { kind: "date", read: (cell) => parseDate(cell, format) };
    }
    case "datetime":
      return { kind: "instant", read: parseDatetime };
    case "string":
    case "category":
      return { kind: "text", read: asText };
  }
}

function isTemporal(side: Side): boolean {
  return side.kind === "date" || side.kind === "instant";
}

/** A date side read as instants, to meet a datetime side: midnight UTC of its day. */
function asInstant(side: Side): Side {
  if (side.kind !== "date") return side;
  const { read } = side;
  return {
    kind: "instant",
    read: (cell) => {
      const day = read(cell);
      return typeof day === "number" ? day * DAY_MS : undefined;
    },
  };
}

function asText(cell: NonNullable<CellValue>): string {
  return typeof cell === "string" ? cell : String(cell);
}
