import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

export interface ActionInputDefinition {
  description?: string;
  required?: boolean;
  default?: string;
  deprecationMessage?: string;
}

export interface NodeActionManifest {
  name: string;
  description: string;
  inputs: Record<string, ActionInputDefinition>;
  outputs: Record<string, { description?: string }>;
  runs: {
    using: "node20" | "node24";
    main: string;
    pre?: string;
    post?: string;
    preIf: string;
    postIf: string;
  };
  /** The action.yml / action.yaml that was read. */
  file: string;
}

export class ActionManifestError extends Error {
  override name = "ActionManifestError";
}

const supportedRuntimes = new Set(["node20", "node24"]);

export function findManifestFile(actionDir: string): string | undefined {
  for (const name of ["action.yml", "action.yaml"]) {
    const file = join(actionDir, name);
    if (existsSync(file)) return file;
  }
  return undefined;
}

/** Reads a node action's metadata file, with the checks the runner makes before running it. */
export function loadActionManifest(actionDir: string): NodeActionManifest {
  const file = findManifestFile(actionDir);
  if (file === undefined) {
    throw new ActionManifestError(`Can't find 'action.yml' or 'action.yaml' under '${actionDir}'.`);
  }
  const document = parse(readFileSync(file, "utf8")) as unknown;
  if (!isRecord(document)) throw new ActionManifestError(`${file}: the action metadata is not a mapping.`);
  const runs = document.runs;
  if (!isRecord(runs)) throw new ActionManifestError(`${file}: 'runs' is required.`);
  const using = String(runs.using ?? "");
  if (!supportedRuntimes.has(using)) {
    throw new ActionManifestError(
      `${file}: runs.using '${using}' is not supported; expected node20 or node24.`,
    );
  }
  if (typeof runs.main !== "string" || runs.main === "") {
    throw new ActionManifestError(`${file}: runs.main is required for a node action.`);
  }
  return {
    name: String(document.name ?? ""),
    description: String(document.description ?? ""),
    inputs: readInputs(document.inputs),
    outputs: isRecord(document.outputs) ? (document.outputs as NodeActionManifest["outputs"]) : {},
    runs: {
      using: using as "node20" | "node24",
      main: runs.main,
      ...(typeof runs.pre === "string" ? { pre: runs.pre } : {}),
      ...(typeof runs.post === "string" ? { post: runs.post } : {}),
      preIf: typeof runs["pre-if"] === "string" ? runs["pre-if"] : "always()",
      postIf: typeof runs["post-if"] === "string" ? runs["post-if"] : "always()",
    },
    file,
  };
}

function readInputs(value: unknown): Record<string, ActionInputDefinition> {
  if (!isRecord(value)) return {};
  const inputs: Record<string, ActionInputDefinition> = {};
  for (const [name, raw] of Object.entries(value)) {
    const definition: ActionInputDefinition = {};
    if (isRecord(raw)) {
      if (raw.description !== undefined) definition.description = String(raw.description);
      if (raw.required !== undefined) definition.required = raw.required === true || raw.required === "true";
      // YAML scalars (numbers, booleans) reach the action as their string form.
      if (raw.default !== undefined && raw.default !== null) definition.default = String(raw.default);
      if (raw.deprecationMessage !== undefined)
        definition.deprecationMessage = String(raw.deprecationMessage);
    }
    inputs[name] = definition;
  }
  return inputs;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
