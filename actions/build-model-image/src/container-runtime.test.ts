import assert from "node:assert/strict";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { findContainerRuntime, findOnPath } from "./container-runtime.ts";

const scratch = mkdtempSync(join(tmpdir(), "bmi-runtime-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

function folder(name: string, files: Record<string, { script: string; executable: boolean }> = {}): string {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, { script, executable }] of Object.entries(files)) {
    writeFileSync(join(dir, file), script);
    chmodSync(join(dir, file), executable ? 0o755 : 0o644);
  }
  return dir;
}

test("findOnPath takes the first executable file of that name, skipping non-executables and folders", () => {
  const plain = folder("plain", { podman: { script: "#!/bin/sh\n", executable: false } });
  const withDir = folder("with-dir");
  mkdirSync(join(withDir, "podman"));
  const real = folder("real", { podman: { script: "#!/bin/sh\n", executable: true } });
  assert.equal(findOnPath("podman", [plain, "", withDir, real].join(":")), join(real, "podman"));
  assert.equal(findOnPath("podman", plain), undefined);
  assert.equal(findOnPath("podman", undefined), undefined);
});

test("auto finds the machine's podman (install it with scripts/ci/install-podman.sh)", async () => {
  const path = `${process.env.PATH}:/usr/bin`;
  assert.ok(findOnPath("podman", path), "podman is needed: run scripts/ci/install-podman.sh");
  const lookup = await findContainerRuntime("auto", { ...process.env, PATH: path });
  assert.equal(lookup.found?.name, "podman");
  assert.equal(lookup.found?.path, findOnPath("podman", path));
});

test("without any runtime, auto explains what it looked for", async () => {
  const lookup = await findContainerRuntime("auto", { PATH: folder("empty") });
  assert.equal(lookup.found, undefined);
  assert.equal(!lookup.found && lookup.reason, "podman is not on PATH; docker is not on PATH");
});

test("a docker whose daemon does not answer does not count, and the reason quotes its error", async () => {
  const broken = folder("broken-docker", {
    docker: {
      script:
        "#!/bin/sh\necho 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock.' >&2\nexit 1\n",
      executable: true,
    },
  });
  const lookup = await findContainerRuntime("docker", { PATH: broken });
  assert.equal(lookup.found, undefined);
  assert.match(
    (!lookup.found && lookup.reason) || "",
    /broken-docker\/docker does not answer \(Cannot connect to the Docker daemon/,
  );
});
