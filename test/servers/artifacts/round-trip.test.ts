import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { unzipSync } from "fflate";
import { type GitHubServer, startGitHubServer } from "../github/index.ts";
import { type ArtifactServer, startArtifactServer } from "./server.ts";
import { type ArtifactCall, runArtifactClient } from "./testing/run-artifact-client.ts";

// Each call runs the real @actions/artifact client in a child process with a step's env, as a runner would.
const runA = 4242;
const runB = 4243;
// Larger than the client's 8 MiB upload chunk, and random so that the zip cannot shrink it below that.
const model = randomBytes(9 * 1024 * 1024);
const metrics = Buffer.from(JSON.stringify({ accuracy: 0.93, f1: 0.91 }));
const githubToken = "ghs_actionsReadToken000000000000000000000";

describe("artifact service with the real @actions/artifact client", () => {
  let server: ArtifactServer;
  let rest: GitHubServer;
  let workspace: string;
  // Undone in reverse, and only what was done: a failing before() must not leave a server open.
  const cleanups: (() => Promise<unknown>)[] = [];
  let uploadedId: number;
  let uploadedDigest: string;

  const call = async (runId: number, operation: ArtifactCall, extraEnv: Record<string, string> = {}) => {
    const env = {
      ...server.envFor({ runId }),
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: workspace,
      ...extraEnv,
    };
    return runArtifactClient(env, operation);
  };
  const succeed = async (runId: number, operation: ArtifactCall, extraEnv?: Record<string, string>) => {
    const result = await call(runId, operation, extraEnv);
    assert.ok(result.ok, `expected ${operation.op} to succeed: ${result.ok ? "" : result.message}`);
    return result.value as Record<string, unknown>;
  };

  before(async () => {
    server = await startArtifactServer({ repository: "octo-org/ml-project" });
    cleanups.push(() => server.close());
    // The loopback GitHub REST server reads the same store: findBy goes through it, as on GitHub.
    rest = await startGitHubServer({
      artifacts: server.store,
      repositories: ["octo-org/ml-project"],
      tokens: { [githubToken]: "read" },
    });
    cleanups.push(() => rest.close());
    workspace = await mkdtemp(join(tmpdir(), "artifact-round-trip-"));
    cleanups.push(() => rm(workspace, { recursive: true, force: true }));
    await mkdir(join(workspace, "out", "model"), { recursive: true });
    await writeFile(join(workspace, "out", "model", "weights.bin"), model);
    await writeFile(join(workspace, "out", "metrics.json"), metrics);
  });

  after(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  test("run A uploads two files as one zip, in more than one block", async () => {
    const uploaded = await succeed(runA, {
      op: "upload",
      name: "model",
      files: [join(workspace, "out", "model", "weights.bin"), join(workspace, "out", "metrics.json")],
      rootDirectory: join(workspace, "out"),
    });
    uploadedId = uploaded.id as number;
    uploadedDigest = uploaded.digest as string;

    const stored = server.store.get(uploadedId);
    assert.ok(stored?.finalized);
    assert.equal(stored.runId, runA);
    assert.equal(stored.repository, "octo-org/ml-project");
    assert.ok(stored.size > 8 * 1024 * 1024, "the zip is larger than one 8 MiB upload block");
    assert.equal(stored.size, uploaded.size);
    assert.equal(stored.digest, `sha256:${uploadedDigest}`);
    const entries = unzipSync(stored.zip);
    assert.deepEqual(Object.keys(entries).sort(), ["metrics.json", "model/weights.bin"]);
    assert.deepEqual(Buffer.from(entries["model/weights.bin"] ?? []), model);
    assert.deepEqual(
      server.store.listByRun(runA).map((artifact) => artifact.id),
      [uploadedId],
    );
  });

  test("run A lists and gets its artifact", async () => {
    const listed = await succeed(runA, { op: "list" });
    assert.deepEqual(
      (listed.artifacts as Record<string, unknown>[]).map(({ id, name, size, digest }) => ({
        id,
        name,
        size,
        digest,
      })),
      [
        {
          id: uploadedId,
          name: "model",
          size: server.store.get(uploadedId)?.size,
          digest: `sha256:${uploadedDigest}`,
        },
      ],
    );
    const got = await succeed(runA, { op: "get", name: "model" });
    assert.equal((got.artifact as Record<string, unknown>).id, uploadedId);
  });

  test("run A downloads the artifact by id, byte for byte, with a matching digest", async () => {
    const path = join(workspace, "download-a");
    const downloaded = await succeed(runA, {
      op: "download",
      artifactId: uploadedId,
      options: { path, expectedHash: `sha256:${uploadedDigest}` },
    });
    assert.equal(downloaded.digestMismatch, false);
    assert.deepEqual(await readFile(join(path, "model", "weights.bin")), model);
    assert.deepEqual(await readFile(join(path, "metrics.json")), metrics);
  });

  test("a second upload with the same name in run A is refused with 409", async () => {
    const again = await call(runA, {
      op: "upload",
      name: "model",
      files: [join(workspace, "out", "metrics.json")],
      rootDirectory: join(workspace, "out"),
    });
    assert.equal(again.ok, false);
    assert.match(
      again.ok ? "" : again.message,
      /\(409\) Conflict: an artifact with the name "model" already exists/,
    );
  });

  test("run B cannot see run A's artifact without findBy", async () => {
    const listed = await succeed(runB, { op: "list" });
    assert.deepEqual(listed.artifacts, []);
    const download = await call(runB, {
      op: "download",
      artifactId: uploadedId,
      options: { path: join(workspace, "b") },
    });
    assert.equal(download.ok, false);
    assert.match(download.ok ? "" : download.message, new RegExp(`No artifacts found for ID: ${uploadedId}`));
  });

  test("run B finds run A's artifact through the REST API with findBy and downloads it", async () => {
    const findBy = {
      token: githubToken,
      workflowRunId: runA,
      repositoryOwner: "octo-org",
      repositoryName: "ml-project",
    };
    const env = { GITHUB_API_URL: rest.url };
    const listed = await succeed(runB, { op: "list", options: { findBy } }, env);
    assert.deepEqual(
      (listed.artifacts as Record<string, unknown>[]).map(({ id, name }) => ({ id, name })),
      [{ id: uploadedId, name: "model" }],
    );
    const path = join(workspace, "download-b");
    const downloaded = await succeed(
      runB,
      {
        op: "download",
        artifactId: uploadedId,
        options: { path, findBy, expectedHash: `sha256:${uploadedDigest}` },
      },
      env,
    );
    assert.equal(downloaded.digestMismatch, false);
    assert.deepEqual(await readFile(join(path, "model", "weights.bin")), model);
  });

  test("a single file uploaded with skipArchive keeps its name and retention, and comes back as is", async () => {
    const uploaded = await succeed(runA, {
      op: "upload",
      name: "ignored",
      files: [join(workspace, "out", "metrics.json")],
      rootDirectory: join(workspace, "out"),
      options: { skipArchive: true, retentionDays: 5 },
    });
    const stored = server.store.get(uploaded.id as number);
    assert.equal(stored?.name, "metrics.json");
    const daysKept = (Date.parse(stored?.expiresAt ?? "") - Date.parse(stored?.createdAt ?? "")) / 86_400_000;
    assert.ok(daysKept > 4.9 && daysKept <= 5, `kept for ${daysKept} days, as retentionDays asked`);
    const path = join(workspace, "download-raw");
    await succeed(runA, { op: "download", artifactId: uploaded.id as number, options: { path } });
    assert.deepEqual(await readFile(join(path, "metrics.json")), metrics);
  });

  test("run A deletes its artifact; the name is free again and the old id is gone", async () => {
    const deleted = await succeed(runA, { op: "delete", name: "model" });
    assert.equal(deleted.id, uploadedId);
    assert.equal(server.store.get(uploadedId), undefined);
    const reuploaded = await succeed(runA, {
      op: "upload",
      name: "model",
      files: [join(workspace, "out", "metrics.json")],
      rootDirectory: join(workspace, "out"),
    });
    assert.notEqual(reuploaded.id, uploadedId);
    const listed = await succeed(runA, { op: "list" });
    assert.deepEqual(
      (listed.artifacts as Record<string, unknown>[]).map((artifact) => artifact.id),
      [reuploaded.id, server.store.listByRun(runA, "metrics.json")[0]?.id],
    );
  });
});
