import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { ContainerRuntime } from "./container-runtime.ts";

const exec = promisify(execFile);

/** The runtime's commands the smoke test needs, each run with an argument array (no shell). */
export class ContainerCommands {
  readonly runtime: ContainerRuntime;

  constructor(runtime: ContainerRuntime) {
    this.runtime = runtime;
  }

  private async run(args: string[], timeoutMs = 600_000): Promise<string> {
    try {
      const { stdout } = await exec(this.runtime.path, args, {
        encoding: "utf8",
        timeout: timeoutMs,
        maxBuffer: 16 * 1024 * 1024,
      });
      return stdout.trim();
    } catch (error) {
      const stderr = String((error as { stderr?: string }).stderr ?? "").trim();
      throw new Error(`${this.runtime.name} ${args[0]} failed: ${stderr || (error as Error).message}`);
    }
  }

  /**
   * Loads an OCI archive into the runtime's image store; returns what to run it by: the image ID podman
   * prints, or the image docker says it loaded (`Loaded image ID: sha256:…` or `Loaded image: name:tag`;
   * with the containerd store, IDs are not config digests), else `fallback`.
   */
  async loadArchive(file: string, fallback: string): Promise<string> {
    if (this.runtime.name === "podman") {
      const id = (await this.run(["pull", "--quiet", `oci-archive:${file}`])).split("\n").pop()?.trim();
      return id || fallback;
    }
    const output = await this.run(["load", "--input", file]);
    const loaded = /Loaded image(?: ID)?: (\S+)/.exec(output);
    return loaded?.[1] ?? fallback;
  }

  /** Starts the image detached on the host's network; returns the container's id. */
  startDetached(image: string, name: string, env: Record<string, string>): Promise<string> {
    const envArgs = Object.entries(env).flatMap(([key, value]) => ["--env", `${key}=${value}`]);
    return this.run(["run", "--detach", "--network", "host", "--name", name, ...envArgs, image]);
  }

  async isRunning(container: string): Promise<boolean> {
    return (await this.run(["inspect", "--format", "{{.State.Running}}", container])) === "true";
  }

  /** The last lines the container wrote (stdout and stderr interleaved as the runtime kept them). */
  async logTail(container: string, lines: number): Promise<string> {
    try {
      const { stdout, stderr } = await exec(this.runtime.path, ["logs", "--tail", String(lines), container], {
        encoding: "utf8",
        timeout: 30_000,
        maxBuffer: 16 * 1024 * 1024,
      });
      return `${stdout}${stderr}`.trimEnd();
    } catch (error) {
      return `(no log: ${(error as Error).message})`;
    }
  }

  /**
   * Removes the container, then the image by the first of `names` the runtime accepts. Never `rmi
   * --force`: that would also remove other containers running the same image. Problems are returned,
   * not thrown (cleanup must go on).
   */
  async remove(container: string | undefined, names: string[]): Promise<string[]> {
    const problems: string[] = [];
    if (container)
      await this.run(["rm", "--force", container], 120_000).catch((e: Error) => problems.push(e.message));
    let lastProblem: string | undefined;
    for (const name of new Set(names)) {
      try {
        await this.run(["rmi", name], 120_000);
        return problems;
      } catch (error) {
        lastProblem = (error as Error).message;
      }
    }
    return lastProblem ? [...problems, lastProblem] : problems;
  }
}
