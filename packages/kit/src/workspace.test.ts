import assert from "node:assert/strict";
import path from "node:path";
import { afterEach, beforeEach, test } from "node:test";
import { resolveInWorkspace, workspaceDir, workspaceRelative } from "./workspace.ts";

const saved = process.env.GITHUB_WORKSPACE;
beforeEach(() => {
  process.env.GITHUB_WORKSPACE = "/home/runner/work/repo/repo";
});
afterEach(() => {
  if (saved === undefined) delete process.env.GITHUB_WORKSPACE;
  else process.env.GITHUB_WORKSPACE = saved;
});

test("workspaceDir follows GITHUB_WORKSPACE and falls back to the current directory", () => {
  assert.equal(workspaceDir(), "/home/runner/work/repo/repo");
  delete process.env.GITHUB_WORKSPACE;
  assert.equal(workspaceDir(), process.cwd());
});

test("resolveInWorkspace keeps absolute paths and resolves relative ones", () => {
  assert.equal(resolveInWorkspace("data/a.csv"), "/home/runner/work/repo/repo/data/a.csv");
  assert.equal(resolveInWorkspace("/tmp/a.csv"), "/tmp/a.csv");
});

test("workspaceRelative makes workspace paths relative and leaves others alone", () => {
  assert.equal(workspaceRelative("/home/runner/work/repo/repo/data/a.csv"), "data/a.csv");
  assert.equal(workspaceRelative("data/../data/a.csv"), "data/a.csv");
  assert.equal(workspaceRelative("/tmp/a.csv"), "/tmp/a.csv");
  assert.equal(workspaceRelative(path.join("..", "other", "x.yml")), path.join("..", "other", "x.yml"));
});
