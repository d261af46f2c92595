import type { ByteDfa } from "./byte-dfa.ts";
import type { KernelCells } from "./kernel-cells.ts";

/**
 * A pattern of fixed length (`[A-Z]{2}-\d{4}`: no optional part) on bytes: a text of that many ASCII
 * bytes, each in its position's class, matches, and is found so with one independent table load a
 * byte, where the automaton loads a byte's next state from the previous one's. Any other text is left
 * to the automaton, which answers as the RegExp does.
 */
export class FixedLengthPattern {
  private readonly length: number;
  /** Byte `b` at position `j` is in its class when `classes[j * 256 + b]` is 1 (never for non-ASCII). */
  private readonly classes: Uint8Array;
  private readonly dfa: ByteDfa;
  /** Where `classes` are in the kernel's table space (-1: no room), once copied there. */
  private classesAt = -1;
  private classesIn: KernelCells | undefined;

  /** `codes[j]`: the ASCII codes position `j` takes (1 for each member, of 128). */
  constructor(codes: readonly Uint8Array[], dfa: ByteDfa) {
    this.length = codes.length;
    this.classes = new Uint8Array(codes.length * 256);
    codes.forEach((members, j) => {
      for (let code = 0; code < 128; code++) this.classes[j * 256 + code] = members[code] ? 1 : 0;
    });
    this.dfa = dfa;
  }

  /** `ByteTest.countInKernel`: `matches` on each cell, in the kernel. */
  countInKernel(cells: KernelCells, base: number, first: number, width: number, count: number): number {
    if (this.classesIn !== cells) {
      const words = new Int32Array(this.classes.buffer, this.classes.byteOffset, this.classes.length / 4);
      this.classesAt = cells.place(words) ?? -1;
      this.classesIn = cells;
    }
    const dfa = this.dfa.placeIn(cells);
    if (this.classesAt < 0 || dfa === null) return -1;
    return cells.plainFixed(base, first, width, count, this.classesAt, this.length, dfa);
  }

  matches(bytes: Buffer, start: number, end: number): boolean {
    if (end - start === this.length) {
      const classes = this.classes;
      let all = 1;
      for (let j = 0; j < this.length; j++) all &= classes[j * 256 + (bytes[start + j] as number)] as number;
      if (all === 1) return true;
    }
    return this.dfa.matches(bytes, start, end);
  }
}
