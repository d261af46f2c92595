const MAX_LOAD = 0.5;
const EMPTY = 0;

/**
 * The texts of a `ByteStringSet` as they can move to another thread: their UTF-8 bytes end to end, and
 * a (start, length) pair of `spans` per text, in the order they were added.
 */
export interface ByteStrings {
  bytes: Uint8Array;
  spans: Int32Array;
}

/**
 * A set of texts kept as their UTF-8 bytes: one arena for all the bytes and an open-addressing table of
 * entry numbers, so a cell's bytes are looked up without making a string, and a text kept costs its
 * bytes, 12 bytes and 10 to 20 of table instead of a string object. Two well-formed texts are equal
 * exactly when their UTF-8 bytes are, so this holds the texts a `Set` would (lone surrogates are the
 * caller's).
 */
export class ByteStringSet {
  /** On an ArrayBuffer of its own (never Buffer's shared pool), so `strings` can hand it to a thread. */
  private arena = ownBuffer(1 << 16);
  private arenaUsed = 0;
  /**
   * The open-addressing table, in two arrays: a tag a slot (EMPTY, or 7 bits of the hash of the slot's
   * text), which is all a probe reads, and the slot's entry number, read only when the tag matches (1
   * time in 128 for another text). A byte a slot stays in cache: with 10^6 texts the tags take 2 MiB,
   * where pairs of an entry and its hash took 16 MiB and a probe missed the cache.
   */
  private tags = new Uint8Array(1024);
  private entries = new Int32Array(1024);
  /** Each entry's hash, for `rehash`. */
  private hashes: Int32Array = new Int32Array(512);
  /** Pairs of an entry's start in the arena and its length: a comparison reads one cache line. */
  private spans: Int32Array = new Int32Array(1024);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Adds the bytes `[start, end)`; false when they were there already. */
  add(bytes: Uint8Array, start: number, end: number): boolean {
    const hash = hashBytes(bytes, start, end);
    const tag = tagOf(hash);
    const tags = this.tags;
    const mask = tags.length - 1;
    let slot = hash & mask;
    for (;;) {
      const held = tags[slot] as number;
      if (held === EMPTY) break;
      if (held === tag && this.holds(this.entries[slot] as number, bytes, start, end)) return false;
      slot = (slot + 1) & mask;
    }
    this.insert(slot, hash, bytes, start, end);
    return true;
  }

  /** The texts as bytes: views of this set's buffers, not copies, which may move to another thread. */
  strings(): ByteStrings {
    return { bytes: this.arena.subarray(0, this.arenaUsed), spans: this.spans.subarray(0, this.count * 2) };
  }

  /** Adds each of `strings` (another set's texts) by its bytes; `repeated` is told each one held already. */
  addStrings(strings: ByteStrings, repeated: (bytes: Uint8Array, start: number, end: number) => void): void {
    const { bytes, spans } = strings;
    for (let pair = 0; pair < spans.length; pair += 2) {
      const start = spans[pair] as number;
      const end = start + (spans[pair + 1] as number);
      if (!this.add(bytes, start, end)) repeated(bytes, start, end);
    }
  }

  private holds(entry: number, bytes: Uint8Array, start: number, end: number): boolean {
    const length = end - start;
    if (this.spans[(entry << 1) + 1] !== length) return false;
    const arena = this.arena;
    const from = this.spans[entry << 1] as number;
    for (let i = 0; i < length; i++) if (arena[from + i] !== bytes[start + i]) return false;
    return true;
  }

  private insert(slot: number, hash: number, bytes: Uint8Array, start: number, end: number): void {
    const length = end - start;
    if (this.arenaUsed + length > this.arena.length) {
      const grown = ownBuffer(Math.max(this.arena.length * 2, this.arenaUsed + length));
      this.arena.copy(grown, 0, 0, this.arenaUsed);
      this.arena = grown;
    }
    if (this.count * 2 === this.spans.length) this.spans = grownCopy(this.spans);
    if (this.count === this.hashes.length) this.hashes = grownCopy(this.hashes);
    const entry = this.count++;
    const arena = this.arena;
    const at = this.arenaUsed;
    for (let i = 0; i < length; i++) arena[at + i] = bytes[start + i] as number;
    this.spans[entry << 1] = at;
    this.spans[(entry << 1) + 1] = length;
    this.arenaUsed += length;
    this.hashes[entry] = hash;
    this.tags[slot] = tagOf(hash);
    this.entries[slot] = entry;
    if (this.count > this.tags.length * MAX_LOAD) this.rehash();
  }

  /** A table twice as large, filled in entry order: the hashes are read in order, not the old table. */
  private rehash(): void {
    const tags = new Uint8Array(this.tags.length * 2);
    const entries = new Int32Array(tags.length);
    const mask = tags.length - 1;
    const hashes = this.hashes;
    for (let entry = 0; entry < this.count; entry++) {
      const hash = hashes[entry] as number;
      let slot = hash & mask;
      while (tags[slot] !== EMPTY) slot = (slot + 1) & mask;
      tags[slot] = tagOf(hash);
      entries[slot] = entry;
    }
    this.tags = tags;
    this.entries = entries;
  }
}

function ownBuffer(size: number): Buffer {
  return Buffer.from(new ArrayBuffer(size));
}

function grownCopy(array: Int32Array): Int32Array {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}

/** FNV-1a over the bytes, then Murmur3's finaliser: texts that differ in one byte spread apart. */
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ (bytes[i] as number), 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  return hash & 0x7fffffff;
}

/**
 * The slot tag of a hash: 7 bits of it mixed again (so that texts whose slots are near still differ in
 * tags, however large the table), and a high bit so that no tag is EMPTY.
 */
function tagOf(hash: number): number {
  return (Math.imul(hash, 0x9e3779b1) >>> 25) | 0x80;
}
