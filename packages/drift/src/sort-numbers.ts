// Ascending sort of a Float64Array by radix sort on the IEEE-754 bit patterns, with exactly the built-in
// sort's order (-0 before +0); NaN is not expected (profiles hold finite numbers only). Each double is a
// 64-bit unsigned key that orders as the number does, sorted in 11-bit digits (passes whose digit is the
// same for every key skipped). Most significant half first: three passes order the keys by their top 31
// bits, which already tell apart the values of most data (numbers with a few significant digits differ
// there); then only runs of keys equal in those bits and out of order get the three passes of the low
// 33 bits (by insertion when short). The keys are made on the way into the scratch buffer and turned back
// run by run, so a sorted copy costs no extra pass. Several times faster than the built-in sort on a
// column's 10^6 values.
const DIGIT_BITS = 11;
const BUCKETS = 1 << DIGIT_BITS;
const MASK = BUCKETS - 1;
/** Below this the built-in sort is as fast. */
const SMALL = 2048;
/** Runs up to this long are sorted by insertion rather than by radix passes. */
const SHORT_RUN = 32;
type ThreePasses = readonly [number, number, number];
const HIGH_PASSES: ThreePasses = [3, 4, 5];
const LOW_PASSES: ThreePasses = [0, 1, 2];

/** Sorts `values` in place, ascending, and returns it. */
export function sortNumbers(values: Float64Array): Float64Array {
  return sortInto(values, values);
}

/** A sorted copy of `values` (which stay as they are). */
export function sortedCopy(values: Float64Array): Float64Array {
  return sortInto(values, new Float64Array(values.length));
}

/** `source` sorted into `target` (of the same length; it may be `source` itself); returns `target`. */
function sortInto(source: Float64Array, target: Float64Array): Float64Array {
  const n = source.length;
  if (n < SMALL || source.byteOffset % 4 !== 0 || target.byteOffset % 4 !== 0) {
    if (target !== source) target.set(source);
    return target.sort();
  }
  // Each double as two 32-bit words (little-endian: low word first). The keys go to the scratch buffer
  // first, so that after the three high passes they are back in `target`.
  const words = new Uint32Array(target.buffer, target.byteOffset, n * 2);
  const spare = scratch(n * 2);
  const counts = toKeysAndCount(new Uint32Array(source.buffer, source.byteOffset, n * 2), spare, n);
  if (radixPasses(spare, words, 0, n, HIGH_PASSES, counts) === spare) words.set(spare);
  sortRunsByLowBits(words, spare, n);
  return target;
}

// The buffer the passes scatter into, kept from one sort to the next: fresh memory costs page faults.
let spareWords: Uint32Array | undefined;

function scratch(length: number): Uint32Array {
  if (!spareWords || spareWords.length < length) spareWords = new Uint32Array(length);
  return spareWords.subarray(0, length);
}

/**
 * Each double of `from` as an unsigned key in `to`, in number order: negative numbers get every bit
 * flipped, the others their sign bit set. Counts the keys' digits of the high passes on the way.
 */
function toKeysAndCount(from: Uint32Array, to: Uint32Array, n: number): Uint32Array {
  const counts = new Uint32Array(BUCKETS * 3);
  for (let i = 0; i < 2 * n; i += 2) {
    let low = from[i] as number;
    let high = from[i + 1] as number;
    if (high & 0x80000000) {
      low = ~low >>> 0;
      high = ~high >>> 0;
    } else high = (high | 0x80000000) >>> 0;
    to[i] = low;
    to[i + 1] = high;
    // The digits of passes 3, 4 and 5 (see DIGIT_PLACES).
    const a = (high >>> 1) & MASK;
    const b = BUCKETS + ((high >>> 12) & MASK);
    const c = 2 * BUCKETS + (high >>> 23);
    counts[a] = (counts[a] as number) + 1;
    counts[b] = (counts[b] as number) + 1;
    counts[c] = (counts[c] as number) + 1;
  }
  return counts;
}

/** The doubles of keys [start, end), in place. */
function fromKeys(words: Uint32Array, start: number, end: number): void {
  for (let i = 2 * start; i < 2 * end; i += 2) {
    const high = words[i + 1] as number;
    if (high & 0x80000000) words[i + 1] = high & 0x7fffffff;
    else {
      words[i] = ~(words[i] as number);
      words[i + 1] = ~high;
    }
  }
}

/**
 * After the high passes: each run of keys with the same top 31 bits, when out of order, sorted by the
 * rest; then the run's keys turned back into doubles.
 */
