// What bench/validate-data.bench.ts (CSV) and validate-data-parquet.bench.ts share: the settings from the
// environment, the peers (pandas and Great Expectations scripts in peers/validate-data, skipped with a
// message when not asked for or not installed), the interleaved runs and the saved ratios.
import { existsSync } from "node:fs";
import { join } from "node:path";
import {
  benchRoot,
  type Measure,
  measure,
  medianOf,
  pythonHas,
  repoRoot,
  saveResult,
  wallTimeComparison,
  withPythonVersions,
} from "./lib.ts";

export const ROWS = Number(process.env.BENCH_DATA_ROWS ?? 1_000_000);
export const RUNS = Number(process.env.BENCH_DATA_RUNS ?? 3);
export const PYTHON =
  process.env.BENCH_PYTHON ??
  [".venv-bench", ".venv"].map((dir) => join(repoRoot, dir, "bin", "python")).find(existsSync) ??
  join(repoRoot, ".venv", "bin", "python");
const PEERS = (process.env.BENCH_DATA_PEERS ?? "pandas,gx").split(",");
/** The peers' scripts, the schema and the checks, the same for CSV and Parquet. */
export const checksDir = join(benchRoot, "peers", "validate-data");
const TARGETS: Record<string, number> = { pandas: 1 / 3, gx: 1 };

export interface Contender {
  name: string;
  label: string;
  args: string[];
  runs: Measure[];
}

/** The peers asked for (BENCH_DATA_PEERS) and installed in PYTHON, on `data`; `bench` names the log lines. */
export function peerContenders(
  bench: string,
  data: string,
  labels: { pandas: string; gx: string },
): Contender[] {
  const checks = join(checksDir, "checks.json");
  const peers = [
    {
      name: "pandas",
      module: "pandas",
      title: "pandas",
      script: "pandas_checks.py",
      versionsOf: ["pandas", "pyarrow", "numpy"],
    },
    {
      name: "gx",
      module: "great_expectations",
      title: "Great Expectations",
      script: "gx_checks.py",
      versionsOf: ["great_expectations", "pandas", "pyarrow"],
    },
  ] as const;
  const contenders: Contender[] = [];
  for (const peer of peers) {
    if (!PEERS.includes(peer.name)) console.log(`${bench}: ${peer.title} not asked for (BENCH_DATA_PEERS)`);
    else if (!pythonHas(PYTHON, peer.module))
      console.log(`${bench}: skipping ${peer.title} (no ${peer.module} in ${PYTHON}; set BENCH_PYTHON)`);
    else
      contenders.push({
        name: peer.name,
        label: withPythonVersions(labels[peer.name], PYTHON, peer.versionsOf),
        args: [join(checksDir, peer.script), data, checks],
        runs: [],
      });
  }
  return contenders;
}

/** RUNS rounds of ours (the bundle's `index.js`) then each peer; ours' runs, the peers' in `contenders`. */
export function runInterleaved(
  ours: string,
  contenders: Contender[],
  env: () => NodeJS.ProcessEnv,
  cwd: string,
): Measure[] {
  const oursRuns: Measure[] = [];
  for (let run = 0; run < RUNS; run++) {
    oursRuns.push(measure(process.execPath, [ours], env(), cwd));
    for (const peer of contenders) peer.runs.push(measure(PYTHON, peer.args, env(), cwd));
  }
  return oursRuns;
}

/** The medians of ours, for the log line and the result's description. */
export function oursMedians(oursRuns: Measure[]): { wall: number; cpu?: number; peakMiB?: number } {
  const cpu = medianOf(oursRuns, "cpuMs");
  const peakMiB = medianOf(oursRuns, "peakMiB");
  return {
    wall: medianOf(oursRuns, "wallMs") ?? Number.NaN,
    ...(cpu !== undefined && { cpu }),
    ...(peakMiB !== undefined && { peakMiB }),
  };
}

/**
 * Saves `<bench>[-<rows>]<variant>-vs-<peer>.json` for each peer (the row count only when it is not 1M;
 * `variant` names a layout of the data other than the usual, or is empty).
 */
export function saveComparisons(
  bench: string,
  variant: string,
  ours: string,
  oursRuns: Measure[],
  contenders: Contender[],
): void {
  const size = ROWS === 1_000_000 ? "" : `-${ROWS}`;
  for (const peer of contenders)
    saveResult(
      wallTimeComparison({
        name: `${bench}${size}${variant}-vs-${peer.name}`,
        ours,
        peer: peer.label,
        target: TARGETS[peer.name] ?? 1,
        oursRuns,
        peerRuns: peer.runs,
      }),
    );
}
