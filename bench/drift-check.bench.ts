// drift-check against its peers on the same generated CSVs (10 columns, reference and a shifted current):
// pandas + scipy computing the same per-column tests, and Evidently's DataDriftPreset
// (bench/peers/drift-check). Ours is the bundled action with `method: evidently`. Wall time of whole
// processes, interleaved, medians compared as ratios (this machine is shared and noisy); peak RSS of ours.
// Needs a Python with pandas, scipy and evidently: BENCH_PYTHON (default .venv-drift/bin/python).
// BENCH_DATA_ROWS (default 1,000,000 per file) and BENCH_DATA_RUNS (default 3) size the run.
import { spawnSync } from "node:child_process";
import { once } from "node:events";
import { createWriteStream, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { benchRoot, median, repoRoot, saveResult, stepEnv, timeProcess } from "./lib.ts";

const ROWS = Number(process.env.BENCH_DATA_ROWS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_DATA_RUNS ?? 3);
const PYTHON = process.env.BENCH_PYTHON ?? join(repoRoot, ".venv-drift", "bin", "python");
const peers = join(benchRoot, "peers", "drift-check");

/** 8 numeric columns (uniform, the current shifted by 0.05 per column index) and 2 categorical ones. */
async function writeData(file: string, rows: number, shift: number, seed: number): Promise<void> {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = createWriteStream(file);
  out.write("a,b,c,d,e,f,g,h,segment,level\n");
  let chunk = "";
  for (let i = 1; i <= rows; i++) {
    const numbers = Array.from({ length: 8 }, (_, c) => (random() * 10 + shift * c).toFixed(4));
    const segment = ["x", "y", "z"][Math.floor(random() * (shift > 0 ? 2.5 : 3))];
    chunk += `${numbers.join(",")},${segment},${Math.floor(random() * 7)}\n`;
    if (i % 20_000 === 0) {
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
    }
  }
  out.end(chunk);
  await once(out, "finish");
}

function pythonHas(modules: string): boolean {
  if (!existsSync(PYTHON)) return false;
  return spawnSync(PYTHON, ["-c", `import ${modules}`], { encoding: "utf8" }).status === 0;
}

/** Peak resident memory of one run in MiB, from GNU time, when it is installed. */
function peakMemoryMiB(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): number | undefined {
  if (!existsSync("/usr/bin/time")) return undefined;
  const result = spawnSync("/usr/bin/time", ["-f", "%M", command, ...args], { env, cwd, encoding: "utf8" });
  const kib = Number(result.stderr.trim().split("\n").at(-1));
  return Number.isFinite(kib) ? kib / 1024 : undefined;
}

const scratch = mkdtempSync(join(tmpdir(), "bench-drift-check-"));
try {
  const reference = join(scratch, "reference.csv");
  const current = join(scratch, "current.csv");
  await writeData(reference, ROWS, 0, 1);
  await writeData(current, ROWS, 0.05, 2);
  const env = (): NodeJS.ProcessEnv =>
    stepEnv(scratch, "step", scratch, {
      INPUT_REFERENCE: reference,
      INPUT_CURRENT: current,
      INPUT_METHOD: "evidently",
      "INPUT_FAIL-ON-DRIFT": "false",
    });
  const ours = [process.execPath, [join(repoRoot, "actions", "drift-check", "dist", "index.js")]] as const;
  const contenders: { name: string; label: string; args: string[]; times: number[]; target: number }[] = [];
  if (pythonHas("pandas, scipy"))
    contenders.push({
      name: "scipy",
      label: "pandas read_csv + scipy, the same tests",
      args: [join(peers, "scipy_drift.py"), reference, current],
      times: [],
      target: 1 / 4,
    });
  else console.log(`drift-check: skipping pandas + scipy (not in ${PYTHON}; set BENCH_PYTHON)`);
  if (pythonHas("evidently"))
    contenders.push({
      name: "evidently",
      label: "Evidently DataDriftPreset",
      args: [join(peers, "evidently_drift.py"), reference, current],
      times: [],
      target: 1 / 10,
    });
  else console.log(`drift-check: skipping Evidently (not in ${PYTHON}; set BENCH_PYTHON)`);

  const oursTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    oursTimes.push(timeProcess(ours[0], [...ours[1]], env(), scratch));
    for (const peer of contenders) peer.times.push(timeProcess(PYTHON, peer.args, env(), scratch));
  }
  const memory = peakMemoryMiB(ours[0], [...ours[1]], env(), scratch);
  console.log(
    `drift-check: ${ROWS} rows x 10 columns each side, ours median ${median(oursTimes).toFixed(0)} ms, peak RSS ${memory?.toFixed(0) ?? "?"} MiB`,
  );
  for (const peer of contenders) {
    const ratio = median(oursTimes) / median(peer.times);
    saveResult({
      name: `drift-check-vs-${peer.name}`,
      ours: `actions/drift-check (bundle, method evidently, ${ROWS} vs ${ROWS} rows x 10 columns${memory ? `, peak RSS ${memory.toFixed(0)} MiB` : ""})`,
      peer: peer.label,
      metric: "median wall time, ms",
      oursValue: median(oursTimes),
      peerValue: median(peer.times),
      ratio,
      target: `<= ${peer.target.toFixed(2)}`,
      met: ratio <= peer.target,
      runs: RUNS,
      node: process.version,
      date: new Date().toISOString(),
    });
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
