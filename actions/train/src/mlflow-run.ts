import { getContext, mask } from "@mlops-actions/kit";
import { MlflowClient, type MlflowRunData, type MlflowRunStatus } from "@mlops-actions/train";

export interface OpenMlflowRun {
  client: MlflowClient;
  trackingUri: string;
  experimentId: string;
  runId: string;
  /** What the training command needs so that `mlflow.log_*` calls land in this run. */
  env: Record<string, string>;
}

/**
 * Creates the MLflow run before training and tags it with where it came from. Credentials come from the
 * standard MLflow variables (MLFLOW_TRACKING_TOKEN, or MLFLOW_TRACKING_USERNAME and _PASSWORD).
 */
export async function openMlflowRun(
  trackingUri: string,
  experiment: string | undefined,
  runName: string,
): Promise<OpenMlflowRun> {
  const { MLFLOW_TRACKING_TOKEN: token, MLFLOW_TRACKING_USERNAME: username } = process.env;
  const password = process.env.MLFLOW_TRACKING_PASSWORD;
  for (const secret of [token, password]) if (secret) mask(secret);
  const client = new MlflowClient(trackingUri, {
    ...(token ? { token } : {}),
    ...(username ? { username, password: password ?? "" } : {}),
  });
  const context = getContext();
  const experimentId = await client.experimentId(experiment ?? (context.repo || "Default"));
  const tags: Record<string, string> = {
    "mlflow.source.type": "JOB",
    "mlflow.source.git.commit": context.sha,
    "github.repository": context.repository,
    "github.ref": context.ref,
    "github.sha": context.sha,
    "github.run_id": String(context.runId || ""),
    "github.run_url": context.runUrl,
  };
  if (context.runUrl) tags["mlflow.source.name"] = context.runUrl;
  if (context.pullRequestNumber !== undefined) {
    tags["github.pull_request"] = String(context.pullRequestNumber);
    tags["github.pull_request_url"] =
      `${context.serverUrl}/${context.repository}/pull/${context.pullRequestNumber}`;
  }
  const runId = await client.createRun(
    experimentId,
    runName,
    Object.fromEntries(Object.entries(tags).filter(([, value]) => value !== "")),
  );
  return {
    client,
    trackingUri,
    experimentId,
    runId,
    env: { MLFLOW_TRACKING_URI: trackingUri, MLFLOW_RUN_ID: runId, MLFLOW_EXPERIMENT_ID: experimentId },
  };
}

/** Marks the run finished or failed and reads back what the training logged into it. */
export async function closeMlflowRun(run: OpenMlflowRun, status: MlflowRunStatus): Promise<MlflowRunData> {
  await run.client.finishRun(run.runId, status);
  return run.client.getRun(run.runId);
}
