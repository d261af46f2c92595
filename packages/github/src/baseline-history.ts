import type { GitHubClient } from "@mlops-actions/kit/github";
import { type BaselineRunMatch, runArtifactMatch } from "./find-baseline-run.ts";

export interface BaselineHistoryQuery {
  owner: string;
  repo: string;
  workflowId: number | string;
  /** The branch whose runs make the history (the pull request's base branch). */
  branch: string;
  artifactName: string;
  /** How many runs with the artifact to return at most. Default 10. */
  limit?: number;
}

/**
 * The latest successful push runs of the workflow on the branch that still have the artifact, oldest
 * first: the history a trend is drawn from. Pull request runs are skipped, as in `findBaselineRun`.
 */
export async function listBaselineHistory(
  octokit: GitHubClient,
  query: BaselineHistoryQuery,
): Promise<BaselineRunMatch[]> {
  const repository = { owner: query.owner, repo: query.repo };
  const limit = query.limit ?? 10;
  const { data } = await octokit.rest.actions.listWorkflowRuns({
    ...repository,
    workflow_id: query.workflowId,
    branch: query.branch,
    status: "success",
    event: "push",
    // Some runs may have lost their artifact; look a little further back than the limit.
    per_page: Math.min(100, limit * 2),
  });
  const newestFirst: BaselineRunMatch[] = [];
  for (const run of data.workflow_runs) {
    if (newestFirst.length >= limit) break;
    if (run.event !== "push") continue;
    const match = await runArtifactMatch(octokit, repository, run, query);
    if (match !== undefined) newestFirst.push(match);
  }
  return newestFirst.sort((a, b) => a.run.createdAt.localeCompare(b.run.createdAt));
}
