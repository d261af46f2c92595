// Pushing a 200 MB model: build-model-image's bundle (tar the model, hash it, build config, manifests
// and index, push through the registry API) against `skopeo copy` pushing the very same image from an
// OCI layout on disk — the bytes already packed, so the peer does strictly less work. Both push to fresh
// repositories of loopback docker-registries, interleaved; we compare medians (a ratio, since this
// machine is shared and noisy). Each peer run pushes to a registry of its own, started untimed: skopeo
// remembers where it saw a blob and would otherwise mount it instead of sending it. Ours pushes to fresh
// repositories, where it uploads the model layer in full (it mounts only base layers).
// Needs scripts/ci/install-registry.sh.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RegistryClient } from "@mlops-actions/oci";
import { pushBaseImage, startRegistry } from "../test/servers/registry/index.ts";
import { medianRatio, repoRoot, saveResult, stepEnv, timeProcess } from "./lib.ts";

const RUNS = 3;
const MODEL_BYTES = 200 * 1024 * 1024;
const TARGET_RATIO = 1.5;

const scratch = mkdtempSync(join(tmpdir(), "bench-build-model-image-"));
const registry = await startRegistry();
try {
  await pushBaseImage(new RegistryClient({ registry: registry.host, insecure: true }), "runtimes/base", "1", [
    "linux/amd64",
  ]);
  const workspace = join(scratch, "ws");
  mkdirSync(join(workspace, "model"), { recursive: true });
  writeFileSync(join(workspace, "model", "model.onnx"), randomBytes(MODEL_BYTES));

  const ours = (run: number) => {
    const env = stepEnv(scratch, String(run), workspace, {
      SOURCE_DATE_EPOCH: "1700000000",
      INPUT_MODEL: "model",
      INPUT_IMAGE: `${registry.host}/bench/ours-${run}`,
      "INPUT_BASE-IMAGE": `${registry.host}/runtimes/base:1`,
      "INPUT_INSECURE-REGISTRY": "true",
      INPUT_TAGS: "bench",
    });
    return timeProcess(
      process.execPath,
      [join(repoRoot, "actions", "build-model-image", "dist", "index.js")],
      env,
      workspace,
    );
  };

  // The peer's input: the same image, exported once (untimed) to an OCI layout.
  const first = ours(0);
  const layout = join(scratch, "layout");
  const exported = spawnSync(
    "skopeo",
    ["copy", "--src-tls-verify=false", `docker://${registry.host}/bench/ours-0:bench`, `oci:${layout}:bench`],
    { encoding: "utf8" },
  );
  if (exported.status !== 0) throw new Error(`skopeo export failed: ${exported.stderr}`);
  const peer = async (run: number) => {
    const peerRegistry = await startRegistry();
    try {
      return timeProcess(
        "skopeo",
        [
          "copy",
          "--quiet",
          "--dest-tls-verify=false",
          `oci:${layout}:bench`,
          `docker://${peerRegistry.host}/bench/peer-${run}:bench`,
        ],
        { PATH: process.env.PATH },
        scratch,
      );
    } finally {
      await peerRegistry.stop();
    }
  };

  const oursTimes: number[] = [first];
  const peerTimes: number[] = [];
  for (let run = 1; run <= RUNS; run++) {
    peerTimes.push(await peer(run));
    if (run < RUNS) oursTimes.push(ours(run));
  }
  saveResult({
    name: "build-model-image",
    ours: "actions/build-model-image bundle: tar + hash a 200 MB model, build the image, push",
    peer: "skopeo copy of the same image from an OCI layout",
    metric: "median wall time, ms",
    ...medianRatio(oursTimes, peerTimes, TARGET_RATIO),
    runs: RUNS,
  });
} finally {
  await registry.stop();
  rmSync(scratch, { recursive: true, force: true });
}
