import type { FieldBatch } from "./byte-csv-scanner.ts";
import type { ByteTexts } from "./byte-texts.ts";

/** Takes a column's cells from byte batches (a validator, or a search through them). */
export interface BatchColumn {
  /**
   * Takes the column's cells (field `position`) of the records `rows[0, rowCount)` of a byte batch;
   * `nullBytes`/`nulls` are the texts that mean a missing value, as bytes and as text.
   */
  acceptBatch(
    batch: FieldBatch,
    rows: Int32Array,
    rowCount: number,
    position: number,
    nullBytes: ByteTexts | undefined,
    nulls: ReadonlySet<string> | undefined,
    file: string,
  ): void;
}