function sortRunsByLowBits(words: Uint32Array, spare: Uint32Array, n: number): void {
  let start = 0;
  while (start < n) {
    const top = (words[2 * start + 1] as number) >>> 1;
    let end = start + 1;
    let ordered = true;
    while (end < n && (words[2 * end + 1] as number) >>> 1 === top) {
      if (!ordered || isBelow(words, end, end - 1)) ordered = false;
      end++;
    }
    if (!ordered) {
      if (end - start <= SHORT_RUN) insertionSort(words, start, end);
      else if (radixPasses(words, spare, start, end, LOW_PASSES) === spare)
        words.set(spare.subarray(2 * start, 2 * end), 2 * start);
    }
    fromKeys(words, start, end);
    start = end;
  }
}

/** Whether key `i` is below key `j`. */
function isBelow(words: Uint32Array, i: number, j: number): boolean {
  const a = words[2 * i + 1] as number;
  const b = words[2 * j + 1] as number;
  return a < b || (a === b && (words[2 * i] as number) < (words[2 * j] as number));
}

function insertionSort(words: Uint32Array, start: number, end: number): void {
  for (let i = start + 1; i < end; i++) {
    const low = words[2 * i] as number;
    const high = words[2 * i + 1] as number;
    let j = i - 1;
    while (j >= start) {
      const h = words[2 * j + 1] as number;
      if (h < high || (h === high && (words[2 * j] as number) <= low)) break;
      words[2 * j + 2] = words[2 * j] as number;
      words[2 * j + 3] = h;
      j--;
    }
    words[2 * j + 2] = low;
    words[2 * j + 3] = high;
  }
}

/**
 * Stable LSD passes, least significant first, over keys [start, end) of `words`, scattering to and fro
 * through the same range of `other`; returns the buffer the result is in (`words` after an even number
 * of passes that did something).
 */
function radixPasses(
  words: Uint32Array,
  other: Uint32Array,
  start: number,
  end: number,
  passes: ThreePasses,
  counts = digitCounts(words, start, end, passes),
): Uint32Array {
  const n = end - start;
  let source = words;
  let target = other;
  passes.forEach((pass, index) => {
    if (!toOffsets(counts, index * BUCKETS, n)) return;
    scatter(source, target, counts, index * BUCKETS, pass, start, end);
    [source, target] = [target, source];
  });
  return source;
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

/** How many keys have each digit value, for the three passes at once. */
function digitCounts(words: Uint32Array, start: number, end: number, passes: ThreePasses): Uint32Array {
  const counts = new Uint32Array(BUCKETS * 3);
  const [a0, a1, a2, a3, a4] = DIGIT_PLACES[passes[0]] as DigitPlace;
  const [b0, b1, b2, b3, b4] = DIGIT_PLACES[passes[1]] as DigitPlace;
  const [c0, c1, c2, c3, c4] = DIGIT_PLACES[passes[2]] as DigitPlace;
  for (let i = 2 * start; i < 2 * end; i += 2) {
    const low = words[i] as number;
    const high = words[i + 1] as number;
    const a = ((low >>> a0) & a1) | (((high >>> a2) << a3) & a4);
    const b = BUCKETS + (((low >>> b0) & b1) | (((high >>> b2) << b3) & b4));
    const c = 2 * BUCKETS + (((low >>> c0) & c1) | (((high >>> c2) << c3) & c4));
    counts[a] = (counts[a] as number) + 1;
    counts[b] = (counts[b] as number) + 1;
    counts[c] = (counts[c] as number) + 1;
  }
  return counts;
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

/** One stable pass over keys [start, end): every key to the next free place of its digit's bucket. */
function scatter(
  source: Uint32Array,
  target: Uint32Array,
  offsets: Uint32Array,
  base: number,
  pass: number,
  start: number,
  end: number,
): void {
  const [lowShift, lowMask, highShift, highLeft, highMask] = DIGIT_PLACES[pass] as DigitPlace;
  for (let i = 2 * start; i < 2 * end; i += 2) {
    const low = source[i] as number;
    const high = source[i + 1] as number;
    const bucket = base + (((low >>> lowShift) & lowMask) | (((high >>> highShift) << highLeft) & highMask));
    const at = start + (offsets[bucket] as number);
    offsets[bucket] = (offsets[bucket] as number) + 1;
    target[2 * at] = low;
    target[2 * at + 1] = high;
  }
}
