import { escapeMarkdown } from "@mlops-actions/kit";
import { genericBody } from "./generic.ts";
import { STATUS_ICONS } from "./status.ts";
import type { CommentReport } from "./types.ts";

/** Section titles of the actions we know; any other action is shown under its own name. */
export const SECTION_TITLES: Record<string, string> = {
  "validate-data": "Data validation",
  "drift-check": "Drift",
  train: "Training",
  "build-model-image": "Image",
  deploy: "Deployment",
};

/** The order sections appear in: the pipeline's order, unknown actions last (by name). */
export function sectionOrder(action: string): number {
  const index = Object.keys(SECTION_TITLES).indexOf(action);
  return index === -1 ? 100 : index;
}

export function reportTitle(report: CommentReport): string {
  return SECTION_TITLES[report.action] ?? escapeMarkdown(report.action);
}

/** One line: icon, title, the report's own summary. */
export function reportLine(report: CommentReport): string {
  const icon = STATUS_ICONS[report.status] ?? "❔";
  return `${icon} <b>${reportTitle(report)}</b>: ${escapeMarkdown(report.summary)}`;
}

/** A collapsible section with the report's details, or its one line when there are none or `collapsed`. */
export function reportSection(report: CommentReport, collapsed: boolean): string {
  const body = collapsed ? "" : genericBody(report.data ?? {});
  if (!body) return reportLine(report);
  const open = report.status === "fail" || report.status === "error" ? " open" : "";
  return `<details${open}><summary>${reportLine(report)}</summary>\n\n${body}\n\n</details>`;
}
