import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { type ActionEntry, repoRoot } from "./actions.ts";

const ncc = join(repoRoot, "node_modules", ".bin", "ncc");

/**
 * Bundles one action with ncc into `outRoot` (its own dist/ by default). Type-checking is `npm run build`'s
 * job, so ncc only transpiles; the cache is off so that a bundle depends on nothing but the sources.
 */
export function bundleAction(action: ActionEntry, outRoot = action.dir): void {
  rmSync(join(outRoot, "dist"), { recursive: true, force: true });
  for (const entry of action.entries) {
    const result = spawnSync(
      ncc,
      [
        "build",
        entry.source,
        "-o",
        join(outRoot, entry.outDir),
        "--license",
        "licenses.txt",
        "--target",
        "es2022",
        "--transpile-only",
        "--no-cache",
        "--quiet",
      ],
      { cwd: repoRoot, encoding: "utf8" },
    );
    if (result.status !== 0) {
      throw new Error(`ncc failed for ${action.name} (${entry.source}):\n${result.stdout}${result.stderr}`);
    }
  }
}
