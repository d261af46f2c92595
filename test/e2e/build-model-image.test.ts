// build-model-image's committed bundle, run as the runner runs it, against the real distribution
// registry on loopback (behind a logging proxy), with a two-platform stand-in runtime as the base.
// The results are inspected with skopeo and umoci, not with our own client.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { promisify } from "node:util";
import { RegistryClient } from "@mlops-actions/oci";
import { Ajv2020 } from "ajv/dist/2020.js";
import { type BundledRun, runBundled } from "../harness/index.ts";
import {
  type PushedBase,
  pushBaseImage,
  pushDockerBaseImage,
  type RegistryProxy,
  type RunningRegistry,
  startRegistry,
  startRegistryProxy,
} from "../servers/registry/index.ts";

const sha = "4f2a9c1e0b7d3a5f6e8c9d0a1b2c3d4e5f6a7b8c";
const scratch = mkdtempSync(join(tmpdir(), "build-model-image-e2e-"));
let registry: RunningRegistry;
let proxy: RegistryProxy;
let base: PushedBase;

before(async () => {
  registry = await startRegistry();
  proxy = await startRegistryProxy(registry.host);
  const client = new RegistryClient({ registry: proxy.host, insecure: true });
  base = await pushBaseImage(client, "runtimes/stand-in", "1.0", ["linux/amd64", "linux/arm64"]);
});
after(async () => {
  await proxy?.stop();
  await registry?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

/** A workspace with the iris model under `<parent>/iris`, its files written with the given time. */
function workspaceWithModel(parent: string, fileTime: number): string {
  const workspace = join(scratch, parent);
  const model = join(workspace, "models", "iris");
  mkdirSync(join(model, "extra"), { recursive: true });
  const files: Record<string, string> = {
    "model.joblib": "joblib-bytes-of-a-random-forest",
    "extra/classes.txt": "setosa\nversicolor\nvirginica\n",
  };
  for (const [path, content] of Object.entries(files)) {
    writeFileSync(join(model, path), content);
    utimesSync(join(model, path), fileTime, fileTime);
  }
  return workspace;
}

const pushEvent = {
  name: "push",
  payload: { ref: "refs/heads/main", repository: { default_branch: "main", full_name: "octo-org/iris" } },
};

function build(
  workspace: string,
  inputs: Record<string, string> = {},
  host = proxy.host,
): Promise<BundledRun> {
  return runBundled("build-model-image", {
    workspace,
    event: pushEvent,
    context: { repository: "octo-org/iris", sha, ref: "refs/heads/main" },
    env: { SOURCE_DATE_EPOCH: "1700000000" },
    inputs: {
      model: "models/iris",
      image: `${host}/acme/iris`,
      "base-image": `${host}/runtimes/stand-in:1.0`,
      "insecure-registry": "true",
      tags: "v-extra",
      ...inputs,
    },
  });
}

const validateData = new Ajv2020({ strict: true }).compile(
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, "../../actions/build-model-image/report-data.schema.json"),
      "utf8",
    ),
  ),
);

/** The run's one report, its data checked against the documented JSON Schema. */
function reportOf(run: BundledRun): { status: string; data: unknown } {
  assert.equal(run.reports.length, 1);
  const report = run.reports[0]?.report as { status: string; data: unknown };
  assert.ok(validateData(report.data), JSON.stringify(validateData.errors));
  return report;
}

// Asynchronous: the proxy lives in this process and must keep answering while skopeo talks to it.
const exec = promisify(execFile);
const skopeo = async (...args: string[]) => (await exec("skopeo", args, { encoding: "utf8" })).stdout;

