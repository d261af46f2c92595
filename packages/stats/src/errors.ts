/** Thrown for input a statistic cannot be computed on; the message is one line saying what is wrong. */
export class StatsInputError extends RangeError {
  override name = "StatsInputError";
}

export function assertNonEmpty(values: ArrayLike<number>, what: string): void {
  if (values.length === 0) throw new StatsInputError(`${what} is empty; at least one value is needed`);
}

export function assertFinite(values: ArrayLike<number>, what: string): void {
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (!Number.isFinite(value)) {
      throw new StatsInputError(`${what}[${i}] is ${value}; every value must be a finite number`);
    }
  }
}

export function assertNonNegative(values: ArrayLike<number>, what: string): void {
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (!(value >= 0) || !Number.isFinite(value)) {
      throw new StatsInputError(`${what}[${i}] is ${value}; every value must be a finite number >= 0`);
    }
  }
}

export function assertSameLength(a: ArrayLike<number>, b: ArrayLike<number>, names: string): void {
  if (a.length !== b.length) {
    throw new StatsInputError(`${names} have different lengths (${a.length} and ${b.length})`);
  }
}

/** A finite, non-empty sample. */
export function assertSample(values: ArrayLike<number>, what: string): void {
  assertNonEmpty(values, what);
  assertFinite(values, what);
}

/** `assertSample` that also tells whether the values are in ascending order, in the same one pass. */
export function assertSampleAscending(values: ArrayLike<number>, what: string): boolean {
  assertNonEmpty(values, what);
  // Fast path, one comparison a value: non-decreasing (a NaN fails every comparison) between finite ends.
  let sorted = true;
  for (let i = 1; i < values.length && sorted; i++)
    sorted = (values[i] as number) >= (values[i - 1] as number);
  if (sorted && Number.isFinite(values[0]) && Number.isFinite(values[values.length - 1])) return true;
  let ascending = true;
  let previous = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (!Number.isFinite(value)) {
      throw new StatsInputError(`${what}[${i}] is ${value}; every value must be a finite number`);
    }
    if (value < previous) ascending = false;
    previous = value;
  }
  return ascending;
}

/** Two non-empty, non-negative vectors of the same length (counts or proportions). */
export function assertDistributions(
  p: ArrayLike<number>,
  q: ArrayLike<number>,
  names: [string, string],
): void {
  assertNonEmpty(p, names[0]);
  assertNonEmpty(q, names[1]);
  assertSameLength(p, q, `${names[0]} and ${names[1]}`);
  assertNonNegative(p, names[0]);
  assertNonNegative(q, names[1]);
}
