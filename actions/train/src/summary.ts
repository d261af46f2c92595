import { addHeading, addParagraph, addTable, type Cell, writeSummary } from "@mlops-actions/kit";
import type { RunManifest } from "@mlops-actions/train";

export type TrainOutcome = "succeeded" | "cached" | "failed" | "timed-out" | "cancelled";

export interface TrainReportData {
  runId: string;
  outcome: TrainOutcome;
  metrics: Record<string, number>;
  modelPath: string;
  cache: { enabled: boolean; key: string | null; hit: boolean; saved: boolean };
  artifact: { name: string; id: number; url: string; size: number } | null;
  mlflow: { trackingUri: string; experimentId: string; runId: string; status: string } | null;
  failure: { exitCode: number | null; signal: string | null; stderrTail: string[] } | null;
  manifest: RunManifest;
  manifestPath: string;
}

const HEADLINE: Record<TrainOutcome, string> = {
  succeeded: "training finished",
  cached: "restored from the run cache, training skipped",
  failed: "the training command failed",
  "timed-out": "the training command timed out and was stopped",
  cancelled: "the step was cancelled and the training command stopped",
};

export function headline(data: TrainReportData): string {
  const metricCount = Object.keys(data.metrics).length;
  const extra = data.failure
    ? data.failure.exitCode === null
      ? ""
      : ` (exit code ${data.failure.exitCode})`
    : `; ${metricCount} metric(s), ${data.manifest.model.length} model file(s)`;
  return `${HEADLINE[data.outcome]}${extra}`;
}

export async function writeTrainSummary(data: TrainReportData): Promise<void> {
  const manifest = data.manifest;
  addHeading("Train");
  addParagraph(headline(data));
  const rows: Cell[][] = [
    ["command", manifest.command.run],
    ["duration", `${(manifest.durationMs / 1000).toFixed(1)} s`],
    ["exit code", manifest.exitCode === null ? "-" : String(manifest.exitCode)],
    ["run cache", data.cache.enabled ? `${data.cache.hit ? "hit" : "miss"} (${data.cache.key})` : "off"],
  ];
  if (data.modelPath) rows.push(["model", data.modelPath]);
  if (data.artifact) rows.push(["artifact", `${data.artifact.name} (${data.artifact.size} bytes)`]);
  if (data.mlflow) rows.push(["MLflow run", `${data.mlflow.runId} (${data.mlflow.status})`]);
  if (manifest.python)
    rows.push(["Python", `${manifest.python.version}, ${manifest.python.packages.length} packages`]);
  addTable(["", ""], rows);
  const metrics = Object.entries(data.metrics);
  if (metrics.length > 0)
    addTable(
      ["metric", "value"],
      metrics.map(([name, value]) => [name, String(value)]),
    );
  if (data.failure && data.failure.stderrTail.length > 0) {
    addParagraph(`Last lines of stderr:\n${data.failure.stderrTail.join("\n")}`);
  }
  await writeSummary();
}
