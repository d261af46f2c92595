import type { KernelCells } from "./kernel-cells.ts";

/** An automaton's tables in the kernel's table space: word offsets, and its start row premultiplied. */
export interface KernelDfa {
  table: number;
  start: number;
  accepting: number;
}

/** Key of the state that matches nothing more (also the index of its row). */
export const DEAD = 0;
/** Key of the state where the bytes must be decoded and given to the RegExp (a non-ASCII byte). */
export const UNDECIDED = -1;
const UNDECIDED_ROW = 1;

/**
 * A deterministic automaton on bytes: from the state in row `s`, byte `b` leads to the row
 * `table[s * 256 + b] / 256` (rows are stored premultiplied), one load a byte. Row 0 is the dead state
 * and row 1 the undecided one, where the text is given to `fallback` instead.
 */
export class ByteDfa {
  private readonly table: Int32Array;
  private readonly accepting: Uint8Array;
  private readonly start: number;
  private readonly fallback: RegExp | undefined;
  private placed: KernelDfa | null | undefined;
  private placedIn: KernelCells | undefined;

  private constructor(table: Int32Array, accepting: Uint8Array, start: number, fallback: RegExp | undefined) {
    this.table = table;
    this.accepting = accepting;
    this.start = start;
    this.fallback = fallback;
  }

  /**
   * Builds the automaton of the states reachable from `start` (a key; `DEAD` is the empty state) with
   * `next(key, byte)`, whose accepting states are those `accepts` says. Undefined past `maxStates`.
   */
  static build(
    start: number,
    next: (key: number, byte: number) => number,
    accepts: (key: number) => boolean,
    fallback: RegExp | undefined,
    maxStates: number,
  ): ByteDfa | undefined {
    const rows = new Map<number, number>([
      [DEAD, 0],
      [UNDECIDED, UNDECIDED_ROW],
    ]);
    const keys = [DEAD, UNDECIDED];
    const rowOf = (key: number): number | undefined => {
      let row = rows.get(key);
      if (row === undefined) {
        if (keys.length >= maxStates) return undefined;
        row = keys.length;
        rows.set(key, row);
        keys.push(key);
      }
      return row;
    };
    const startRow = rowOf(start);
    if (startRow === undefined) return undefined;
    const transitions: number[] = new Array(512).fill(0);
    for (let undecided = 0; undecided < 256; undecided++) transitions[256 + undecided] = UNDECIDED_ROW * 256;
    for (let row = 2; row < keys.length; row++) {
      const key = keys[row] as number;
      for (let byte = 0; byte < 256; byte++) {
        const target = rowOf(next(key, byte));
        if (target === undefined) return undefined;
        transitions[row * 256 + byte] = target * 256;
      }
    }
    const accepting = new Uint8Array(keys.length);
    keys.forEach((key, row) => {
      accepting[row] = key !== UNDECIDED && accepts(key) ? 1 : 0;
    });
    return new ByteDfa(Int32Array.from(transitions), accepting, startRow * 256, fallback);
  }

  /** `ByteTest.countInKernel`: `matches` on each cell, in the kernel. */
  countInKernel(cells: KernelCells, base: number, first: number, width: number, count: number): number {
    const placed = this.placeIn(cells);
    return placed
      ? cells.plainDfa(base, first, width, count, placed.table, placed.start, placed.accepting)
      : -1;
  }

  /** Where this automaton's tables are in `cells`' table space (copied there first), or null without room. */
  placeIn(cells: KernelCells): KernelDfa | null {
    if (this.placed === undefined || this.placedIn !== cells) {
      const table = cells.place(this.table);
      const accepting = table === undefined ? undefined : cells.place(Int32Array.from(this.accepting));
      this.placed =
        table === undefined || accepting === undefined ? null : { table, start: this.start, accepting };
      this.placedIn = cells;
    }
    return this.placed;
  }

  /** True when the bytes `[start, end)` are accepted (or, past a non-ASCII byte, match the fallback). */
  matches(bytes: Buffer, start: number, end: number): boolean {
    const table = this.table;
    let state = this.start;
    for (let i = start; i < end && state > UNDECIDED_ROW * 256; i++) {
      state = table[state + (bytes[i] as number)] as number;
    }
    if (state === UNDECIDED_ROW * 256) {
      return (this.fallback as RegExp).test(bytes.toString("utf8", start, end));
    }
    return this.accepting[state >>> 8] === 1;
  }
}

/**
 * The automaton of "the bytes spell one of `texts`" (`member`) or "none of them" (not `member`): a
 * trie of their UTF-8 bytes. Undefined when it would have more than `maxStates` states.
 */
export function textsDfa(texts: readonly string[], member: boolean, maxStates: number): ByteDfa | undefined {
  // Node 1 is the root; 0 (DEAD) is "no text starts so".
  const children: Map<number, number>[] = [new Map(), new Map()];
  const ends: boolean[] = [false, false];
  for (const text of texts) {
    let node = 1;
    for (const byte of Buffer.from(text)) {
      let child = children[node]?.get(byte);
      if (child === undefined) {
        child = children.length;
        children.push(new Map());
        ends.push(false);
        children[node]?.set(byte, child);
      }
      node = child;
    }
    ends[node] = true;
  }
  if (children.length > maxStates) return undefined;
  return ByteDfa.build(
    1,
    (node, byte) => children[node]?.get(byte) ?? DEAD,
    (node) => (ends[node] ?? false) === member,
    undefined,
    maxStates,
  );
}
