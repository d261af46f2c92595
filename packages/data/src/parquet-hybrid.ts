/**
 * Reads `count` values of Parquet's RLE/bit-packing hybrid encoding (the Parquet format's Encodings.md:
 * runs, each a varint header, then one value repeated (header bit 0 clear: `header >> 1` times, the value
 * in `ceil(width / 8)` bytes, little-endian) or groups of 8 values packed `width` bits each, lowest bit
 * first (bit 0 set: `header >> 1` groups)) from `bytes[at, end)` into `out`; returns where it stopped.
 * Written for speed on the dictionary indices of a text column (parquet-dictionary-chunk.ts): hyparquet's
 * reader, which reads a DataView bit by bit into any array, took ~5 ns a value, this one ~1.5. Widths up to
 * 24 bits (a dictionary of 16M entries).
 */
export function readHybrid(
  bytes: Uint8Array,
  at: number,
  end: number,
  width: number,
  out: Int32Array | Uint8Array,
  count: number,
): number {
  if (width > 24) throw new Error(`a bit width of ${width}`);
  const valueBytes = (width + 7) >> 3;
  let n = 0;
  while (n < count) {
    if (at >= end) throw new Error("encoded values end early");
    const { header, next } = runHeader(bytes, at, end);
    at = next;
    const runs = header >>> 1;
    if ((header & 1) === 0) {
      let value = 0;
      for (let i = 0; i < valueBytes; i++) value |= (bytes[at + i] as number) << (8 * i);
      at += valueBytes;
      const stop = Math.min(count, n + runs);
      out.fill(value, n, stop);
      n = stop;
      continue;
    }
    const packedBytes = runs * width;
    if (at + packedBytes > end) throw new Error("bit-packed values run past their end");
    n = unpackBits(bytes, at, end, width, out, n, Math.min(count, n + runs * 8));
    at += packedBytes;
  }
  return at;
}

/**
 * Whether `count` definition levels of width 1 in `bytes[at, end)` (the hybrid encoding) are all 1, every
 * value present, told from their runs without reading them out: an RLE run of 1 each (how writers encode
 * a page without a null). False for anything else, which `readHybrid` then reads.
 */
export function allOnes(bytes: Uint8Array, at: number, end: number, count: number): boolean {
  let n = 0;
  while (n < count) {
    if (at + 2 > end) return false;
    const { header, next } = runHeader(bytes, at, end);
    at = next;
    if ((header & 1) !== 0 || at >= end || bytes[at++] !== 1) return false;
    n += header >>> 1;
  }
  return n === count;
}

/** The header of the run at `at` (a ULEB128 varint, at most 5 bytes, none past `end`) and the byte after it. */
function runHeader(bytes: Uint8Array, at: number, end: number): { header: number; next: number } {
  let header = 0;
  let shift = 0;
  let next = at;
  let byte: number;
  do {
    byte = bytes[next++] as number;
    header |= (byte & 0x7f) << shift;
    shift += 7;
  } while (byte & 0x80 && shift < 35 && next < end);
  return { header, next };
}

/**
 * Values `n` to `stop` of `out` from bit-packed `bytes` from byte `at` (`width` bits each, lowest bit
 * first): each read from the bytes its bits span, as one little-endian word. The loop that reads two or
 * three bytes past a value's first, while they are before `end`, is kept free of any other test (~1.5 ns
 * a value; a running bit buffer took ~4); the last values take the careful loop.
 *
 * Each loop is a function of its own: as branches of one function, the loop of the widths over 9 bits,
 * met after V8 had optimized the function on narrower ones, had no type feedback and threw the optimized
 * code away (once a thread, on the bench's Parquet file; see "A path taken once" in the README).
 */
function unpackBits(
  bytes: Uint8Array,
  at: number,
  end: number,
  width: number,
  out: Int32Array | Uint8Array,
  from: number,
  stop: number,
): number {
  // Bytes a value's bits span past its first: at most (7 + width) bits from its first byte's start.
  const reach = (7 + width - 1) >> 3;
  // The fast loops read one byte past a value's first (widths up to 9), or three.
  const extra = reach <= 1 ? 1 : 3;
  const room = end - extra - at;
  const fast = Math.min(stop, from + (room > 0 ? Math.floor((room * 8 - 1) / width) + 1 : 0));
  const bit = at * 8;
  if (extra === 1) unpackTwoBytes(bytes, bit, width, out, from, fast);
  else unpackFourBytes(bytes, bit, width, out, from, fast);
  const n = Math.max(from, fast);
  return unpackCarefully(bytes, bit + (n - from) * width, end, width, reach, out, n, stop);
}

/** Values `n` to `fast` of `out`, each from the two bytes from its first: none of them past the end. */
function unpackTwoBytes(
  bytes: Uint8Array,
  bit: number,
  width: number,
  out: Int32Array | Uint8Array,
  n: number,
  fast: number,
): void {
  const mask = (1 << width) - 1;
  for (; n < fast; n++, bit += width) {
    const first = bit >>> 3;
    out[n] = (((bytes[first] as number) | ((bytes[first + 1] as number) << 8)) >>> (bit & 7)) & mask;
  }
}

/** Values `n` to `fast` of `out`, each from the four bytes from its first: none of them past the end. */
function unpackFourBytes(
  bytes: Uint8Array,
  bit: number,
  width: number,
  out: Int32Array | Uint8Array,
  n: number,
  fast: number,
): void {
  const mask = (1 << width) - 1;
  for (; n < fast; n++, bit += width) {
    const first = bit >>> 3;
    const word =
      (bytes[first] as number) |
      ((bytes[first + 1] as number) << 8) |
      ((bytes[first + 2] as number) << 16) |
      ((bytes[first + 3] as number) << 24);
    out[n] = (word >>> (bit & 7)) & mask;
  }
}

/** Values `n` to `stop` of `out`, each from the bytes its bits span that are before `end`; returns `stop`. */
function unpackCarefully(
  bytes: Uint8Array,
  bit: number,
  end: number,
  width: number,
  reach: number,
  out: Int32Array | Uint8Array,
  n: number,
  stop: number,
): number {
  const mask = (1 << width) - 1;
  for (; n < stop; n++, bit += width) {
    const first = bit >>> 3;
    let word = 0;
    for (let i = 0; i <= reach && first + i < end; i++) word |= (bytes[first + i] as number) << (8 * i);
    out[n] = (word >>> (bit & 7)) & mask;
  }
  return n;
}
