/**
 * Readers of the file commands a step writes (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV, GITHUB_PATH),
 * with the runner's FileCommandManager rules: `NAME=VALUE` lines or `NAME<<DELIMITER` blocks, whichever
 * of "=" and "<<" comes first on the line; empty lines skipped; lines split on LF only (Linux runner).
 */
export class FileCommandFormatError extends Error {
  override name = "FileCommandFormatError";
}

export type KeyValue = readonly [name: string, value: string];

interface LineCursor {
  text: string;
  index: number;
}

function readLine(cursor: LineCursor): { line: string; newline: string | undefined } | undefined {
  if (cursor.index >= cursor.text.length) return undefined;
  const start = cursor.index;
  const lf = cursor.text.indexOf("\n", start);
  if (lf < 0) {
    cursor.index = cursor.text.length;
    return { line: cursor.text.slice(start), newline: undefined };
  }
  cursor.index = lf + 1;
  return { line: cursor.text.slice(start, lf), newline: "\n" };
}

export function parseKeyValueFile(text: string): KeyValue[] {
  const entries: KeyValue[] = [];
  const cursor: LineCursor = { text, index: 0 };
  for (let read = readLine(cursor); read !== undefined; read = readLine(cursor)) {
    const { line } = read;
    if (line === "") continue;
    const equalsIndex = line.indexOf("=");
    const heredocIndex = line.indexOf("<<");
    if (equalsIndex >= 0 && (heredocIndex < 0 || equalsIndex < heredocIndex)) {
      const name = line.slice(0, equalsIndex);
      if (name === "") throw new FileCommandFormatError(`Invalid format '${line}'. Name must not be empty`);
      entries.push([name, line.slice(equalsIndex + 1)]);
    } else if (heredocIndex >= 0) {
      const name = line.slice(0, heredocIndex);
      const delimiter = line.slice(heredocIndex + 2);
      if (name === "" || delimiter === "") {
        throw new FileCommandFormatError(
          `Invalid format '${line}'. Name must not be empty and delimiter must not be empty`,
        );
      }
      entries.push([name, readHeredocValue(cursor, delimiter)]);
    } else {
      throw new FileCommandFormatError(`Invalid format '${line}'`);
    }
  }
  return entries;
}

function readHeredocValue(cursor: LineCursor, delimiter: string): string {
  const start = cursor.index;
  let end = cursor.index;
  for (;;) {
    const read = readLine(cursor);
    if (read === undefined) {
      throw new FileCommandFormatError(`Invalid value. Matching delimiter not found '${delimiter}'`);
    }
    if (read.line === delimiter) return end > start ? cursor.text.slice(start, end) : "";
    if (read.newline === undefined)
      throw new FileCommandFormatError("Invalid value. EOF marker missing new line.");
    end = cursor.index - read.newline.length;
  }
}

/** GITHUB_PATH: one directory a line, empty lines skipped. */
export function parsePathFile(text: string): string[] {
  return text.split("\n").filter((line) => line !== "");
}
