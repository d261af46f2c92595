import { type CheckResult, exampleText } from "./check-result.ts";
import { FILE_PROBLEM_KINDS, type FileProblem } from "./reader-types.ts";

const KIND_TITLES: Record<FileProblem["kind"], string> = {
  unreadable: "unreadable file",
  "empty-file": "empty file",
  "header-only": "header but no rows",
  "duplicate-columns": "duplicate column names",
  "ragged-row": "rows with the wrong number of fields",
  "unterminated-quote": "unterminated quote",
  "malformed-csv": "malformed CSV",
  "invalid-utf8": "invalid UTF-8",
  "nul-byte": "NUL bytes",
  "record-too-long": "record too long",
  "wrong-delimiter": "wrong delimiter",
  "invalid-json": "invalid JSON",
  "not-an-object": "JSON line that is not an object",
};

/** One failed check per kind of file problem, each listing where it happened. */
export function fileProblemResults(
  problems: readonly FileProblem[],
  maxExamples: number,
  show: (file: string) => string = (file) => file,
): CheckResult[] {
  return FILE_PROBLEM_KINDS.flatMap((kind): CheckResult[] => {
    const found = problems.filter((problem) => problem.kind === kind);
    const [first] = found;
    if (!first) return [];
    const at = first.line === undefined ? show(first.file) : `${show(first.file)}:${first.line}`;
    const more = found.length > 1 ? ` (and ${found.length - 1} more)` : "";
    return [
      {
        scope: "file",
        id: `file.${kind}`,
        check: kind,
        expected: `no ${KIND_TITLES[kind]}`,
        status: "fail",
        severity: "error",
        message: `${KIND_TITLES[kind]}: ${at}: ${first.message}${more}`,
        unexpected: found.length,
        examples: found.slice(0, maxExamples).map((problem) => ({
          value: exampleText(problem.message),
          file: problem.file,
          ...(problem.line === undefined ? {} : { line: problem.line }),
        })),
      },
    ];
  });
}
