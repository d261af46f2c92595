import { formatFromName } from "./format-from-name.ts";
import { readCsv } from "./read-csv.ts";
import { readJsonl } from "./read-jsonl.ts";
import type { ReadEvent, ReadOptions } from "./reader-types.ts";

// Its own module, light enough for an action's entry (see validate-worker.ts).
export { formatFromName } from "./format-from-name.ts";

/** Reads one file in the given format, or the one its name implies. */
export function readFile(file: string, options: ReadOptions = {}): AsyncGenerator<ReadEvent> {
  const format = options.format ?? formatFromName(file);
  if (format === "jsonl") return readJsonl(file, options);
  if (format === "parquet") return readParquetLazily(file, options);
  return readCsv(file, { ...options, format });
}

/** Reads many files as one dataset, one after the other, in the order given. */
export async function* readDataset(
  files: readonly string[],
  options: ReadOptions = {},
): AsyncGenerator<ReadEvent> {
  for (const file of files) yield* readFile(file, options);
}

/** parquet-wasm and apache-arrow load only when a Parquet file is read: most runs check CSV. */
async function* readParquetLazily(file: string, options: ReadOptions): AsyncGenerator<ReadEvent> {
  const { readParquet } = await import("./read-parquet.ts");
  yield* readParquet(file, options);
}
