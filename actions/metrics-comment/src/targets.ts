import { type GitHubContext, reportsDir } from "@mlops-actions/kit";
import type { CollectedReport } from "./collect-reports.ts";
import { readReports, reportFilesIn } from "./collect-reports.ts";
import type { ForwardedComment } from "./forward.ts";
import type { Inputs } from "./inputs.ts";
import type { PostOutcome } from "./post-comment.ts";
import { runVersion, sectionLabel } from "./target.ts";

/** One section to render and post: this job's own, or one a pull request's run left in an artifact. */
export interface CommentTarget {
  key: string;
  section: string;
  reports: CollectedReport[];
  reportFiles: string[];
  prNumber?: number;
  runUrl: string;
  /** Set when the section came from an artifact. */
  forwarded: boolean;
  /** Why it must not be posted, found before any GitHub call. */
  refusal?: string;
}

/** This job's section, from its reports (or the `reports` input). */
export async function ownTarget(inputs: Inputs, context: GitHubContext): Promise<CommentTarget> {
  const reportFiles = inputs.reports ?? (await reportFilesIn(reportsDir(context)));
  const reports = await readReports(reportFiles);
  if (inputs.metrics.length > 0 && !reports.some((report) => report.action === "evaluate-gate")) {
    // Loaded on use: the metrics readers (YAML) are only needed without an evaluate-gate report.
    const { diffMetrics } = await import("./direct-metrics.ts");
    reports.push({ ...(await diffMetrics(inputs.metrics, inputs.baseline)), file: "" });
  }
  return {
    key: inputs.key,
    section: sectionLabel(context),
    reports,
    reportFiles: reportFiles.filter((file) => file.endsWith(".json")),
    ...(inputs.prNumber !== undefined && { prNumber: inputs.prNumber }),
    runUrl: context.runUrl,
    forwarded: false,
  };
}

/**
 * A section a pull request's run could not post, found in its artifact. The key, section and pull
 * request are the artifact's (the `pr-number` input wins); the run it speaks for and its link are the
 * triggering run's from the event, which the pull request's code cannot change. The artifact must name
 * that run's repository and head commit; the pull request's head is checked against GitHub later.
 */
export async function forwardedTarget(
  comment: ForwardedComment,
  context: GitHubContext,
  inputs: Inputs,
): Promise<CommentTarget> {
  const { request } = comment;
  const expected = runVersion(context);
  const workflowRun = context.payload.workflow_run as { html_url?: unknown } | undefined;
  let refusal: string | undefined;
  if (request.repository.toLowerCase() !== context.repository.toLowerCase()) {
    refusal = `the artifact names repository ${request.repository}, not ${context.repository}`;
  } else if (request.headSha !== expected.sha) {
    refusal = `the artifact names commit ${request.headSha.slice(0, 7)}, not ${expected.sha.slice(0, 7)}, the commit the triggering run built`;
  }
  return {
    key: request.key,
    section: request.section,
    reports: await readReports(comment.reportFiles),
    reportFiles: comment.reportFiles,
    prNumber: inputs.prNumber ?? request.pullRequest,
    runUrl: typeof workflowRun?.html_url === "string" ? workflowRun.html_url : context.runUrl,
    forwarded: true,
    ...(refusal && { refusal }),
  };
}

/** The token may not write, or there is none: the comment is left to a workflow_run workflow or the bot. */
export const isForbidden = (outcome: PostOutcome): boolean =>
  outcome.kind === "read-only" || outcome.kind === "no-token";

export const isWarning = (outcome: PostOutcome): boolean =>
  outcome.kind === "read-only" || outcome.kind === "head-mismatch";
