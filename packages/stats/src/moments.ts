// Streaming count, mean, variance, min and max in one pass, mergeable across shards: Welford 1962
// ("Note on a method for calculating corrected sums of squares and products", Technometrics 4(3)) for
// updates and Chan, Golub & LeVeque 1979/1983 ("Algorithms for computing the sample variance") for the
// pairwise merge of (count, mean, M2).
import { StatsInputError } from "./errors.ts";

export interface MomentsJSON {
  count: number;
  mean: number;
  m2: number;
  min: number | null;
  max: number | null;
}

export class Moments {
  count = 0;
  mean = 0;
  /** Sum of squared deviations from the mean. */
  m2 = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;

  update(value: number): this {
    if (!Number.isFinite(value))
      throw new StatsInputError(`value is ${value}; moments take finite numbers only`);
    this.count += 1;
    const delta = value - this.mean;
    this.mean += delta / this.count;
    this.m2 += delta * (value - this.mean);
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
    return this;
  }

  updateAll(values: Iterable<number>): this {
    for (const value of values) this.update(value);
    return this;
  }

  merge(other: Moments): this {
    if (other.count === 0) return this;
    if (this.count === 0) {
      Object.assign(this, {
        count: other.count,
        mean: other.mean,
        m2: other.m2,
        min: other.min,
        max: other.max,
      });
      return this;
    }
    const count = this.count + other.count;
    const delta = other.mean - this.mean;
    this.mean += (delta * other.count) / count;
    this.m2 += other.m2 + (delta * delta * this.count * other.count) / count;
    this.count = count;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
    return this;
  }

  /** Variance with `ddof` delta degrees of freedom (0: population, as numpy.var; 1: sample). */
  variance(ddof = 0): number {
    return this.count - ddof > 0 ? this.m2 / (this.count - ddof) : Number.NaN;
  }

  std(ddof = 0): number {
    return Math.sqrt(this.variance(ddof));
  }

  toJSON(): MomentsJSON {
    const empty = this.count === 0;
    return {
      count: this.count,
      mean: this.mean,
      m2: this.m2,
      min: empty ? null : this.min,
      max: empty ? null : this.max,
    };
  }

  static fromJSON(json: MomentsJSON): Moments {
    if (!Number.isInteger(json.count) || json.count < 0 || !(json.m2 >= 0) || !Number.isFinite(json.mean)) {
      throw new StatsInputError(
        "moments JSON is invalid: count must be an integer >= 0, m2 >= 0, mean finite",
      );
    }
    const moments = new Moments();
    moments.count = json.count;
    moments.mean = json.mean;
    moments.m2 = json.m2;
    moments.min = json.min ?? Number.POSITIVE_INFINITY;
    moments.max = json.max ?? Number.NEGATIVE_INFINITY;
    return moments;
  }
}
