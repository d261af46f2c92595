import type { DriftResult } from "@mlops-actions/drift";
import { getContext } from "@mlops-actions/kit";
import { issueBody } from "./render.ts";

export const ISSUE_LABEL = "data-drift";
const MARKER = "<!-- mlops-actions/drift-check -->";

/**
 * Keeps one issue open while drift lasts: created on the first drifting run, its body updated on the
 * next ones, closed with a comment on the first run without drift. Found by label and hidden marker.
 */
export async function syncDriftIssue(
  result: DriftResult,
  token: string | undefined,
): Promise<{ number: number; state: string } | undefined> {
  const { getOctokitOrSkip } = await import("@mlops-actions/kit/github");
  const octokit = getOctokitOrSkip(token, "the drift issue");
  if (!octokit) return undefined;
  const context = getContext();
  const repo = { owner: context.owner, repo: context.repo };
  const open = await octokit.paginate(octokit.rest.issues.listForRepo, {
    ...repo,
    state: "open",
    labels: ISSUE_LABEL,
    per_page: 100,
  });
  const existing = open.find((issue) => !issue.pull_request && issue.body?.includes(MARKER));
  const runUrl = context.runUrl;
  if (result.datasetDrift) {
    const body = issueBody(result, runUrl, MARKER);
    if (existing) {
      await octokit.rest.issues.update({ ...repo, issue_number: existing.number, body });
      return { number: existing.number, state: "updated" };
    }
    const { data } = await octokit.rest.issues.create({
      ...repo,
      title: `Data drift: ${result.driftedColumns.length} of ${result.tested} columns`,
      body,
      labels: [ISSUE_LABEL],
    });
    return { number: data.number, state: "opened" };
  }
  if (!existing) return undefined;
  await octokit.rest.issues.createComment({
    ...repo,
    issue_number: existing.number,
    body: `No dataset drift any more (share ${result.driftShare.toFixed(3)} below ${result.driftShareThreshold}) in [this run](${runUrl}). Closing.`,
  });
  await octokit.rest.issues.update({
    ...repo,
    issue_number: existing.number,
    state: "closed",
    state_reason: "completed",
  });
  return { number: existing.number, state: "closed" };
}
