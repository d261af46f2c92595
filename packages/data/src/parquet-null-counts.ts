import { open } from "node:fs/promises";
import { parquetMetadata } from "hyparquet/src/metadata.js";

/** The footer's last 8 bytes: the metadata's length (4 bytes, little-endian), then `PAR1`. */
const TAIL_BYTES = 8;

/**
 * How many nulls each top-level, not nested column of each row group holds, where the file's metadata
 * tells it exactly: a `REQUIRED` column holds none, and a column chunk's statistics may carry a
 * `null_count` (pyarrow writes one). One map a row group, by column name; a column it does not tell is
 * absent. Empty when the footer cannot be read (the decoder then tells what is wrong).
 *
 * parquet-wasm does not expose column statistics, so the footer is read again here with hyparquet's
 * metadata parser (the Thrift compact protocol; small, pure JS, no decoding of data).
 */
export async function parquetNullCounts(file: string): Promise<ReadonlyMap<string, number>[]> {
  try {
    const metadata = parquetMetadata(await readFooter(file), { geoparquet: false });
    const leaves = metadata.schema.filter((element) => element.type !== undefined);
    return metadata.row_groups.map((group) => {
      const counts = new Map<string, number>();
      const named = new Set<string>();
      group.columns.forEach((chunk, index) => {
        const path = chunk.meta_data?.path_in_schema;
        if (path?.length !== 1) return;
        const name = path[0] as string;
        const nulls = chunk.meta_data?.statistics?.null_count;
        // Two columns of one name: neither is told.
        if (named.has(name)) counts.delete(name);
        else if (leaves[index]?.repetition_type === "REQUIRED") counts.set(name, 0);
        else if (nulls !== undefined) counts.set(name, Number(nulls));
        named.add(name);
      });
      return counts;
    });
  } catch {
    return [];
  }
}

/** The footer: the file's metadata and the 8 bytes after it. */
async function readFooter(file: string): Promise<Uint8Array> {
  const handle = await open(file);
  try {
    const { size } = await handle.stat();
    const tail = new Uint8Array(TAIL_BYTES);
    await handle.read(tail, 0, TAIL_BYTES, size - TAIL_BYTES);
    const length = new DataView(tail.buffer).getUint32(0, true);
    const footer = new Uint8Array(Math.min(size, length + TAIL_BYTES));
    await handle.read(footer, 0, footer.length, size - footer.length);
    return footer;
  } finally {
    await handle.close();
  }
}
