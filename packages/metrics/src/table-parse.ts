/** One parsed row of a delimited file, with the line it started on. */
export interface TableRow {
  line: number;
  cells: string[];
}

/**
 * RFC 4180 reading of CSV or TSV text: quoted cells may hold the delimiter, doubled quotes and line
 * breaks. Blank lines are skipped; cells are trimmed. Returns the line of an unterminated quote instead
 * of throwing, so the caller can phrase the error.
 */
export function parseDelimited(
  text: string,
  delimiter: "," | "\t",
): { rows: TableRow[]; unterminatedQuoteLine?: number } {
  const rows: TableRow[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 0;
  const endRow = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== "")) rows.push({ line: rowLine, cells: cells.map((c) => c.trim()) });
    cells = [];
    cell = "";
  };
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === "\n") line++;
        cell += c;
      }
    } else if (c === '"' && cell.trim() === "") {
      quoted = true;
      quoteLine = line;
      cell = "";
    } else if (c === delimiter) {
      cells.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRow();
      line++;
      rowLine = line;
    } else {
      cell += c;
    }
  }
  if (quoted) return { rows, unterminatedQuoteLine: quoteLine };
  endRow();
  return { rows };
}
