import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import type { FileMetaData } from "hyparquet";
import { parquetMetadata } from "hyparquet/src/metadata.js";

/** The footer's last 8 bytes: the metadata's length (4 bytes, little-endian), then `PAR1`. */
const TAIL_BYTES = 8;

/**
 * A Parquet file's metadata, read from its footer with hyparquet's parser (the Thrift compact protocol;
 * small, pure JS, no data decoded): what parquet-wasm does not expose (column statistics, column chunk
 * sizes). Throws when the footer cannot be read; the decoder then tells what is wrong.
 */
export async function readParquetFooter(file: string): Promise<FileMetaData> {
  return parquetMetadata(readFooterBytes(file), { geoparquet: false });
}

/**
 * The footer: the file's metadata and the 8 bytes after it. Read synchronously, as the slices are
 * (parquet-file-blob.ts): five round trips through libuv's thread pool a file, for a dataset of many.
 */
function readFooterBytes(file: string): Uint8Array {
  const fd = openSync(file, "r");
  try {
    const { size } = fstatSync(fd);
    const tail = new Uint8Array(TAIL_BYTES);
    readSync(fd, tail, 0, TAIL_BYTES, size - TAIL_BYTES);
    const length = new DataView(tail.buffer).getUint32(0, true);
    const footer = new Uint8Array(Math.min(size, length + TAIL_BYTES));
    readSync(fd, footer, 0, footer.length, size - footer.length);
    return footer;
  } finally {
    closeSync(fd);
  }
}
