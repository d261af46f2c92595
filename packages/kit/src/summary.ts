import { constants } from "node:fs";
import { access, appendFile } from "node:fs/promises";
import { EOL } from "node:os";
import { escapeMarkdown } from "./markdown.ts";
import { info } from "./workflow-commands.ts";

/**
 * Job summary helpers over a buffer of this step's section. Every string parameter is user text and gets
 * escaped; trusted markup is passed as `Html` (from the renderers below or `html()`), so escaping is
 * never forgotten.
 */
export interface Html {
  readonly html: string;
}

export type Cell = string | number | Html;

export function html(trusted: string): Html {
  return { html: trusted };
}

export function text(userText: string): Html {
  return { html: escapeMarkdown(userText) };
}

function cellHtml(cell: Cell): string {
  if (typeof cell === "number") return String(cell);
  return typeof cell === "string" ? escapeMarkdown(cell) : cell.html;
}

export function headingHtml(title: string, level: 1 | 2 | 3 | 4 | 5 | 6 = 2): Html {
  return html(`<h${level}>${escapeMarkdown(title)}</h${level}>`);
}

export function tableHtml(header: readonly Cell[], rows: readonly (readonly Cell[])[]): Html {
  const head = `<tr>${header.map((cell) => `<th>${cellHtml(cell)}</th>`).join("")}</tr>`;
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cellHtml(cell)}</td>`).join("")}</tr>`);
  return html(`<table>${head}${body.join("")}</table>`);
}

/** A collapsible section: the label is user text, the content trusted markup. */
export function detailsHtml(label: string, content: Html, open = false): Html {
  return html(
    `<details${open ? " open" : ""}><summary>${escapeMarkdown(label)}</summary>\n\n${content.html}\n\n</details>`,
  );
}

/** A code block whose content is shown verbatim (HTML-escaped, never interpreted). */
export function codeBlockHtml(code: string, lang?: string): Html {
  const escaped = code.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const langAttribute = lang && /^[\w+-]+$/.test(lang) ? ` lang="${lang}"` : "";
  return html(`<pre${langAttribute}><code>${escaped}</code></pre>`);
}

/** The section being built, written (and emptied) by `writeSummary`. */
let buffer = "";

export function addToSummary(...parts: Html[]): void {
  for (const part of parts) buffer += part.html + EOL;
}

export function addHeading(title: string, level: 1 | 2 | 3 | 4 | 5 | 6 = 2): void {
  addToSummary(headingHtml(title, level));
}

export function addTable(header: readonly Cell[], rows: readonly (readonly Cell[])[]): void {
  addToSummary(tableHtml(header, rows));
}

export function addDetails(label: string, content: Html, open = false): void {
  addToSummary(detailsHtml(label, content, open));
}

export function addCodeBlock(code: string, lang?: string): void {
  addToSummary(codeBlockHtml(code, lang));
}

export function addParagraph(userText: string): void {
  addToSummary(html(`<p>${escapeMarkdown(userText)}</p>`));
}

/**
 * Appends the buffered section to the job summary file. Without GITHUB_STEP_SUMMARY (a local run) the
 * buffer is printed to the log instead, so nothing is lost.
 */
export async function writeSummary(): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) {
    info(buffer);
    buffer = "";
    return;
  }
  try {
    await access(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(
      `Unable to access summary file: '${file}'. Check if the file has read/write permissions.`,
    );
  }
  const section = buffer;
  await appendFile(file, section, { encoding: "utf8" });
  buffer = buffer.slice(section.length);
}
