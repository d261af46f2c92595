import type { SourceLocation } from "@mlops-actions/metrics";
import { detachedText } from "./detached-text.ts";
import type { Severity } from "./schema.ts";

/** A failing value and where it is. */
export interface Example {
  value: string;
  file: string;
  line?: number;
}

export type CheckScope = "file" | "dataset" | "column";

/** The outcome of one check, as the report lists it. */
export interface CheckResult {
  /** Stable name: `column.<name>.<check>`, `dataset.<check>` or `file.<problem kind>`. */
  id: string;
  scope: CheckScope;
  column?: string;
  check: string;
  /** What the check requires, in words (`age >= 0`). */
  expected: string;
  status: "pass" | "fail";
  severity: Severity;
  /** One line saying what was found. */
  message: string;
  /** The measured value for aggregate checks (a mean, a row count). */
  observed?: number | string | null;
  /** Values (or rows) the check looked at, and how many of them failed. */
  evaluated?: number;
  unexpected?: number;
  unexpectedShare?: number;
  examples: Example[];
  /** Where the rule is written in the schema file. */
  rule?: SourceLocation;
}

const MAX_EXAMPLE_CHARS = 120;

/** Shortens a value for an example, so a 10 MB field does not end up in the report. */
export function exampleText(value: unknown): string {
  const text = value === null || value === undefined ? "null" : String(value);
  // Detached: a cell's text may be a slice of a much larger text that an example must not keep alive.
  return detachedText(text.length > MAX_EXAMPLE_CHARS ? `${text.slice(0, MAX_EXAMPLE_CHARS)}…` : text);
}

/** Counts what a value check saw and keeps the first failing examples. */
export class Tally {
  evaluated = 0;
  unexpected = 0;
  readonly examples: Example[] = [];
  private readonly maxExamples: number;

  constructor(maxExamples: number) {
    this.maxExamples = maxExamples;
  }

  pass(): void {
    this.evaluated++;
  }

  fail(value: unknown, file: string, line?: number): void {
    this.evaluated++;
    this.unexpected++;
    if (this.examples.length < this.maxExamples) {
      this.examples.push(
        line === undefined ? { value: exampleText(value), file } : { value: exampleText(value), file, line },
      );
    }
  }

  /** `fail` for a value given as UTF-8 bytes (a cell of a batch): decoded only when kept as an example. */
  failBytes(bytes: Buffer, start: number, end: number, file: string, line: number): void {
    this.failDescribed(() => bytes.toString("utf8", start, end), file, line);
  }

  /** `fail` for a value whose text costs something to make: made only when kept as an example. */
  failDescribed(describe: () => unknown, file: string, line: number): void {
    if (this.examples.length < this.maxExamples) {
      this.fail(describe(), file, line);
      return;
    }
    this.evaluated++;
    this.unexpected++;
  }

  /**
   * Adds the counts and examples of a tally kept over later rows (lines shifted by `lineOffset`), plus
   * `extraCount` failures found only when merging, whose first examples `extra` (lines already final,
   * in order) go between the others by line, and by file first in the order of `files` when the later
   * rows span several files.
   */
  absorb(
    other: TallyState,
    lineOffset: number,
    extra: readonly Example[] = [],
    extraCount = 0,
    files: readonly string[] = [],
  ): void {
    this.evaluated += other.evaluated;
    this.unexpected += other.unexpected + extraCount;
    if (this.examples.length >= this.maxExamples) return;
    const shifted = other.examples.map((example) =>
      example.line === undefined ? example : { ...example, line: example.line + lineOffset },
    );
    const merged = extra.length === 0 ? shifted : mergeInOrder(shifted, extra, files);
    for (const example of merged) {
      if (this.examples.length >= this.maxExamples) break;
      this.examples.push(example);
    }
  }

  /** The share of evaluated values that failed (0 when nothing was evaluated). */
  share(): number {
    return this.evaluated === 0 ? 0 : this.unexpected / this.evaluated;
  }

  /** True when at most `1 - mostly` of the values failed. */
  passes(mostly = 1): boolean {
    return this.unexpected <= this.evaluated * (1 - mostly) + 1e-9;
  }
}

/** What a worker sends back of a tally. */
export type TallyState = Pick<Tally, "evaluated" | "unexpected" | "examples">;

export function tallyState(tally: Tally): TallyState {
  return { evaluated: tally.evaluated, unexpected: tally.unexpected, examples: tally.examples };
}

/** Two lists of examples, each in order, as one: by file (in the order of `files`), then by line. */
function mergeInOrder(a: readonly Example[], b: readonly Example[], files: readonly string[]): Example[] {
  const rank = new Map(files.map((file, i) => [file, i]));
  const before = (left: Example, right: Example): boolean => {
    const byFile = (rank.get(left.file) ?? 0) - (rank.get(right.file) ?? 0);
    return byFile < 0 || (byFile === 0 && (left.line ?? 0) <= (right.line ?? 0));
  };
  const merged: Example[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const left = a[i];
    const right = b[j];
    if (right === undefined || (left !== undefined && before(left, right))) {
      merged.push(left as Example);
      i++;
    } else {
      merged.push(right);
      j++;
    }
  }
  return merged;
}

/** Fills the counting fields of a result from a tally. */
export function tallyFields(
  tally: Tally,
): Pick<CheckResult, "evaluated" | "unexpected" | "unexpectedShare" | "examples"> {
  return {
    evaluated: tally.evaluated,
    unexpected: tally.unexpected,
    unexpectedShare: tally.share(),
    examples: tally.examples,
  };
}

/** `3 of 1000 values (0.3%)` */
export function describeCount(unexpected: number, evaluated: number, noun = "values"): string {
  const share = evaluated === 0 ? 0 : (unexpected / evaluated) * 100;
  const percent = share === 0 || share >= 0.1 ? share.toFixed(1) : share.toPrecision(1);
  return `${unexpected} of ${evaluated} ${noun} (${percent}%)`;
}
