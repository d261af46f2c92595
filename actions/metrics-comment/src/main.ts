import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import * as core from "@actions/core";
import { type CommentInput, type RenderedComment, renderComment, type Trend } from "@mlops-actions/comment";
import { MAX_COMMENT_LENGTH } from "@mlops-actions/github/sticky-comment";
import {
  ARTIFACT_SERVICE_MISSING,
  addToSummary,
  artifactServiceAvailable,
  type GitHubContext,
  getContext,
  html,
  run,
  setOutput,
  workspaceRelative,
  writeReport,
  writeSummary,
} from "@mlops-actions/kit";
import type { CollectedReport } from "./collect-reports.ts";
import { commentRequest, findForwardedComments, uploadCommentArtifact } from "./forward.ts";
import { type Inputs, readInputs } from "./inputs.ts";
import type { PostOutcome } from "./post-comment.ts";
import { runVersion } from "./target.ts";
import { type CommentTarget, forwardedTarget, isForbidden, isWarning, ownTarget } from "./targets.ts";
import { keyMetrics } from "./trend-series.ts";

/** The runner refuses job summaries over 1 MiB; stay well below in UTF-8 bytes. */
const SUMMARY_BUDGET = 600_000;

await run(async () => {
  const inputs = await readInputs();
  const context = getContext();
  // In a workflow_run workflow, the downloaded mlops-comment-* artifacts name what to post where.
  const forwarded =
    context.eventName === "workflow_run" ? await findForwardedComments(inputs.reports ?? []) : [];
  const targets =
    forwarded.length > 0
      ? await Promise.all(forwarded.map((comment) => forwardedTarget(comment, context, inputs)))
      : [await ownTarget(inputs, context)];
  const results: CommentResult[] = [];
  for (const target of targets) results.push(await comment(target, inputs, context));
  await writeSummary();

  const last = results.at(-1) as CommentResult;
  await writeReport({
    action: "metrics-comment",
    status: results.some((result) => isWarning(result.outcome)) ? "warn" : "pass",
    summary: results.map((result) => result.said).join("; "),
    data: {
      ...reportData(last, inputs),
      ...(forwarded.length > 0 && {
        forwarded: results.map((result) => ({
          key: result.target.key,
          section: result.target.section,
          pullRequest: result.target.prNumber ?? 0,
          outcome: outcomeName(result.outcome),
        })),
      }),
    },
  });
});

interface CommentResult {
  target: CommentTarget;
  outcome: PostOutcome;
  rendered: RenderedComment;
  markdownFile: string;
  said: string;
  artifact?: { name: string; id?: number };
}

/** Renders one section, posts it (or says why not), and writes the markdown file and the summary. */
async function comment(
  target: CommentTarget,
  inputs: Inputs,
  context: GitHubContext,
): Promise<CommentResult> {
  const trends = target.forwarded || target.refusal ? [] : await trendsFor(target, inputs, context);
  const input: CommentInput = {
    title: target.section,
    reports: target.reports,
    runUrl: target.runUrl,
    ...(trends.length > 0 && { trends }),
  };
  let rendered: RenderedComment = renderComment(input, MAX_COMMENT_LENGTH - 1_000);
  let outcome: PostOutcome;
  if (target.refusal) outcome = { kind: "head-mismatch", reason: target.refusal };
  else {
    // Octokit is loaded only when there is something to post.
    const { postSection } = await import("./post-comment.ts");
    outcome = await postSection({
      context: { ...context, runUrl: target.runUrl },
      ...(inputs.token && { token: inputs.token }),
      ...(target.prNumber !== undefined && { prNumber: target.prNumber }),
      key: target.key,
      section: target.section,
      mode: inputs.mode,
      skipUnchanged: inputs.skipUnchanged,
      render: (budget) => {
        rendered = renderComment(input, budget);
        return rendered.markdown;
      },
    });
  }

  const name = target.forwarded ? `${target.key}-${target.section}` : target.key;
  const markdownFile = path.join(
    context.runnerTemp,
    "mlops-actions",
    "metrics-comment",
    `${safeName(name)}.md`,
  );
  await mkdir(path.dirname(markdownFile), { recursive: true });
  await writeFile(markdownFile, `${rendered.markdown}\n`);
  setOutput("markdown", markdownFile);
  const posted = outcome.kind === "posted" ? outcome.result.comment : undefined;
  setOutput("comment-id", posted ? String(posted.id) : "");
  setOutput("comment-url", posted?.url ?? "");

  if (outcome.kind === "head-mismatch")
    core.warning(`Did not post the '${target.key}' comment: ${outcome.reason}.`);
  else if (outcome.kind === "read-only") {
    core.warning(
      `Could not post the '${target.key}' comment: ${outcome.reason}. This is expected on pull requests from forks: ` +
        "the comment is in the job summary, in the `markdown` output and in an artifact; the metrics-comment-from-fork " +
        "workflow_run template posts it (see the metrics-comment README, 'Fork pull requests').",
    );
  }
  const artifact = await forwardIfForbidden(target, outcome, rendered, context);
  const said = describe(outcome, target.key) + (artifact ? `; kept in the artifact ${artifact.name}` : "");
  if (!isWarning(outcome)) core.info(said);

  const full = renderComment(
    { ...input, fullTableAt: "every row is in the evaluate-gate report (its `report` output)" },
    SUMMARY_BUDGET,
  );
  addToSummary(html(`\n\n${full.markdown}\n\n`));
  if (outcome.kind !== "posted") addToSummary(html(`<p><em>${said}</em></p>\n`));
  return { target, outcome, rendered, markdownFile, said, ...(artifact && { artifact }) };
}

