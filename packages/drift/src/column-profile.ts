// One column's mergeable summary: counts by kind, moments and a KLL sketch of the numbers, the exact
// numbers while there are at most `exactLimit` of them, and value counts for up to `maxCategories`
// distinct values (the rest counted as "other"). Its memory is bounded whatever the row count: at most
// `exactLimit` doubles, `maxCategories` counted values and a sketch of O(k log(n/k)) items.
import { KllSketch, type KllSketchJSON, Moments, type MomentsJSON } from "@mlops-actions/stats";
import { isNumberKey, type ProfiledCell } from "./cell.ts";
import { sortedCopy } from "./sort-numbers.ts";

export interface ProfileLimits {
  /** Numbers kept exactly per column; beyond, tests use the sketch (default 1 000 000). */
  exactLimit: number;
  /** Distinct values counted per column; beyond, counted as "other" (default 10 000). */
  maxCategories: number;
  /** KLL accuracy parameter (default 200: 1.65 % rank error). */
  sketchK: number;
}

export const DEFAULT_LIMITS: ProfileLimits = { exactLimit: 1_000_000, maxCategories: 10_000, sketchK: 200 };

export interface ColumnProfileJSON {
  name: string;
  count: number;
  nulls: number;
  numbers: number;
  /** Numbers that are whole (pandas reads a column of only these, with no nulls, as integers). */
  integers: number;
  texts: number;
  /** Texts that are a pandas boolean word (True/False in any of its spellings). */
  booleans: number;
  moments: MomentsJSON;
  sketch: KllSketchJSON;
  /** The numbers in reading order, or null once there were more than the exact limit. */
  values: number[] | null;
  categories: Record<string, number>;
  /** Values not counted in `categories` because the cap was reached. */
  otherCount: number;
  limits: ProfileLimits;
}

/** The part of a saved profile that a transferred one keeps as is: name, limits, counts and moments. */
type ProfileCounts = Pick<
  ColumnProfileJSON,
  | "name"
  | "limits"
  | "count"
  | "nulls"
  | "numbers"
  | "integers"
  | "texts"
  | "booleans"
  | "moments"
  | "otherCount"
>;

/** A column profile as `toTransfer` sends it to another thread: the counts as in JSON, the data as is. */
export interface ColumnProfileTransfer extends ProfileCounts {
  /** Only when it was built (past the exact limit, or asked for). */
  sketch: KllSketchJSON | null;
  values: Float64Array | null;
  sorted: Float64Array | null;
  /** The distinct count when it was computed (see `distinct`). */
  distinct: number | undefined;
  numberCounts: Map<number, number>;
  textCounts: Map<string, number>;
}

const INITIAL_CAPACITY = 1024;
// Fresh memory costs more than the copy (page faults): few large steps (1 Ki, 16 Ki, 256 Ki, 4 Mi numbers,
// capped at the exact limit) rather than doubling.
const GROWTH = 16;

const BOOLEAN_WORDS = new Set(["True", "TRUE", "true", "False", "FALSE", "false"]);

export class ColumnProfile {
  readonly name: string;
  readonly limits: ProfileLimits;
  count = 0;
  nulls = 0;
  numbers = 0;
  integers = 0;
  texts = 0;
  booleans = 0;
  moments = new Moments();
  /** The quantile sketch; built from the exact numbers only when first needed while those are kept. */
  private kll: KllSketch | undefined;
  /** The exact numbers in reading order: the first `exactCount` of a buffer that grows as needed. */
  private exact: Float64Array | null = new Float64Array(INITIAL_CAPACITY);
  private exactCount = 0;
  /** Value counts, numbers and texts apart so that counting a number needs no string. */
  private numberCounts = new Map<number, number>();
  private textCounts = new Map<string, number>();
  otherCount = 0;
  // Derived views, computed on first use after a change.
  private cachedCategories: Map<string, number> | undefined;
  private cachedSorted: Float64Array | undefined;
  private cachedDistinct: number | undefined;

  constructor(name: string, limits: ProfileLimits = DEFAULT_LIMITS) {
    this.name = name;
    this.limits = limits;
  }

  /**
   * A KLL sketch of every number seen. While the numbers are kept exactly it is made from them on first
   * use (the same sketch streaming would have made: same seed, same order), so small data never pays for it.
   */
  get sketch(): KllSketch {
    if (!this.kll) {
      this.kll = new KllSketch({ k: this.limits.sketchK });
      const exact = this.exactValues;
      if (exact) this.kll.updateAll(exact);
    }
    return this.kll;
  }

  /** The exact numbers in reading order (a view, not a copy), or null past the exact limit. */
  get exactValues(): Float64Array | null {
    return this.exact ? this.exact.subarray(0, this.exactCount) : null;
  }

  /** The exact numbers in reading order as a new array, or null past the exact limit. */
  get values(): number[] | null {
    const exact = this.exactValues;
    return exact ? Array.from(exact) : null;
  }

