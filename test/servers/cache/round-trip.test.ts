import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { startArtifactServer } from "../artifacts/index.ts";
import { startCacheServer } from "./index.ts";

// The real clients, in this process: they read their configuration from process.env.
const artifacts = await startArtifactServer();
const cache = await startCacheServer({ upstream: artifacts });
const workspace = await mkdtemp(join(tmpdir(), "cache-round-trip-"));

before(() => {
  Object.assign(process.env, cache.envFor({ runId: 31 }), {
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: join(workspace, ".runner-temp"),
  });
  process.chdir(workspace);
});

after(async () => {
  process.chdir(tmpdir());
  await cache.close();
  await artifacts.close();
  await rm(workspace, { recursive: true, force: true });
});

test("a saved entry restores byte for byte under its key; other keys miss", async () => {
  const { restoreCache, saveCache } = await import("@actions/cache");
  await mkdir(join(workspace, "out", "model"), { recursive: true });
  const model = Buffer.from(Array.from({ length: 300_000 }, (_, index) => (index * 7919) % 251));
  await writeFile(join(workspace, "out", "model", "model.bin"), model);
  await writeFile(join(workspace, "out", "metrics.json"), '{"accuracy": 0.9}\n');

  const id = await saveCache(["out"], "train-abc");
  assert.ok(id > 0, `saveCache returned ${id}`);
  assert.deepEqual(
    cache.store.all().map((entry) => [entry.key, entry.bytes !== undefined]),
    [["train-abc", true]],
  );

  await rm(join(workspace, "out"), { recursive: true });
  assert.equal(await restoreCache(["out"], "train-other"), undefined);
  assert.equal(await restoreCache(["out"], "train-abc"), "train-abc");
  assert.deepEqual(await readFile(join(workspace, "out", "model", "model.bin")), model);
  assert.equal(await readFile(join(workspace, "out", "metrics.json"), "utf8"), '{"accuracy": 0.9}\n');
});

test("restore keys match by prefix, and other paths are another version", async () => {
  const { restoreCache, saveCache } = await import("@actions/cache");
  await mkdir(join(workspace, "data"), { recursive: true });
  await writeFile(join(workspace, "data", "a.txt"), "a\n");
  assert.ok((await saveCache(["data"], "deps-v1-111")) > 0);
  assert.equal(await restoreCache(["data"], "deps-v1-222", ["deps-v1-"]), "deps-v1-111");
  assert.equal(await restoreCache(["data", "other"], "deps-v1-111"), undefined);
});

test("an existing key is not overwritten", async () => {
  const { saveCache } = await import("@actions/cache");
  await mkdir(join(workspace, "again"), { recursive: true });
  await writeFile(join(workspace, "again", "x.txt"), "x\n");
  assert.ok((await saveCache(["again"], "immutable")) > 0);
  assert.equal(await saveCache(["again"], "immutable"), -1);
  assert.equal(cache.store.all().filter((entry) => entry.key === "immutable").length, 1);
});

test("artifact calls on the same URL reach the artifact service", async () => {
  const { DefaultArtifactClient } = await import("@actions/artifact");
  await writeFile(join(workspace, "report.txt"), "report\n");
  const uploaded = await new DefaultArtifactClient().uploadArtifact(
    "report",
    [join(workspace, "report.txt")],
    workspace,
  );
  assert.ok(uploaded.id !== undefined && uploaded.id > 0);
  assert.deepEqual(
    artifacts.store.listByRun(31).map((artifact) => artifact.name),
    ["report"],
  );
});

test("cache calls without a runtime token are refused", async () => {
  const response = await fetch(
    `${cache.url}twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry`,
    {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ key: "k", version: "v" }),
    },
  );
  assert.equal(response.status, 401);
  assert.equal(((await response.json()) as { code: string }).code, "unauthenticated");
});
