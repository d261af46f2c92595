import type { FileMetaData } from "hyparquet";

/**
 * How many nulls each top-level, not nested column of each row group holds, where a file's metadata
 * (`readParquetFooter`) tells it exactly: a `REQUIRED` column holds none, and a column chunk's
 * statistics may carry a `null_count` (pyarrow writes one). One map a row group, by column name; a
 * column it does not tell is absent.
 */
export function nullCountsOf(metadata: FileMetaData): ReadonlyMap<string, number>[] {
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
}
