import type { ReportStatus } from "@mlops-actions/kit";
import type { RowStatus } from "@mlops-actions/metrics";

/** How a metric row's gate verdict reads in the table. */
export const ROW_LABELS: Record<RowStatus, string> = {
  fail: "❌ failed",
  warn: "⚠️ warning",
  missing: "❔ missing",
  "non-finite": "⚠️ not finite",
  "non-numeric": "➖ not a number",
  info: "ℹ️ info",
  skipped: "⏭️ skipped",
  "regressed-ok": "🔻 worse, allowed",
  removed: "🗑️ removed",
  new: "🆕 new",
  "within-noise": "➖ within noise",
  improved: "🟢 improved",
  pass: "✅ passed",
};

/** Rows a reader can skip when space is short: nothing happened to them. */
export const UNCHANGED_STATUSES: ReadonlySet<string> = new Set(["pass", "within-noise", "non-numeric"]);

export type Verdict = "passed" | "warned" | "blocked";

const ORDER: Record<ReportStatus, number> = { pass: 0, warn: 1, fail: 2, error: 3 };

/** The worst of some report statuses (pass when there are none). */
export function worstStatus(statuses: Iterable<ReportStatus>): ReportStatus {
  let worst: ReportStatus = "pass";
  for (const status of statuses) if ((ORDER[status] ?? 3) > ORDER[worst]) worst = status;
  return worst;
}

export function verdictOf(status: ReportStatus): Verdict {
  return status === "pass" ? "passed" : status === "warn" ? "warned" : "blocked";
}

export const VERDICT_HEADLINES: Record<Verdict, string> = {
  passed: "✅ Passed",
  warned: "⚠️ Passed with warnings",
  blocked: "❌ Blocked",
};

export const STATUS_ICONS: Record<ReportStatus, string> = {
  pass: "✅",
  warn: "⚠️",
  fail: "❌",
  error: "💥",
};
