import type { YAMLError } from "yaml";
import { SourceError, type SourceLocation } from "./source-error.ts";

/**
 * The yaml library's errors end with " at line L, column C:" and a multi-line excerpt; keep the first
 * sentence and put the position in front, as every other error here does.
 */
export function fromYamlError(error: YAMLError, file: string): SourceError {
  const reason = error.message.split(/ at line \d+, column \d+/)[0] ?? error.message;
  const start = error.linePos?.[0];
  const location: SourceLocation = start ? { file, line: start.line, column: start.col } : { file };
  return new SourceError(location, lowerFirst(reason.trim()));
}

function lowerFirst(text: string): string {
  return text.length > 1 && /^[A-Z][a-z]/.test(text) ? text[0]?.toLowerCase() + text.slice(1) : text;
}
