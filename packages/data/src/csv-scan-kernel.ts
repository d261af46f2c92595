import { csvScanWasmBase64 } from "./csv-scan-wasm.generated.ts";
import { type CellExports, KernelCells } from "./kernel-cells.ts";

/** The part of the WebAssembly API used here (@types/node does not declare it; lib.dom does). */
interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: object };
}

/** The exports of packages/data/wasm/csv-scan.c (addresses are byte offsets into `memory`). */
interface KernelExports extends CellExports {
  window(): number;
  window_bytes(): number;
  field_starts(): number;
  field_ends(): number;
  max_fields(): number;
  record_first_fields(): number;
  record_lines(): number;
  record_starts(): number;
  record_ends(): number;
  max_records(): number;
  result(): number;
  scan(
    length: number,
    endsData: number,
    delimiter: number,
    maxRecordBytes: number,
    stopAt: number,
    maxRecords: number,
    base: number,
    line: number,
    fieldBase: number,
  ): number;
}

/**
 * What one kernel call read: `records` whole records with `fields` fields, up to `next` on `line`; the
 * fewest and most fields a record had (`Infinity` and 0 when it read none); `covered`: it was given
 * every byte up to `to` (so, where it stopped short, it cannot read the record there, as asked).
 */
export interface PlainScan {
  next: number;
  line: number;
  records: number;
  fields: number;
  fewestFields: number;
  mostFields: number;
  covered: boolean;
}

const INT32_MAX = 0x7fffffff;

/**
 * The WebAssembly SIMD reader of records with no quote (see csv-scan.c). It reads only whole
 * records and stops before any it cannot finish, which the caller then reads itself. Its results are
 * in the arrays below, valid until the next call: field offsets and record starts/ends are offsets in
 * the caller's buffer, field numbers count from the caller's `fieldBase`.
 */
export class PlainCsvKernel {
  readonly fieldStarts: Int32Array;
  readonly fieldEnds: Int32Array;
  readonly recordFirstFields: Int32Array;
  readonly recordLines: Int32Array;
  readonly recordStarts: Int32Array;
  readonly recordEnds: Int32Array;
  /** Checks on the fields of the last call's records, where they are. */
  readonly cells: KernelCells;
  private readonly window: Uint8Array;
  private readonly result: Int32Array;
  private readonly exports: KernelExports;

  constructor(exports: KernelExports) {
    this.exports = exports;
    const memory = exports.memory.buffer;
    const ints = (address: number, length: number) => new Int32Array(memory, address, length);
    this.window = new Uint8Array(memory, exports.window(), exports.window_bytes());
    this.fieldStarts = ints(exports.field_starts(), exports.max_fields());
    this.fieldEnds = ints(exports.field_ends(), exports.max_fields());
    const records = exports.max_records();
    this.recordFirstFields = ints(exports.record_first_fields(), records);
    this.recordLines = ints(exports.record_lines(), records);
    this.recordStarts = ints(exports.record_starts(), records);
    this.recordEnds = ints(exports.record_ends(), records);
    this.result = ints(exports.result(), 5);
    this.cells = new KernelCells(exports, records);
  }

  /**
   * Reads the whole records of `bytes[from, to)`, which hold no quote, the first on line `line`,
   * as `ByteCsvScanner.scan` would; `final` says no bytes follow `to`. Stops at the first record start
   * at or after `stopAt`, after `maxRecords` records, or before a record it cannot read.
   */
  scan(
    bytes: Uint8Array,
    from: number,
    to: number,
    final: boolean,
    line: number,
    stopAt: number,
    maxRecords: number,
    delimiter: number,
    maxRecordBytes: number,
    fieldBase: number,
  ): PlainScan {
    // The kernel's offsets are 32-bit: a buffer past 2 GiB is left to the caller.
    if (to > INT32_MAX)
      return {
        next: from,
        line,
        records: 0,
        fields: 0,
        fewestFields: Number.POSITIVE_INFINITY,
        mostFields: 0,
        covered: false,
      };
    const length = Math.min(to - from, this.window.length);
    this.window.set(bytes.subarray(from, from + length));
    const next = this.exports.scan(
      length,
      final && from + length === to ? 1 : 0,
      delimiter,
      Math.min(maxRecordBytes, INT32_MAX),
      Math.min(stopAt - from, INT32_MAX),
      Math.min(maxRecords, INT32_MAX),
      from,
      line,
      fieldBase,
    );
    const result = this.result;
    const records = result[0] as number;
    return {
      next: from + next,
      line: result[2] as number,
      records,
      fields: result[1] as number,
      fewestFields: records > 0 ? (result[3] as number) : Number.POSITIVE_INFINITY,
      mostFields: result[4] as number,
      covered: from + length === to,
    };
  }
}

/** `undefined`: not tried yet; `null`: this runtime cannot run it. */
let kernel: PlainCsvKernel | null | undefined;

/** The thread's kernel, compiled on first use; `undefined` where WebAssembly SIMD is not available. */
export function plainCsvKernel(): PlainCsvKernel | undefined {
  if (kernel === undefined) {
    const wasm = (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly;
    try {
      if (wasm === undefined) throw new Error("no WebAssembly");
      const module = new wasm.Module(Buffer.from(csvScanWasmBase64, "base64"));
      kernel = new PlainCsvKernel(new wasm.Instance(module).exports as KernelExports);
    } catch {
      kernel = null;
    }
  }
  return kernel ?? undefined;
}
