import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { TrainError } from "./errors.ts";
import { sha256File } from "./file-hash.ts";

export interface ParamsRecord {
  /** As the user gave it. */
  file: string;
  sha256: string;
  /** The parsed content (JSON or YAML); undefined when the file is neither. */
  values?: unknown;
}

/** Reads the `params` file: its hash always, its values when it is JSON or YAML (JSON is YAML). */
export async function readParams(path: string, shownAs: string): Promise<ParamsRecord> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new TrainError(`Input 'params': the file '${shownAs}' does not exist or cannot be read`, {
      file: shownAs,
    });
  }
  const sha256 = await sha256File(path);
  try {
    const values: unknown = parse(text);
    return values === null || typeof values !== "object"
      ? { file: shownAs, sha256 }
      : { file: shownAs, sha256, values };
  } catch {
    return { file: shownAs, sha256 };
  }
}
