import { type ActionRun, type Annotation, SecretMasker } from "@mlops-actions/runner";

const entities: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&nbsp;": " ",
};

/**
 * Job summary markdown for a terminal: markdown (tables, headings, lists) kept, HTML turned into plain
 * text (`<summary>` becomes its text, `<br>` a line break, other tags dropped, entities decoded).
 */
export function summaryToText(markdown: string): string {
  return markdown
    .replace(/<h([1-6])(\s[^>]*)?>([\s\S]*?)<\/h\1>/gi, (_, level: string, _attributes, title: string) => {
      return `\n${"#".repeat(Number(level))} ${title}\n`;
    })
    .replace(/<tr(\s[^>]*)?>([\s\S]*?)<\/tr>/gi, (_, _attributes, cells: string) => `\n${tableRow(cells)}`)
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/?(p|div|details)(\s[^>]*)?>/gi, "\n")
    .replace(/<summary(\s[^>]*)?>([\s\S]*?)<\/summary>/gi, "\n$2\n")
    .replace(/<\/?[a-z][a-z0-9-]*(\s[^>]*)?\/?>/gi, "")
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (entity) => entities[entity] ?? entity)
    .replace(/&#(x[0-9a-f]+|[0-9]+);/gi, (_, code: string) =>
      String.fromCodePoint(
        code[0] === "x" || code[0] === "X" ? Number.parseInt(code.slice(1), 16) : Number(code),
      ),
    )
    .replace(/\u200d/g, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** `<td>a</td><th>b</th>` → `| a | b |`, so an HTML table reads as a markdown one. */
function tableRow(cells: string): string {
  const values = [...cells.matchAll(/<t[dh](?:\s[^>]*)?>([\s\S]*?)<\/t[dh]>/gi)].map((match) =>
    (match[1] ?? "").replace(/\s*\n\s*/g, " ").trim(),
  );
  return `| ${values.join(" | ")} |`;
}

/** `file:line: level: message`, or `level: message` when the annotation names no file. */
export function formatAnnotation(annotation: Annotation): string {
  const place = annotation.file
    ? `${annotation.file}${annotation.line !== undefined ? `:${annotation.line}` : ""}: `
    : "";
  const title = annotation.title ? `${annotation.title}: ` : "";
  return `${place}${annotation.level}: ${title}${annotation.message}`.replaceAll("\n", "\n    ");
}

/** The readable report printed after the action's live log. */
export function formatRunReport(run: ActionRun): string {
  const lines: string[] = [""];
  // Outputs are not part of the log, so the runner never masks them; a terminal is a log, so mask here.
  const masker = new SecretMasker();
  for (const secret of run.masks) masker.add(secret);
  const outputs = Object.entries(run.outputs).map(([name, value]) => [name, masker.mask(value)] as const);
  lines.push("Outputs:");
  if (outputs.length === 0) lines.push("  (none)");
  for (const [name, value] of outputs) {
    const [first, ...more] = value.split("\n");
    lines.push(`  ${name}: ${first}`, ...more.map((line) => `    ${line}`));
  }
  const summaries = [run.pre?.summary, run.summary, run.post?.summary].filter((text) => text);
  if (summaries.length > 0) {
    lines.push(
      "",
      "Job summary:",
      ...summaryToText(summaries.join("\n"))
        .split("\n")
        .map((line) => `  ${line}`),
    );
  }
  const annotations = [...(run.pre?.annotations ?? []), ...run.annotations, ...(run.post?.annotations ?? [])];
  if (annotations.length > 0) {
    lines.push("", "Annotations:", ...annotations.map((annotation) => `  ${formatAnnotation(annotation)}`));
  }
  const notes = [...(run.pre?.notes ?? []), ...run.notes, ...(run.post?.notes ?? [])];
  if (notes.length > 0) lines.push("", "Notes:", ...notes.map((note) => `  ${note}`));
  const status = run.timedOut ? "timed out" : run.outcome === "success" ? "succeeded" : "failed";
  lines.push("", `Action ${status} (exit code ${run.exitCode}) in ${run.durationMs} ms.`);
  return `${lines.join("\n")}\n`;
}
