import * as core from "@actions/core";
import type { Trend } from "@mlops-actions/comment";
import { currentWorkflowId, downloadArtifactFiles, listBaselineHistory } from "@mlops-actions/github";
import type { GitHubContext } from "@mlops-actions/kit";
import { getOctokitOrSkip } from "@mlops-actions/kit/github";
import { type MetricValue, mergeMetrics, parseMetrics } from "@mlops-actions/metrics";
import { trendsOf } from "./trend-series.ts";

/** The artifact evaluate-gate saves on pushes to the default branch. */
export const BASELINE_ARTIFACT = "ml-metrics";
/** How many base-branch runs a trend spans at most. */
export const HISTORY_RUNS = 10;

/**
 * The key metrics' values on the latest successful push runs of this workflow on the pull request's
 * base branch, read from their `ml-metrics` artifacts. Without a token, a pull request or key metrics
 * there is nothing to look up; any failure is a notice and no trend, never a failed step.
 */
export async function baseBranchTrends(options: {
  context: GitHubContext;
  token?: string;
  metrics: string[];
  tempDir: string;
}): Promise<Trend[]> {
  const { context, token, metrics } = options;
  const branch = baseBranchOf(context);
  if (!token || !branch || !context.owner || metrics.length === 0) return [];
  const octokit = getOctokitOrSkip(token, "the base branch trend");
  if (!octokit) return [];
  try {
    const repository = { owner: context.owner, repo: context.repo };
    const workflowId = await currentWorkflowId(octokit, repository, context.runId);
    const history = await listBaselineHistory(octokit, {
      ...repository,
      workflowId,
      branch,
      artifactName: BASELINE_ARTIFACT,
      limit: HISTORY_RUNS,
    });
    const runs: Map<string, MetricValue>[] = [];
    for (const match of history) {
      const files = await downloadArtifactFiles({
        artifactId: match.artifact.id,
        runId: match.run.id,
        ...repository,
        token,
        tempDir: options.tempDir,
      });
      runs.push(mergeMetrics(files.map((file) => parseMetrics(file.text, "auto", file.name))));
    }
    const trends = trendsOf(metrics, runs);
    core.info(
      `Trend: ${history.length} run(s) on ${branch} with artifact ${BASELINE_ARTIFACT}; ` +
        `${trends.length} metric(s) drawn`,
    );
    return trends;
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\.+$/, "");
    core.notice(`No trend on ${branch}: ${reason}. The comment is posted without it.`);
    return [];
  }
}

function baseBranchOf(context: GitHubContext): string | undefined {
  const pull = context.payload.pull_request as { base?: { ref?: unknown } } | undefined;
  return typeof pull?.base?.ref === "string" && pull.base.ref ? pull.base.ref : undefined;
}
