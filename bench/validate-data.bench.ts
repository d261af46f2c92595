// validate-data against its peers on the same generated CSV and the same checks (bench/peers/validate-data):
// pandas (read_csv plus vectorised checks) and Great Expectations 1.x (a suite on its pandas datasource).
// Wall time of whole processes, interleaved, medians compared as ratios (this machine is shared and noisy).
// Each run also records CPU time (user + sys) and peak RSS from GNU time (/usr/bin/time) when installed:
// on a loaded machine CPU time is the steadier measure, and it is saved beside the wall times.
//
// Needs a Python with pandas and great_expectations (a peer whose module is missing is skipped with a
// message). Make one with
//   python3 -m venv .venv-bench && .venv-bench/bin/pip install pandas great_expectations
// and point BENCH_PYTHON at its python (default: .venv-bench/bin/python, else .venv/bin/python).
// BENCH_DATA_ROWS (default 1,000,000) and BENCH_DATA_RUNS (default 3) size the run; BENCH_DATA_PEERS
// (default "pandas,gx") picks the peers (GX on 10M rows takes many minutes and gigabytes). Results:
// bench/results/validate-data-vs-<peer>.json for 1M rows, validate-data-<rows>-vs-<peer>.json otherwise.
import { once } from "node:events";
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultParallelBytes } from "@mlops-actions/data/validate-worker";
import { repoRoot, stepEnv } from "./lib.ts";
import {
  checksDir,
  oursMedians,
  peerContenders,
  ROWS,
  runInterleaved,
  saveComparisons,
} from "./validate-data-contenders.ts";

/** A clean CSV (every check passes, so every contender exits 0): 10 columns of mixed types. */
async function writeData(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  out.write("id,age,score,income,country,segment,code,day,flag,note\n");
  const countries = ["FR", "DE", "IT", "ES"];
  let chunk = "";
  for (let i = 1; i <= rows; i++) {
    const day = `2024-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
    const code = `${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + ((i >> 5) % 26))}-${String(i % 10000).padStart(4, "0")}`;
    chunk += `${i},${18 + (i % 70)},${((i * 7919) % 10000) / 100},${(i * 31) % 250000}.5,${countries[i % 4]},${"abcd"[i % 4]},${code},${day},${i % 2 === 0},note ${i % 977}\n`;
    if (i % 20_000 === 0) {
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
    }
  }
  out.end(chunk);
  await once(out, "finish");
}

const scratch = mkdtempSync(join(tmpdir(), "bench-validate-data-"));
try {
  const data = join(scratch, "train.csv");
  await writeData(data, ROWS);
  const env = (): NodeJS.ProcessEnv =>
    stepEnv(scratch, "step", scratch, { INPUT_DATA: data, INPUT_SCHEMA: join(checksDir, "schema.yml") });
  const contenders = peerContenders("validate-data", data, {
    pandas: "pandas read_csv + the same checks",
    gx: "Great Expectations (pandas datasource)",
  });
  const ours = join(repoRoot, "actions", "validate-data", "dist", "index.js");
  const oursRuns = runInterleaved(ours, contenders, env, scratch);
  const { wall, cpu, peakMiB } = oursMedians(oursRuns);
  console.log(
    `validate-data: ${ROWS} rows, ours median ${wall.toFixed(0)} ms wall, ${cpu?.toFixed(0) ?? "?"} ms CPU, peak RSS ${peakMiB?.toFixed(0) ?? "?"} MiB`,
  );
  const memory = peakMiB ? `, peak RSS ${peakMiB.toFixed(0)} MiB` : "";
  // As the action decides on this machine (by the file's size and the cores).
  const threads = statSync(data).size >= defaultParallelBytes("csv") ? "2 threads" : "1 thread";
  saveComparisons(
    "validate-data",
    "",
    `actions/validate-data (bundle, ${threads}, ${ROWS} rows x 10 columns, 14 checks${memory})`,
    oursRuns,
    contenders,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
