// One column's mergeable summary: counts by kind, moments and a KLL sketch of the numbers, the exact
// numbers while there are at most `exactLimit` of them, and value counts for up to `maxCategories`
// distinct values (the rest counted as "other").
import { KllSketch, type KllSketchJSON, Moments, type MomentsJSON } from "@mlops-actions/stats";
import { isNumberKey, type ProfiledCell } from "./cell.ts";
import { sortNumbers } from "./sort-numbers.ts";

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
  /** The quantile sketch; built from `values` only when first needed while those are exact. */
  private kll: KllSketch | undefined;
  values: number[] | null = [];
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
      if (this.values) this.kll.updateAll(this.values);
    }
    return this.kll;
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
    if (!this.values) return null;
    if (!this.cachedSorted) this.cachedSorted = sortNumbers(Float64Array.from(this.values));
    return this.cachedSorted;
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
      if (this.values && this.values.length < this.limits.exactLimit) {
        this.values.push(cell);
        this.kll?.update(cell);
      } else {
        const sketch = this.sketch;
        this.values = null;
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

  merge(other: ColumnProfile): this {
    this.changed();
    this.count += other.count;
    this.nulls += other.nulls;
    this.numbers += other.numbers;
    this.integers += other.integers;
    this.texts += other.texts;
    this.booleans += other.booleans;
    this.moments.merge(other.moments);
    if (this.values && other.values && this.values.length + other.values.length <= this.limits.exactLimit) {
      // Into an empty profile (the first file of profileFiles) a copy is much faster than a push per value.
      if (this.values.length === 0) this.values = other.values.slice();
      else for (const value of other.values) this.values.push(value);
      if (this.kll) this.kll.updateAll(other.values);
    } else {
      this.sketch.merge(other.sketch);
      this.values = null;
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
    const profile = new ColumnProfile(json.name, json.limits);
    profile.count = json.count;
    profile.nulls = json.nulls;
    profile.numbers = json.numbers;
    profile.integers = json.integers;
    profile.texts = json.texts;
    profile.booleans = json.booleans;
    profile.moments = Moments.fromJSON(json.moments);
    profile.kll = KllSketch.fromJSON(json.sketch);
    profile.values = json.values;
    for (const [key, count] of Object.entries(json.categories)) {
      if (isNumberKey(key)) profile.numberCounts.set(Number(key), count);
      else profile.textCounts.set(key, count);
    }
    profile.otherCount = json.otherCount;
    return profile;
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