test("builds a two-platform image with the model under /models, tags it and labels it", async () => {
  const workspace = workspaceWithModel("first", 1_000_000_000);
  writeFileSync(
    join(workspace, "metrics.json"),
    JSON.stringify({ accuracy: 0.95333, eval: { f1: 0.9471 }, note: "x" }),
  );
  const run = await build(workspace, { metrics: "metrics.json" });
  assert.equal(run.exitCode, 0, run.logs.join("\n"));
  const digest = run.outputs.digest as string;
  assert.match(digest, /^sha256:[a-f0-9]{64}$/);
  assert.equal(run.outputs.image, `${proxy.host}/acme/iris@${digest}`);
  assert.deepEqual(JSON.parse(run.outputs.tags as string), ["main", "latest", "sha-4f2a9c1", "v-extra"]);

  const index = JSON.parse(
    await skopeo("inspect", "--tls-verify=false", "--raw", `docker://${proxy.host}/acme/iris:latest`),
  );
  assert.equal(index.mediaType, "application/vnd.oci.image.index.v1+json");
  assert.deepEqual(
    index.manifests.map((m: { platform: { architecture: string } }) => m.platform.architecture),
    ["amd64", "arm64"],
  );
  assert.equal(index.annotations["org.opencontainers.image.revision"], sha);

  const arm = JSON.parse(
    await skopeo(
      "inspect",
      "--tls-verify=false",
      "--override-arch",
      "arm64",
      "--override-os",
      "linux",
      `docker://${proxy.host}/acme/iris:sha-4f2a9c1`,
    ),
  );
  assert.equal(arm.Architecture, "arm64");
  assert.equal(arm.Layers.length, 3, "base layer + model layer + settings layer");
  assert.equal(arm.Layers[0], base.platforms[1]?.layerDigest);
  assert.equal(arm.Labels["org.opencontainers.image.source"], "https://github.com/octo-org/iris");
  assert.equal(arm.Labels["org.opencontainers.image.created"], "2023-11-14T22:13:20Z");
  assert.equal(arm.Labels["dev.mlops-actions.model.framework"], "sklearn");
  assert.equal(arm.Labels["dev.mlops-actions.model.metrics"], "accuracy=0.9533, eval.f1=0.9471");
  assert.equal(arm.Labels["runtime.name"], "stand-in", "base labels are kept");
  assert.ok(arm.Env.includes("MLSERVER_MODELS_DIR=/models"), arm.Env.join(" "));
  assert.ok(!arm.Env.includes("MLSERVER_MODELS_DIR=/mnt/models"));

  const config = JSON.parse(
    await skopeo(
      "inspect",
      "--tls-verify=false",
      "--config",
      "--override-arch",
      "amd64",
      "--override-os",
      "linux",
      `docker://${proxy.host}/acme/iris:main`,
    ),
  );
  assert.deepEqual(config.config.Cmd, ["/usr/bin/serve"], "the base's command is kept");
  assert.ok("8080/tcp" in config.config.ExposedPorts);
  assert.equal(config.rootfs.diff_ids.length, 3);
  assert.equal(config.history.length, 3);

  // Unpack the amd64 image with umoci and look at the files the runtime will see.
  const layout = join(scratch, "layout");
  await skopeo(
    "copy",
    "--src-tls-verify=false",
    "--override-arch",
    "amd64",
    `docker://${proxy.host}/acme/iris:v-extra`,
    `oci:${layout}:unpacked`,
  );
  const bundle = join(scratch, "bundle");
  await exec("umoci", ["unpack", "--rootless", "--image", `${layout}:unpacked`, bundle]);
  const rootfs = join(bundle, "rootfs");
  assert.equal(
    readFileSync(join(rootfs, "models", "model.joblib"), "utf8"),
    "joblib-bytes-of-a-random-forest",
  );
  assert.equal(
    readFileSync(join(rootfs, "models", "extra", "classes.txt"), "utf8"),
    "setosa\nversicolor\nvirginica\n",
  );
  assert.deepEqual(JSON.parse(readFileSync(join(rootfs, "models", "model-settings.json"), "utf8")), {
    name: "iris",
    implementation: "mlserver_sklearn.SKLearnModel",
    parameters: { uri: "./model.joblib" },
  });
  assert.match(readFileSync(join(rootfs, "etc", "runtime-release"), "utf8"), /linux\/amd64/);

  const report = reportOf(run);
  assert.equal(report.status, "pass");
  const data = report.data as {
    digest: string;
    blobs: { uploaded: number };
    model: { framework: string };
  };
  assert.equal(data.digest, digest);
  assert.equal(data.model.framework, "sklearn");
  assert.equal(data.blobs.uploaded, 4, "model layer, settings layer and two configs; base layers mounted");
});

test("a rebuild from another folder with other file times gives the same digest and uploads no blob", async () => {
  const first = await build(workspaceWithModel("again-1", 1_100_000_000));
  const before = proxy.requests.length;
  const second = await build(workspaceWithModel("again-2", 1_600_000_000));
  assert.equal(second.exitCode, 0, second.logs.join("\n"));
  assert.equal(second.outputs.digest, first.outputs.digest);
  const requests = proxy.requests.slice(before);
  const writes = requests.filter((r) => r.url.includes("/blobs/uploads/"));
  assert.deepEqual(writes, [], "no upload was started");
  assert.ok(
    requests.some((r) => r.method === "HEAD" && r.url.includes("/acme/iris/blobs/") && r.status === 200),
  );
  const data = reportOf(second).data as { blobs: { uploaded: number; exists: number } };
  assert.equal(data.blobs.uploaded, 0);
});

