// validate-data on Parquet against its peers: the data of validate-data.bench.ts (the same values, row by
// row) written by pyarrow (snappy, pyarrow's default row groups of 1,048,576 rows; see
// peers/validate-data-parquet/write_data.py), the same schema and checks (peers/validate-data/schema.yml and
// checks.json). Peers: pandas (read_parquet with pyarrow, then the checks, vectorised) and Great
// Expectations 1.x (a suite on its pandas datasource's parquet asset). Wall time of whole processes,
// interleaved, medians compared as ratios; CPU time (user + sys) and peak RSS from GNU time when installed.
//
// Needs a Python with pyarrow (to write the data), pandas and great_expectations; see the header of
// validate-data.bench.ts for the venv, BENCH_PYTHON picks its python. BENCH_DATA_ROWS (default 1,000,000),
// BENCH_DATA_RUNS (default 3) and BENCH_DATA_PEERS (default "pandas,gx") as there. Results:
// bench/results/validate-data-parquet-vs-<peer>.json for 1M rows, validate-data-parquet-<rows>-vs-<peer>.json
// otherwise; with more rows than one row group holds, they show whether our peak memory follows the row
// group or the file.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
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
const peers = join(benchRoot, "peers", "validate-data-parquet");
const csvPeers = join(benchRoot, "peers", "validate-data");

if (!pythonHas(PYTHON, "pyarrow")) {
  console.log(`validate-data-parquet: skipped (no pyarrow in ${PYTHON} to write the data; set BENCH_PYTHON)`);
  process.exit(0);
}
const scratch = mkdtempSync(join(tmpdir(), "bench-validate-data-parquet-"));
try {
  const data = join(scratch, "train.parquet");
  const written = spawnSync(PYTHON, [join(peers, "write_data.py"), data, String(ROWS)], { encoding: "utf8" });
  if (written.status !== 0) throw new Error(`write_data.py failed: ${written.stdout}${written.stderr}`);
  const layout = written.stdout.trim().replace(/^wrote \S+: /, "");
  const checks = join(csvPeers, "checks.json");
  const env = (): NodeJS.ProcessEnv =>
    stepEnv(scratch, "step", scratch, { INPUT_DATA: data, INPUT_SCHEMA: join(csvPeers, "schema.yml") });
  // A copy of the bundle, so that a rebundle during the runs cannot touch them.
  cpSync(join(repoRoot, "actions", "validate-data", "dist"), join(scratch, "dist"), { recursive: true });
  const ours = join(scratch, "dist", "index.js");
  const contenders: { name: string; label: string; args: string[]; runs: Measure[] }[] = [];
  if (!PEERS.includes("pandas"))
    console.log("validate-data-parquet: pandas not asked for (BENCH_DATA_PEERS)");
  else if (pythonHas(PYTHON, "pandas"))
    contenders.push({
      name: "pandas",
      label: "pandas read_parquet (pyarrow) + the same checks",
      args: [join(csvPeers, "pandas_checks.py"), data, checks],
      runs: [],
    });
  else console.log(`validate-data-parquet: skipping pandas (no pandas in ${PYTHON}; set BENCH_PYTHON)`);
  if (!PEERS.includes("gx"))
    console.log("validate-data-parquet: Great Expectations not asked for (BENCH_DATA_PEERS)");
  else if (pythonHas(PYTHON, "great_expectations"))
    contenders.push({
      name: "gx",
      label: "Great Expectations (pandas datasource, parquet asset)",
      args: [join(csvPeers, "gx_checks.py"), data, checks],
      runs: [],
    });
  else console.log(`validate-data-parquet: skipping Great Expectations (not in ${PYTHON}; set BENCH_PYTHON)`);

  const oursRuns: Measure[] = [];
  for (let run = 0; run < RUNS; run++) {
    oursRuns.push(measure(process.execPath, [ours], env(), scratch));
    for (const peer of contenders) peer.runs.push(measure(PYTHON, peer.args, env(), scratch));
  }
  const oursWall = medianOf(oursRuns, "wallMs") ?? Number.NaN;
  const oursCpu = medianOf(oursRuns, "cpuMs");
  const memory = medianOf(oursRuns, "peakMiB");
  const megabytes = (statSync(data).size / 1e6).toFixed(1);
  console.log(
    `validate-data-parquet: ${layout} (${megabytes} MB), ours median ${oursWall.toFixed(0)} ms wall, ${oursCpu?.toFixed(0) ?? "?"} ms CPU, peak RSS ${memory?.toFixed(0) ?? "?"} MiB`,
  );
  const targets: Record<string, number> = { pandas: 1 / 3, gx: 1 };
  const size = ROWS === 1_000_000 ? "" : `-${ROWS}`;
  for (const peer of contenders) {
    saveResult(
      wallTimeComparison({
        name: `validate-data-parquet${size}-vs-${peer.name}`,
        ours: `actions/validate-data (bundle, Parquet ${layout}, ${megabytes} MB, 10 columns, 14 checks${memory ? `, peak RSS ${memory.toFixed(0)} MiB` : ""})`,
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
