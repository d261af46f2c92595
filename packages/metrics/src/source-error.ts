/** A place in a user file; line and column are 1-based. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

/** `file:line:col` (or `file:line`, or `file`) — the prefix editors and annotations understand. */
export function formatLocation(location: SourceLocation): string {
  if (location.line === undefined) return location.file;
  if (location.column === undefined) return `${location.file}:${location.line}`;
  return `${location.file}:${location.line}:${location.column}`;
}

/**
 * A problem in a user file (metrics, policy or rule). The message is always one line,
 * `file:line:col: what is wrong; what was expected`, so it can be printed as is and
 * turned into an annotation from `location`.
 */
export class SourceError extends Error {
  override name = "SourceError";
  readonly location: SourceLocation;
  readonly reason: string;

  constructor(location: SourceLocation, reason: string) {
    const oneLine = reason.replace(/\s*\n\s*/g, " ").trim();
    super(`${formatLocation(location)}: ${oneLine}`);
    this.location = location;
    this.reason = oneLine;
  }
}

/** Turns a 0-based character offset into a 1-based line and column. */
export function locationAt(text: string, offset: number, file: string): SourceLocation {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { file, line, column: end - lineStart + 1 };
}
