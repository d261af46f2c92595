import { readFile } from "node:fs/promises";
import type { BaselineFile } from "@mlops-actions/github";
import { UserError, workspaceRelative } from "@mlops-actions/kit";
import {
  formatFromExtension,
  type MetricsFile,
  type MetricValue,
  mergeMetrics,
  type NoiseComparison,
  type NoiseEvidence,
  noiseMetrics,
  parseMetrics,
  sharedMetricNames,
} from "@mlops-actions/metrics";
import { asUserError } from "./user-errors.ts";

/** Reads the candidate's metrics files; each is named by its path relative to the workspace. */
export async function readCandidateFiles(paths: readonly string[]): Promise<MetricsFile[]> {
  const files: MetricsFile[] = [];
  for (const path of paths) {
    const name = workspaceRelative(path).replaceAll("\\", "/");
    const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
      throw new UserError(`${name}: cannot read the metrics file (${error.code ?? error.message})`, {
        file: name,
      });
    });
    files.push(asUserError(() => parseMetrics(text, formatFromExtension(name) ?? "auto", name)));
  }
  return files;
}

/** Parses the baseline's files; `where` names the baseline in errors (it may not be in the workspace). */
export function parseBaselineFiles(files: readonly BaselineFile[], where: string): MetricsFile[] {
  return files.map((file) => {
    try {
      return parseMetrics(file.text, formatFromExtension(file.name) ?? "auto", file.name);
    } catch (error) {
      throw new UserError(`The baseline (${where}) is not readable: ${(error as Error).message}`);
    }
  });
}

/**
 * Merges each side into one set of metrics, qualifying with the names either side shares between its
 * files, so the candidate and the baseline name their metrics alike.
 */
export function mergeSides(
  candidate: readonly MetricsFile[],
  baseline: readonly MetricsFile[] | undefined,
): { candidate: Map<string, MetricValue>; baseline?: Map<string, MetricValue> } {
  const qualify = new Set([...sharedMetricNames(candidate), ...sharedMetricNames(baseline ?? [])]);
  const merged = asUserError(() => mergeMetrics(candidate, { qualify }));
  if (baseline === undefined) return { candidate: merged };
  return { candidate: merged, baseline: asUserError(() => mergeMetrics(baseline, { qualify })) };
}

/**
 * Adds the metrics computed from predictions (`predictions/<metric>`) to both sides, with their noise
 * evidence. Without a baseline from the metrics files the baseline stays missing: adding only the
 * prediction metrics would make every other metric look new and pass its baseline rules silently.
 */
export function withPredictionMetrics(
  sides: { candidate: Map<string, MetricValue>; baseline?: Map<string, MetricValue> },
  noise: NoiseComparison | undefined,
): {
  candidate: Map<string, MetricValue>;
  baseline?: Map<string, MetricValue>;
  evidence?: Map<string, NoiseEvidence>;
} {
  if (noise === undefined) return sides;
  const computed = noiseMetrics(noise);
  for (const name of computed.candidate.keys()) {
    if (sides.candidate.has(name))
      throw new UserError(`metric '${name}' is both in a metrics file and computed from predictions`);
  }
  const candidate = new Map([...sides.candidate, ...computed.candidate]);
  if (sides.baseline === undefined) return { candidate };
  return {
    candidate,
    baseline: new Map([...sides.baseline, ...computed.baseline]),
    evidence: computed.evidence,
  };
}
