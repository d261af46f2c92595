import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, test } from "node:test";

/**
 * Every module a fresh Node loads to import `modules` (resolved URLs, in the order they were asked for),
 * recorded by a resolve hook in a child process.
 */
function modulesLoadedBy(modules: string[]): string[] {
  const script = `
    import { registerHooks } from "node:module";
    const loaded = [];
    registerHooks({ resolve(specifier, context, next) { const found = next(specifier, context); loaded.push(found.url); return found; } });
    for (const module of ${JSON.stringify(modules)}) await import(new URL(module, ${JSON.stringify(import.meta.url)}).href);
    console.log(JSON.stringify(loaded));`;
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  assert.equal(child.status, 0, child.stderr);
  return JSON.parse(child.stdout) as string[];
}

// A worker thread compiles everything its job imports before it checks a row, on a thread of its own:
// on a 1M-row file that start is a visible part of the run, so the jobs import single modules of the
// stats and metrics packages, not their indexes (which bring the YAML parser, the drift tests, ...).
describe("the worker's jobs", () => {
  test("load neither the YAML parser nor the stats or metrics package indexes", () => {
    const loaded = modulesLoadedBy(["./validate-worker-job.ts", "./validate-parquet-job.ts"]);
    assert.ok(loaded.some((url) => url.endsWith("/packages/stats/src/moments.ts")));
    const heavy = loaded.filter(
      (url) => /\/node_modules\/yaml\//.test(url) || /\/packages\/(stats|metrics)\/src\/index\.ts$/.test(url),
    );
    assert.deepEqual(heavy, []);
  });
});

describe("the data package", () => {
  test("loads neither the stats nor the metrics package index (the action's main thread imports it)", () => {
    const loaded = modulesLoadedBy(["./index.ts"]);
    assert.ok(loaded.some((url) => url.endsWith("/packages/metrics/src/source-error.ts")));
    assert.deepEqual(
      loaded.filter((url) => /\/packages\/(stats|metrics)\/src\/index\.ts$/.test(url)),
      [],
    );
  });
});
