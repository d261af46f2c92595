import type { CommentReport } from "@mlops-actions/comment";
import { UserError, workspaceRelative } from "@mlops-actions/kit";
import {
  emptyPolicy,
  evaluate,
  mergeMetrics,
  readMetricsFile,
  SourceError,
  sharedMetricNames,
} from "@mlops-actions/metrics";

/**
 * Diffs metrics files against baseline files without a policy (every metric shown, none gated), in
 * the shape of an evaluate-gate report, for jobs that do not run the gate.
 */
export async function diffMetrics(candidateFiles: string[], baselineFiles: string[]): Promise<CommentReport> {
  const candidates = await Promise.all(candidateFiles.map(readUserMetrics));
  const baselines = await Promise.all(baselineFiles.map(readUserMetrics));
  const qualify = new Set([...sharedMetricNames(candidates), ...sharedMetricNames(baselines)]);
  const candidate = mergeMetrics(candidates, { qualify });
  const baseline = baselines.length ? mergeMetrics(baselines, { qualify }) : undefined;
  const evaluation = evaluate(candidate, baseline, emptyPolicy(), { onMissingBaseline: "pass" });
  return {
    action: "evaluate-gate",
    status: evaluation.verdict,
    summary: evaluation.summary,
    data: {
      ...evaluation,
      // The baseline fields evaluate-gate writes, so the report reads the same.
      baseline: {
        ...evaluation.baseline,
        source: baseline ? "file" : "none",
        description: baseline
          ? `metrics files ${baselineFiles.map((f) => workspaceRelative(f)).join(", ")}`
          : "none given",
        attempts: [],
        ...(baseline && { files: baselineFiles.map((f) => workspaceRelative(f)) }),
      },
    } as unknown as Record<string, unknown>,
  };
}

async function readUserMetrics(file: string) {
  try {
    return await readMetricsFile(file);
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    const { file: where, line, column } = error.location;
    throw new UserError(error.message, { file: where, ...(line && { line }), ...(column && { column }) });
  }
}
