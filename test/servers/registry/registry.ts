import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { freePort } from "./free-port.ts";

export interface RegistryOptions {
  /** Require these credentials (htpasswd, bcrypt): the registry then answers 401 with a Basic challenge. */
  htpasswd?: { username: string; password: string };
}

export interface RunningRegistry {
  /** `127.0.0.1:<port>`, as used in image references. */
  host: string;
  url: string;
  /** The filesystem storage root (blobs under docker/registry/v2/blobs). */
  storage: string;
  stop(): Promise<void>;
}

/**
 * Starts Debian's `docker-registry` (the CNCF distribution registry) on loopback with filesystem storage
 * in a temp folder. Install it with scripts/ci/install-registry.sh.
 */
export async function startRegistry(options: RegistryOptions = {}): Promise<RunningRegistry> {
  const dir = mkdtempSync(join(tmpdir(), "registry-"));
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const lines = [
    "version: 0.1",
    "log:",
    "  level: error",
    "  accesslog:",
    "    disabled: true",
    "storage:",
    "  filesystem:",
    `    rootdirectory: ${join(dir, "storage")}`,
    "  delete:",
    "    enabled: true",
    "http:",
    `  addr: ${host}`,
    "  secret: loopback-test-secret",
  ];
  if (options.htpasswd) {
    const entry = execFileSync(
      "htpasswd",
      ["-nbB", "-C", "4", options.htpasswd.username, options.htpasswd.password],
      {
        encoding: "utf8",
      },
    );
    writeFileSync(join(dir, "htpasswd"), `${entry.trim()}\n`);
    lines.push("auth:", "  htpasswd:", "    realm: loopback-registry", `    path: ${join(dir, "htpasswd")}`);
  }
  writeFileSync(join(dir, "config.yml"), `${lines.join("\n")}\n`);
  const child = spawn("docker-registry", ["serve", join(dir, "config.yml")], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = `http://${host}`;
  try {
    await waitUntilUp(url, child, () => stderr);
  } catch (error) {
    child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    host,
    url,
    storage: join(dir, "storage"),
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitUntilUp(url: string, child: ChildProcess, stderr: () => string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited (${child.exitCode}): ${stderr()}`);
    try {
      const response = await fetch(`${url}/v2/`);
      await response.body?.cancel();
      if (response.status === 200 || response.status === 401) return;
    } catch {
      // not listening yet
    }
    await sleep(25);
  }
  throw new Error(`docker-registry did not answer on ${url}: ${stderr()}`);
}
