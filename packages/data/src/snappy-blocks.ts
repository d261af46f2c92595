import { snappyWasmBase64 } from "./snappy-wasm.generated.ts";

/** What this module takes of the runtime's WebAssembly (the project's TypeScript has no DOM types). */
interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: object };
}

/** The exports of packages/data/wasm/snappy.c (addresses are byte offsets into `memory`). */
interface SnappyExports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  heap_base: () => number;
  slack: () => number;
  uncompress: (input: number, inputLength: number, output: number, outputLength: number) => number;
}

/** Why `uncompress` (wasm/snappy.c) refused a block, by its code. */
const REFUSALS: Readonly<Record<number, string>> = {
  [-1]: "its length cannot be read",
  [-2]: "it states another length than its page's",
  [-3]: "a literal runs past its end",
  [-4]: "a copy runs past its end",
  [-5]: "a copy reaches before its start",
  [-6]: "it ends short of its length",
};

const PAGE_BYTES = 65_536;

/**
 * Snappy blocks decompressed by our WebAssembly module (wasm/snappy.c): the block is copied into the
 * module's memory and decompressed there, and what comes out is a view of that memory, not a copy. The
 * view holds until the next block (which reuses the memory, and may grow it, detaching the view): a
 * page's bytes are read, or copied, before the next page is decompressed.
 */
export class SnappyBlocks {
  private readonly exports: SnappyExports;
  private readonly base: number;
  /** Bytes past a block's output that the module may write, and past its input that it may read. */
  private readonly slack: number;

  constructor() {
    const wasm = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly;
    const module = new wasm.Module(Buffer.from(snappyWasmBase64, "base64"));
    this.exports = new wasm.Instance(module).exports as SnappyExports;
    this.base = this.exports.heap_base();
    this.slack = this.exports.slack();
  }

  /** The block `input` decompressed: `length` bytes, a view valid until the next call. */
  decompress(input: Uint8Array, length: number): Uint8Array {
    const { memory, uncompress } = this.exports;
    // The output 8-byte aligned, after the input.
    const output = (this.base + input.length + 7) & ~7;
    const needed = output + length + this.slack;
    if (needed > memory.buffer.byteLength)
      memory.grow(Math.ceil((needed - memory.buffer.byteLength) / PAGE_BYTES));
    const bytes = new Uint8Array(memory.buffer);
    bytes.set(input, this.base);
    const code = uncompress(this.base, input.length, output, length);
    if (code !== 0) throw new Error(`a snappy block that does not decompress: ${REFUSALS[code] ?? code}`);
    return bytes.subarray(output, output + length);
  }
}

let blocks: SnappyBlocks | undefined;

/** The thread's `SnappyBlocks`, compiled on first use. */
export function snappyBlocks(): SnappyBlocks {
  blocks ??= new SnappyBlocks();
  return blocks;
}
