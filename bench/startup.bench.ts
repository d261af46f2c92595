// Start-up cost of the action kit: a bundled action whose work is trivial must reach its outputs about
// as fast as the smallest hand-written @actions/core action. Both run under the same Node 24, interleaved,
// and we compare medians (a ratio, since this machine is shared and noisy).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { benchRoot, interleave, medianRatio, repoRoot, saveResult, stepEnv, timeProcess } from "./lib.ts";

const RUNS = 25;
const TARGET_RATIO = 1.5;

const scratch = mkdtempSync(join(tmpdir(), "bench-startup-"));
try {
  const peerDist = join(scratch, "peer");
  const built = spawnSync(
    join(repoRoot, "node_modules", ".bin", "ncc"),
    [
      "build",
      join(benchRoot, "peers", "core-hello", "main.ts"),
      "-o",
      peerDist,
      "--transpile-only",
      "--quiet",
    ],
    { cwd: repoRoot, encoding: "utf8" },
  );
  if (built.status !== 0) throw new Error(`could not bundle the peer: ${built.stderr}`);

  const env = (name: string) => stepEnv(scratch, name, scratch, { INPUT_MESSAGE: "hello" });
  const times = await interleave(RUNS, {
    ours: () =>
      timeProcess(
        process.execPath,
        [join(repoRoot, "test", "fixture-action", "dist", "index.js")],
        env("ours"),
        scratch,
      ),
    peer: () => timeProcess(process.execPath, [join(peerDist, "index.js")], env("peer"), scratch),
  });
  saveResult({
    name: "startup",
    ours: "test/fixture-action (action kit: inputs, outputs, summary, report)",
    peer: "a minimal @actions/core action",
    metric: "median wall time to exit, ms",
    ...medianRatio(times.ours, times.peer, TARGET_RATIO),
    runs: RUNS,
  });
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
