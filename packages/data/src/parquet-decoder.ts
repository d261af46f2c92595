import type { Data, Field, RecordBatch } from "apache-arrow";
import {
  ParquetFile,
  type RecordBatch as WasmRecordBatch,
  type Schema as WasmSchema,
} from "parquet-wasm/node";
import { ParquetColumn } from "./parquet-column.ts";
import { copiedColumns, copiesColumns, schemaFields } from "./parquet-ffi-batch.ts";
import { FileBlob } from "./parquet-file-blob.ts";
import { untilTrap } from "./parquet-trap.ts";
import { RangeBuffers, type RangeLease } from "./range-buffers.ts";

/**
 * A Parquet file opened with parquet-wasm (the Rust `parquet` crate compiled to WebAssembly: every codec,
 * data pages v1 and v2, nested columns), read from the file as a Blob so that memory follows the row
 * group, not the file. Loaded only for a file or a column chunk that JavaScript does not read from its
 * pages (read-parquet.ts): the module and its 5 MB of WebAssembly take ~40 ms of a thread to load.
 */
export class ParquetDecoder {
  /** The file's columns (their names), in file order. */
  readonly columns: string[];
  /** Each row group's rows. */
  readonly groupRows: number[];
  private readonly parquet: ParquetFile;
  // One set for the whole file: a row group's ranges take over the previous group's memory as well.
  private readonly buffers = new RangeBuffers();

  private constructor(parquet: ParquetFile, fields: Field[]) {
    this.parquet = parquet;
    this.columns = fields.map((field) => field.name);
    this.groupRows = parquet
      .metadata()
      .rowGroups()
      .map((group) => group.numRows());
  }

  /** Opens the file; throws when it is not a Parquet file the decoder reads. */
  static async open(file: string, size: number): Promise<ParquetDecoder> {
    // Typed as a Blob, used as one: see FileBlob.
    const parquet = await ParquetFile.fromFile(new FileBlob(file, 0, size) as unknown as Blob);
    try {
      return new ParquetDecoder(
        parquet,
        schemaFields(parquet.schema()) ?? (await ipcFields(parquet.schema())),
      );
    } catch (error) {
      parquet.free();
      throw error;
    }
  }

  /** Columns `wanted` of row group `group` (of `rows` rows), `rangeSize` rows at a time. */
  ranges(
    group: number,
    rows: number,
    wanted: readonly string[],
    rangeSize: number,
  ): AsyncGenerator<DecodedRange> {
    return decodedRanges(this.parquet, group, rows, wanted, this.columns, rangeSize, this.buffers);
  }

  free(): void {
    this.parquet.free();
  }
}

/** A range of decoded rows: `columns[position]` for each column read, in file order. */
export interface DecodedRange {
  rows: number;
  columns: (ParquetColumn | undefined)[];
}

/**
 * Decodes the columns `wanted` of one row group, `rangeSize` rows at a time. When each is of a type copied
 * out of the decoder's memory (`copiesColumns`), a range's columns are copied into `buffers`, which the
 * next range takes over (of this row group or the next); else each batch goes through Arrow IPC.
 */
async function* decodedRanges(
  parquet: ParquetFile,
  group: number,
  rows: number,
  wanted: readonly string[],
  allColumns: readonly string[],
  rangeSize: number,
  buffers: RangeBuffers,
): AsyncGenerator<DecodedRange> {
  if (wanted.length === 0) {
    // Nothing to decode: rows of nulls, as many as the row group has.
    for (let start = 0; start < rows; start += rangeSize) {
      yield { rows: Math.min(rangeSize, rows - start), columns: allColumns.map(() => undefined) };
    }
    return;
  }
  // Decided before the stream starts: exporting a batch consumes it.
  const copies = copiesColumns(parquet.schema(), wanted);
  // apache-arrow's IPC reader, loaded only for the columns that need it.
  const ipc = copies ? undefined : await import("apache-arrow");
  const stream = await untilTrap(
    parquet.stream({ rowGroups: [group], batchSize: rangeSize, columns: [...wanted] }),
  );
  const reader = stream.getReader() as ReadableStreamDefaultReader<WasmRecordBatch>;
  let ended = false;
  try {
    for (;;) {
      const next = await untilTrap(reader.read());
      if (next.done) {
        ended = true;
        return;
      }
      if (ipc === undefined) {
        const rows = next.value.numRows;
        const lease = buffers.startRange();
        yield { rows, columns: namedColumns(copiedColumns(next.value, buffers), allColumns, lease) };
        continue;
      }
      for (const batch of ipc.tableFromIPC(next.value.intoIPCStream()).batches) {
        yield { rows: batch.numRows, columns: batchColumns(batch, allColumns) };
      }
    }
  } finally {
    // After a trap the read is still pending inside the decoder: let go of the stream without waiting.
    // An ended stream needs no release, and Node's first release builds its error message in a new
    // context (`vm.runInNewContext`, ~5 ms of a thread's CPU).
    if (!ended) reader.releaseLock();
  }
}

/** The fields of a file of `schema` (consumed) through Arrow IPC, apache-arrow's IPC reader loaded now. */
async function ipcFields(schema: WasmSchema): Promise<Field[]> {
  const { tableFromIPC } = await import("apache-arrow");
  return tableFromIPC(schema.intoIPCStream()).schema.fields;
}

function batchColumns(batch: RecordBatch, allColumns: readonly string[]): (ParquetColumn | undefined)[] {
  const named = batch.schema.fields.map((field, index) => ({
    name: field.name,
    data: batch.data.children[index],
  }));
  return namedColumns(named, allColumns);
}

/** Each column at its position in the file (the first of that name), undefined where none was read. */
function namedColumns(
  named: readonly { name: string; data: Data | undefined }[],
  allColumns: readonly string[],
  lease?: RangeLease,
): (ParquetColumn | undefined)[] {
  const columns = allColumns.map((): ParquetColumn | undefined => undefined);
  for (const { name, data } of named) {
    const position = allColumns.indexOf(name);
    if (data && position >= 0 && !columns[position]) columns[position] = new ParquetColumn(data, lease);
  }
  return columns;
}
