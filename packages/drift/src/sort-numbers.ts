// Ascending sort of a Float64Array by LSD radix sort on the IEEE-754 bit patterns (six passes of 11 bits,
// passes whose digit is the same for every value skipped): about twice as fast as the built-in sort on the
// 10^5–10^6 values a column holds, with exactly the built-in's order (-0 before +0). NaN is not expected
// (profiles hold finite numbers only).
const DIGIT_BITS = 11;
const BUCKETS = 1 << DIGIT_BITS;
const MASK = BUCKETS - 1;
const PASSES = 6;
/** Below this the built-in sort is as fast. */
const SMALL = 2048;

/** Sorts `values` in place, ascending, and returns it. */
export function sortNumbers(values: Float64Array): Float64Array {
  const n = values.length;
  if (n < SMALL || values.byteOffset % 4 !== 0) return values.sort();
  // Each double as two 32-bit words (little-endian: low word first), turned into unsigned keys that
  // order as the numbers do: negative numbers get every bit flipped, the others their sign bit set.
  const words = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  for (let i = 0; i < 2 * n; i += 2) {
    const high = words[i + 1] as number;
    if (high & 0x80000000) {
      words[i] = ~(words[i] as number);
      words[i + 1] = ~high;
    } else words[i + 1] = high | 0x80000000;
  }
  const counts = digitCounts(words, n);
  let source: Uint32Array = words;
  let target: Uint32Array = new Uint32Array(n * 2);
  for (let pass = 0; pass < PASSES; pass++) {
    if (!toOffsets(counts, pass * BUCKETS, n)) continue;
    scatter(source, target, counts, pass, n);
    [source, target] = [target, source];
  }
  for (let i = 0; i < 2 * n; i += 2) {
    const high = source[i + 1] as number;
    if (high & 0x80000000) {
      words[i] = source[i] as number;
      words[i + 1] = high & 0x7fffffff;
    } else {
      words[i] = ~(source[i] as number);
      words[i + 1] = ~high;
    }
  }
  return values;
}

/** How many keys have each digit value, for every pass at once. */
function digitCounts(words: Uint32Array, n: number): Uint32Array {
  const counts = new Uint32Array(BUCKETS * PASSES);
  for (let i = 0; i < 2 * n; i += 2) {
    const low = words[i] as number;
    const high = words[i + 1] as number;
    increment(counts, low & MASK);
    increment(counts, BUCKETS + ((low >>> 11) & MASK));
    increment(counts, 2 * BUCKETS + (((low >>> 22) | (high << 10)) & MASK));
    increment(counts, 3 * BUCKETS + ((high >>> 1) & MASK));
    increment(counts, 4 * BUCKETS + ((high >>> 12) & MASK));
    increment(counts, 5 * BUCKETS + (high >>> 23));
  }
  return counts;
}

function increment(counts: Uint32Array, at: number): void {
  counts[at] = (counts[at] as number) + 1;
}

/** Turns one pass's counts into start offsets; false when every key has the same digit (nothing to do). */
function toOffsets(counts: Uint32Array, base: number, n: number): boolean {
  let start = 0;
  for (let bucket = base; bucket < base + BUCKETS; bucket++) {
    const count = counts[bucket] as number;
    if (count === n) return false;
    counts[bucket] = start;
    start += count;
  }
  return true;
}

// Where each pass's 11-bit digit sits in the (low, high) words:
// digit = ((low >>> lowShift) & lowMask) | (((high >>> highShift) << highLeft) & highMask).
type DigitPlace = readonly [number, number, number, number, number];
const DIGIT_PLACES: readonly DigitPlace[] = [
  [0, MASK, 0, 0, 0],
  [11, MASK, 0, 0, 0],
  [22, 0x3ff, 0, 10, 0x400],
  [0, 0, 1, 0, MASK],
  [0, 0, 12, 0, MASK],
  [0, 0, 23, 0, 0x1ff],
];

/** One stable pass: every key to the next free place of its digit's bucket. */
function scatter(source: Uint32Array, target: Uint32Array, offsets: Uint32Array, pass: number, n: number) {
  const base = pass * BUCKETS;
  const [lowShift, lowMask, highShift, highLeft, highMask] = DIGIT_PLACES[pass] as DigitPlace;
  for (let i = 0; i < 2 * n; i += 2) {
    const low = source[i] as number;
    const high = source[i + 1] as number;
    const bucket = base + (((low >>> lowShift) & lowMask) | (((high >>> highShift) << highLeft) & highMask));
    const at = offsets[bucket] as number;
    offsets[bucket] = at + 1;
    target[2 * at] = low;
    target[2 * at + 1] = high;
  }
}
