import type { FileMetaData, SchemaElement } from "hyparquet";

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

/**
 * For each top-level column of the file, whether a cell of it may be text: false only where the schema
 * says its cells are booleans or numbers (`BOOLEAN`, and `INT32`, `INT64`, `FLOAT`, `DOUBLE` with no
 * annotation but an integer's: a date, a time or a decimal may be read as text); true for the others.
 */
export function cellsMayHoldText(metadata: FileMetaData): ReadonlyMap<string, boolean> {
  return new Map(
    topLevelElements(metadata.schema).map((element) => [
      element.name,
      // A group (nested) may hold anything; a leaf is told by its type.
      Boolean(element.num_children) || !cellsAreNotText(element),
    ]),
  );
}

function cellsAreNotText(element: SchemaElement): boolean {
  const { type, logical_type: logical, converted_type: converted } = element;
  if (type === "BOOLEAN") return logical === undefined && converted === undefined;
  if (type === "FLOAT" || type === "DOUBLE") return logical === undefined && converted === undefined;
  if (type !== "INT32" && type !== "INT64") return false;
  if (logical !== undefined) return logical.type === "INTEGER";
  return converted === undefined || INTEGERS.has(converted);
}

const INTEGERS = new Set(["INT_8", "INT_16", "INT_32", "INT_64", "UINT_8", "UINT_16", "UINT_32", "UINT_64"]);

/** The names of the columns at the top of a flattened Parquet schema (the root first, then depth first). */
export function topLevelNames(schema: readonly SchemaElement[]): string[] {
  return topLevelElements(schema).map((element) => element.name);
}

function topLevelElements(schema: readonly SchemaElement[]): SchemaElement[] {
  const elements: SchemaElement[] = [];
  let at = 1;
  for (let child = 0; child < (schema[0]?.num_children ?? 0) && at < schema.length; child++) {
    elements.push(schema[at] as SchemaElement);
    at = afterSubtree(schema, at);
  }
  return elements;
}

function afterSubtree(schema: readonly SchemaElement[], at: number): number {
  let next = at + 1;
  for (let child = 0; child < (schema[at]?.num_children ?? 0) && next < schema.length; child++)
    next = afterSubtree(schema, next);
  return next;
}
