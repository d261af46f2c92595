// Restoring a 100 MB model from the train action's run cache against extracting the very same archive
// from a local file with tar. A first run (a miss) trains — the command only checks the model is there —
// and saves model and metrics through `@actions/cache` to the loopback cache service; each later run is a
// hit into a workspace whose model was deleted. Ours is the restore as the action times it (the manifest's
// `durationMs` of a hit: loading @actions/cache, asking the service, downloading the archive over HTTP,
// extracting it); the peer is `tar -xf` of the entry's own bytes, written to disk, with the decompressor
// the cache used (zstd when the runner has it, as here; gzip otherwise) into an empty directory.
// Interleaved; medians compared as a ratio. Target <= 2: the cache adds a download of the whole archive
// (a temp file) before the same extraction. Recorded beside it: `tar -xf` of the uncompressed tar, and a
// hand-written restore over the same service (ask for the URL, `curl` the archive, `tar -xf` it).
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { runBundled } from "../test/harness/index.ts";
import { startArtifactServer } from "../test/servers/artifacts/index.ts";
import { startCacheServer } from "../test/servers/cache/index.ts";
import { type MeasuredResult, median, medianRatio, saveResult, timeProcess } from "./lib.ts";
import {
  archiveCompression,
  curlAndTar,
  decompressFile,
  tarReadArgs,
  writeModel,
} from "./peers/train/model-files.ts";

const RUNS = 5;
const MODEL_BYTES = 100 * 1024 * 1024;
const TARGET_RATIO = 2;

const scratch = mkdtempSync(join(tmpdir(), "bench-train-cache-"));
const artifacts = await startArtifactServer();
const cache = await startCacheServer({ upstream: artifacts });
try {
  const workspace = join(scratch, "ws");
  const modelSha256 = writeModel(workspace, MODEL_BYTES);
  writeFileSync(join(workspace, "train.sh"), "test -s model/weights.bin\n");
  const inputs = {
    run: "bash train.sh",
    deps: "train.sh",
    model: "model/",
    metrics: "out/metrics.json",
  };
  const step = async () => {
    const run = await runBundled("train", { inputs, workspace, artifacts: cache });
    rmSync(dirname(run.runnerTemp), { recursive: true, force: true });
    if (run.exitCode !== 0)
      throw new Error(`the train action failed (${run.exitCode}): ${run.logs.join("\n")}`);
    const report = run.reports[0]?.report as { data: { manifest: { durationMs: number } } } | undefined;
    if (report === undefined) throw new Error("the train action wrote no report");
    return { hit: run.outputs["cache-hit"] === "true", restoreMs: report.data.manifest.durationMs };
  };

  const first = await step();
  const entry = cache.store.all().find((candidate) => candidate.bytes !== undefined);
  if (first.hit || entry?.bytes === undefined) throw new Error("the first run should miss and save an entry");
  const compression = archiveCompression(entry.bytes);
  const archive = join(scratch, `entry.tar.${compression}`);
  writeFileSync(archive, entry.bytes);
  const plainTar = join(scratch, "entry.tar");
  if (compression === "none") writeFileSync(plainTar, entry.bytes);
  else decompressFile(archive, plainTar, compression);

  const tarInto = (file: string, args: string[], run: number) => {
    const target = join(scratch, `peer-${run}`);
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target);
    return timeProcess(
      "tar",
      ["-xf", file, "-P", "-C", target, ...args],
      { PATH: process.env.PATH },
      scratch,
    );
  };
  const ours: number[] = [];
  const peer: number[] = [];
  const plain: number[] = [];
  const curl: number[] = [];
  const service = { url: cache.url, token: cache.envFor({ runId: 1 }).ACTIONS_RUNTIME_TOKEN ?? "" };
  for (let run = 0; run < RUNS; run++) {
    rmSync(join(workspace, "model"), { recursive: true, force: true });
    rmSync(join(workspace, "out"), { recursive: true, force: true });
    const hit = await step();
    if (!hit.hit) throw new Error(`run ${run} should have been a cache hit`);
    if (run === 0) {
      const restored = createHash("sha256").update(readFileSync(join(workspace, "model", "weights.bin")));
      if (restored.digest("hex") !== modelSha256)
        throw new Error("the restored model differs from the saved one");
    }
    ours.push(hit.restoreMs);
    peer.push(tarInto(archive, tarReadArgs(compression), run));
    plain.push(tarInto(plainTar, [], run));
    const curlTarget = join(scratch, `curl-${run}`);
    mkdirSync(curlTarget);
    curl.push(await curlAndTar(service, entry, join(scratch, `download-${run}`), curlTarget, compression));
    for (const dir of [`peer-${run}`, `curl-${run}`, `download-${run}`])
      rmSync(join(scratch, dir), { recursive: true, force: true });
  }
  const result: MeasuredResult & {
    archiveBytes: number;
    compression: string;
    plainTarMs: number;
    curlAndTarMs: number;
  } = {
    name: "train-cache-restore",
    ours: "actions/train run-cache hit: restore of a 100 MB model + 3 small files (@actions/cache over loopback)",
    peer: `tar -xf of the same cache archive from a local file (${compression})`,
    metric: "median restore wall time, ms",
    ...medianRatio(ours, peer, TARGET_RATIO),
    runs: RUNS,
    archiveBytes: statSync(archive).size,
    compression,
    plainTarMs: median(plain),
    curlAndTarMs: median(curl),
  };
  saveResult(result);
  console.log(
    `train-cache-restore: plain tar -xf of the uncompressed archive ${result.plainTarMs.toFixed(1)} ms; ` +
      `the service's URL + curl + tar -xf ${result.curlAndTarMs.toFixed(1)} ms`,
  );
} finally {
  await cache.close();
  await artifacts.close();
  rmSync(scratch, { recursive: true, force: true });
}
