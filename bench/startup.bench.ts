// Start-up cost of the action kit: a bundled action whose work is trivial must reach its outputs about
// as fast as the smallest hand-written @actions/core action. Both run under the same Node 24, interleaved,
// and we compare medians (a ratio, since this machine is shared and noisy).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { benchRoot, median, repoRoot, saveResult, timeProcess } from "./lib.ts";

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

  const env = (name: string): NodeJS.ProcessEnv => {
    const files = Object.fromEntries(
      ["GITHUB_OUTPUT", "GITHUB_STEP_SUMMARY", "GITHUB_STATE"].map((key) => {
        const file = join(scratch, `${name}-${key}`);
        writeFileSync(file, "");
        return [key, file];
      }),
    );
    return {
      PATH: process.env.PATH,
      ...files,
      RUNNER_TEMP: scratch,
      GITHUB_WORKSPACE: scratch,
      INPUT_MESSAGE: "hello",
    };
  };
  const ours: number[] = [];
  const peer: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    ours.push(
      timeProcess(
        process.execPath,
        [join(repoRoot, "test", "fixture-action", "dist", "index.js")],
        env("ours"),
        scratch,
      ),
    );
    peer.push(timeProcess(process.execPath, [join(peerDist, "index.js")], env("peer"), scratch));
  }
  const ratio = median(ours) / median(peer);
  saveResult({
    name: "startup",
    ours: "test/fixture-action (action kit: inputs, outputs, summary, report)",
    peer: "a minimal @actions/core action",
    metric: "median wall time to exit, ms",
    oursValue: median(ours),
    peerValue: median(peer),
    ratio,
    target: `<= ${TARGET_RATIO}`,
    met: ratio <= TARGET_RATIO,
    runs: RUNS,
    node: process.version,
    date: new Date().toISOString(),
  });
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
