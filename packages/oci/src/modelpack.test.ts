import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { sha256Digest } from "./digest.ts";
import { listModelFiles } from "./model-files.ts";
import { buildModelPack, hashModelFiles, listingDigest } from "./modelpack.ts";

const dir = mkdtempSync(join(tmpdir(), "modelpack-"));
after(() => rmSync(dir, { recursive: true, force: true }));

test("an MLflow model: weights, configuration and docs by file, digests of the files themselves", async () => {
  mkdirSync(join(dir, "m"));
  const files = {
    MLmodel: "flavors: {}",
    "model.pkl": "weights",
    "conda.yaml": "deps",
    LICENSE: "MIT",
    "extra.bin": "more",
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, "m", name), content);
  const hashed = await hashModelFiles(listModelFiles(join(dir, "m")));
  const pack = buildModelPack({
    files: hashed,
    framework: "mlflow",
    weights: ["."],
    name: "m",
    created: "2024-01-01T00:00:00Z",
    annotations: {},
  });
  const manifest = JSON.parse(pack.manifest.toString());
  const types = Object.fromEntries(
    manifest.layers.map((l: { mediaType: string; annotations: Record<string, string> }) => [
      l.annotations["org.cncf.model.filepath"],
      l.mediaType,
    ]),
  );
  assert.deepEqual(
    Object.keys(types),
    ["LICENSE", "MLmodel", "conda.yaml", "extra.bin", "model.pkl"],
    "sorted by path",
  );
  assert.equal(types["extra.bin"], "application/vnd.cncf.model.weight.v1.raw");
  assert.equal(types.LICENSE, "application/vnd.cncf.model.doc.v1.raw");
  assert.equal(types.MLmodel, "application/vnd.cncf.model.weight.config.v1.raw");
  assert.equal(types["conda.yaml"], "application/vnd.cncf.model.weight.config.v1.raw");
  assert.equal(types["model.pkl"], "application/vnd.cncf.model.weight.v1.raw");
  assert.equal(manifest.layers[4].digest, sha256Digest("weights"));
  assert.equal(pack.digest, sha256Digest(pack.manifest));
  assert.equal(
    listingDigest(hashed),
    listingDigest([...hashed].reverse()),
    "the listing digest does not depend on order",
  );
});
