import assert from "node:assert/strict";
import { test } from "node:test";
import { extendConfig } from "./image-config.ts";

const base = {
  architecture: "amd64",
  os: "linux",
  config: {
    User: "1000",
    Env: ["PATH=/usr/bin", "MLSERVER_MODELS_DIR=/mnt/models"],
    Cmd: ["serve"],
    Labels: { a: "1" },
  },
  rootfs: { type: "layers", diff_ids: ["sha256:base"] },
  history: [{ created_by: "base" }],
};

test("appends diff_ids and history, replaces env by name, keeps everything else of the base", () => {
  const config = JSON.parse(
    extendConfig(base, {
      diffIds: ["sha256:model" as `sha256:${string}`],
      history: ["add model"],
      env: { MLSERVER_MODELS_DIR: "/models" },
      defaultCmd: ["mlserver", "start", "/models"],
      exposedPorts: ["8080/tcp"],
      labels: { b: "2" },
      created: "2024-01-01T00:00:00Z",
    }).toString(),
  );
  assert.deepEqual(config.rootfs.diff_ids, ["sha256:base", "sha256:model"]);
  assert.deepEqual(config.history, [
    { created_by: "base" },
    { created: "2024-01-01T00:00:00Z", created_by: "add model" },
  ]);
  assert.deepEqual(config.config.Env, ["PATH=/usr/bin", "MLSERVER_MODELS_DIR=/models"]);
  assert.deepEqual(config.config.Cmd, ["serve"], "the base's command wins over the default");
  assert.equal(config.config.User, "1000");
  assert.deepEqual(config.config.Labels, { a: "1", b: "2" });
  assert.deepEqual(config.config.ExposedPorts, { "8080/tcp": {} });
  assert.equal(config.created, "2024-01-01T00:00:00Z");
  assert.deepEqual(base.rootfs.diff_ids, ["sha256:base"], "the base object is not changed");
});

test("a base without a command gets the default one", () => {
  const config = JSON.parse(
    extendConfig(
      {},
      {
        diffIds: [],
        history: [],
        env: {},
        defaultCmd: ["mlserver"],
        exposedPorts: [],
        labels: {},
        created: "x",
      },
    ).toString(),
  );
  assert.deepEqual(config.config.Cmd, ["mlserver"]);
  assert.deepEqual(config.rootfs, { type: "layers", diff_ids: [] });
});
