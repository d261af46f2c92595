import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
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

/** Wall time of one child process, in milliseconds; throws when it fails. */
export function timeProcess(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): number {
  const started = performance.now();
  const result = spawnSync(command, args, { env, cwd, encoding: "utf8" });
  const elapsed = performance.now() - started;
  if (result.status !== 0)
    throw new Error(`${args.join(" ")} failed (${result.status}): ${result.stdout}${result.stderr}`);
  return elapsed;
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

export function saveResult(result: BenchResult): void {
  mkdirSync(join(benchRoot, "results"), { recursive: true });
  writeFileSync(join(benchRoot, "results", `${result.name}.json`), `${JSON.stringify(result, null, 2)}\n`);
  console.log(
    `${result.name}: ${result.metric} ours ${result.oursValue.toFixed(1)} vs ${result.peer} ${result.peerValue.toFixed(1)} -> ratio ${result.ratio.toFixed(2)} (target ${result.target}: ${result.met ? "met" : "MISSED"})`,
  );
}
