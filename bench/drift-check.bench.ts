// drift-check against its peers on the same generated CSVs (10 columns, reference and a shifted current):
// pandas + scipy computing the same per-column tests, and Evidently's DataDriftPreset
// (bench/peers/drift-check). Ours is the bundled action with `method: evidently`. Wall time of whole
// processes, interleaved, medians compared as ratios (this machine is shared and noisy). Each run also
// records CPU time (user + sys) and peak RSS from GNU time (/usr/bin/time) when installed: ours profiles
// the two files on two threads, so its CPU time is larger than its wall time, the peers' about equal.
// Needs a Python with pandas, scipy and evidently: BENCH_PYTHON (default .venv-drift/bin/python).
// BENCH_DATA_ROWS (default 1,000,000 per file) and BENCH_DATA_RUNS (default 3) size the run. Results:
// bench/results/drift-check-vs-<peer>.json for 1M rows, drift-check-<rows>-vs-<peer>.json otherwise.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  benchRoot,
  type Measure,
  measure,
  medianOf,
  pythonHas,
  repoRoot,
  saveResult,
  stepEnv,
  wallTimeComparison,
  withPythonVersions,
} from "./lib.ts";
import { writeDriftData } from "./peers/drift-check/drift-bench-support.ts";

const ROWS = Number(process.env.BENCH_DATA_ROWS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_DATA_RUNS ?? 3);
const PYTHON = process.env.BENCH_PYTHON ?? join(repoRoot, ".venv-drift", "bin", "python");
const peers = join(benchRoot, "peers", "drift-check");

const scratch = mkdtempSync(join(tmpdir(), "bench-drift-check-"));
try {
  const reference = join(scratch, "reference.csv");
  const current = join(scratch, "current.csv");
  await writeDriftData(reference, ROWS, 0, 1);
  await writeDriftData(current, ROWS, 0.05, 2);
  const env = (): NodeJS.ProcessEnv =>
    stepEnv(scratch, "step", scratch, {
      INPUT_REFERENCE: reference,
      INPUT_CURRENT: current,
      INPUT_METHOD: "evidently",
      "INPUT_FAIL-ON-DRIFT": "false",
    });
  const ours = [process.execPath, [join(repoRoot, "actions", "drift-check", "dist", "index.js")]] as const;
  const contenders: { name: string; label: string; args: string[]; runs: Measure[]; target: number }[] = [];
  if (pythonHas(PYTHON, "pandas, scipy"))
    contenders.push({
      name: "scipy",
      label: withPythonVersions("pandas read_csv + scipy, the same tests", PYTHON, [
        "pandas",
        "scipy",
        "numpy",
      ]),
      args: [join(peers, "scipy_drift.py"), reference, current],
      runs: [],
      target: 1 / 4,
    });
  else console.log(`drift-check: skipping pandas + scipy (not in ${PYTHON}; set BENCH_PYTHON)`);
  if (pythonHas(PYTHON, "evidently"))
    contenders.push({
      name: "evidently",
      label: withPythonVersions("Evidently DataDriftPreset", PYTHON, ["evidently", "pandas", "scipy"]),
      args: [join(peers, "evidently_drift.py"), reference, current],
      runs: [],
      target: 1 / 10,
    });
  else console.log(`drift-check: skipping Evidently (not in ${PYTHON}; set BENCH_PYTHON)`);

  const oursRuns: Measure[] = [];
  for (let run = 0; run < RUNS; run++) {
    oursRuns.push(measure(ours[0], [...ours[1]], env(), scratch));
    for (const peer of contenders) peer.runs.push(measure(PYTHON, peer.args, env(), scratch));
  }
  const oursWall = medianOf(oursRuns, "wallMs") ?? Number.NaN;
  const oursCpu = medianOf(oursRuns, "cpuMs");
  const memory = medianOf(oursRuns, "peakMiB");
  console.log(
    `drift-check: ${ROWS} rows x 10 columns each side, ours median ${oursWall.toFixed(0)} ms wall, ${oursCpu?.toFixed(0) ?? "?"} ms CPU, peak RSS ${memory?.toFixed(0) ?? "?"} MiB`,
  );
  for (const peer of contenders) {
    saveResult(
      wallTimeComparison({
        name: `drift-check${ROWS === 1_000_000 ? "" : `-${ROWS}`}-vs-${peer.name}`,
        ours: `actions/drift-check (bundle, method evidently, ${ROWS} vs ${ROWS} rows x 10 columns${memory ? `, peak RSS ${memory.toFixed(0)} MiB` : ""})`,
        peer: peer.label,
        target: peer.target,
        oursRuns,
        peerRuns: peer.runs,
      }),
    );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
