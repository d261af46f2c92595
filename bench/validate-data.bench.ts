// validate-data against its peers on the same generated CSV and the same checks (bench/peers/validate-data):
// pandas (read_csv plus vectorised checks) and Great Expectations 1.x (a suite on its pandas datasource).
// Wall time of whole processes, interleaved, medians compared as ratios (this machine is shared and noisy).
// Needs a Python with pandas and great_expectations: BENCH_PYTHON (default .venv/bin/python; a peer whose
// module is missing is skipped with a message).
// BENCH_DATA_ROWS (default 1,000,000) and BENCH_DATA_RUNS (default 3) size the run.
import { spawnSync } from "node:child_process";
import { once } from "node:events";
import { createWriteStream, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { benchRoot, median, repoRoot, saveResult, timeProcess } from "./lib.ts";

const ROWS = Number(process.env.BENCH_DATA_ROWS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_DATA_RUNS ?? 3);
const PYTHON = process.env.BENCH_PYTHON ?? join(repoRoot, ".venv", "bin", "python");
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

const scratch = mkdtempSync(join(tmpdir(), "bench-validate-data-"));
try {
  const data = join(scratch, "train.csv");
  await writeData(data, ROWS);
  const schema = join(peers, "schema.yml");
  const checks = join(peers, "checks.json");
  const env = (): NodeJS.ProcessEnv => {
    const files = Object.fromEntries(
      ["GITHUB_OUTPUT", "GITHUB_STEP_SUMMARY"].map((key) => {
        const file = join(scratch, key);
        writeFileSync(file, "");
        return [key, file];
      }),
    );
    return {
      PATH: process.env.PATH,
      ...files,
      RUNNER_TEMP: scratch,
      GITHUB_WORKSPACE: scratch,
      INPUT_DATA: data,
      INPUT_SCHEMA: schema,
    };
  };
  const ours = [process.execPath, [join(repoRoot, "actions", "validate-data", "dist", "index.js")]] as const;
  const contenders: { name: string; label: string; args: string[]; times: number[] }[] = [];
  if (pythonHas("pandas"))
    contenders.push({
      name: "pandas",
      label: "pandas read_csv + the same checks",
      args: [join(peers, "pandas_checks.py"), data, checks],
      times: [],
    });
  else console.log(`validate-data: skipping pandas (no pandas in ${PYTHON}; set BENCH_PYTHON)`);
  if (pythonHas("great_expectations"))
    contenders.push({
      name: "gx",
      label: "Great Expectations (pandas datasource)",
      args: [join(peers, "gx_checks.py"), data, checks],
      times: [],
    });
  else console.log(`validate-data: skipping Great Expectations (not in ${PYTHON}; set BENCH_PYTHON)`);

  const oursTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    oursTimes.push(timeProcess(ours[0], [...ours[1]], env(), scratch));
    for (const peer of contenders) peer.times.push(timeProcess(PYTHON, peer.args, env(), scratch));
  }
  const memory = peakMemoryMiB(ours[0], [...ours[1]], env(), scratch);
  console.log(
    `validate-data: ${ROWS} rows, ours median ${median(oursTimes).toFixed(0)} ms, peak RSS ${memory?.toFixed(0) ?? "?"} MiB`,
  );
  const targets: Record<string, number> = { pandas: 1 / 3, gx: 1 };
  for (const peer of contenders) {
    const ratio = median(oursTimes) / median(peer.times);
    const target = targets[peer.name] ?? 1;
    saveResult({
      name: `validate-data-vs-${peer.name}`,
      ours: `actions/validate-data (bundle, ${ROWS} rows x 10 columns, 14 checks${memory ? `, peak RSS ${memory.toFixed(0)} MiB` : ""})`,
      peer: peer.label,
      metric: "median wall time, ms",
      oursValue: median(oursTimes),
      peerValue: median(peer.times),
      ratio,
      target: `<= ${target.toFixed(2)}`,
      met: ratio <= target,
      runs: RUNS,
      node: process.version,
      date: new Date().toISOString(),
    });
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
