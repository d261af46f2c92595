import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface PythonPackage {
  name: string;
  version: string;
}

export interface PythonEnvironment {
  executable: string;
  version: string;
  packages: PythonPackage[];
}

const MENTIONS_PYTHON = /(^|[\s/;&|(])(python[0-9.]*|pip[0-9.]*|pytest|mlflow)(\s|$)|\.py(\s|$)/m;

/** Whether a run ran Python: the `python` shell, or a script naming python, pip or a .py file. */
export function ranPython(script: string, shell: string): boolean {
  return shell.trim() === "python" || shell.includes("python") || MENTIONS_PYTHON.test(script);
}

/**
 * The Python the command would have found first in its PATH (`python`, else `python3`): its version and
 * installed packages (`python -m pip list --format=json`). Undefined when there is no Python; packages
 * are empty when pip is missing.
 */
export async function describePython(
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<PythonEnvironment | undefined> {
  for (const name of ["python", "python3"]) {
    const identity = await run(
      name,
      ["-c", "import sys; print(sys.executable); print('.'.join(map(str, sys.version_info[:3])))"],
      { env, cwd, timeout: 30_000 },
    ).catch(() => undefined);
    if (identity === undefined) continue;
    const [executable = name, version = ""] = identity.stdout.trim().split(/\r?\n/);
    return { executable, version, packages: await pipList(executable, env, cwd) };
  }
  return undefined;
}

async function pipList(python: string, env: NodeJS.ProcessEnv, cwd: string): Promise<PythonPackage[]> {
  const listed = await run(python, ["-m", "pip", "list", "--format=json", "--disable-pip-version-check"], {
    env,
    cwd,
    timeout: 60_000,
    maxBuffer: 16 * 1024 * 1024,
  }).catch(() => undefined);
  if (listed === undefined) return [];
  try {
    const packages = JSON.parse(listed.stdout) as { name?: unknown; version?: unknown }[];
    return packages
      .filter((entry) => typeof entry.name === "string" && typeof entry.version === "string")
      .map((entry) => ({ name: entry.name as string, version: entry.version as string }))
      .sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
  } catch {
    return [];
  }
}
