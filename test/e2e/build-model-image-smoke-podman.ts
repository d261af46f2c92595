// What the smoke-test e2e needs besides the registry: podman (with Debian's runc) in storage of its own,
// and the real MLServer base that scripts/ci/install-podman.sh builds as an OCI layout.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { findOnPath } from "../../actions/build-model-image/src/container-runtime.ts";
import { repoRoot } from "./train-helpers.ts";

const exec = promisify(execFile);
const INSTALL = "run scripts/ci/install-podman.sh first";

/** The OCI layout of the MLServer base and its one tag, as install-podman.sh wrote them. */
export function mlserverBaseLayout(): { layout: string; tag: string } {
  const layout = process.env.MLOPS_MLSERVER_BASE || join(repoRoot, ".cache", "mlserver-base");
  const indexFile = join(layout, "index.json");
  if (!existsSync(indexFile)) throw new Error(`no MLServer base image layout at ${layout}: ${INSTALL}`);
  const index = JSON.parse(readFileSync(indexFile, "utf8")) as {
    manifests: { annotations?: Record<string, string> }[];
  };
  const tag = index.manifests[0]?.annotations?.["org.opencontainers.image.ref.name"];
  if (!tag) throw new Error(`the layout at ${layout} has no tagged image: ${INSTALL}`);
  return { layout, tag };
}

/** Copies the layout's image to a registry with skopeo (plain HTTP on loopback). */
export async function pushLayout(layout: string, tag: string, destination: string): Promise<void> {
  await exec("skopeo", ["copy", "--quiet", "--dest-tls-verify=false", `oci:${layout}:${tag}`, destination]);
}

export interface IsolatedPodman {
  /** CONTAINERS_CONF and CONTAINERS_STORAGE_CONF for the action's environment and for `podman()`. */
  env: Record<string, string>;
  podman(...args: string[]): Promise<string>;
  remove(): Promise<void>;
}

/**
 * podman with its own vfs storage in a temp folder, Debian's runc and the ulimits a CI container
 * allows, so the tests touch no image or container of the machine. Fails, with what to run, without
 * podman or runc.
 */
export function isolatedPodman(): IsolatedPodman {
  for (const tool of ["podman", "runc", "skopeo"]) {
    if (!findOnPath(tool, `${process.env.PATH}:/usr/sbin:/sbin`))
      throw new Error(`${tool} is not installed: ${INSTALL}`);
  }
  const dir = mkdtempSync(join(tmpdir(), "podman-smoke-"));
  writeFileSync(
    join(dir, "containers.conf"),
    [
      "[containers]",
      'default_ulimits=["nofile=1024:1024","nproc=1024:1024"]',
      "[engine]",
      'runtime="runc"',
      "",
    ].join("\n"),
  );
  writeFileSync(
    join(dir, "storage.conf"),
    ["[storage]", 'driver="vfs"', `graphroot="${dir}/root"`, `runroot="${dir}/run"`, ""].join("\n"),
  );
  const env = {
    CONTAINERS_CONF: join(dir, "containers.conf"),
    CONTAINERS_STORAGE_CONF: join(dir, "storage.conf"),
  };
  const podman = async (...args: string[]) =>
    (await exec("podman", args, { env: { ...process.env, ...env }, encoding: "utf8" })).stdout.trim();
  return {
    env,
    podman,
    async remove() {
      await podman("rm", "--all", "--force").catch(() => {});
      await podman("rmi", "--all", "--force").catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