  get nonNull(): number {
    return this.count - this.nulls;
  }

  /** Value counts keyed by the value's text (numbers in their shortest form). */
  get categories(): Map<string, number> {
    if (!this.cachedCategories) {
      const all = new Map<string, number>();
      for (const [value, count] of this.numberCounts) all.set(String(value), count);
      for (const [value, count] of this.textCounts) all.set(value, count);
      this.cachedCategories = all;
    }
    return this.cachedCategories;
  }

  /** The exact numbers in ascending order (the tests need no other order), or null past the limit. */
  sortedValues(): Float64Array | null {
    if (!this.exact) return null;
    this.cachedSorted ??= this.sortedFromCounts() ?? sortedCopy(this.exact.subarray(0, this.exactCount));
    return this.cachedSorted;
  }

  /**
   * The sorted numbers from the value counts when those hold every number: the few distinct values
   * sorted, each repeated. Not when a zero is counted: the counts do not tell -0 from +0.
   */
  private sortedFromCounts(): Float64Array | undefined {
    if (this.otherCount > 0 || this.numberCounts.has(0)) return undefined;
    let total = 0;
    for (const count of this.numberCounts.values()) total += count;
    if (total !== this.exactCount) return undefined;
    const keys = Float64Array.from(this.numberCounts.keys()).sort();
    const sorted = new Float64Array(total);
    let at = 0;
    for (const key of keys) {
      const count = this.numberCounts.get(key) as number;
      sorted.fill(key, at, at + count);
      at += count;
    }
    return sorted;
  }

  /** Sorts the exact numbers and counts the distinct values now, rather than when a test first needs them. */
  computeDerived(): void {
    this.sortedValues();
    this.cachedDistinct = this.distinct;
  }

  /** Distinct non-null values; a lower bound (the cap + 1) when some were counted as "other". */
  get distinct(): number {
    if (this.cachedDistinct === undefined) {
      const counted = this.numberCounts.size + this.textCounts.size;
      const sorted = this.otherCount > 0 && this.texts === 0 ? this.sortedValues() : null;
      this.cachedDistinct =
        this.otherCount === 0 ? counted : sorted ? countDistinctSorted(sorted) : counted + 1;
    }
    return this.cachedDistinct;
  }

  /** Whether every distinct value is counted (no "other"). */
  get categoriesComplete(): boolean {
    return this.otherCount === 0;
  }

  update(cell: ProfiledCell): void {
    this.count += 1;
    this.changed();
    if (cell === null) {
      this.nulls += 1;
      return;
    }
    if (typeof cell === "number") {
      this.numbers += 1;
      if (Number.isInteger(cell)) this.integers += 1;
      this.moments.update(cell);
      if (this.exact && this.exactCount < this.limits.exactLimit) {
        if (this.exactCount === this.exact.length) this.growExact(this.exactCount + 1);
        this.exact[this.exactCount++] = cell;
        this.kll?.update(cell);
      } else {
        const sketch = this.sketch;
        this.exact = null;
        sketch.update(cell);
      }
      if (this.otherCount === 0) this.countNumber(cell, 1);
      else this.otherCount += 1;
    } else {
      this.texts += 1;
      if (BOOLEAN_WORDS.has(cell)) this.booleans += 1;
      this.countValue(this.textCounts, cell, 1);
    }
  }

  /**
   * Adds another shard's profile. With `take`, `other` is not used afterwards, so its exact numbers may be
   * taken over rather than copied.
   */
  merge(other: ColumnProfile, take = false): this {
    this.changed();
    this.count += other.count;
    this.nulls += other.nulls;
    this.numbers += other.numbers;
    this.integers += other.integers;
    this.texts += other.texts;
    this.booleans += other.booleans;
    this.moments.merge(other.moments);
    const theirs = other.exactValues;
    if (this.exact && theirs && this.exactCount + theirs.length <= this.limits.exactLimit) {
      if (take && this.exactCount === 0) {
        this.exact = other.exact as Float64Array;
        other.exact = null;
      } else {
        this.growExact(this.exactCount + theirs.length);
        this.exact.set(theirs, this.exactCount);
      }
      this.exactCount += theirs.length;
      if (this.kll) this.kll.updateAll(theirs);
    } else {
      this.sketch.merge(other.sketch);
      this.exact = null;
    }
    for (const [value, count] of other.numberCounts) this.countNumber(value, count);
    for (const [value, count] of other.textCounts) this.countValue(this.textCounts, value, count);
    this.otherCount += other.otherCount;
    return this;
  }

