import { readFileSync } from "node:fs";
import {
  getDurationInput,
  getEnumInput,
  getNumberInput,
  getPathInput,
  invalidInput,
  workspaceRelative,
} from "@mlops-actions/kit";

export const CONTAINER_RUNTIMES = ["auto", "podman", "docker"] as const;
export type ContainerRuntimeChoice = (typeof CONTAINER_RUNTIMES)[number];

export interface SmokeInputs {
  /** The V2 inference request body, read and checked before any work. */
  request: Record<string, unknown>;
  requestFile: string;
  /** A JSON subset the answer must match; undefined: any 200 answer with outputs passes. */
  expect: unknown;
  expectFile: string | undefined;
  /** Milliseconds from the container's start to its answer. */
  timeoutMs: number;
  tolerance: number;
  runtime: ContainerRuntimeChoice;
}

export const DEFAULT_SMOKE_TIMEOUT_MS = 180_000;
export const DEFAULT_SMOKE_TOLERANCE = 1e-6;

/** The smoke test's inputs, or undefined when no smoke-request is given (no smoke test). */
export function readSmokeInputs(format: "image" | "modelpack"): SmokeInputs | undefined {
  const requestFile = getPathInput("smoke-request", { kind: "file" });
  const expectFile = getPathInput("smoke-expect", { kind: "file" });
  const runtime = getEnumInput("container-runtime", { values: CONTAINER_RUNTIMES, default: "auto" });
  const timeoutMs = getDurationInput("smoke-timeout", { default: DEFAULT_SMOKE_TIMEOUT_MS });
  const tolerance = getNumberInput("smoke-tolerance", { min: 0, default: DEFAULT_SMOKE_TOLERANCE });
  if (!requestFile) {
    if (expectFile)
      throw invalidInput(
        "smoke-expect",
        workspaceRelative(expectFile),
        "it together with smoke-request, the request whose answer it checks",
      );
    return undefined;
  }
  if (format === "modelpack") {
    throw invalidInput(
      "smoke-request",
      workspaceRelative(requestFile),
      "no smoke test with format: modelpack (an artifact, not a runnable image)",
    );
  }
  const request = readJson("smoke-request", requestFile);
  if (
    request === null ||
    typeof request !== "object" ||
    !Array.isArray((request as { inputs?: unknown }).inputs)
  )
    throw invalidInput(
      "smoke-request",
      workspaceRelative(requestFile),
      'a V2 inference request: a JSON object with an "inputs" array',
    );
  return {
    request: request as Record<string, unknown>,
    requestFile,
    expect: expectFile ? readJson("smoke-expect", expectFile) : undefined,
    expectFile,
    timeoutMs,
    tolerance,
    runtime,
  };
}

function readJson(input: string, file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw invalidInput(input, workspaceRelative(file), `a JSON file (${(error as Error).message})`);
  }
}
