import assert from "node:assert/strict";
import { join } from "node:path";
import { after, test } from "node:test";
import { MlflowClient } from "@mlops-actions/train";
import { eventPayload, runBundled } from "../harness/index.ts";
import { makeWorkspace, pathWithPython, removeAll, startMlflowServer, trainReport } from "./train-helpers.ts";

const mlflow = await startMlflowServer();
const cleanup: string[] = [];
after(async () => {
  await mlflow.close();
  await removeAll(...cleanup);
});

test("MLflow round trip: the action opens and tags the run, the script logs into it, outputs read it back", async () => {
  const dir = await makeWorkspace(["mlflow_train.py"]);
  cleanup.push(dir);
  const run = await runBundled("train", {
    workspace: dir,
    event: "pull_request",
    context: { repository: "octo-org/ml-project" },
    env: { PATH: pathWithPython() },
    inputs: {
      run: "python mlflow_train.py",
      metrics: "out/metrics.json",
      model: "out/model",
      "mlflow-tracking-uri": mlflow.url,
      "mlflow-experiment": "iris-e2e",
    },
  });
  cleanup.push(join(run.runnerTemp, ".."));
  assert.equal(run.exitCode, 0, run.logs.join("\n"));

  const runId = run.outputs["mlflow-run-id"] ?? "";
  assert.match(runId, /^[0-9a-f]{32}$/);
  const metrics = JSON.parse(run.outputs.metrics ?? "{}") as Record<string, number>;
  assert.equal(metrics.train_rows, 105, "a metric only MLflow knows reaches the outputs");
  assert.equal(metrics.mlflow_accuracy, metrics.accuracy, "the file and the MLflow run agree");

  const stored = await new MlflowClient(mlflow.url).getRun(runId);
  assert.equal(stored.status, "FINISHED");
  assert.equal(stored.params.max_iter, "200");
  const sha = trainReport(run).git.sha;
  assert.match(sha, /^[0-9a-f]{40}$/);
  assert.equal(stored.tags["mlflow.source.git.commit"], sha);
  assert.equal(stored.tags["github.pull_request"], String(eventPayload("pull_request").number));
  assert.match(
    stored.tags["github.run_url"] ?? "",
    /^https:\/\/github\.com\/octo-org\/ml-project\/actions\/runs\/\d+$/,
  );
});

test("a failing command marks the MLflow run FAILED", async () => {
  const dir = await makeWorkspace();
  cleanup.push(dir);
  const run = await runBundled("train", {
    workspace: dir,
    env: { PATH: pathWithPython() },
    inputs: { run: "exit 4", "mlflow-tracking-uri": mlflow.url, "mlflow-experiment": "iris-e2e" },
  });
  cleanup.push(join(run.runnerTemp, ".."));
  assert.equal(run.exitCode, 4);
  const stored = await new MlflowClient(mlflow.url).getRun(run.outputs["mlflow-run-id"] ?? "");
  assert.equal(stored.status, "FAILED");
});
