import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { after, test } from "node:test";
import { unzipSync } from "fflate";
import { runBundled } from "../harness/index.ts";
import { ArtifactStore } from "../servers/artifact-store.ts";
import { startArtifactServer } from "../servers/artifacts/index.ts";
import { makeWorkspace, pathWithPython, processAlive, removeAll, trainReport } from "./train-helpers.ts";

const store = new ArtifactStore();
const artifacts = await startArtifactServer({ store, repository: "octo-org/ml-project" });
const cleanup: string[] = [];
after(async () => {
  await artifacts.close();
  await removeAll(...cleanup);
});

async function workspace(files: string[] = [], exampleData = false): Promise<string> {
  const dir = await makeWorkspace(files, { exampleData });
  cleanup.push(dir);
  return dir;
}

function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

test("a real training run: metrics, model, manifest with hashes and Python, one artifact", async () => {
  const dir = await workspace([], true);
  const run = await runBundled("train", {
    workspace: dir,
    runId: 501,
    artifacts,
    context: { repository: "octo-org/ml-project" },
    env: { PATH: pathWithPython() },
    inputs: {
      run: "python train.py --out out --seed 1",
      metrics: "out/metrics.json",
      model: "out/model/",
      deps: "train.py",
      cache: "false",
    },
  });
  cleanup.push(join(run.runnerTemp, ".."));
  assert.equal(run.exitCode, 0, run.logs.join("\n"));

  const metrics = JSON.parse(run.outputs.metrics ?? "{}") as Record<string, number>;
  assert.deepEqual(Object.keys(metrics).sort(), ["accuracy", "f1_macro", "log_loss"]);
  assert.ok(metrics.accuracy !== undefined && metrics.accuracy > 0.8 && metrics.accuracy <= 1);
  assert.equal(run.outputs["model-path"], "out/model");
  assert.equal(run.outputs["cache-hit"], "false");

  const manifest = JSON.parse(await readFile(join(dir, "out", "model", "mlops-manifest.json"), "utf8"));
  const modelBytes = await readFile(join(dir, "out", "model", "model.pkl"));
  assert.deepEqual(manifest.model, [
    { path: "out/model/model.pkl", sha256: sha256(modelBytes), size: modelBytes.length },
  ]);
  const trainPy = await readFile(join(dir, "train.py"));
  assert.deepEqual(manifest.deps, [{ path: "train.py", sha256: sha256(trainPy), size: trainPy.length }]);
  assert.equal(manifest.exitCode, 0);
  assert.equal(manifest.command.run, "python train.py --out out --seed 1");
  assert.deepEqual(manifest.metrics, metrics);
  assert.match(manifest.python.version, /^3\.\d+\.\d+$/);
  const names = (manifest.python.packages as { name: string }[]).map((entry) => entry.name.toLowerCase());
  assert.ok(names.includes("scikit-learn"), names.join(", "));

  const report = trainReport(run);
  assert.equal(report.action, "train");
  assert.equal(report.status, "pass");
  assert.deepEqual(report.data.manifest, manifest);
  assert.equal(run.outputs.report, run.reports[0]?.file);

  const [artifact] = store.listByRun(501, "model");
  assert.ok(artifact, "the model artifact was uploaded");
  assert.equal(run.outputs["artifact-id"], String(artifact.id));
  assert.equal(
    run.outputs["artifact-url"],
    `https://github.com/octo-org/ml-project/actions/runs/501/artifacts/${artifact.id}`,
  );
  const files = unzipSync(new Uint8Array(artifact.zip));
  assert.deepEqual(Object.keys(files).sort(), [
    "metrics.json",
    "model/mlops-manifest.json",
    "model/model.pkl",
  ]);
  assert.equal(sha256(Buffer.from(files["model/model.pkl"] as Uint8Array)), sha256(modelBytes));
});

