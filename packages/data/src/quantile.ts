/**
 * The q-quantile of sorted values with linear interpolation between closest ranks (Hyndman & Fan 1996,
 * definition 7: numpy's and pandas' default). NaN for an empty sample.
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const position = (n - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, n - 1);
  const low = sorted[below] ?? Number.NaN;
  const high = sorted[above] ?? Number.NaN;
  return low + (high - low) * (position - below);
}

/** A growable Float64Array: 8 bytes a value, for the exact median and quantiles. */
export class NumberBuffer {
  private data = new Float64Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  /** A copy of the values, in the order pushed. */
  values(): Float64Array {
    return this.data.slice(0, this.length);
  }

  sorted(): Float64Array {
    return this.data.subarray(0, this.length).sort();
  }
}
