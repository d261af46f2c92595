// build-model-image's smoke test for real: the committed bundle builds the trained iris model onto a
// real MLServer runtime (scripts/ci/install-podman.sh builds it), runs the image with podman (Debian's
// runc), asks the model through MLServer's V2 endpoint and compares with the model's own predictions,
// computed by the same pickle in .venv-train. A wrong expectation must fail the step and push nothing.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { promisify } from "node:util";
import { type BundledRun, runBundled } from "../harness/index.ts";
import { type RunningRegistry, startRegistry } from "../servers/registry/index.ts";
import {
  type IsolatedPodman,
  isolatedPodman,
  mlserverBaseLayout,
  pushLayout,
} from "./build-model-image-smoke-podman.ts";
import { repoRoot, testPython } from "./train-helpers.ts";

const exec = promisify(execFile);
const example = join(repoRoot, "examples", "iris-classifier");
const smokeFixtures = join(example, "smoke");
const sha = "4f2a9c1e0b7d3a5f6e8c9d0a1b2c3d4e5f6a7b8c";

let registry: RunningRegistry;
let podman: IsolatedPodman;
let workspace: string;
let baseImage: string;
let predictions: { labels: string[]; probabilities: number[] };

before(async () => {
  const { layout, tag } = mlserverBaseLayout();
  podman = isolatedPodman();
  registry = await startRegistry();
  baseImage = `${registry.host}/runtimes/mlserver:${tag}`;
  workspace = mkdtempSync(join(tmpdir(), "build-model-image-smoke-"));
  const python = testPython();
  cpSync(join(example, "train.py"), join(workspace, "train.py"));
  await Promise.all([
    pushLayout(layout, tag, `docker://${baseImage}`),
    exec(python, ["train.py", "--data", join(example, "data", "train.csv"), "--out", "out"], {
      cwd: workspace,
    }),
  ]);
  predictions = await predict(python, join(workspace, "out", "model", "model.pkl"), flowers());
});
after(async () => {
  await registry?.stop();
  await podman?.remove();
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

/** The rows of the example's smoke request. */
function flowers(): number[][] {
  const request = JSON.parse(readFileSync(join(smokeFixtures, "request.json"), "utf8"));
  const input = request.inputs[0] as { shape: [number, number]; data: number[] };
  const [rows, columns] = input.shape;
  return Array.from({ length: rows }, (_, row) => input.data.slice(row * columns, (row + 1) * columns));
}

/** What the pickled model itself predicts for these rows, in the training venv's scikit-learn. */
async function predict(python: string, model: string, rows: number[][]) {
  const script = [
    "import json, pickle, sys",
    "model = pickle.load(open(sys.argv[1], 'rb'))",
    "rows = json.loads(sys.argv[2])",
    "print(json.dumps({'labels': [str(x) for x in model.predict(rows)],",
    "  'probabilities': [float(p) for row in model.predict_proba(rows) for p in row]}))",
  ].join("\n");
  const { stdout } = await exec(python, ["-c", script, model, JSON.stringify(rows)], { encoding: "utf8" });
  return JSON.parse(stdout) as { labels: string[]; probabilities: number[] };
}

function build(
  repository: string,
  files: { request: unknown; expect: unknown },
  extra: { inputs?: Record<string, string>; env?: Record<string, string> } = {},
): Promise<BundledRun> {
  writeFileSync(join(workspace, `${repository}-request.json`), JSON.stringify(files.request));
  writeFileSync(join(workspace, `${repository}-expect.json`), JSON.stringify(files.expect));
  return runBundled("build-model-image", {
    workspace,
    event: {
      name: "push",
      payload: { ref: "refs/heads/main", repository: { default_branch: "main", full_name: "octo-org/iris" } },
    },
    context: { repository: "octo-org/iris", sha, ref: "refs/heads/main" },
    env: { SOURCE_DATE_EPOCH: "1700000000", ...podman.env, ...extra.env },
    timeoutMs: 240_000,
    inputs: {
      model: "out/model",
      "model-name": "iris",
      image: `${registry.host}/acme/${repository}`,
      "base-image": baseImage,
      "insecure-registry": "true",
      "smoke-request": `${repository}-request.json`,
      "smoke-expect": `${repository}-expect.json`,
      "container-runtime": "podman",
      ...extra.inputs,
    },
  });
}

const fixture = (name: string) => JSON.parse(readFileSync(join(smokeFixtures, name), "utf8"));

interface SmokeData {
  status: string;
  summary: string;
  runtime?: string;
  platform?: string;
  mismatches: string[];
}

test("the example's smoke expectation is what the trained model predicts", () => {
  assert.deepEqual(fixture("expect.json").outputs[0].data, predictions.labels);
});

// Side by side: each spends most of its time copying layers or waiting for MLServer to start.
describe("the smoke test with podman", { concurrency: true }, () => {
  test("runs the image with podman, MLServer answers with the model's own predictions, then pushes", async () => {
    const request = {
      ...fixture("request.json"),
      outputs: [{ name: "predict" }, { name: "predict_proba" }],
    };
    const expected = fixture("expect.json");
    const expect = {
      ...expected,
      outputs: [
        expected.outputs[0],
        { name: "predict_proba", shape: [3, 3], data: predictions.probabilities },
      ],
    };
    const run = await build("iris", { request, expect });
    assert.equal(run.exitCode, 0, run.logs.join("\n"));
    const report = run.reports[0]?.report as { status: string; data: { smoke: SmokeData; tags: string[] } };
    assert.equal(report.status, "pass");
    assert.equal(report.data.smoke.status, "pass", report.data.smoke.summary);
    assert.equal(report.data.smoke.runtime, "podman");
    assert.match(report.data.smoke.platform ?? "", /^linux\//);
    assert.ok(
      run.logs.some((line) => line.includes("smoke test: the model answered") && line.includes('"setosa"')),
      "the answer is in the log",
    );
    const summary = run.summary.replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)));
    assert.match(
      summary,
      /<td>smoke test<\/td><td>pass: the answer matches smoke-expect \(podman, linux\/\w+, [\d.]+ s\)/,
    );

    const { stdout } = await exec("skopeo", [
      "inspect",
      "--tls-verify=false",
      `docker://${registry.host}/acme/iris:sha-4f2a9c1`,
    ]);
    assert.equal(JSON.parse(stdout).Digest, run.outputs.digest);
  });

  test("a wrong expectation fails the step with the mismatch and pushes nothing at all", async () => {
    const wrong = fixture("expect.json");
    wrong.outputs[0].data = [...predictions.labels].reverse();
    const run = await build("iris-wrong", { request: fixture("request.json"), expect: wrong });
    assert.equal(run.exitCode, 1, run.logs.join("\n"));
    const errors = run.annotations.filter((a) => a.level === "error").map((a) => a.message);
    assert.equal(errors.length, 1, errors.join("\n"));
    assert.match(
      errors[0] ?? "",
      new RegExp(
        `Smoke test failed, nothing was pushed: .*\\$\\.outputs\\[0\\]\\.data\\[0\\]: expected "${wrong.outputs[0].data[0]}", got "${predictions.labels[0]}"`,
      ),
    );
    const report = run.reports[0]?.report as {
      status: string;
      data: {
        smoke: SmokeData;
        pushed: boolean;
        tags: string[];
        blobs: { uploaded: number; notPushed: number };
        model: { sha256: string };
        platforms: { digest: string }[];
      };
    };
    assert.equal(report.status, "fail");
    assert.equal(report.data.pushed, false);
    assert.deepEqual(report.data.tags, []);
    assert.ok(report.data.smoke.mismatches.length >= 2, "both ends of the reversed list differ");

    // The registry, asked directly: no repository, no manifest, no tag, not one of the image's blobs.
    const catalog = (await (await fetch(`${registry.url}/v2/_catalog`)).json()) as { repositories: string[] };
    assert.ok(!catalog.repositories.includes("acme/iris-wrong"), catalog.repositories.join(", "));
    const manifest = await fetch(`${registry.url}/v2/acme/iris-wrong/manifests/${run.outputs.digest}`);
    assert.equal(manifest.status, 404);
    const tags = await fetch(`${registry.url}/v2/acme/iris-wrong/tags/list`);
    assert.equal(tags.status, 404);
    assert.equal(report.data.blobs.uploaded, 0);
    assert.ok(report.data.blobs.notPushed > 0);
    for (const { digest } of report.data.platforms) {
      const platformManifest = await fetch(`${registry.url}/v2/acme/iris-wrong/manifests/${digest}`);
      assert.equal(platformManifest.status, 404, `manifest ${digest} is not in the registry`);
    }
    // The model layer is uncompressed: its blob digest is the model's sha256 (the layer's diff_id).
    const modelBlob = await fetch(`${registry.url}/v2/acme/iris-wrong/blobs/${report.data.model.sha256}`, {
      method: "HEAD",
    });
    assert.equal(modelBlob.status, 404, "the model layer is not in the registry");
  });

  test("a model that cannot load fails the step as soon as MLServer gives up, with the container's log", async () => {
    mkdirSync(join(workspace, "broken-model"), { recursive: true });
    writeFileSync(join(workspace, "broken-model", "model.pkl"), "these bytes are not a pickle");
    const run = await build(
      "iris-broken",
      { request: fixture("request.json"), expect: fixture("expect.json") },
      { inputs: { model: "broken-model" } },
    );
    assert.equal(run.exitCode, 1, run.logs.join("\n"));
    const errors = run.annotations.filter((a) => a.level === "error").map((a) => a.message);
    assert.equal(errors.length, 1, errors.join("\n"));
    assert.match(
      errors[0] ?? "",
      /^Smoke test failed, nothing was pushed: the container stopped before \/v2\/(health|models\/iris)\/ready answered 200$/,
    );
    const log = run.logs.join("\n");
    assert.match(log, /smoke test: the container's last 100 log lines/);
    // MLServer stops when a model fails to load at startup; its own log tells where.
    assert.match(log, /in _load_model\n.*mlserver\.parallel\.errors\.WorkerError/s, log);
    const catalog = (await (await fetch(`${registry.url}/v2/_catalog`)).json()) as { repositories: string[] };
    assert.ok(!catalog.repositories.includes("acme/iris-broken"));
  });
});

test("with no container runtime on this machine, the smoke test is skipped with a warning and the image pushed", async () => {
  const noRuntime = mkdtempSync(join(tmpdir(), "no-runtime-"));
  try {
    const run = await build(
      "iris-unsmoked",
      { request: fixture("request.json"), expect: fixture("expect.json") },
      { inputs: { "container-runtime": "auto" }, env: { PATH: noRuntime } },
    );
    assert.equal(run.exitCode, 0, run.logs.join("\n"));
    const warnings = run.annotations.filter((a) => a.level === "warning").map((a) => a.message);
    assert.deepEqual(warnings, [
      "Smoke test skipped: no container runtime to run it (podman is not on PATH; docker is not on PATH)",
    ]);
    const report = run.reports[0]?.report as { status: string; data: { smoke: SmokeData; pushed: boolean } };
    assert.equal(report.status, "warn");
    assert.equal(report.data.smoke.status, "skipped");
    assert.equal(report.data.pushed, true);
    const pushed = await fetch(`${registry.url}/v2/acme/iris-unsmoked/manifests/${run.outputs.digest}`, {
      headers: { accept: "application/vnd.oci.image.manifest.v1+json" },
    });
    assert.equal(pushed.status, 200);

    const named = await build(
      "iris-unsmoked",
      { request: fixture("request.json"), expect: fixture("expect.json") },
      { env: { PATH: noRuntime } },
    );
    assert.equal(named.exitCode, 1);
    assert.deepEqual(
      named.annotations.filter((a) => a.level === "error").map((a) => a.message),
      ["container-runtime is podman but podman is not on PATH"],
    );
  } finally {
    rmSync(noRuntime, { recursive: true, force: true });
  }
});

test("the runs left podman as they found it: no container, no image", async () => {
  assert.equal(await podman.podman("ps", "--all", "--quiet"), "", "every container was removed");
  assert.equal(await podman.podman("images", "--quiet"), "", "every image was removed");
});
