const MAX_LOAD = 0.5;
const EMPTY = -1;

/**
 * A set of texts kept as their UTF-8 bytes: one arena for all the bytes and an open-addressing table of
 * entry numbers, so a cell's bytes are looked up without making a string, and a text kept costs its
 * bytes and 16 bytes more instead of a string object. Two well-formed texts are equal exactly when
 * their UTF-8 bytes are, so this holds the texts a `Set` would (lone surrogates are the caller's).
 */
export class ByteStringSet {
  private arena = Buffer.allocUnsafe(1 << 16);
  private arenaUsed = 0;
  /** Pairs of an entry number (or EMPTY) and its hash: a probe reads one cache line. */
  private slots: Int32Array = new Int32Array(2048).fill(EMPTY);
  private starts: Int32Array = new Int32Array(512);
  private lengths: Int32Array = new Int32Array(512);
  private count = 0;
  private scratch = Buffer.allocUnsafe(256);

  get size(): number {
    return this.count;
  }

  /** Adds the bytes `[start, end)`; false when they were there already. */
  add(bytes: Uint8Array, start: number, end: number): boolean {
    const hash = hashBytes(bytes, start, end);
    const slots = this.slots;
    const mask = (slots.length >>> 1) - 1;
    let slot = hash & mask;
    for (;;) {
      const entry = slots[slot << 1] as number;
      if (entry === EMPTY) break;
      if (slots[(slot << 1) + 1] === hash && this.holds(entry, bytes, start, end)) return false;
      slot = (slot + 1) & mask;
    }
    this.insert(slot, hash, bytes, start, end);
    return true;
  }

  /** Adds a well-formed text (its UTF-8 bytes); false when it was there already. */
  addText(text: string): boolean {
    const most = text.length * 3;
    if (this.scratch.length < most)
      this.scratch = Buffer.allocUnsafe(Math.max(most, this.scratch.length * 2));
    const length = this.scratch.write(text, 0, "utf8");
    return this.add(this.scratch, 0, length);
  }

  /** The texts, in the order they were added. */
  texts(): string[] {
    const texts: string[] = [];
    for (let entry = 0; entry < this.count; entry++) {
      const start = this.starts[entry] as number;
      texts.push(this.arena.toString("utf8", start, start + (this.lengths[entry] as number)));
    }
    return texts;
  }

  private holds(entry: number, bytes: Uint8Array, start: number, end: number): boolean {
    const length = end - start;
    if (this.lengths[entry] !== length) return false;
    const arena = this.arena;
    const from = this.starts[entry] as number;
    for (let i = 0; i < length; i++) if (arena[from + i] !== bytes[start + i]) return false;
    return true;
  }

  private insert(slot: number, hash: number, bytes: Uint8Array, start: number, end: number): void {
    const length = end - start;
    if (this.arenaUsed + length > this.arena.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.arena.length * 2, this.arenaUsed + length));
      this.arena.copy(grown, 0, 0, this.arenaUsed);
      this.arena = grown;
    }
    if (this.count === this.starts.length) {
      this.starts = grownCopy(this.starts);
      this.lengths = grownCopy(this.lengths);
    }
    const entry = this.count++;
    const arena = this.arena;
    const at = this.arenaUsed;
    for (let i = 0; i < length; i++) arena[at + i] = bytes[start + i] as number;
    this.starts[entry] = this.arenaUsed;
    this.lengths[entry] = length;
    this.arenaUsed += length;
    this.slots[slot << 1] = entry;
    this.slots[(slot << 1) + 1] = hash;
    if (this.count > (this.slots.length >>> 1) * MAX_LOAD) this.rehash();
  }

  private rehash(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2).fill(EMPTY);
    const mask = (slots.length >>> 1) - 1;
    for (let pair = 0; pair < old.length; pair += 2) {
      const entry = old[pair] as number;
      if (entry === EMPTY) continue;
      const hash = old[pair + 1] as number;
      let slot = hash & mask;
      while (slots[slot << 1] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot << 1] = entry;
      slots[(slot << 1) + 1] = hash;
    }
    this.slots = slots;
  }
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
