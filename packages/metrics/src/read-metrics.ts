import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { flattenMetrics } from "./flatten.ts";
import { parseJson } from "./json-parse.ts";
import { readTable } from "./read-table.ts";
import { SourceError } from "./source-error.ts";
import type { MetricValue } from "./value.ts";
import { fromYamlError } from "./yaml-error.ts";

export type MetricsFormat = "json" | "yaml" | "csv" | "tsv";

/** The metrics of one file, flattened, in file order. */
export interface MetricsFile {
  file: string;
  format: MetricsFormat;
  metrics: Map<string, MetricValue>;
}

const BY_EXTENSION: Record<string, MetricsFormat> = {
  ".json": "json",
  ".yaml": "yaml",
  ".yml": "yaml",
  ".csv": "csv",
  ".tsv": "tsv",
};

/** The format named by the file's extension, or undefined when the extension says nothing. */
export function formatFromExtension(path: string): MetricsFormat | undefined {
  return BY_EXTENSION[extname(path).toLowerCase()];
}

/**
 * Guesses the format of text whose extension says nothing (`.txt`, `.metrics`, none):
 * `{` or `[` first → JSON; a tab in the first line → TSV; a comma and no `: ` in the first line → CSV;
 * otherwise YAML.
 */
export function sniffFormat(text: string): MetricsFormat {
  const body = text.replace(/^\uFEFF/, "").trimStart();
  if (body.startsWith("{") || body.startsWith("[")) return "json";
  const firstLine = body.split(/\r?\n/, 1)[0] ?? "";
  if (firstLine.includes("\t")) return "tsv";
  if (firstLine.includes(",") && !/:\s/.test(firstLine)) return "csv";
  return "yaml";
}

/** Reads one metrics file; the format comes from the extension, else from the content. */
export async function readMetricsFile(path: string): Promise<MetricsFile> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "file not found" : `cannot read the file (${code ?? String(error)})`;
    throw new SourceError({ file: path }, reason);
  }
  return parseMetrics(text, formatFromExtension(path) ?? "auto", path);
}

/** Parses metrics text; `sourceName` is the file name errors point at. */
export function parseMetrics(text: string, format: MetricsFormat | "auto", sourceName: string): MetricsFile {
  const resolved = format === "auto" ? sniffFormat(text) : format;
  return { file: sourceName, format: resolved, metrics: parseAs(text, resolved, sourceName) };
}

function parseAs(text: string, format: MetricsFormat, file: string): Map<string, MetricValue> {
  switch (format) {
    case "json":
      return flattenMetrics(parseJson(text, file), file);
    case "yaml":
      return flattenMetrics(parseYaml(text, file), file);
    case "csv":
      return readTable(text, ",", file);
    case "tsv":
      return readTable(text, "\t", file);
  }
}

function parseYaml(text: string, file: string): unknown {
  const document = parseDocument(text, { lineCounter: new LineCounter(), prettyErrors: true });
  const [error] = document.errors;
  if (error) throw fromYamlError(error, file);
  return document.toJS();
}
