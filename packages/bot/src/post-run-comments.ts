import { COMMENT_ARTIFACT_PREFIX, renderComment } from "@mlops-actions/comment";
import { type StickyResult, upsertStickySection } from "@mlops-actions/github/sticky-comment";
import type { GitHubClient } from "@mlops-actions/kit/github";
import { readArtifactComment } from "./artifact-comment.ts";

/** The fields of a `workflow_run` webhook the bot reads. */
export interface WorkflowRunEvent {
  action: string;
  workflow_run: {
    id: number;
    run_attempt?: number;
    event: string;
    head_sha: string;
    html_url: string;
  };
  repository: { name: string; owner: { login: string } };
}

export type SectionOutcome =
  | { artifact: string; outcome: StickyResult["outcome"]; pullRequest: number; commentId?: number }
  | { artifact: string; outcome: "refused"; reason: string };

/**
 * Posts the comments a completed pull request run left in its `mlops-comment-*` artifacts: the same
 * renderer and sticky-comment logic as the action. Each section is posted only when the pull request
 * it names has the head commit that run built, and the artifact names that run's repository and commit.
 */
export async function postRunComments(
  octokit: GitHubClient,
  event: WorkflowRunEvent,
  options: { settleMs?: number } = {},
): Promise<SectionOutcome[]> {
  const run = event.workflow_run;
  const owner = event.repository.owner.login;
  const repo = event.repository.name;
  const artifacts = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
    owner,
    repo,
    run_id: run.id,
    per_page: 100,
  });
  const outcomes: SectionOutcome[] = [];
  for (const artifact of artifacts.filter((a) => a.name.startsWith(`${COMMENT_ARTIFACT_PREFIX}-`))) {
    const refuse = (reason: string) => outcomes.push({ artifact: artifact.name, outcome: "refused", reason });
    if (artifact.expired) {
      refuse("the artifact has expired");
      continue;
    }
    const { data } = await octokit.rest.actions.downloadArtifact({
      owner,
      repo,
      artifact_id: artifact.id,
      archive_format: "zip",
    });
    const comment = readArtifactComment(new Uint8Array(data as ArrayBuffer));
    if (!comment) {
      refuse("the artifact holds no well-formed mlops-comment.json");
      continue;
    }
    const { request } = comment;
    if (request.repository.toLowerCase() !== `${owner}/${repo}`.toLowerCase()) {
      refuse(`the artifact names repository ${request.repository}`);
      continue;
    }
    if (request.headSha !== run.head_sha.toLowerCase()) {
      refuse(
        `the artifact names commit ${request.headSha.slice(0, 7)}, not the run's ${run.head_sha.slice(0, 7)}`,
      );
      continue;
    }
    const { data: pull } = await octokit.rest.pulls.get({ owner, repo, pull_number: request.pullRequest });
    if (pull.head.sha !== run.head_sha) {
      refuse(`pull request #${request.pullRequest} has head ${pull.head.sha.slice(0, 7)}, not the run's`);
      continue;
    }
    const input = { title: request.section, reports: comment.reports, runUrl: run.html_url };
    const result = await upsertStickySection(octokit, {
      owner,
      repo,
      issueNumber: request.pullRequest,
      app: "metrics-comment",
      key: request.key,
      sectionId: request.section,
      render: (budget) => renderComment(input, budget).markdown,
      version: { sha: run.head_sha, runId: run.id, runAttempt: run.run_attempt ?? 1 },
      mode: "upsert",
      skipUnchanged: true,
      fingerprint: (markdown) => markdown.replaceAll(run.html_url, ""),
      ...(options.settleMs !== undefined && { settleMs: options.settleMs }),
    });
    outcomes.push({
      artifact: artifact.name,
      outcome: result.outcome,
      pullRequest: request.pullRequest,
      ...(result.comment && { commentId: result.comment.id }),
    });
  }
  return outcomes;
}

/** Completed runs of pull requests are the ones whose comments may be waiting. */
export function isCompletedPullRequestRun(payload: unknown): payload is WorkflowRunEvent {
  if (typeof payload !== "object" || payload === null) return false;
  const event = payload as Partial<WorkflowRunEvent>;
  const run = event.workflow_run;
  return (
    event.action === "completed" &&
    typeof run?.id === "number" &&
    typeof run.head_sha === "string" &&
    typeof run.html_url === "string" &&
    typeof event.repository?.owner?.login === "string" &&
    typeof event.repository.name === "string" &&
    (run.event === "pull_request" || run.event === "pull_request_target")
  );
}
