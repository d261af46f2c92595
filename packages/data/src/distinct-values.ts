import { ByteStringSet, type ByteStrings } from "./byte-string-set.ts";
import { detachedText } from "./detached-text.ts";
import { canonicalIntegerBytes } from "./integer-text.ts";
import { Utf8Scratch } from "./utf8-scratch.ts";
import type { TypedValue } from "./value.ts";

const MAX_LOAD = 0.7;

const PAGE_BITS = 32_768;
/** Pages give way to the hash table when they spend more than this many bits per distinct integer, */
const MAX_BITS_PER_INTEGER = 64;
/**
 * counting this many integers more than they hold: up to 32 pages (128 KiB) whatever they hold, so that a
 * few scattered values among the first rows (a sentinel, a negative id) do not send every id to the table.
 */
const PAGED_SLACK = (32 * PAGE_BITS) / MAX_BITS_PER_INTEGER;
/** `merge` reads another set's table by blocks of this many slots (a power of two), in this odd step. */
const MERGE_BLOCK = 64;
const SCRAMBLE_STEP = 0x9e3779b1;

/** What a worker sends back of a `DistinctValues`. */
export interface DistinctState {
  numbers: Float64Array;
  /** The well-formed texts, as UTF-8 bytes: merged without decoding them. */
  texts: ByteStrings;
  /** Booleans, and texts with a lone surrogate. */
  others: (string | boolean)[];
  pages: [number, Uint32Array][] | undefined;
  /** The integers the pages hold. */
  pagedCount: number;
  /** The texts that write an integer canonically, as those integers (see `DistinctValues`). */
  integerTexts: DistinctState | undefined;
}

/**
 * The distinct values a column has shown, for `unique` and `stats.distinct`. Integers go to a paged
 * bitmap (4 KiB a page of 32,768 consecutive integers) while it is dense, as ids usually are: 1 bit an
 * id, and no hashing. Other numbers (and all integers, once the bitmap would cost more than 8 bytes a
 * value) go to an open-addressing hash table on a Float64Array: 8 bytes a slot, no object per value,
 * and no ceiling (a JavaScript Set holds at most 2^24 entries, and with 10^6 ids it was the single
 * largest cost of a run). Texts go to a set of their UTF-8 bytes (`ByteStringSet`: a cell is looked up
 * without decoding it, and no string is kept), booleans to a Set. 0 and -0 are one value, as in a Set.
 * A text that writes an integer the one canonical way (`17`, `-3`; not `017`, `+3`, `-0`) goes, as that
 * integer, to a set of numbers of its own: ids in a column without a type are texts, and a hash table
 * of 10^6 texts misses the cache on each one (~300 ns a text, against ~15 ns a bit in a page).
 */
export class DistinctValues {
  private numbers = new Float64Array(1024).fill(Number.NaN);
  private numberCount = 0;
  /** Well-formed texts, as UTF-8 bytes. */
  private readonly texts = new ByteStringSet();
  /** Booleans, and texts with a lone surrogate (from JSON), which UTF-8 cannot hold apart. */
  private readonly others = new Set<string | boolean>();
  private pages: Map<number, Uint32Array> | undefined = new Map();
  private pagedCount = 0;
  /** The page used last: ids come in runs, and a map lookup per value is measurable. */
  private lastIndex = Number.NaN;
  private lastPage: Uint32Array | undefined;
  private readonly scratch = new Float64Array(1);
  private readonly scratchWords = new Int32Array(this.scratch.buffer);
  private readonly textBytes = new Utf8Scratch();
  /** The canonical integer texts, made on the first one. */
  private integerTexts: DistinctValues | undefined;

  get size(): number {
    const integerTexts = this.integerTexts?.size ?? 0;
    return this.pagedCount + this.numberCount + this.texts.size + this.others.size + integerTexts;
  }

  /**
   * The page `addNumber` tries first, and the integer its bit 0 stands for, for a caller that marks
   * integers in it itself (the CSV kernel); undefined before the first paged integer, or without pages.
   */
  firstPage(): { bits: Uint32Array; first: number } | undefined {
    const bits = this.lastPage;
    return bits === undefined ? undefined : { bits, first: this.lastIndex * PAGE_BITS };
  }

  /** Counts `count` integers a caller marked in the page `firstPage` gave. */
  countMarked(count: number): void {
    this.pagedCount += count;
  }

