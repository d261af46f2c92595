import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";

export const benchRoot = import.meta.dirname;
export const repoRoot = join(benchRoot, "..");

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The nearest-rank quantile `q` (0 to 1] of the values. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
}

/** Wall time of one child process, in milliseconds; throws when it fails. */
export function timeProcess(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): number {
  const started = performance.now();
  const result = spawnSync(command, args, { env, cwd, encoding: "utf8" });
  const elapsed = performance.now() - started;
  if (result.status !== 0)
    throw new Error(`${args.join(" ")} failed (${result.status}): ${result.stdout}${result.stderr}`);
  return elapsed;
}

/** One run of a contender: wall time, and CPU time (user + system) and peak RSS when GNU time is there. */
export interface Measure {
  wallMs: number;
  cpuMs?: number;
  peakMiB?: number;
}

const GNU_TIME = "/usr/bin/time";

/** Runs a contender once and measures it (see `Measure`); throws when it fails. */
export function measure(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Measure {
  if (!existsSync(GNU_TIME)) return { wallMs: timeProcess(command, args, env, cwd) };
  const started = performance.now();
  const result = spawnSync(GNU_TIME, ["-f", "%U %S %M", command, ...args], { env, cwd, encoding: "utf8" });
  const wallMs = performance.now() - started;
  if (result.status !== 0)
    throw new Error(`${args.join(" ")} failed (${result.status}): ${result.stdout}${result.stderr}`);
  const [user, system, kib] = (result.stderr.trim().split("\n").at(-1) ?? "").split(" ").map(Number);
  return { wallMs, cpuMs: Math.round(((user ?? 0) + (system ?? 0)) * 1000), peakMiB: (kib ?? 0) / 1024 };
}

/** Whether `python` exists and imports `modules` (comma-separated), so a peer that needs them can run. */
export function pythonHas(python: string, modules: string): boolean {
  if (!existsSync(python)) return false;
  return spawnSync(python, ["-c", `import ${modules}`], { encoding: "utf8" }).status === 0;
}

/**
 * `label`, followed by "(name version, …)" for each distribution of `names` installed in `python`: a
 * peer's speed moves with its version (pandas 3 reads text into pyarrow strings, on more than one core).
 */
export function withPythonVersions(label: string, python: string, names: readonly string[]): string {
  const script = [
    "import importlib.metadata as metadata, sys",
    "for name in sys.argv[1:]:",
    "    try: print(name, metadata.version(name))",
    "    except metadata.PackageNotFoundError: pass",
  ].join("\n");
  const result = spawnSync(python, ["-c", script, ...names], { encoding: "utf8" });
  const versions = result.status === 0 ? result.stdout.trim().split("\n").filter(Boolean).join(", ") : "";
  return versions === "" ? label : `${label} (${versions})`;
}

/** The median of one measure over runs, when every run had it. */
export function medianOf(measures: Measure[], key: "wallMs" | "cpuMs" | "peakMiB"): number | undefined {
  const values = measures.map((m) => m[key]).filter((value): value is number => value !== undefined);
  return values.length > 0 ? median(values) : undefined;
}

/**
 * Ours against one peer by the median wall time of interleaved runs (a ratio ≤ `target` is met), with the
 * medians of CPU time and peak RSS, each run's wall time and the load average saved beside it.
 */
export function wallTimeComparison(comparison: {
  name: string;
  ours: string;
  peer: string;
  target: number;
  oursRuns: Measure[];
  peerRuns: Measure[];
}): MeasuredResult & Record<string, unknown> {
  const { oursRuns, peerRuns, target } = comparison;
  const oursWall = medianOf(oursRuns, "wallMs") ?? Number.NaN;
  const peerWall = medianOf(peerRuns, "wallMs") ?? Number.NaN;
  const oursCpu = medianOf(oursRuns, "cpuMs");
  const peerCpu = medianOf(peerRuns, "cpuMs");
  const ratio = oursWall / peerWall;
  return {
    name: comparison.name,
    ours: comparison.ours,
    peer: comparison.peer,
    metric: "median wall time, ms",
    oursValue: oursWall,
    peerValue: peerWall,
    ratio,
    target: `<= ${target.toFixed(2)}`,
    met: ratio <= target,
    runs: oursRuns.length,
    oursCpuMs: oursCpu,
    peerCpuMs: peerCpu,
    cpuRatio: oursCpu !== undefined && peerCpu !== undefined ? oursCpu / peerCpu : undefined,
    oursPeakMiB: medianOf(oursRuns, "peakMiB"),
    peerPeakMiB: medianOf(peerRuns, "peakMiB"),
    wallMs: {
      ours: oursRuns.map((m) => Math.round(m.wallMs)),
      peer: peerRuns.map((m) => Math.round(m.wallMs)),
    },
    loadAverage: loadavg().map((load) => +load.toFixed(2)),
  };
}

/**
 * Wall time of a child process in ms, without blocking the event loop (for benches whose loopback servers
 * live in the bench's own process); throws when it fails.
 */
export async function timeSpawn(command: string, args: string[], cwd: string): Promise<number> {
  const started = performance.now();
  const child = spawn(command, args, { cwd, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const [code] = (await once(child, "close")) as [number | null];
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} failed (${code}): ${stderr}`);
  return performance.now() - started;
}

/**
 * The environment the runner gives a JavaScript action's step: PATH, fresh empty command files
 * (`GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`, `GITHUB_STATE`, named `<prefix>-<key>` in `temp`), `RUNNER_TEMP`
 * and `GITHUB_WORKSPACE`, then `extra` (the `INPUT_*` variables).
 */
export function stepEnv(
  temp: string,
  prefix: string,
  workspace: string,
  extra: Record<string, string>,
): NodeJS.ProcessEnv {
  const files = Object.fromEntries(
    ["GITHUB_OUTPUT", "GITHUB_STEP_SUMMARY", "GITHUB_STATE"].map((key) => {
      const file = join(temp, `${prefix}-${key}`);
      writeFileSync(file, "");
      return [key, file];
    }),
  );
  return { PATH: process.env.PATH, ...files, RUNNER_TEMP: temp, GITHUB_WORKSPACE: workspace, ...extra };
}

type Contenders = Record<string, (round: number) => unknown>;

/**
 * Runs every contender once per round, in the order given, so that the load of this shared machine
 * weighs on all of them alike; returns each one's results, round by round.
 */
export async function interleave<C extends Contenders>(
  rounds: number,
  contenders: C,
): Promise<{ [K in keyof C]: Awaited<ReturnType<C[K]>>[] }> {
  const results = Object.fromEntries(Object.keys(contenders).map((name) => [name, [] as unknown[]]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, contender] of Object.entries(contenders)) {
      results[name]?.push(await contender(round));
    }
  }
  return results as { [K in keyof C]: Awaited<ReturnType<C[K]>>[] };
}

/** The medians of both sides and their ratio, against a target of at most `maxRatio`. */
export function medianRatio(
  ours: number[],
  peer: number[],
  maxRatio: number,
): Pick<BenchResult, "oursValue" | "peerValue" | "ratio" | "target" | "met"> {
  const ratio = median(ours) / median(peer);
  return {
    oursValue: median(ours),
    peerValue: median(peer),
    ratio,
    target: `<= ${maxRatio}`,
    met: ratio <= maxRatio,
  };
}

export interface BenchResult {
  name: string;
  ours: string;
  peer: string;
  metric: string;
  oursValue: number;
  peerValue: number;
  ratio: number;
  target: string;
  met: boolean;
  runs: number;
  node: string;
  date: string;
}

/** A result as a bench measures it; `saveResult` adds the Node version and the date. */
export type MeasuredResult = Omit<BenchResult, "node" | "date">;

/** Saves a result as bench/results/<name>.json and prints it; `node` and `date` default to now's. */
export function saveResult(result: MeasuredResult & Partial<Pick<BenchResult, "node" | "date">>): void {
  const complete = {
    ...result,
    node: result.node ?? process.version,
    date: result.date ?? new Date().toISOString(),
  };
  mkdirSync(join(benchRoot, "results"), { recursive: true });
  writeFileSync(join(benchRoot, "results", `${result.name}.json`), `${JSON.stringify(complete, null, 2)}\n`);
  console.log(
    `${result.name}: ${result.metric} ours ${result.oursValue.toFixed(1)} vs ${result.peer} ${result.peerValue.toFixed(1)} -> ratio ${result.ratio.toFixed(2)} (target ${result.target}: ${result.met ? "met" : "MISSED"})`,
  );
}
