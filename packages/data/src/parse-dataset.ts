import { isMap, isSeq, type Node } from "yaml";
import { parseRange } from "./parse-column.ts";
import {
  COLUMN_MATCHES,
  COMPARISON_OPERATORS,
  type ColumnMatch,
  type Comparison,
  type ComparisonOperator,
  type DatasetSpec,
} from "./schema.ts";
import type { YamlReader } from "./yaml-nodes.ts";

export const DATASET_KEYS = [
  "rows",
  "columns",
  "unique",
  "no-duplicate-rows",
  "compare",
  "severity",
] as const;
const COLUMN_SET_KEYS = ["match", "ordered"] as const;

/** Reads `dataset:` — rules about the whole dataset rather than one column. */
export function parseDataset(reader: YamlReader, node: Node | undefined): DatasetSpec {
  const spec: DatasetSpec = {
    uniqueKeys: [],
    noDuplicateRows: false,
    comparisons: [],
    severity: "error",
    keyLocations: {},
  };
  if (!node) return spec;
  for (const { key, keyNode, value } of reader.entries(node, "dataset", DATASET_KEYS)) {
    spec.keyLocations[key] = reader.at(keyNode);
    switch (key) {
      case "rows":
        spec.rows = parseRange(reader, value, "rows");
        break;
      case "columns":
        spec.columns = parseColumnSet(reader, value);
        break;
      case "unique":
        spec.uniqueKeys = reader.list(value, "unique").map((item) => ({
          columns: isSeq(item)
            ? reader.list(item, "a unique key").map((n) => reader.string(n, "a column name"))
            : [reader.string(item, "a column name")],
          location: reader.at(item),
        }));
        break;
      case "no-duplicate-rows":
        spec.noDuplicateRows = reader.boolean(value, "no-duplicate-rows");
        break;
      case "compare":
        spec.comparisons = reader.list(value, "compare").map((item) => parseComparison(reader, item));
        break;
      case "severity":
        spec.severity = reader.oneOf(value, "severity", ["error", "warning"] as const);
        break;
    }
  }
  return spec;
}

function parseColumnSet(reader: YamlReader, node: Node): DatasetSpec["columns"] {
  if (!isMap(node)) return { match: reader.oneOf(node, "columns", COLUMN_MATCHES), ordered: false };
  const set: { match: ColumnMatch; ordered: boolean } = { match: "exact", ordered: false };
  for (const { key, value } of reader.entries(node, "columns", COLUMN_SET_KEYS)) {
    if (key === "match") set.match = reader.oneOf(value, "columns match", COLUMN_MATCHES);
    else set.ordered = reader.boolean(value, "columns ordered");
  }
  return set;
}

const COMPARISON = new RegExp(`^\\s*(.+?)\\s*(${COMPARISON_OPERATORS.join("|")})\\s*(.+?)\\s*$`);

/** `end_date >= start_date`: two column names and one of >=, <=, >, <, ==, !=. */
function parseComparison(reader: YamlReader, node: Node): Comparison {
  const text = reader.string(node, "a comparison");
  const match = COMPARISON.exec(text);
  if (!match?.[1] || !match[3]) {
    return reader.fail(
      node,
      `comparison '${text}' must look like 'end_date >= start_date' (operators ${COMPARISON_OPERATORS.join(" ")})`,
    );
  }
  return {
    left: match[1],
    operator: match[2] as ComparisonOperator,
    right: match[3],
    text,
    location: reader.at(node),
  };
}
