import type { RunVersion } from "@mlops-actions/github/sticky-comment";
import type { GitHubContext } from "@mlops-actions/kit";

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The run the comment speaks for, for the "never overwrite a later run" rule: the pull request's head
 * commit (not the merge commit a pull_request run checks out) and the run. In a workflow_run workflow
 * that is the triggering run, so its comment is ordered with the runs that post their own.
 */
export function runVersion(context: GitHubContext): RunVersion {
  const payload = context.payload;
  const pull = isRecord(payload.pull_request) ? payload.pull_request : undefined;
  const head = pull && isRecord(pull.head) && typeof pull.head.sha === "string" ? pull.head.sha : undefined;
  const workflowRun =
    context.eventName === "workflow_run" && isRecord(payload.workflow_run) ? payload.workflow_run : undefined;
  if (workflowRun && typeof workflowRun.id === "number") {
    return {
      sha: typeof workflowRun.head_sha === "string" ? workflowRun.head_sha : context.sha,
      runId: workflowRun.id,
      runAttempt: typeof workflowRun.run_attempt === "number" ? workflowRun.run_attempt : 1,
    };
  }
  return { sha: head ?? context.sha, runId: context.runId, runAttempt: context.runAttempt };
}

/**
 * Which section of the comment is this job's: the job id, and the matrix leg when the workflow names it
 * in `MLOPS_ACTIONS_SECTION` (an action cannot see the `matrix` context itself).
 */
export function sectionLabel(context: GitHubContext, env: NodeJS.ProcessEnv = process.env): string {
  const leg = env.MLOPS_ACTIONS_SECTION?.trim();
  const job = context.job || "job";
  return leg ? `${job} (${leg})` : job;
}
