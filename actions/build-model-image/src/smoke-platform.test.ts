import assert from "node:assert/strict";
import { test } from "node:test";
import type { PlannedManifest } from "@mlops-actions/oci";
import { hostPlatform, manifestFor, platformsOf } from "./smoke-platform.ts";

const manifest = (digest: string, platform?: PlannedManifest["platform"]): PlannedManifest => ({
  ...(platform ? { platform } : {}),
  bytes: Buffer.from("{}"),
  digest: `sha256:${digest.repeat(64)}`,
  blobs: [],
});

test("the host platform in OCI's words", () => {
  assert.equal(hostPlatform("x64"), "linux/amd64");
  assert.equal(hostPlatform("arm64"), "linux/arm64");
  assert.equal(hostPlatform("ppc64"), "linux/ppc64le");
});

test("picks this machine's platform of an index, or the only manifest of a single image", () => {
  const amd = manifest("a", { os: "linux", architecture: "amd64" });
  const arm = manifest("b", { os: "linux", architecture: "arm64", variant: "v8" });
  assert.equal(manifestFor([amd, arm], "linux/arm64"), arm);
  assert.equal(manifestFor([amd, arm], "linux/amd64"), amd);
  assert.equal(manifestFor([arm], "linux/amd64"), undefined);
  const single = manifest("c");
  assert.equal(manifestFor([single], "linux/s390x"), single);
  assert.equal(platformsOf([amd, arm]), "linux/amd64, linux/arm64/v8");
});
