import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { findManifestFile, loadActionManifest } from "@mlops-actions/runner";
import { UsageError } from "./usage-error.ts";

/** The repository's actions/ folder (this file is packages/cli/src/find-actions.ts). */
export const defaultActionsDir = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "..",
  "actions",
);

export interface ListedAction {
  name: string;
  description: string;
  dir: string;
}

export function listActions(actionsDir: string = defaultActionsDir): ListedAction[] {
  if (!existsSync(actionsDir)) return [];
  return readdirSync(actionsDir)
    .filter(
      (name) => statSync(join(actionsDir, name)).isDirectory() && findManifestFile(join(actionsDir, name)),
    )
    .sort()
    .map((name) => {
      const dir = join(actionsDir, name);
      let description: string;
      try {
        description = loadActionManifest(dir).description;
      } catch (error) {
        description = `(unreadable action.yml: ${(error as Error).message})`;
      }
      return { name, description, dir };
    });
}

/** A name under actions/ or a path to a folder with action.yml; the bundle runs.main names must exist. */
export function resolveAction(nameOrPath: string, actionsDir: string = defaultActionsDir): string {
  const byName = join(actionsDir, nameOrPath);
  const candidates = /[/\\]|^\./.test(nameOrPath) ? [resolve(nameOrPath)] : [byName, resolve(nameOrPath)];
  const dir = candidates.find((candidate) => existsSync(candidate) && findManifestFile(candidate));
  if (dir === undefined) {
    const known = listActions(actionsDir).map((action) => action.name);
    const hint = known.length > 0 ? `; known actions: ${known.join(", ")}` : "";
    throw new UsageError(
      `unknown action '${nameOrPath}' (no action.yml in ${candidates.join(" or ")})${hint}`,
    );
  }
  const main = loadActionManifest(dir).runs.main;
  if (!existsSync(join(dir, main))) {
    throw new UsageError(
      `action '${nameOrPath}' has no bundle at ${join(dir, main)}; run \`npm run bundle\` first`,
    );
  }
  return dir;
}