  /** The counted values as [key, count] pairs, most frequent first (ties by key). */
  topCategories(): Array<[string, number]> {
    return [...this.categories].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  toJSON(): ColumnProfileJSON {
    return {
      name: this.name,
      count: this.count,
      nulls: this.nulls,
      numbers: this.numbers,
      integers: this.integers,
      texts: this.texts,
      booleans: this.booleans,
      moments: this.moments.toJSON(),
      sketch: this.sketch.toJSON(),
      values: this.values,
      categories: Object.fromEntries(this.categories),
      otherCount: this.otherCount,
      limits: this.limits,
    };
  }

  static fromJSON(json: ColumnProfileJSON): ColumnProfile {
    const profile = ColumnProfile.withCounts(json);
    profile.kll = KllSketch.fromJSON(json.sketch);
    profile.exact = json.values ? Float64Array.from(json.values) : null;
    profile.exactCount = json.values?.length ?? 0;
    for (const [key, count] of Object.entries(json.categories)) {
      if (isNumberKey(key)) profile.numberCounts.set(Number(key), count);
      else profile.textCounts.set(key, count);
    }
    return profile;
  }

  /**
   * The profile as a structured-clone message for another thread, the exact numbers (and their sorted copy,
   * made here when `withSorted`) as typed arrays whose buffers `transfer` lists, so that they move rather
   * than copy. `fromTransfer` gives back an equal profile.
   */
  toTransfer(withSorted: boolean): { message: ColumnProfileTransfer; transfer: ArrayBuffer[] } {
    if (withSorted) this.computeDerived();
    const values = this.exactValues;
    const sorted = this.cachedSorted ?? null;
    const message: ColumnProfileTransfer = {
      name: this.name,
      limits: this.limits,
      count: this.count,
      nulls: this.nulls,
      numbers: this.numbers,
      integers: this.integers,
      texts: this.texts,
      booleans: this.booleans,
      moments: this.moments.toJSON(),
      sketch: this.kll ? this.kll.toJSON() : null,
      values,
      sorted,
      distinct: this.cachedDistinct,
      numberCounts: this.numberCounts,
      textCounts: this.textCounts,
      otherCount: this.otherCount,
    };
    const transfer = [values?.buffer, sorted?.buffer].filter(
      (b): b is ArrayBuffer => b instanceof ArrayBuffer,
    );
    return { message, transfer };
  }

  static fromTransfer(message: ColumnProfileTransfer): ColumnProfile {
    const profile = ColumnProfile.withCounts(message);
    profile.kll = message.sketch ? KllSketch.fromJSON(message.sketch) : undefined;
    profile.exact = message.values;
    profile.exactCount = message.values?.length ?? 0;
    profile.numberCounts = message.numberCounts;
    profile.textCounts = message.textCounts;
    profile.cachedSorted = message.sorted ?? undefined;
    profile.cachedDistinct = message.distinct;
    return profile;
  }

  /** A profile with the counts and moments of a saved or transferred one (the part both forms share). */
  private static withCounts(source: ProfileCounts): ColumnProfile {
    const profile = new ColumnProfile(source.name, source.limits);
    profile.count = source.count;
    profile.nulls = source.nulls;
    profile.numbers = source.numbers;
    profile.integers = source.integers;
    profile.texts = source.texts;
    profile.booleans = source.booleans;
    profile.moments = Moments.fromJSON(source.moments);
    profile.otherCount = source.otherCount;
    return profile;
  }

  /** Room in the exact buffer for `needed` numbers, up to the exact limit. */
  private growExact(needed: number): void {
    const exact = this.exact as Float64Array;
    if (needed <= exact.length) return;
    let capacity = Math.max(exact.length * GROWTH, INITIAL_CAPACITY);
    while (capacity < needed) capacity *= GROWTH;
    const grown = new Float64Array(Math.max(needed, Math.min(capacity, this.limits.exactLimit)));
    grown.set(exact.subarray(0, this.exactCount));
    this.exact = grown;
  }

  /**
   * Numbers stop being counted one by one once the cap was reached: such a column is continuous, its
   * tests use the exact values or the sketch, and a miss in a full map on every row is the slowest part
   * of profiling.
   */
  private countNumber(value: number, count: number): void {
    const known = this.numberCounts.get(value);
    if (known !== undefined) this.numberCounts.set(value, known + count);
    else if (this.numberCounts.size + this.textCounts.size < this.limits.maxCategories)
      this.numberCounts.set(value, count);
    else this.otherCount += count;
  }

  private countValue(counts: Map<string, number>, key: string, count: number): void {
    const known = counts.get(key);
    if (known !== undefined) counts.set(key, known + count);
    else if (this.numberCounts.size + this.textCounts.size < this.limits.maxCategories)
      counts.set(key, count);
    else this.otherCount += count;
  }

  private changed(): void {
    this.cachedCategories = undefined;
    this.cachedSorted = undefined;
    this.cachedDistinct = undefined;
  }
}

function countDistinctSorted(sorted: Float64Array): number {
  let distinct = sorted.length > 0 ? 1 : 0;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]) distinct += 1;
  return distinct;
}
