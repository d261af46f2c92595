import * as core from "@actions/core";
import {
  ARTIFACT_SERVICE_MISSING,
  annotate,
  artifactServiceAvailable,
  getContext,
  run,
  setOutput,
  workspaceRelative,
  writeReport,
} from "@mlops-actions/kit";
import {
  describePython,
  MANIFEST_SCHEMA,
  type MlflowRunStatus,
  type RunManifest,
  ranPython,
  trainingRunId,
  writeManifest,
} from "@mlops-actions/train";
import { uploadRunArtifact } from "./artifact.ts";
import { abortOnSignals } from "./cancellation.ts";
import { collectOutputs } from "./collect.ts";
import { type Execution, execute } from "./execute.ts";
import { readInputs, toUserError } from "./inputs.ts";
import { closeMlflowRun, openMlflowRun } from "./mlflow-run.ts";
import { failureMessage, outcomeOf } from "./outcome.ts";
import { planRun } from "./plan.ts";
import { restoreRun, saveRun } from "./run-cache.ts";
import { headline, type TrainReportData, writeTrainSummary } from "./summary.ts";

await run(async () => {
  try {
    await train();
  } catch (error) {
    throw toUserError(error);
  }
});

async function train(): Promise<void> {
  const inputs = readInputs();
  const cancelled = abortOnSignals();
  const context = getContext();
  const runId = trainingRunId(process.env);
  setOutput("run-id", runId);
  const plan = await planRun(inputs);

  const startedAt = new Date();
  const hit = plan.useCache && plan.cacheKey ? await restoreRun(plan.cachePaths, plan.cacheKey) : false;
  if (hit) core.info(`Run cache hit (${plan.cacheKey}): training skipped, model and metrics restored.`);
  const mlflow =
    !hit && inputs.mlflowTrackingUri
      ? await openMlflowRun(inputs.mlflowTrackingUri, inputs.mlflowExperiment, runId)
      : undefined;
  if (mlflow) {
    setOutput("mlflow-run-id", mlflow.runId);
    core.info(`MLflow run ${mlflow.runId} in experiment ${mlflow.experimentId} at ${mlflow.trackingUri}`);
  }
  const execution: Execution | undefined = hit
    ? undefined
    : await execute(inputs, runId, mlflow?.env ?? {}, cancelled);
  // The command's (or the restore's) time, before MLflow and the Python survey add theirs.
  const durationMs = Date.now() - startedAt.getTime();
  const command = execution?.command;
  const rayJob = execution?.rayJob;
  const outcome = outcomeOf(command, hit);
  const failed = outcome !== "succeeded" && outcome !== "cached";
  const mlflowStatus: MlflowRunStatus = !failed ? "FINISHED" : outcome === "failed" ? "FAILED" : "KILLED";
  const mlflowData = mlflow ? await closeMlflowRun(mlflow, mlflowStatus) : undefined;
  const python =
    execution && inputs.backend === "local" && ranPython(inputs.run, inputs.shell)
      ? await describePython(execution.env, inputs.workingDirectory)
      : undefined;

  const manifest: RunManifest = {
    schema: MANIFEST_SCHEMA,
    runId,
    git: { sha: context.sha, ref: context.ref },
    command: {
      run: inputs.run,
      shell: inputs.shell,
      workingDirectory: workspaceRelative(inputs.workingDirectory),
      backend: inputs.backend,
    },
    ...(plan.params ? { params: plan.params } : {}),
    deps: plan.deps,
    model: [],
    metrics: {},
    startedAt: startedAt.toISOString(),
    durationMs,
    exitCode: command?.exitCode ?? null,
    ...(plan.cacheKey ? { cache: { key: plan.cacheKey, hit } } : {}),
    ...(mlflow && {
      mlflow: { trackingUri: mlflow.trackingUri, experimentId: mlflow.experimentId, runId: mlflow.runId },
    }),
    ...(rayJob && {
      ray: { address: inputs.rayAddress ?? "", submissionId: rayJob.submissionId, status: rayJob.status },
    }),
    ...(python ? { python } : {}),
  };
  const data: TrainReportData = {
    runId,
    outcome,
    metrics: {},
    modelPath: "",
    cache: { enabled: plan.useCache, key: plan.cacheKey ?? null, hit, saved: false },
    artifact: null,
    mlflow: mlflow
      ? {
          trackingUri: mlflow.trackingUri,
          experimentId: mlflow.experimentId,
          runId: mlflow.runId,
          status: mlflowData?.status ?? "",
        }
      : null,
    failure: null,
    manifest,
    manifestPath: "",
  };

  if (failed && command) {
    data.failure = {
      exitCode: command.exitCode ?? null,
      signal: command.exitSignal ?? null,
      stderrTail: command.stderrTail,
    };
    annotate({
      level: "error",
      title: "Training failed",
      message: failureMessage(outcome, command, inputs.timeoutMs, rayJob),
    });
    await finish(data, "error");
    process.exitCode = command.exitCode && command.exitCode > 0 ? command.exitCode : 1;
    return;
  }

  const collected = await collectOutputs(inputs, runId);
  manifest.model = collected.model;
  manifest.metrics = { ...rayJob?.metrics, ...collected.metrics };
  // The metrics file wins over what the job printed, which wins over what MLflow holds.
  data.metrics = { ...mlflowData?.metrics, ...manifest.metrics };
  data.modelPath = collected.modelPath;
  data.manifestPath = workspaceRelative(collected.manifestPath);
  await writeManifest(manifest, collected.manifestPath);

  if (plan.useCache && plan.cacheKey && !hit)
    data.cache.saved = await saveRun(plan.cachePaths, plan.cacheKey);
  if (artifactServiceAvailable()) {
    const files = [
      ...collected.modelFiles,
      ...(collected.metricsFile ? [collected.metricsFile] : []),
      collected.manifestPath,
    ];
    const uploaded = await uploadRunArtifact(inputs.artifactName, [...new Set(files)], inputs.retentionDays);
    data.artifact = { name: inputs.artifactName, ...uploaded };
    setOutput("artifact-id", String(uploaded.id));
    setOutput("artifact-url", uploaded.url);
  } else {
    core.notice(`Artifact upload skipped: ${ARTIFACT_SERVICE_MISSING}.`);
  }
  setOutput("metrics", data.metrics);
  setOutput("model-path", collected.modelPath);
  setOutput("cache-hit", String(hit));
  await finish(data, "pass");
}

async function finish(data: TrainReportData, status: "pass" | "error"): Promise<void> {
  await writeTrainSummary(data);
  await writeReport({ action: "train", status, summary: headline(data), data });
}
