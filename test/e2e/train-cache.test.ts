import assert from "node:assert/strict";
import { appendFile, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, test } from "node:test";
import { type BundledRun, runBundled } from "../harness/index.ts";
import { startArtifactServer } from "../servers/artifacts/index.ts";
import { startCacheServer } from "../servers/cache/index.ts";
import { makeWorkspace, removeAll, trainReport } from "./train-helpers.ts";

// One results service URL for both, as on GitHub: cache calls are served, artifact calls passed on.
const artifacts = await startArtifactServer({ repository: "octo-org/ml-project" });
const cache = await startCacheServer({ upstream: artifacts });
const dir = await makeWorkspace(["count_runs.sh"]);
const runnerTemps: string[] = [];
after(async () => {
  await cache.close();
  await artifacts.close();
  await removeAll(dir, ...runnerTemps);
});

let runId = 900;
async function train(env = "SEED=1"): Promise<BundledRun> {
  await rm(join(dir, "out"), { recursive: true, force: true });
  const run = await runBundled("train", {
    workspace: dir,
    runId: runId++,
    artifacts: cache,
    context: { repository: "octo-org/ml-project" },
    inputs: {
      run: "bash count_runs.sh",
      env: `RUN_LOG=${join(dir, "runs.log")}\n${env}`,
      deps: "data.csv\ncount_runs.sh",
      metrics: "out/metrics.json",
      model: "out/model",
    },
  });
  runnerTemps.push(join(run.runnerTemp, ".."));
  assert.equal(run.exitCode, 0, run.logs.join("\n"));
  return run;
}

async function timesRun(): Promise<number> {
  return (await readFile(join(dir, "runs.log"), "utf8")).trim().split("\n").length;
}

test("run cache: a miss trains and saves, a hit restores and skips, a changed dep or env trains again", async () => {
  await writeFile(join(dir, "data.csv"), "x,y\n1,2\n3,4\n");

  const first = await train();
  assert.equal(first.outputs["cache-hit"], "false");
  assert.equal(await timesRun(), 1);
  assert.equal(cache.store.all().length, 1);
  const weights = await readFile(join(dir, "out", "model", "weights.txt"), "utf8");

  const second = await train();
  assert.equal(second.outputs["cache-hit"], "true");
  assert.equal(await timesRun(), 1, "a hit must not run the command");
  assert.equal(await readFile(join(dir, "out", "model", "weights.txt"), "utf8"), weights);
  assert.deepEqual(JSON.parse(second.outputs.metrics ?? ""), { rows: 3, seed: 1 });
  assert.equal(second.outputs.metrics, first.outputs.metrics);
  const secondReport = trainReport(second).data;
  assert.equal(secondReport.manifest.exitCode, null);
  assert.deepEqual(secondReport.manifest.cache, { key: cache.store.all()[0]?.key, hit: true });
  assert.ok(second.outputs["artifact-id"], "a hit still hands the model over as an artifact");

  await appendFile(join(dir, "data.csv"), "5,6\n");
  const third = await train();
  assert.equal(third.outputs["cache-hit"], "false");
  assert.equal(await timesRun(), 2);
  assert.deepEqual(JSON.parse(third.outputs.metrics ?? ""), { rows: 4, seed: 1 });
  assert.equal(cache.store.all().length, 2);

  const fourth = await train("SEED=2");
  assert.equal(fourth.outputs["cache-hit"], "false");
  assert.equal(await timesRun(), 3);
  assert.equal(new Set(cache.store.all().map((entry) => entry.key)).size, 3);
});
