import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";

export const repoRoot = join(import.meta.dirname, "..", "..");

export interface ActionEntry {
  /** Short name: the folder name, e.g. "evaluate-gate" or "fixture-action". */
  name: string;
  dir: string;
  /** Entry points to bundle: src/main.ts → dist/index.js, src/post.ts → dist/post/index.js. */
  entries: { source: string; outDir: string }[];
}

/** Every bundled action: the user-facing ones in actions/*, plus the test fixture action. */
export function findActions(): ActionEntry[] {
  const dirs = [
    ...listDirs(join(repoRoot, "actions")),
    ...listDirs(join(repoRoot, "test")).filter((dir) => dir.endsWith("-action")),
  ].filter((dir) => existsSync(join(dir, "action.yml")) && existsSync(join(dir, "src", "main.ts")));
  return dirs.map((dir) => ({
    name: relative(repoRoot, dir),
    dir,
    entries: [
      { source: join(dir, "src", "main.ts"), outDir: "dist" },
      { source: join(dir, "src", "post.ts"), outDir: join("dist", "post") },
    ].filter((entry) => existsSync(entry.source)),
  }));
}

function listDirs(parent: string): string[] {
  if (!existsSync(parent)) return [];
  return readdirSync(parent, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(parent, entry.name))
    .sort();
}