  /** Adds the value; false when it was already there. */
  add(value: TypedValue): boolean {
    if (typeof value === "string" && value.isWellFormed()) {
      const length = this.textBytes.write(value);
      return this.addBytes(this.textBytes.bytes, 0, length);
    }
    if (typeof value !== "number") {
      if (this.others.has(value)) return false;
      this.others.add(typeof value === "string" ? detachedText(value) : value);
      return true;
    }
    return this.addNumber(value);
  }

  /** `add` for a well-formed text given as its UTF-8 bytes `[start, end)`. */
  addBytes(bytes: Uint8Array, start: number, end: number): boolean {
    const integer = canonicalIntegerBytes(bytes, start, end);
    return Number.isNaN(integer) ? this.texts.add(bytes, start, end) : this.addIntegerText(integer);
  }

  private addIntegerText(integer: number): boolean {
    this.integerTexts ??= new DistinctValues();
    return this.integerTexts.addNumber(integer);
  }

  /** `add` for a number (finite): no type test. */
  addNumber(value: number): boolean {
    // The page used last, tested first: a safe integer in it needs no page lookup (and adding to a page
    // that exists never makes the pages too sparse).
    const bit = value - this.lastIndex * PAGE_BITS;
    if (bit >= 0 && bit < PAGE_BITS && (bit | 0) === bit && Math.abs(value) <= Number.MAX_SAFE_INTEGER) {
      return this.markBit(this.lastPage as Uint32Array, bit);
    }
    const key = value === 0 ? 0 : value;
    if (this.pages && Number.isSafeInteger(key)) return this.addPaged(key);
    return this.addHashed(key);
  }

  state(): DistinctState {
    return {
      numbers: this.numbers,
      texts: this.texts.strings(),
      others: [...this.others],
      pages: this.pages && [...this.pages],
      pagedCount: this.pagedCount,
      integerTexts: this.integerTexts?.state(),
    };
  }

