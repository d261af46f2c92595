import { readFile } from "node:fs/promises";
import { SourceError } from "@mlops-actions/metrics/source-error";
import { isMap, LineCounter, type Node, parseDocument } from "yaml";
import { parseColumn } from "./parse-column.ts";
import { parseDataset } from "./parse-dataset.ts";
import type { DataSchema } from "./schema.ts";
import { isEmptyValue, YamlReader } from "./yaml-nodes.ts";

export const SCHEMA_KEYS = ["version", "columns", "dataset", "null-values"] as const;

/**
 * Reads a schema file (YAML; a `.json` file is a Great Expectations suite, see `parseGxSuite`). Errors
 * and rule locations name it `displayName`.
 */
export async function readSchemaFile(file: string, displayName = file): Promise<DataSchema> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const reason =
      error instanceof Error && "code" in error && error.code === "ENOENT"
        ? "the file does not exist"
        : String(error);
    throw new SourceError({ file: displayName }, `cannot read the schema: ${reason}`);
  }
  if (file.toLowerCase().endsWith(".json")) {
    const { parseGxSuite } = await import("./gx-suite.ts");
    return parseGxSuite(text, displayName);
  }
  return parseSchema(text, displayName);
}

/**
 * Parses a data schema (YAML). Every mistake is a `SourceError` naming `file:line:col`, with a
 * "did you mean" for misspelt keys and values.
 */
export function parseSchema(text: string, file: string): DataSchema {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const reader = new YamlReader(file, lines);
  const [firstError] = document.errors;
  if (firstError) {
    const { line, col } = lines.linePos(firstError.pos[0]);
    const reason = firstError.message.split(/ at line \d+, column \d+/)[0] ?? firstError.message;
    throw new SourceError({ file, line, column: col }, `invalid YAML: ${reason.trim()}`);
  }
  const root = document.contents as Node | null;
  if (!root || !isMap(root))
    return reader.fail(root, "the schema must be a mapping with 'columns' and/or 'dataset'");
  const entries = reader.entries(root, "the schema", SCHEMA_KEYS);
  const entryValue = (key: string) => entries.find((entry) => entry.key === key)?.value;
  const version = entryValue("version");
  if (version && reader.number(version, "version") !== 1) reader.fail(version, "version must be 1");
  const columnsNode = entryValue("columns");
  const columns =
    columnsNode && !isEmptyValue(columnsNode)
      ? reader
          .entries(columnsNode, "columns")
          .map(({ key, keyNode, value }) => parseColumn(reader, key, keyNode, value))
      : [];
  const nullNode = entryValue("null-values");
  const nullValues = nullNode
    ? reader.list(nullNode, "null-values").map((item) => String(reader.scalar(item, "a null value")))
    : [];
  return { file, columns, dataset: parseDataset(reader, entryValue("dataset")), nullValues };
}
