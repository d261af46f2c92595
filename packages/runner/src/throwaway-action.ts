import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { stringify } from "yaml";

export interface ThrowawayAction {
  /** action.yml content as an object (serialized with yaml). */
  metadata: Record<string, unknown>;
  /** Relative path -> file content (scripts, fixtures). */
  files: Record<string, string>;
}

/** Writes a throwaway action folder into a new temp dir, for tests; returns the folder. */
export function writeThrowawayAction(action: ThrowawayAction, parent?: string): string {
  const dir = parent ?? mkdtempSync(join(tmpdir(), "mlops-action-"));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "action.yml"), stringify(action.metadata));
  for (const [path, content] of Object.entries(action.files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}
