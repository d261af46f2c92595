import { readFileSync } from "node:fs";
import { annotateAll } from "@mlops-actions/kit";

/** One warning annotation per line containing TODO; returns how many there were. */
export function annotateTodos(file: string): number {
  const lines = readFileSync(file, "utf8").split(/\r?\n/);
  const annotations = lines.flatMap((line, index) =>
    line.includes("TODO")
      ? [
          {
            level: "warning" as const,
            message: `TODO left: ${line.trim()}`,
            file,
            line: index + 1,
            title: "TODO",
          },
        ]
      : [],
  );
  annotateAll(annotations);
  return annotations.length;
}
