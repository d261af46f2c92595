// What both drift-check benches share: the generated data and one measured run of a process.
import { spawnSync } from "node:child_process";
import { once } from "node:events";
import { createWriteStream, existsSync } from "node:fs";
import { median, timeProcess } from "../../lib.ts";

/**
 * A CSV of `rows` rows: 8 numeric columns (uniform on [0, 10), plus `shift` times the column index, 4
 * decimals) and 2 categorical ones (`segment`: x, y, z, with fewer z when shifted; `level`: 0 to 6).
 */
export async function writeDriftData(file: string, rows: number, shift: number, seed: number): Promise<void> {
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

export interface Measure {
  wallMs: number;
  /** User + system CPU time and peak RSS, when GNU time is installed. */
  cpuMs?: number;
  peakMiB?: number;
}

const GNU_TIME = "/usr/bin/time";

/** One run of a process: wall time, and CPU time and peak memory from GNU time when it is there. */
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

export function medianOf(measures: Measure[], key: keyof Measure): number | undefined {
  const values = measures.map((m) => m[key]).filter((value): value is number => value !== undefined);
  return values.length > 0 ? median(values) : undefined;
}

export function pythonHas(python: string, modules: string): boolean {
  if (!existsSync(python)) return false;
  return spawnSync(python, ["-c", `import ${modules}`], { encoding: "utf8" }).status === 0;
}
