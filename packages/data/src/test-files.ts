import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { readFile } from "./read-dataset.ts";
import type { FileProblem, ReadEvent, ReadOptions, Row } from "./reader-types.ts";
import type { ValidationResult } from "./validate.ts";

/** A temporary folder for a test's files; remove it with `cleanup()`. */
export function tempFiles(): {
  write: (name: string, content: string | Buffer, gzip?: boolean) => string;
  cleanup: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), "data-test-"));
  return {
    write(name, content, gzip = false) {
      const path = join(dir, name);
      writeFileSync(path, gzip ? gzipSync(content) : content);
      return path;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Everything a reader yields for one file, gathered. */
export async function readAll(
  file: string,
  options: ReadOptions = {},
): Promise<{ headers: string[][]; rows: Row[]; problems: FileProblem[]; events: ReadEvent[] }> {
  const headers: string[][] = [];
  const rows: Row[] = [];
  const problems: FileProblem[] = [];
  const events: ReadEvent[] = [];
  for await (const event of readFile(file, options)) {
    events.push(event);
    if (event.kind === "header") headers.push(event.columns);
    else if (event.kind === "rows") rows.push(...event.rows);
    else problems.push(event.problem);
  }
  return { headers, rows, problems, events };
}

/**
 * A result whose means and standard deviations are rounded to 12 significant digits: a split file's are
 * merged from two partial ones (Chan et al.), so they may differ from one pass in the last bits.
 */
export function comparable(result: ValidationResult): unknown {
  return {
    ...result,
    checks: result.checks.map((check) =>
      typeof check.observed === "number" && /stats\.(mean|std)$/.test(check.check)
        ? { ...check, observed: +check.observed.toPrecision(12) }
        : check,
    ),
  };
}
