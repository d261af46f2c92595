// What the train action costs on top of the command it runs: its bundle running `true` (no deps, cache,
// artifact or MLflow) the way the runner runs it — main and post, each a node24 process — against the
// same one-line script run as a `run:` step runs it (`bash --noprofile --norc -eo pipefail <file>`).
// Interleaved; we compare medians. The ratio against bash running `true` says little (a few ms against a
// Node start), so the target is an absolute one: at most 300 ms of overhead, which is noise beside any
// real training, and leaves room for the two Node starts (main, post) any JS action with a post step
// pays. A bare `node -e 0` is timed alongside for scale. Python commands pay more (the manifest
// records `pip list` of the interpreter), which this bench leaves out on purpose: it depends on the
// Python installation, not on the action.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { runBundled } from "../test/harness/index.ts";
import { interleave, type MeasuredResult, median, saveResult, timeProcess } from "./lib.ts";

const RUNS = 7;
const TARGET_OVERHEAD_MS = 300;
const COMMAND = "true";

const scratch = mkdtempSync(join(tmpdir(), "bench-train-overhead-"));
try {
  const script = join(scratch, "step.sh");
  writeFileSync(script, `${COMMAND}\n`);
  const direct = () =>
    timeProcess(
      "bash",
      ["--noprofile", "--norc", "-eo", "pipefail", script],
      { PATH: process.env.PATH },
      scratch,
    );
  const action = async () => {
    const run = await runBundled("train", { inputs: { run: COMMAND }, workspace: scratch });
    rmSync(dirname(run.runnerTemp), { recursive: true, force: true });
    if (run.exitCode !== 0 || run.outputs["cache-hit"] !== "false")
      throw new Error(`the train action failed (${run.exitCode}): ${run.logs.join("\n")}`);
    return { main: run.durationMs, total: run.durationMs + (run.post?.durationMs ?? 0) };
  };

  await action(); // warm-up: the first read of the bundle from disk is not what a runner pays per step
  direct();
  const times = await interleave(RUNS, {
    action,
    bash: direct,
    bareNode: () => timeProcess(process.execPath, ["-e", "0"], { PATH: process.env.PATH }, scratch),
  });
  const ours = times.action.map((timed) => timed.total);
  const peer = times.bash;
  const overhead = ours.map((total, run) => total - (peer[run] as number));
  const overheadMs = median(overhead);
  const result: MeasuredResult & { overheadMs: number; oursMainOnlyMs: number; bareNodeStartMs: number } = {
    name: "train-overhead",
    ours: `actions/train dist (main + post) running \`${COMMAND}\`, no deps/cache/artifact`,
    peer: `bash --noprofile --norc -eo pipefail running \`${COMMAND}\` (a run: step)`,
    metric: "median step wall time, ms",
    oursValue: median(ours),
    peerValue: median(peer),
    ratio: median(ours) / median(peer),
    target: `overhead (median of paired differences) <= ${TARGET_OVERHEAD_MS} ms`,
    met: overheadMs <= TARGET_OVERHEAD_MS,
    runs: RUNS,
    overheadMs,
    oursMainOnlyMs: median(times.action.map((timed) => timed.main)),
    bareNodeStartMs: median(times.bareNode),
  };
  saveResult(result);
  console.log(
    `train-overhead: median overhead ${overheadMs.toFixed(1)} ms (main alone ${result.oursMainOnlyMs} ms; a bare \`node -e 0\` ${result.bareNodeStartMs.toFixed(1)} ms)`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
