import { REPORT_SCHEMA, type ReportStatus } from "@mlops-actions/kit";
import type { CommentReport } from "./types.ts";

/** The action whose own reports never go into a comment: they describe the comment itself. */
const COMMENT_ACTION = "metrics-comment";
const STATUSES: ReadonlySet<string> = new Set<ReportStatus>(["pass", "warn", "fail", "error"]);

/**
 * Reads a parsed `mlops-actions/report@1` file as a comment shows it, or undefined for anything else:
 * other JSON, an unknown status, or metrics-comment's own report. A missing summary reads as the status,
 * missing data as `{}`; `createdAt` is "" when absent, so reports still sort.
 */
export function parseCommentReport(value: unknown): (CommentReport & { createdAt: string }) | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const report = value as Record<string, unknown>;
  if (report.schema !== REPORT_SCHEMA || typeof report.action !== "string") return undefined;
  if (report.action === COMMENT_ACTION) return undefined;
  if (typeof report.status !== "string" || !STATUSES.has(report.status)) return undefined;
  const data = typeof report.data === "object" && report.data !== null ? report.data : {};
  return {
    action: report.action,
    status: report.status as ReportStatus,
    summary: typeof report.summary === "string" ? report.summary : report.status,
    data: data as Record<string, unknown>,
    ...(typeof report.job === "string" && { job: report.job }),
    createdAt: typeof report.createdAt === "string" ? report.createdAt : "",
  };
}
