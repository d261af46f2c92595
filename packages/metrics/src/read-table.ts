import { SourceError } from "./source-error.ts";
import { parseDelimited, type TableRow } from "./table-parse.ts";
import { coerceValue, type MetricValue, parseNumber } from "./value.ts";

const NAME_HEADERS = new Set(["name", "metric", "key", "metric_name"]);
const VALUE_HEADERS = new Set(["value", "score", "metric_value"]);

/**
 * Reads metrics from CSV or TSV in one of two shapes, decided in this order:
 * 1. a long table with a `name,value` header (first cell name|metric|key|metric_name, second
 *    value|score|metric_value, any case) — one metric per following row;
 * 2. a wide table — exactly two rows of equal width whose first row holds no number: the names, then
 *    the values;
 * 3. a long table without header — every row has exactly two cells, name then value.
 * Anything else is an error naming the row that does not fit.
 */
export function readTable(text: string, delimiter: "," | "\t", file: string): Map<string, MetricValue> {
  const { rows, unterminatedQuoteLine } = parseDelimited(text, delimiter);
  if (unterminatedQuoteLine !== undefined) {
    throw new SourceError({ file, line: unterminatedQuoteLine }, "unterminated quoted cell");
  }
  const [first, second] = rows;
  if (!first) throw new SourceError({ file }, "no metrics: the file has no rows");
  if (isNameValueHeader(first)) return readLong(rows.slice(1), file);
  if (rows.length === 2 && second && isWide(first, second)) return readWide(first, second, file);
  return readLong(rows, file);
}

function isNameValueHeader(row: TableRow): boolean {
  const [name, value] = row.cells.map((c) => c.toLowerCase());
  return row.cells.length === 2 && NAME_HEADERS.has(name ?? "") && VALUE_HEADERS.has(value ?? "");
}

function isWide(header: TableRow, values: TableRow): boolean {
  return (
    header.cells.length === values.cells.length && header.cells.every((c) => parseNumber(c) === undefined)
  );
}

function readWide(header: TableRow, values: TableRow, file: string): Map<string, MetricValue> {
  const metrics = new Map<string, MetricValue>();
  header.cells.forEach((name, i) => {
    addMetric(metrics, name, values.cells[i] ?? "", file, header.line);
  });
  return metrics;
}

function readLong(rows: TableRow[], file: string): Map<string, MetricValue> {
  const metrics = new Map<string, MetricValue>();
  for (const row of rows) {
    if (row.cells.length !== 2) {
      throw new SourceError(
        { file, line: row.line },
        `expected 2 cells (name, value), found ${row.cells.length}; a metrics table is either ` +
          "'name,value' rows or one header row followed by one row of values",
      );
    }
    const [name = "", value = ""] = row.cells;
    addMetric(metrics, name, value, file, row.line);
  }
  return metrics;
}

function addMetric(
  metrics: Map<string, MetricValue>,
  name: string,
  cell: string,
  file: string,
  line: number,
): void {
  if (name === "") throw new SourceError({ file, line }, "empty metric name");
  if (metrics.has(name)) throw new SourceError({ file, line }, `metric '${name}' is defined twice`);
  metrics.set(name, coerceValue(cell));
}
