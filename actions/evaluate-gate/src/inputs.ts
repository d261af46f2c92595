import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { type BaselineSpec, parseBaselineSpec } from "@mlops-actions/github";
import {
  getEnumInput,
  getGlobInput,
  getPathInput,
  getStringInput,
  invalidInput,
  rawInput,
  resolveInWorkspace,
  UserError,
  workspaceRelative,
} from "@mlops-actions/kit";
import {
  type OnMissingBaseline,
  type Policy,
  parsePolicy,
  parseRule,
  type Rule,
} from "@mlops-actions/metrics";
import { asUserError } from "./user-errors.ts";

export interface GateInputs {
  /** Absolute paths of the candidate's metrics files, sorted. */
  metricsFiles: string[];
  policy?: Policy;
  rules: Rule[];
  /** A path baseline's path is absolute. */
  baseline: BaselineSpec;
  baselineArtifact: string;
  onMissingBaseline: OnMissingBaseline;
  predictions?: string;
  baselinePredictions?: string;
  checkName: string;
  saveBaseline: "auto" | "true" | "false";
  token?: string;
}

const RULES_SOURCE = "input 'rules'";

/** Reads and checks every input before any work; a bad one is a one-line UserError naming it. */
export async function readGateInputs(): Promise<GateInputs> {
  const baselineText = rawInput("baseline") || "auto";
  const spec = parseBaselineSpec(baselineText);
  if (spec === undefined) {
    throw invalidInput("baseline", baselineText, "auto, artifact, none, git:<ref> or a path");
  }
  const baseline: BaselineSpec =
    spec.kind === "path" ? { kind: "path", path: checkBaselinePath(spec.path) } : spec;
  const baselineArtifact = getStringInput("baseline-artifact", { default: "ml-metrics" });
  if (/[":<>|*?\\/\r\n]/.test(baselineArtifact)) {
    throw invalidInput(
      "baseline-artifact",
      baselineArtifact,
      'an artifact name without any of " : < > | * ? \\ / or line breaks',
    );
  }
  const onMissingBaseline = getEnumInput("on-missing-baseline", {
    values: ["warn", "fail", "pass"] as const,
    default: "warn",
  });
  const saveBaseline = getEnumInput("save-baseline", {
    values: ["auto", "true", "false"] as const,
    default: "auto",
  });
  const checkName = getStringInput("check-name", { default: "ML evaluation gate" });
  if (checkName.length > 255 || /[\r\n]/.test(checkName)) {
    throw invalidInput("check-name", checkName, "one line of at most 255 characters");
  }
  const predictions = getPathInput("predictions", { kind: "file" });
  const baselinePredictions = getPathInput("baseline-predictions", { kind: "file" });
  if ((predictions === undefined) !== (baselinePredictions === undefined)) {
    const [given, missing] = predictions
      ? ["predictions", "baseline-predictions"]
      : ["baseline-predictions", "predictions"];
    throw new UserError(
      `Input '${missing}' is required when '${given}' is given: both models' predictions on the same examples`,
    );
  }
  const token = getStringInput("github-token");
  const rules = readRules(rawInput("rules"));
  const policyPath = getPathInput("policy", { kind: "file" });
  const policy = policyPath === undefined ? undefined : await readPolicy(policyPath);
  const metricsFiles = await getGlobInput("metrics", { required: true });
  return {
    metricsFiles,
    ...(policy !== undefined && { policy }),
    rules,
    baseline,
    baselineArtifact,
    onMissingBaseline,
    ...(predictions !== undefined && { predictions }),
    ...(baselinePredictions !== undefined && { baselinePredictions }),
    checkName,
    saveBaseline,
    ...(token !== undefined && { token }),
  };
}

function checkBaselinePath(path: string): string {
  const resolved = resolveInWorkspace(path);
  if (!existsSync(resolved)) {
    throw invalidInput(
      "baseline",
      path,
      `auto, artifact, none, git:<ref> or an existing file or folder (looked at ${resolved})`,
    );
  }
  return resolved;
}

/** One rule a line; blank lines and `#` comments skipped; errors point at the line and column. */
export function readRules(text: string): Rule[] {
  const rules: Rule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const start = line.search(/\S/);
    if (start < 0 || line[start] === "#") return;
    rules.push(
      asUserError(() => parseRule(line.trim(), { file: RULES_SOURCE, line: index + 1, column: start + 1 })),
    );
  });
  return rules;
}

async function readPolicy(path: string): Promise<Policy> {
  const text = await readFile(path, "utf8");
  return asUserError(() => parsePolicy(text, workspaceRelative(path)));
}
