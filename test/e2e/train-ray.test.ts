import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, test } from "node:test";
import { runBundled } from "../harness/index.ts";
import { makeWorkspace, pathWithPython, removeAll, startRayHead, trainReport } from "./train-helpers.ts";

const ray = await startRayHead();
const cleanup: string[] = [];
after(async () => {
  await ray.close();
  await removeAll(...cleanup);
});

interface JobInfo {
  status: string;
  runtime_env?: { working_dir?: string; env_vars?: Record<string, string> };
}

/** A git work tree with an ignored data folder and a virtualenv, which must not reach the cluster. */
async function rayProject(): Promise<string> {
  const dir = await makeWorkspace(["ray_job.py"]);
  cleanup.push(dir);
  await writeFile(join(dir, ".gitignore"), "big-data/\n");
  await mkdir(join(dir, "big-data"));
  await writeFile(join(dir, "big-data", "huge.csv"), "x\n");
  await mkdir(join(dir, "venv", "lib"), { recursive: true });
  await writeFile(join(dir, "venv", "pyvenv.cfg"), "home = /usr/bin\n");
  await writeFile(join(dir, "venv", "lib", "site.py"), "\n");
  execFileSync("git", ["init", "-q", dir]);
  return dir;
}

async function waitForStatus(submissionId: string, wanted: string): Promise<JobInfo | undefined> {
  let job: JobInfo | undefined;
  for (let tries = 0; tries < 120; tries++) {
    job = (await ray.get(`/api/jobs/${submissionId}`)) as JobInfo | undefined;
    if (job?.status === wanted) return job;
    await new Promise((done) => setTimeout(done, 250));
  }
  return job;
}

test("a Ray job: packaged working dir, streamed log, metrics from its lines; a retried step attaches", async () => {
  const dir = await rayProject();
  const options = {
    workspace: dir,
    runId: 7101,
    context: { repository: "octo-org/ml-project" },
    env: { PATH: pathWithPython() },
    inputs: { run: "python ray_job.py", backend: "ray", "ray-address": ray.url, env: "SEED=5" },
  };
  const run = await runBundled("train", options);
  cleanup.push(join(run.runnerTemp, ".."));
  const log = run.logs.join("\n");
  assert.equal(run.exitCode, 0, log);
  assert.match(log, /files on the cluster: \.gitignore ray_job\.py train\.py\n/);
  assert.match(log, /SEED from the env input: 5/);
  assert.deepEqual(JSON.parse(run.outputs.metrics ?? ""), { accuracy: 0.93, loss: 0.01 });

  const submissionId = run.outputs["run-id"] ?? "";
  assert.equal(submissionId, "ml-project-7101-build-__run");
  const job = (await ray.get(`/api/jobs/${submissionId}`)) as JobInfo;
  assert.equal(job.status, "SUCCEEDED");
  assert.match(job.runtime_env?.working_dir ?? "", /^gcs:\/\/_ray_pkg_[0-9a-f]{32}\.zip$/);
  assert.deepEqual(trainReport(run).data.manifest.ray, {
    address: ray.url,
    submissionId,
    status: "SUCCEEDED",
  });

  const retried = await runBundled("train", options);
  cleanup.push(join(retried.runnerTemp, ".."));
  assert.equal(retried.exitCode, 0);
  assert.match(retried.logs.join("\n"), /Following Ray job ml-project-7101-build-__run \(SUCCEEDED\)/);
  assert.deepEqual(JSON.parse(retried.outputs.metrics ?? ""), { accuracy: 0.93, loss: 0.01 });
  const jobs = (await ray.get("/api/jobs/")) as { submission_id: string }[];
  assert.equal(jobs.filter((entry) => entry.submission_id.startsWith("ml-project-7101-")).length, 1);
});

test("a failing Ray job fails the step with the job's status and the end of its log", async () => {
  const dir = await rayProject();
  const run = await runBundled("train", {
    workspace: dir,
    runId: 7102,
    inputs: { run: "echo 'model diverged' >&2; exit 3", backend: "ray", "ray-address": ray.url },
  });
  cleanup.push(join(run.runnerTemp, ".."));
  assert.equal(run.exitCode, 3);
  const [error] = run.annotations.filter((annotation) => annotation.level === "error");
  assert.match(error?.message ?? "", /The Ray job \S+-7102-\S+ ended FAILED/);
  assert.match(error?.message ?? "", /model diverged/);
});

test("cancelling the step stops the Ray job", async () => {
  const dir = await rayProject();
  const run = await runBundled("train", {
    workspace: dir,
    runId: 7103,
    timeoutMs: 12_000,
    inputs: { run: "echo started; sleep 120", backend: "ray", "ray-address": ray.url },
  });
  cleanup.push(join(run.runnerTemp, ".."));
  assert.notEqual(run.exitCode, 0);
  assert.match(run.logs.join("\n"), /Received SIGTERM: stopping the training command/);
  const job = await waitForStatus(run.outputs["run-id"] ?? "", "STOPPED");
  assert.equal(job?.status, "STOPPED");
});

test("a Ray job over the timeout is stopped and the step says so", async () => {
  const dir = await rayProject();
  const run = await runBundled("train", {
    workspace: dir,
    runId: 7104,
    inputs: { run: "sleep 120", backend: "ray", "ray-address": ray.url, "timeout-minutes": "0.1" },
  });
  cleanup.push(join(run.runnerTemp, ".."));
  assert.equal(run.exitCode, 1);
  const [error] = run.annotations.filter((annotation) => annotation.level === "error");
  assert.match(error?.message ?? "", /timed out after 0\.1 minute\(s\) and was stopped/);
  assert.equal((await waitForStatus(run.outputs["run-id"] ?? "", "STOPPED"))?.status, "STOPPED");
});
