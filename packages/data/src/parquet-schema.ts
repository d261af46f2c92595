import type { FileMetaData } from "hyparquet";

/** The names of the top-level columns, in file order (a nested column counts once). */
export function topLevelColumns(metadata: FileMetaData): string[] {
  const [root, ...elements] = metadata.schema;
  const names: string[] = [];
  let index = 0;
  for (let child = 0; child < (root?.num_children ?? 0); child++) {
    const element = elements[index];
    if (!element) break;
    names.push(element.name);
    index += 1 + descendantCount(elements, index);
  }
  return names;
}

function descendantCount(elements: FileMetaData["schema"], at: number): number {
  const children = elements[at]?.num_children ?? 0;
  let count = 0;
  for (let child = 0; child < children; child++) {
    count += 1 + descendantCount(elements, at + count + 1);
  }
  return count;
}

export function isDateColumn(metadata: FileMetaData, name: string): boolean {
  const element = metadata.schema.find((candidate) => candidate.name === name);
  return element?.converted_type === "DATE" || element?.logical_type?.type === "DATE";
}

/**
 * Whether a top-level column is nested (a struct, list or map, or a repeated field): hyparquet decodes such
 * a column's whole chunk whatever row range is asked for.
 */
export function isNestedColumn(metadata: FileMetaData, name: string): boolean {
  const element = metadata.schema.slice(1).find((candidate) => candidate.name === name);
  return (element?.num_children ?? 0) > 0 || element?.repetition_type === "REPEATED";
}
