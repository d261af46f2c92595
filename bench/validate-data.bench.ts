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
import { createWriteStream, existsSync, mkdtempSync, rmSync } from "node:fs";
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
} from "./lib.ts";

const ROWS = Number(process.env.BENCH_DATA_ROWS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_DATA_RUNS ?? 3);
const PYTHON =
  process.env.BENCH_PYTHON ??
  [".venv-bench", ".venv"].map((dir) => join(repoRoot, dir, "bin", "python")).find(existsSync) ??
  join(repoRoot, ".venv", "bin", "python");
const PEERS = (process.env.BENCH_DATA_PEERS ?? "pandas,gx").split(",");
const peers = join(benchRoot, "peers", "validate-data");

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
  const schema = join(peers, "schema.yml");
  const checks = join(peers, "checks.json");
  const env = (): NodeJS.ProcessEnv =>
    stepEnv(scratch, "step", scratch, {
      INPUT_DATA: data,
      INPUT_SCHEMA: schema,
    });
  const ours = [process.execPath, [join(repoRoot, "actions", "validate-data", "dist", "index.js")]] as const;
  const contenders: { name: string; label: string; args: string[]; runs: Measure[] }[] = [];
  if (!PEERS.includes("pandas")) console.log("validate-data: pandas not asked for (BENCH_DATA_PEERS)");
  else if (pythonHas(PYTHON, "pandas"))
    contenders.push({
      name: "pandas",
      label: "pandas read_csv + the same checks",
      args: [join(peers, "pandas_checks.py"), data, checks],
      runs: [],
    });
  else console.log(`validate-data: skipping pandas (no pandas in ${PYTHON}; set BENCH_PYTHON)`);
  if (!PEERS.includes("gx"))
    console.log("validate-data: Great Expectations not asked for (BENCH_DATA_PEERS)");
  else if (pythonHas(PYTHON, "great_expectations"))
    contenders.push({
      name: "gx",
      label: "Great Expectations (pandas datasource)",
      args: [join(peers, "gx_checks.py"), data, checks],
      runs: [],
    });
  else console.log(`validate-data: skipping Great Expectations (not in ${PYTHON}; set BENCH_PYTHON)`);

  const oursRuns: Measure[] = [];
  for (let run = 0; run < RUNS; run++) {
    oursRuns.push(measure(ours[0], [...ours[1]], env(), scratch));
    for (const peer of contenders) peer.runs.push(measure(PYTHON, peer.args, env(), scratch));
  }
  const oursWall = medianOf(oursRuns, "wallMs") ?? Number.NaN;
  const oursCpu = medianOf(oursRuns, "cpuMs");
  const memory = medianOf(oursRuns, "peakMiB");
  console.log(
    `validate-data: ${ROWS} rows, ours median ${oursWall.toFixed(0)} ms wall, ${oursCpu?.toFixed(0) ?? "?"} ms CPU, peak RSS ${memory?.toFixed(0) ?? "?"} MiB`,
  );
  const targets: Record<string, number> = { pandas: 1 / 3, gx: 1 };
  const size = ROWS === 1_000_000 ? "" : `-${ROWS}`;
  for (const peer of contenders) {
    saveResult(
      wallTimeComparison({
        name: `validate-data${size}-vs-${peer.name}`,
        ours: `actions/validate-data (bundle, 2 threads, ${ROWS} rows x 10 columns, 14 checks${memory ? `, peak RSS ${memory.toFixed(0)} MiB` : ""})`,
        peer: peer.label,
        target: targets[peer.name] ?? 1,
        oursRuns,
        peerRuns: peer.runs,
      }),
    );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
