import { execFile } from "node:child_process";
import { accessSync, constants, statSync } from "node:fs";
import { delimiter, join } from "node:path";
import { promisify } from "node:util";
import type { ContainerRuntimeChoice } from "./smoke-inputs.ts";

export interface ContainerRuntime {
  name: "podman" | "docker";
  /** The executable found on PATH. */
  path: string;
}

export type RuntimeLookup = { found: ContainerRuntime } | { found?: undefined; reason: string };

const exec = promisify(execFile);

/** The first executable file called `name` in the PATH's folders. */
export function findOnPath(name: string, path: string | undefined): string | undefined {
  for (const dir of (path ?? "").split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      if (!statSync(candidate).isFile()) continue;
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {}
  }
  return undefined;
}

/**
 * The container runtime to smoke-test with: `auto` tries podman first (daemonless, as the build is),
 * then docker; a runtime counts only if it answers (`podman version`, and for docker its daemon too).
 * Without one, the reason says what was looked for and what was missing.
 */
export async function findContainerRuntime(
  choice: ContainerRuntimeChoice,
  env: NodeJS.ProcessEnv = process.env,
): Promise<RuntimeLookup> {
  const names = choice === "auto" ? (["podman", "docker"] as const) : ([choice] as const);
  const problems: string[] = [];
  for (const name of names) {
    const path = findOnPath(name, env.PATH);
    if (!path) {
      problems.push(`${name} is not on PATH`);
      continue;
    }
    const problem = await checkRuntime(name, path, env);
    if (!problem) return { found: { name, path } };
    problems.push(problem);
  }
  return { reason: problems.join("; ") };
}

/** Undefined when the runtime answers; else what went wrong, in one line. */
async function checkRuntime(
  name: ContainerRuntime["name"],
  path: string,
  env: NodeJS.ProcessEnv,
): Promise<string | undefined> {
  // docker's Server part needs the daemon: without one `docker version` fails, which is the point.
  const format = name === "docker" ? "{{.Server.Version}}" : "{{.Client.Version}}";
  try {
    await exec(path, ["version", "--format", format], { env, timeout: 20_000 });
    return undefined;
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? "").trim();
    const firstLine = stderr.split("\n").find((line) => line.trim()) ?? (error as Error).message;
    return `${path} does not answer (${firstLine.trim()})`;
  }
}
