// validate-data on Parquet against its peers: the data of validate-data.bench.ts (the same values, row by
// row) written by pyarrow (snappy, pyarrow's default row groups of 1,048,576 rows; see
// peers/validate-data-parquet/write_data.py), the same schema and checks (peers/validate-data/schema.yml and
// checks.json). Peers: pandas (read_parquet with pyarrow, then the checks, vectorised) and Great
// Expectations 1.x (a suite on its pandas datasource's parquet asset). Wall time of whole processes,
// interleaved, medians compared as ratios; CPU time (user + sys) and peak RSS from GNU time when installed.
//
// Needs a Python with pyarrow (to write the data), pandas and great_expectations; see the header of
// validate-data.bench.ts for the venv, BENCH_PYTHON picks its python. BENCH_DATA_ROWS (default 1,000,000),
// BENCH_DATA_RUNS (default 3) and BENCH_DATA_PEERS (default "pandas,gx") as there; BENCH_PARQUET_GROUP_ROWS
// writes row groups of that many rows (other writers cut smaller ones than pyarrow's). Results:
// bench/results/validate-data-parquet-vs-<peer>.json for 1M rows, validate-data-parquet-<rows>-vs-<peer>.json
// otherwise, with -groups-<rows> after the name for BENCH_PARQUET_GROUP_ROWS; with more rows than one row
// group holds, they show whether our peak memory follows the row group or the file.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { benchRoot, pythonHas, repoRoot, stepEnv } from "./lib.ts";
import {
  checksDir,
  oursMedians,
  PYTHON,
  peerContenders,
  ROWS,
  runInterleaved,
  saveComparisons,
} from "./validate-data-contenders.ts";

const peers = join(benchRoot, "peers", "validate-data-parquet");

if (!pythonHas(PYTHON, "pyarrow")) {
  console.log(`validate-data-parquet: skipped (no pyarrow in ${PYTHON} to write the data; set BENCH_PYTHON)`);
  process.exit(0);
}
const groupRows = process.env.BENCH_PARQUET_GROUP_ROWS;
const scratch = mkdtempSync(join(tmpdir(), "bench-validate-data-parquet-"));
try {
  const data = join(scratch, "train.parquet");
  const written = spawnSync(
    PYTHON,
    [join(peers, "write_data.py"), data, String(ROWS), ...(groupRows ? [String(Number(groupRows))] : [])],
    { encoding: "utf8" },
  );
  if (written.status !== 0) throw new Error(`write_data.py failed: ${written.stdout}${written.stderr}`);
  const layout = written.stdout.trim().replace(/^wrote \S+: /, "");
  const env = (): NodeJS.ProcessEnv =>
    stepEnv(scratch, "step", scratch, { INPUT_DATA: data, INPUT_SCHEMA: join(checksDir, "schema.yml") });
  // A copy of the bundle, so that a rebundle during the runs cannot touch them.
  cpSync(join(repoRoot, "actions", "validate-data", "dist"), join(scratch, "dist"), { recursive: true });
  const contenders = peerContenders("validate-data-parquet", data, {
    pandas: "pandas read_parquet (pyarrow) + the same checks",
    gx: "Great Expectations (pandas datasource, parquet asset)",
  });
  const oursRuns = runInterleaved(join(scratch, "dist", "index.js"), contenders, env, scratch);
  const { wall, cpu, peakMiB } = oursMedians(oursRuns);
  const megabytes = (statSync(data).size / 1e6).toFixed(1);
  console.log(
    `validate-data-parquet: ${layout} (${megabytes} MB), ours median ${wall.toFixed(0)} ms wall, ${cpu?.toFixed(0) ?? "?"} ms CPU, peak RSS ${peakMiB?.toFixed(0) ?? "?"} MiB`,
  );
  const memory = peakMiB ? `, peak RSS ${peakMiB.toFixed(0)} MiB` : "";
  saveComparisons(
    "validate-data-parquet",
    groupRows ? `-groups-${Number(groupRows)}` : "",
    `actions/validate-data (bundle, Parquet ${layout}, ${megabytes} MB, 10 columns, 14 checks${memory})`,
    oursRuns,
    contenders,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