test("a failing command fails the step with its exit code and the end of stderr", async () => {
  const dir = await workspace();
  const run = await runBundled("train", {
    workspace: dir,
    artifacts,
    inputs: { run: "echo starting\necho 'ValueError: bad learning rate' >&2\nexit 3" },
  });
  cleanup.push(join(run.runnerTemp, ".."));
  assert.equal(run.exitCode, 3);
  const errors = run.annotations.filter((annotation) => annotation.level === "error");
  assert.equal(errors.length, 1, JSON.stringify(run.annotations));
  assert.match(errors[0]?.message ?? "", /failed with exit code 3/);
  assert.match(errors[0]?.message ?? "", /ValueError: bad learning rate/);
  assert.equal(trainReport(run).status, "error");
  assert.equal(run.outputs.metrics, undefined);
});

test("a metrics file with a value that is not a number fails the step and names the value", async () => {
  const dir = await workspace();
  const run = await runBundled("train", {
    workspace: dir,
    inputs: { run: `echo '{"accuracy": "high"}' > metrics.json`, metrics: "metrics.json" },
  });
  cleanup.push(join(run.runnerTemp, ".."));
  assert.equal(run.exitCode, 1);
  const [error] = run.annotations.filter((annotation) => annotation.level === "error");
  assert.match(error?.message ?? "", /metrics.json has values that are not numbers: accuracy="high"/);
});

test("a timeout stops the whole process tree and says so", async () => {
  const dir = await workspace(["spawn_tree.sh"]);
  const run = await runBundled("train", {
    workspace: dir,
    inputs: { run: "bash spawn_tree.sh", "timeout-minutes": "0.02" },
  });
  cleanup.push(join(run.runnerTemp, ".."));
  assert.equal(run.exitCode, 1);
  const [error] = run.annotations.filter((annotation) => annotation.level === "error");
  assert.match(error?.message ?? "", /timed out after 0\.02 minute\(s\); its process tree was stopped/);
  const pids = (await readFile(join(dir, "pids.txt"), "utf8")).trim().split("\n").map(Number);
  assert.equal(pids.length, 2);
  assert.deepEqual(
    pids.filter((pid) => processAlive(pid)),
    [],
  );
  assert.equal(trainReport(run).data.outcome, "timed-out");
});

test("cancelling the step (SIGTERM to the action) stops the tree before the step ends", async () => {
  const dir = await workspace(["spawn_tree.sh"]);
  const run = await runBundled("train", {
    workspace: dir,
    timeoutMs: 1500,
    inputs: { run: "bash spawn_tree.sh" },
  });
  cleanup.push(join(run.runnerTemp, ".."));
  assert.notEqual(run.exitCode, 0);
  assert.match(run.logs.join("\n"), /Received SIGTERM: stopping the training command/);
  const pids = (await readFile(join(dir, "pids.txt"), "utf8")).trim().split("\n").map(Number);
  assert.deepEqual(
    pids.filter((pid) => processAlive(pid)),
    [],
  );
  assert.equal(trainReport(run).data.outcome, "cancelled");
});

test("bad inputs fail before anything runs, with one line naming the input", async () => {
  const dir = await workspace();
  const cases: [Record<string, string>, RegExp][] = [
    [{ cache: "true" }, /Input 'cache' is true but 'deps' is empty/],
    [{ env: "SEED 1" }, /Input 'env' has value 'SEED 1' on line 1: expected NAME=value/],
    [{ backend: "slurm" }, /Input 'backend' has value 'slurm'/],
    [
      { backend: "ray", "ray-address": "http://127.0.0.1:1", model: "out/" },
      /Input 'model' cannot be used with backend 'ray'/,
    ],
  ];
  for (const [inputs, message] of cases) {
    const run = await runBundled("train", { workspace: dir, inputs: { run: "touch ran.txt", ...inputs } });
    cleanup.push(join(run.runnerTemp, ".."));
    assert.equal(run.exitCode, 1);
    const errors = run.annotations.filter((annotation) => annotation.level === "error");
    assert.equal(errors.length, 1);
    assert.match(errors[0]?.message ?? "", message);
    assert.equal(existsSync(join(dir, "ran.txt")), false, "the command must not run");
  }
});
