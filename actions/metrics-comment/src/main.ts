import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import * as core from "@actions/core";
import { type CommentInput, type RenderedComment, renderComment } from "@mlops-actions/comment";
import { MAX_COMMENT_LENGTH } from "@mlops-actions/github/sticky-comment";
import {
  addToSummary,
  getContext,
  html,
  reportsDir,
  run,
  setOutput,
  workspaceRelative,
  writeReport,
  writeSummary,
} from "@mlops-actions/kit";
import { readReports, reportFilesIn } from "./collect-reports.ts";
import { readInputs } from "./inputs.ts";
import type { PostOutcome } from "./post-comment.ts";
import { sectionLabel } from "./target.ts";

/** The runner refuses job summaries over 1 MiB; stay well below in UTF-8 bytes. */
const SUMMARY_BUDGET = 600_000;

await run(async () => {
  const inputs = await readInputs();
  const context = getContext();
  const reports = await readReports(inputs.reports ?? (await reportFilesIn(reportsDir(context))));
  if (inputs.metrics.length > 0 && !reports.some((report) => report.action === "evaluate-gate")) {
    // Loaded on use: the metrics readers (YAML) are only needed without an evaluate-gate report.
    const { diffMetrics } = await import("./direct-metrics.ts");
    reports.push({ ...(await diffMetrics(inputs.metrics, inputs.baseline)), file: "" });
  }
  const section = sectionLabel(context);
  const input: CommentInput = { title: section, reports, runUrl: context.runUrl };
  let rendered: RenderedComment = renderComment(input, MAX_COMMENT_LENGTH - 1_000);

  // Octokit is loaded only when there is something to post.
  const { postSection } = await import("./post-comment.ts");
  const outcome = await postSection({
    context,
    ...(inputs.token && { token: inputs.token }),
    ...(inputs.prNumber !== undefined && { prNumber: inputs.prNumber }),
    key: inputs.key,
    section,
    mode: inputs.mode,
    skipUnchanged: inputs.skipUnchanged,
    render: (budget) => {
      rendered = renderComment(input, budget);
      return rendered.markdown;
    },
  });

  const markdownFile = path.join(
    context.runnerTemp,
    "mlops-actions",
    "metrics-comment",
    `${safeName(inputs.key)}.md`,
  );
  await mkdir(path.dirname(markdownFile), { recursive: true });
  await writeFile(markdownFile, `${rendered.markdown}\n`);
  setOutput("markdown", markdownFile);

  const comment = outcome.kind === "posted" ? outcome.result.comment : undefined;
  setOutput("comment-id", comment ? String(comment.id) : "");
  setOutput("comment-url", comment?.url ?? "");
  const said = describe(outcome, inputs.key);
  if (outcome.kind === "head-mismatch")
    core.warning(`Did not post the '${inputs.key}' comment: ${outcome.reason}.`);
  else if (outcome.kind === "read-only") {
    core.warning(
      `Could not post the '${inputs.key}' comment: ${outcome.reason}. This is expected on pull requests from forks: ` +
        "the comment is in the job summary and in the `markdown` output; a workflow_run workflow can post it " +
        "(see the metrics-comment README, 'Fork pull requests').",
    );
  } else core.info(said);

  const full = renderComment(
    { ...input, fullTableAt: "every row is in the evaluate-gate report (its `report` output)" },
    SUMMARY_BUDGET,
  );
  addToSummary(html(`\n\n${full.markdown}\n\n`));
  if (outcome.kind !== "posted") addToSummary(html(`<p><em>${said}</em></p>\n`));
  await writeSummary();

  await writeReport({
    action: "metrics-comment",
    status: outcome.kind === "read-only" || outcome.kind === "head-mismatch" ? "warn" : "pass",
    summary: said,
    data: {
      key: inputs.key,
      section,
      mode: inputs.mode,
      outcome: outcome.kind === "posted" ? outcome.result.outcome : outcome.kind,
      ...(comment && { comment: { id: comment.id, url: comment.url } }),
      ...(outcome.kind === "posted" && { attempts: outcome.result.attempts }),
      markdown: markdownFile,
      length: rendered.markdown.length,
      detail: rendered.level,
      omittedRows: rendered.omittedRows,
      reports: reports.map((report) => ({
        action: report.action,
        status: report.status,
        ...(report.file && { file: workspaceRelative(report.file) }),
      })),
    },
  });
});

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
