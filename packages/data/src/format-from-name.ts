import type { DataFormat } from "./reader-types.ts";

/** The format a file name implies (`.gz` looked through); CSV when nothing matches. */
export function formatFromName(file: string): DataFormat {
  const name = file.toLowerCase().replace(/\.gz$/, "");
  if (name.endsWith(".tsv") || name.endsWith(".tab")) return "tsv";
  if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) return "jsonl";
  if (name.endsWith(".parquet") || name.endsWith(".pq")) return "parquet";
  return "csv";
}
