import type { GitHubClient } from "@mlops-actions/kit/github";

/**
 * The workflow file name of `GITHUB_WORKFLOW_REF` (`owner/repo/.github/workflows/ci.yml@refs/heads/main`
 * → `ci.yml`), which the workflow-runs API accepts in place of a workflow id.
 */
export function workflowFileFromRef(workflowRef: string | undefined): string | undefined {
  const path = workflowRef?.split("@")[0];
  const match = path?.match(/\/\.github\/workflows\/([^/]+)$/);
  return match?.[1];
}

/** The workflow this run belongs to: from GITHUB_WORKFLOW_REF when the runner sets it, else from the run. */
export async function currentWorkflowId(
  octokit: GitHubClient,
  repository: { owner: string; repo: string },
  runId: number,
  workflowRef = process.env.GITHUB_WORKFLOW_REF,
): Promise<number | string> {
  const file = workflowFileFromRef(workflowRef);
  if (file !== undefined) return file;
  const { data } = await octokit.rest.actions.getWorkflowRun({ ...repository, run_id: runId });
  return data.workflow_id;
}