test("push: false computes the same digest and sends nothing", async () => {
  const pushed = await build(workspaceWithModel("dry-1", 1_200_000_000));
  const before = proxy.requests.length;
  const dry = await build(workspaceWithModel("dry-2", 1_300_000_000), { push: "false" });
  assert.equal(dry.exitCode, 0, dry.logs.join("\n"));
  assert.equal(dry.outputs.digest, pushed.outputs.digest);
  assert.deepEqual(JSON.parse(dry.outputs.tags as string), []);
  assert.ok(
    proxy.requests.slice(before).every((r) => r.method === "GET"),
    "only reads of the base",
  );
});

test("builds only the platforms asked for", async () => {
  const run = await build(workspaceWithModel("amd-only", 1_000_000_000), {
    platforms: "linux/amd64",
    tags: "amd-only",
  });
  assert.equal(run.exitCode, 0, run.logs.join("\n"));
  const index = JSON.parse(
    await skopeo("inspect", "--tls-verify=false", "--raw", `docker://${proxy.host}/acme/iris:amd-only`),
  );
  assert.deepEqual(
    index.manifests.map((m: { platform: { architecture: string } }) => m.platform.architecture),
    ["amd64"],
  );
});

test("user errors are one line: a platform the base lacks, a folder without a model", async () => {
  const missing = await build(workspaceWithModel("riscv", 1_000_000_000), { platforms: "linux/riscv64" });
  assert.equal(missing.exitCode, 1);
  assert.ok(
    missing.logs.some((l) =>
      l.includes("##[error]the base image has no platform linux/riscv64 (it has linux/amd64, linux/arm64)"),
    ),
    missing.logs.join("\n"),
  );
  const workspace = join(scratch, "no-model");
  mkdirSync(join(workspace, "models", "iris"), { recursive: true });
  writeFileSync(join(workspace, "models", "iris", "README.md"), "nothing here");
  const none = await build(workspace);
  assert.equal(none.exitCode, 1);
  assert.ok(
    none.logs.some((l) => l.startsWith("##[error]Input 'model': no model file found")),
    none.logs.join("\n"),
  );
});

test("a refused push explains itself and never prints the password", async () => {
  const guarded = await startRegistryProxy(registry.host, {
    bearer: { username: "bot", password: "right-password-1" },
  });
  try {
    const run = await build(
      workspaceWithModel("denied", 1_000_000_000),
      {
        "registry-username": "bot",
        "registry-password": "wrong-password-1",
      },
      guarded.host,
    );
    assert.equal(run.exitCode, 1);
    const errors = run.logs.filter((l) => l.startsWith("##[error]"));
    assert.equal(errors.length, 1, run.logs.join("\n"));
    assert.match(
      errors[0] as string,
      /Access to 127\.0\.0\.1:\d+\/acme\/iris was refused \(401\): check registry-username/,
    );
    assert.ok(!run.logs.join("\n").includes("wrong-password-1"));

    const ok = await build(
      workspaceWithModel("allowed", 1_000_000_000),
      {
        "registry-username": "bot",
        "registry-password": "right-password-1",
        tags: "via-token",
      },
      guarded.host,
    );
    assert.equal(ok.exitCode, 0, ok.logs.join("\n"));
    assert.ok(guarded.issuedScopes.length > 0, "the token flow was used");
  } finally {
    await guarded.stop();
  }
});

test("a base on another registry: its layers are copied through, verified by digest", async () => {
  const other = await startRegistry();
  try {
    const otherBase = await pushBaseImage(
      new RegistryClient({ registry: other.host, insecure: true }),
      "mirror/runtime",
      "2.0",
      ["linux/amd64"],
    );
    const run = await build(workspaceWithModel("cross", 1_000_000_000), {
      "base-image": `${other.host}/mirror/runtime:2.0`,
      image: `${proxy.host}/acme/cross`,
      tags: "cross",
    });
    // The base registry is spoken to over plain HTTP because it is on loopback, as dockerd does.
    assert.equal(run.exitCode, 0, run.logs.join("\n"));
    const inspected = JSON.parse(
      await skopeo("inspect", "--tls-verify=false", `docker://${proxy.host}/acme/cross:cross`),
    );
    assert.equal(inspected.Layers[0], otherBase.platforms[0]?.layerDigest);
    const data = reportOf(run).data as {
      base: { digest: string };
      blobs: { uploaded: number; mounted: number };
    };
    assert.equal(data.base.digest, otherBase.digest);
    assert.equal(data.blobs.mounted, 0);
    assert.equal(data.blobs.uploaded, 4, "base layer, model layer, settings layer, config");
  } finally {
    await other.stop();
  }
});