  /**
   * Adds the values of another set (from later rows); `repeated` is told each value both sets held.
   * Two paged sets merge a page at a time: a page only the other has is taken whole, and shared pages
   * are compared a word (32 values) at a time.
   */
  merge(other: DistinctState, repeated: (value: TypedValue) => void): void {
    // Only a repeated text is decoded: a structured clone made the bytes a Uint8Array.
    this.texts.addStrings(other.texts, (bytes, start, end) =>
      repeated(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8", start, end)),
    );
    if (other.integerTexts) {
      this.integerTexts ??= new DistinctValues();
      this.integerTexts.merge(other.integerTexts, (integer) => repeated(String(integer)));
    }
    for (const value of other.others) if (!this.add(value)) repeated(value);
    // Another table's blocks in a scrambled order: in slot order its values come sorted by their hash, and
    // each one goes to the end of one ever longer run of this table (linear probing: 9 to 40 s for 1.25M
    // values). A block of consecutive slots is read at once, for the cache.
    const numbers = other.numbers;
    const blocks = Math.max(1, numbers.length / MERGE_BLOCK);
    for (let b = 0, block = 0; b < blocks; b++, block = (block + SCRAMBLE_STEP) & (blocks - 1)) {
      const end = Math.min(numbers.length, (block + 1) * MERGE_BLOCK);
      for (let slot = block * MERGE_BLOCK; slot < end; slot++) {
        const value = numbers[slot] as number;
        if (!Number.isNaN(value) && !this.add(value)) repeated(value);
      }
    }
    if (!other.pages) return;
    // Pages only the other set has are taken whole, their bits counted by the other set already (counting
    // them again, in the interpreter, cost ~4 ms at 10^6 ids).
    let wholeBits = other.pagedCount;
    for (const [index, page] of other.pages) {
      const mine = this.pages?.get(index);
      if (this.pages && !mine) {
        this.pages.set(index, page);
        continue;
      }
      for (const word of page) wholeBits -= bitCount(word);
      if (mine) this.mergePage(mine, page, index, repeated);
      else this.addPage(page, index, repeated);
    }
    if (!this.pages) return;
    this.pagedCount += wholeBits;
    if (this.tooSparse(this.pages)) this.unpage();
  }

  /** Another set's page `index`, a value at a time, into a set whose integers are hashed. */
  private addPage(page: Uint32Array, index: number, repeated: (value: TypedValue) => void): void {
    for (let word = 0; word < page.length; word++) {
      const bits = page[word] as number;
      for (let bit = 0; bit < 32; bit++) {
        if ((bits & (1 << bit)) === 0) continue;
        const value = index * PAGE_BITS + word * 32 + bit;
        if (!this.add(value)) repeated(value);
      }
    }
  }

  /**
   * Another set's page `index` into this set's, a word (32 values) at a time: a merge runs once, mostly
   * in the interpreter, where a call a value on the page two threads share cost ~6 ms at 10^6 ids.
   */
  private mergePage(
    mine: Uint32Array,
    page: Uint32Array,
    index: number,
    repeated: (value: TypedValue) => void,
  ): void {
    for (let word = 0; word < page.length; word++) {
      const bits = page[word] as number;
      if (bits === 0) continue;
      const held = mine[word] as number;
      const repeats = bits & held;
      if (repeats !== 0) {
        for (let bit = 0; bit < 32; bit++) {
          if ((repeats & (1 << bit)) !== 0) repeated(index * PAGE_BITS + word * 32 + bit);
        }
      }
      const added = bits & ~held;
      if (added === 0) continue;
      mine[word] = held | added;
      this.pagedCount += bitCount(added);
    }
  }

  private addPaged(key: number): boolean {
    const pages = this.pages as Map<number, Uint32Array>;
    const index = Math.floor(key / PAGE_BITS);
    let page = index === this.lastIndex ? this.lastPage : pages.get(index);
    if (page === undefined) {
      page = new Uint32Array(PAGE_BITS / 32);
      pages.set(index, page);
    }
    this.lastIndex = index;
    this.lastPage = page;
    if (!this.markBit(page, key - index * PAGE_BITS)) return false;
    if (this.tooSparse(pages)) this.unpage();
    return true;
  }

  private tooSparse(pages: Map<number, Uint32Array>): boolean {
    return pages.size * PAGE_BITS > (this.pagedCount + PAGED_SLACK) * MAX_BITS_PER_INTEGER;
  }

  /** Sets bit `bit` of `page`: false when it was set already (the integer was seen). */
  private markBit(page: Uint32Array, bit: number): boolean {
    const word = bit >>> 5;
    const mask = 1 << (bit & 31);
    const held = page[word] as number;
    if ((held & mask) !== 0) return false;
    page[word] = held | mask;
    this.pagedCount++;
    return true;
  }

  /** The integers are too sparse for pages: move them to the hash table, and keep them there. */
  private unpage(): void {
    const pages = this.pages as Map<number, Uint32Array>;
    this.pages = undefined;
    this.pagedCount = 0;
    this.lastPage = undefined;
    this.lastIndex = Number.NaN;
    for (const [index, page] of pages) {
      for (let word = 0; word < page.length; word++) {
        const bits = page[word] as number;
        if (bits === 0) continue;
        for (let bit = 0; bit < 32; bit++) {
          if ((bits & (1 << bit)) !== 0) this.addHashed(index * PAGE_BITS + word * 32 + bit);
        }
      }
    }
  }

  private addHashed(key: number): boolean {
    const table = this.numbers;
    const mask = table.length - 1;
    let slot = this.hash(key) & mask;
    for (;;) {
      const held = table[slot] as number;
      if (held === key) return false;
      if (Number.isNaN(held)) break; // an empty slot: values are finite numbers
      slot = (slot + 1) & mask;
    }
    table[slot] = key;
    this.numberCount++;
    if (this.numberCount > table.length * MAX_LOAD) this.grow();
    return true;
  }

  private hash(value: number): number {
    this.scratch[0] = value;
    const low = this.scratchWords[0] as number;
    const high = this.scratchWords[1] as number;
    // Murmur3's 32-bit finaliser over both words: integers and decimals alike spread over the table.
    let h = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  }

  private grow(): void {
    const old = this.numbers;
    const table = new Float64Array(old.length * 2).fill(Number.NaN);
    const mask = table.length - 1;
    for (let i = 0; i < old.length; i++) {
      const value = old[i] as number;
      if (Number.isNaN(value)) continue;
      let slot = this.hash(value) & mask;
      while (!Number.isNaN(table[slot] as number)) slot = (slot + 1) & mask;
      table[slot] = value;
    }
    this.numbers = table;
  }
}

/** The number of bits set in a 32-bit word. */
function bitCount(word: number): number {
  let bits = word - ((word >>> 1) & 0x55555555);
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return (Math.imul((bits + (bits >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/*
 * V8 keeps type feedback for a function only from about its eighth call on, so a set's first value, the
 * only one to go past `addNumber`'s last page until the ids reach the next page 32,768 on, leaves no
 * feedback there. The batch loops that inline `addNumber` were then optimized without that way, and
 * the first id of the second page threw their code away (once a thread, and a recompile). A throwaway
 * set goes that way a few times as the module loads.
 */
const warmUp = new DistinctValues();
for (let page = 0; page < 12; page++) warmUp.addNumber(page * PAGE_BITS);
