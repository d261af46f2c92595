import * as core from "@actions/core";
import {
  isReadOnlyTokenError,
  type StickyMode,
  type StickyResult,
  upsertStickySection,
} from "@mlops-actions/github/sticky-comment";
import type { GitHubContext } from "@mlops-actions/kit";
import { type GitHubClient, getOctokitOrSkip } from "@mlops-actions/kit/github";
import { runVersion } from "./target.ts";

export interface PostRequest {
  context: GitHubContext;
  token?: string;
  prNumber?: number;
  key: string;
  section: string;
  mode: StickyMode;
  skipUnchanged: boolean;
  render: (budget: number) => string;
}

export type PostOutcome =
  | { kind: "posted"; result: StickyResult }
  | { kind: "no-pull-request" | "no-token" | "read-only" | "head-mismatch"; reason: string };

/** Tests shorten the settle wait; on GitHub it stays at its default. */
const settleMs = Number(process.env.MLOPS_ACTIONS_COMMENT_SETTLE_MS) || undefined;

/** Posts the section to the pull request's sticky comment, or says why it could not. */
export async function postSection(request: PostRequest): Promise<PostOutcome> {
  const { context } = request;
  const issueNumber = request.prNumber ?? context.pullRequestNumber;
  if (issueNumber === undefined || !context.owner) {
    return {
      kind: "no-pull-request",
      reason: "this run is not about a pull request (set pr-number to name one)",
    };
  }
  const octokit = getOctokitOrSkip(request.token, "the pull request comment");
  if (!octokit) return { kind: "no-token", reason: "no GitHub token was given" };
  try {
    const mismatch = await headMismatch(octokit, context, issueNumber);
    if (mismatch) return { kind: "head-mismatch", reason: mismatch };
    const result = await upsertStickySection(octokit, {
      owner: context.owner,
      repo: context.repo,
      issueNumber,
      app: "metrics-comment",
      key: request.key,
      sectionId: request.section,
      render: request.render,
      version: runVersion(context),
      mode: request.mode,
      skipUnchanged: request.skipUnchanged,
      // The link to this run changes every run; the results are what "unchanged" is about.
      ...(context.runUrl && { fingerprint: (markdown: string) => markdown.replaceAll(context.runUrl, "") }),
      ...(settleMs !== undefined && { settleMs }),
      log: (message) => core.info(message),
    });
    return { kind: "posted", result };
  } catch (error) {
    if (!isReadOnlyTokenError(error)) throw error;
    return {
      kind: "read-only",
      reason: `the token may not write to pull request #${issueNumber} (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}

/**
 * In a workflow_run workflow the pull request number comes from the triggering run's artifact, which a
 * fork controls: post only when that pull request's head is the commit the triggering run built.
 */
async function headMismatch(
  octokit: GitHubClient,
  context: GitHubContext,
  pull: number,
): Promise<string | undefined> {
  if (context.eventName !== "workflow_run") return undefined;
  const expected = runVersion(context).sha;
  const { data } = await octokit.rest.pulls.get({
    owner: context.owner,
    repo: context.repo,
    pull_number: pull,
  });
  if (data.head.sha === expected) return undefined;
  return (
    `pull request #${pull} has head ${data.head.sha.slice(0, 7)}, not ${expected.slice(0, 7)}, the commit the ` +
    "triggering run built; not posting its results there"
  );
}
