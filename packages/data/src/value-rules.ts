import { textsDfa } from "./byte-dfa.ts";
import { patternTest } from "./byte-pattern.ts";
import { ByteTexts } from "./byte-texts.ts";
import { Tally } from "./check-result.ts";
import type { KernelCells } from "./kernel-cells.ts";
import type { ColumnSpec, MostlyCheck, Range } from "./schema.ts";
import { matchesFormat } from "./string-formats.ts";
import { formatTyped, parseDate, type TypedValue } from "./value.ts";

/** A value check's test on a text cell's UTF-8 bytes, with the outcome `test` has on its text. */
export interface ByteTest {
  matches(bytes: Buffer, start: number, end: number): boolean;
  /**
   * `plainMatches`' count on a batch the kernel holds (see `KernelCells`): the passes, or -1 when it
   * cannot (its tables do not fit). Tests without it are counted in JavaScript.
   */
  countInKernel?(cells: KernelCells, base: number, first: number, width: number, count: number): number;
}

/** One value check of a column (`min`, `in`, `pattern`...): its test and its tally. */
export interface ValueRule {
  check: MostlyCheck;
  expected: string;
  test: (value: TypedValue) => boolean;
  tally: Tally;
  /** The same test on a text cell's UTF-8 bytes (string and category columns), when it can be made. */
  byteTest?: ByteTest;
  /** The same test on a number, as inclusive bounds (`min`/`max` of numeric columns): no call a cell. */
  bounds?: [number, number];
}

/** Lists with more automaton states than this (1 KiB each) are matched by `ByteMembership`. */
const MAX_LIST_STATES = 256;

/** `in` (`wanted`) or `not-in` (not `wanted`) on bytes, for long lists. */
class ByteMembership implements ByteTest {
  private readonly texts: ByteTexts;
  private readonly wanted: boolean;

  constructor(texts: readonly string[], wanted: boolean) {
    this.texts = new ByteTexts(texts);
    this.wanted = wanted;
  }

  matches(bytes: Buffer, start: number, end: number): boolean {
    return this.texts.has(bytes, start, end) === this.wanted;
  }
}

/** `length` on bytes: valid UTF-8 has one code point per byte that is not a continuation byte. */
class ByteLength implements ByteTest {
  private readonly range: Range;

  constructor(range: Range) {
    this.range = range;
  }

  matches(bytes: Buffer, start: number, end: number): boolean {
    let count = 0;
    for (let i = start; i < end; i++) if (((bytes[i] as number) & 0xc0) !== 0x80) count++;
    return inRange(count, this.range);
  }
}

/** `in`/`not-in` on bytes: an automaton (a trie) for a short list, a search by length for a long one. */
function membership(values: readonly TypedValue[], wanted: boolean): ByteTest {
  // A text cell is never equal to a number or a boolean in the list: only the texts can match bytes.
  const texts = values.filter((value): value is string => typeof value === "string");
  return textsDfa(texts, wanted, MAX_LIST_STATES) ?? new ByteMembership(texts, wanted);
}

/** The value checks of a column, in the order the report lists them. */
export function valueRules(spec: ColumnSpec, maxExamples: number): ValueRule[] {
  const type = spec.type ?? "string";
  const rules: ValueRule[] = [];
  const add = (
    check: MostlyCheck,
    expected: string,
    test: (value: TypedValue) => boolean,
    extra: Pick<ValueRule, "byteTest" | "bounds"> = {},
  ) => rules.push({ check, expected, test, tally: new Tally(maxExamples), ...extra });
  const show = (value: TypedValue) => formatTyped(value, type);
  const { min, max, pattern, length, format } = spec;
  // Dates are day numbers: their bounds are numbers too.
  const numeric = type === "integer" || type === "number" || type === "date";
  if (min !== undefined) {
    const bounds: [number, number] | undefined =
      numeric && typeof min === "number" ? [min, Number.POSITIVE_INFINITY] : undefined;
    add("min", `>= ${show(min)}`, (value) => value >= min, bounds && { bounds });
  }
  if (max !== undefined) {
    const bounds: [number, number] | undefined =
      numeric && typeof max === "number" ? [Number.NEGATIVE_INFINITY, max] : undefined;
    add("max", `<= ${show(max)}`, (value) => value <= max, bounds && { bounds });
  }
  if (spec.in) {
    const allowed = new Set(spec.in);
    add("in", `in [${spec.in.map(show).join(", ")}]`, (value) => allowed.has(value), {
      byteTest: membership(spec.in, true),
    });
  }
  if (spec.notIn) {
    const forbidden = new Set(spec.notIn);
    add("not-in", `not in [${spec.notIn.map(show).join(", ")}]`, (value) => !forbidden.has(value), {
      byteTest: membership(spec.notIn, false),
    });
  }
  if (pattern) {
    const byteTest = patternTest(pattern);
    add(
      "pattern",
      `matching /${pattern.source.slice(4, -2)}/`,
      (value) => pattern.test(String(value)),
      byteTest && { byteTest },
    );
  }
  if (length)
    add(
      "length",
      `of length ${describeRange(length)}`,
      (value) => inRange(codePoints(String(value)), length),
      { byteTest: new ByteLength(length) },
    );
  if (format) add("format", `in ${format} format`, (value) => matchesFormat(String(value), format));
  const dateFormat = spec.dateFormat;
  if (dateFormat && type !== "date") {
    add(
      "format",
      `in ${dateFormat} date format`,
      (value) => parseDate(String(value), dateFormat) !== undefined,
    );
  }
  return rules;
}

export function inRange(value: number, range: Range): boolean {
  return (range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max);
}

export function describeRange(range: Range): string {
  if (range.min !== undefined && range.max !== undefined) {
    return range.min === range.max ? `= ${range.min}` : `in [${range.min}, ${range.max}]`;
  }
  if (range.min !== undefined) return `>= ${range.min}`;
  if (range.max !== undefined) return `<= ${range.max}`;
  return "any";
}

/** Length in Unicode code points (a surrogate pair is one character), without allocating. */
function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) count--;
  }
  return count;
}
