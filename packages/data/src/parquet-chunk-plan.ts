import type { FileMetaData } from "hyparquet";
import type { FlatChunk } from "./parquet-chunk-pages.ts";
import { dictionaryChunkShape } from "./parquet-dictionary-chunk.ts";
import { flatChunkShape } from "./parquet-flat-chunk.ts";
import { cellsMayHoldText, nullCountsOf } from "./parquet-null-counts.ts";

/** What the predicates of `ParquetColumnsOptions` know of a column. */
export interface ParquetColumnInfo {
  name: string;
  /** False where the file's schema says no cell can be text (see `cellsMayHoldText`). */
  mayHoldText: boolean;
}

/** How the columns read of a file are read (see `ParquetColumnsOptions`). */
export interface ChunkReading {
  /** Whether the consumer needs no more of a column than how many of its values are null. */
  countsNulls?: (column: ParquetColumnInfo) => boolean;
  /** Whether the consumer takes a column as its dictionary and an index a row (numbers or texts). */
  takesDictionary?: (name: string, numeric: boolean) => boolean;
  /** Whether flat number and UTF-8 text chunks are read from their pages in JavaScript. */
  readsPages?: boolean;
}

/** How each wanted column of a row group is read, by name. */
export interface GroupPlan {
  rows: number;
  /** Counted instead of read, with whether every value is null (else none is). */
  counted: Map<string, boolean>;
  /** Read as their dictionary (`readDictionaryChunk`). */
  dictionaries: Map<string, FlatChunk>;
  /** Read from their pages (`readFlatChunk`). */
  flats: Map<string, FlatChunk>;
  /** For the decoder. */
  decoded: string[];
}

/**
 * Each row group's plan for the columns `wanted`, from the file's footer: a column is counted where the
 * consumer needs only its null count and the metadata tells that it holds no null or only nulls (a count
 * between does not tell which ranges hold the nulls, nor how many of them a read stopped within the row
 * group by a corrupt page has gone through); else read as its dictionary where the chunk is one
 * (`dictionaryChunkShape`) and the consumer takes it; else from its pages where it is flat
 * (`flatChunkShape`) and asked for; else decoded.
 */
export function planGroups(
  metadata: FileMetaData,
  wanted: readonly string[],
  reading: ChunkReading,
): GroupPlan[] {
  const { countsNulls, takesDictionary, readsPages } = reading;
  const nullCounts = countsNulls ? nullCountsOf(metadata) : [];
  const mayHoldText = cellsMayHoldText(metadata);
  return metadata.row_groups.map((group, g) => {
    const plan: GroupPlan = {
      rows: Number(group.num_rows),
      counted: new Map(),
      dictionaries: new Map(),
      flats: new Map(),
      decoded: [],
    };
    for (const name of wanted) {
      const nulls = nullCounts[g]?.get(name);
      const exact = nulls === 0 || nulls === plan.rows;
      if (exact && countsNulls?.({ name, mayHoldText: mayHoldText.get(name) ?? true })) {
        plan.counted.set(name, (nulls as number) > 0);
        continue;
      }
      const dictionary = takesDictionary ? dictionaryChunkShape(metadata, g, name) : undefined;
      if (dictionary && takesDictionary?.(name, dictionary.numeric)) {
        plan.dictionaries.set(name, dictionary);
        continue;
      }
      const flat = readsPages ? flatChunkShape(metadata, g, name) : undefined;
      if (flat) plan.flats.set(name, flat);
      else plan.decoded.push(name);
    }
    return plan;
  });
}