/** The key metrics on recent base-branch runs; loaded on use, as it needs Octokit and the artifact client. */
async function trendsFor(target: CommentTarget, inputs: Inputs, context: GitHubContext): Promise<Trend[]> {
  const metrics = keyMetrics(target.reports);
  if (!inputs.token || metrics.length === 0) return [];
  const { baseBranchTrends } = await import("./base-history.ts");
  const tempDir = path.join(context.runnerTemp, "mlops-actions", "metrics-comment", "history");
  await mkdir(tempDir, { recursive: true });
  return baseBranchTrends({ context, token: inputs.token, metrics, tempDir });
}

/**
 * A token that may not write (a fork pull request) leaves the comment to a workflow_run workflow or the
 * bot: upload it with the reports. A failed upload is a warning; the comment is still in the summary.
 */
async function forwardIfForbidden(
  target: CommentTarget,
  outcome: PostOutcome,
  rendered: RenderedComment,
  context: GitHubContext,
): Promise<{ name: string; id?: number } | undefined> {
  if (target.forwarded || !isForbidden(outcome)) return undefined;
  const pullRequest = target.prNumber ?? context.pullRequestNumber;
  if (pullRequest === undefined || !context.repository) return undefined;
  if (!artifactServiceAvailable()) {
    core.notice(`The comment was not uploaded as an artifact: ${ARTIFACT_SERVICE_MISSING}.`);
    return undefined;
  }
  const version = runVersion(context);
  try {
    return await uploadCommentArtifact({
      request: commentRequest({
        repository: context.repository,
        pullRequest,
        headSha: version.sha,
        key: target.key,
        section: target.section,
        run: { id: context.runId, attempt: context.runAttempt, url: context.runUrl },
      }),
      markdown: rendered.markdown,
      reportFiles: target.reportFiles,
      tempDir: path.join(context.runnerTemp, "mlops-actions", "metrics-comment"),
    });
  } catch (error) {
    core.warning(
      `Could not upload the comment artifact: ${error instanceof Error ? error.message : String(error)}`,
    );
    return undefined;
  }
}

function reportData(result: CommentResult, inputs: Inputs): Record<string, unknown> {
  const { target, outcome, rendered, artifact } = result;
  const posted = outcome.kind === "posted" ? outcome.result.comment : undefined;
  return {
    key: target.key,
    section: target.section,
    mode: inputs.mode,
    outcome: outcomeName(outcome),
    ...(posted && { comment: { id: posted.id, url: posted.url } }),
    ...(outcome.kind === "posted" && { attempts: outcome.result.attempts }),
    ...(artifact && { artifact }),
    markdown: result.markdownFile,
    length: rendered.markdown.length,
    detail: rendered.level,
    omittedRows: rendered.omittedRows,
    reports: target.reports.map((report: CollectedReport) => ({
      action: report.action,
      status: report.status,
      ...(report.file && { file: workspaceRelative(report.file) }),
    })),
  };
}

function outcomeName(outcome: PostOutcome): string {
  return outcome.kind === "posted" ? outcome.result.outcome : outcome.kind;
}

function describe(outcome: PostOutcome, key: string): string {
  if (outcome.kind !== "posted") return `The '${key}' comment was not posted: ${outcome.reason}`;
  const { result } = outcome;
  const where = result.comment ? ` (${result.comment.url})` : "";
  switch (result.outcome) {
    case "created":
      return `Created the '${key}' comment${where}`;
    case "updated":
      return `Updated the '${key}' comment${where}`;
    case "unchanged":
      return `The '${key}' comment is unchanged; nothing written${where}`;
    case "skipped-newer":
      return `Left the '${key}' comment alone: ${result.reason ?? "a later run wrote it"}${where}`;
  }
}

function safeName(text: string): string {
  return text.replace(/[^A-Za-z0-9_.-]+/g, "_").slice(0, 100) || "comment";
}
