import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { buildWasmModule, wasmModules } from "./build-wasm.ts";
import { findActions, repoRoot } from "./lib/actions.ts";
import { bundleAction } from "./lib/bundle-action.ts";

/**
 * Fails when a committed generated WebAssembly module differs from a fresh build of its C source, or a
 * committed dist/ from a fresh bundle of the same sources, naming the module or the action and files.
 */
const wasmStale: string[] = [];
for (const module of wasmModules) {
  let fresh: string;
  try {
    fresh = buildWasmModule(module);
  } catch (error) {
    wasmStale.push(
      `${module.generated}: cannot build ${module.sources.join(", ")} (${(error as Error).message})`,
    );
    continue;
  }
  if (readFileSync(join(repoRoot, module.generated), "utf8") !== fresh)
    wasmStale.push(`${module.generated} is not the build of ${module.sources.join(", ")}`);
  else console.log(`${module.generated}: current`);
}
for (const line of wasmStale) console.error(`::error::${line}. Run 'npm run build:wasm' and commit it.`);

const scratch = mkdtempSync(join(tmpdir(), "check-dist-"));
const stale: string[] = [];
try {
  for (const action of findActions()) {
    const fresh = join(scratch, action.name);
    bundleAction(action, fresh);
    const differences = compareTrees(join(action.dir, "dist"), join(fresh, "dist"));
    if (differences.length > 0)
      stale.push(`${action.name}: dist/ is not the bundle of its sources (${differences.join(", ")})`);
    else console.log(`${action.name}: dist/ is current`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
for (const line of stale) console.error(`::error::${line}. Run 'npm run bundle' and commit dist/.`);
if (wasmStale.length > 0 || stale.length > 0) process.exit(1);

function compareTrees(committed: string, fresh: string): string[] {
  const committedFiles = listFiles(committed);
  const freshFiles = listFiles(fresh);
  const differences: string[] = [];
  for (const file of new Set([...committedFiles, ...freshFiles])) {
    if (!committedFiles.includes(file)) differences.push(`${file} missing`);
    else if (!freshFiles.includes(file)) differences.push(`${file} not produced by the bundle`);
    else if (!readFileSync(join(committed, file)).equals(readFileSync(join(fresh, file))))
      differences.push(`${file} differs`);
  }
  return differences;
}

function listFiles(root: string): string[] {
  try {
    if (!statSync(root).isDirectory()) return [];
  } catch {
    return [];
  }
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((entry) => statSync(join(root, entry)).isFile())
    .map((entry) => relative(root, join(root, entry)))
    .sort();
}