test("format: modelpack pushes a CNCF ModelPack artifact with one raw layer per file", async () => {
  const workspace = workspaceWithModel("pack", 1_000_000_000);
  writeFileSync(join(workspace, "models", "iris", "README.md"), "# Iris\n");
  const run = await build(workspace, {
    format: "modelpack",
    image: `${proxy.host}/acme/iris-pack`,
    tags: "",
  });
  assert.equal(run.exitCode, 0, run.logs.join("\n"));
  const manifest = JSON.parse(
    await skopeo("inspect", "--tls-verify=false", "--raw", `docker://${proxy.host}/acme/iris-pack:latest`),
  );
  assert.equal(manifest.artifactType, "application/vnd.cncf.model.manifest.v1+json");
  assert.equal(manifest.config.mediaType, "application/vnd.cncf.model.config.v1+json");
  assert.deepEqual(
    manifest.layers.map((l: { mediaType: string; annotations: Record<string, string> }) => [
      l.annotations["org.cncf.model.filepath"],
      l.mediaType,
    ]),
    [
      ["README.md", "application/vnd.cncf.model.doc.v1.raw"],
      ["extra/classes.txt", "application/vnd.cncf.model.weight.config.v1.raw"],
      ["model.joblib", "application/vnd.cncf.model.weight.v1.raw"],
    ],
  );
  const weight = manifest.layers[2];
  const blob = await fetch(`http://${proxy.host}/v2/acme/iris-pack/blobs/${weight.digest}`);
  assert.equal(await blob.text(), "joblib-bytes-of-a-random-forest", "a raw layer is the file itself");
  const configResponse = await fetch(
    `http://${proxy.host}/v2/acme/iris-pack/blobs/${manifest.config.digest}`,
  );
  const config = (await configResponse.json()) as {
    config: { format: string };
    descriptor: { revision: string };
    modelfs: { diff_ids: string[] };
  };
  assert.equal(config.config.format, "sklearn");
  assert.equal(config.descriptor.revision, sha);
  assert.deepEqual(
    config.modelfs.diff_ids,
    manifest.layers.map((l: { digest: string }) => l.digest),
  );
  assert.equal(manifest.annotations["dev.mlops-actions.model.framework"], "sklearn");
  const data = reportOf(run).data as { format: string; platforms: unknown[] };
  assert.equal(data.format, "modelpack");
  assert.deepEqual(data.platforms, []);
});

test("a single-platform base in Docker media types gives one OCI manifest with the same layer bytes", async () => {
  const dockerBase = await pushDockerBaseImage(
    new RegistryClient({ registry: proxy.host, insecure: true }),
    "runtimes/docker-typed",
    "3",
  );
  const run = await build(workspaceWithModel("docker-typed", 1_000_000_000), {
    "base-image": `${proxy.host}/runtimes/docker-typed:3`,
    image: `${proxy.host}/acme/from-docker`,
    tags: "",
  });
  assert.equal(run.exitCode, 0, run.logs.join("\n"));
  const manifest = JSON.parse(
    await skopeo("inspect", "--tls-verify=false", "--raw", `docker://${proxy.host}/acme/from-docker:latest`),
  );
  assert.equal(manifest.mediaType, "application/vnd.oci.image.manifest.v1+json");
  assert.equal(manifest.config.mediaType, "application/vnd.oci.image.config.v1+json");
  assert.deepEqual(manifest.layers[0], {
    mediaType: "application/vnd.oci.image.layer.v1.tar+gzip",
    digest: dockerBase.layerDigest,
    size: manifest.layers[0].size,
  });
  assert.equal(
    manifest.layers[1].mediaType,
    "application/vnd.oci.image.layer.v1.tar",
    "the model layer is uncompressed",
  );
  assert.equal(
    run.outputs.digest,
    `sha256:${createHash("sha256").update(JSON.stringify(manifest)).digest("hex")}`,
  );
  const data = reportOf(run).data as { platforms: { platform: string }[]; mediaType: string };
  assert.deepEqual(
    data.platforms.map((p) => p.platform),
    ["linux/amd64"],
  );
});
