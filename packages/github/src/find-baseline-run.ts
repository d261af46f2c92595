import type { GitHubClient } from "@mlops-actions/kit/github";

export interface BaselineRunQuery {
  owner: string;
  repo: string;
  workflowId: number | string;
  /** The branch whose latest successful run holds the baseline (the pull request's base branch). */
  branch: string;
  artifactName: string;
  /** This run, never its own baseline. */
  excludeRunId?: number;
  /** How many successful runs to look through for one that still has the artifact. Default 10. */
  maxRuns?: number;
}

export interface BaselineRunMatch {
  run: { id: number; headSha: string; headBranch: string; htmlUrl: string; createdAt: string };
  artifact: { id: number; name: string; createdAt?: string };
}

export interface BaselineRunLookup {
  match?: BaselineRunMatch;
  /** One line: what was found, or why nothing was. */
  detail: string;
}

/**
 * The newest successful run of the workflow on the branch that still has the artifact. Pull request
 * runs are skipped: their `head_branch` is the pull request's branch, which may share the base's name
 * in a fork.
 */
export async function findBaselineRun(
  octokit: GitHubClient,
  query: BaselineRunQuery,
): Promise<BaselineRunLookup> {
  const repository = { owner: query.owner, repo: query.repo };
  const maxRuns = query.maxRuns ?? 10;
  const { data } = await octokit.rest.actions.listWorkflowRuns({
    ...repository,
    workflow_id: query.workflowId,
    branch: query.branch,
    status: "success",
    per_page: Math.min(100, maxRuns + 1),
  });
  const runs = data.workflow_runs
    .filter((run) => run.id !== query.excludeRunId && run.event !== "pull_request")
    .slice(0, maxRuns);
  if (runs.length === 0) {
    return { detail: `no successful run of workflow ${query.workflowId} on branch ${query.branch}` };
  }
  for (const run of runs) {
    const match = await runArtifactMatch(octokit, repository, run, query);
    if (match !== undefined) {
      return { match, detail: `artifact ${match.artifact.name} of run ${run.id} on ${query.branch}` };
    }
  }
  return {
    detail:
      `none of the last ${runs.length} successful run(s) on ${query.branch} has an artifact named ` +
      `${query.artifactName} (upload it with save-baseline on the default branch)`,
  };
}

interface ListedRun {
  id: number;
  head_sha: string;
  head_branch: string | null;
  html_url: string;
  created_at: string;
}

/** The run with its unexpired artifact of that name, or undefined when the run no longer has one. */
export async function runArtifactMatch(
  octokit: GitHubClient,
  repository: { owner: string; repo: string },
  run: ListedRun,
  query: { artifactName: string; branch: string },
): Promise<BaselineRunMatch | undefined> {
  const { data: listed } = await octokit.rest.actions.listWorkflowRunArtifacts({
    ...repository,
    run_id: run.id,
    name: query.artifactName,
    per_page: 10,
  });
  const artifact = listed.artifacts.find((a) => a.name === query.artifactName && !a.expired);
  if (artifact === undefined) return undefined;
  return {
    run: {
      id: run.id,
      headSha: run.head_sha,
      headBranch: run.head_branch ?? query.branch,
      htmlUrl: run.html_url,
      createdAt: run.created_at,
    },
    artifact: {
      id: artifact.id,
      name: artifact.name,
      ...(artifact.created_at && { createdAt: artifact.created_at }),
    },
  };
}
